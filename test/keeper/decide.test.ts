import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, deviationPpm, heartbeatLeadSeconds } from "../../keeper/src/feeds/decide.ts";

const feed = { deviationPpm: 5_000, heartbeatSeconds: 3_600 };

describe("decide", () => {
  it("updates when nothing is on chain yet", () => {
    const d = decide({ onChain: undefined, offChain: { answer: 100n, observedAt: 10n }, feed, now: 10n });
    expect(d).toMatchObject({ update: true, reason: "initial" });
    expect(decide({ onChain: { answer: 0n, updatedAt: 0n }, offChain: { answer: 1n, observedAt: 5n }, feed, now: 5n }).reason).toBe("initial");
  });

  it("updates on a deviation strictly above the threshold, skips at or below it", () => {
    const onChain = { answer: 1_000_000n, updatedAt: 100n };
    expect(decide({ onChain, offChain: { answer: 1_005_001n, observedAt: 200n }, feed, now: 200n })).toMatchObject({ update: true, reason: "deviation" });
    expect(decide({ onChain, offChain: { answer: 1_005_000n, observedAt: 200n }, feed, now: 200n })).toMatchObject({ update: false, reason: "within-threshold" });
    expect(decide({ onChain, offChain: { answer: 994_999n, observedAt: 200n }, feed, now: 200n })).toMatchObject({ update: true, reason: "deviation" });
  });

  it("updates when the heartbeat is due (minus the lead), not before", () => {
    const onChain = { answer: 1_000n, updatedAt: 1_000n };
    const lead = heartbeatLeadSeconds(feed);
    expect(lead).toBe(60);
    const due = 1_000n + 3_600n - 60n;
    expect(decide({ onChain, offChain: { answer: 1_000n, observedAt: due }, feed, now: due }).reason).toBe("heartbeat");
    expect(decide({ onChain, offChain: { answer: 1_000n, observedAt: due - 1n }, feed, now: due - 1n }).reason).toBe("within-threshold");
    expect(heartbeatLeadSeconds({ heartbeatSeconds: 100 })).toBe(10);
    expect(heartbeatLeadSeconds({ heartbeatSeconds: 100, heartbeatLeadSeconds: 0 })).toBe(0);
  });

  it("skips when the chain already has a report at least as new (another keeper)", () => {
    const d = decide({ onChain: { answer: 1n, updatedAt: 500n }, offChain: { answer: 2_000n, observedAt: 500n }, feed, now: 500n });
    expect(d).toMatchObject({ update: false, reason: "already-current" });
  });

  it("skips with no-answer when the action refused the feed", () => {
    expect(decide({ onChain: { answer: 1n, updatedAt: 1n }, offChain: undefined, feed, now: 10_000n })).toMatchObject({ update: false, reason: "no-answer" });
  });

  it("deviation is exact integer ppm, symmetric in sign of the move, and handles negative answers", () => {
    expect(deviationPpm(1_010n, 1_000n)).toBe(10_000n);
    expect(deviationPpm(990n, 1_000n)).toBe(10_000n);
    expect(deviationPpm(-990n, -1_000n)).toBe(10_000n);
    expect(deviationPpm(5n, 0n)).toBeUndefined();
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.bigInt({ min: 0n, max: 10n ** 30n }), (on, off) => {
        const d = deviationPpm(off, on)!;
        // floor(|off-on| * 1e6 / on): d*on <= diff*1e6 < (d+1)*on
        const diff = (off > on ? off - on : on - off) * 1_000_000n;
        return d * on <= diff && diff < (d + 1n) * on;
      }),
    );
  });
});
