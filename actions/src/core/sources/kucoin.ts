/**
 * KuCoin: `GET /api/v1/market/orderbook/level1?symbol=BTC-USDT` ->
 * `{code: "200000", data: {price, bestBid, bestAsk, time (ms number)}}`; `data` may be null for an
 * unknown symbol even with code 200000.
 */
import { type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok, str } from "./types.ts";

export const kucoin: SourceAdapter = {
  id: "kucoin",
  name: "KuCoin",
  defaultBaseUrl: "https://api.kucoin.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => (base === "USDT" || base === "USDC" ? undefined : { source: "kucoin", base, quote: "USDT", symbol: `${base}-USDT` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v1/market/orderbook/level1?symbol=${market.symbol}`),
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.code !== "200000") return fail(`venue error ${String(body.code)}: ${String(body.msg)}`);
    if (!isRecord(body.data)) return fail("data is null (unknown symbol?)");
    const timestampMs = msFrom(body.data.time, "ms");
    if (timestampMs === undefined) return fail("missing or invalid data.time");
    return ok({ last: str(body.data.price), bid: str(body.data.bestBid), ask: str(body.data.bestAsk), timestampMs });
  },
};
