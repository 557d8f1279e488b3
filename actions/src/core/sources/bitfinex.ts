/**
 * Bitfinex v2: `GET /v2/ticker/tBTCUSD` -> a flat array of numbers
 * `[BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW]`;
 * errors are `["error", code, message]`. Bitfinex calls USDT "UST" and USDC "UDC". No timestamp.
 */
import { decimalFromNumber } from "../decimal.ts";
import { type Asset, type SourceAdapter, fail, joinUrl, ok } from "./types.ts";

const BITFINEX_ASSET: Record<Asset, string> = { BTC: "BTC", ETH: "ETH", SOL: "SOL", USDT: "UST", USDC: "UDC" };
const TICKER_LENGTH = 10;
const BID = 0;
const ASK = 2;
const LAST_PRICE = 6;

export const bitfinex: SourceAdapter = {
  id: "bitfinex",
  name: "Bitfinex",
  defaultBaseUrl: "https://api-pub.bitfinex.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => ({ source: "bitfinex", base, quote: "USD", symbol: `t${BITFINEX_ASSET[base]}USD` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v2/ticker/${market.symbol}`),
  headers: () => ({}),
  parse(body) {
    if (!Array.isArray(body)) return fail("body is not an array");
    if (body[0] === "error") return fail(`venue error ${String(body[1])}: ${String(body[2])}`);
    if (body.length < TICKER_LENGTH) return fail(`ticker array has ${body.length} fields, expected ${TICKER_LENGTH}`);
    const last = decimalFromNumber(body[LAST_PRICE]);
    if (last === undefined) return fail("LAST_PRICE is not a finite number");
    return ok({ last, bid: decimalFromNumber(body[BID]), ask: decimalFromNumber(body[ASK]) });
  },
};
