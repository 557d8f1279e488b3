/**
 * The price-feed action's `jsParams`: the contract between the keeper (which builds them) and the
 * action (which validates them before doing anything). Validation is strict and its errors name the
 * offending path, so a bad config fails before any fetch or signature.
 *
 * Pure: no I/O, no clock.
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isAddress } from "viem";
import { NonRetryableError } from "../../../keeper/src/internal/errors.ts";
import { feedIdOf } from "./report.ts";
import { ASSETS, type Asset, DEFAULT_USDT_RATE_SOURCES, type SourceId, SOURCE_IDS, SOURCES, keylessSourcesFor } from "./sources/index.ts";

export const PRICE_FEED_PARAMS_VERSION = 1;

/** Lit node limit: HTTP requests per execution (Naga and Chipotle alike). */
export const MAX_FETCHES_PER_EXECUTION = 50;
/** Lit node limit: signing operations per execution. */
export const MAX_SIGNATURES_PER_EXECUTION = 10;

/** Default minimum number of valid sources per feed (a majority of the configured sources is required too). */
export const DEFAULT_MIN_SOURCES = 3;
/** Default outlier cut: a quote further than this many median absolute deviations from the median is dropped. */
export const DEFAULT_MAD_MULTIPLIER = 5;
/** Default floor of the outlier cut, in ppm of the median (so a tight cluster never rejects honest sources). */
export const DEFAULT_MAD_FLOOR_PPM = 1_000;
/** Default widest accepted spread (max - min) / median of the sources used, ppm (2%). */
export const DEFAULT_MAX_SPREAD_PPM = 20_000;
/** Default widest accepted bid/ask spread on one venue, ppm of the bid (1%); wider books are rejected. */
export const DEFAULT_MAX_BOOK_SPREAD_PPM = 10_000;
/** Default oldest accepted quote timestamp, seconds before `observedAt` (for formats that carry one). */
export const DEFAULT_MAX_QUOTE_AGE_SECONDS = 120;
/** Default newest accepted quote timestamp, seconds after `observedAt` (the round's fetches happen after it). */
export const DEFAULT_MAX_QUOTE_LEAD_SECONDS = 300;
/** Default largest move from the last on-chain answer signed without confirmation, ppm (10%). */
export const DEFAULT_MAX_DEVIATION_PPM = 100_000;
/** Default tolerance between a pending large move and the round that confirms it, ppm (1%). */
export const DEFAULT_CONFIRM_TOLERANCE_PPM = 10_000;
/** Default per-request timeout for a source, milliseconds. */
export const DEFAULT_SOURCE_TIMEOUT_MS = 5_000;
/** Longest per-request timeout accepted, milliseconds (a Naga action dies after 30 s). */
export const MAX_SOURCE_TIMEOUT_MS = 20_000;
/** Default minimum number of USD venues for the USDT/USD conversion rate (a majority is required too). */
export const DEFAULT_USDT_MIN_SOURCES = 2;
/** Latest `observedAt` the receiver's packed report format carries (uint32 seconds, 2106-02-07). */
export const MAX_OBSERVED_AT_SECONDS = 2 ** 32 - 1;
/** Largest feed decimals accepted. */
export const MAX_FEED_DECIMALS = 36;

// zod/mini with the English messages: tree-shakes to a small part of the action bundle.
z.config(en());

const sourceId = z.enum(SOURCE_IDS);
const int = z.number().check(z.int());
const positiveInt = z.number().check(z.int(), z.positive());
const ppm = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000));
const unsignedIntString = z.string().check(z.regex(/^\d{1,78}$/, "must be a non-negative integer as a decimal string"));
const hexString = z.string().check(z.regex(/^0x[0-9a-fA-F]*$/, "must be 0x-prefixed hex"));
const address = z.string().check(z.refine((value) => isAddress(value, { strict: false }), "must be a 20-byte 0x address"));
const httpUrl = z.url({ protocol: /^https?$/ });
const nonEmpty = z.string().check(z.minLength(1));

const aggregationFields = {
  minSources: z.optional(positiveInt),
  maxSpreadPpm: z.optional(ppm),
  maxDeviationPpm: z.optional(ppm),
  maxQuoteAgeSeconds: z.optional(positiveInt),
};

const feedSchema = z.strictObject({
  /** `BASE/USD`, e.g. `BTC/USD`. */
  symbol: z.string(),
  /** Decimals of the signed integer answer (the receiver's `decimals()`). */
  decimals: int.check(z.minimum(0), z.maximum(MAX_FEED_DECIMALS)),
  /** Sources to use; default: every keyless source with a market for the base, plus the premium source. */
  sources: z.optional(z.array(sourceId).check(z.minLength(1))),
  /** The receiver's current answer (integer, feed decimals), read by the keeper; enables the move limit. */
  lastAnswer: z.optional(unsignedIntString),
  /**
   * A large move refused in an earlier round (`refusals[].candidate` of that response), passed back to
   * confirm it: the move is signed if this round's answer is within `confirmTolerancePpm` of it.
   */
  confirmMove: z.optional(z.strictObject({ answer: unsignedIntString, observedAt: positiveInt })),
  ...aggregationFields,
});

const directSchema = z.strictObject({
  /** JSON-RPC URL to broadcast to; or `litChain` for `Lit.Actions.getRpcUrl` (Naga only). */
  rpcUrl: z.optional(httpUrl),
  litChain: z.optional(nonEmpty),
  nonce: int.check(z.minimum(0)),
  gasLimit: unsignedIntString,
  maxFeePerGas: unsignedIntString,
  maxPriorityFeePerGas: unsignedIntString,
});

const destinationSchema = z.strictObject({
  chainId: positiveInt,
  /** The receiver contract (EIP-712 `verifyingContract`). */
  receiver: address,
  /** Feeds delivered here (symbols); default all feeds. */
  feeds: z.optional(z.array(z.string()).check(z.minLength(1))),
  /** Present: the action writes the transaction itself as the PKP (direct mode). Absent: it signs a report. */
  direct: z.optional(directSchema),
});

const premiumSchema = z.strictObject({
  /** The aggregator the key belongs to. */
  source: z.enum(["coingecko", "cryptocompare"]),
  /** The encrypted key. Naga: BLS ciphertext (base64); Chipotle: the `Encrypt` output. */
  ciphertext: nonEmpty,
  /** Naga: hash of the plaintext, from `encrypt`. */
  dataToEncryptHash: z.optional(nonEmpty),
  /** Naga: the unified conditions, normally `:currentActionIpfsId` = this action's CID. */
  accessControlConditions: z.optional(z.array(z.unknown()).check(z.minLength(1))),
  /** Naga: chain named in the conditions (`ethereum`). */
  chain: z.optional(nonEmpty),
  /** Chipotle: the vault PKP whose key decrypts the ciphertext. */
  pkpId: z.optional(nonEmpty),
});

export const priceFeedParamsSchema = z.strictObject({
  version: z.literal(PRICE_FEED_PARAMS_VERSION),
  /** The round's timestamp, Unix seconds, chosen by the keeper (never a node clock); signed as `observedAt`. */
  observedAt: positiveInt.check(z.maximum(MAX_OBSERVED_AT_SECONDS)),
  feeds: z.array(feedSchema).check(z.minLength(1)),
  /** Per-source base URL (real API, proxy or local simulator) and request timeout. */
  sources: z.optional(
    z.partialRecord(
      sourceId,
      z.strictObject({ baseUrl: z.optional(httpUrl), timeoutMs: z.optional(positiveInt.check(z.maximum(MAX_SOURCE_TIMEOUT_MS))) }),
    ),
  ),
  aggregation: z.optional(
    z.strictObject({
      ...aggregationFields,
      madMultiplier: z.optional(positiveInt),
      madFloorPpm: z.optional(ppm),
      maxBookSpreadPpm: z.optional(ppm),
      maxQuoteLeadSeconds: z.optional(positiveInt),
      confirmTolerancePpm: z.optional(ppm),
      /** Fewest node values needed across nodes (a majority of the collected values is always needed). */
      minNodes: z.optional(positiveInt),
    }),
  ),
  /** How USDT-quoted markets are converted: the USD venues that give the USDT/USD rate. */
  usdt: z.optional(z.strictObject({ sources: z.optional(z.array(sourceId).check(z.minLength(1))), minSources: z.optional(positiveInt) })),
  destinations: z.array(destinationSchema).check(z.minLength(1)),
  signer: z.strictObject({
    /** Naga: the PKP's uncompressed public key `0x04…` (signEcdsa). */
    publicKey: z.optional(hexString),
    /** Chipotle: the PKP id for `getPrivateKey`. */
    pkpId: z.optional(nonEmpty),
  }),
  premium: z.optional(premiumSchema),
});

/** What the keeper builds (optional fields may be left out). */
export type PriceFeedParams = z.input<typeof priceFeedParamsSchema>;

export type ResolvedFeed = {
  symbol: string;
  feedId: `0x${string}`;
  base: Asset;
  decimals: number;
  sources: SourceId[];
  lastAnswer: bigint | undefined;
  confirmMove: { answer: bigint; observedAt: number } | undefined;
  minSources: number;
  maxSpreadPpm: number;
  maxDeviationPpm: number;
  maxQuoteAgeSeconds: number;
};

export type ResolvedDestination = {
  chainId: number;
  receiver: `0x${string}`;
  feeds: string[];
  direct: z.output<typeof directSchema> | undefined;
  /** Name of this destination's signature in the Lit result (`report:<chainId>:<receiver>` or `tx:…`). */
  sigName: string;
};

/** Validated params with every default filled in. */
export type ResolvedPriceFeedParams = {
  observedAt: number;
  feeds: ResolvedFeed[];
  sources: Record<SourceId, { baseUrl: string; timeoutMs: number }>;
  aggregation: {
    madMultiplier: number;
    madFloorPpm: number;
    maxBookSpreadPpm: number;
    maxQuoteLeadSeconds: number;
    confirmTolerancePpm: number;
    minNodes: number;
  };
  /** USDT/USD rate: its sources and quorum; spread and age limits are the aggregation-level ones. */
  usdt: { sources: SourceId[]; minSources: number; maxSpreadPpm: number; maxQuoteAgeSeconds: number };
  destinations: ResolvedDestination[];
  signer: { publicKey: `0x${string}` | undefined; pkpId: string | undefined };
  premium: z.output<typeof premiumSchema> | undefined;
  /** Every distinct (source, market) request a node makes, in a fixed order. */
  fetchCount: number;
};

/** Thrown for params that cannot work; `metaMessages` lists every problem with its path. */
export class PriceFeedParamsError extends NonRetryableError {
  override name = "PriceFeedParamsError";
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid price-feed params (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
    this.issues = issues;
  }
}

/** Signature name of a destination in the Lit result. */
export function sigNameOf(destination: { chainId: number; receiver: string; direct?: unknown }): string {
  return `${destination.direct === undefined ? "report" : "tx"}:${destination.chainId}:${destination.receiver.toLowerCase()}`;
}

/**
 * Validates raw `jsParams` and fills in defaults. Throws {@link PriceFeedParamsError} listing every
 * problem (schema, unknown asset, a source without a market for the feed, too many signatures or
 * fetches for one execution, ...).
 */
export function validatePriceFeedParams(input: unknown): ResolvedPriceFeedParams {
  const parsed = priceFeedParamsSchema.safeParse(input);
  if (!parsed.success) {
    throw new PriceFeedParamsError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  }
  const p = parsed.data;
  const issues: string[] = [];
  const agg = p.aggregation ?? {};

  const symbols = new Set<string>();
  const feeds: ResolvedFeed[] = [];
  p.feeds.forEach((feed, i) => {
    const at = `feeds.${i}`;
    const [base, quote] = feed.symbol.split("/");
    let feedId: `0x${string}` | undefined;
    try {
      feedId = feedIdOf(feed.symbol);
    } catch (error) {
      issues.push(`${at}.symbol: ${(error as Error).message}`);
    }
    if (symbols.has(feed.symbol)) issues.push(`${at}.symbol: duplicate feed ${feed.symbol}`);
    symbols.add(feed.symbol);
    if (quote !== "USD") issues.push(`${at}.symbol: only USD-quoted feeds are supported, got ${feed.symbol}`);
    if (!(ASSETS as readonly string[]).includes(base ?? "")) {
      issues.push(`${at}.symbol: unknown asset ${base}; known: ${ASSETS.join(", ")}`);
      return;
    }
    const asset = base as Asset;
    const defaultSources: SourceId[] = keylessSourcesFor(asset);
    if (p.premium && SOURCES[p.premium.source].market(asset) && !defaultSources.includes(p.premium.source)) defaultSources.push(p.premium.source);
    const sources = feed.sources ?? defaultSources;
    if (new Set(sources).size !== sources.length) issues.push(`${at}.sources: duplicate source`);
    for (const id of sources) {
      if (!SOURCES[id].market(asset)) issues.push(`${at}.sources: ${id} has no ${asset} market usable for a USD price`);
      if (SOURCES[id].requiresKey && p.premium?.source !== id) issues.push(`${at}.sources: ${id} needs a premium key (params.premium.source = "${id}")`);
    }
    const minSources = feed.minSources ?? agg.minSources ?? DEFAULT_MIN_SOURCES;
    if (minSources > sources.length) issues.push(`${at}: minSources ${minSources} exceeds the ${sources.length} configured sources`);
    if (feed.confirmMove && feed.confirmMove.observedAt >= p.observedAt) {
      issues.push(`${at}.confirmMove.observedAt: must be earlier than observedAt ${p.observedAt}`);
    }
    if (feed.lastAnswer !== undefined && BigInt(feed.lastAnswer) === 0n) issues.push(`${at}.lastAnswer: must be positive`);
    feeds.push({
      symbol: feed.symbol,
      feedId: feedId ?? "0x",
      base: asset,
      decimals: feed.decimals,
      sources: [...sources],
      lastAnswer: feed.lastAnswer === undefined ? undefined : BigInt(feed.lastAnswer),
      confirmMove: feed.confirmMove && { answer: BigInt(feed.confirmMove.answer), observedAt: feed.confirmMove.observedAt },
      minSources,
      maxSpreadPpm: feed.maxSpreadPpm ?? agg.maxSpreadPpm ?? DEFAULT_MAX_SPREAD_PPM,
      maxDeviationPpm: feed.maxDeviationPpm ?? agg.maxDeviationPpm ?? DEFAULT_MAX_DEVIATION_PPM,
      maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds ?? agg.maxQuoteAgeSeconds ?? DEFAULT_MAX_QUOTE_AGE_SECONDS,
    });
  });

  const usdtSources = p.usdt?.sources ?? [...DEFAULT_USDT_RATE_SOURCES];
  for (const id of usdtSources) {
    const market = SOURCES[id].market("USDT");
    if (!market || market.quote !== "USD") issues.push(`usdt.sources: ${id} has no USDT/USD book`);
  }
  const usdtMinSources = p.usdt?.minSources ?? DEFAULT_USDT_MIN_SOURCES;
  if (usdtMinSources > usdtSources.length) issues.push(`usdt.minSources: ${usdtMinSources} exceeds the ${usdtSources.length} configured sources`);

  const destinations: ResolvedDestination[] = [];
  const seen = new Set<string>();
  p.destinations.forEach((d, i) => {
    const at = `destinations.${i}`;
    const key = `${d.chainId}:${d.receiver.toLowerCase()}`;
    if (seen.has(key)) issues.push(`${at}: duplicate destination chain ${d.chainId} receiver ${d.receiver}`);
    seen.add(key);
    const feedsHere = d.feeds ?? p.feeds.map((f) => f.symbol);
    for (const s of feedsHere) if (!symbols.has(s)) issues.push(`${at}.feeds: ${s} is not one of params.feeds`);
    if (new Set(feedsHere).size !== feedsHere.length) issues.push(`${at}.feeds: duplicate feed`);
    if (d.direct && d.direct.rpcUrl === undefined && d.direct.litChain === undefined) issues.push(`${at}.direct: needs rpcUrl or litChain`);
    destinations.push({ chainId: d.chainId, receiver: d.receiver as `0x${string}`, feeds: feedsHere, direct: d.direct, sigName: sigNameOf(d) });
  });
  if (destinations.length > MAX_SIGNATURES_PER_EXECUTION) {
    issues.push(
      `destinations: ${destinations.length} destinations need ${destinations.length} signatures; a Lit execution allows ${MAX_SIGNATURES_PER_EXECUTION} (split the round)`,
    );
  }

  if (p.premium && p.feeds.length > 0 && !feeds.some((f) => f.sources.includes(p.premium!.source))) {
    issues.push(`premium: no feed uses ${p.premium.source}`);
  }

  const sources = Object.fromEntries(
    SOURCE_IDS.map((id) => [
      id,
      { baseUrl: p.sources?.[id]?.baseUrl ?? SOURCES[id].defaultBaseUrl, timeoutMs: p.sources?.[id]?.timeoutMs ?? DEFAULT_SOURCE_TIMEOUT_MS },
    ]),
  ) as Record<SourceId, { baseUrl: string; timeoutMs: number }>;

  const resolved: ResolvedPriceFeedParams = {
    observedAt: p.observedAt,
    feeds,
    sources,
    aggregation: {
      madMultiplier: agg.madMultiplier ?? DEFAULT_MAD_MULTIPLIER,
      madFloorPpm: agg.madFloorPpm ?? DEFAULT_MAD_FLOOR_PPM,
      maxBookSpreadPpm: agg.maxBookSpreadPpm ?? DEFAULT_MAX_BOOK_SPREAD_PPM,
      maxQuoteLeadSeconds: agg.maxQuoteLeadSeconds ?? DEFAULT_MAX_QUOTE_LEAD_SECONDS,
      confirmTolerancePpm: agg.confirmTolerancePpm ?? DEFAULT_CONFIRM_TOLERANCE_PPM,
      minNodes: agg.minNodes ?? 1,
    },
    usdt: {
      sources: [...usdtSources],
      minSources: usdtMinSources,
      maxSpreadPpm: agg.maxSpreadPpm ?? DEFAULT_MAX_SPREAD_PPM,
      maxQuoteAgeSeconds: agg.maxQuoteAgeSeconds ?? DEFAULT_MAX_QUOTE_AGE_SECONDS,
    },
    destinations,
    signer: { publicKey: p.signer.publicKey as `0x${string}` | undefined, pkpId: p.signer.pkpId },
    premium: p.premium,
    fetchCount: 0,
  };
  resolved.fetchCount = planFetches(resolved).length + destinations.filter((d) => d.direct).length;
  if (resolved.fetchCount > MAX_FETCHES_PER_EXECUTION) {
    issues.push(
      `this round needs ${resolved.fetchCount} HTTP requests per node; a Lit execution allows ${MAX_FETCHES_PER_EXECUTION} (fewer sources or feeds per round)`,
    );
  }
  if (issues.length > 0) throw new PriceFeedParamsError(issues);
  return resolved;
}

/** One HTTP request a node makes: a source's market, keyed `source:symbol`. */
export type PlannedFetch = { key: string; source: SourceId; base: Asset };

/**
 * Every distinct (source, market) a node fetches, in a fixed order: the feeds' markets, then the
 * USDT/USD rate markets if any feed uses a USDT-quoted market. Shared requests are made once.
 */
export function planFetches(params: Pick<ResolvedPriceFeedParams, "feeds" | "usdt">): PlannedFetch[] {
  const out: PlannedFetch[] = [];
  const keys = new Set<string>();
  const add = (source: SourceId, base: Asset) => {
    const market = SOURCES[source].market(base);
    if (!market) return;
    const key = `${source}:${market.symbol}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push({ key, source, base });
  };
  let needsUsdt = false;
  for (const feed of params.feeds) {
    for (const source of feed.sources) {
      add(source, feed.base);
      if (SOURCES[source].market(feed.base)?.quote === "USDT") needsUsdt = true;
    }
  }
  if (needsUsdt) for (const source of params.usdt.sources) add(source, "USDT");
  return out;
}
