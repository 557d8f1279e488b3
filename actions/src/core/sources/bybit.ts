/**
 * Bybit v5: `GET /v5/market/tickers?category=spot&symbol=BTCUSDT` ->
 * `{retCode: 0, result: {list: [{lastPrice, bid1Price, ask1Price}]}, time (ms number)}`.
 */
import { type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok, str } from "./types.ts";

export const bybit: SourceAdapter = {
  id: "bybit",
  name: "Bybit",
  defaultBaseUrl: "https://api.bybit.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => (base === "USDT" || base === "USDC" ? undefined : { source: "bybit", base, quote: "USDT", symbol: `${base}USDT` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v5/market/tickers?category=spot&symbol=${market.symbol}`),
  headers: () => ({}),
  parse(body, market) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.retCode !== 0) return fail(`venue error ${String(body.retCode)}: ${String(body.retMsg)}`);
    const list = isRecord(body.result) && Array.isArray(body.result.list) ? body.result.list : undefined;
    const entry = list?.[0];
    if (!isRecord(entry)) return fail("missing result.list[0]");
    if (entry.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(entry.symbol)}`);
    const timestampMs = msFrom(body.time, "ms");
    if (timestampMs === undefined) return fail("missing or invalid time");
    return ok({ last: str(entry.lastPrice), bid: str(entry.bid1Price), ask: str(entry.ask1Price), timestampMs });
  },
};
