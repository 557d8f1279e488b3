/** OKX: `GET /api/v5/market/ticker?instId=BTC-USDT` -> `{code: "0", data: [{last, bidPx, askPx, ts (ms string)}]}`. */
import { type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok, str } from "./types.ts";

export const okx: SourceAdapter = {
  id: "okx",
  name: "OKX",
  defaultBaseUrl: "https://www.okx.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => (base === "USDT" || base === "USDC" ? undefined : { source: "okx", base, quote: "USDT", symbol: `${base}-USDT` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v5/market/ticker?instId=${market.symbol}`),
  headers: () => ({}),
  parse(body, market) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.code !== "0") return fail(`venue error ${String(body.code)}: ${String(body.msg)}`);
    const entry = Array.isArray(body.data) ? body.data[0] : undefined;
    if (!isRecord(entry)) return fail("missing data[0]");
    if (entry.instId !== market.symbol) return fail(`instrument mismatch: asked ${market.symbol}, got ${String(entry.instId)}`);
    const timestampMs = msFrom(entry.ts, "ms");
    if (timestampMs === undefined) return fail("missing or invalid ts");
    return ok({ last: str(entry.last), bid: str(entry.bidPx), ask: str(entry.askPx), timestampMs });
  },
};
