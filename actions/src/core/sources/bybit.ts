/**
 * Bybit v5: `GET /v5/market/tickers?category=spot&symbol=BTCUSDT` ->
 * `{retCode: 0, result: {list: [{symbol, lastPrice, bid1Price, ask1Price}]}, time (ms number)}`;
 * without `symbol`, every spot ticker. Errors come with HTTP 200: `{retCode: 10001, retMsg: "Not
 * supported symbols"}`. `time` is when Bybit answered, not a quote time.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, msFrom, ok, parseIndexed, str, venueText } from "./types.ts";

const RULE: VenueRule = { source: "bybit", name: "Bybit", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${b}${q}`, key: `${b}${q}` }) };

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.retCode !== undefined && body.retCode !== 0) return venueText(body.retCode, body.retMsg);
  return undefined;
}

function listOf(body: unknown): { list: unknown[]; timestampMs: number } | string {
  if (!isRecord(body)) return "body is not an object";
  const error = venueError(body);
  if (error !== undefined) return `venue error ${error}`;
  if (body.retCode !== 0) return "missing retCode";
  const list = isRecord(body.result) && Array.isArray(body.result.list) ? body.result.list : undefined;
  if (list === undefined) return "missing result.list";
  const timestampMs = msFrom(body.time, "ms");
  if (timestampMs === undefined) return "missing or invalid time";
  return { list, timestampMs };
}

function readEntry(entry: unknown, market: Market, timestampMs: number): ParseResult {
  if (!isRecord(entry)) return fail("ticker entry is not an object");
  if (entry.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(entry.symbol)}`);
  return ok({ last: str(entry.lastPrice), bid: str(entry.bid1Price), ask: str(entry.ask1Price), timestampMs });
}

export const bybit: SourceAdapter = {
  id: "bybit",
  name: "Bybit",
  defaultBaseUrl: "https://api.bybit.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v5/market/tickers?category=spot&symbol=${market.symbol}`),
  time: "snapshot",
  batch: {
    maxMarkets: Number.MAX_SAFE_INTEGER,
    scope: "all",
    time: "snapshot",
    url: (baseUrl) => joinUrl(baseUrl, "/v5/market/tickers?category=spot"),
    parse(body, markets) {
      const r = listOf(body);
      if (typeof r === "string") return failAll(markets, r);
      return parseIndexed(indexEntries(r.list, (e) => (isRecord(e) ? e.symbol : undefined)), markets, (e, m) => readEntry(e, m, r.timestampMs));
    },
  },
  headers: () => ({}),
  parse(body, market) {
    const r = listOf(body);
    if (typeof r === "string") return fail(r);
    if (r.list.length !== 1) return fail(`expected one ticker in result.list, got ${r.list.length}`);
    return readEntry(r.list[0], market, r.timestampMs);
  },
  venueError,
};
