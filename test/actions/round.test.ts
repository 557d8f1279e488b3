/** The refusal paths, the agreed clock, the move limit and the USDT rule, on the pure core (no network). */
import { describe, expect, it } from "vitest";
import type { FetchOutcome } from "../../actions/src/core/aggregate.ts";
import { encodeNodeValue, observeMarket } from "../../actions/src/core/node.ts";
import { type PriceFeedParams, planFetches } from "../../actions/src/core/params.ts";
import { type RoundDecision, agreedObservedAt, decideRound } from "../../actions/src/core/round.ts";
import { RECEIVER_A, RECEIVER_B, USDT_RATE, resolve, testManifest } from "./helpers/manifest.ts";

const E18 = 10n ** 18n;
const E8 = 10n ** 8n;
const OBSERVED_AT = 1_764_000_000;

const BTC_AND_RATE = testManifest({
  feeds: [
    { symbol: "BTC/USD", decimals: 8, sources: ["kraken", "coinbase", "binance", "okx", "bitstamp"] },
    { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] },
  ],
});

/** A BTC/USD round (USDT/USD is only its conversion rate here, observed and never signed). */
function params(over: Partial<PriceFeedParams> = {}, manifest = BTC_AND_RATE) {
  return resolve(manifest, { version: 2, feeds: ["BTC/USD"], destinations: [{ chainId: 31337, receiver: RECEIVER_A }], signer: { publicKey: "0x04" }, ...over });
}

/** A node's broadcast: BTC median, its clock, what it read on chain per destination (default: no answer yet on one destination). */
const value = (median: bigint, o: { clock?: number; chain?: (bigint[] | null)[] } = {}) =>
  encodeNodeValue({
    clock: o.clock ?? OBSERVED_AT,
    feeds: [{ symbol: "BTC/USD", ok: true, median, sourcesUsed: 5, spreadPpm: 100 }],
    chain: (o.chain ?? [[0n]]).map((c) => (c === null ? { ok: false, error: "down" } : { ok: true, answers: c })),
  });
const refusal = (code: string) => encodeNodeValue({ clock: OBSERVED_AT, feeds: [{ symbol: "BTC/USD", ok: false, code, reason: "x" }], chain: [{ ok: true, answers: [0n] }] });
const ok = (d: RoundDecision) => {
  if (!d.ok) throw new Error(d.error);
  return d;
};

describe("agreed observedAt", () => {
  it("is the lower median of the nodes' clocks rounded down to the granularity; a minority cannot move it", () => {
    expect(agreedObservedAt([100, 103, 101], 1)).toBe(101);
    expect(agreedObservedAt([100, 10 ** 9, 101, 2], 1)).toBe(100);
    expect(agreedObservedAt([119, 125, 121], 10)).toBe(120);
    expect(agreedObservedAt([100, undefined, undefined], 1)).toBeUndefined();
  });
  it("refuses a caller's hint further from the nodes' clock than the manifest tolerance (no time travel)", () => {
    const values = [value(70_000n * E18), value(70_000n * E18), value(70_000n * E18)];
    expect(ok(decideRound(params({ observedAtHint: OBSERVED_AT + 30 }), values)).observedAt).toBe(OBSERVED_AT);
    const future = decideRound(params({ observedAtHint: OBSERVED_AT + 2 * 86_400 }), values);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error).toMatch(/observedAtHint .* the manifest tolerates 30 s/);
    // The signed observedAt is the nodes' clock, whatever the hint.
    const d = ok(decideRound(params({ observedAtHint: OBSERVED_AT - 29 }), values));
    expect(d.jobs[0]!.reports[0]!.observedAt).toBe(BigInt(OBSERVED_AT));
  });
});

describe("decideRound refusals", () => {
  const last = 60_000n * E8;
  const moved = [value(70_000n * E18, { chain: [[last]] }), value(70_000n * E18, { chain: [[last]] }), value(70_001n * E18, { chain: [[last]] })];

  it("refuses a large move from the receiver's on-chain answer (read by the nodes) and makes it a candidate", () => {
    const first = ok(decideRound(params(), moved));
    expect(first.jobs).toEqual([]);
    expect(first.refusals[0]).toMatchObject({ feed: "BTC/USD", chainId: 31337, code: "move-unconfirmed" });
    expect(first.candidates!.list).toEqual([{ feed: "BTC/USD", feedId: expect.any(String), answer: 70_000n * E8 }]);
    expect(first.candidates!.observedAt).toBe(OBSERVED_AT);
  });
  it("signs the move once a (verified) candidate old enough and close enough confirms it", () => {
    const claim = (answer: bigint, observedAt: number) => ({ observedAt, candidates: new Map([["BTC/USD", answer]]), list: [{ feed: "BTC/USD", answer }], signature: "0x" as const });
    expect(ok(decideRound(params(), moved, claim(70_100n * E8, OBSERVED_AT - 60))).jobs).toHaveLength(1);
    // too far from this round's answer, too young, too old: still refused
    expect(ok(decideRound(params(), moved, claim(80_000n * E8, OBSERVED_AT - 60))).jobs).toEqual([]);
    expect(ok(decideRound(params(), moved, claim(70_000n * E8, OBSERVED_AT - 5))).jobs).toEqual([]);
    expect(ok(decideRound(params(), moved, claim(70_000n * E8, OBSERVED_AT - 10_000))).jobs).toEqual([]);
  });
  it("takes the lower median of the nodes' chain reads: one node lying about the on-chain answer cannot lift the limit", () => {
    const values = [value(70_000n * E18, { chain: [[last]] }), value(70_000n * E18, { chain: [[last]] }), value(70_000n * E18, { chain: [[70_000n * E8]] })];
    expect(ok(decideRound(params(), values)).refusals[0]?.code).toBe("move-unconfirmed");
  });
  it("refuses a destination whose receiver a majority of nodes could not read (the move limit cannot be skipped)", () => {
    const values = [value(70_000n * E18, { chain: [null] }), value(70_000n * E18, { chain: [null] }), value(70_000n * E18, { chain: [[0n]] })];
    const d = ok(decideRound(params(), values));
    expect(d.jobs).toEqual([]);
    expect(d.refusals[0]).toMatchObject({ code: "chain-read" });
  });
  it("applies the move limit per destination", () => {
    const p = params({ destinations: [{ chainId: 31337, receiver: RECEIVER_A }, { chainId: 31338, receiver: RECEIVER_B }] });
    const values = Array.from({ length: 3 }, () => value(70_000n * E18, { chain: [[last], [69_000n * E8]] }));
    const d = ok(decideRound(p, values));
    expect(d.jobs.map((j) => j.destination.receiver)).toEqual([RECEIVER_B]);
    expect(d.refusals.map((r) => r.receiver)).toEqual([RECEIVER_A]);
  });
  it("signs a move within the limit without confirmation", () => {
    const d = ok(decideRound(params(), Array.from({ length: 3 }, () => value(70_000n * E18, { chain: [[65_000n * E8]] }))));
    expect(d.jobs).toHaveLength(1);
  });
  it("needs a majority of nodes with a price; garbage values do not count", () => {
    const d = ok(decideRound(params(), [value(70_000n * E18), value(70_000n * E18).replace(/"m":"\d+"/, '"m":"-5"'), value(70_000n * E18).replace('"s":"BTC/USD"', '"s":"BTC/EUR"')]));
    expect(d.jobs).toEqual([]);
    expect(d.feeds[0]!.refusal).toMatchObject({ code: "node-quorum" });
  });
  it("refuses the round without a majority of valid clocks", () => {
    const d = decideRound(params(), [value(70_000n * E18), "not json", '{"v":2}']);
    expect(d.ok).toBe(false);
  });
  it("reports the nodes' own refusal when most nodes refused for the same reason", () => {
    const d = ok(decideRound(params(), [refusal("spread-too-wide"), refusal("spread-too-wide"), value(70_000n * E18)]));
    expect(d.feeds[0]!.refusal?.code).toBe("spread-too-wide");
  });
  it("refuses an answer that rounds to zero at the feed's decimals", () => {
    const p = params({}, testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 0, sources: ["kraken", "coinbase", "bitstamp"] }] }));
    const d = ok(decideRound(p, [value(E18 / 10n), value(E18 / 10n), value(E18 / 10n)]));
    expect(d.feeds[0]!.refusal?.code).toBe("zero-answer");
  });
});

describe("observeMarket", () => {
  const ok = (body: unknown): FetchOutcome => ({ ok: true, status: 200, body: JSON.stringify(body) });
  const p = params();
  // Kraken and Bitstamp answer BTC and USDT in one batch request each (Ticker?pair=XBTUSD,USDTUSD; the all-pairs ticker).
  const krakenBtc = { XXBTZUSD: { a: ["70010", "1", "1"], b: ["70000", "1", "1"], c: ["70005", "1"] } };
  const krakenUsdt = { USDTZUSD: { a: ["0.9901", "1", "1"], b: ["0.9899", "1", "1"], c: ["0.99", "1"] } };
  const bitstampBtc = (timestamp: number) => ({ last: "70005", bid: "70000", ask: "70010", timestamp: String(timestamp), pair: "BTC/USD" });
  const bitstampUsdt = { last: "0.99", bid: "0.9899", ask: "0.9901", timestamp: String(OBSERVED_AT), pair: "USDT/USD" };
  const bodies: Record<string, FetchOutcome> = {
    "kraken:XBTUSD,USDTUSD": ok({ error: [], result: { ...krakenBtc, ...krakenUsdt } }),
    "coinbase:BTC-USD": ok({ price: "70004", bid: "70000", ask: "70010", time: new Date(OBSERVED_AT * 1000).toISOString() }),
    "bitstamp:btcusd,usdtusd": ok([bitstampBtc(OBSERVED_AT), bitstampUsdt]),
    "binance:BTCUSDT": ok({ symbol: "BTCUSDT", bidPrice: "70705.00000000", bidQty: "1.00000000", askPrice: "70705.10000000", askQty: "1.00000000" }),
    "okx:BTC-USDT": ok({ code: "0", data: [{ instId: "BTC-USDT", last: "70705.05", bidPx: "70705", askPx: "70705.1", ts: String(OBSERVED_AT * 1000) }] }),
    "coinbase:USDT-USD": ok({ price: "0.99", bid: "0.9899", ask: "0.9901", time: new Date(OBSERVED_AT * 1000).toISOString() }),
  };

  it("plans the USDT/USD rate requests because USDT markets are used, batched per venue", () => {
    expect(planFetches(p).map((f) => f.key).sort()).toEqual(["binance:BTCUSDT", "bitfinex:tUSTUSD", "bitstamp:btcusd,usdtusd", "coinbase:BTC-USD", "coinbase:USDT-USD", "gemini:usdtusd", "kraken:XBTUSD,USDTUSD", "okx:BTC-USDT"]);
  });

  it("converts USDT markets with the USDT/USD rate from USD venues (a depeg does not leak in)", () => {
    const obs = observeMarket(p, new Map(Object.entries(bodies)), OBSERVED_AT);
    expect(obs.rates.get("USDT/USD")).toBe(99n * E18 / 100n);
    const btc = obs.feeds[0]!;
    expect(btc.ok).toBe(true);
    // 70705.05 USDT x 0.99 = 69997.9995 USD: close to the USD books, not 1% above them.
    if (btc.ok) expect(btc.median > 69_990n * E18 && btc.median < 70_010n * E18).toBe(true);
    expect(obs.sources.filter((s) => s.status === "used" && s.feed === "BTC/USD")).toHaveLength(5);
    // The rate's own sources are reported under the rate feed (observed for the conversion, not signed).
    expect(obs.sources.filter((s) => s.status === "used" && s.feed === "USDT/USD (rate)").map((s) => s.source).sort()).toEqual(["bitstamp", "coinbase", "kraken"]);
    expect(obs.feeds.map((f) => f.symbol)).toEqual(["BTC/USD"]);
  });

  it("excludes USDT markets, with a reason, when the USDT/USD rate is unavailable", () => {
    const without: Record<string, FetchOutcome> = {
      ...bodies,
      "kraken:XBTUSD,USDTUSD": ok({ error: [], result: krakenBtc }),
      "bitstamp:btcusd,usdtusd": ok([bitstampBtc(OBSERVED_AT)]),
      "coinbase:USDT-USD": { ok: false, error: "timed out after 5000 ms" },
    };
    const obs = observeMarket(p, new Map(Object.entries(without)), OBSERVED_AT);
    expect(obs.rates.has("USDT/USD")).toBe(false);
    expect(obs.sources.find((s) => s.source === "kraken" && s.feed === "USDT/USD (rate)")).toMatchObject({ reason: "USDTZUSD missing from the batch response" });
    const excluded = obs.sources.filter((s) => s.reason?.startsWith("USDT market excluded"));
    expect(excluded.map((s) => s.source).sort()).toEqual(["binance", "okx"]);
    // 3 USD venues of 5 configured: still a quorum, priced from USD books only.
    expect(obs.feeds[0]!.ok).toBe(true);
  });

  it("rejects stale quotes against the node's clock", () => {
    const stale = { ...bodies, "bitstamp:btcusd,usdtusd": ok([bitstampBtc(OBSERVED_AT - 3600), bitstampUsdt]) };
    const obs = observeMarket(p, new Map(Object.entries(stale)), OBSERVED_AT);
    expect(obs.sources.find((s) => s.source === "bitstamp" && s.feed === "BTC/USD")).toMatchObject({ status: "rejected", reason: expect.stringContaining("stale") });
  });
});
