/**
 * What one Lit node contributes to a round: its observation of every feed, computed from the HTTP
 * outcomes of its own fetches, and the canonical string it broadcasts to the other nodes.
 *
 * Pure: no I/O, no clock.
 */
import {
  type FetchOutcome,
  type Priced,
  type QuoteContext,
  aggregatePrices,
  isQuote,
  readQuote,
  usdtToUsd,
} from "./aggregate.ts";
import type { ResolvedPriceFeedParams } from "./params.ts";
import { type Asset, type SourceId, SOURCES } from "./sources/index.ts";

/** Version tag of the broadcast value, so a node running other code is recognisably different. */
export const NODE_VALUE_VERSION = 1;

export type FeedObservation =
  | { symbol: string; ok: true; median: bigint; sourcesUsed: number; spreadPpm: number }
  | { symbol: string; ok: false; code: string; reason: string };

/** Per-source diagnostics of one node (they differ between nodes and are never signed). */
export type SourceStatus = { feed: string; source: SourceId; symbol: string; status: "used" | "outlier" | "rejected"; reason?: string };

export type NodeObservation = {
  feeds: FeedObservation[];
  /** USDT/USD rate (10^18) this node used for USDT-quoted markets, if it had one. */
  usdtUsd: bigint | undefined;
  sources: SourceStatus[];
};

/**
 * Computes this node's per-feed medians from its fetch outcomes, keyed as {@link planFetches} keys
 * them (`source:symbol`).
 */
export function observeMarket(params: ResolvedPriceFeedParams, outcomes: ReadonlyMap<string, FetchOutcome>): NodeObservation {
  const { aggregation } = params;
  const statuses: SourceStatus[] = [];
  const quoteOf = (source: SourceId, base: Asset, ctx: QuoteContext) => {
    const market = SOURCES[source].market(base)!;
    return readQuote(market, outcomes.get(`${source}:${market.symbol}`), ctx);
  };

  // USDT/USD from real USD books, only if some feed needs it.
  const needsUsdt = params.feeds.some((f) => f.sources.some((s) => SOURCES[s].market(f.base)?.quote === "USDT"));
  let usdtUsd: bigint | undefined;
  let usdtProblem = "no feed needs it";
  if (needsUsdt) {
    const ctx: QuoteContext = { observedAt: params.observedAt, maxQuoteAgeSeconds: params.usdt.maxQuoteAgeSeconds, ...aggregation };
    const priced: Priced[] = [];
    for (const source of params.usdt.sources) {
      const q = quoteOf(source, "USDT", ctx);
      if (isQuote(q)) priced.push({ source, price: q.price });
      else statuses.push({ feed: "USDT/USD (rate)", source, symbol: q.symbol, status: "rejected", reason: q.reason });
    }
    const rate = aggregatePrices(priced, params.usdt.sources.length, {
      minSources: params.usdt.minSources,
      madMultiplier: aggregation.madMultiplier,
      madFloorPpm: aggregation.madFloorPpm,
      maxSpreadPpm: params.usdt.maxSpreadPpm,
    });
    if (rate.ok) usdtUsd = rate.median;
    else usdtProblem = rate.reason;
  }

  const feeds = params.feeds.map((feed): FeedObservation => {
    const ctx: QuoteContext = { observedAt: params.observedAt, maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds, ...aggregation };
    const priced: Priced[] = [];
    for (const source of feed.sources) {
      const q = quoteOf(source, feed.base, ctx);
      if (!isQuote(q)) {
        statuses.push({ feed: feed.symbol, source, symbol: q.symbol, status: "rejected", reason: q.reason });
        continue;
      }
      if (q.market.quote === "USD") {
        priced.push({ source, price: q.price });
      } else if (usdtUsd === undefined) {
        statuses.push({ feed: feed.symbol, source, symbol: q.market.symbol, status: "rejected", reason: `USDT market excluded: no USDT/USD rate (${usdtProblem})` });
      } else {
        priced.push({ source, price: usdtToUsd(q.price, usdtUsd) });
      }
    }
    const result = aggregatePrices(priced, feed.sources.length, {
      minSources: feed.minSources,
      maxSpreadPpm: feed.maxSpreadPpm,
      madMultiplier: aggregation.madMultiplier,
      madFloorPpm: aggregation.madFloorPpm,
    });
    for (const source of result.used) statuses.push({ feed: feed.symbol, source, symbol: SOURCES[source].market(feed.base)!.symbol, status: "used" });
    for (const source of result.outliers) {
      statuses.push({ feed: feed.symbol, source, symbol: SOURCES[source].market(feed.base)!.symbol, status: "outlier", reason: "outside the MAD band" });
    }
    if (!result.ok) return { symbol: feed.symbol, ok: false, code: result.code, reason: result.reason };
    return { symbol: feed.symbol, ok: true, median: result.median, sourcesUsed: result.used.length, spreadPpm: result.spreadPpm };
  });
  return { feeds, usdtUsd, sources: statuses };
}

/**
 * The string a node broadcasts: canonical JSON (fixed key order, integers as decimal strings, feeds in
 * params order), so honest nodes with equal observations broadcast equal bytes.
 */
export function encodeNodeValue(observation: Pick<NodeObservation, "feeds">): string {
  return JSON.stringify({
    v: NODE_VALUE_VERSION,
    feeds: observation.feeds.map((f) => (f.ok ? { s: f.symbol, m: f.median.toString(), n: f.sourcesUsed, p: f.spreadPpm } : { s: f.symbol, e: f.code })),
  });
}

/** One node's claim about one feed, as decoded from its broadcast value. */
export type NodeFeedValue = { median: bigint; sourcesUsed: number; spreadPpm: number } | { error: string };

const INTEGER = /^\d{1,78}$/;

/**
 * Decodes another node's broadcast value into per-feed claims for `symbols`. Anything malformed (not
 * JSON, wrong version, a feed missing or mis-typed) yields `undefined` for that feed: a lying or
 * broken node's value simply does not count. Never throws.
 */
export function decodeNodeValue(text: unknown, symbols: readonly string[]): Array<NodeFeedValue | undefined> {
  let value: unknown;
  try {
    value = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  const feeds = typeof value === "object" && value !== null && (value as { v?: unknown }).v === NODE_VALUE_VERSION ? (value as { feeds?: unknown }).feeds : undefined;
  return symbols.map((symbol) => {
    if (!Array.isArray(feeds)) return undefined;
    const matches = feeds.filter((f): f is Record<string, unknown> => typeof f === "object" && f !== null && (f as { s?: unknown }).s === symbol);
    if (matches.length !== 1) return undefined;
    const f = matches[0]!;
    if (typeof f.e === "string") return { error: f.e };
    if (typeof f.m !== "string" || !INTEGER.test(f.m)) return undefined;
    if (!Number.isSafeInteger(f.n) || (f.n as number) < 0 || !Number.isSafeInteger(f.p) || (f.p as number) < 0) return undefined;
    const median = BigInt(f.m);
    if (median === 0n) return undefined;
    return { median, sourcesUsed: f.n as number, spreadPpm: f.p as number };
  });
}
