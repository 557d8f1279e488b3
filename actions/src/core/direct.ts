/**
 * Direct mode: the action writes the answer itself. Every node builds the same EIP-1559 transaction
 * (calldata from the accepted reports; nonce from jsParams, gas and fees from jsParams capped by the
 * manifest, the receiver one the manifest allows), so all nodes sign the same hash; one node
 * broadcasts it through the manifest's RPC provider.
 *
 * Pure: no I/O, no clock.
 */
import { type Hex, encodeFunctionData, keccak256, parseAbi, serializeTransaction } from "viem";
import { encodePackedReports } from "./packed.ts";
import type { ResolvedDestination } from "./params.ts";
import type { Report } from "./report.ts";

/**
 * The receiver's direct-update entry point (`IPriceReceiver.updateDirect`): the sender must be the
 * oracle signer (the PKP), so no signature travels in calldata; reports use the packed encoding.
 */
export const DIRECT_UPDATE_ABI = parseAbi(["function updateDirect(bytes reports)"]);

export type UnsignedDirectTx = {
  chainId: number;
  to: Hex;
  nonce: number;
  gas: bigint;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
  data: Hex;
};

/** The transaction a direct destination gets for `reports` (feeds in destination order). */
export function buildDirectTx(destination: ResolvedDestination, reports: readonly Report[]): UnsignedDirectTx {
  const direct = destination.direct;
  if (!direct) throw new Error(`destination ${destination.sigName} is not a direct destination`);
  return {
    chainId: destination.chainId,
    to: destination.receiver,
    nonce: direct.nonce,
    gas: direct.gasLimit,
    maxFeePerGas: direct.maxFeePerGas,
    maxPriorityFeePerGas: direct.maxPriorityFeePerGas,
    data: encodeFunctionData({ abi: DIRECT_UPDATE_ABI, functionName: "updateDirect", args: [encodePackedReports(reports)] }),
  };
}

function txFields(tx: UnsignedDirectTx) {
  return { type: "eip1559", chainId: tx.chainId, to: tx.to, nonce: tx.nonce, gas: tx.gas, maxFeePerGas: tx.maxFeePerGas, maxPriorityFeePerGas: tx.maxPriorityFeePerGas, data: tx.data, value: 0n } as const;
}

/** The 32-byte hash the PKP signs (keccak256 of the unsigned EIP-1559 serialization). */
export function directTxSigningHash(tx: UnsignedDirectTx): Hex {
  return keccak256(serializeTransaction(txFields(tx)));
}

/** The raw signed transaction for `eth_sendRawTransaction`. `r`/`s` are 32-byte hex; `recoveryId` 0 or 1. */
export function serializeSignedDirectTx(tx: UnsignedDirectTx, signature: { r: Hex; s: Hex; recoveryId: number }): Hex {
  return serializeTransaction(txFields(tx), { r: signature.r, s: signature.s, yParity: signature.recoveryId });
}
