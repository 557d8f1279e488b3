/**
 * Lit faults for the campaign, on the local network (five nodes): nodes offline, slow, lying, crashing
 * mid-barrier, slow past the attempt's timeout, the runtime unreachable, a response over the nodes' size
 * limit. `runtime` wraps a `LitRuntime`: the runtime-level faults (unreachable, oversize, the short
 * timeout of the attempt a crashed or too-slow node is in) apply to the next execution through it; node
 * faults apply to the network until `clear`.
 *
 * Node faults hit nodes of the executing set (v8 sends a request to the first `threshold` reachable
 * nodes; a fault on a spare node would change nothing). The two slow kinds check that the fault was
 * real: the attempt with the crashed or late node must fail with a timeout, else `problems` says so.
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
/** A node that starts this late is past the attempt's timeout ({@link CRASH_ATTEMPT_TIMEOUT_MS}), ms. */
export const SLOW_PAST_TIMEOUT_NODE_MS = CRASH_ATTEMPT_TIMEOUT_MS + 1_500;
/** The Lit response size limit plus one, bytes. */
export const OVERSIZE_RESPONSE_BYTES = 102_401;

/** Lit fault kinds that cost seconds each (an attempt that must time out). */
export const SLOW_LIT_KINDS = ["crash-mid-barrier", "slow-node-past-timeout"] as const;
/** Lit fault kinds that cost (almost) nothing. */
export const QUICK_LIT_KINDS = ["offline-one", "offline-two", "slow-node", "lying-node", "runtime-unreachable", "response-over-limit"] as const;
export type LitFaultKind = (typeof QUICK_LIT_KINDS)[number] | (typeof SLOW_LIT_KINDS)[number];

export type LitFaults = {
  readonly runtime: LitRuntime;
  inject(kind: LitFaultKind, rng: Rng): void;
  clear(): void;
  /** Attempts that timed out as a slow fault required, by kind. */
  readonly timedOut: Record<string, number>;
  /** Slow faults that did not make their attempt time out (the fault was not real). */
  readonly problems: string[];
};

export async function createLitFaults(network: LocalLitNetwork, base: LitRuntime): Promise<LitFaults> {
  const pending = { unreachable: false, oversize: false, shortAttempt: undefined as LitFaultKind | undefined };
  const timedOut: Record<string, number> = {};
  const problems: string[] = [];
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
      const short = pending.shortAttempt;
      if (short) {
        pending.shortAttempt = undefined;
        let result: Awaited<ReturnType<LitRuntime["execute"]>>;
        try {
          result = await base.execute(request, { ...options, timeoutMs: CRASH_ATTEMPT_TIMEOUT_MS } as never);
        } catch (error) {
          if (/maximum runtime|timed? ?out|no response|did not respond/i.test(String((error as Error)?.message ?? error))) timedOut[short] = (timedOut[short] ?? 0) + 1;
          else problems.push(`${short}: the attempt failed without a timeout: ${String((error as Error)?.message ?? error).slice(0, 200)}`);
          throw error;
        } finally {
          for (const node of network.nodes) node.clearFaults(); // the node comes back (or is on time) for the retry
        }
        problems.push(`${short}: the attempt with the faulted node succeeded (the fault was not real)`);
        return result;
      }
      return base.execute(request, options as never);
    }) as LitRuntime["execute"],
  };
  return {
    runtime,
    inject(kind, rng) {
      const nodes = network.nodes;
      // The executing set: the first `threshold` nodes (none is offline before the fault).
      const victims = rng.sample(
        nodes.slice(0, network.threshold).map((n) => n.index),
        2,
      );
      if (kind === "offline-one") nodes[victims[0]!]!.inject({ kind: "offline" });
      if (kind === "offline-two") for (const v of victims) nodes[v]!.inject({ kind: "offline" });
      if (kind === "slow-node") nodes[victims[0]!]!.inject({ kind: "slow", delayMs: SLOW_NODE_MS });
      if (kind === "lying-node") nodes[victims[0]!]!.inject({ kind: "wrongValue" });
      if (kind === "crash-mid-barrier") {
        nodes[victims[0]!]!.inject({ kind: "crash" });
        pending.shortAttempt = kind;
      }
      if (kind === "slow-node-past-timeout") {
        nodes[victims[0]!]!.inject({ kind: "slow", delayMs: SLOW_PAST_TIMEOUT_NODE_MS });
        pending.shortAttempt = kind;
      }
      if (kind === "runtime-unreachable") pending.unreachable = true;
      if (kind === "response-over-limit") pending.oversize = true;
    },
    clear() {
      for (const node of network.nodes) node.clearFaults();
      Object.assign(pending, { unreachable: false, oversize: false, shortAttempt: undefined });
    },
    timedOut,
    problems,
  };
}
