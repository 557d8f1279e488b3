/**
 * OKX: `GET /api/v5/market/ticker?instId=BTC-USDT` -> `{code: "0", data: [{instId, last, bidPx, askPx,
 * ts (ms string)}]}`; `GET /api/v5/market/tickers?instType=SPOT` -> every spot ticker in `data`.
 * Errors: `{code: "51001", msg: "Instrument ID does not exist", data: []}` (`code` is a string, `"0"`
 * is success). `ts` is when OKX generated the ticker snapshot, not when the book last moved.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, msFrom, ok, parseIndexed, str, venueText } from "./types.ts";

const RULE: VenueRule = { source: "okx", name: "OKX", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${b}-${q}`, key: `${b}-${q}` }) };

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.code !== undefined && body.code !== "0") return venueText(body.code, body.msg);
  return undefined;
}

function readEntry(entry: unknown, market: Market): ParseResult {
  if (!isRecord(entry)) return fail("ticker entry is not an object");
  if (entry.instId !== market.symbol) return fail(`instrument mismatch: asked ${market.symbol}, got ${String(entry.instId)}`);
  const timestampMs = msFrom(entry.ts, "ms");
  if (timestampMs === undefined) return fail("missing or invalid ts");
  return ok({ last: str(entry.last), bid: str(entry.bidPx), ask: str(entry.askPx), timestampMs });
}

function dataOf(body: unknown): unknown[] | string {
  if (!isRecord(body)) return "body is not an object";
  const error = venueError(body);
  if (error !== undefined) return `venue error ${error}`;
  if (body.code !== "0") return "missing code";
  return Array.isArray(body.data) ? body.data : "missing data";
}

export const okx: SourceAdapter = {
  id: "okx",
  name: "OKX",
  defaultBaseUrl: "https://www.okx.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v5/market/ticker?instId=${market.symbol}`),
  time: "snapshot",
  batch: {
    maxMarkets: Number.MAX_SAFE_INTEGER,
    scope: "all",
    time: "snapshot",
    url: (baseUrl) => joinUrl(baseUrl, "/api/v5/market/tickers?instType=SPOT"),
    parse(body, markets) {
      const data = dataOf(body);
      if (typeof data === "string") return failAll(markets, data);
      return parseIndexed(indexEntries(data, (e) => (isRecord(e) ? e.instId : undefined)), markets, readEntry);
    },
  },
  headers: () => ({}),
  parse(body, market) {
    const data = dataOf(body);
    if (typeof data === "string") return fail(data);
    if (data.length !== 1) return fail(`expected one ticker in data, got ${data.length}`);
    return readEntry(data[0], market);
  },
  venueError,
};
