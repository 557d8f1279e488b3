/**
 * Binance: `GET /api/v3/ticker/bookTicker?symbol=BTCUSDT` -> `{symbol, bidPrice, bidQty, askPrice, askQty}`
 * (strings, 8 decimals, no timestamp); with `symbols=["BTCUSDT","ETHUSDT"]` a JSON array of the same
 * objects. Errors: `{code: -1121, msg: "Invalid symbol."}` with HTTP 400 (one unknown symbol fails the
 * whole batch). Binance has stablecoin books only, so its markets are USDT- or USDC-quoted.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, ok, parseIndexed, str, venueText } from "./types.ts";

/** Symbols per bookTicker request (the URL stays far below any length limit). */
const MAX_SYMBOLS_PER_REQUEST = 100;

const RULE: VenueRule = { source: "binance", name: "Binance", quotes: ["USDT", "USDC", "FDUSD"], rule: (b, q) => ({ symbol: `${b}${q}`, key: `${b}${q}` }) };

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.code !== undefined && body.msg !== undefined) return venueText(body.code, body.msg);
  return undefined;
}

function readEntry(entry: unknown, market: Market): ParseResult {
  if (!isRecord(entry)) return fail("ticker entry is not an object");
  if (entry.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(entry.symbol)}`);
  return ok({ bid: str(entry.bidPrice), ask: str(entry.askPrice) });
}

export const binance: SourceAdapter = {
  id: "binance",
  name: "Binance",
  defaultBaseUrl: "https://api.binance.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v3/ticker/bookTicker?symbol=${market.symbol}`),
  time: "none",
  batch: {
    maxMarkets: MAX_SYMBOLS_PER_REQUEST,
    scope: "list",
    time: "none",
    url: (baseUrl, markets) => joinUrl(baseUrl, `/api/v3/ticker/bookTicker?symbols=${encodeURIComponent(JSON.stringify(markets.map((m) => m.symbol)))}`),
    parse(body, markets) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!Array.isArray(body)) return failAll(markets, "body is not an array");
      return parseIndexed(indexEntries(body, (e) => (isRecord(e) ? e.symbol : undefined)), markets, readEntry);
    },
  },
  headers: () => ({}),
  parse(body, market) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!isRecord(body)) return fail("body is not an object");
    return readEntry(body, market);
  },
  venueError,
};
