/**
 * Kraken: `GET /0/public/Ticker?pair=XBTUSD` (or `pair=XBTUSD,ETHUSD`) ->
 * `{error: [], result: {XXBTZUSD: {a: [ask, ...], b: [bid, ...], c: [last, vol], ...}}}`. Errors come
 * with HTTP 200 in `error` (`EQuery:Unknown asset pair`, `EGeneral:Too many requests`,
 * `EService:Unavailable`); one unknown pair fails the whole request. No timestamp.
 *
 * Kraken calls bitcoin XBT and dogecoin XDG, and answers the old pairs under their legacy names
 * (`XBTUSD` as `XXBTZUSD`, `USDTUSD` as `USDTZUSD`); newer pairs come back under the name asked
 * (`SOLUSD`). A result key must name the requested pair, by one name or the other.
 */
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, isRecord, joinUrl, ok, str, venueText } from "./types.ts";

/** Pairs per Ticker request. */
const MAX_PAIRS_PER_REQUEST = 50;
/** Kraken's own asset codes where they differ from the ticker. */
const KRAKEN_ASSET: Readonly<Record<string, string>> = { BTC: "XBT", DOGE: "XDG" };
/** Assets with a legacy X-prefixed name (their pairs against a Z-fiat come back as `X…Z…`). */
const LEGACY_CRYPTO: Readonly<Record<string, string>> = { XBT: "XXBT", ETH: "XETH", LTC: "XLTC", XRP: "XXRP", XLM: "XXLM", ETC: "XETC" };
const LEGACY_FIAT: Readonly<Record<string, string>> = { USD: "ZUSD", EUR: "ZEUR" };
/** Result keys that follow neither form. */
const LISTED_KEY: Readonly<Record<string, string>> = { USDTUSD: "USDTZUSD" };

const RULE: VenueRule = {
  source: "kraken",
  name: "Kraken",
  quotes: ["USD", "USDT", "USDC", "EUR"],
  rule(b, q) {
    const base = KRAKEN_ASSET[b] ?? b;
    const symbol = `${base}${q}`;
    const legacy = LEGACY_CRYPTO[base] !== undefined && LEGACY_FIAT[q] !== undefined ? `${LEGACY_CRYPTO[base]}${LEGACY_FIAT[q]}` : undefined;
    return { symbol, key: LISTED_KEY[symbol] ?? legacy ?? symbol };
  },
};

function first(value: unknown): string | undefined {
  return Array.isArray(value) ? str(value[0]) : undefined;
}

function venueError(body: unknown): string | undefined {
  if (isRecord(body) && Array.isArray(body.error) && body.error.length > 0) return venueText(body.error.map(String).join(", "));
  return undefined;
}

function resultOf(body: unknown): Record<string, unknown> | string {
  if (!isRecord(body)) return "body is not an object";
  if (!Array.isArray(body.error)) return "missing error array";
  const error = venueError(body);
  if (error !== undefined) return `venue error: ${error}`;
  if (!isRecord(body.result)) return "missing result";
  return body.result;
}

function readPair(result: Record<string, unknown>, market: Market, batch: boolean): ParseResult {
  const names = [...new Set([market.key, market.symbol])].filter((n) => Object.hasOwn(result, n));
  if (names.length === 0 && batch) return fail(`${market.key} missing from the batch response`);
  if (names.length === 0) return fail(`result has no entry for ${market.symbol} (expected key ${market.key}, got ${Object.keys(result).slice(0, 5).join(", ") || "none"})`);
  if (names.length > 1) return fail(`result names ${market.symbol} twice (${names.join(", ")})`);
  const ticker = result[names[0]!];
  if (!isRecord(ticker)) return fail("pair entry is not an object");
  return ok({ last: first(ticker.c), bid: first(ticker.b), ask: first(ticker.a) });
}

export const kraken: SourceAdapter = {
  id: "kraken",
  name: "Kraken",
  defaultBaseUrl: "https://api.kraken.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/0/public/Ticker?pair=${market.symbol}`),
  time: "none",
  batch: {
    maxMarkets: MAX_PAIRS_PER_REQUEST,
    scope: "list",
    time: "none",
    url: (baseUrl, markets) => joinUrl(baseUrl, `/0/public/Ticker?pair=${markets.map((m) => m.symbol).join(",")}`),
    parse(body, markets) {
      const result = resultOf(body);
      if (typeof result === "string") return failAll(markets, result);
      return markets.map((m) => readPair(result, m, true));
    },
  },
  headers: () => ({}),
  parse(body, market) {
    const result = resultOf(body);
    if (typeof result === "string") return fail(result);
    const keys = Object.keys(result);
    if (keys.length !== 1) return fail(`expected one pair in result, got ${keys.length}`);
    return readPair(result, market, false);
  },
  venueError,
};
