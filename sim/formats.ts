/**
 * The exchanges' real request paths and response formats, as the market simulator serves them:
 * single-market and batch endpoints, each venue's own price precision, its error answers for an
 * unknown market, its rate-limit and maintenance answers (several of them HTTP 200). Written from
 * the venues' documentation and recorded responses; the symbol of a pair comes from the adapters'
 * rule and catalog (`resolve`), the body format does not (the adapter tests check both against
 * literal examples).
 */
import type { Market, SourceId } from "../actions/src/core/sources/index.ts";

/** What the simulator knows about one market at one instant (prices in the market's quote currency). */
export type Tick = {
  market: Market;
  last: number;
  bid: number;
  ask: number;
  /** Venue timestamp, Unix ms. */
  timeMs: number;
};

export type Rendered = { status: number; body: string; contentType?: string };

const json = (status: number, value: unknown): Rendered => ({ status, body: JSON.stringify(value) });
const html = (status: number, text: string): Rendered => ({ status, body: `<html><body><h1>${text}</h1></body></html>`, contentType: "text/html" });

// ---------------------------------------------------------------------------------------------
// Price precision

/**
 * How each venue prints a price: the decimals of its tick for the price's magnitude, and how it pads.
 * Kraken prints `"73380.60000"` (tick 0.1, padded to 5), Binance always 8 places (`"67020.01000000"`),
 * Bitstamp BTC in whole dollars (`"67010"`), Coinbase stablecoins to 0.00001, Bitfinex 5 significant
 * digits as a JSON number, the aggregators floats.
 */
type Precision =
  | { kind: "tick"; decimals: (price: number) => number; pad?: number; trim?: boolean }
  | { kind: "significant"; digits: number; number: true }
  | { kind: "float"; digits: number; number: true };

/** A market's tick by the magnitude it trades at; stablecoins (about 1, also just below) keep the unit band. */
const bands = (atLeast1000: number, atLeast10: number, atLeast1: number, below1: number) => (p: number) =>
  p >= 1000 ? atLeast1000 : p >= 10 ? atLeast10 : p >= 0.5 ? atLeast1 : below1;

export const PRECISION: Readonly<Record<SourceId, Precision>> = {
  coinbase: { kind: "tick", decimals: bands(2, 2, 5, 5) },
  binance: { kind: "tick", decimals: bands(2, 2, 4, 6), pad: 8 },
  kraken: { kind: "tick", decimals: bands(1, 2, 4, 6), pad: 5 },
  bitstamp: { kind: "tick", decimals: bands(0, 2, 5, 5) },
  okx: { kind: "tick", decimals: bands(1, 2, 4, 6), trim: true },
  bybit: { kind: "tick", decimals: bands(2, 2, 4, 6) },
  gemini: { kind: "tick", decimals: bands(2, 2, 4, 6) },
  kucoin: { kind: "tick", decimals: bands(1, 2, 4, 6) },
  bitfinex: { kind: "significant", digits: 5, number: true },
  coingecko: { kind: "float", digits: 10, number: true },
  cryptocompare: { kind: "float", digits: 7, number: true },
};

/** Decimals of `source`'s tick at `price` (negative: coarser than units, Bitfinex 5 digits above 99,999). */
export function tickDecimals(source: SourceId, price: number): number {
  const p = PRECISION[source];
  if (p.kind === "tick") return p.decimals(price);
  if (p.kind === "significant") return p.digits - (Math.floor(Math.log10(price)) + 1);
  return p.digits - (Math.floor(Math.log10(price)) + 1);
}

type Side = "bid" | "ask" | "last";

/** Rounds to `decimals` places: bids down, asks up (a real book never crosses by rounding), last to nearest. */
function onTick(price: number, decimals: number, side: Side): number {
  const f = 10 ** decimals;
  const scaled = price * f;
  const n = side === "bid" ? Math.floor(scaled + 1e-7) : side === "ask" ? Math.ceil(scaled - 1e-7) : Math.round(scaled);
  return n / f;
}

/**
 * `price` as `source` prints it (a string, or a number for the venues that send JSON numbers), on the
 * tick of a market trading at `reference` (one tick per market, as on a real venue).
 */
export function venuePrice(source: SourceId, price: number, side: Side = "last", reference: number = price): string | number {
  const p = PRECISION[source];
  const decimals = tickDecimals(source, reference);
  const value = onTick(price, decimals, side);
  if (p.kind !== "tick") return Number(value.toPrecision(15));
  const shown = Math.max(0, decimals);
  let text = value.toFixed(Math.max(shown, p.pad ?? 0));
  if (p.trim && text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text;
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Which markets a request names: a list of venue symbols, or every market (`"all"`). */
export type Request = { batch: boolean; symbols: string[] | "all" };

/** Reads a venue request; `undefined` when the path is not one of the venue's ticker endpoints. */
export function parseRequest(source: SourceId, path: string, query: URLSearchParams): Request | undefined {
  const list = (value: string | null) => (value ?? "").split(",").filter((s) => s !== "");
  let m: RegExpExecArray | null;
  switch (source) {
    case "coinbase":
      if ((m = /^\/products\/([A-Za-z0-9]+-[A-Za-z0-9]+)\/ticker$/.exec(path))) return { batch: false, symbols: [m[1]!] };
      return undefined;
    case "binance": {
      if (path !== "/api/v3/ticker/bookTicker" && path !== "/api/v3/ticker/price") return undefined;
      const many = query.get("symbols");
      if (many !== null) {
        try {
          const parsed: unknown = JSON.parse(many);
          if (Array.isArray(parsed) && parsed.every((s) => typeof s === "string")) return { batch: true, symbols: parsed as string[] };
        } catch {
          // falls through to the venue's error answer
        }
        return { batch: true, symbols: [many] };
      }
      return { batch: false, symbols: [query.get("symbol") ?? ""] };
    }
    case "kraken": {
      if (path !== "/0/public/Ticker") return undefined;
      const pairs = list(query.get("pair"));
      return { batch: pairs.length > 1, symbols: pairs };
    }
    case "bitstamp":
      if (path === "/api/v2/ticker/") return { batch: true, symbols: "all" };
      if ((m = /^\/api\/v2\/ticker\/([a-z0-9]+)\/$/.exec(path))) return { batch: false, symbols: [m[1]!] };
      return undefined;
    case "okx":
      if (path === "/api/v5/market/tickers" && query.get("instType") === "SPOT") return { batch: true, symbols: "all" };
      if (path === "/api/v5/market/ticker") return { batch: false, symbols: [query.get("instId") ?? ""] };
      return undefined;
    case "bybit":
      if (path !== "/v5/market/tickers" || query.get("category") !== "spot") return undefined;
      if (query.get("symbol") === null) return { batch: true, symbols: "all" };
      return { batch: false, symbols: [query.get("symbol")!] };
    case "gemini":
      if (path === "/v1/pricefeed") return { batch: true, symbols: "all" };
      if ((m = /^\/v1\/pubticker\/([a-z0-9]+)$/.exec(path))) return { batch: false, symbols: [m[1]!] };
      return undefined;
    case "kucoin":
      if (path === "/api/v1/market/allTickers") return { batch: true, symbols: "all" };
      if (path === "/api/v1/market/orderbook/level1") return { batch: false, symbols: [query.get("symbol") ?? ""] };
      return undefined;
    case "bitfinex":
      if (path === "/v2/tickers") return { batch: true, symbols: list(query.get("symbols")) };
      if ((m = /^\/v2\/ticker\/(t[A-Za-z0-9:]+)$/.exec(path))) return { batch: false, symbols: [m[1]!] };
      return undefined;
    case "coingecko": {
      if (path !== "/api/v3/simple/price" || query.get("vs_currencies") !== "usd") return undefined;
      const ids = list(query.get("ids"));
      return { batch: ids.length > 1, symbols: ids };
    }
    case "cryptocompare":
      if (path === "/data/price" && query.get("tsyms") === "USD") return { batch: false, symbols: [query.get("fsym") ?? ""] };
      if (path === "/data/pricemulti" && query.get("tsyms") === "USD") return { batch: true, symbols: list(query.get("fsyms")) };
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Success bodies

function strings(source: SourceId, t: Tick) {
  const s = (x: number, side: Side) => String(venuePrice(source, x, side, t.last));
  return { last: s(t.last, "last"), bid: s(t.bid, "bid"), ask: s(t.ask, "ask") };
}
function numbers(source: SourceId, t: Tick) {
  const n = (x: number, side: Side) => Number(venuePrice(source, x, side, t.last));
  return { last: n(t.last, "last"), bid: n(t.bid, "bid"), ask: n(t.ask, "ask") };
}

function krakenEntry(source: SourceId, t: Tick) {
  const { last, bid, ask } = strings(source, t);
  return { a: [ask, "1", "1.000"], b: [bid, "3", "3.000"], c: [last, "0.00120000"], v: ["1234.5", "2345.6"], p: [last, last], t: [23456, 45678], l: [last, last], h: [last, last], o: last };
}
function bitstampEntry(source: SourceId, t: Tick, withPair: boolean) {
  const { last, bid, ask } = strings(source, t);
  const entry = { timestamp: String(Math.floor(t.timeMs / 1000)), open: last, high: last, low: last, last, volume: "1523.45678901", vwap: last, bid, ask, side: "0", open_24: last, percent_change_24: "0.00" };
  return withPair ? { ...entry, pair: t.market.key, market_type: "SPOT" } : entry;
}
function okxEntry(source: SourceId, t: Tick) {
  const { last, bid, ask } = strings(source, t);
  return { instType: "SPOT", instId: t.market.symbol, last, lastSz: "0.0012", askPx: ask, askSz: "0.85", bidPx: bid, bidSz: "1.2", open24h: last, high24h: last, low24h: last, volCcy24h: "612345678.9", vol24h: "9123.45", ts: String(t.timeMs), sodUtc0: last, sodUtc8: last };
}
function bybitEntry(source: SourceId, t: Tick) {
  const { last, bid, ask } = strings(source, t);
  return { symbol: t.market.symbol, bid1Price: bid, bid1Size: "0.412", ask1Price: ask, ask1Size: "0.301", lastPrice: last, prevPrice24h: last, price24hPcnt: "0", highPrice24h: last, lowPrice24h: last, turnover24h: "512345678.12", volume24h: "7712.33", usdIndexPrice: last };
}
function bitfinexFields(source: SourceId, t: Tick) {
  const { last, bid, ask } = numbers(source, t);
  return [bid, 12.34, ask, 9.87, 0, 0, last, 2345.67, last, last];
}
function binanceEntry(source: SourceId, t: Tick, path: string) {
  const { last, bid, ask } = strings(source, t);
  return path === "/api/v3/ticker/price" ? { symbol: t.market.symbol, price: last } : { symbol: t.market.symbol, bidPrice: bid, bidQty: "3.21000000", askPrice: ask, askQty: "0.51200000" };
}

/** The venue's success body for one market. */
export function render(source: SourceId, tick: Tick, path = ""): Rendered {
  const t = tick;
  switch (source) {
    case "coinbase": {
      const { last, bid, ask } = strings(source, t);
      return json(200, { ask, bid, volume: "8123.55120341", trade_id: 712345678, price: last, size: "0.00150000", time: new Date(t.timeMs).toISOString(), rfq_volume: "12.345" });
    }
    case "binance":
      return json(200, binanceEntry(source, t, path));
    case "kraken":
      return json(200, { error: [], result: { [t.market.key]: krakenEntry(source, t) } });
    case "bitstamp":
      return json(200, bitstampEntry(source, t, false));
    case "okx":
      return json(200, { code: "0", msg: "", data: [okxEntry(source, t)] });
    case "bybit":
      return json(200, { retCode: 0, retMsg: "OK", result: { category: "spot", list: [bybitEntry(source, t)] }, retExtInfo: {}, time: t.timeMs });
    case "gemini": {
      const { last, bid, ask } = strings(source, t);
      return json(200, { bid, ask, last, volume: { [t.market.base]: "1234.5678", [t.market.quote]: "82731234.56", timestamp: t.timeMs } });
    }
    case "kucoin": {
      const { last, bid, ask } = strings(source, t);
      return json(200, { code: "200000", data: { time: t.timeMs, sequence: "13051394791", price: last, size: "0.00032", bestBid: bid, bestBidSize: "0.94", bestAsk: ask, bestAskSize: "0.12" } });
    }
    case "bitfinex":
      return json(200, bitfinexFields(source, t));
    case "coingecko":
      return json(200, { [t.market.key]: { usd: numbers(source, t).last, last_updated_at: Math.floor(t.timeMs / 1000) } });
    case "cryptocompare":
      return json(200, { [t.market.quote]: numbers(source, t).last });
  }
}

/**
 * The venue's success body for many markets (`ticks` are the markets it answers for: the ones asked
 * that it lists, or all of them for the "every market" endpoints). `nowMs` stamps bodies with one
 * response time.
 */
export function renderBatch(source: SourceId, ticks: readonly Tick[], nowMs: number, path = ""): Rendered {
  switch (source) {
    case "binance":
      return json(200, ticks.map((t) => binanceEntry(source, t, path)));
    case "kraken":
      return json(200, { error: [], result: Object.fromEntries(ticks.map((t) => [t.market.key, krakenEntry(source, t)])) });
    case "bitstamp":
      return json(200, ticks.map((t) => bitstampEntry(source, t, true)));
    case "okx":
      return json(200, { code: "0", msg: "", data: ticks.map((t) => okxEntry(source, t)) });
    case "bybit":
      return json(200, { retCode: 0, retMsg: "OK", result: { category: "spot", list: ticks.map((t) => bybitEntry(source, t)) }, retExtInfo: {}, time: nowMs });
    case "gemini":
      return json(200, ticks.map((t) => ({ pair: t.market.key, price: strings(source, t).last, percentChange24h: "0.0000" })));
    case "kucoin":
      return json(200, {
        code: "200000",
        data: {
          time: nowMs,
          ticker: ticks.map((t) => {
            const { last, bid, ask } = strings(source, t);
            return { symbol: t.market.symbol, symbolName: t.market.symbol, buy: bid, bestBidSize: "0.94", sell: ask, bestAskSize: "0.12", changeRate: "0", changePrice: "0", high: last, low: last, vol: "1234.5", volValue: "82731234.56", last, averagePrice: last, takerFeeRate: "0.001", makerFeeRate: "0.001", takerCoefficient: "1", makerCoefficient: "1" };
          }),
        },
      });
    case "bitfinex":
      return json(200, ticks.map((t) => [t.market.symbol, ...bitfinexFields(source, t)]));
    case "coingecko":
      return json(200, Object.fromEntries(ticks.map((t) => [t.market.key, { usd: numbers(source, t).last, last_updated_at: Math.floor(t.timeMs / 1000) }])));
    case "cryptocompare":
      if (ticks.length === 0) return renderError(source, "", nowMs);
      return json(200, Object.fromEntries(ticks.map((t) => [t.market.key, { [t.market.quote]: numbers(source, t).last }])));
    case "coinbase":
      return json(404, { message: "NotFound" });
  }
}

/** Whether a batch naming an unknown market fails as a whole on this venue (else the market is just left out). */
export function batchFailsOnUnknown(source: SourceId): boolean {
  return source === "binance" || source === "kraken";
}

// ---------------------------------------------------------------------------------------------
// Error bodies

/** The venue's answer for a market it does not list (or an injected `error` fault). */
export function renderError(source: SourceId, symbol: string, nowMs: number): Rendered {
  switch (source) {
    case "coinbase":
      return json(404, { message: "NotFound" });
    case "binance":
      return json(400, { code: -1121, msg: "Invalid symbol." });
    case "kraken":
      return json(200, { error: ["EQuery:Unknown asset pair"] });
    case "bitstamp":
      return json(404, { status: "error", reason: "Currency pair not found", response_code: "404.002" });
    case "okx":
      return json(200, { code: "51001", msg: "Instrument ID does not exist", data: [] });
    case "bybit":
      return json(200, { retCode: 10001, retMsg: "Not supported symbols", result: {}, retExtInfo: {}, time: nowMs });
    case "gemini":
      return json(400, { result: "error", reason: "InvalidSymbol", message: `Supplied value '${symbol}' is not a valid symbol` });
    case "kucoin":
      // KuCoin's real answer for an unknown symbol: success code, no data.
      return json(200, { code: "200000", data: null });
    case "bitfinex":
      return json(500, ["error", 10020, "symbol: invalid"]);
    case "coingecko":
      return json(200, {});
    case "cryptocompare":
      return json(200, { Response: "Error", Message: `There is no data for the symbol ${symbol} .`, HasWarning: false, Type: 2, RateLimit: {}, Data: {}, ParamWithError: "fsym" });
  }
}

/** The venue's answer when a caller is over its rate limit (Kraken, Bybit and CryptoCompare say it with HTTP 200). */
export function renderRateLimited(source: SourceId, nowMs: number): Rendered {
  switch (source) {
    case "coinbase":
      return json(429, { message: "Slow down" });
    case "binance":
      return json(429, { code: -1003, msg: "Too much request weight used; current limit is 6000 request weight per 1 MINUTE." });
    case "kraken":
      return json(200, { error: ["EGeneral:Too many requests"] });
    case "bitstamp":
      return json(429, { status: "error", reason: "Rate limit exceeded", response_code: "400.002" });
    case "okx":
      return json(429, { code: "50011", msg: "Too Many Requests", data: [] });
    case "bybit":
      return json(200, { retCode: 10006, retMsg: "Too many visits!", result: {}, retExtInfo: {}, time: nowMs });
    case "gemini":
      return json(429, { result: "error", reason: "RateLimit", message: "Requests were made too frequently" });
    case "kucoin":
      return json(429, { code: "429000", msg: "Too Many Requests" });
    case "bitfinex":
      return json(429, ["error", 11010, "ratelimit: error"]);
    case "coingecko":
      return json(429, { status: { error_code: 429, error_message: "You've exceeded the Rate Limit." } });
    case "cryptocompare":
      return json(200, { Response: "Error", Message: "You are over your rate limit please upgrade your account!", HasWarning: false, Type: 99, RateLimit: {}, Data: {} });
  }
}

/** The venue's answer while it is in maintenance (Kraken, OKX, Bybit and CryptoCompare with HTTP 200). */
export function renderMaintenance(source: SourceId, nowMs: number): Rendered {
  switch (source) {
    case "coinbase":
      return json(503, { message: "service unavailable" });
    case "binance":
      return json(503, { code: -1001, msg: "Internal error; unable to process your request. Please try again." });
    case "kraken":
      return json(200, { error: ["EService:Unavailable"] });
    case "bitstamp":
      return html(503, "Bitstamp is down for maintenance");
    case "okx":
      return json(200, { code: "50001", msg: "Service temporarily unavailable. Please try again later.", data: [] });
    case "bybit":
      return json(200, { retCode: 10016, retMsg: "Server is being upgraded", result: {}, retExtInfo: {}, time: nowMs });
    case "gemini":
      return json(503, { result: "error", reason: "Maintenance", message: "The system is down for maintenance" });
    case "kucoin":
      return json(503, { code: "503000", msg: "Service unavailable" });
    case "bitfinex":
      return json(503, ["error", 20060, "maintenance"]);
    case "coingecko":
      return json(503, { status: { error_code: 503, error_message: "Service Unavailable" } });
    case "cryptocompare":
      return json(200, { Response: "Error", Message: "We are currently performing maintenance, please try again later.", HasWarning: false, Type: 1, RateLimit: {}, Data: {} });
  }
}

/** The venue's answer to a request without a valid key (CoinGecko Pro, CryptoCompare). */
export function renderUnauthorized(source: SourceId): Rendered {
  if (source === "coingecko") return json(401, { status: { error_code: 10002, error_message: "API Key Missing" } });
  return json(401, { Response: "Error", Message: "You need a valid auth key or api key to access this endpoint", Type: 1 });
}
