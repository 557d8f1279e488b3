/**
 * The registry of price sources. Config overrides each source's base URL (a proxy or the local
 * market simulator stands in for the real API); the defaults are the real public endpoints.
 */
import { binance } from "./binance.ts";
import { bitfinex } from "./bitfinex.ts";
import { bitstamp } from "./bitstamp.ts";
import { bybit } from "./bybit.ts";
import { coinbase } from "./coinbase.ts";
import { coingecko } from "./coingecko.ts";
import { cryptocompare } from "./cryptocompare.ts";
import { gemini } from "./gemini.ts";
import { kraken } from "./kraken.ts";
import { kucoin } from "./kucoin.ts";
import { okx } from "./okx.ts";
import { type Asset, type Market, type SourceAdapter, type SourceId, SOURCE_IDS } from "./types.ts";

export { ASSETS, SOURCE_IDS } from "./types.ts";
export type { Asset, Market, ParseResult, QuoteCurrency, RawQuote, SourceAdapter, SourceId } from "./types.ts";

export const SOURCES: Readonly<Record<SourceId, SourceAdapter>> = {
  coinbase,
  binance,
  kraken,
  bitstamp,
  okx,
  bybit,
  gemini,
  kucoin,
  bitfinex,
  coingecko,
  cryptocompare,
};

/** The real public base URL of every source. */
export const DEFAULT_BASE_URLS: Readonly<Record<SourceId, string>> = Object.fromEntries(
  SOURCE_IDS.map((id) => [id, SOURCES[id].defaultBaseUrl]),
) as Record<SourceId, string>;

/** Sources that can price `base` without a key (the default source set of a feed). */
export function keylessSourcesFor(base: Asset): SourceId[] {
  return SOURCE_IDS.filter((id) => !SOURCES[id].requiresKey && SOURCES[id].market(base) !== undefined);
}

/** The market `source` uses to price `base`, or `undefined` if it has none. */
export function marketOf(source: SourceId, base: Asset): Market | undefined {
  return SOURCES[source].market(base);
}

/**
 * Venues with a real USD book for USDT (Kraken USDTZUSD, Coinbase USDT-USD, Bitstamp usdtusd,
 * Gemini usdtusd, Bitfinex tUSTUSD): the default sources of the USDT/USD conversion rate.
 */
export const DEFAULT_USDT_RATE_SOURCES: readonly SourceId[] = ["kraken", "coinbase", "bitstamp", "gemini", "bitfinex"];
