/**
 * CryptoCompare (aggregator, optional key): `GET /data/price?fsym=BTC&tsyms=USD&tryConversion=false`
 * -> `{USD: 67010.12}`; `GET /data/pricemulti?fsyms=BTC,ETH&tsyms=USD&tryConversion=false` ->
 * `{BTC: {USD: 67010.12}, ETH: {USD: 3500.1}}`. Errors come with HTTP 200 as `{Response: "Error",
 * Message}` (rate limit too). With a key the header is `authorization: Apikey <key>`. No timestamp.
 * `tryConversion=false` so no synthetic cross-rates come back.
 */
import { decimalFromNumber } from "../decimal.ts";
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, isRecord, joinUrl, ok, venueText } from "./types.ts";

/** `fsyms` may be at most 300 characters: 50 tickers of up to 5 letters and a comma fit. */
const MAX_FSYMS_PER_REQUEST = 50;

const RULE: VenueRule = { source: "cryptocompare", name: "CryptoCompare", quotes: ["USD"], rule: (b) => ({ symbol: b, key: b }) };

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && body.Response === "Error") return venueText(body.Message);
  return undefined;
}

function readPrice(entry: unknown, market: Market): ParseResult {
  if (!isRecord(entry)) return fail(`no entry for ${market.key}`);
  const last = decimalFromNumber(entry[market.quote]);
  if (last === undefined) return fail(`${market.quote} is not a finite number`);
  return ok({ last });
}

export const cryptocompare: SourceAdapter = {
  id: "cryptocompare",
  name: "CryptoCompare",
  defaultBaseUrl: "https://min-api.cryptocompare.com",
  kind: "aggregator",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/data/price?fsym=${market.symbol}&tsyms=${market.quote}&tryConversion=false`),
  time: "none",
  batch: {
    maxMarkets: MAX_FSYMS_PER_REQUEST,
    scope: "list",
    time: "none",
    group: (market) => market.quote,
    url: (baseUrl, markets) => joinUrl(baseUrl, `/data/pricemulti?fsyms=${markets.map((m) => m.symbol).join(",")}&tsyms=${markets[0]?.quote ?? "USD"}&tryConversion=false`),
    parse(body, markets) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error: ${error}`);
      if (!isRecord(body)) return failAll(markets, "body is not an object");
      return markets.map((m) => (Object.hasOwn(body, m.key) ? readPrice(body[m.key], m) : fail(`${m.key} missing from the batch response`)));
    },
  },
  headers: (apiKey): Record<string, string> => (apiKey === undefined ? {} : { authorization: `Apikey ${apiKey}` }),
  parse(body, market) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error: ${error}`);
    if (!isRecord(body)) return fail("body is not an object");
    return readPrice(body, market);
  },
  venueError,
};
