/**
 * The fast subset of the fault campaign (`npm run test:long` runs the large one and writes
 * docs/reliability.md): every source, Lit, chain and message fault kind once (the quick ones: no slow faults here), source faults every round, a second
 * keeper racing, and the receiver's and the messenger's stateful invariants. Verdicts are counts read from the chains, never times.
 */
import { describe, expect, it } from "vitest";
import { COVERAGE_ROUNDS, runCampaign } from "./campaign.ts";
import { MESSAGE_FAULT_KINDS } from "./messages.ts";

describe("fault campaign (fast subset)", () => {
  it("injects faults in every layer, messages included: no wrong, lost or duplicated update or message", async () => {
    const result = await runCampaign({ rounds: COVERAGE_ROUNDS, soakMs: 0, contractSteps: 40, slowFaults: false, seed: 7 });
    expect(result.problems).toEqual([]);
    expect(result.missingKinds).toEqual([]);
    expect({ wrong: result.wrong, lost: result.lost, duplicated: result.duplicated }).toEqual({ wrong: 0, lost: 0, duplicated: 0 });
    const m = result.messages;
    expect({ wrong: m.wrong, lost: m.lost, duplicated: m.duplicated }).toEqual({ wrong: 0, lost: 0, duplicated: 0 });
    for (const layer of ["sources", "lit", "chains", "contracts", "messages"] as const) expect(result.faultsByLayer[layer]).toBeGreaterThan(0);
    // Every message fault kind was injected at least once.
    for (const kind of MESSAGE_FAULT_KINDS) expect(result.faults[`messages/${kind}`]).toBeGreaterThan(0);
    expect(result.updatesLanded).toBeGreaterThan(0);
    expect(result.receiver.accepted).toBeGreaterThan(0);
    expect(result.messenger.delivered).toBeGreaterThan(0);
    expect(m.sent).toBeGreaterThan(0);
    expect(m.deliveredOnce).toBe(m.sent);
  });
});
