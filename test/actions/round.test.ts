/** The refusal paths and the USDT rule, on the pure core (no network). */
import { describe, expect, it } from "vitest";
import type { FetchOutcome } from "../../actions/src/core/aggregate.ts";
import { encodeNodeValue, observeMarket } from "../../actions/src/core/node.ts";
import { type PriceFeedParams, planFetches, validatePriceFeedParams } from "../../actions/src/core/params.ts";
import { decideRound } from "../../actions/src/core/round.ts";

const E18 = 10n ** 18n;
const RECEIVER = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const OBSERVED_AT = 1_764_000_000;

function params(feed: Partial<PriceFeedParams["feeds"][number]> = {}, over: Partial<PriceFeedParams> = {}) {
  return validatePriceFeedParams({
    version: 1,
    observedAt: OBSERVED_AT,
    feeds: [{ symbol: "BTC/USD", decimals: 8, ...feed }],
    destinations: [{ chainId: 1, receiver: RECEIVER }],
    signer: { publicKey: "0x04" },
    ...over,
  } satisfies PriceFeedParams);
}

const value = (median: bigint) => encodeNodeValue({ feeds: [{ symbol: "BTC/USD", ok: true, median, sourcesUsed: 5, spreadPpm: 100 }] });
const refusal = (code: string) => encodeNodeValue({ feeds: [{ symbol: "BTC/USD", ok: false, code, reason: "x" }] });

describe("decideRound refusals", () => {
  it("refuses a large move from the on-chain answer and hands back a candidate; signs it once confirmed", () => {
    const values = [value(70_000n * E18), value(70_000n * E18), value(70_001n * E18)];
    const first = decideRound(params({ lastAnswer: String(60_000n * 10n ** 8n) }), values);
    expect(first.jobs).toEqual([]);
    expect(first.feeds[0]!.refusal).toMatchObject({ code: "move-unconfirmed", candidate: { answer: 70_000n * 10n ** 8n, observedAt: OBSERVED_AT } });

    const confirm = { answer: String(70_100n * 10n ** 8n), observedAt: OBSERVED_AT - 60 };
    const second = decideRound(params({ lastAnswer: String(60_000n * 10n ** 8n), confirmMove: confirm }), values);
    expect(second.jobs).toHaveLength(1);
    expect(second.feeds[0]!.answer).toBe(70_000n * 10n ** 8n);

    // A confirmation that the market did not bear out (too far from this round) is still refused.
    const wrong = decideRound(params({ lastAnswer: String(60_000n * 10n ** 8n), confirmMove: { ...confirm, answer: String(80_000n * 10n ** 8n) } }), values);
    expect(wrong.feeds[0]!.refusal?.code).toBe("move-unconfirmed");
  });

  it("signs a move within the limit without confirmation", () => {
    const d = decideRound(params({ lastAnswer: String(65_000n * 10n ** 8n) }), [value(70_000n * E18), value(70_000n * E18), value(70_000n * E18)]);
    expect(d.jobs).toHaveLength(1);
  });

  it("needs a majority of nodes with a price; garbage values do not count", () => {
    const d = decideRound(params(), [value(70_000n * E18), "not json", '{"v":1,"feeds":[{"s":"BTC/USD","m":"-5","n":1,"p":1}]}']);
    expect(d.jobs).toEqual([]);
    expect(d.feeds[0]!.refusal).toMatchObject({ code: "node-quorum" });
    expect(d.feeds[0]!.nodeCount).toBe(1);
  });

  it("reports the nodes' own refusal when most nodes refused for the same reason", () => {
    const d = decideRound(params(), [refusal("spread-too-wide"), refusal("spread-too-wide"), value(70_000n * E18)]);
    expect(d.feeds[0]!.refusal?.code).toBe("spread-too-wide");
  });

  it("refuses an answer that rounds to zero at the feed's decimals", () => {
    const d = decideRound(params({ decimals: 0 }), [value(E18 / 10n), value(E18 / 10n), value(E18 / 10n)]);
    expect(d.feeds[0]!.refusal?.code).toBe("zero-answer");
  });
});

describe("observeMarket", () => {
  const ok = (body: unknown): FetchOutcome => ({ ok: true, status: 200, body: JSON.stringify(body) });
  const p = params({ sources: ["kraken", "coinbase", "binance", "okx", "bitstamp"] });
  const bodies: Record<string, FetchOutcome> = {
    "kraken:XBTUSD": ok({ error: [], result: { XXBTZUSD: { a: ["70010", "1", "1"], b: ["70000", "1", "1"], c: ["70005", "1"] } } }),
    "coinbase:BTC-USD": ok({ price: "70004", bid: "70000", ask: "70010", time: new Date(OBSERVED_AT * 1000).toISOString() }),
    "bitstamp:btcusd": ok({ last: "70005", bid: "70000", ask: "70010", timestamp: String(OBSERVED_AT) }),
    "binance:BTCUSDT": ok({ symbol: "BTCUSDT", bidPrice: "70705.00000000", bidQty: "1.00000000", askPrice: "70705.10000000", askQty: "1.00000000" }),
    "okx:BTC-USDT": ok({ code: "0", data: [{ instId: "BTC-USDT", last: "70705.05", bidPx: "70705", askPx: "70705.1", ts: String(OBSERVED_AT * 1000) }] }),
    "kraken:USDTUSD": ok({ error: [], result: { USDTZUSD: { a: ["0.9901", "1", "1"], b: ["0.9899", "1", "1"], c: ["0.99", "1"] } } }),
    "coinbase:USDT-USD": ok({ price: "0.99", bid: "0.9899", ask: "0.9901", time: new Date(OBSERVED_AT * 1000).toISOString() }),
    "bitstamp:usdtusd": ok({ last: "0.99", bid: "0.9899", ask: "0.9901", timestamp: String(OBSERVED_AT) }),
  };

  it("plans the USDT/USD rate requests because USDT markets are used", () => {
    expect(planFetches(p).map((f) => f.key)).toEqual(expect.arrayContaining(["kraken:USDTUSD", "coinbase:USDT-USD", "bitstamp:usdtusd"]));
  });

  it("converts USDT markets with the USDT/USD rate from USD venues (a depeg does not leak in)", () => {
    const obs = observeMarket(p, new Map(Object.entries(bodies)));
    expect(obs.usdtUsd).toBe(99n * E18 / 100n);
    const btc = obs.feeds[0]!;
    expect(btc.ok).toBe(true);
    // 70705.05 USDT x 0.99 = 69997.9995 USD: close to the USD books, not 1% above them.
    if (btc.ok) expect(btc.median > 69_990n * E18 && btc.median < 70_010n * E18).toBe(true);
    expect(obs.sources.filter((s) => s.status === "used")).toHaveLength(5);
  });

  it("excludes USDT markets, with a reason, when the USDT/USD rate is unavailable", () => {
    const without = Object.fromEntries(Object.entries(bodies).filter(([k]) => !k.includes("USDT-USD") && !k.includes("usdtusd") && !k.includes("USDTUSD")));
    const obs = observeMarket(p, new Map(Object.entries(without)));
    expect(obs.usdtUsd).toBeUndefined();
    const excluded = obs.sources.filter((s) => s.reason?.startsWith("USDT market excluded"));
    expect(excluded.map((s) => s.source).sort()).toEqual(["binance", "okx"]);
    // 3 USD venues of 5 configured: still a quorum, priced from USD books only.
    expect(obs.feeds[0]!.ok).toBe(true);
  });

  it("rejects stale quotes against observedAt", () => {
    const stale = { ...bodies, "bitstamp:btcusd": ok({ last: "70005", bid: "70000", ask: "70010", timestamp: String(OBSERVED_AT - 3600) }) };
    const obs = observeMarket(p, new Map(Object.entries(stale)));
    expect(obs.sources.find((s) => s.source === "bitstamp" && s.feed === "BTC/USD")).toMatchObject({ status: "rejected", reason: expect.stringContaining("stale") });
  });
});
