/**
 * Small typed helpers over a deployed receiver: read a feed's state, build the calldata of the three
 * write paths, and map the receiver's custom errors onto the keeper's error taxonomy
 * (`StaleReport` = a report at least as new is already on chain = "already done").
 */
import {
  type Address,
  type Hex,
  type PublicClient,
  BaseError as ViemBaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  encodeFunctionData,
  parseSignature,
  signatureToCompactSignature,
} from "viem";
import type { Report } from "../../../actions/src/core/report.ts";
import { AlreadyDoneError, NonRetryableError, RetryableError } from "../../../common/errors.ts";
import { priceFeedAbi, receiverAbi, routerAbi } from "./abi.ts";
import { encodePackedReports } from "../../../actions/src/core/packed.ts";
import type { Deployment } from "./deploy.ts";

/** A 65-byte hex signature (`r‖s‖v`), or its parts. */
export type SignatureInput = Hex | { r: Hex; s: Hex; yParity: number };

export type FeedState = {
  answer: bigint;
  observedAt: bigint;
  updatedAt: bigint;
  roundId: bigint;
  minAnswer: bigint;
  maxAnswer: bigint;
  configured: boolean;
  paused: boolean;
  breached: boolean;
  retired: boolean;
};

/** EIP-2098 compact form `{ r, vs }` the receiver takes. Rejects high-s signatures up front. */
export function toCompactSignature(signature: SignatureInput): { r: Hex; vs: Hex } {
  const parts = typeof signature === "string" ? parseSignature(signature) : signature;
  const yParity = "yParity" in parts && parts.yParity !== undefined ? parts.yParity : undefined;
  if (yParity !== 0 && yParity !== 1) throw new NonRetryableError("signature has no recovery id (yParity 0 or 1)");
  if (BigInt(parts.s) > SECP256K1_HALF_N) {
    throw new NonRetryableError("signature s is in the upper half of the curve order (malleable)");
  }
  const compact = signatureToCompactSignature({ r: parts.r, s: parts.s, yParity });
  return { r: compact.r, vs: compact.yParityAndS };
}

const SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/** Calldata of `update(Report, r, vs)` (one report, ABI-encoded). */
export function encodeSingleUpdate(report: Report, signature: SignatureInput): Hex {
  const { r, vs } = toCompactSignature(signature);
  return encodeFunctionData({ abi: receiverAbi, functionName: "update", args: [report, r, vs] });
}

/** Calldata of `updateBatch(packed, r, vs)`: one signature over `ReportBatch(reports)` (order matters). */
export function encodeBatchUpdate(reports: readonly Report[], signature: SignatureInput): Hex {
  const { r, vs } = toCompactSignature(signature);
  return encodeFunctionData({ abi: receiverAbi, functionName: "updateBatch", args: [encodePackedReports(reports), r, vs] });
}

/** Calldata of `updateDirect(packed)`: the transaction itself must be sent by the signer (PKP). */
export function encodeDirectUpdate(reports: readonly Report[]): Hex {
  return encodeFunctionData({ abi: receiverAbi, functionName: "updateDirect", args: [encodePackedReports(reports)] });
}

/** The receiver's state of one feed (by id or symbol-derived id). */
export async function readFeedState(client: PublicClient, deployment: Pick<Deployment, "contracts">, feedId: Hex): Promise<FeedState> {
  return client.readContract({ address: deployment.contracts.receiver, abi: receiverAbi, functionName: "feedState", args: [feedId] });
}

/** The current phase and receiver as the router sees them (after a rotation the deployment file lags). */
export async function readCurrentReceiver(client: PublicClient, router: Address): Promise<{ phase: number; receiver: Address }> {
  const [phase, receiver] = await client.readContract({ address: router, abi: routerAbi, functionName: "currentPhase" });
  return { phase, receiver };
}

/** `latestRoundData()` of a consumer-facing feed. */
export async function readLatestRound(client: PublicClient, feed: Address) {
  const [roundId, answer, startedAt, updatedAt, answeredInRound] = await client.readContract({
    address: feed,
    abi: priceFeedAbi,
    functionName: "latestRoundData",
  });
  return { roundId, answer, startedAt, updatedAt, answeredInRound };
}

/** Receiver errors meaning the goal is already met. */
export const ALREADY_DONE_RECEIVER_ERRORS: ReadonlySet<string> = new Set(["StaleReport"]);

export type DecodedReceiverError = {
  name: string;
  args: readonly unknown[];
  /** "already-done": a report at least as new is on chain; "rejected": will fail again as is. */
  kind: "already-done" | "rejected";
};

function revertData(error: unknown): Hex | undefined {
  if (typeof error === "string" && /^0x[0-9a-fA-F]*$/.test(error)) return error as Hex;
  if (error instanceof ViemBaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.raw) return reverted.raw;
    const withData = error.walk((e) => typeof (e as { data?: unknown }).data === "string");
    const data = (withData as { data?: unknown } | null)?.data;
    if (typeof data === "string" && data.startsWith("0x")) return data as Hex;
  }
  const data = (error as { data?: unknown } | null)?.data;
  if (typeof data === "string" && data.startsWith("0x")) return data as Hex;
  return undefined;
}

/**
 * Decodes a receiver custom error from revert data (hex), a viem error, or anything carrying `data`.
 * Returns undefined when the error is not one of the receiver's.
 */
export function decodeReceiverError(error: unknown): DecodedReceiverError | undefined {
  const data = revertData(error);
  if (!data || data.length < 10) return undefined;
  try {
    const decoded = decodeErrorResult({ abi: receiverAbi, data });
    return {
      name: decoded.errorName,
      args: (decoded.args ?? []) as readonly unknown[],
      kind: ALREADY_DONE_RECEIVER_ERRORS.has(decoded.errorName) ? "already-done" : "rejected",
    };
  } catch {
    return undefined;
  }
}

/** Maps an error from a receiver call onto AlreadyDoneError / NonRetryableError / RetryableError. */
export function toKeeperError(error: unknown): AlreadyDoneError | NonRetryableError | RetryableError {
  const decoded = decodeReceiverError(error);
  if (!decoded) {
    // Revert data that is not a receiver error will revert again; no data at all is transport trouble.
    return revertData(error) && revertData(error) !== "0x"
      ? new NonRetryableError("receiver call reverted with an unknown error", { cause: error })
      : new RetryableError("receiver call failed without revert data", { cause: error });
  }
  const summary = `${decoded.name}(${decoded.args.map(String).join(", ")})`;
  return decoded.kind === "already-done"
    ? new AlreadyDoneError(`already done: ${summary}`, { cause: error })
    : new NonRetryableError(`receiver rejected the report: ${summary}`, { cause: error });
}
