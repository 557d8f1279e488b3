/**
 * Market resolution shared by the adapters: a pair is priced on a venue when the venue's rule covers
 * its quote currency and the catalog (or a manifest's own listings) lists it; the symbol comes from
 * the venue's rule or its listed exception.
 */
import { CATALOG, LISTING_ENDPOINT } from "./catalog.ts";
import { type Listings, type Market, type MarketResolution, type SourceId, STABLECOINS } from "./types.ts";

/** A ticker as the catalog and manifests write it. */
export const TICKER = /^[A-Z0-9]{1,15}$/;
/** Characters a venue symbol may have (it goes into a URL path or query unescaped). */
export const VENUE_SYMBOL = /^[A-Za-z0-9:_\-/]{1,40}$/;

export type VenueRule = {
  source: SourceId;
  name: string;
  quotes: readonly string[];
  /** The venue's symbol (and body key) for a pair by its naming rule. */
  rule(base: string, quote: string): { symbol: string; key: string };
};

export function resolveWith(rule: VenueRule, base: string, quote: string, extra?: Listings): MarketResolution {
  const no = (reason: string): MarketResolution => ({ ok: false, source: rule.source, base, quote, reason });
  if (typeof base !== "string" || !TICKER.test(base)) return no(`base ${JSON.stringify(base)} is not an upper-case ticker`);
  if (typeof quote !== "string" || !TICKER.test(quote)) return no(`quote ${JSON.stringify(quote)} is not an upper-case ticker`);
  if (base === quote) return no(`${base}/${quote} is not a pair`);
  const pair = `${base}/${quote}`;
  const made = (s: { symbol: string; key: string }): MarketResolution => {
    if (!VENUE_SYMBOL.test(s.symbol) || !VENUE_SYMBOL.test(s.key)) return no(`listed symbol ${JSON.stringify(s.symbol)} has characters a URL cannot carry as is`);
    return { ok: true, market: { source: rule.source, base, quote, symbol: s.symbol, key: s.key } };
  };
  const listed = extra?.[rule.source]?.[pair];
  if (listed !== undefined) {
    if (listed === true) return made(rule.rule(base, quote));
    if (typeof listed === "string") return made({ symbol: listed, key: listed });
    return made(listed);
  }
  if (!rule.quotes.includes(quote)) return no(`${rule.name} has no ${quote}-quoted markets (it quotes ${rule.quotes.join(", ")})`);
  if (!(CATALOG[rule.source][quote] ?? []).includes(base)) {
    return no(`${rule.name} does not list ${pair} in the catalog (check ${LISTING_ENDPOINT[rule.source]} and list it in the manifest)`);
  }
  return made(rule.rule(base, quote));
}

/** The venue's default market for a USD price: its USD book, else its USDT book, never a stablecoin from a stablecoin book. */
export function usdMarketWith(rule: VenueRule, base: string): Market | undefined {
  const usd = resolveWith(rule, base, "USD");
  if (usd.ok) return usd.market;
  if (STABLECOINS.includes(base)) return undefined;
  const usdt = resolveWith(rule, base, "USDT");
  return usdt.ok ? usdt.market : undefined;
}
