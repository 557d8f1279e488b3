/**
 * Kraken: `GET /0/public/Ticker?pair=XBTUSD` -> `{error: [], result: {XXBTZUSD: {a, b, c, ...}}}`.
 * The result key is Kraken's legacy name (XXBTZUSD, USDTZUSD, SOLUSD), so the single key is read
 * instead of being rebuilt from the request. No timestamp.
 */
import { type Asset, type SourceAdapter, fail, isRecord, joinUrl, ok, str } from "./types.ts";

/** Kraken calls bitcoin XBT. */
const KRAKEN_ASSET: Record<Asset, string> = { BTC: "XBT", ETH: "ETH", SOL: "SOL", USDT: "USDT", USDC: "USDC" };

function first(value: unknown): string | undefined {
  return Array.isArray(value) ? str(value[0]) : undefined;
}

export const kraken: SourceAdapter = {
  id: "kraken",
  name: "Kraken",
  defaultBaseUrl: "https://api.kraken.com",
  kind: "exchange",
  requiresKey: false,
  market: (base) => ({ source: "kraken", base, quote: "USD", symbol: `${KRAKEN_ASSET[base]}USD` }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/0/public/Ticker?pair=${market.symbol}`),
  headers: () => ({}),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    if (!Array.isArray(body.error)) return fail("missing error array");
    if (body.error.length > 0) return fail(`venue error: ${body.error.map(String).join(", ")}`);
    if (!isRecord(body.result)) return fail("missing result");
    const keys = Object.keys(body.result);
    if (keys.length !== 1) return fail(`expected one pair in result, got ${keys.length}`);
    const ticker = body.result[keys[0]!];
    if (!isRecord(ticker)) return fail("pair entry is not an object");
    return ok({ last: first(ticker.c), bid: first(ticker.b), ask: first(ticker.a) });
  },
};
