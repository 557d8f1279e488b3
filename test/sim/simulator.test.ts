/** The market simulator speaks every venue's format (as the adapters read it), and its faults and paths behave. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QuoteContext, readQuote } from "../../actions/src/core/aggregate.ts";
import { fetchWithTimeout } from "../../actions/src/price-feed/run.ts";
import { ASSETS, SOURCES, SOURCE_IDS } from "../../actions/src/core/sources/index.ts";
import { type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
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

async function quote(source: (typeof SOURCE_IDS)[number], asset: (typeof ASSETS)[number], timeoutMs = 2_000) {
  const market = SOURCES[source].market(asset)!;
  const outcome = await fetchWithTimeout(fetch, SOURCES[source].url(sim.baseUrls[source], market), SOURCES[source].headers(source === "coingecko" ? KEY : undefined), timeoutMs);
  return readQuote(market, outcome, ctx());
}

describe("market simulator formats", () => {
  it("serves every market of every source in a format its adapter accepts, near the reference price", async () => {
    for (const source of SOURCE_IDS) {
      for (const asset of ASSETS) {
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
    expect((await fetch(`${sim.baseUrls.binance}/api/v3/ticker/price?symbol=DOGEUSDT`)).status).toBe(400);
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
      expect("price" in (await quote("gemini", "BTC", 2_000))).toBe(true);
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
