/**
 * CoinGecko Pro (aggregator, premium key): `GET /api/v3/simple/price?ids=bitcoin&vs_currencies=usd&
 * include_last_updated_at=true&precision=full` with header `x-cg-pro-api-key` ->
 * `{bitcoin: {usd: 67012.33, last_updated_at: 1714566880}}`. An unknown id is just missing (`{}`).
 * The key is only ever decrypted inside the action.
 */
import { decimalFromNumber } from "../decimal.ts";
import { type Asset, type SourceAdapter, fail, isRecord, joinUrl, msFrom, ok } from "./types.ts";

const COINGECKO_ID: Record<Asset, string> = { BTC: "bitcoin", ETH: "ethereum", SOL: "solana", USDT: "tether", USDC: "usd-coin" };

/** Header CoinGecko Pro reads the key from. */
export const COINGECKO_PRO_KEY_HEADER = "x-cg-pro-api-key";

export const coingecko: SourceAdapter = {
  id: "coingecko",
  name: "CoinGecko Pro",
  defaultBaseUrl: "https://pro-api.coingecko.com",
  kind: "aggregator",
  requiresKey: true,
  market: (base) => ({ source: "coingecko", base, quote: "USD", symbol: COINGECKO_ID[base] }),
  url: (baseUrl, market) =>
    joinUrl(baseUrl, `/api/v3/simple/price?ids=${market.symbol}&vs_currencies=usd&include_last_updated_at=true&precision=full`),
  headers: (apiKey): Record<string, string> => (apiKey === undefined ? {} : { [COINGECKO_PRO_KEY_HEADER]: apiKey }),
  parse(body, market) {
    if (!isRecord(body)) return fail("body is not an object");
    if (isRecord(body.status) && body.status.error_code !== undefined) {
      return fail(`venue error ${String(body.status.error_code)}: ${String(body.status.error_message)}`);
    }
    const entry = body[market.symbol];
    if (!isRecord(entry)) return fail(`no entry for ${market.symbol}`);
    const last = decimalFromNumber(entry.usd);
    if (last === undefined) return fail("usd is not a finite number");
    const timestampMs = msFrom(entry.last_updated_at, "s");
    if (timestampMs === undefined) return fail("missing or invalid last_updated_at");
    return ok({ last, timestampMs });
  },
};
