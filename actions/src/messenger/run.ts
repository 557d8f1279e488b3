/**
 * The relay action independent of the Lit runtime: plan (read and check every message on every
 * provider), agree with the other nodes, then sign one digest per destination. Never throws: a failure
 * comes back as `{ ok: false, error }` with no signatures.
 */
import type { Hex } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import type { MessengerManifest } from "./manifest.ts";
import { type RelayJob, type RelayPlan, type RelayRefusal, type RpcCall, agreementValue, planRelay } from "./relay.ts";

/** Name of the agreement barrier (all nodes use the same name). */
export const RELAY_BROADCAST_NAME = "lit-oracle:messenger-relay";
/** Largest JSON-RPC response body read from a provider, characters. */
export const MAX_RPC_BODY_CHARS = 2 * 1024 * 1024;

export type RelayHost = {
  fetch: typeof fetch;
  /** Naga: `broadcastAndCollect` (every node's value); Chipotle: `[value]`. */
  broadcast(name: string, value: string): Promise<string[]>;
  /** Naga records a share (combined by the client, returns nothing); Chipotle signs and returns it. */
  signDigest(digest: Hex, sigName: string): Promise<LitSignature | undefined>;
  log(message: string): void;
};

export type RelayResponse =
  | { ok: true; version: 1; sourceChain: string; chainId: number; jobs: RelayJob[]; refused: RelayRefusal[] }
  | { ok: false; version: 1; error: string; refused?: RelayRefusal[] };

/** JSON-RPC over the host's fetch, with a timeout; returns `result` or throws with the provider's error. */
export function jsonRpcOver(fetchFn: typeof fetch): RpcCall {
  let id = 0;
  return async (url, method, params, timeoutMs) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetchFn(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
        signal: controller.signal,
        redirect: "error",
      });
      const text = await res.text();
      if (text.length > MAX_RPC_BODY_CHARS) throw new Error(`response longer than ${MAX_RPC_BODY_CHARS} characters`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = JSON.parse(text) as { result?: unknown; error?: { message?: unknown } };
      if (body.error) throw new Error(`RPC error: ${String(body.error.message).slice(0, 120)}`);
      if (!("result" in body)) throw new Error("response without result");
      return body.result;
    } catch (error) {
      if (controller.signal.aborted) throw new Error(`timed out after ${timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

export async function runRelay(host: RelayHost, manifest: MessengerManifest, rawParams: unknown): Promise<{ response: RelayResponse; signatures: Record<string, LitSignature> }> {
  let plan: RelayPlan;
  try {
    plan = await planRelay({ rpc: jsonRpcOver(host.fetch) }, manifest, rawParams);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Still take part in the barrier, so the other nodes do not wait for this one until they time out;
    // they see a value unlike theirs and sign nothing either.
    await host.broadcast(RELAY_BROADCAST_NAME, JSON.stringify({ refused: message })).catch(() => undefined);
    return { response: { ok: false, version: 1, error: message }, signatures: {} };
  }
  for (const r of plan.refused) host.log(`refused ${r.txHash}:${r.logIndex}: ${r.reason}`);
  try {
    // Every node read the chains itself; sign only if every node that answered planned the same digests.
    const mine = agreementValue(plan);
    const values = await host.broadcast(RELAY_BROADCAST_NAME, mine);
    if (values.length === 0 || values.some((v) => v !== mine)) {
      return { response: { ok: false, version: 1, error: `nodes disagree on what to sign (${values.filter((v) => v === mine).length} of ${values.length} agree)`, refused: plan.refused }, signatures: {} };
    }
    const signatures: Record<string, LitSignature> = {};
    for (const job of plan.jobs) {
      const sig = await host.signDigest(job.digest, job.sigName);
      if (sig) signatures[job.sigName] = sig;
      host.log(`signed ${job.sigName}: ${job.messages.length} message(s), nonces ${job.messages.map((m) => m.nonce).join(",")}`);
    }
    return { response: { ok: true, version: 1, sourceChain: plan.sourceChain, chainId: plan.chainId, jobs: plan.jobs, refused: plan.refused }, signatures };
  } catch (error) {
    return { response: { ok: false, version: 1, error: `action failed: ${error instanceof Error ? error.message : String(error)}`, refused: plan.refused }, signatures: {} };
  }
}
