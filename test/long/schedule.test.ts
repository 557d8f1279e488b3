/**
 * The campaign's coverage schedule (no stack: the plans only): whatever the seed, the first
 * coverageRounds() rounds inject every source, Lit and chain fault kind, the slow ones included when
 * slow faults are on, at most two venues per round; the message coverage rounds carry every message,
 * relay Lit and relayer chain kind.
 */
import { describe, expect, it } from "vitest";
import { coverageRounds, expectedFaultKinds, planKinds, planRound } from "./campaign.ts";
import { MESSAGE_COVERAGE_ROUNDS, messageCoverage } from "./messages.ts";
import { createRng } from "./rng.ts";

describe("fault campaign coverage schedule", () => {
  for (const slowFaults of [true, false]) {
    it(`covers every required kind in its first rounds (slow faults ${slowFaults ? "on" : "off"})`, () => {
      const expected = expectedFaultKinds(slowFaults);
      if (slowFaults) {
        for (const k of ["sources/slow-past-timeout", "lit/crash-mid-barrier", "lit/slow-node-past-timeout", "chains/rpc-hang-failover", "lit/relay-crash-mid-barrier", "lit/relay-slow-node-past-timeout", "chains/relayer-rpc-down"]) expect(expected).toContain(k);
      } else expect(expected.filter((k) => /slow-past|crash|hang|rpc-down$/.test(k) && k !== "chains/rpc-down")).toEqual([]);
      for (const seed of [1, 7, 20_261_201]) {
        const rng = createRng(seed);
        const seen = new Set<string>();
        for (let round = 1; round <= coverageRounds(slowFaults); round++) {
          const plan = planRound(rng, slowFaults, round);
          expect(new Set(plan.sources.map((s) => s.source)).size).toBe(plan.sources.length);
          expect(plan.sources.length).toBeLessThanOrEqual(2);
          for (const k of planKinds(plan)) seen.add(k);
        }
        for (let round = 1; round <= MESSAGE_COVERAGE_ROUNDS; round++) {
          const m = messageCoverage(slowFaults, round);
          seen.add(`messages/${m.kind}`);
          if (m.lit) seen.add(`lit/relay-${m.lit}`);
          if (m.chain) seen.add(`chains/${m.chain}`);
        }
        expect(expected.filter((k) => !seen.has(k))).toEqual([]);
      }
    });
  }
});
