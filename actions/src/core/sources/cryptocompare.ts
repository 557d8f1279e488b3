/**
 * CryptoCompare (aggregator, optional key): `GET /data/price?fsym=BTC&tsyms=USD&tryConversion=false`
 * -> `{USD: 67010.12}`; errors come with HTTP 200 as `{Response: "Error", Message}`. With a key the
 * header is `authorization: Apikey <key>`. No timestamp. `tryConversion=false` so no synthetic
 * cross-rates come back.
 */
import { decimalFromNumber } from "../decimal.ts";
import { type SourceAdapter, fail, isRecord, joinUrl, ok } from "./types.ts";

export const cryptocompare: SourceAdapter = {
  id: "cryptocompare",
  name: "CryptoCompare",
  defaultBaseUrl: "https://min-api.cryptocompare.com",
  kind: "aggregator",
  requiresKey: false,
  market: (base) => ({ source: "cryptocompare", base, quote: "USD", symbol: base }),
  url: (baseUrl, market) => joinUrl(baseUrl, `/data/price?fsym=${market.symbol}&tsyms=USD&tryConversion=false`),
  headers: (apiKey): Record<string, string> => (apiKey === undefined ? {} : { authorization: `Apikey ${apiKey}` }),
  parse(body) {
    if (!isRecord(body)) return fail("body is not an object");
    if (body.Response === "Error") return fail(`venue error: ${String(body.Message)}`);
    const last = decimalFromNumber(body.USD);
    if (last === undefined) return fail("USD is not a finite number");
    return ok({ last });
  },
};
