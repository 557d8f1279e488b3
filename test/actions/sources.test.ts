/**
 * Each adapter against the venue's documented URLs and recorded body formats (field names, types,
 * nesting and number formats as the venues send them; values illustrative), single and batch; market
 * resolution by each venue's rule and the catalog.
 */
import { describe, expect, it } from "vitest";
import { readQuote, validateQuote } from "../../actions/src/core/aggregate.ts";
import { parseDecimal } from "../../actions/src/core/decimal.ts";
import {
  DEFAULT_BASE_URLS,
  type Market,
  SOURCE_IDS,
  SOURCES,
  type SourceId,
  conversionPath,
  resolveMarket,
} from "../../actions/src/core/sources/index.ts";
import { marketKeyOf, parseResponse, planRequests, requestUrl } from "../../actions/src/core/sources/plan.ts";

const CTX = { observedAt: 1714566900, maxQuoteAgeSeconds: 120, maxQuoteLeadSeconds: 300, maxBookSpreadPpm: 10_000 };

type Case = { source: SourceId; base: string; url: string; body: unknown; price: string; error: unknown; venueText: string };

// Bodies in the venues' recorded formats (values illustrative; shapes, types and number formats as sent).
const CASES: Case[] = [
  {
    source: "coinbase",
    base: "BTC",
    url: "https://api.exchange.coinbase.com/products/BTC-USD/ticker",
    body: { ask: "67012.45", bid: "67012.44", volume: "8123.55120341", trade_id: 712345678, price: "67012.45", size: "0.0015", time: "2024-05-01T12:34:56.789012Z" },
    price: "67012.445",
    error: { message: "NotFound" },
    venueText: "NotFound",
  },
  {
    source: "binance",
    base: "BTC",
    url: "https://api.binance.com/api/v3/ticker/bookTicker?symbol=BTCUSDT",
    body: { symbol: "BTCUSDT", bidPrice: "67020.00000000", bidQty: "3.21000000", askPrice: "67020.01000000", askQty: "0.51200000" },
    price: "67020.005",
    error: { code: -1121, msg: "Invalid symbol." },
    venueText: "-1121: Invalid symbol.",
  },
  {
    source: "kraken",
    base: "BTC",
    url: "https://api.kraken.com/0/public/Ticker?pair=XBTUSD",
    body: { error: [], result: { XXBTZUSD: { a: ["67015.10000", "1", "1.000"], b: ["67015.00000", "3", "3.000"], c: ["67015.10000", "0.00120000"], o: "66500.00000" } } },
    price: "67015.05",
    error: { error: ["EQuery:Unknown asset pair"] },
    venueText: "EQuery:Unknown asset pair",
  },
  {
    source: "bitstamp",
    base: "BTC",
    url: "https://www.bitstamp.net/api/v2/ticker/btcusd/",
    body: { timestamp: "1714566896", open: "66500", last: "67010", bid: "67008", ask: "67012", side: "0" },
    price: "67010",
    error: { status: "error", reason: "Rate limit exceeded", response_code: "400.002" },
    venueText: "400.002: Rate limit exceeded",
  },
  {
    source: "okx",
    base: "BTC",
    url: "https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT",
    body: { code: "0", msg: "", data: [{ instType: "SPOT", instId: "BTC-USDT", last: "67021.3", askPx: "67021.4", bidPx: "67021.3", ts: "1714566896123" }] },
    price: "67021.35",
    error: { code: "51001", msg: "Instrument ID does not exist", data: [] },
    venueText: "51001: Instrument ID does not exist",
  },
  {
    source: "bybit",
    base: "BTC",
    url: "https://api.bybit.com/v5/market/tickers?category=spot&symbol=BTCUSDT",
    body: { retCode: 0, retMsg: "OK", result: { category: "spot", list: [{ symbol: "BTCUSDT", bid1Price: "67020.5", ask1Price: "67020.6", lastPrice: "67020.6" }] }, retExtInfo: {}, time: 1714566896123 },
    price: "67020.55",
    error: { retCode: 10001, retMsg: "Not supported symbols", result: {}, retExtInfo: {}, time: 1714566896123 },
    venueText: "10001: Not supported symbols",
  },
  {
    source: "gemini",
    base: "BTC",
    url: "https://api.gemini.com/v1/pubticker/btcusd",
    body: { bid: "67005.12", ask: "67010.98", last: "67008.00", volume: { BTC: "1234.5678", USD: "82731234.56", timestamp: 1714566900000 } },
    price: "67008.05",
    error: { result: "error", reason: "InvalidSymbol", message: "Supplied value 'btcxyz' is not a valid symbol" },
    venueText: "InvalidSymbol: Supplied value 'btcxyz' is not a valid symbol",
  },
  {
    source: "kucoin",
    base: "BTC",
    url: "https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT",
    body: { code: "200000", data: { time: 1714566896123, sequence: "13051394791", price: "67019.9", bestBid: "67019.8", bestAsk: "67019.9" } },
    price: "67019.85",
    error: { code: "400100", msg: "Parameter Error" },
    venueText: "400100: Parameter Error",
  },
  {
    source: "bitfinex",
    base: "BTC",
    url: "https://api-pub.bitfinex.com/v2/ticker/tBTCUSD",
    body: [67001, 12.34, 67002, 9.87, 612, 0.0092, 67002, 2345.67, 67480, 66090],
    price: "67001.5",
    error: ["error", 10020, "symbol: invalid"],
    venueText: "10020: symbol: invalid",
  },
  {
    source: "coingecko",
    base: "BTC",
    url: "https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&include_last_updated_at=true&precision=full",
    body: { bitcoin: { usd: 67012.33, last_updated_at: 1714566880 } },
    price: "67012.33",
    error: { status: { error_code: 429, error_message: "You've exceeded the Rate Limit" } },
    venueText: "429: You've exceeded the Rate Limit",
  },
  {
    source: "cryptocompare",
    base: "BTC",
    url: "https://min-api.cryptocompare.com/data/price?fsym=BTC&tsyms=USD&tryConversion=false",
    body: { USD: 67010.12 },
    price: "67010.12",
    error: { Response: "Error", Message: "fsym param seems to be missing.", HasWarning: false, Type: 2, RateLimit: {}, Data: {}, ParamWithError: "fsym" },
    venueText: "fsym param seems to be missing.",
  },
];

const ok = (body: unknown) => ({ ok: true as const, status: 200, body: typeof body === "string" ? body : JSON.stringify(body) });
const market = (source: SourceId, base: string, quote: string): Market => {
  const r = resolveMarket(source, base, quote);
  if (!r.ok) throw new Error(r.reason);
  return r.market;
};

describe("source adapters (single market)", () => {
  it("cover at least 8 keyless exchanges and a keyed aggregator", () => {
    const ids = Object.values(SOURCES);
    expect(ids.filter((s) => s.kind === "exchange" && !s.requiresKey).length).toBeGreaterThanOrEqual(8);
    expect(ids.some((s) => s.kind === "aggregator" && s.requiresKey)).toBe(true);
  });

  for (const c of CASES) {
    describe(c.source, () => {
      const m = SOURCES[c.source].market(c.base)!;
      it("builds the venue's real URL", () => {
        expect(SOURCES[c.source].url(DEFAULT_BASE_URLS[c.source], m)).toBe(c.url);
        expect(SOURCES[c.source].url(`${DEFAULT_BASE_URLS[c.source]}/`, m)).toBe(c.url);
      });
      it("reads the recorded body format (mid when there is a book, else last)", () => {
        const q = readQuote(m, ok(c.body), CTX);
        expect(q).toMatchObject({ source: c.source, price: parseDecimal(c.price) });
      });
      it("rejects the venue's error body with the venue's own text", () => {
        const q = readQuote(m, ok(c.error), CTX);
        expect(q).toMatchObject({ reason: expect.stringContaining(c.venueText) });
        expect(SOURCES[c.source].venueError(c.error)).toBe(c.venueText);
        expect(SOURCES[c.source].venueError(c.body)).toBeUndefined();
      });
      it("rejects garbage, HTTP errors and failed requests", () => {
        expect(readQuote(m, ok("<html>Just a moment...</html>"), CTX)).toMatchObject({ reason: "body is not JSON" });
        expect(readQuote(m, ok({ unexpected: true }), CTX)).toHaveProperty("reason");
        expect(readQuote(m, ok(null), CTX)).toHaveProperty("reason");
        expect(readQuote(m, ok([]), CTX)).toHaveProperty("reason");
        expect(readQuote(m, { ok: true, status: 503, body: "" }, CTX)).toMatchObject({ reason: "HTTP 503" });
        expect(readQuote(m, { ok: false, error: "timed out after 5000 ms" }, CTX)).toMatchObject({ reason: "request failed: timed out after 5000 ms" });
      });
    });
  }

  it("KuCoin's answer for a symbol it does not list (HTTP 200, success code, data null) is rejected", () => {
    expect(readQuote(SOURCES.kucoin.market("BTC")!, ok({ code: "200000", data: null }), CTX)).toMatchObject({ reason: expect.stringContaining("data is null") });
  });

  it("HTTP-200 rate-limit and maintenance bodies are rejected with the venue's text", () => {
    const btc = (s: SourceId) => SOURCES[s].market("BTC")!;
    expect(readQuote(btc("kraken"), ok({ error: ["EGeneral:Too many requests"] }), CTX)).toMatchObject({ reason: expect.stringContaining("EGeneral:Too many requests") });
    expect(readQuote(btc("kraken"), ok({ error: ["EService:Unavailable"] }), CTX)).toMatchObject({ reason: expect.stringContaining("EService:Unavailable") });
    expect(readQuote(btc("bybit"), ok({ retCode: 10006, retMsg: "Too many visits!", result: {}, time: 1714566896123 }), CTX)).toMatchObject({ reason: expect.stringContaining("10006: Too many visits!") });
    expect(readQuote(btc("okx"), ok({ code: "50001", msg: "Service temporarily unavailable", data: [] }), CTX)).toMatchObject({ reason: expect.stringContaining("50001") });
    expect(readQuote(btc("cryptocompare"), ok({ Response: "Error", Message: "You are over your rate limit please upgrade your account!", Type: 99 }), CTX)).toMatchObject({
      reason: expect.stringContaining("over your rate limit"),
    });
  });

  it("Kraken: a result key that does not name the requested pair is rejected", () => {
    const btc = SOURCES.kraken.market("BTC")!;
    const entry = { a: ["3500.10000", "1", "1"], b: ["3500.00000", "1", "1"], c: ["3500.10000", "1"] };
    expect(readQuote(btc, ok({ error: [], result: { XETHZUSD: entry } }), CTX)).toMatchObject({ reason: expect.stringContaining("no entry for XBTUSD") });
    // The altname is the same pair, so Kraken answering under it is fine; both names at once is ambiguous.
    expect(readQuote(btc, ok({ error: [], result: { XBTUSD: entry } }), CTX)).toHaveProperty("price");
    expect(SOURCES.kraken.batch!.parse({ error: [], result: { XBTUSD: entry, XXBTZUSD: entry } }, [btc])[0]).toMatchObject({ ok: false, reason: expect.stringContaining("twice") });
    expect(readQuote(btc, ok({ error: [], result: { XXBTZUSD: entry, XETHZUSD: entry } }), CTX)).toMatchObject({ reason: expect.stringContaining("expected one pair") });
  });

  it("reads Kraken's legacy and new result names (USDTZUSD, SOLUSD)", () => {
    const body = { error: [], result: { USDTZUSD: { a: ["1.00020", "1", "1"], b: ["1.00010", "1", "1"], c: ["1.00010", "5"] } } };
    expect(readQuote(SOURCES.kraken.market("USDT")!, ok(body), CTX)).toMatchObject({ price: parseDecimal("1.00015") });
    const sol = { error: [], result: { SOLUSD: { a: ["150.12000", "1", "1"], b: ["150.10000", "1", "1"], c: ["150.11000", "5"] } } };
    expect(readQuote(SOURCES.kraken.market("SOL")!, ok(sol), CTX)).toMatchObject({ price: parseDecimal("150.11") });
  });

  it("sends the premium key only in the documented header", () => {
    expect(SOURCES.coingecko.headers("k-123")).toEqual({ "x-cg-pro-api-key": "k-123" });
    expect(SOURCES.cryptocompare.headers("k-123")).toEqual({ authorization: "Apikey k-123" });
    expect(SOURCES.coinbase.headers("k-123")).toEqual({});
  });

  it("bounds and flattens a hostile venue error text", () => {
    const long = { message: `line1\nline2\u0000${"x".repeat(10_000)}` };
    const text = SOURCES.coinbase.venueError(long)!;
    expect(text.length).toBeLessThanOrEqual(161);
    expect(text).not.toMatch(/[\n\u0000]/);
  });
});

type BatchCase = { source: SourceId; url: string; body: unknown; prices: [string, string]; omitted: unknown };
const BTC_ETH = (source: SourceId): [Market, Market] => [SOURCES[source].market("BTC")!, SOURCES[source].market("ETH")!];

// Batch bodies in the venues' recorded formats, for BTC and ETH.
const BATCH: BatchCase[] = [
  {
    source: "binance",
    url: "https://api.binance.com/api/v3/ticker/bookTicker?symbols=%5B%22BTCUSDT%22%2C%22ETHUSDT%22%5D",
    body: [
      { symbol: "BTCUSDT", bidPrice: "67020.00000000", bidQty: "3.21000000", askPrice: "67020.01000000", askQty: "0.51200000" },
      { symbol: "ETHUSDT", bidPrice: "3500.10000000", bidQty: "10.00000000", askPrice: "3500.11000000", askQty: "4.00000000" },
    ],
    prices: ["67020.005", "3500.105"],
    omitted: [{ symbol: "BTCUSDT", bidPrice: "67020.00000000", bidQty: "3.21000000", askPrice: "67020.01000000", askQty: "0.51200000" }],
  },
  {
    source: "kraken",
    url: "https://api.kraken.com/0/public/Ticker?pair=XBTUSD,ETHUSD",
    body: {
      error: [],
      result: {
        XXBTZUSD: { a: ["67015.10000", "1", "1.000"], b: ["67015.00000", "3", "3.000"], c: ["67015.10000", "0.001"] },
        XETHZUSD: { a: ["3500.12000", "1", "1.000"], b: ["3500.10000", "3", "3.000"], c: ["3500.11000", "0.5"] },
      },
    },
    prices: ["67015.05", "3500.11"],
    omitted: { error: [], result: { XXBTZUSD: { a: ["67015.10000", "1", "1.000"], b: ["67015.00000", "3", "3.000"], c: ["67015.10000", "0.001"] } } },
  },
  {
    source: "bitstamp",
    url: "https://www.bitstamp.net/api/v2/ticker/",
    body: [
      { timestamp: "1714566896", open: "66500", last: "67010", bid: "67008", ask: "67012", side: "0", pair: "BTC/USD", market_type: "SPOT" },
      { timestamp: "1714566896", open: "3400.0", last: "3500.1", bid: "3500.0", ask: "3500.2", side: "1", pair: "ETH/USD", market_type: "SPOT" },
      { timestamp: "1714566896", open: "0.9", last: "0.91", bid: "0.90", ask: "0.92", side: "1", pair: "XRP/EUR", market_type: "SPOT" },
    ],
    prices: ["67010", "3500.1"],
    omitted: [{ timestamp: "1714566896", last: "67010", bid: "67008", ask: "67012", pair: "BTC/USD" }],
  },
  {
    source: "okx",
    url: "https://www.okx.com/api/v5/market/tickers?instType=SPOT",
    body: {
      code: "0",
      msg: "",
      data: [
        { instType: "SPOT", instId: "BTC-USDT", last: "67021.3", askPx: "67021.4", bidPx: "67021.3", ts: "1714566896123" },
        { instType: "SPOT", instId: "ETH-USDT", last: "3500.11", askPx: "3500.12", bidPx: "3500.1", ts: "1714566896120" },
        { instType: "SPOT", instId: "BTC-EUR", last: "61000.1", askPx: "61000.2", bidPx: "61000", ts: "1714566896120" },
      ],
    },
    prices: ["67021.35", "3500.11"],
    omitted: { code: "0", msg: "", data: [{ instType: "SPOT", instId: "BTC-USDT", last: "67021.3", askPx: "67021.4", bidPx: "67021.3", ts: "1714566896123" }] },
  },
  {
    source: "bybit",
    url: "https://api.bybit.com/v5/market/tickers?category=spot",
    body: {
      retCode: 0,
      retMsg: "OK",
      result: {
        category: "spot",
        list: [
          { symbol: "BTCUSDT", bid1Price: "67020.5", ask1Price: "67020.6", lastPrice: "67020.6" },
          { symbol: "ETHUSDT", bid1Price: "3500.1", ask1Price: "3500.12", lastPrice: "3500.1" },
        ],
      },
      retExtInfo: {},
      time: 1714566896123,
    },
    prices: ["67020.55", "3500.11"],
    omitted: { retCode: 0, retMsg: "OK", result: { category: "spot", list: [{ symbol: "BTCUSDT", bid1Price: "67020.5", ask1Price: "67020.6", lastPrice: "67020.6" }] }, time: 1714566896123 },
  },
  {
    source: "gemini",
    url: "https://api.gemini.com/v1/pricefeed",
    body: [
      { pair: "BTCUSD", price: "67008.00", percentChange24h: "0.0123" },
      { pair: "ETHUSD", price: "3500.11", percentChange24h: "-0.0040" },
      { pair: "ETHBTC", price: "0.05223", percentChange24h: "0.0001" },
    ],
    prices: ["67008", "3500.11"],
    omitted: [{ pair: "BTCUSD", price: "67008.00", percentChange24h: "0.0123" }],
  },
  {
    source: "kucoin",
    url: "https://api.kucoin.com/api/v1/market/allTickers",
    body: {
      code: "200000",
      data: {
        time: 1714566896123,
        ticker: [
          { symbol: "BTC-USDT", symbolName: "BTC-USDT", buy: "67019.8", sell: "67019.9", last: "67019.9", changeRate: "0.01" },
          { symbol: "ETH-USDT", symbolName: "ETH-USDT", buy: "3500.1", sell: "3500.12", last: "3500.11", changeRate: "0.01" },
        ],
      },
    },
    prices: ["67019.85", "3500.11"],
    omitted: { code: "200000", data: { time: 1714566896123, ticker: [{ symbol: "BTC-USDT", buy: "67019.8", sell: "67019.9", last: "67019.9" }] } },
  },
  {
    source: "bitfinex",
    url: "https://api-pub.bitfinex.com/v2/tickers?symbols=tBTCUSD,tETHUSD",
    body: [
      ["tBTCUSD", 67001, 12.34, 67002, 9.87, 612, 0.0092, 67002, 2345.67, 67480, 66090],
      ["tETHUSD", 3500.1, 120.5, 3500.2, 98.1, 12, 0.0034, 3500.2, 34567.8, 3550, 3410],
    ],
    prices: ["67001.5", "3500.15"],
    omitted: [["tBTCUSD", 67001, 12.34, 67002, 9.87, 612, 0.0092, 67002, 2345.67, 67480, 66090]],
  },
  {
    source: "coingecko",
    url: "https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies=usd&include_last_updated_at=true&precision=full",
    body: { bitcoin: { usd: 67012.33415, last_updated_at: 1714566880 }, ethereum: { usd: 3500.1123, last_updated_at: 1714566875 } },
    prices: ["67012.33415", "3500.1123"],
    omitted: { bitcoin: { usd: 67012.33415, last_updated_at: 1714566880 } },
  },
  {
    source: "cryptocompare",
    url: "https://min-api.cryptocompare.com/data/pricemulti?fsyms=BTC,ETH&tsyms=USD&tryConversion=false",
    body: { BTC: { USD: 67010.12 }, ETH: { USD: 3500.11 } },
    prices: ["67010.12", "3500.11"],
    omitted: { BTC: { USD: 67010.12 } },
  },
];

describe("source adapters (batch endpoints)", () => {
  it("every venue but Coinbase has a batch endpoint", () => {
    expect(SOURCE_IDS.filter((s) => SOURCES[s].batch === undefined)).toEqual(["coinbase"]);
  });

  for (const c of BATCH) {
    describe(c.source, () => {
      const adapter = SOURCES[c.source];
      const markets = BTC_ETH(c.source);
      it("builds one URL for many markets", () => {
        expect(adapter.batch!.url(DEFAULT_BASE_URLS[c.source], markets)).toBe(c.url);
      });
      it("reads every market from one body (other markets in the body are ignored)", () => {
        const results = adapter.batch!.parse(c.body, markets);
        results.forEach((r, i) => {
          expect(r.ok, JSON.stringify(r)).toBe(true);
          const q = validateQuote((r as { ok: true; quote: Parameters<typeof validateQuote>[0] }).quote, { ...CTX, maxQuoteAgeSeconds: 1e9 });
          expect(q).toEqual({ ok: true, price: parseDecimal(c.prices[i]!) });
        });
      });
      it("a pair missing from the batch answer is an explicit failure for that pair only", () => {
        const [btc, eth] = adapter.batch!.parse(c.omitted, markets);
        expect(btc!.ok).toBe(true);
        expect(eth).toEqual({ ok: false, reason: expect.stringMatching(/missing from the batch response/) });
      });
      it("a venue error or a malformed body fails every pair with the reason", () => {
        for (const body of [null, "x", 5, {}]) {
          const results = adapter.batch!.parse(body, markets);
          expect(results).toHaveLength(2);
          expect(results.every((r) => !r.ok)).toBe(true);
        }
      });
    });
  }

  it("a pair listed twice in a batch answer is ambiguous and rejected", () => {
    const [btc] = BTC_ETH("binance");
    const entry = { symbol: "BTCUSDT", bidPrice: "1.00000000", askPrice: "1.00000000" };
    expect(SOURCES.binance.batch!.parse([entry, { ...entry, bidPrice: "2.00000000" }], [btc])[0]).toMatchObject({ ok: false, reason: expect.stringContaining("more than once") });
  });

  it("Binance and Kraken fail a whole batch that names an unknown pair, with the venue's text", () => {
    const markets = BTC_ETH("binance");
    expect(SOURCES.binance.batch!.parse({ code: -1121, msg: "Invalid symbol." }, markets)).toEqual([
      { ok: false, reason: "venue error -1121: Invalid symbol." },
      { ok: false, reason: "venue error -1121: Invalid symbol." },
    ]);
    expect(SOURCES.kraken.batch!.parse({ error: ["EQuery:Unknown asset pair"] }, BTC_ETH("kraken"))[1]).toEqual({ ok: false, reason: "venue error: EQuery:Unknown asset pair" });
  });
});

describe("markets as data", () => {
  it("derives each venue's symbol by its rule, with the listed exceptions", () => {
    const symbols = (base: string, quote: string) =>
      Object.fromEntries(SOURCE_IDS.map((s) => [s, ((r) => (r.ok ? `${r.market.symbol}|${r.market.key}` : null))(resolveMarket(s, base, quote))]));
    expect(symbols("BTC", "USD")).toEqual({
      coinbase: "BTC-USD|BTC-USD",
      binance: null,
      kraken: "XBTUSD|XXBTZUSD",
      bitstamp: "btcusd|BTC/USD",
      okx: null,
      bybit: null,
      gemini: "btcusd|BTCUSD",
      kucoin: null,
      bitfinex: "tBTCUSD|tBTCUSD",
      coingecko: "bitcoin|bitcoin",
      cryptocompare: "BTC|BTC",
    });
    expect(symbols("BTC", "USDT")).toMatchObject({ binance: "BTCUSDT|BTCUSDT", okx: "BTC-USDT|BTC-USDT", bybit: "BTCUSDT|BTCUSDT", kucoin: "BTC-USDT|BTC-USDT", bitfinex: "tBTCUST|tBTCUST", kraken: "XBTUSDT|XBTUSDT" });
    expect(symbols("DOGE", "USD")).toMatchObject({ kraken: "XDGUSD|XDGUSD", bitfinex: "tDOGE:USD|tDOGE:USD", coingecko: "dogecoin|dogecoin" });
    expect(symbols("ATOM", "USD")).toMatchObject({ bitfinex: "tATOUSD|tATOUSD", coingecko: "cosmos|cosmos", bitstamp: null });
    expect(symbols("USDT", "USD")).toMatchObject({ kraken: "USDTUSD|USDTZUSD", bitfinex: "tUSTUSD|tUSTUSD", coinbase: "USDT-USD|USDT-USD", bitstamp: "usdtusd|USDT/USD" });
    expect(symbols("ETH", "USD")).toMatchObject({ kraken: "ETHUSD|XETHZUSD" });
    expect(symbols("SOL", "USD")).toMatchObject({ kraken: "SOLUSD|SOLUSD" });
    expect(symbols("AVAX", "USD")).toMatchObject({ bitfinex: "tAVAX:USD|tAVAX:USD", coingecko: "avalanche-2|avalanche-2" });
  });

  it("unknown pairs fail with the venue and the reason", () => {
    const reason = (venue: string, base: string, quote: string) => {
      const r = resolveMarket(venue, base, quote);
      return r.ok ? "resolved" : r.reason;
    };
    expect(reason("binance", "BTC", "USD")).toBe("Binance has no USD-quoted markets (it quotes USDT, USDC, FDUSD)");
    expect(reason("coinbase", "USDC", "USD")).toBe("Coinbase Exchange does not list USDC/USD in the catalog (check GET /products and list it in the manifest)");
    expect(reason("kraken", "NOPE", "USD")).toMatch(/Kraken does not list NOPE\/USD .*AssetPairs/);
    expect(reason("coingecko", "NOPE", "USD")).toMatch(/CoinGecko Pro does not list NOPE\/USD/);
    expect(reason("nasdaq", "BTC", "USD")).toMatch(/unknown venue "nasdaq"/);
    expect(reason("kraken", "btc", "USD")).toMatch(/not an upper-case ticker/);
    expect(reason("kraken", "BTC&x=1", "USD")).toMatch(/not an upper-case ticker/);
    expect(reason("kraken", "BTC", "BTC")).toMatch(/not a pair/);
  });

  it("a manifest may list a pair beyond the catalog, by the venue's rule or with the venue's symbol", () => {
    expect(resolveMarket("kraken", "NOPE", "USD", { kraken: { "NOPE/USD": true } })).toMatchObject({ ok: true, market: { symbol: "NOPEUSD", key: "NOPEUSD" } });
    expect(resolveMarket("coingecko", "WIF", "USD", { coingecko: { "WIF/USD": "dogwifcoin" } })).toMatchObject({ ok: true, market: { symbol: "dogwifcoin" } });
    expect(resolveMarket("kraken", "XMR", "USD", { kraken: { "XMR/USD": { symbol: "XMRUSD", key: "XXMRZUSD" } } })).toMatchObject({ ok: true, market: { key: "XXMRZUSD" } });
    expect(resolveMarket("kraken", "BAD", "USD", { kraken: { "BAD/USD": "BAD&pair=XBTUSD" } })).toMatchObject({ ok: false, reason: expect.stringContaining("URL") });
  });

  it("the default markets: a USD book, else a USDT book, never a stablecoin from a stablecoin book", () => {
    const table = Object.fromEntries(SOURCE_IDS.map((s) => [s, ["BTC", "ETH", "SOL", "USDT", "USDC"].map((a) => SOURCES[s].market(a)?.symbol ?? "-").join(" ")]));
    expect(table).toEqual({
      coinbase: "BTC-USD ETH-USD SOL-USD USDT-USD -",
      binance: "BTCUSDT ETHUSDT SOLUSDT - -",
      kraken: "XBTUSD ETHUSD SOLUSD USDTUSD USDCUSD",
      bitstamp: "btcusd ethusd solusd usdtusd usdcusd",
      okx: "BTC-USDT ETH-USDT SOL-USDT - -",
      bybit: "BTCUSDT ETHUSDT SOLUSDT - -",
      gemini: "btcusd ethusd solusd usdtusd -",
      kucoin: "BTC-USDT ETH-USDT SOL-USDT - -",
      bitfinex: "tBTCUSD tETHUSD tSOLUSD tUSTUSD tUDCUSD",
      coingecko: "bitcoin ethereum solana tether usd-coin",
      cryptocompare: "BTC ETH SOL USDT USDC",
    });
  });

  it("conversion paths: USD direct, stablecoins through their USD feed", () => {
    expect(conversionPath("USD")).toEqual({ kind: "direct" });
    expect(conversionPath("USDT")).toEqual({ kind: "via", rateFeed: "USDT/USD" });
    expect(conversionPath("USDC")).toEqual({ kind: "via", rateFeed: "USDC/USD" });
    expect(conversionPath("EUR")).toMatchObject({ kind: "unsupported" });
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
    expect(v({ last: "1", timestampMs: (CTX.observedAt + 301) * 1000 })).toMatchObject({ ok: false, reason: expect.stringContaining("after the node's clock") });
  });
  it("rejects a timestamped format whose timestamp is missing", () => {
    const m = SOURCES.bitstamp.market("BTC")!;
    expect(readQuote(m, ok({ last: "1", bid: "1", ask: "1" }), CTX)).toMatchObject({ reason: "missing or invalid timestamp" });
  });
  it("checks that the venue answered for the market asked", () => {
    const m = SOURCES.binance.market("ETH")!;
    expect(readQuote(m, ok({ symbol: "BTCUSDT", bidPrice: "1", askPrice: "1" }), CTX)).toMatchObject({ reason: expect.stringContaining("mismatch") });
    expect(readQuote(market("okx", "ETH", "USDT"), ok({ code: "0", data: [{ instId: "BTC-USDT", last: "1", bidPx: "1", askPx: "1", ts: "1714566896123" }] }), CTX)).toMatchObject({
      reason: expect.stringContaining("mismatch"),
    });
  });
});

describe("non-2xx answers", () => {
  // Status and body as the venues send them for an unknown market or a rate limit.
  const answers: Array<[SourceId, number, unknown, string]> = [
    ["binance", 400, { code: -1121, msg: "Invalid symbol." }, "HTTP 400: -1121: Invalid symbol."],
    ["coinbase", 404, { message: "NotFound" }, "HTTP 404: NotFound"],
    ["gemini", 400, { result: "error", reason: "InvalidSymbol", message: "Supplied value 'btcxyz' is not a valid symbol" }, "HTTP 400: InvalidSymbol: Supplied value 'btcxyz' is not a valid symbol"],
    ["bitfinex", 500, ["error", 10020, "symbol: invalid"], "HTTP 500: 10020: symbol: invalid"],
    ["kucoin", 400, { code: "400100", msg: "Parameter Error" }, "HTTP 400: 400100: Parameter Error"],
    ["bitstamp", 429, { status: "error", reason: "Rate limit exceeded", response_code: "400.002" }, "HTTP 429: 400.002: Rate limit exceeded"],
    ["okx", 429, { code: "50011", msg: "Too Many Requests", data: [] }, "HTTP 429: 50011: Too Many Requests"],
    ["coingecko", 429, { status: { error_code: 429, error_message: "You've exceeded the Rate Limit." } }, "HTTP 429: 429: You've exceeded the Rate Limit."],
  ];
  for (const [source, status, body, reason] of answers) {
    it(`${source}: HTTP ${status} keeps the venue's text`, () => {
      expect(readQuote(SOURCES[source].market("BTC")!, { ok: true, status, body: JSON.stringify(body) }, CTX)).toEqual({ source, symbol: SOURCES[source].market("BTC")!.symbol, reason });
    });
  }
  it("a non-2xx body that is not the venue's error shape stays a bare status, and a success-shaped body is still refused", () => {
    const btc = SOURCES.kraken.market("BTC")!;
    expect(readQuote(btc, { ok: true, status: 502, body: "<html>Bad gateway</html>" }, CTX)).toMatchObject({ reason: "HTTP 502" });
    const good = { error: [], result: { XXBTZUSD: { a: ["1", "1", "1"], b: ["1", "1", "1"], c: ["1", "1"] } } };
    expect(readQuote(btc, { ok: true, status: 404, body: JSON.stringify(good) }, CTX)).toMatchObject({ reason: "HTTP 404" });
  });
});

describe("venue codes checked against ccxt 4.5.84 commonCurrencies", () => {
  // A pair listed in a manifest (`listed: true`) takes the venue's rule: its own asset codes must be right.
  const listed = (venue: "kraken" | "bitfinex" | "coinbase" | "kucoin", base: string, quote: string) => {
    const r = resolveMarket(venue, base, quote, { [venue]: { [`${base}/${quote}`]: true } });
    return r.ok ? r.market.symbol : r.reason;
  };
  it("Kraken XBT/XDG, Bitfinex UST/UDC/ATO/BCHN/ALG/DSH/IOT/MNA/QTM/STJ/TSD, Coinbase CGLD, KuCoin WAX", () => {
    expect([listed("kraken", "BTC", "USD"), listed("kraken", "DOGE", "USD")]).toEqual(["XBTUSD", "XDGUSD"]);
    expect(["USDT", "USDC", "ATOM", "BCH", "ALGO", "DASH", "IOTA", "MANA", "QTUM", "STORJ", "TUSD"].map((b) => listed("bitfinex", b, "USD"))).toEqual([
      "tUSTUSD", "tUDCUSD", "tATOUSD", "tBCHN:USD", "tALGUSD", "tDSHUSD", "tIOTUSD", "tMNAUSD", "tQTMUSD", "tSTJUSD", "tTSDUSD",
    ]);
    expect(listed("coinbase", "CELO", "USD")).toBe("CGLD-USD");
    expect(listed("kucoin", "WAXP", "USDT")).toBe("WAX-USDT");
  });
});

describe("request planning", () => {
  // Every catalog pair of every keyless venue for the 23 catalog assets, quoted the way the built-in feeds are (USD, else USDT).
  const CATALOG_ASSETS = ["BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "AVAX", "DOT", "LINK", "LTC", "BCH", "UNI", "ATOM", "XLM", "AAVE", "NEAR", "FIL", "ETC", "ARB", "OP", "USDT", "USDC", "DAI"];
  const usdMarkets = (assets: readonly string[]) =>
    SOURCE_IDS.flatMap((s) =>
      assets.flatMap((a) => {
        const usd = resolveMarket(s, a, "USD");
        if (usd.ok) return [usd.market];
        const usdt = resolveMarket(s, a, "USDT");
        return usdt.ok && !["USDT", "USDC", "DAI"].includes(a) ? [usdt.market] : [];
      }),
    );

  it("requests per node grow with venues, not venues × feeds", () => {
    for (const n of [1, 5, 23]) {
      const markets = usdMarkets(CATALOG_ASSETS.slice(0, n));
      const single = planRequests(markets, { batch: false });
      const batched = planRequests(markets);
      expect(single).toHaveLength(markets.length);
      const venues = new Set(markets.map((m) => m.source)).size;
      const coinbase = markets.filter((m) => m.source === "coinbase").length;
      // Coinbase has no batch endpoint: one request per market there, one per venue elsewhere.
      expect(batched.length).toBe(n === 1 ? markets.length : venues - 1 + coinbase);
      expect(new Set(batched.flatMap((r) => r.markets.map(marketKeyOf)))).toEqual(new Set(markets.map(marketKeyOf)));
    }
  });

  it("chunks a batch at the venue's limit and keeps a fixed order", () => {
    const listings = { cryptocompare: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`C${i}/USD`, true as const])) };
    const markets = Array.from({ length: 120 }, (_, i) => resolveMarket("cryptocompare", `C${i}`, "USD", listings)).map((r) => (r.ok ? r.market : undefined)!);
    const plan = planRequests([...markets, ...markets]);
    expect(plan.map((r) => r.markets.length)).toEqual([50, 50, 20]);
    expect(requestUrl(plan[2]!, DEFAULT_BASE_URLS.cryptocompare)).toMatch(/^https:\/\/min-api\.cryptocompare\.com\/data\/pricemulti\?fsyms=C100,C101,.*C119&tsyms=USD&tryConversion=false$/);
    expect(planRequests(markets.slice(0, 1))).toEqual([{ key: "cryptocompare:C0", source: "cryptocompare", batch: false, markets: [markets[0]] }]);
  });

  it("reads one answer into one result per market, failing them all with the venue's reason", () => {
    const [btc, eth] = BTC_ETH("binance");
    const request = planRequests([btc, eth])[0]!;
    expect(request.batch).toBe(true);
    const body = JSON.stringify([{ symbol: "ETHUSDT", bidPrice: "3500.10000000", askPrice: "3500.11000000" }]);
    expect(parseResponse(request, { ok: true, status: 200, body })).toEqual([
      { ok: false, reason: "BTCUSDT missing from the batch response" },
      { ok: true, quote: { bid: "3500.10000000", ask: "3500.11000000" } },
    ]);
    expect(parseResponse(request, { ok: true, status: 400, body: JSON.stringify({ code: -1121, msg: "Invalid symbol." }) }).map((r) => !r.ok && r.reason)).toEqual([
      "HTTP 400: -1121: Invalid symbol.",
      "HTTP 400: -1121: Invalid symbol.",
    ]);
    expect(parseResponse(request, { ok: false, error: "timed out after 5000 ms" })).toHaveLength(2);
    expect(parseResponse(request, undefined).every((r) => !r.ok && r.reason === "not fetched")).toBe(true);
    expect(parseResponse(request, { ok: true, status: 200, body: "<html>" }).every((r) => !r.ok && r.reason === "body is not JSON")).toBe(true);
  });
});
