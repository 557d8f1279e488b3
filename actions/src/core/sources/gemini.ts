/** Gemini v1: `GET /v1/pubticker/btcusd` -> `{bid, ask, last, volume: {..., timestamp (ms number)}}`. */
import { type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok, str } from "./types.ts";

export const gemini: SourceAdapter = {
  id: "gemini",
  name: "Gemini",
  defaultBaseUrl: "https://api.gemini.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => (base === "USDC" ? undefined : { source: "gemini", base, quote: "USD", symbol: `${base.toLowerCase()}usd` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/v1/pubticker/${market.symbol}`),
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.result === "error") return fail(`venue error ${String(body.reason)}: ${String(body.message)}`);
    const timestampMs = isRecord(body.volume) ? msFrom(body.volume.timestamp, "ms") : undefined;
    if (timestampMs === undefined) return fail("missing or invalid volume.timestamp");
    return ok({ last: str(body.last), bid: str(body.bid), ask: str(body.ask), timestampMs });
  },
};
