/**
 * What one Lit node contributes to a round: its clock, its observation of every feed (computed from
 * the HTTP outcomes of its own fetches), what it read from each destination receiver through the
 * manifest's RPC providers, and the canonical string it broadcasts to the other nodes.
 *
 * Pure: no I/O, no clock.
 */
import {
  type FetchOutcome,
  type Priced,
  type QuoteContext,
  aggregatePrices,
  isQuote,
  quoteFrom,
  convertWithRate,
} from "./aggregate.ts";
import { type ResolvedFeed, type ResolvedPriceFeedParams, planFetches } from "./params.ts";
import type { ParseResult, SourceId } from "./sources/index.ts";
import { marketKeyOf, parseResponse } from "./sources/plan.ts";

/** Version tag of the broadcast value, so a node running other code is recognisably different. */
export const NODE_VALUE_VERSION = 2;

export type FeedObservation =
  | { symbol: string; ok: true; median: bigint; sourcesUsed: number; spreadPpm: number }
  | { symbol: string; ok: false; code: string; reason: string };

/** Per-source diagnostics of one node (they differ between nodes and are never signed). */
export type SourceStatus = { feed: string; source: SourceId; symbol: string; status: "used" | "outlier" | "rejected"; reason?: string };

export type NodeObservation = {
  feeds: FeedObservation[];
  /** This node's conversion rates (10^18) by rate feed (`USDT/USD`), for the ones it could price. */
  rates: Map<string, bigint>;
  sources: SourceStatus[];
};

/**
 * Computes this node's per-feed medians from its fetch outcomes, keyed as {@link planFetches} keys
 * its requests (`source:symbol` for one market, `source:symbol,symbol,…` for a batch). Rate feeds
 * (priced from USD books only) come first; a stablecoin-quoted market is converted with this node's
 * median of its rate feed, and excluded with the reason when the node has none.
 */
export function observeMarket(params: ResolvedPriceFeedParams, outcomes: ReadonlyMap<string, FetchOutcome>, clockSeconds: number): NodeObservation {
  const { aggregation } = params;
  const statuses: SourceStatus[] = [];
  // Each answer is read once (a batch answer carries many markets), then validated per feed.
  const parsed = new Map<string, ParseResult>();
  for (const request of planFetches(params)) {
    parseResponse(request, outcomes.get(request.key)).forEach((result, i) => parsed.set(marketKeyOf(request.markets[i]!), result));
  }
  const rates = new Map<string, bigint>();
  const rateProblems = new Map<string, string>();

  const observe = (feed: ResolvedFeed, label: string): FeedObservation => {
    const ctx: QuoteContext = { observedAt: clockSeconds, maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds, ...aggregation };
    const priced: Priced[] = [];
    const symbolOf = new Map<SourceId, string>();
    feed.markets.forEach((market) => {
      const source = market.source;
      symbolOf.set(source, market.symbol);
      const q = quoteFrom(market, parsed.get(marketKeyOf(market)) ?? { ok: false, reason: "not fetched" }, ctx);
      if (!isQuote(q)) {
        statuses.push({ feed: label, source, symbol: q.symbol, status: "rejected", reason: q.reason });
        return;
      }
      if (market.quote === feed.quote) {
        priced.push({ source, price: q.price });
        return;
      }
      const rateFeed = `${market.quote}/${feed.quote}`;
      const rate = rates.get(rateFeed);
      if (rate === undefined) {
        statuses.push({ feed: label, source, symbol: market.symbol, status: "rejected", reason: `${market.quote} market excluded: no ${rateFeed} rate (${rateProblems.get(rateFeed) ?? "not observed"})` });
      } else {
        priced.push({ source, price: convertWithRate(q.price, rate) });
      }
    });
    const result = aggregatePrices(priced, feed.sources.length, { minSources: feed.minSources, maxSpreadPpm: feed.maxSpreadPpm });
    for (const source of result.used) statuses.push({ feed: label, source, symbol: symbolOf.get(source)!, status: "used" });
    for (const source of result.outliers) {
      statuses.push({ feed: label, source, symbol: symbolOf.get(source)!, status: "outlier", reason: "further than the spread limit from the median" });
    }
    if (!result.ok) return { symbol: feed.symbol, ok: false, code: result.code, reason: result.reason };
    return { symbol: feed.symbol, ok: true, median: result.median, sourcesUsed: result.used.length, spreadPpm: result.spreadPpm };
  };

  // Rate feeds first (every one of them is priced from USD books only), then the round's other feeds.
  const needed = new Set([...params.feeds, ...params.rates].flatMap((f) => f.rates));
  const done = new Map<string, FeedObservation>();
  for (const feed of [...params.feeds, ...params.rates]) {
    if (!needed.has(feed.symbol)) continue;
    const observation = observe(feed, params.feeds.includes(feed) ? feed.symbol : `${feed.symbol} (rate)`);
    done.set(feed.symbol, observation);
    if (observation.ok) rates.set(feed.symbol, observation.median);
    else rateProblems.set(feed.symbol, observation.reason);
  }
  const feeds = params.feeds.map((feed) => done.get(feed.symbol) ?? observe(feed, feed.symbol));
  return { feeds, rates, sources: statuses };
}

/**
 * What one node read from one destination receiver: per feed of that destination (destination order)
 * the on-chain answer (0 = none yet), or the reason the read failed.
 */
export type ChainView = { ok: true; answers: bigint[] } | { ok: false; error: string };

/** Everything a node broadcasts. */
export type NodeBroadcast = {
  /** The node's clock when it started the round, Unix seconds. */
  clock: number;
  feeds: FeedObservation[];
  /** One entry per destination of the round, in params order. */
  chain: ChainView[];
};

/**
 * The string a node broadcasts: canonical JSON (fixed key order, integers as decimal strings, feeds and
 * destinations in params order), so honest nodes with equal observations broadcast equal bytes.
 */
export function encodeNodeValue(value: NodeBroadcast): string {
  return JSON.stringify({
    v: NODE_VALUE_VERSION,
    t: value.clock,
    feeds: value.feeds.map((f) => (f.ok ? { s: f.symbol, m: f.median.toString(), n: f.sourcesUsed, p: f.spreadPpm } : { s: f.symbol, e: f.code })),
    d: value.chain.map((c) => (c.ok ? c.answers.map((a) => a.toString()) : null)),
  });
}

/** One node's claim about one feed, as decoded from its broadcast value. */
export type NodeFeedValue = { median: bigint; sourcesUsed: number; spreadPpm: number } | { error: string };

/** A decoded broadcast; `undefined` parts are malformed (they simply do not count). */
export type DecodedNodeValue = {
  clock: number | undefined;
  feeds: Array<NodeFeedValue | undefined>;
  /** Per destination: the answers read (destination feed order), or undefined when the read failed or is malformed. */
  chain: Array<bigint[] | undefined>;
};

const INTEGER = /^\d{1,78}$/;
/** Latest clock value a node may claim (uint32 seconds). */
const MAX_CLOCK_SECONDS = 2 ** 32 - 1;

/**
 * Decodes another node's broadcast value for `symbols` and destinations with `destinationFeeds` feeds
 * each. Anything malformed (not JSON, wrong version, a feed missing or mis-typed) yields `undefined`
 * for that part: a lying or broken node's value simply does not count. Never throws.
 */
export function decodeNodeValue(text: unknown, symbols: readonly string[], destinationFeeds: readonly number[] = []): DecodedNodeValue {
  let value: unknown;
  try {
    value = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  const obj = typeof value === "object" && value !== null && (value as { v?: unknown }).v === NODE_VALUE_VERSION ? (value as Record<string, unknown>) : undefined;
  const feeds = obj?.feeds;
  const t = obj?.t;
  const clock = Number.isSafeInteger(t) && (t as number) > 0 && (t as number) <= MAX_CLOCK_SECONDS ? (t as number) : undefined;
  const d = Array.isArray(obj?.d) && (obj.d as unknown[]).length === destinationFeeds.length ? (obj.d as unknown[]) : undefined;
  const chain = destinationFeeds.map((count, i) => {
    const entry = d?.[i];
    if (!Array.isArray(entry) || entry.length !== count || !entry.every((a) => typeof a === "string" && INTEGER.test(a))) return undefined;
    return (entry as string[]).map((a) => BigInt(a));
  });
  const feedValues = symbols.map((symbol): NodeFeedValue | undefined => {
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
  return { clock, feeds: feedValues, chain };
}
