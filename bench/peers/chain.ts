/**
 * What every peer benchmark gets: one in-process EDR chain (the same `startLocalChain` our own
 * sections use: Hardhat 3, Prague rules), a funded sender, and helpers that deploy a compiled
 * contract and measure one transaction's full `gasUsed` (a reverted transaction throws: a figure is
 * only ever taken from a transaction that did what it was meant to).
 */
import {
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
  type TransactionReceipt,
  type WalletClient,
  createPublicClient,
  createWalletClient,
  custom,
  encodeFunctionData,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import type { CompiledContract } from "./solc.ts";

export type PeerChain = {
  chain: LocalChain;
  publicClient: PublicClient;
  /** Sends from the chain's first dev account (the relayer / keeper / transmitter of each peer). */
  walletClient: WalletClient;
  sender: Address;
};

export class PeerTransactionError extends Error {
  override name = "PeerTransactionError";
}

export function peerChain(chain: LocalChain): PeerChain {
  const first = chain.accounts[0];
  if (!first) throw new Error("local chain has no dev accounts");
  const account = privateKeyToAccount(first.privateKey);
  return {
    chain,
    publicClient: createPublicClient({ transport: custom(chain.provider) }),
    walletClient: createWalletClient({ account, transport: custom(chain.provider) }),
    sender: account.address,
  };
}

export async function deploy(ctx: PeerChain, contract: CompiledContract, args: readonly unknown[] = []): Promise<Address> {
  const hash = await ctx.walletClient.deployContract({
    abi: contract.abi,
    bytecode: contract.bytecode,
    args,
    account: ctx.walletClient.account!,
    chain: null,
  } as Parameters<WalletClient["deployContract"]>[0]);
  const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new PeerTransactionError(`deployment reverted: ${hash}`);
  return receipt.contractAddress;
}

/** Sends `data` to `to` and returns the receipt; throws on revert. */
export async function send(ctx: PeerChain, to: Address, data: Hex, from: WalletClient = ctx.walletClient): Promise<TransactionReceipt> {
  const hash = await from.sendTransaction({ to, data, account: from.account!, chain: null });
  const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new PeerTransactionError(`benchmark transaction reverted: ${hash}`);
  return receipt;
}

/** Calls `functionName` on `to` in a transaction; returns its receipt (throws on revert). */
export async function write(ctx: PeerChain, to: Address, abi: Abi, functionName: string, args: readonly unknown[], from?: WalletClient): Promise<TransactionReceipt> {
  return send(ctx, to, encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]), from);
}

/** The chain's current block timestamp, in seconds. */
export async function now(ctx: PeerChain): Promise<bigint> {
  return (await ctx.publicClient.getBlock()).timestamp;
}
