/**
 * Coinbase Exchange: `GET /products/BTC-USD/ticker` -> `{price, bid, ask, time (ISO-8601 of the last
 * trade)}`, all strings. Errors: `{message: "NotFound"}` (HTTP 404), `{message: "Slow down"}` (429).
 * No multi-product ticker endpoint, so one request per market.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type SourceAdapter, fail, isRecord, joinUrl, ok, str, venueText } from "./types.ts";

/** Coinbase's own codes where they differ from the ticker (ccxt 4.5.84 `coinbaseexchange.commonCurrencies`: CGLD is CELO). */
const COINBASE_ASSET: Readonly<Record<string, string>> = { CELO: "CGLD" };
const RULE: VenueRule = {
  source: "coinbase",
  name: "Coinbase Exchange",
  quotes: ["USD", "USDT", "USDC", "EUR"],
  rule: (b, q) => ({ symbol: `${COINBASE_ASSET[b] ?? b}-${q}`, key: `${COINBASE_ASSET[b] ?? b}-${q}` }),
};

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && typeof body.message === "string" && body.price === undefined) return venueText(body.message);
  return undefined;
}

export const coinbase: SourceAdapter = {
  id: "coinbase",
  name: "Coinbase Exchange",
  defaultBaseUrl: "https://api.exchange.coinbase.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/products/${market.symbol}/ticker`),
  time: "quote",
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error: ${error}`);
    const time = str(body.time);
    const timestampMs = time === undefined ? Number.NaN : Date.parse(time);
    if (!Number.isFinite(timestampMs)) return fail("missing or invalid time");
    return ok({ last: str(body.price), bid: str(body.bid), ask: str(body.ask), timestampMs });
  },
  venueError,
};
