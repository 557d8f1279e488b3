/** Coinbase Exchange: `GET /products/BTC-USD/ticker` -> `{price, bid, ask, time (ISO-8601)}`, all strings. */
import { type Asset, type SourceAdapter, fail, isRecord, joinUrl, ok, str } from "./types.ts";

/** Coinbase has no live USDC-USD book (it treats USDC as USD), so USDC is not priced here. */
const UNSUPPORTED: readonly Asset[] = ["USDC"];

export const coinbase: SourceAdapter = {
  id: "coinbase",
  name: "Coinbase Exchange",
  defaultBaseUrl: "https://api.exchange.coinbase.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => (UNSUPPORTED.includes(base) ? undefined : { source: "coinbase", base, quote: "USD", symbol: `${base}-USD` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/products/${market.symbol}/ticker`),
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    if (typeof body.message === "string" && body.price === undefined) return fail(`venue error: ${body.message}`);
    const time = str(body.time);
    const timestampMs = time === undefined ? Number.NaN : Date.parse(time);
    if (!Number.isFinite(timestampMs)) return fail("missing or invalid time");
    return ok({ last: str(body.price), bid: str(body.bid), ask: str(body.ask), timestampMs });
  },
};
