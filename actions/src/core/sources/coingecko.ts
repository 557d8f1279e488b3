/**
 * CoinGecko Pro (aggregator, premium key): `GET /api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies=usd&
 * include_last_updated_at=true&precision=full` with header `x-cg-pro-api-key` ->
 * `{bitcoin: {usd: 67012.33, last_updated_at: 1714566880}, ...}`. An unknown id is just missing.
 * Errors: `{status: {error_code, error_message}}` (429, 10002 ...) or `{error: "..."}`.
 * CoinGecko names coins by id, so its markets come from the listed id map, not a rule.
 * The key is only ever decrypted inside the action.
 */
import { decimalFromNumber } from "../decimal.ts";
import { COINGECKO_IDS } from "./catalog.ts";
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, isRecord, joinUrl, msFrom, ok, venueText } from "./types.ts";

/** Header CoinGecko Pro reads the key from. */
export const COINGECKO_PRO_KEY_HEADER = "x-cg-pro-api-key";
/** Ids per simple/price request. */
const MAX_IDS_PER_REQUEST = 100;

const RULE: VenueRule = {
  source: "coingecko",
  name: "CoinGecko Pro",
  quotes: ["USD"],
  // Only reached for catalog pairs, which all have an id; a manifest listing gives the id itself.
  rule: (b) => ({ symbol: COINGECKO_IDS[b] ?? b.toLowerCase(), key: COINGECKO_IDS[b] ?? b.toLowerCase() }),
};

function venueError(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  if (isRecord(body.status) && body.status.error_code !== undefined) return venueText(body.status.error_code, body.status.error_message);
  if (typeof body.error === "string") return venueText(body.error);
  return undefined;
}

function readEntry(body: Record<string, unknown>, market: Market): ParseResult {
  const entry = Object.hasOwn(body, market.key) ? body[market.key] : undefined;
  if (!isRecord(entry)) return fail(`no entry for ${market.key}`);
  const last = decimalFromNumber(entry.usd);
  if (last === undefined) return fail("usd is not a finite number");
  const timestampMs = msFrom(entry.last_updated_at, "s");
  if (timestampMs === undefined) return fail("missing or invalid last_updated_at");
  return ok({ last, timestampMs });
}

const priceUrl = (baseUrl: string, ids: string) =>
  joinUrl(baseUrl, `/api/v3/simple/price?ids=${ids}&vs_currencies=usd&include_last_updated_at=true&precision=full`);

export const coingecko: SourceAdapter = {
  id: "coingecko",
  name: "CoinGecko Pro",
  defaultBaseUrl: "https://pro-api.coingecko.com",
  kind: "aggregator",
  requiresKey: true,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => priceUrl(baseUrl, market.symbol),
  time: "quote",
  batch: {
    maxMarkets: MAX_IDS_PER_REQUEST,
    scope: "list",
    time: "quote",
    url: (baseUrl, markets) => priceUrl(baseUrl, markets.map((m) => m.symbol).join(",")),
    parse(body, markets) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!isRecord(body)) return failAll(markets, "body is not an object");
      return markets.map((m) => (isRecord(body[m.key]) ? readEntry(body, m) : fail(`${m.key} missing from the batch response`)));
    },
  },
  headers: (apiKey): Record<string, string> => (apiKey === undefined ? {} : { [COINGECKO_PRO_KEY_HEADER]: apiKey }),
  parse(body, market) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!isRecord(body)) return fail("body is not an object");
    return readEntry(body, market);
  },
  venueError,
};
