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
import { type Asset, type Listings, type Market, type MarketResolution, type SourceAdapter, type SourceId, SOURCE_IDS, STABLECOINS } from "./types.ts";

export { ASSETS, SOURCE_IDS, STABLECOINS } from "./types.ts";
export { CATALOG, COINGECKO_IDS, LISTING_ENDPOINT } from "./catalog.ts";
export type {
  Asset,
  BatchEndpoint,
  Listings,
  Market,
  MarketResolution,
  ParseResult,
  QuoteCurrency,
  RawQuote,
  SourceAdapter,
  SourceId,
  TimeSemantics,
} from "./types.ts";

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

/**
 * The market `venue` prices `base`/`quote` on, or why it cannot: an unknown venue, a quote currency
 * the venue does not trade, a pair the catalog (and `extra`, a manifest's own listings) does not
 * list, a symbol that cannot go in a URL. The manifest builder calls it for every feed and source, so
 * a pair a venue does not list fails at build time with the venue and the reason.
 */
export function resolveMarket(venue: string, base: string, quote: string, extra?: Listings): MarketResolution {
  if (!(SOURCE_IDS as readonly string[]).includes(venue)) {
    return { ok: false, source: venue as SourceId, base, quote, reason: `unknown venue ${JSON.stringify(venue)} (known: ${SOURCE_IDS.join(", ")})` };
  }
  return SOURCES[venue as SourceId].resolve(base, quote, extra);
}

/**
 * How a price quoted in `quote` becomes a USD price: directly, or multiplied by the `quote`/USD rate,
 * which is itself a feed priced from USD books only (`USDT/USD`, `USDC/USD`).
 */
export type ConversionPath = { kind: "direct" } | { kind: "via"; rateFeed: string } | { kind: "unsupported"; reason: string };

export function conversionPath(quote: string, target = "USD"): ConversionPath {
  if (quote === target) return { kind: "direct" };
  if (target === "USD" && STABLECOINS.includes(quote)) return { kind: "via", rateFeed: `${quote}/USD` };
  return { kind: "unsupported", reason: `no conversion from ${quote} to ${target} (only stablecoin quotes convert, through their USD feed)` };
}
