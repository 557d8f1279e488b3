/**
 * The shape every price source adapter has: where to ask (`url`) and how to read the answer
 * (`parse`). Adapters do no I/O; the action shell fetches, the core parses and validates.
 */

/** Every source the action knows. */
export const SOURCE_IDS = [
  "coinbase",
  "binance",
  "kraken",
  "bitstamp",
  "okx",
  "bybit",
  "gemini",
  "kucoin",
  "bitfinex",
  "coingecko",
  "cryptocompare",
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Assets a feed may price. Feeds are always quoted in USD. */
export const ASSETS = ["BTC", "ETH", "SOL", "USDT", "USDC"] as const;
export type Asset = (typeof ASSETS)[number];

/** What a venue's market is quoted in. USDT markets are converted with a USDT/USD rate from USD venues. */
export type QuoteCurrency = "USD" | "USDT";

/** One market on one venue, e.g. Kraken's `XBTUSD`, Binance's `BTCUSDT`. */
export type Market = {
  source: SourceId;
  base: Asset;
  quote: QuoteCurrency;
  /** The venue's own symbol (what goes in the URL). */
  symbol: string;
};

/** What a venue said, still as exact decimal strings. */
export type RawQuote = {
  /** Last trade (or the aggregator's price). */
  last?: string;
  bid?: string;
  ask?: string;
  /** The venue's own timestamp of the quote, Unix milliseconds, when the format carries one. */
  timestampMs?: number;
};

export type ParseResult = { ok: true; quote: RawQuote } | { ok: false; reason: string };

export type SourceAdapter = {
  id: SourceId;
  /** Human name for logs and docs. */
  name: string;
  /** The real public API base URL (overridable per source in jsParams). */
  defaultBaseUrl: string;
  kind: "exchange" | "aggregator";
  /** Whether the source can only be used with an API key (decrypted inside the action). */
  requiresKey: boolean;
  /** The venue's market for pricing `base` in USD (or USDT, converted), or `undefined` if it has none. */
  market(base: Asset): Market | undefined;
  /** Full request URL for `market` under `baseUrl` (no trailing slash on `baseUrl`). */
  url(baseUrl: string, market: Market): string;
  /** Request headers; `apiKey` is only present when a premium key was decrypted for this source. */
  headers(apiKey: string | undefined): Record<string, string>;
  /** Reads the JSON body (already `JSON.parse`d). Checks the venue's in-body error conventions. */
  parse(body: unknown, market: Market): ParseResult;
};

/** Narrowing helpers shared by adapters. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function fail(reason: string): ParseResult {
  return { ok: false, reason };
}

export function ok(quote: RawQuote): ParseResult {
  return { ok: true, quote };
}

/** A string field, or `undefined` when missing or not a string. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Milliseconds from a number or numeric string, `undefined` if absent or not a safe integer. */
export function msFrom(value: unknown, unit: "s" | "ms"): number | undefined {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0) return undefined;
  return unit === "s" ? n * 1000 : n;
}

/** Trims trailing slashes so `url()` can append absolute paths. */
export function joinUrl(baseUrl: string, pathAndQuery: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${pathAndQuery}`;
}
