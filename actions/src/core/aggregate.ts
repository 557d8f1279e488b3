/**
 * One node's view of the market: read each source's response, validate it, convert USDT markets to
 * USD with a USDT/USD rate taken from USD venues, take the median of every valid price, and check the
 * source quorum and the spread (which can refuse the feed, never move its value). Everything is exact bigint fixed point at
 * {@link INTERNAL_DECIMALS}; comparisons are numeric.
 *
 * Pure: no I/O, no clock (the node's clock reading comes in as a parameter).
 */
import { INTERNAL_DECIMALS, absBigint, compareBigint, divRound, parseDecimal, pow10, ppmOf } from "./decimal.ts";
import { type Market, type ParseResult, type RawQuote, type SourceId } from "./sources/index.ts";
import { marketKeyOf, parseResponse } from "./sources/plan.ts";

/** What the shell got back from one request. */
export type FetchOutcome = { ok: true; status: number; body: string } | { ok: false; error: string };

/** A validated price from one source, in the market's quote currency, scaled by 10^18. */
export type Quote = { source: SourceId; market: Market; price: bigint; timestampMs: number | undefined };
export type Rejection = { source: SourceId; symbol: string; reason: string };

export type QuoteContext = {
  /** This node's clock when the round started, Unix seconds (quote ages are measured against it). */
  observedAt: number;
  maxQuoteAgeSeconds: number;
  maxQuoteLeadSeconds: number;
  maxBookSpreadPpm: number;
};

const ONE = pow10(INTERNAL_DECIMALS);

function positive(text: string | undefined, field: string): { value: bigint } | { reason: string } {
  if (text === undefined) return { reason: `missing ${field}` };
  const value = parseDecimal(text);
  if (value === undefined) return { reason: `${field} is not a finite decimal: ${JSON.stringify(text.slice(0, 40))}` };
  if (value <= 0n) return { reason: `${field} is not positive: ${text}` };
  return { value };
}

/**
 * Validates a parsed quote: positive finite numbers, a sane book, a fresh timestamp. The price is the
 * mid `(bid + ask) / 2` when the venue gives a book, else the last trade; a crossed book or one wider
 * than `maxBookSpreadPpm` is rejected rather than silently replaced by the last trade.
 */
export function validateQuote(raw: RawQuote, ctx: QuoteContext): { ok: true; price: bigint } | { ok: false; reason: string } {
  if (raw.timestampMs !== undefined) {
    const ageMs = ctx.observedAt * 1000 - raw.timestampMs;
    if (ageMs > ctx.maxQuoteAgeSeconds * 1000) return { ok: false, reason: `stale: quote is ${Math.floor(ageMs / 1000)} s older than the node's clock` };
    if (-ageMs > ctx.maxQuoteLeadSeconds * 1000) return { ok: false, reason: `quote timestamp is ${Math.floor(-ageMs / 1000)} s after the node's clock` };
  }
  const hasBook = raw.bid !== undefined || raw.ask !== undefined;
  if (hasBook) {
    const bid = positive(raw.bid, "bid");
    if ("reason" in bid) return { ok: false, reason: bid.reason };
    const ask = positive(raw.ask, "ask");
    if ("reason" in ask) return { ok: false, reason: ask.reason };
    if (ask.value < bid.value) return { ok: false, reason: `crossed book: bid ${raw.bid} > ask ${raw.ask}` };
    if (ppmOf(ask.value - bid.value, bid.value) > BigInt(ctx.maxBookSpreadPpm)) {
      return { ok: false, reason: `book too wide: bid ${raw.bid} ask ${raw.ask}` };
    }
    if (raw.last !== undefined) {
      const last = positive(raw.last, "last");
      if ("reason" in last) return { ok: false, reason: last.reason };
    }
    return { ok: true, price: (bid.value + ask.value) / 2n };
  }
  const last = positive(raw.last, "last");
  if ("reason" in last) return { ok: false, reason: last.reason };
  return { ok: true, price: last.value };
}

/** Turns one source's HTTP outcome into a validated {@link Quote} or a {@link Rejection} with a reason. */
export function readQuote(market: Market, outcome: FetchOutcome | undefined, ctx: QuoteContext): Quote | Rejection {
  return quoteFrom(market, parseResponse({ key: marketKeyOf(market), source: market.source, batch: false, markets: [market] }, outcome)[0]!, ctx);
}

/** Validates what an adapter read for `market` (from a single or a batch answer) into a {@link Quote} or a {@link Rejection}. */
export function quoteFrom(market: Market, parsed: ParseResult, ctx: QuoteContext): Quote | Rejection {
  const reject = (reason: string): Rejection => ({ source: market.source, symbol: market.symbol, reason });
  if (!parsed.ok) return reject(parsed.reason);
  const valid = validateQuote(parsed.quote, ctx);
  if (!valid.ok) return reject(valid.reason);
  return { source: market.source, market, price: valid.price, timestampMs: parsed.quote.timestampMs };
}

export function isQuote(value: Quote | Rejection): value is Quote {
  return "price" in value;
}

/** Median of bigints (numeric sort); for an even count the mean of the two middle values, rounded half up. */
export function medianOf(values: readonly bigint[]): bigint {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort(compareBigint);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return divRound(sorted[mid - 1]! + sorted[mid]!, 2n);
}

/** The lower median of small integers (counts, ppm), numeric sort. */
export function lowerMedianOf(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}

/** Quorum rule: at least `min` answered and they are a strict majority of the `configured` ones. */
export function hasQuorum(answered: number, configured: number, min: number): boolean {
  return answered >= min && answered * 2 > configured;
}

export type AggregateOptions = {
  minSources: number;
  /** The spread limit, ppm: the widest honest dispersion `(max - min) / min` the feed tolerates. */
  maxSpreadPpm: number;
};

export type Priced = { source: SourceId; price: bigint };

export type AggregateResult =
  | { ok: true; median: bigint; used: SourceId[]; outliers: SourceId[]; spreadPpm: number }
  | { ok: false; code: "source-quorum" | "spread-too-wide"; reason: string; used: SourceId[]; outliers: SourceId[]; spreadPpm: number };

/**
 * Width of the narrowest window of sorted values that holds a strict majority (`floor(n/2) + 1`) of
 * them. With an honest strict majority whose dispersion is `w`, this is at most `w`.
 */
export function narrowestMajorityWidth(sorted: readonly bigint[]): bigint {
  const k = (sorted.length >> 1) + 1;
  let best = sorted[k - 1]! - sorted[0]!;
  for (let i = 1; i + k - 1 < sorted.length; i++) {
    const w = sorted[i + k - 1]! - sorted[i]!;
    if (w < best) best = w;
  }
  return best;
}

/**
 * Aggregates one feed's USD prices. The answer is the median of EVERY valid price, so it lies inside
 * the honest sources' range whenever honest sources are a strict majority of the valid ones, however
 * the liars place themselves (docs/price-feed-action.md proves it). The spread limit `S` then decides
 * only whether the round is signed at all, never which value is:
 *
 * - outliers (diagnostics and quorum) are the prices further than `S * median` from the median; an
 *   honest set with `(max - min) <= S * min` has every member within that band, so none is dropped;
 * - the spread check measures the narrowest window holding a strict majority of the prices against
 *   `S * median`; an honest majority of dispersion up to `S` always passes it;
 * - the quorum counts the prices inside the band against every configured source (at least
 *   `minSources` and a strict majority), so lying and silent sources both count against it.
 */
export function aggregatePrices(prices: readonly Priced[], configured: number, options: AggregateOptions): AggregateResult {
  if (prices.length === 0) {
    return { ok: false, code: "source-quorum", reason: `0 of ${configured} sources answered`, used: [], outliers: [], spreadPpm: 0 };
  }
  const center = medianOf(prices.map((p) => p.price));
  const limit = BigInt(options.maxSpreadPpm);
  // |p - center| * 1e6 <= S * center, exact (no rounding).
  const inBand = (p: Priced) => absBigint(p.price - center) * 1_000_000n <= limit * center;
  const used = prices.filter(inBand).map((p) => p.source);
  const outliers = prices.filter((p) => !inBand(p)).map((p) => p.source);
  const sorted = prices.map((p) => p.price).sort(compareBigint);
  const width = narrowestMajorityWidth(sorted);
  const spread = ppmOf(width, center);
  const spreadPpm = spread > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(spread);
  if (!hasQuorum(used.length, configured, options.minSources)) {
    return {
      ok: false,
      code: "source-quorum",
      reason: `${used.length} of ${configured} sources usable (${outliers.length} outliers); need at least ${options.minSources} and a majority`,
      used,
      outliers,
      spreadPpm,
    };
  }
  if (width * 1_000_000n > limit * center) {
    return { ok: false, code: "spread-too-wide", reason: `the tightest majority of sources spans ${spreadPpm} ppm, more than ${options.maxSpreadPpm} ppm`, used, outliers, spreadPpm };
  }
  return { ok: true, median: center, used, outliers, spreadPpm };
}

/** `price` quoted in a stablecoin, converted to USD with that stablecoin's USD `rate` (both 10^18 fixed point), rounded half up. */
export function convertWithRate(price: bigint, rate: bigint): bigint {
  return divRound(price * rate, ONE);
}
