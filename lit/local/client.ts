/**
 * What the Lit SDK client does with the nodes' answers (`@lit-protocol/lit-client` 8, and the v7
 * shape): combine signature shares per `sigName` only when every node asked for the same digest
 * with the same key, pick the response (`leastCommon` by default), parse it when signatures exist,
 * and move an `{r, s, v}` object of the response to `signatures.response_signature`.
 */
import type { DynamicPaymentItem } from "./payment.ts";
import { hexToBytes } from "@noble/hashes/utils.js";
import type { Hex } from "viem";
import { NoValidSharesError } from "../errors.ts";
import type { LitClaim, LitSchemeSignature, LitSignature } from "../types.ts";
import type { SigningScheme } from "./schemes.ts";
import type { NodeClaim } from "./execution.ts";
import { strip0x } from "./signer.ts";

export type LitResponseSignature = { r: string; s: string; v: number; recovery: number; signature: Hex };
/** The v7 (`lit-node-client` 7.x) signature shape. */
export type LitV7Signature = { r: string; s: string; recid: 0 | 1; signature: Hex; publicKey: string; dataSigned: string };

/**
 * A node's request to sign: a PKP share (`pkp`: the PKP's public key) or an action-key share
 * (`action`: the CID). `digest` is the hex of what is signed: the prehash for ECDSA, the message for
 * FROST and BLS.
 */
export type SignShare = { digest: string; sigName: string; scheme: SigningScheme } & ({ kind: "pkp"; publicKey: string } | { kind: "action"; cid: string });
export type NodeOutcome =
  | { kind: "ok"; node: number; response: string; logs: string; signedData: Record<string, SignShare>; claimData: Record<string, NodeClaim>; paymentDetail: DynamicPaymentItem[] }
  | { kind: "error"; node: number; error: string; timeout: boolean; logs: string }
  | { kind: "offline"; node: number };
export type OkOutcome = Extract<NodeOutcome, { kind: "ok" }>;

const shareKey = (share: SignShare) => `${share.kind}:${share.kind === "pkp" ? share.publicKey : share.cid}:${share.scheme}:${share.digest}`;

/** Combines the shares per `sigName`; `sign` produces the signature for a share every node agreed on. */
export function combineShares(outcomes: OkOutcome[], sign: (share: SignShare) => LitSchemeSignature): Record<string, LitSchemeSignature> {
  const names = new Set(outcomes.flatMap((outcome) => Object.keys(outcome.signedData)));
  const signatures: Record<string, LitSchemeSignature> = {};
  for (const sigName of [...names].sort()) {
    const shares = outcomes.map((outcome) => outcome.signedData[sigName]);
    const first = shares[0];
    const valid = first !== undefined && shares.every((share) => share !== undefined && shareKey(share) === shareKey(first));
    if (!valid || !first) {
      throw new NoValidSharesError("No valid lit action shares to combine", {
        details: `sigName "${sigName}": every executing node must sign the same message with the same key and scheme`,
        nodeErrors: outcomes.map((outcome) => {
          const share = outcome.signedData[sigName];
          return `node ${outcome.node}: ${share ? `${share.scheme} over 0x${share.digest}` : "no share"}`;
        }),
      });
    }
    signatures[sigName] = sign(first);
  }
  return signatures;
}

export function digestOf(share: SignShare): Uint8Array {
  return hexToBytes(share.digest);
}

export function pickResponse(outcomes: OkOutcome[], strategy: "leastCommon" | "mostCommon"): OkOutcome {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome.response, (counts.get(outcome.response) ?? 0) + 1);
  let chosen = outcomes[0]!;
  for (const outcome of outcomes) {
    const count = counts.get(outcome.response)!;
    const best = counts.get(chosen.response)!;
    if (strategy === "leastCommon" ? count < best : count > best) chosen = outcome;
  }
  return chosen;
}

export function toV7Signature(sig: LitSignature): LitV7Signature {
  const r = sig.signature.slice(2, 66);
  const s = sig.signature.slice(66, 130);
  return {
    r,
    s,
    recid: sig.recoveryId,
    signature: `0x${r}${s}${sig.recoveryId === 0 ? "1b" : "1c"}`,
    publicKey: strip0x(sig.publicKey).toUpperCase(),
    dataSigned: strip0x(sig.signedData).toUpperCase(),
  };
}

/** The v8 SDK's quirk: an `{r, s, v}` object in the parsed response is moved to `signatures.response_signature`. */
export function extractResponseSignature(response: unknown, signatures: Record<string, LitSchemeSignature>): unknown {
  if (!response || typeof response !== "object" || Array.isArray(response)) return response;
  const record = { ...(response as Record<string, unknown>) };
  const asRsv = (value: unknown): LitResponseSignature | undefined => {
    if (!value || typeof value !== "object") return undefined;
    const { r, s, v } = value as Record<string, unknown>;
    if (typeof r !== "string" || typeof s !== "string" || (typeof v !== "number" && typeof v !== "string")) return undefined;
    const recovery = Number(v);
    return { r, s, v: recovery, recovery, signature: `0x${strip0x(r)}${strip0x(s)}${recovery.toString(16).padStart(2, "0")}` };
  };
  const top = asRsv(record);
  const sink = signatures as Record<string, unknown>;
  if (top) {
    sink.response_signature = top;
    delete record.r;
    delete record.s;
    delete record.v;
    return record;
  }
  for (const [key, value] of Object.entries(record)) {
    const nested = asRsv(value);
    if (nested) {
      sink.response_signature = nested;
      delete record[key];
      return record;
    }
  }
  return response;
}

/** The client's `claims`: per `keyId`, the nodes' signatures; the nodes must agree on the derived key id. */
export function collectClaims(outcomes: OkOutcome[]): Record<string, LitClaim> {
  const claims: Record<string, LitClaim> = {};
  const ids = new Set(outcomes.flatMap((outcome) => Object.keys(outcome.claimData)));
  for (const keyId of [...ids].sort()) {
    const answers = outcomes.map((outcome) => outcome.claimData[keyId]);
    const first = answers[0];
    if (!first || answers.some((answer) => answer === undefined || answer.derivedKeyId !== first.derivedKeyId)) {
      throw new NoValidSharesError("No valid claims to combine", { details: `keyId "${keyId}": every executing node must claim it for the same action` });
    }
    claims[keyId] = {
      derivedKeyId: first.derivedKeyId,
      signatures: answers.map((answer) => {
        const sig = strip0x(answer!.signature);
        return { r: `0x${sig.slice(0, 64)}`, s: `0x${sig.slice(64, 128)}`, v: parseInt(sig.slice(128, 130), 16) };
      }),
    };
  }
  return claims;
}

export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

