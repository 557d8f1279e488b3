/**
 * The exchanges' real request paths and response formats, as the market simulator serves them.
 * Written from the venues' documentation independently of the adapters in `actions/src/core/sources`
 * (the adapter tests check both against the same literal examples).
 */
import type { Asset, SourceId } from "../actions/src/core/sources/index.ts";

/** What the simulator knows about one market at one instant. */
export type Tick = {
  base: Asset;
  quote: "USD" | "USDT";
  /** The venue's symbol as requested. */
  symbol: string;
  last: number;
  bid: number;
  ask: number;
  /** Venue timestamp, Unix ms. */
  timeMs: number;
};

export type Rendered = { status: number; body: string };

const json = (status: number, value: unknown): Rendered => ({ status, body: JSON.stringify(value) });

/** Price as the venue would print it: enough decimals for the magnitude. */
export function priceText(price: number): string {
  if (price >= 1000) return price.toFixed(2);
  if (price >= 1) return price.toFixed(4);
  return price.toFixed(6);
}
const num = (price: number) => Number(priceText(price));

/** Kraken's result keys for the pairs it is asked for (legacy names for the old assets). */
const KRAKEN_RESULT_KEY: Record<string, string> = {
  XBTUSD: "XXBTZUSD",
  ETHUSD: "XETHZUSD",
  USDTUSD: "USDTZUSD",
  SOLUSD: "SOLUSD",
  USDCUSD: "USDCUSD",
};

const ASSET_BY_LOWER: Record<string, Asset> = { btc: "BTC", eth: "ETH", sol: "SOL", usdt: "USDT", usdc: "USDC" };
const COINGECKO_IDS: Record<string, Asset> = { bitcoin: "BTC", ethereum: "ETH", solana: "SOL", tether: "USDT", "usd-coin": "USDC" };
const BITFINEX_ASSET: Record<string, Asset> = { BTC: "BTC", ETH: "ETH", SOL: "SOL", UST: "USDT", UDC: "USDC" };

/** Which market a request names: `undefined` when the path is not this venue's ticker endpoint. */
export type Route = { symbol: string; base: Asset | undefined; quote: "USD" | "USDT" };

function usdOrUsdt(rest: string): "USD" | "USDT" | undefined {
  return rest === "USD" ? "USD" : rest === "USDT" ? "USDT" : undefined;
}

function splitConcat(symbol: string): { base: Asset | undefined; quote: "USD" | "USDT" | undefined } {
  const upper = symbol.toUpperCase();
  for (const quote of ["USDT", "USD"] as const) {
    if (upper.endsWith(quote) && upper.length > quote.length) {
      return { base: ASSET_BY_LOWER[upper.slice(0, -quote.length).toLowerCase()], quote };
    }
  }
  return { base: undefined, quote: undefined };
}

export function route(source: SourceId, path: string, query: URLSearchParams): Route | undefined {
  let m: RegExpExecArray | null;
  switch (source) {
    case "coinbase":
      if ((m = /^\/products\/([A-Z0-9]+)-([A-Z]+)\/ticker$/.exec(path))) return { symbol: `${m[1]}-${m[2]}`, base: ASSET_BY_LOWER[m[1]!.toLowerCase()], quote: usdOrUsdt(m[2]!) ?? "USD" };
      return undefined;
    case "binance": {
      if (path !== "/api/v3/ticker/price") return undefined;
      const symbol = query.get("symbol") ?? "";
      const { base, quote } = splitConcat(symbol);
      return { symbol, base: quote === "USDT" ? base : undefined, quote: "USDT" };
    }
    case "kraken": {
      if (path !== "/0/public/Ticker") return undefined;
      const pair = query.get("pair") ?? "";
      const base = pair.startsWith("XBT") ? "BTC" : splitConcat(pair).base;
      return { symbol: pair, base: pair.endsWith("USD") && KRAKEN_RESULT_KEY[pair] ? base : undefined, quote: "USD" };
    }
    case "bitstamp":
      if ((m = /^\/api\/v2\/ticker\/([a-z]+)\/$/.exec(path))) {
        const { base, quote } = splitConcat(m[1]!);
        return { symbol: m[1]!, base: quote === "USD" ? base : undefined, quote: "USD" };
      }
      return undefined;
    case "okx": {
      if (path !== "/api/v5/market/ticker") return undefined;
      const inst = query.get("instId") ?? "";
      const [b, q] = inst.split("-");
      return { symbol: inst, base: q === "USDT" ? ASSET_BY_LOWER[(b ?? "").toLowerCase()] : undefined, quote: "USDT" };
    }
    case "bybit": {
      if (path !== "/v5/market/tickers" || query.get("category") !== "spot") return undefined;
      const symbol = query.get("symbol") ?? "";
      const { base, quote } = splitConcat(symbol);
      return { symbol, base: quote === "USDT" ? base : undefined, quote: "USDT" };
    }
    case "gemini":
      if ((m = /^\/v1\/pubticker\/([a-z]+)$/.exec(path))) {
        const { base, quote } = splitConcat(m[1]!);
        return { symbol: m[1]!, base: quote === "USD" ? base : undefined, quote: "USD" };
      }
      return undefined;
    case "kucoin": {
      if (path !== "/api/v1/market/orderbook/level1") return undefined;
      const symbol = query.get("symbol") ?? "";
      const [b, q] = symbol.split("-");
      return { symbol, base: q === "USDT" ? ASSET_BY_LOWER[(b ?? "").toLowerCase()] : undefined, quote: "USDT" };
    }
    case "bitfinex":
      if ((m = /^\/v2\/ticker\/t([A-Z]{3,4})USD$/.exec(path))) return { symbol: `t${m[1]}USD`, base: BITFINEX_ASSET[m[1]!], quote: "USD" };
      return undefined;
    case "coingecko":
      if (path !== "/api/v3/simple/price" || query.get("vs_currencies") !== "usd") return undefined;
      return { symbol: query.get("ids") ?? "", base: COINGECKO_IDS[query.get("ids") ?? ""], quote: "USD" };
    case "cryptocompare":
      if (path !== "/data/price" || query.get("tsyms") !== "USD") return undefined;
      return { symbol: query.get("fsym") ?? "", base: ASSET_BY_LOWER[(query.get("fsym") ?? "").toLowerCase()], quote: "USD" };
  }
}

/** The venue's success body for `tick`. */
export function render(source: SourceId, tick: Tick): Rendered {
  const [last, bid, ask] = [priceText(tick.last), priceText(tick.bid), priceText(tick.ask)];
  switch (source) {
    case "coinbase":
      return json(200, { ask, bid, volume: "8123.55120341", trade_id: 712345678, price: last, size: "0.00150000", time: new Date(tick.timeMs).toISOString(), rfq_volume: "12.345" });
    case "binance":
      return json(200, { symbol: tick.symbol, price: last });
    case "kraken":
      return json(200, {
        error: [],
        result: {
          [KRAKEN_RESULT_KEY[tick.symbol]!]: { a: [ask, "1", "1.000"], b: [bid, "3", "3.000"], c: [last, "0.00120000"], v: ["1234.5", "2345.6"], p: [last, last], t: [23456, 45678], l: [last, last], h: [last, last], o: last },
        },
      });
    case "bitstamp":
      return json(200, { timestamp: String(Math.floor(tick.timeMs / 1000)), open: last, high: last, low: last, last, volume: "1523.45678901", vwap: last, bid, ask, side: "0", open_24: last, percent_change_24: "0.00" });
    case "okx":
      return json(200, {
        code: "0",
        msg: "",
        data: [{ instType: "SPOT", instId: tick.symbol, last, lastSz: "0.0012", askPx: ask, askSz: "0.85", bidPx: bid, bidSz: "1.2", open24h: last, high24h: last, low24h: last, volCcy24h: "612345678.9", vol24h: "9123.45", ts: String(tick.timeMs), sodUtc0: last, sodUtc8: last }],
      });
    case "bybit":
      return json(200, {
        retCode: 0,
        retMsg: "OK",
        result: { category: "spot", list: [{ symbol: tick.symbol, bid1Price: bid, bid1Size: "0.412", ask1Price: ask, ask1Size: "0.301", lastPrice: last, prevPrice24h: last, price24hPcnt: "0", highPrice24h: last, lowPrice24h: last, turnover24h: "512345678.12", volume24h: "7712.33", usdIndexPrice: last }] },
        retExtInfo: {},
        time: tick.timeMs,
      });
    case "gemini":
      return json(200, { bid, ask, last, volume: { [tick.base]: "1234.5678", USD: "82731234.56", timestamp: tick.timeMs } });
    case "kucoin":
      return json(200, { code: "200000", data: { time: tick.timeMs, sequence: "13051394791", price: last, size: "0.00032", bestBid: bid, bestBidSize: "0.94", bestAsk: ask, bestAskSize: "0.12" } });
    case "bitfinex":
      return json(200, [num(tick.bid), 12.34, num(tick.ask), 9.87, 0, 0, num(tick.last), 2345.67, num(tick.last), num(tick.last)]);
    case "coingecko":
      return json(200, { [tick.symbol]: { usd: num(tick.last), last_updated_at: Math.floor(tick.timeMs / 1000) } });
    case "cryptocompare":
      return json(200, { USD: num(tick.last) });
  }
}

/** The venue's error answer for an unknown market (or an injected `error` fault). */
export function renderError(source: SourceId, symbol: string, nowMs: number): Rendered {
  switch (source) {
    case "coinbase":
      return json(404, { message: "NotFound" });
    case "binance":
      return json(400, { code: -1121, msg: "Invalid symbol." });
    case "kraken":
      return json(200, { error: ["EQuery:Unknown asset pair"] });
    case "bitstamp":
      return json(404, { errors: [{ message: "Not found" }] });
    case "okx":
      return json(200, { code: "51001", msg: "Instrument ID does not exist", data: [] });
    case "bybit":
      return json(200, { retCode: 10001, retMsg: "Not supported symbols", result: {}, retExtInfo: {}, time: nowMs });
    case "gemini":
      return json(400, { result: "error", reason: "InvalidSymbol", message: `Supplied value '${symbol}' is not a valid symbol` });
    case "kucoin":
      return json(200, { code: "400100", msg: "symbol not exists" });
    case "bitfinex":
      return json(500, ["error", 10020, "symbol: invalid"]);
    case "coingecko":
      return json(200, {});
    case "cryptocompare":
      return json(200, { Response: "Error", Message: `There is no data for the symbol ${symbol} .`, HasWarning: false, Type: 2, RateLimit: {}, Data: {}, ParamWithError: "fsym" });
  }
}

/** The venue's answer to a request without a valid key (CoinGecko Pro, CryptoCompare). */
export function renderUnauthorized(source: SourceId): Rendered {
  if (source === "coingecko") return json(401, { status: { error_code: 10002, error_message: "API Key Missing" } });
  return json(401, { Response: "Error", Message: "You need a valid auth key or api key to access this endpoint", Type: 1 });
}
