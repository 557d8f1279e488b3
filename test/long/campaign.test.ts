/**
 * The fast subset of the fault campaign (`npm run test:long` runs the large one and writes
 * docs/reliability.md): every Lit and chain fault kind once, source faults every round, a second keeper
 * racing, and the receiver's stateful invariants. Verdicts are counts read from the chains, never times.
 */
import { describe, expect, it } from "vitest";
import { COVERAGE_ROUNDS, runCampaign } from "./campaign.ts";

describe("fault campaign (fast subset)", () => {
  it("injects faults in all four layers: no wrong, lost or duplicated update", async () => {
    const result = await runCampaign({ rounds: COVERAGE_ROUNDS, soakMs: 0, contractSteps: 40, slowFaults: false, seed: 7 });
    expect(result.problems).toEqual([]);
    expect({ wrong: result.wrong, lost: result.lost, duplicated: result.duplicated }).toEqual({ wrong: 0, lost: 0, duplicated: 0 });
    for (const layer of ["sources", "lit", "chains", "contracts"] as const) expect(result.faultsByLayer[layer]).toBeGreaterThan(0);
    expect(result.updatesLanded).toBeGreaterThan(0);
    expect(result.receiver.accepted).toBeGreaterThan(0);
  });
});
