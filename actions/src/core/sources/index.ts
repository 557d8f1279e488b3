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
import { type Listings, type Market, type MarketResolution, type SourceAdapter, type SourceId, SOURCE_IDS, STABLECOINS } from "./types.ts";

export { SOURCE_IDS, STABLECOINS } from "./types.ts";
export { CATALOG, COINGECKO_IDS, LISTING_ENDPOINT } from "./catalog.ts";
export type {
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

/** Sources that can price `base` in USD without a key from a USD book (the embedded stack's default source set). */
export function keylessUsdSourcesFor(base: string): SourceId[] {
  return SOURCE_IDS.filter((id) => !SOURCES[id].requiresKey && SOURCES[id].resolve(base, "USD").ok);
}

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
