/**
 * Lit faults for the campaign, on the local network (five nodes): nodes offline, slow, lying, crashing
 * mid-barrier, the runtime unreachable, a response over the nodes' size limit. `runtime` wraps a
 * `LitRuntime`: the runtime-level faults (unreachable, oversize, the crashed attempt's timeout) apply to
 * the next execution through it; node faults apply to the network until `clear`.
 */
import type { LitRuntime } from "../../lit/index.ts";
import { createChipotleRuntime } from "../../lit/chipotle.ts";
import type { LocalLitNetwork } from "../../lit/local/network.ts";
import { closedPortUrl } from "../keeper/helpers.ts";
import type { Rng } from "./rng.ts";

/** Per-request Lit timeout for the attempt that has a crashed node in its set, ms (that attempt must time out). */
export const CRASH_ATTEMPT_TIMEOUT_MS = 3_000;
/** A Lit node that is late but within the action timeout, ms. */
export const SLOW_NODE_MS = 300;
/** The Lit response size limit plus one, bytes. */
export const OVERSIZE_RESPONSE_BYTES = 102_401;

export type LitFaultKind = "offline-one" | "offline-two" | "slow-node" | "lying-node" | "crash-mid-barrier" | "runtime-unreachable" | "response-over-limit";

export type LitFaults = {
  readonly runtime: LitRuntime;
  inject(kind: LitFaultKind, rng: Rng): void;
  clear(): void;
};

export async function createLitFaults(network: LocalLitNetwork, base: LitRuntime): Promise<LitFaults> {
  const pending = { unreachable: false, oversize: false, crashTimeout: false };
  const unreachable = createChipotleRuntime({ baseUrl: await closedPortUrl(), apiKey: "campaign", maxAttempts: 1 });
  const runtime: LitRuntime = {
    ...base,
    execute: (async (request: never, options: Record<string, unknown> | undefined) => {
      if (pending.unreachable) {
        pending.unreachable = false; // one attempt: a retry reaches the network
        return unreachable.execute(request, options as never);
      }
      if (pending.oversize) {
        pending.oversize = false;
        // The nodes' own limit refuses a response one byte over 100 KB: that real error reaches the caller.
        await network.execute({ code: `Lit.Actions.setResponse({ response: "x".repeat(${OVERSIZE_RESPONSE_BYTES}) })` });
        throw new Error("the oversize response was not refused");
      }
      if (pending.crashTimeout) {
        pending.crashTimeout = false;
        try {
          return await base.execute(request, { ...options, timeoutMs: CRASH_ATTEMPT_TIMEOUT_MS } as never);
        } finally {
          for (const node of network.nodes) node.clearFaults(); // the node comes back for the retry
        }
      }
      return base.execute(request, options as never);
    }) as LitRuntime["execute"],
  };
  return {
    runtime,
    inject(kind, rng) {
      const nodes = network.nodes;
      const victims = rng.sample([0, 1, 2, 3, 4].slice(0, nodes.length), 2);
      if (kind === "offline-one") nodes[victims[0]!]!.inject({ kind: "offline" });
      if (kind === "offline-two") for (const v of victims) nodes[v]!.inject({ kind: "offline" });
      if (kind === "slow-node") nodes[victims[0]!]!.inject({ kind: "slow", delayMs: SLOW_NODE_MS });
      if (kind === "lying-node") nodes[victims[0]!]!.inject({ kind: "wrongValue" });
      if (kind === "crash-mid-barrier") {
        nodes[victims[0]!]!.inject({ kind: "crash" });
        pending.crashTimeout = true;
      }
      if (kind === "runtime-unreachable") pending.unreachable = true;
      if (kind === "response-over-limit") pending.oversize = true;
    },
    clear() {
      for (const node of network.nodes) node.clearFaults();
      Object.assign(pending, { unreachable: false, oversize: false, crashTimeout: false });
    },
  };
}
