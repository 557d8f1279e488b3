/**
 * The shape every price source adapter has: how to name a pair on the venue (`resolve`), where to
 * ask for one market (`url`) or many at once (`batch.url`), and how to read the answer (`parse`,
 * `batch.parse`, `venueError`). Adapters do no I/O; the action shell fetches, the core parses and
 * validates.
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

/** Stablecoins: never priced from another stablecoin's book when a USD price is wanted. */
export const STABLECOINS: readonly string[] = ["USDT", "USDC", "DAI", "FDUSD", "PYUSD"];

/** What a venue's market is quoted in (`USD`, `USDT`, `USDC`, `EUR` ...). */
export type QuoteCurrency = string;

/** One market on one venue, e.g. Kraken's `XBTUSD`, Binance's `BTCUSDT`. */
export type Market = {
  source: SourceId;
  /** Ticker of the priced asset, upper case (`BTC`). */
  base: string;
  /** Ticker of the currency the venue quotes it in (`USD`, `USDT`). */
  quote: QuoteCurrency;
  /** The venue's own symbol (what goes in the URL). */
  symbol: string;
  /**
   * The name the venue's response body gives this market: Kraken answers `XBTUSD` as `XXBTZUSD`,
   * Bitstamp's all-pairs list says `BTC/USD`; for most venues it is the symbol itself.
   */
  key: string;
};

/** {@link SourceAdapter.resolve}'s answer: the market, or why the venue cannot price the pair. */
export type MarketResolution = { ok: true; market: Market } | { ok: false; source: SourceId; base: string; quote: string; reason: string };

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

/**
 * What the timestamp an endpoint carries really says (see docs/sources.md):
 * - `quote`: when the venue's price last changed or was computed (a stale price shows as old);
 * - `snapshot`: when the venue produced the answer (proves the answer is new, not that the book moved);
 * - `none`: the body has no time at all; freshness is only that the request was made this round.
 */
export type TimeSemantics = "quote" | "snapshot" | "none";

/** A request that names many markets (or returns all of a kind) and the reader of its answer. */
export type BatchEndpoint = {
  /** Most markets one request may carry (parameter length limits); `"all"` endpoints answer every market anyway. */
  maxMarkets: number;
  /** `list`: the request names the markets; `all`: it returns every market of the venue (or of one type). */
  scope: "list" | "all";
  /** Freshness the batch format carries (may differ from the single endpoint's). */
  time: TimeSemantics;
  /** Markets that cannot share one request get different groups (one request per group and chunk). */
  group?(market: Market): string;
  /** Full request URL for `markets` (all of one group, at most `maxMarkets`). */
  url(baseUrl: string, markets: readonly Market[]): string;
  /**
   * One result per market, in the order given. A market the body does not carry is a failure that
   * names it; a market carried twice is a failure too (the venue's answer is ambiguous).
   */
  parse(body: unknown, markets: readonly Market[]): ParseResult[];
};

export type SourceAdapter = {
  id: SourceId;
  /** Human name for logs and docs. */
  name: string;
  /** The real public API base URL (overridable per source). */
  defaultBaseUrl: string;
  kind: "exchange" | "aggregator";
  /** Whether the source can only be used with an API key (decrypted inside the action). */
  requiresKey: boolean;
  /** Quote currencies the venue's symbol rule covers. */
  quotes: readonly string[];
  /**
   * The venue's market for `base`/`quote`: the symbol by the venue's rule (or its listed exception),
   * provided the catalog says the venue lists the pair; otherwise the reason.
   */
  resolve(base: string, quote: string, extra?: Listings): MarketResolution;
  /** The venue's default market for pricing `base` in USD: its USD book, else its USDT book (never for a stablecoin). */
  market(base: string): Market | undefined;
  /** Full request URL for `market` under `baseUrl` (no trailing slash on `baseUrl`). */
  url(baseUrl: string, market: Market): string;
  /** Freshness the single-market format carries. */
  time: TimeSemantics;
  /** The multi-market endpoint, where the venue has one that fits an action. */
  batch?: BatchEndpoint;
  /** Request headers; `apiKey` is only present when a premium key was decrypted for this source. */
  headers(apiKey: string | undefined): Record<string, string>;
  /** Reads the JSON body (already `JSON.parse`d). Checks the venue's in-body error conventions. */
  parse(body: unknown, market: Market): ParseResult;
  /**
   * The venue's own error text if `body` is one of its error answers (any status), else `undefined`:
   * `-1121: Invalid symbol.`, `NotFound`, `InvalidSymbol: ...`, `10020: symbol: invalid`.
   */
  venueError(body: unknown): string | undefined;
};

/**
 * Pairs listed beyond the built-in catalog (a manifest's own entries): per venue, `BASE/QUOTE` to
 * `true` (the venue's rule gives the symbol) or the venue's symbol (and body key) where it does not.
 */
export type Listings = Partial<Record<SourceId, Readonly<Record<string, true | string | { symbol: string; key: string }>>>>;

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

/** Longest venue error text carried into a rejection reason, characters. */
export const MAX_VENUE_ERROR_CHARS = 160;

/** A venue's error text, one line, bounded (the body is hostile: never let it flood logs). */
export function venueText(...parts: unknown[]): string {
  const text = parts
    .filter((p) => p !== undefined && p !== null && p !== "")
    .map((p) => (typeof p === "string" || typeof p === "number" ? String(p) : JSON.stringify(p)))
    .join(": ")
    .replace(/[\u0000-\u001f\u007f]+/g, " ");
  return text.length > MAX_VENUE_ERROR_CHARS ? `${text.slice(0, MAX_VENUE_ERROR_CHARS)}…` : text;
}

/**
 * Indexes batch entries by the body's name for each market; the same name twice is recorded as
 * ambiguous. `entries` are whatever the body lists; `nameOf` reads an entry's market name.
 */
export function indexEntries<T>(entries: readonly T[], nameOf: (entry: T) => unknown): Map<string, T | "duplicate"> {
  const index = new Map<string, T | "duplicate">();
  for (const entry of entries) {
    const name = nameOf(entry);
    if (typeof name !== "string") continue;
    index.set(name, index.has(name) ? "duplicate" : entry);
  }
  return index;
}

/** Per-market results of a batch from an index and a reader of one entry. */
export function parseIndexed<T>(
  index: ReadonlyMap<string, T | "duplicate">,
  markets: readonly Market[],
  read: (entry: T, market: Market) => ParseResult,
): ParseResult[] {
  return markets.map((market) => {
    const entry = index.get(market.key);
    if (entry === undefined) return fail(`${market.key} missing from the batch response`);
    if (entry === "duplicate") return fail(`${market.key} appears more than once in the batch response`);
    return read(entry, market);
  });
}

/** The same failure for every market of a batch (a venue error or a malformed body fails them all). */
export function failAll(markets: readonly Market[], reason: string): ParseResult[] {
  return markets.map(() => fail(reason));
}
