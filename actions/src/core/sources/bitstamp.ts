/**
 * Bitstamp: `GET /api/v2/ticker/btcusd/` -> `{last, bid, ask, timestamp (Unix seconds as a string), ...}`;
 * `GET /api/v2/ticker/` -> the same objects for every pair, each with `pair: "BTC/USD"`. Errors are
 * non-2xx with `{status: "error", reason, response_code}` (rate limit: `400.002`) or `{errors: [...]}`.
 * `timestamp` is when the ticker was produced, not when the book last moved.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, msFrom, ok, parseIndexed, str, venueText } from "./types.ts";

const RULE: VenueRule = {
  source: "bitstamp",
  name: "Bitstamp",
  quotes: ["USD", "USDT", "USDC", "EUR"],
  rule: (b, q) => ({ symbol: `${b}${q}`.toLowerCase(), key: `${b}/${q}` }),
};

function venueError(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  if (body.status === "error") return venueText(body.response_code, body.reason ?? body.response_explanation);
  if (Array.isArray(body.errors)) return venueText(...body.errors.map((e) => (isRecord(e) ? (e.message ?? e.code) : e)));
  if (body.code !== undefined && typeof body.message === "string") return venueText(body.code, body.message);
  return undefined;
}

function readEntry(entry: unknown): ParseResult {
  if (!isRecord(entry)) return fail("ticker entry is not an object");
  const timestampMs = msFrom(entry.timestamp, "s");
  if (timestampMs === undefined) return fail("missing or invalid timestamp");
  return ok({ last: str(entry.last), bid: str(entry.bid), ask: str(entry.ask), timestampMs });
}

export const bitstamp: SourceAdapter = {
  id: "bitstamp",
  name: "Bitstamp",
  defaultBaseUrl: "https://www.bitstamp.net",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v2/ticker/${market.symbol}/`),
  time: "snapshot",
  batch: {
    maxMarkets: Number.MAX_SAFE_INTEGER,
    scope: "all",
    time: "snapshot",
    url: (baseUrl) => joinUrl(baseUrl, "/api/v2/ticker/"),
    parse(body, markets: readonly Market[]) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!Array.isArray(body)) return failAll(markets, "body is not an array");
      return parseIndexed(indexEntries(body, (e) => (isRecord(e) ? e.pair : undefined)), markets, readEntry);
    },
  },
  headers: () => ({}),
  parse(body) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!isRecord(body)) return fail("body is not an object");
    return readEntry(body);
  },
  venueError,
};
