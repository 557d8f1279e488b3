/**
 * Maps RPC / viem errors onto the keeper's taxonomy (Retryable / NonRetryable / AlreadyDone).
 * Node error strings differ between clients; the patterns below are the ones geth, EDR/Hardhat,
 * Nethermind, Besu and Erigon use for the same conditions.
 */
import { BaseError as ViemBaseError, type Hex } from "viem";
import { AlreadyDoneError, BaseError, NonRetryableError, RetryableError } from "../../../common/errors.ts";
import { isTransportFailure } from "../rpc.ts";

/** The node already has this exact transaction (same hash): it was sent, nothing to do. */
export const ALREADY_KNOWN_PATTERNS = [/already known/i, /known transaction/i, /already imported/i, /transaction already exists/i, /already in (the )?mempool/i];
/** The nonce has been used by a mined transaction. */
export const NONCE_TOO_LOW_PATTERNS = [/nonce too low/i, /nonce has already been used/i, /OldNonce/i, /nonce.*(is|was) (lower|less) than/i];
export const NONCE_TOO_HIGH_PATTERNS = [/nonce too high/i, /exceeds next nonce/i, /nonce too far in the future/i, /nonce.*(higher|greater) than/i];
export const UNDERPRICED_PATTERNS = [/replacement transaction underpriced/i, /replacement.*underpriced/i, /transaction underpriced/i, /fee too low/i, /ReplacementNotAllowed/i];
export const INSUFFICIENT_FUNDS_PATTERNS = [/insufficient funds/i, /sender doesn't have enough funds/i];

export type SendErrorKind = "already-known" | "nonce-too-low" | "nonce-too-high" | "underpriced" | "insufficient-funds" | "transport" | "other";

function messagesOf(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth < 8; depth++) {
    if (e instanceof ViemBaseError) parts.push(e.shortMessage, e.details ?? "");
    if (e instanceof Error) parts.push(e.message);
    else parts.push(String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(" | ");
}

export function sendErrorKind(error: unknown): SendErrorKind {
  const text = messagesOf(error);
  const match = (patterns: RegExp[]) => patterns.some((p) => p.test(text));
  if (match(ALREADY_KNOWN_PATTERNS)) return "already-known";
  if (match(NONCE_TOO_LOW_PATTERNS)) return "nonce-too-low";
  if (match(NONCE_TOO_HIGH_PATTERNS)) return "nonce-too-high";
  if (match(UNDERPRICED_PATTERNS)) return "underpriced";
  if (match(INSUFFICIENT_FUNDS_PATTERNS)) return "insufficient-funds";
  if (isTransportFailure(error)) return "transport";
  return "other";
}

/** Revert data (`0x` + selector + args) found anywhere in a viem error chain. */
export function revertDataOf(error: unknown): Hex | undefined {
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth < 10; depth++) {
    const data = (e as { data?: unknown }).data;
    if (typeof data === "string" && /^0x[0-9a-fA-F]{8,}$/.test(data)) return data as Hex;
    if (data && typeof data === "object" && typeof (data as { data?: unknown }).data === "string") {
      const inner = (data as { data: string }).data;
      if (/^0x[0-9a-fA-F]{8,}$/.test(inner)) return inner as Hex;
    }
    e = e instanceof Error ? e.cause : undefined;
  }
  const match = /(0x[0-9a-fA-F]{8,})/.exec(messagesOf(error).match(/revert(?:ed)?[^0]*(0x[0-9a-fA-F]{8,})/i)?.[1] ?? "");
  return match?.[1] as Hex | undefined;
}

/** A receiver revert decoded by the chain module: its error name and whether it means "already done". */
export type DecodedRevert = { name: string; alreadyDone: boolean; args?: readonly unknown[]; message?: string };
export type RevertDecoder = (data: Hex) => DecodedRevert | undefined;

/** Classifies a failed simulation (`eth_call`) or estimate. */
export function classifySimulationError(error: unknown, decode: RevertDecoder | undefined): BaseError {
  if (error instanceof BaseError) return error;
  if (isTransportFailure(error)) return new RetryableError("RPC unavailable during simulation", { cause: error });
  const data = revertDataOf(error);
  const decoded = data && decode ? decode(data) : undefined;
  if (decoded?.alreadyDone) {
    return new AlreadyDoneError(`receiver says already done: ${decoded.name}`, { cause: error, metaMessages: decoded.message ? [decoded.message] : [] });
  }
  if (decoded) return new NonRetryableError(`simulation reverted: ${decoded.name}`, { cause: error, metaMessages: decoded.message ? [decoded.message] : [] });
  const kind = sendErrorKind(error);
  if (kind === "insufficient-funds") return new NonRetryableError("keeper signer has insufficient funds", { cause: error });
  const short = error instanceof ViemBaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  if (/revert/i.test(messagesOf(error))) return new NonRetryableError(`simulation reverted: ${short}`, { cause: error, ...(data ? { details: `revert data ${data}` } : {}) });
  return new RetryableError(`simulation failed: ${short}`, { cause: error });
}

/** Short, stable reason label for metrics (`failures_total{reason}`). */
export function failureReason(error: unknown): string {
  if (error instanceof AlreadyDoneError) return "already-done";
  const name = error instanceof Error ? error.name : "unknown";
  const text = error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  if (name === "CircuitOpenError") return "circuit-open";
  if (name.startsWith("Lit") || name === "NoValidShares" || name === "PriceFeedParamsError") return "lit";
  if (/fee cap|above the cap/i.test(text)) return "fee-cap";
  if (/insufficient funds/i.test(text)) return "insufficient-funds";
  if (/not mined|receipt timeout/i.test(text)) return "not-mined";
  if (/simulation reverted/i.test(text)) return "simulation-reverted";
  if (/reverted on chain/i.test(text)) return "reverted";
  if (/signature|signer/i.test(text)) return "bad-signature";
  if (/lit|action/i.test(text)) return "lit";
  if (/RPC|transport/i.test(text) || isTransportFailure(error)) return "rpc";
  if (name === "AbortError" || /aborted/i.test(text)) return "aborted";
  return error instanceof RetryableError ? "retryable" : "non-retryable";
}
