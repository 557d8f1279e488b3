/**
 * Property tests of the aggregation guarantee (docs/price-feed-action.md, "Aggregation"): whenever the
 * honest sources are a strict majority of the valid quotes and their dispersion (max - min) / min is
 * within the spread limit, the feed is accepted, no honest source is dropped, and the answer lies in
 * the honest range — wherever the liars put themselves (clusters just outside the honest range,
 * exactly on its edges, anywhere). And with no dispersion assumption at all, the answer never leaves
 * the honest range when honest sources are a strict majority.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregatePrices, medianOf } from "../../actions/src/core/aggregate.ts";
import { encodeNodeValue } from "../../actions/src/core/node.ts";
import { decideRound } from "../../actions/src/core/round.ts";
import { type SourceId, SOURCE_IDS } from "../../actions/src/core/sources/index.ts";
import { resolve, testManifest } from "./helpers/manifest.ts";

const E18 = 10n ** 18n;
const min = (xs: bigint[]) => xs.reduce((a, b) => (b < a ? b : a));
const max = (xs: bigint[]) => xs.reduce((a, b) => (b > a ? b : a));
/** Distinct source names per price (up to 17 here: more than the real registry, which aggregation never looks at). */
const priced = (xs: bigint[]) => xs.map((price, i) => ({ source: (SOURCE_IDS[i] ?? `source-${i}`) as SourceId, price }));

/** An honest set: spread limit S (0.1 %..10 %), a reference, 3..9 prices anywhere in [ref, ref * (1 + S)]. */
const honestArb = fc
  .record({ spreadPpm: fc.integer({ min: 1_000, max: 100_000 }), reference: fc.bigInt({ min: 1n * E18, max: 200_000n * E18 }), count: fc.integer({ min: 3, max: 9 }) })
  .chain(({ spreadPpm, reference, count }) => {
    const width = (reference * BigInt(spreadPpm)) / 1_000_000n;
    return fc.record({
      spreadPpm: fc.constant(spreadPpm),
      // Often pinned to both edges so the honest range uses the whole allowed dispersion.
      honest: fc
        .tuple(fc.array(fc.bigInt({ min: 0n, max: width }), { minLength: count - 2, maxLength: count - 2 }), fc.boolean())
        .map(([offsets, full]) => (full ? [0n, width, ...offsets] : [offsets[0] ?? 0n, offsets[0] ?? 0n, ...offsets]).map((o) => reference + o)),
    });
  });

/** Liars (fewer than the honest): a cluster just above or below the honest range, on its edges, or anywhere. */
const withLiars = honestArb.chain(({ spreadPpm, honest }) => {
  const lo = min(honest);
  const hi = max(honest);
  const step = fc.bigInt({ min: 1n, max: (hi - lo) / 4n + 1n });
  const liar = fc.oneof(
    step.map((d) => hi + d),
    step.map((d) => (lo - d > 0n ? lo - d : 1n)),
    fc.constant(hi),
    fc.constant(lo),
    fc.bigInt({ min: 1n, max: 10n ** 30n }),
  );
  return fc.record({
    spreadPpm: fc.constant(spreadPpm),
    honest: fc.constant(honest),
    liars: fc.oneof(
      // one tight cluster (the Mango-style coordinated lie)
      fc.tuple(liar, fc.integer({ min: 0, max: honest.length - 1 })).map(([p, n]) => Array.from({ length: n }, () => p)),
      fc.array(liar, { maxLength: honest.length - 1 }),
    ),
  });
});

describe("aggregatePrices (per node)", () => {
  it("the issue's counterexample: honest [98.8, 98.9, 99.0, 100.0, 100.2] + three liars at 100.3 stays in the honest range, nobody honest dropped", () => {
    const honest = ["98.8", "98.9", "99.0", "100.0", "100.2"].map((p) => BigInt(Math.round(Number(p) * 10)) * 10n ** 17n);
    const liars = [1003n, 1003n, 1003n].map((p) => p * 10n ** 17n);
    const r = aggregatePrices(priced([...honest, ...liars]), 8, { minSources: 3, maxSpreadPpm: 20_000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.median).toBe(1001n * 10n ** 17n);
    expect(r.median <= max(honest) && r.median >= min(honest)).toBe(true);
    expect(r.outliers).toEqual([]);
  });

  it("accepts, keeps every honest source and stays in the honest range for any honest dispersion up to the spread limit", () => {
    fc.assert(
      fc.property(withLiars, fc.nat(), ({ spreadPpm, honest, liars }, seed) => {
        const all = priced([...honest, ...liars]);
        const rotated = all.map((_, i) => all[(i + seed) % all.length]!);
        const result = aggregatePrices(rotated, all.length, { minSources: 3, maxSpreadPpm: spreadPpm });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.median >= min(honest) && result.median <= max(honest)).toBe(true);
        const honestSources = all.slice(0, honest.length).map((p) => p.source);
        for (const s of honestSources) expect(result.outliers).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves the honest range when honest sources are a strict majority, whatever their dispersion", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 24n }), { minLength: 1, maxLength: 9 }).chain((honest) =>
          fc.record({ honest: fc.constant(honest), liars: fc.array(fc.bigInt({ min: 1n, max: 10n ** 30n }), { maxLength: honest.length - 1 }) }),
        ),
        ({ honest, liars }) => {
          const result = aggregatePrices(priced([...honest, ...liars]), honest.length + liars.length, { minSources: 1, maxSpreadPpm: 100_000 });
          if (result.ok) expect(result.median >= min(honest) && result.median <= max(honest)).toBe(true);
          // Refusing is allowed; signing outside the honest range never is.
          expect(medianOf([...honest, ...liars]) >= min(honest) && medianOf([...honest, ...liars]) <= max(honest)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order of sources", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 24n }), { minLength: 1, maxLength: 12 }), fc.nat(), (prices, seed) => {
        const quotes = priced(prices);
        const shuffled = [...quotes].sort((a, b) => ((Number(a.price % 997n) + seed) % 13) - ((Number(b.price % 997n) + seed) % 13));
        const a = aggregatePrices(quotes, quotes.length, { minSources: 1, maxSpreadPpm: 20_000 });
        const b = aggregatePrices(shuffled, quotes.length, { minSources: 1, maxSpreadPpm: 20_000 });
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

const OBSERVED_AT = 1_764_000_000;
const resolved = resolve(testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["kraken", "coinbase", "bitstamp"] }, { symbol: "ETH/USD", decimals: 18, sources: ["kraken", "coinbase", "bitstamp"] }] }), {
  version: 2,
  destinations: [
    { chainId: 31337, receiver: "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
    { chainId: 31338, receiver: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", feeds: ["ETH/USD"] },
  ],
  signer: { publicKey: "0x04" },
});

const nodeValue = (btc: bigint, eth: bigint) =>
  encodeNodeValue({
    clock: OBSERVED_AT,
    chain: [{ ok: true, answers: [0n, 0n] }, { ok: true, answers: [0n] }],
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
        if (!a.ok || !b.ok) throw new Error("round refused");
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
