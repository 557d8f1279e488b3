/**
 * Gemini v1: `GET /v1/pubticker/btcusd` -> `{bid, ask, last, volume: {BTC, USD, timestamp (ms number)}}`;
 * `GET /v1/pricefeed` -> `[{pair: "BTCUSD", price, percentChange24h}]` for every pair (no book, no
 * time). Errors: non-2xx `{result: "error", reason: "InvalidSymbol", message}`.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, msFrom, ok, parseIndexed, str, venueText } from "./types.ts";

const RULE: VenueRule = {
  source: "gemini",
  name: "Gemini",
  quotes: ["USD", "USDT"],
  rule: (b, q) => ({ symbol: `${b}${q}`.toLowerCase(), key: `${b}${q}` }),
};

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.result === "error") return venueText(body.reason, body.message);
  return undefined;
}

export const gemini: SourceAdapter = {
  id: "gemini",
  name: "Gemini",
  defaultBaseUrl: "https://api.gemini.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v1/pubticker/${market.symbol}`),
  time: "snapshot",
  batch: {
    maxMarkets: Number.MAX_SAFE_INTEGER,
    scope: "all",
    time: "none",
    url: (baseUrl) => joinUrl(baseUrl, "/v1/pricefeed"),
    parse(body, markets) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!Array.isArray(body)) return failAll(markets, "body is not an array");
      return parseIndexed(indexEntries(body, (e) => (isRecord(e) ? e.pair : undefined)), markets, (e) =>
        isRecord(e) ? ok({ last: str(e.price) }) : fail("price entry is not an object"),
      );
    },
  },
  headers: () => ({}),
  parse(body) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!isRecord(body)) return fail("body is not an object");
    const timestampMs = isRecord(body.volume) ? msFrom(body.volume.timestamp, "ms") : undefined;
    if (timestampMs === undefined) return fail("missing or invalid volume.timestamp");
    return ok({ last: str(body.last), bid: str(body.bid), ask: str(body.ask), timestampMs });
  },
  venueError,
};
