/**
 * KuCoin: `GET /api/v1/market/orderbook/level1?symbol=BTC-USDT` ->
 * `{code: "200000", data: {price, bestBid, bestAsk, time (ms number)}}`; an unknown symbol is HTTP 200
 * `{code: "200000", data: null}`. `GET /api/v1/market/allTickers` -> `{code, data: {time, ticker:
 * [{symbol, buy, sell, last}]}}` for every symbol. Errors: `{code: "400100", msg}` (a string code;
 * `"200000"` is success), rate limit `429000`.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, msFrom, ok, parseIndexed, str, venueText } from "./types.ts";

/** KuCoin's own codes where they differ from the ticker (ccxt 4.5.84 `kucoin.commonCurrencies`: WAX is WAXP). */
const KUCOIN_ASSET: Readonly<Record<string, string>> = { WAXP: "WAX" };
const RULE: VenueRule = { source: "kucoin", name: "KuCoin", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${KUCOIN_ASSET[b] ?? b}-${q}`, key: `${KUCOIN_ASSET[b] ?? b}-${q}` }) };

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.code !== undefined && body.code !== "200000") return venueText(body.code, body.msg);
  return undefined;
}

export const kucoin: SourceAdapter = {
  id: "kucoin",
  name: "KuCoin",
  defaultBaseUrl: "https://api.kucoin.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v1/market/orderbook/level1?symbol=${market.symbol}`),
  time: "snapshot",
  batch: {
    maxMarkets: Number.MAX_SAFE_INTEGER,
    scope: "all",
    time: "snapshot",
    url: (baseUrl) => joinUrl(baseUrl, "/api/v1/market/allTickers"),
    parse(body, markets) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!isRecord(body) || body.code !== "200000" || !isRecord(body.data)) return failAll(markets, "missing data");
      const timestampMs = msFrom(body.data.time, "ms");
      if (timestampMs === undefined) return failAll(markets, "missing or invalid data.time");
      if (!Array.isArray(body.data.ticker)) return failAll(markets, "missing data.ticker");
      return parseIndexed(indexEntries(body.data.ticker, (e) => (isRecord(e) ? e.symbol : undefined)), markets, (e) =>
        isRecord(e) ? ok({ last: str(e.last), bid: str(e.buy), ask: str(e.sell), timestampMs }) : fail("ticker entry is not an object"),
      );
    },
  },
  headers: () => ({}),
  parse(body) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!isRecord(body) || body.code !== "200000") return fail("missing code");
    if (!isRecord(body.data)) return fail("data is null: KuCoin's answer for a symbol it does not list");
    const timestampMs = msFrom(body.data.time, "ms");
    if (timestampMs === undefined) return fail("missing or invalid data.time");
    return ok({ last: str(body.data.price), bid: str(body.data.bestBid), ask: str(body.data.bestAsk), timestampMs });
  },
  venueError,
};
