/**
 * One interface for every Lit runtime: the local emulator (Naga semantics), the live Chipotle REST
 * API, and the Naga SDK (opt-in). The keeper only ever sees `LitRuntime`.
 */
import type { Hex } from "viem";

export type ExecuteRequest = {
  /** Inline action code (its CID is computed from these exact bytes). */
  code?: string;
  /** CIDv0 of previously submitted/pinned code. */
  ipfsId?: string;
  /** Parameters; Naga semantics expose them to the action as the global `jsParams`. */
  jsParams?: Record<string, unknown>;
};

/** A combined ECDSA signature in the v8 (`@lit-protocol/lit-client`) shape. */
export type LitSignature = {
  /** `0x` + r (64 hex) + s (64 hex), low-s; no v byte. */
  signature: Hex;
  verifyingKey: Hex;
  /** The 32-byte digest that was signed. */
  signedData: Hex;
  /** Recovery id 0 or 1 (append 27 + recoveryId for a 65-byte signature). */
  recoveryId: 0 | 1;
  /** Uncompressed public key `0x04…`. */
  publicKey: Hex;
  sigType: "EcdsaK256Sha256";
};

export type ExecuteResult = {
  success: boolean;
  /** JSON-parsed when possible, else the raw string the action set. */
  response: unknown;
  signatures: Record<string, LitSignature>;
  logs: string;
};

export type ExecuteOptions = { signal?: AbortSignal };

export interface LitRuntime {
  readonly kind: "local" | "chipotle" | "naga";
  execute(request: ExecuteRequest, options?: ExecuteOptions): Promise<ExecuteResult>;
  close?(): Promise<void>;
}
