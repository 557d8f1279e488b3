/**
 * Bitfinex v2: `GET /v2/ticker/tBTCUSD` -> a flat array of numbers
 * `[BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW]`;
 * `GET /v2/tickers?symbols=tBTCUSD,tETHUSD` -> one such array per symbol with the symbol first
 * (unknown symbols are left out). Errors are `["error", code, message]` (`10020` invalid symbol,
 * `11010` rate limit). No timestamp. Bitfinex calls USDT "UST", USDC "UDC", ATOM "ATO" and BCH
 * "BCHN"; a code longer than three letters takes a colon (`tDOGE:USD`).
 */
import { decimalFromNumber } from "../decimal.ts";
import { resolveWith, usdMarketWith, type VenueRule } from "./resolve.ts";
import { type Market, type ParseResult, type SourceAdapter, fail, failAll, indexEntries, isRecord, joinUrl, ok, parseIndexed, venueText } from "./types.ts";

/**
 * Bitfinex's own three-letter codes where they differ from the ticker (checked against ccxt 4.5.84
 * `bitfinex.commonCurrencies`, which maps the venue's codes to the common ones).
 */
const BITFINEX_ASSET: Readonly<Record<string, string>> = {
  USDT: "UST",
  USDC: "UDC",
  ATOM: "ATO",
  BCH: "BCHN",
  ALGO: "ALG",
  DASH: "DSH",
  IOTA: "IOT",
  MANA: "MNA",
  QTUM: "QTM",
  STORJ: "STJ",
  TUSD: "TSD",
  EURT: "EUT",
  AMPL: "AMP",
};
/** Symbols per tickers request. */
const MAX_SYMBOLS_PER_REQUEST = 100;
const TICKER_LENGTH = 10;
const BID = 0;
const ASK = 2;
const LAST_PRICE = 6;

const RULE: VenueRule = {
  source: "bitfinex",
  name: "Bitfinex",
  quotes: ["USD", "USDT", "EUR"],
  rule(b, q) {
    const [base, quote] = [BITFINEX_ASSET[b] ?? b, BITFINEX_ASSET[q] ?? q];
    const symbol = base.length > 3 || quote.length > 3 ? `t${base}:${quote}` : `t${base}${quote}`;
    return { symbol, key: symbol };
  },
};

function venueError(body: unknown): string | undefined {
  if (Array.isArray(body) && body[0] === "error") return venueText(body[1], body[2]);
  if (isRecord(body) && body.error !== undefined) return venueText(body.error, body.message);
  return undefined;
}

/** Reads the ten ticker fields starting at `offset` (0 for the single endpoint, 1 after the symbol in a batch). */
function readFields(fields: readonly unknown[], offset: number): ParseResult {
  if (fields.length < offset + TICKER_LENGTH) return fail(`ticker array has ${fields.length - offset} fields, expected ${TICKER_LENGTH}`);
  const last = decimalFromNumber(fields[offset + LAST_PRICE]);
  if (last === undefined) return fail("LAST_PRICE is not a finite number");
  return ok({ last, bid: decimalFromNumber(fields[offset + BID]), ask: decimalFromNumber(fields[offset + ASK]) });
}

export const bitfinex: SourceAdapter = {
  id: "bitfinex",
  name: "Bitfinex",
  defaultBaseUrl: "https://api-pub.bitfinex.com",
  kind: "exchange",
  requiresKey: false,
  quotes: RULE.quotes,
  resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
  market: (base) => usdMarketWith(RULE, base),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v2/ticker/${market.symbol}`),
  time: "none",
  batch: {
    maxMarkets: MAX_SYMBOLS_PER_REQUEST,
    scope: "list",
    time: "none",
    url: (baseUrl, markets) => joinUrl(baseUrl, `/v2/tickers?symbols=${markets.map((m) => m.symbol).join(",")}`),
    parse(body, markets: readonly Market[]) {
      const error = venueError(body);
      if (error !== undefined) return failAll(markets, `venue error ${error}`);
      if (!Array.isArray(body)) return failAll(markets, "body is not an array");
      return parseIndexed(indexEntries(body, (e) => (Array.isArray(e) ? e[0] : undefined)), markets, (e) =>
        Array.isArray(e) ? readFields(e, 1) : fail("ticker entry is not an array"),
      );
    },
  },
  headers: () => ({}),
  parse(body) {
    const error = venueError(body);
    if (error !== undefined) return fail(`venue error ${error}`);
    if (!Array.isArray(body)) return fail("body is not an array");
    return readFields(body, 0);
  },
  venueError,
};
