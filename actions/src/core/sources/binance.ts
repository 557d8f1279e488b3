/**
 * Binance: `GET /api/v3/ticker/price?symbol=BTCUSDT` -> `{symbol, price}` (strings, no timestamp).
 * Binance only has stablecoin books, so its markets are USDT-quoted and converted with a USDT/USD rate.
 */
import { type SourceAdapter, fail, isRecord, joinUrl, ok, str } from "./types.ts";

export const binance: SourceAdapter = {
  id: "binance",
  name: "Binance",
  defaultBaseUrl: "https://api.binance.com",
  kind: "exchange",
  requiresKey: false,
  // A stablecoin is never priced from another stablecoin's book.
  market: (base) => (base === "USDT" || base === "USDC" ? undefined : { source: "binance", base, quote: "USDT", symbol: `${base}USDT` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/api/v3/ticker/price?symbol=${market.symbol}`),
  headers: () => ({}),
  parse(body, market) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.code !== undefined) return fail(`venue error ${String(body.code)}: ${String(body.msg)}`);
    if (body.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(body.symbol)}`);
    return ok({ last: str(body.price) });
  },
};
