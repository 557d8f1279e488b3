/** Property tests of the aggregation: bounded by honest values, independent of order. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregatePrices, medianOf } from "../../actions/src/core/aggregate.ts";
import { encodeNodeValue } from "../../actions/src/core/node.ts";
import { type PriceFeedParams, validatePriceFeedParams } from "../../actions/src/core/params.ts";
import { decideRound } from "../../actions/src/core/round.ts";
import { SOURCE_IDS } from "../../actions/src/core/sources/index.ts";

const E18 = 10n ** 18n;
const OPTIONS = { minSources: 3, madMultiplier: 5, madFloorPpm: 1_000, maxSpreadPpm: 1_000_000_000 };

/** Honest quotes: a reference price and offsets inside the MAD floor band (0.1%). */
const honestArb = fc
  .record({ reference: fc.bigInt({ min: 1n * E18, max: 200_000n * E18 }), count: fc.integer({ min: 3, max: 9 }) })
  .chain(({ reference, count }) =>
    fc.record({
      reference: fc.constant(reference),
      honest: fc.array(fc.bigInt({ min: 0n, max: reference / 1_000n }), { minLength: count, maxLength: count }).map((offsets) => offsets.map((o) => reference + o)),
    }),
  );

describe("aggregatePrices (per node)", () => {
  it("stays within the honest sources' range when fewer than half lie", () => {
    fc.assert(
      fc.property(
        honestArb.chain(({ honest }) =>
          fc.record({
            honest: fc.constant(honest),
            liars: fc.array(fc.bigInt({ min: 1n, max: 10n ** 30n }), { maxLength: honest.length - 1 }),
          }),
        ),
        ({ honest, liars }) => {
          const all = [...honest, ...liars].map((price, i) => ({ source: SOURCE_IDS[i % SOURCE_IDS.length]!, price }));
          const result = aggregatePrices(all, all.length, OPTIONS);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const lo = honest.reduce((a, b) => (b < a ? b : a));
          const hi = honest.reduce((a, b) => (b > a ? b : a));
          expect(result.median >= lo && result.median <= hi).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of sources", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 24n }), { minLength: 1, maxLength: 12 }), fc.nat(), (prices, seed) => {
        const quotes = prices.map((price, i) => ({ source: SOURCE_IDS[i % SOURCE_IDS.length]!, price }));
        const shuffled = [...quotes].sort((a, b) => ((Number(a.price % 997n) + seed) % 13) - ((Number(b.price % 997n) + seed) % 13));
        const a = aggregatePrices(quotes, quotes.length, OPTIONS);
        const b = aggregatePrices(shuffled, quotes.length, OPTIONS);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(a.median).toBe(b.median);
      }),
      { numRuns: 300 },
    );
  });

  it("medianOf sorts numerically, never lexicographically", () => {
    expect(medianOf([9n, 10n, 100n])).toBe(10n);
    expect(medianOf([2n, 10n])).toBe(6n);
  });
});

const PARAMS: PriceFeedParams = {
  version: 1,
  observedAt: 1_764_000_000,
  feeds: [
    { symbol: "BTC/USD", decimals: 8 },
    { symbol: "ETH/USD", decimals: 18 },
  ],
  destinations: [
    { chainId: 1, receiver: "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
    { chainId: 10, receiver: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", feeds: ["ETH/USD"] },
  ],
  signer: { publicKey: "0x04" },
};
const resolved = validatePriceFeedParams(PARAMS);

const nodeValue = (btc: bigint, eth: bigint) =>
  encodeNodeValue({
    feeds: [
      { symbol: "BTC/USD", ok: true, median: btc, sourcesUsed: 7, spreadPpm: 300 },
      { symbol: "ETH/USD", ok: true, median: eth, sourcesUsed: 6, spreadPpm: 200 },
    ],
  });

describe("decideRound (across nodes)", () => {
  const nodesArb = fc.integer({ min: 3, max: 9 }).chain((n) =>
    fc.record({
      honest: fc.array(fc.tuple(fc.bigInt({ min: 60_000n * E18, max: 60_100n * E18 }), fc.bigInt({ min: 3_000n * E18, max: 3_010n * E18 })), { minLength: n - Math.floor((n - 1) / 2), maxLength: n - Math.floor((n - 1) / 2) }),
      liars: fc.array(fc.oneof(fc.string(), fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 40n })).map(([a, b]) => nodeValue(a, b))), { maxLength: Math.floor((n - 1) / 2) }),
    }),
  );

  it("answers within the honest nodes' range when a minority lies, whatever the order", () => {
    fc.assert(
      fc.property(nodesArb, fc.nat(), ({ honest, liars }, seed) => {
        const values = [...honest.map(([b, e]) => nodeValue(b, e)), ...liars];
        const rotated = values.map((_, i) => values[(i + seed) % values.length]!).reverse();
        const a = decideRound(resolved, values);
        const b = decideRound(resolved, rotated);
        expect(a.jobs.map((j) => j.digest)).toEqual(b.jobs.map((j) => j.digest));
        expect(a.jobs).toHaveLength(2);
        const btc = a.feeds[0]!.answer!;
        const lo = honest.reduce((m, [x]) => (x < m ? x : m), honest[0]![0]) / 10n ** 10n;
        const hi = honest.reduce((m, [x]) => (x > m ? x : m), honest[0]![0]) / 10n ** 10n + 1n;
        expect(btc >= lo && btc <= hi).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
