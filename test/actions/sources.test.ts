/** Each adapter against the venue's documented URL and example bodies (docs' field names and types). */
import { describe, expect, it } from "vitest";
import { readQuote, validateQuote } from "../../actions/src/core/aggregate.ts";
import { parseDecimal } from "../../actions/src/core/decimal.ts";
import { DEFAULT_BASE_URLS, SOURCES, type Asset, type SourceId } from "../../actions/src/core/sources/index.ts";

const CTX = { observedAt: 1714566900, maxQuoteAgeSeconds: 120, maxQuoteLeadSeconds: 300, maxBookSpreadPpm: 10_000 };

type Case = { source: SourceId; base: Asset; url: string; body: unknown; price: string; error: unknown };

// Example bodies as documented (values illustrative; shapes and types as the venues send them).
const CASES: Case[] = [
  {
    source: "coinbase",
    base: "BTC",
    url: "https://api.exchange.coinbase.com/products/BTC-USD/ticker",
    body: { ask: "67012.45", bid: "67012.44", volume: "8123.55120341", trade_id: 712345678, price: "67012.45", size: "0.0015", time: "2024-05-01T12:34:56.789012Z" },
    price: "67012.445",
    error: { message: "NotFound" },
  },
  {
    source: "binance",
    base: "BTC",
    url: "https://api.binance.com/api/v3/ticker/price?symbol=BTCUSDT",
    body: { symbol: "BTCUSDT", price: "67020.01000000" },
    price: "67020.01",
    error: { code: -1121, msg: "Invalid symbol." },
  },
  {
    source: "kraken",
    base: "BTC",
    url: "https://api.kraken.com/0/public/Ticker?pair=XBTUSD",
    body: { error: [], result: { XXBTZUSD: { a: ["67015.10000", "1", "1.000"], b: ["67015.00000", "3", "3.000"], c: ["67015.10000", "0.0012"], o: "66500.00000" } } },
    price: "67015.05",
    error: { error: ["EQuery:Unknown asset pair"] },
  },
  {
    source: "bitstamp",
    base: "BTC",
    url: "https://www.bitstamp.net/api/v2/ticker/btcusd/",
    body: { timestamp: "1714566896", open: "66500", last: "67010", bid: "67008", ask: "67012", side: "0" },
    price: "67010",
    error: "<html>not found</html>",
  },
  {
    source: "okx",
    base: "BTC",
    url: "https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT",
    body: { code: "0", msg: "", data: [{ instType: "SPOT", instId: "BTC-USDT", last: "67021.3", askPx: "67021.4", bidPx: "67021.3", ts: "1714566896123" }] },
    price: "67021.35",
    error: { code: "51001", msg: "Instrument ID does not exist", data: [] },
  },
  {
    source: "bybit",
    base: "BTC",
    url: "https://api.bybit.com/v5/market/tickers?category=spot&symbol=BTCUSDT",
    body: { retCode: 0, retMsg: "OK", result: { category: "spot", list: [{ symbol: "BTCUSDT", bid1Price: "67020.5", ask1Price: "67020.6", lastPrice: "67020.6" }] }, retExtInfo: {}, time: 1714566896123 },
    price: "67020.55",
    error: { retCode: 10001, retMsg: "Not supported symbols", result: {}, retExtInfo: {}, time: 1714566896123 },
  },
  {
    source: "gemini",
    base: "BTC",
    url: "https://api.gemini.com/v1/pubticker/btcusd",
    body: { bid: "67005.12", ask: "67010.98", last: "67008.00", volume: { BTC: "1234.5678", USD: "82731234.56", timestamp: 1714566900000 } },
    price: "67008.05",
    error: { result: "error", reason: "InvalidSymbol", message: "Supplied value 'btcxyz' is not a valid symbol" },
  },
  {
    source: "kucoin",
    base: "BTC",
    url: "https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT",
    body: { code: "200000", data: { time: 1714566896123, sequence: "13051394791", price: "67019.9", bestBid: "67019.8", bestAsk: "67019.9" } },
    price: "67019.85",
    error: { code: "200000", data: null },
  },
  {
    source: "bitfinex",
    base: "BTC",
    url: "https://api-pub.bitfinex.com/v2/ticker/tBTCUSD",
    body: [67001, 12.34, 67002, 9.87, 612, 0.0092, 67002, 2345.67, 67480, 66090],
    price: "67001.5",
    error: ["error", 10020, "symbol: invalid"],
  },
  {
    source: "coingecko",
    base: "BTC",
    url: "https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&include_last_updated_at=true&precision=full",
    body: { bitcoin: { usd: 67012.33, last_updated_at: 1714566880 } },
    price: "67012.33",
    error: { status: { error_code: 429, error_message: "You've exceeded the Rate Limit" } },
  },
  {
    source: "cryptocompare",
    base: "BTC",
    url: "https://min-api.cryptocompare.com/data/price?fsym=BTC&tsyms=USD&tryConversion=false",
    body: { USD: 67010.12 },
    price: "67010.12",
    error: { Response: "Error", Message: "fsym param seems to be missing.", HasWarning: false, Type: 2, RateLimit: {}, Data: {}, ParamWithError: "fsym" },
  },
];

const ok = (body: unknown) => ({ ok: true as const, status: 200, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("source adapters", () => {
  it("cover at least 8 keyless exchanges and a keyed aggregator", () => {
    const ids = Object.values(SOURCES);
    expect(ids.filter((s) => s.kind === "exchange" && !s.requiresKey).length).toBeGreaterThanOrEqual(8);
    expect(ids.some((s) => s.kind === "aggregator" && s.requiresKey)).toBe(true);
  });

  for (const c of CASES) {
    describe(c.source, () => {
      const market = SOURCES[c.source].market(c.base)!;
      it("builds the venue's real URL", () => {
        expect(SOURCES[c.source].url(DEFAULT_BASE_URLS[c.source], market)).toBe(c.url);
        expect(SOURCES[c.source].url(`${DEFAULT_BASE_URLS[c.source]}/`, market)).toBe(c.url);
      });
      it("reads the documented body (mid when there is a book, else last)", () => {
        const q = readQuote(market, ok(c.body), CTX);
        expect(q).toMatchObject({ source: c.source, price: parseDecimal(c.price) });
      });
      it("rejects the venue's error body with a reason", () => {
        const q = readQuote(market, ok(c.error), CTX);
        expect("reason" in q && q.reason.length > 0).toBe(true);
      });
      it("rejects garbage, HTTP errors and failed requests", () => {
        expect(readQuote(market, ok("<html>Just a moment...</html>"), CTX)).toMatchObject({ reason: "body is not JSON" });
        expect(readQuote(market, ok({ unexpected: true }), CTX)).toHaveProperty("reason");
        expect(readQuote(market, ok(null), CTX)).toHaveProperty("reason");
        expect(readQuote(market, { ok: true, status: 503, body: "" }, CTX)).toMatchObject({ reason: "HTTP 503" });
        expect(readQuote(market, { ok: false, error: "timed out after 5000 ms" }, CTX)).toMatchObject({ reason: "request failed: timed out after 5000 ms" });
      });
    });
  }

  it("maps symbols per venue: XBT on Kraken, UST on Bitfinex, USDT books on stablecoin venues", () => {
    expect(SOURCES.kraken.market("BTC")!.symbol).toBe("XBTUSD");
    expect(SOURCES.kraken.market("USDT")!.symbol).toBe("USDTUSD");
    expect(SOURCES.bitfinex.market("USDT")!.symbol).toBe("tUSTUSD");
    expect(SOURCES.binance.market("ETH")).toMatchObject({ symbol: "ETHUSDT", quote: "USDT" });
    expect(SOURCES.okx.market("SOL")).toMatchObject({ symbol: "SOL-USDT", quote: "USDT" });
    // A stablecoin is never priced from a USDT book.
    expect(SOURCES.binance.market("USDT")).toBeUndefined();
    expect(SOURCES.kucoin.market("USDC")).toBeUndefined();
  });

  it("reads Kraken's single result key whatever its legacy name", () => {
    const market = SOURCES.kraken.market("USDT")!;
    const body = { error: [], result: { USDTZUSD: { a: ["1.0002", "1", "1"], b: ["1.0001", "1", "1"], c: ["1.0001", "5"] } } };
    expect(readQuote(market, ok(body), CTX)).toMatchObject({ price: parseDecimal("1.00015") });
  });

  it("sends the premium key only in the documented header", () => {
    expect(SOURCES.coingecko.headers("k-123")).toEqual({ "x-cg-pro-api-key": "k-123" });
    expect(SOURCES.cryptocompare.headers("k-123")).toEqual({ authorization: "Apikey k-123" });
    expect(SOURCES.coinbase.headers("k-123")).toEqual({});
  });
});

describe("quote validation", () => {
  const v = (raw: Parameters<typeof validateQuote>[0]) => validateQuote(raw, CTX);
  it("rejects zero, negative, non-finite and malformed prices", () => {
    for (const last of ["0", "-1", "NaN", "Infinity", "1e400", "", "0x10", " 5", "1,000.5"]) {
      expect(v({ last }).ok, last).toBe(false);
    }
  });
  it("rejects a crossed or too-wide book", () => {
    expect(v({ bid: "101", ask: "100" })).toMatchObject({ ok: false, reason: expect.stringContaining("crossed") });
    expect(v({ bid: "100", ask: "102" })).toMatchObject({ ok: false, reason: expect.stringContaining("too wide") });
    expect(v({ bid: "100", last: "100" })).toMatchObject({ ok: false, reason: "missing ask" });
  });
  it("rejects stale and future timestamps relative to observedAt", () => {
    expect(v({ last: "1", timestampMs: (CTX.observedAt - 121) * 1000 })).toMatchObject({ ok: false, reason: expect.stringContaining("stale") });
    expect(v({ last: "1", timestampMs: (CTX.observedAt - 119) * 1000 }).ok).toBe(true);
    expect(v({ last: "1", timestampMs: (CTX.observedAt + 301) * 1000 })).toMatchObject({ ok: false, reason: expect.stringContaining("after observedAt") });
  });
  it("rejects a timestamped format whose timestamp is missing", () => {
    const market = SOURCES.bitstamp.market("BTC")!;
    expect(readQuote(market, ok({ last: "1", bid: "1", ask: "1" }), CTX)).toMatchObject({ reason: "missing or invalid timestamp" });
  });
  it("checks that the venue answered for the market asked", () => {
    const market = SOURCES.binance.market("ETH")!;
    expect(readQuote(market, ok({ symbol: "BTCUSDT", price: "1" }), CTX)).toMatchObject({ reason: expect.stringContaining("mismatch") });
  });
});
