/**
 * One interface for every Lit runtime: the local emulator (Naga semantics), the live Chipotle REST
 * API, and the Naga SDK (opt-in). The keeper only ever sees `LitRuntime`.
 */
import type { Hex } from "viem";
import type { SigningScheme } from "./local/schemes.ts";

export type { SigningScheme } from "./local/schemes.ts";

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

/**
 * A combined signature of any scheme, as the v8 client returns it: ECDSA as `LitSignature` (P-256 and
 * P-384 alike, r ‖ s of the curve's size); FROST (`Schnorr*`) and BLS with `recoveryId: null`,
 * `signature` the scheme's signature bytes, `signedData` the message itself (any length), and
 * `verifyingKey` = `publicKey` the scheme's key (compressed point, or the Edwards/Ristretto/G2 encoding).
 */
export type LitSchemeSignature = {
  signature: Hex;
  verifyingKey: Hex;
  signedData: Hex;
  recoveryId: 0 | 1 | null;
  publicKey: Hex;
  sigType: SigningScheme;
};

/** Narrows a signature of any scheme to the secp256k1 ECDSA one Ethereum verifies. */
export function isEcdsaK256Signature(sig: LitSchemeSignature | undefined): sig is LitSignature {
  return sig !== undefined && sig.sigType === "EcdsaK256Sha256" && (sig.recoveryId === 0 || sig.recoveryId === 1);
}

/** `Lit.Actions.claimKey`'s result: each executing node's signature over the derived key id. */
export type LitClaim = { signatures: Array<{ r: Hex; s: Hex; v: number }>; derivedKeyId: string };

/** `S`: the signature type; `LitRuntime` (the keeper's interface) carries `EcdsaK256Sha256` only. */
export type ExecuteResult<S extends LitSchemeSignature = LitSignature> = {
  success: boolean;
  /** JSON-parsed when possible, else the raw string the action set. */
  response: unknown;
  signatures: Record<string, S>;
  logs: string;
  /** `claimKey` results by `keyId` (the local network and the SDKs; absent when nothing was claimed). */
  claims?: Record<string, LitClaim>;
};

export type ExecuteOptions = { signal?: AbortSignal };

export interface LitRuntime {
  readonly kind: "local" | "chipotle" | "naga";
  execute(request: ExecuteRequest, options?: ExecuteOptions): Promise<ExecuteResult>;
  close?(): Promise<void>;
}
