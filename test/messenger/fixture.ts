/**
 * Two in-process EDR chains, each with a LitMessenger whose lane and route point at the other, plus a
 * MessageSink on each. Used by the messenger tests and `bench/messenger.ts`.
 */
import { type Abi, type Address, createPublicClient, createWalletClient, custom, defineChain, getAddress, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import { type ContractName, readArtifact } from "../../keeper/src/chain/artifacts.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";

export const CHAIN_A = 31_101;
export const CHAIN_B = 31_102;
export const ROTATION_DELAY_SECONDS = 3600;
export const RATE_WINDOW_SECONDS = 3600;
export const ROUTE_CAP = 1_000_000;
export const MAX_GAS_LIMIT = 2_000_000;

export type Side = {
  chain: LocalChain;
  wallet: ReturnType<typeof createWalletClient>;
  public: ReturnType<typeof createPublicClient>;
  messenger: Address;
  sink: Address;
};

export function clientsOf(chain: LocalChain, accountIndex = 0, viaHttp = false) {
  const viemChain = defineChain({
    id: chain.chainId,
    name: `local-${chain.chainId}`,
    nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [chain.rpcUrl] } },
  });
  const account = privateKeyToAccount(chain.accounts[accountIndex]!.privateKey);
  const transport = viaHttp ? http(chain.rpcUrl) : custom(chain.provider);
  return {
    wallet: createWalletClient({ account, chain: viemChain, transport }),
    public: createPublicClient({ chain: viemChain, transport }),
  };
}

export async function deploy(side: Pick<Side, "wallet" | "public">, name: ContractName, args: readonly unknown[]): Promise<Address> {
  const artifact = readArtifact(name);
  const hash = await side.wallet.deployContract({ abi: artifact.abi as Abi, bytecode: artifact.bytecode, args, chain: side.wallet.chain, account: side.wallet.account! });
  const receipt = await side.public.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`${name} deployment failed`);
  return getAddress(receipt.contractAddress);
}

export async function write(side: Pick<Side, "wallet" | "public">, to: Address, abi: Abi, functionName: string, args: readonly unknown[], value?: bigint) {
  const hash = await side.wallet.writeContract({ address: to, abi, functionName, args, chain: side.wallet.chain, account: side.wallet.account!, ...(value ? { value } : {}) } as never);
  const receipt = await side.public.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`${functionName} reverted (${hash})`);
  return receipt;
}

/** Owner = account 0, guardian = account 2; `signer` is the PKP address the destinations trust. */
export async function startMessengerPair(params: { signer: Address; automine?: boolean }): Promise<{ a: Side; b: Side; close(): Promise<void> }> {
  const chains = await Promise.all([startLocalChain({ chainId: CHAIN_A }), startLocalChain({ chainId: CHAIN_B })]);
  const sides: Side[] = [];
  for (const chain of chains) {
    const { wallet, public: pub } = clientsOf(chain);
    const guardian = chain.accounts[2]!.address;
    const messenger = await deploy({ wallet, public: pub }, "LitMessenger", [chain.accounts[0]!.address, guardian, params.signer, ROTATION_DELAY_SECONDS, RATE_WINDOW_SECONDS]);
    const sink = await deploy({ wallet, public: pub }, "MessageSink", [messenger]);
    sides.push({ chain, wallet, public: pub, messenger, sink });
  }
  const [a, b] = sides as [Side, Side];
  for (const [from, to] of [[a, b], [b, a]] as const) {
    await write(from, from.messenger, messengerAbi, "setOutboundLane", [BigInt(to.chain.chainId), to.messenger, MAX_GAS_LIMIT]);
    await write(to, to.messenger, messengerAbi, "setRoute", [BigInt(from.chain.chainId), from.messenger, ROUTE_CAP]);
  }
  return { a, b, close: async () => void (await Promise.allSettled(chains.map((c) => c.close()))) };
}
