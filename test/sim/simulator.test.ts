/** The market simulator speaks every venue's format (as the adapters read it), and its faults and paths behave. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QuoteContext, readQuote, validateQuote } from "../../actions/src/core/aggregate.ts";
import { fetchWithTimeout } from "../../actions/src/price-feed/run.ts";
import { type Market, SOURCES, SOURCE_IDS, type SourceId, resolveMarket } from "../../actions/src/core/sources/index.ts";
import { type Tick, render, renderBatch, tickDecimals } from "../../sim/formats.ts";
import { DEFAULT_ASSETS, type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
import { compilePath } from "../../sim/paths.ts";

const KEY = "sim-test-key";
let sim: MarketSimulator;
let nowMs = Date.UTC(2026, 10, 24, 12, 0, 0);
beforeAll(async () => {
  sim = await startMarketSimulator({ seed: 3, clock: () => nowMs, apiKeys: { coingecko: KEY } });
});
afterAll(async () => {
  await sim.close();
});

const ctx = (): QuoteContext => ({ observedAt: Math.floor(sim.now() / 1000), maxQuoteAgeSeconds: 120, maxQuoteLeadSeconds: 300, maxBookSpreadPpm: 10_000 });

/** Request timeout for quotes that must succeed, ms: a hang guard, not a speed target. */
const HANG_GUARD_MS = 60_000;

async function quote(source: (typeof SOURCE_IDS)[number], asset: string, timeoutMs = HANG_GUARD_MS) {
  const market = SOURCES[source].market(asset)!;
  const outcome = await fetchWithTimeout(fetch, SOURCES[source].url(sim.baseUrls[source], market), SOURCES[source].headers(source === "coingecko" ? KEY : undefined), timeoutMs);
  return readQuote(market, outcome, ctx());
}

describe("market simulator formats", () => {
  it("serves every market of every source in a format its adapter accepts, near the reference price", async () => {
    for (const source of SOURCE_IDS) {
      for (const asset of DEFAULT_ASSETS) {
        if (!SOURCES[source].market(asset)) continue;
        const q = await quote(source, asset);
        expect("price" in q, `${source} ${asset}: ${"reason" in q ? q.reason : ""}`).toBe(true);
        if (!("price" in q)) continue;
        const usd = q.market.quote === "USDT" ? Number(q.price) / 1e18 * sim.price("USDT") : Number(q.price) / 1e18;
        expect(Math.abs(usd / sim.price(asset) - 1)).toBeLessThan(0.001);
      }
    }
  });

  it("answers unknown markets with the venue's error body and wrong paths with 404", async () => {
    const kraken = await fetch(`${sim.baseUrls.kraken}/0/public/Ticker?pair=DOGEUSD`);
    expect(await kraken.json()).toEqual({ error: ["EQuery:Unknown asset pair"] });
    expect((await fetch(`${sim.baseUrls.binance}/api/v3/ticker/bookTicker?symbol=DOGEUSDT`)).status).toBe(400);
    // KuCoin answers an unknown symbol with HTTP 200, its success code and no data.
    const kucoin = await fetch(`${sim.baseUrls.kucoin}/api/v1/market/orderbook/level1?symbol=DOGE-USDT`);
    expect([kucoin.status, await kucoin.json()]).toEqual([200, { code: "200000", data: null }]);
    expect((await fetch(`${sim.url}/nowhere/x`)).status).toBe(404);
    expect((await fetch(`${sim.baseUrls.coinbase}/products`)).status).toBe(404);
  });

  it("requires the premium key where the real API does", async () => {
    const market = SOURCES.coingecko.market("BTC")!;
    const res = await fetch(SOURCES.coingecko.url(sim.baseUrls.coingecko, market));
    expect(res.status).toBe(401);
    const before = sim.authorizedCount("coingecko");
    expect("price" in (await quote("coingecko", "BTC"))).toBe(true);
    expect(sim.authorizedCount("coingecko")).toBe(before + 1);
  });

  it("prices USDT markets through the simulated USDT/USD rate (a depeg shows on USDT books only)", async () => {
    sim.setPrice("USDT", 0.97);
    try {
      const usd = await quote("kraken", "BTC");
      const usdt = await quote("binance", "BTC");
      if (!("price" in usd) || !("price" in usdt)) throw new Error("expected quotes");
      expect(Number(usdt.price) / Number(usd.price)).toBeGreaterThan(1.025);
    } finally {
      sim.setPrice("USDT", 1);
    }
  });
});

describe("market simulator faults", () => {
  it("down: 503, or a reset connection", async () => {
    sim.inject("kraken", { kind: "down" });
    expect(await quote("kraken", "BTC")).toMatchObject({ reason: "HTTP 503" });
    sim.inject("kraken", { kind: "down", mode: "reset" });
    expect(await quote("kraken", "BTC")).toMatchObject({ reason: expect.stringContaining("request failed") });
    sim.inject("kraken", null);
    expect("price" in (await quote("kraken", "BTC"))).toBe(true);
  });

  it("slow: the per-request timeout cuts it off", async () => {
    sim.inject("gemini", { kind: "slow", delayMs: 400 });
    try {
      expect(await quote("gemini", "BTC", 50)).toMatchObject({ reason: "request failed: timed out after 50 ms" });
      expect("price" in (await quote("gemini", "BTC"))).toBe(true);
    } finally {
      sim.inject("gemini", null);
    }
  });

  it("garbage, stale, outlier and venue errors are each rejected or visible", async () => {
    sim.inject("okx", { kind: "garbage" });
    expect(await quote("okx", "BTC")).toMatchObject({ reason: "body is not JSON" });
    sim.inject("okx", { kind: "garbage", variant: "json" });
    expect(await quote("okx", "BTC")).toHaveProperty("reason");
    sim.inject("okx", { kind: "stale", ageSeconds: 600 });
    expect(await quote("okx", "BTC")).toMatchObject({ reason: expect.stringContaining("stale") });
    sim.inject("okx", { kind: "error" });
    expect(await quote("okx", "BTC")).toMatchObject({ reason: expect.stringContaining("51001") });
    sim.inject("okx", { kind: "outlier", factor: 2 });
    const q = await quote("okx", "BTC");
    expect("price" in q && Number(q.price) / 1e18 > sim.price("BTC") * 1.9).toBe(true);
    sim.inject("okx", null);
    expect(() => sim.inject("nope" as never, null)).toThrow(/unknown source/);
  });
});

describe("price paths", () => {
  it("random walks are deterministic per seed and move with time", () => {
    const a = compilePath({ kind: "random-walk", start: 100, stepBps: 10, stepMs: 1000, seed: 5 });
    const b = compilePath({ kind: "random-walk", start: 100, stepBps: 10, stepMs: 1000, seed: 5 });
    expect([1, 50, 3600].map((s) => a(s * 1000))).toEqual([1, 50, 3600].map((s) => b(s * 1000)));
    expect(a(3_600_000)).not.toBe(100);
    expect(Math.abs(a(1000) / a(0) - 1)).toBeLessThanOrEqual(0.001);
  });
  it("steps, crashes and replays follow simulated time", async () => {
    sim.setPath("ETH", { kind: "crash", from: 3000, dropPct: 50, atMs: 10_000, durationMs: 10_000 });
    expect(sim.price("ETH")).toBe(3000);
    sim.advance(15_000);
    expect(sim.price("ETH")).toBeCloseTo(2250);
    sim.advance(60_000);
    expect(sim.price("ETH")).toBeCloseTo(1500);
    sim.setPath("ETH", { kind: "replay", points: [[0, 10], [1_000, 20], [2_000, 30]], loop: true });
    expect(sim.price("ETH")).toBe(10);
    sim.advance(1_500);
    expect(sim.price("ETH")).toBe(20);
    sim.advance(1_000);
    expect(sim.price("ETH")).toBe(10);
    sim.setPath("ETH", { kind: "step", from: 1, to: 2, atMs: 5 });
    nowMs += 10;
    expect(sim.price("ETH")).toBe(2);
    expect(() => sim.setPath("ETH", { kind: "crash", from: 1, dropPct: 120, atMs: 0, durationMs: 1 })).toThrow(/dropPct/);
    expect(() => sim.advance(-1)).toThrow(RangeError);
    sim.setPrice("ETH", 3500);
  });
});

const E18 = 1e18;
const ctxAt = (nowMs: number): QuoteContext => ({ observedAt: Math.floor(nowMs / 1000), maxQuoteAgeSeconds: 120, maxQuoteLeadSeconds: 300, maxBookSpreadPpm: 10_000 });

async function batchQuotes(s: MarketSimulator, source: SourceId, markets: Market[], key?: string) {
  const adapter = SOURCES[source];
  const outcome = await fetchWithTimeout(fetch, adapter.batch!.url(s.baseUrls[source], markets), adapter.headers(key), 5_000);
  if (!outcome.ok) throw new Error(outcome.error);
  return { status: outcome.status, results: adapter.batch!.parse(JSON.parse(outcome.body), markets) };
}

describe("market simulator batch endpoints", () => {
  it("serves every venue's batch format; the adapters read every market from one answer", async () => {
    for (const source of SOURCE_IDS) {
      if (!SOURCES[source].batch) continue;
      const markets = DEFAULT_ASSETS.map((a) => SOURCES[source].market(a)).filter((m): m is Market => m !== undefined);
      const before = sim.requestCount(source);
      const { results } = await batchQuotes(sim, source, markets, source === "coingecko" ? KEY : undefined);
      expect(sim.requestCount(source) - before).toBe(1);
      results.forEach((r, i) => {
        expect(r.ok, `${source} ${markets[i]!.symbol}: ${JSON.stringify(r)}`).toBe(true);
        if (!r.ok) return;
        const v = validateQuote(r.quote, ctx());
        expect(v.ok, `${source} ${markets[i]!.symbol}: ${v.ok ? "" : v.reason}`).toBe(true);
        if (!v.ok) return;
        const m = markets[i]!;
        const usd = (Number(v.price) / E18) * (m.quote === "USD" ? 1 : sim.price(m.quote));
        expect(Math.abs(usd / sim.price(m.base) - 1), `${source} ${m.symbol}`).toBeLessThan(0.001);
      });
    }
  });

  it("a pair left out of a batch answer fails alone; Binance and Kraken fail a batch naming an unknown pair", async () => {
    const [btc, eth] = [SOURCES.bitfinex.market("BTC")!, SOURCES.bitfinex.market("ETH")!];
    sim.inject("bitfinex", { kind: "omit", symbols: ["tETHUSD"] });
    try {
      const { results } = await batchQuotes(sim, "bitfinex", [btc, eth]);
      expect(results[0]!.ok).toBe(true);
      expect(results[1]).toEqual({ ok: false, reason: "tETHUSD missing from the batch response" });
    } finally {
      sim.inject("bitfinex", null);
    }
    const doge: Market = { source: "binance", base: "DOGE", quote: "USDT", symbol: "DOGEUSDT", key: "DOGEUSDT" };
    const binance = await batchQuotes(sim, "binance", [SOURCES.binance.market("BTC")!, doge]);
    expect(binance.status).toBe(400);
    expect(binance.results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["venue error -1121: Invalid symbol.", "venue error -1121: Invalid symbol."]);
    const kraken = await batchQuotes(sim, "kraken", [SOURCES.kraken.market("BTC")!, { ...doge, source: "kraken", quote: "USD", symbol: "XDGUSD", key: "XDGUSD" }]);
    expect(kraken.results.every((r) => !r.ok && r.reason.includes("EQuery:Unknown asset pair"))).toBe(true);
  });

  it("simulates any listed asset, and more assets on one request", async () => {
    const s = await startMarketSimulator({ clock: () => nowMs, markets: { DOGE: { kind: "constant", price: 0.1234 }, NEWCOIN: { kind: "constant", price: 2.5 } }, listings: { kraken: { "NEWCOIN/USD": true } } });
    try {
      const doge = resolveMarket("kraken", "DOGE", "USD");
      const fresh = resolveMarket("kraken", "NEWCOIN", "USD", { kraken: { "NEWCOIN/USD": true } });
      if (!doge.ok || !fresh.ok) throw new Error("expected markets");
      const { results } = await batchQuotes(s, "kraken", [SOURCES.kraken.market("BTC")!, doge.market, fresh.market]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true]);
      expect(s.markets("kraken").map((m) => m.symbol)).toContain("NEWCOINUSD");
      expect(s.markets("coinbase").map((m) => m.symbol)).not.toContain("NEWCOIN-USD");
    } finally {
      await s.close();
    }
  });
});

describe("market simulator precision", () => {
  const tick = (source: SourceId, market: Market, price: number): Tick => ({ market, last: price, bid: price * (1 - 5e-5), ask: price * (1 + 5e-5), timeMs: nowMs });

  it("prints prices the way each venue does", () => {
    const btc = (source: SourceId) => JSON.parse(render(source, tick(source, SOURCES[source].market("BTC")!, 73380.6)).body);
    expect(btc("kraken").result.XXBTZUSD.c[0]).toBe("73380.60000");
    expect(btc("binance").bidPrice).toMatch(/^\d+\.\d{8}$/);
    expect(btc("bitstamp").last).toBe("73381");
    expect(btc("coinbase").price).toBe("73380.60");
    expect(btc("okx").data[0].last).toBe("73380.6");
    expect(btc("gemini").last).toBe("73380.60");
    expect(btc("bitfinex")[6]).toBe(73381);
    const usdt = (source: SourceId) => JSON.parse(render(source, tick(source, SOURCES[source].market("USDT")!, 0.99993)).body);
    expect(usdt("coinbase").price).toBe("0.99993");
    expect(usdt("bitstamp").last).toBe("0.99993");
    expect(usdt("kraken").result.USDTZUSD.c[0]).toBe("0.99990");
  });

  it("a 30 ppm stablecoin depeg shows on the venues whose tick is that fine", async () => {
    const s = await startMarketSimulator({ clock: () => nowMs, venueOffsetBps: 0, markets: { USDT: { kind: "constant", price: 0.99997 } } });
    try {
      for (const source of ["coinbase", "bitstamp"] as const) {
        const m = SOURCES[source].market("USDT")!;
        const q = readQuote(m, await fetchWithTimeout(fetch, SOURCES[source].url(s.baseUrls[source], m), {}, HANG_GUARD_MS), ctxAt(nowMs));
        if (!("price" in q)) throw new Error(q.reason);
        expect(Number(q.price) / E18).toBeCloseTo(0.99997, 6);
      }
    } finally {
      await s.close();
    }
  });

  it("property: an adapter never reads a price further than one venue tick from the simulated one", () => {
    const venues = SOURCE_IDS.filter((s) => SOURCES[s].market("BTC") !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...venues), fc.constantFrom(...DEFAULT_ASSETS), fc.double({ min: 0.0101, max: 250_000, noNaN: true }), fc.boolean(), (source, asset, price, batch) => {
        const market = SOURCES[source].market(asset);
        if (!market) return;
        const t = tick(source, market, price);
        const rendered = batch && SOURCES[source].batch ? renderBatch(source, [t], nowMs) : render(source, t);
        const body: unknown = JSON.parse(rendered.body);
        const parsed = batch && SOURCES[source].batch ? SOURCES[source].batch!.parse(body, [market])[0]! : SOURCES[source].parse(body, market);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const v = validateQuote(parsed.quote, ctxAt(nowMs));
        expect(v.ok, v.ok ? "" : v.reason).toBe(true);
        if (!v.ok) return;
        const read = Number(v.price) / E18;
        const oneTick = 10 ** -tickDecimals(source, price);
        expect(Math.abs(read - price), `${source} ${asset} ${price} read ${read}`).toBeLessThanOrEqual(oneTick * 1.0001 + price * 1e-12);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("market simulator venue answers", () => {
  it("rate-limit and maintenance answers (HTTP 200 on some venues) are rejected with the venue's text", async () => {
    const http200: string[] = [];
    for (const kind of ["rate-limit", "maintenance"] as const) {
      for (const source of SOURCE_IDS) {
        sim.inject(source, { kind });
        try {
          const m = SOURCES[source].market("BTC")!;
          const outcome = await fetchWithTimeout(fetch, SOURCES[source].url(sim.baseUrls[source], m), SOURCES[source].headers(source === "coingecko" ? KEY : undefined), 2_000);
          const q = readQuote(m, outcome, ctx());
          expect("reason" in q, `${kind} ${source}`).toBe(true);
          if (outcome.ok && outcome.status === 200) http200.push(`${kind}:${source}`);
          if (outcome.ok && outcome.status === 200) expect((q as { reason: string }).reason).toMatch(/venue error/);
        } finally {
          sim.inject(source, null);
        }
      }
    }
    expect(http200.sort()).toEqual(["maintenance:bybit", "maintenance:cryptocompare", "maintenance:kraken", "maintenance:okx", "rate-limit:bybit", "rate-limit:cryptocompare", "rate-limit:kraken"]);
  });

  it("a frozen book keeps a fresh timestamp: the quote passes the freshness check and only the market's move exposes it", async () => {
    const s = await startMarketSimulator({ clock: () => nowMs, venueOffsetBps: 0 });
    try {
      s.inject("okx", { kind: "frozen" });
      s.setPrice("BTC", 70_000);
      s.advance(600_000);
      const read = async (source: SourceId) => {
        const m = SOURCES[source].market("BTC")!;
        const q = readQuote(m, await fetchWithTimeout(fetch, SOURCES[source].url(s.baseUrls[source], m), {}, HANG_GUARD_MS), ctxAt(s.now()));
        if (!("price" in q)) throw new Error(q.reason);
        return { price: Number(q.price) / E18, timestampMs: q.timestampMs! };
      };
      const frozen = await read("okx");
      const live = await read("bybit");
      expect(frozen.price).toBeCloseTo(67_000, -1);
      expect(live.price).toBeCloseTo(70_000, -1);
      expect(s.now() - frozen.timestampMs).toBeLessThan(1_000);
    } finally {
      await s.close();
    }
  });
});
