/** Bitstamp: `GET /api/v2/ticker/btcusd/` -> `{last, bid, ask, timestamp (Unix seconds as a string)}`. */
import { type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok, str } from "./types.ts";

export const bitstamp: SourceAdapter = {
  id: "bitstamp",
  name: "Bitstamp",
  defaultBaseUrl: "https://www.bitstamp.net",
  kind: "exchange",
  requiresKey: false,
  market: (base) => ({ source: "bitstamp", base, quote: "USD", symbol: `${base.toLowerCase()}usd` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v2/ticker/${market.symbol}/`),
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    const timestampMs = msFrom(body.timestamp, "s");
    if (timestampMs === undefined) return fail("missing or invalid timestamp");
    return ok({ last: str(body.last), bid: str(body.bid), ask: str(body.ask), timestampMs });
  },
};
