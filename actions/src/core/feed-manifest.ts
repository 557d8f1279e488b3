/**
 * The price-feed manifest: everything that decides what the price-feed action signs, compiled into
 * the bundle (so the CID the PKP permits commits to it). Feeds and their sources, each source's pinned
 * HTTPS base URL, every aggregation limit, the clock tolerance and `observedAt` granularity, the move
 * limit's confirmation window, the premium source (and its encrypted key when it can live here), and
 * per chain the pinned RPC providers the action reads the last on-chain answer from plus the direct
 * mode's allowed receivers and gas/fee caps.
 *
 * Validation is strict (unknown keys refused) and bounded: every limit has a hard floor/ceiling here,
 * so a manifest cannot switch a protection off (one source, a 1e9 ppm spread…). The manifest is
 * public: anyone can rebuild the bundle from it and compare the CID.
 *
 * Pure: no I/O, no clock.
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isAddress } from "viem";
import { NonRetryableError } from "../../../common/errors.ts";
import { checkPinnedUrl, duplicatesOf } from "./manifest.ts";
import { feedIdOf } from "./report.ts";
import { conversionPath, type Listings, type Market, type SourceId, SOURCE_IDS, SOURCES, STABLECOINS } from "./sources/index.ts";
import { TICKER } from "./sources/resolve.ts";

export const FEED_MANIFEST_KIND = "lit-oracle/price-feed";
export const FEED_MANIFEST_VERSION = 1;

/** Fewest sources a feed may require (a majority of its configured sources is required too). */
export const MIN_FEED_MIN_SOURCES = 3;
/** Default minimum number of valid sources per feed. */
export const DEFAULT_MIN_SOURCES = 3;
/** Default and ceiling of the widest accepted spread of a feed's majority, ppm (2 %, 10 %). */
export const DEFAULT_MAX_SPREAD_PPM = 20_000;
export const MAX_MAX_SPREAD_PPM = 100_000;
/** Default and ceiling of one venue's bid/ask spread, ppm of the bid (1 %, 10 %). */
export const DEFAULT_MAX_BOOK_SPREAD_PPM = 10_000;
export const MAX_MAX_BOOK_SPREAD_PPM = 100_000;
/** Default and ceiling of a quote's age before the node's clock, seconds. */
export const DEFAULT_MAX_QUOTE_AGE_SECONDS = 120;
export const MAX_MAX_QUOTE_AGE_SECONDS = 3_600;
/** Default and ceiling of a quote's timestamp after the node's clock, seconds (venue clocks drift). */
export const DEFAULT_MAX_QUOTE_LEAD_SECONDS = 60;
export const MAX_MAX_QUOTE_LEAD_SECONDS = 600;
/** Default and ceiling of the move from the on-chain answer signed without confirmation, ppm (10 %, 50 %). */
export const DEFAULT_MAX_DEVIATION_PPM = 100_000;
export const MAX_MAX_DEVIATION_PPM = 500_000;
/** Default and ceiling of the distance between a confirmed move's candidate and the confirming answer, ppm. */
export const DEFAULT_CONFIRM_TOLERANCE_PPM = 10_000;
export const MAX_CONFIRM_TOLERANCE_PPM = 100_000;
/** Default shortest and longest age of a large-move candidate that may confirm it, seconds. */
export const DEFAULT_CONFIRM_MIN_DELAY_SECONDS = 20;
export const DEFAULT_CONFIRM_MAX_AGE_SECONDS = 900;
/** Longest confirmation window, seconds. */
export const MAX_CONFIRM_MAX_AGE_SECONDS = 86_400;
/** Default and ceiling of the caller's observedAt hint distance from the nodes' agreed clock, seconds. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
export const MAX_CLOCK_TOLERANCE_SECONDS = 600;
/** Default and ceiling of the observedAt granularity, seconds. */
export const DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS = 1;
export const MAX_OBSERVED_AT_GRANULARITY_SECONDS = 60;
/** Default per-request timeout for a source or an RPC, milliseconds. */
export const DEFAULT_SOURCE_TIMEOUT_MS = 5_000;
/** Longest per-request timeout accepted, milliseconds (a Naga action dies after 30 s). */
export const MAX_SOURCE_TIMEOUT_MS = 20_000;
/** Largest feed decimals accepted. */
export const MAX_FEED_DECIMALS = 36;
/** Largest direct-mode gas limit a manifest may allow. */
export const MAX_DIRECT_GAS_LIMIT = 10_000_000n;
/** Most RPC providers pinned per chain (each is tried in order by every node). */
export const MAX_RPC_URLS_PER_CHAIN = 3;

z.config(en());

const sourceId = z.enum(SOURCE_IDS);
const bounded = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const positiveInt = z.number().check(z.int(), z.positive());
const unsignedIntString = z.string().check(z.regex(/^\d{1,78}$/, "must be a non-negative integer as a decimal string"));
const address = z.string().check(z.refine((value) => isAddress(value, { strict: false }), "must be a 20-byte 0x address"));
const nonEmpty = z.string().check(z.minLength(1));

const limitFields = {
  minSources: z.optional(bounded(MIN_FEED_MIN_SOURCES, 64)),
  maxSpreadPpm: z.optional(bounded(1, MAX_MAX_SPREAD_PPM)),
  maxDeviationPpm: z.optional(bounded(1, MAX_MAX_DEVIATION_PPM)),
  maxQuoteAgeSeconds: z.optional(bounded(1, MAX_MAX_QUOTE_AGE_SECONDS)),
};

/**
 * Per venue of a feed: which of the venue's books prices it (`quote`, default: its USD book, else a
 * book in a stablecoin whose `S/USD` rate is a feed of this manifest) and, where the venue's
 * convention needs a listed exception or the catalog does not list the pair, the venue's own
 * `symbol` (and `key`, the name its answer gives the market, default the symbol) or `listed: true`
 * (the pair follows the venue's rule; the manifest's author checked the venue's listing endpoint).
 */
const venueMarketSchema = z.strictObject({
  quote: z.optional(z.string().check(z.regex(TICKER, "must be an upper-case ticker"))),
  symbol: z.optional(nonEmpty),
  key: z.optional(nonEmpty),
  listed: z.optional(z.literal(true)),
});

/** Encrypted premium key material: Naga BLS ciphertext + conditions, or a Chipotle `Encrypt` output. */
export const premiumKeySchema = z.strictObject({
  ciphertext: nonEmpty,
  dataToEncryptHash: z.optional(nonEmpty),
  accessControlConditions: z.optional(z.array(z.unknown()).check(z.minLength(1))),
  chain: z.optional(nonEmpty),
  pkpId: z.optional(nonEmpty),
});
export type PremiumKeyMaterial = z.output<typeof premiumKeySchema>;

export const feedManifestSchema = z.strictObject({
  kind: z.literal(FEED_MANIFEST_KIND),
  version: z.literal(FEED_MANIFEST_VERSION),
  /** A label (`production`, `embedded`); part of the CID like everything else. */
  name: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, . _ - (1-64)")),
  /** Allows plain http to loopback hosts (the embedded stack and tests). Never set in production. */
  local: z.optional(z.boolean()),
  /** The pinned base URL (origin + optional path, https) of every source any feed or the USDT rate uses. */
  sources: z.partialRecord(sourceId, z.strictObject({ baseUrl: nonEmpty, timeoutMs: z.optional(bounded(1, MAX_SOURCE_TIMEOUT_MS)) })),
  feeds: z
    .array(
      z.strictObject({
        /** `BASE/USD`: the pair signed (its feed id is the keccak of this string). */
        symbol: z.string(),
        decimals: bounded(0, MAX_FEED_DECIMALS),
        sources: z.array(sourceId).check(z.minLength(1)),
        /** Per venue: its book for this pair and its symbol where the venue's rule or the catalog does not give it. */
        markets: z.optional(z.partialRecord(sourceId, venueMarketSchema)),
        ...limitFields,
      }),
    )
    .check(z.minLength(1)),
  aggregation: z.optional(
    z.strictObject({
      ...limitFields,
      maxBookSpreadPpm: z.optional(bounded(1, MAX_MAX_BOOK_SPREAD_PPM)),
      maxQuoteLeadSeconds: z.optional(bounded(0, MAX_MAX_QUOTE_LEAD_SECONDS)),
      confirmTolerancePpm: z.optional(bounded(0, MAX_CONFIRM_TOLERANCE_PPM)),
      /** Fewest node values needed (a majority of the collected values is always needed too). */
      minNodes: z.optional(bounded(1, 100)),
    }),
  ),
  /** When a large move may be confirmed by a candidate the action signed earlier. */
  confirmation: z.optional(z.strictObject({ minDelaySeconds: z.optional(bounded(1, MAX_CONFIRM_MAX_AGE_SECONDS)), maxAgeSeconds: z.optional(bounded(1, MAX_CONFIRM_MAX_AGE_SECONDS)) })),
  clock: z.optional(
    z.strictObject({
      /** Largest accepted distance of the caller's `observedAtHint` from the nodes' agreed clock, seconds. */
      toleranceSeconds: z.optional(bounded(1, MAX_CLOCK_TOLERANCE_SECONDS)),
      /** The agreed observedAt is rounded down to a multiple of this, seconds. */
      granularitySeconds: z.optional(bounded(1, MAX_OBSERVED_AT_GRANULARITY_SECONDS)),
    }),
  ),
  /** The premium (keyed) source. Its key is only ever sent to that source's pinned base URL. */
  premium: z.optional(z.strictObject({ source: z.enum(["coingecko", "cryptocompare"]), key: z.optional(premiumKeySchema) })),
  /** Chains the action signs for: pinned RPC providers (or a Lit chain name) and the direct-mode policy. */
  chains: z
    .array(
      z.strictObject({
        chainId: positiveInt,
        /** JSON-RPC providers the action reads receiver state from (tried in order). */
        rpcUrls: z.optional(z.array(nonEmpty).check(z.minLength(1), z.maxLength(MAX_RPC_URLS_PER_CHAIN))),
        /** Or a chain name for `Lit.Actions.getRpcUrl` (Naga: the node operators' own providers). */
        litChain: z.optional(nonEmpty),
        timeoutMs: z.optional(bounded(1, MAX_SOURCE_TIMEOUT_MS)),
        direct: z.optional(
          z.strictObject({
            /** The only receivers the PKP may send transactions to on this chain. */
            receivers: z.array(address).check(z.minLength(1)),
            maxGasLimit: unsignedIntString,
            maxFeePerGas: unsignedIntString,
            maxPriorityFeePerGas: unsignedIntString,
          }),
        ),
      }),
    )
    .check(z.minLength(1)),
});

export type FeedManifest = z.input<typeof feedManifestSchema>;

export type ManifestFeed = {
  symbol: string;
  feedId: `0x${string}`;
  base: string;
  /** The currency the feed is signed in (`USD`). */
  quote: string;
  decimals: number;
  sources: SourceId[];
  /** The market each source prices it on, in `sources` order. */
  markets: Market[];
  /** Rate feeds (`USDT/USD` ...) its stablecoin-quoted markets are converted through: feeds of the same manifest. */
  rates: string[];
  minSources: number;
  maxSpreadPpm: number;
  maxDeviationPpm: number;
  maxQuoteAgeSeconds: number;
};

export type ManifestChain = {
  chainId: number;
  rpcUrls: string[];
  litChain: string | undefined;
  timeoutMs: number;
  direct: { receivers: `0x${string}`[]; maxGasLimit: bigint; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } | undefined;
};

/** A validated manifest with every default filled in. */
export type ResolvedFeedManifest = {
  name: string;
  local: boolean;
  feeds: ManifestFeed[];
  sources: Partial<Record<SourceId, { baseUrl: string; timeoutMs: number }>>;
  aggregation: { maxBookSpreadPpm: number; maxQuoteLeadSeconds: number; confirmTolerancePpm: number; minNodes: number };
  confirmation: { minDelaySeconds: number; maxAgeSeconds: number };
  clock: { toleranceSeconds: number; granularitySeconds: number };
  premium: { source: SourceId; key: PremiumKeyMaterial | undefined } | undefined;
  chains: ManifestChain[];
};

/** Thrown for a manifest that cannot be built or run; `issues` lists every problem with its path. */
export class FeedManifestError extends NonRetryableError {
  override name = "FeedManifestError";
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid price-feed manifest (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
    this.issues = issues;
  }
}

/** Validates a manifest and fills in defaults. Throws {@link FeedManifestError} listing every problem. */
export function validateFeedManifest(input: unknown): ResolvedFeedManifest {
  const parsed = feedManifestSchema.safeParse(input);
  if (!parsed.success) throw new FeedManifestError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  const m = parsed.data;
  const local = m.local === true;
  const issues: string[] = [];
  const agg = m.aggregation ?? {};

  const used = new Set<SourceId>();
  const feeds: ManifestFeed[] = [];
  for (const dup of duplicatesOf(m.feeds, (f) => f.symbol)) issues.push(`feeds: duplicate feed ${dup}`);
  // Stablecoins whose USD rate is a feed of this manifest: the only non-USD books a feed may use.
  const rateQuotes = STABLECOINS.filter((s) => m.feeds.some((f) => f.symbol === `${s}/USD`));
  m.feeds.forEach((feed, i) => {
    const at = `feeds.${i}`;
    let feedId: `0x${string}` = "0x";
    try {
      feedId = feedIdOf(feed.symbol);
    } catch (error) {
      issues.push(`${at}.symbol: ${(error as Error).message}`);
    }
    const pair = /^([A-Z0-9]{1,15})\/([A-Z0-9]{1,15})$/.exec(feed.symbol);
    if (!pair) {
      issues.push(`${at}.symbol: ${JSON.stringify(feed.symbol)} is not BASE/QUOTE in upper-case tickers`);
      return;
    }
    const [, base, quote] = pair as unknown as [string, string, string];
    if (quote !== "USD") {
      issues.push(`${at}.symbol: only USD-quoted feeds are signed, got ${feed.symbol} (a ${quote} book can still price it: markets.<venue>.quote)`);
      return;
    }
    for (const dup of duplicatesOf(feed.sources)) issues.push(`${at}.sources: duplicate source ${dup}`);
    for (const id of Object.keys(feed.markets ?? {})) if (!feed.sources.includes(id as SourceId)) issues.push(`${at}.markets.${id}: not one of the feed's sources`);
    const markets: Market[] = [];
    const rates = new Set<string>();
    for (const id of feed.sources) {
      used.add(id);
      if (SOURCES[id].requiresKey && m.premium?.source !== id) issues.push(`${at}.sources: ${id} needs a premium key (premium.source = "${id}")`);
      const chosen = marketFor(id, base, feed.markets?.[id], rateQuotes);
      if (!chosen.ok) {
        issues.push(`${at}.sources: ${id} cannot price ${feed.symbol}: ${chosen.reason}`);
        continue;
      }
      markets.push(chosen.market);
      if (chosen.market.quote !== quote) rates.add(`${chosen.market.quote}/${quote}`);
    }
    const minSources = feed.minSources ?? agg.minSources ?? DEFAULT_MIN_SOURCES;
    if (minSources > feed.sources.length) issues.push(`${at}: minSources ${minSources} exceeds the ${feed.sources.length} configured sources`);
    feeds.push({
      symbol: feed.symbol,
      feedId,
      base,
      quote,
      decimals: feed.decimals,
      sources: [...feed.sources],
      markets,
      rates: [...rates],
      minSources,
      maxSpreadPpm: feed.maxSpreadPpm ?? agg.maxSpreadPpm ?? DEFAULT_MAX_SPREAD_PPM,
      maxDeviationPpm: feed.maxDeviationPpm ?? agg.maxDeviationPpm ?? DEFAULT_MAX_DEVIATION_PPM,
      maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds ?? agg.maxQuoteAgeSeconds ?? DEFAULT_MAX_QUOTE_AGE_SECONDS,
    });
  });

  const sources: ResolvedFeedManifest["sources"] = {};
  for (const id of SOURCE_IDS) {
    const entry = m.sources[id];
    if (!entry) {
      if (used.has(id)) issues.push(`sources.${id}: used by a feed but has no pinned baseUrl`);
      continue;
    }
    const problem = checkPinnedUrl(entry.baseUrl, local);
    if (problem) issues.push(`sources.${id}.baseUrl: ${problem}`);
    sources[id] = { baseUrl: entry.baseUrl.replace(/\/+$/, ""), timeoutMs: entry.timeoutMs ?? DEFAULT_SOURCE_TIMEOUT_MS };
  }
  if (m.premium) {
    if (!feeds.some((f) => f.sources.includes(m.premium!.source))) issues.push(`premium: no feed uses ${m.premium.source}`);
  }

  const confirmation = {
    minDelaySeconds: m.confirmation?.minDelaySeconds ?? DEFAULT_CONFIRM_MIN_DELAY_SECONDS,
    maxAgeSeconds: m.confirmation?.maxAgeSeconds ?? DEFAULT_CONFIRM_MAX_AGE_SECONDS,
  };
  if (confirmation.minDelaySeconds >= confirmation.maxAgeSeconds) issues.push("confirmation: minDelaySeconds must be less than maxAgeSeconds");

  const chains: ManifestChain[] = [];
  for (const dup of duplicatesOf(m.chains, (c) => String(c.chainId))) issues.push(`chains: duplicate chainId ${dup}`);
  m.chains.forEach((c, i) => {
    const at = `chains.${i}`;
    if ((c.rpcUrls === undefined) === (c.litChain === undefined)) issues.push(`${at}: set exactly one of rpcUrls and litChain`);
    for (const dup of duplicatesOf(c.rpcUrls ?? [])) issues.push(`${at}.rpcUrls: duplicate provider ${dup}`);
    (c.rpcUrls ?? []).forEach((url, j) => {
      const problem = checkPinnedUrl(url, local);
      if (problem) issues.push(`${at}.rpcUrls.${j}: ${problem}`);
    });
    let direct: ManifestChain["direct"];
    if (c.direct) {
      for (const dup of duplicatesOf(c.direct.receivers, (r) => r.toLowerCase())) issues.push(`${at}.direct.receivers: duplicate receiver ${dup}`);
      const maxGasLimit = BigInt(c.direct.maxGasLimit);
      if (maxGasLimit === 0n || maxGasLimit > MAX_DIRECT_GAS_LIMIT) issues.push(`${at}.direct.maxGasLimit: must be in [1, ${MAX_DIRECT_GAS_LIMIT}]`);
      const maxFeePerGas = BigInt(c.direct.maxFeePerGas);
      const maxPriorityFeePerGas = BigInt(c.direct.maxPriorityFeePerGas);
      if (maxPriorityFeePerGas > maxFeePerGas) issues.push(`${at}.direct.maxPriorityFeePerGas: exceeds maxFeePerGas`);
      direct = { receivers: c.direct.receivers.map((r) => r.toLowerCase() as `0x${string}`), maxGasLimit, maxFeePerGas, maxPriorityFeePerGas };
    }
    chains.push({ chainId: c.chainId, rpcUrls: [...(c.rpcUrls ?? [])], litChain: c.litChain, timeoutMs: c.timeoutMs ?? DEFAULT_SOURCE_TIMEOUT_MS, direct });
  });

  if (issues.length > 0) throw new FeedManifestError(issues);
  return {
    name: m.name,
    local,
    feeds,
    sources,
    aggregation: {
      maxBookSpreadPpm: agg.maxBookSpreadPpm ?? DEFAULT_MAX_BOOK_SPREAD_PPM,
      maxQuoteLeadSeconds: agg.maxQuoteLeadSeconds ?? DEFAULT_MAX_QUOTE_LEAD_SECONDS,
      confirmTolerancePpm: agg.confirmTolerancePpm ?? DEFAULT_CONFIRM_TOLERANCE_PPM,
      minNodes: agg.minNodes ?? 1,
    },
    confirmation,
    clock: {
      toleranceSeconds: m.clock?.toleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
      granularitySeconds: m.clock?.granularitySeconds ?? DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS,
    },
    premium: m.premium ? { source: m.premium.source, key: m.premium.key } : undefined,
    chains,
  };
}

/**
 * The market `source` prices `base` on for a USD feed: the venue's book in the entry's `quote`, or by
 * default its USD book, else its book in a stablecoin of `rateQuotes` (in that order). A stablecoin
 * is priced from USD books only (never one stablecoin through another). The entry's `symbol`/`listed`
 * become a listing of the pair on that venue; otherwise the catalog must list it. The reason names
 * every book tried and why the venue cannot use it.
 */
export function marketFor(
  source: SourceId,
  base: string,
  entry: { quote?: string | undefined; symbol?: string | undefined; key?: string | undefined; listed?: true | undefined } | undefined,
  rateQuotes: readonly string[],
): { ok: true; market: Market } | { ok: false; reason: string } {
  const stable = STABLECOINS.includes(base);
  if (entry?.quote !== undefined && entry.quote !== "USD") {
    if (stable) return { ok: false, reason: `${base} is a stablecoin: it is priced from USD books only, not ${base}/${entry.quote}` };
    const path = conversionPath(entry.quote);
    if (path.kind === "unsupported") return { ok: false, reason: path.reason };
    if (path.kind === "via" && !rateQuotes.includes(entry.quote)) return { ok: false, reason: `a ${entry.quote} book needs the ${path.rateFeed} feed in this manifest (the conversion rate)` };
  }
  if (entry?.key !== undefined && entry.symbol === undefined) return { ok: false, reason: "markets key given without its symbol" };
  const quotes = entry?.quote !== undefined ? [entry.quote] : stable ? ["USD"] : ["USD", ...rateQuotes];
  const reasons: string[] = [];
  for (const quote of quotes) {
    const pair = `${base}/${quote}`;
    const listing = entry?.symbol !== undefined ? { symbol: entry.symbol, key: entry.key ?? entry.symbol } : entry?.listed === true ? (true as const) : undefined;
    const extra: Listings | undefined = listing === undefined ? undefined : { [source]: { [pair]: listing } };
    const resolved = SOURCES[source].resolve(base, quote, extra);
    if (resolved.ok) return { ok: true, market: resolved.market };
    reasons.push(resolved.reason);
  }
  if (entry?.quote === undefined && !stable) {
    // The venue lists the pair in a stablecoin whose rate is not a feed here: say which feed would enable it.
    const books = STABLECOINS.filter((s) => !rateQuotes.includes(s) && SOURCES[source].resolve(base, s).ok);
    if (books.length > 0) reasons.push(`it lists ${books.map((s) => `${base}/${s}`).join(", ")}: add the ${books.map((s) => `${s}/USD`).join(" or ")} rate feed to this manifest`);
  }
  return { ok: false, reason: reasons.join("; ") };
}
