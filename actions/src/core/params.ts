/**
 * The price-feed action's `jsParams`: attacker-controlled input. Whoever may run the permitted CID
 * (anyone on Naga; any holder of a usage key on Chipotle) controls every field, so they may only
 * choose harmless things:
 *
 * - `feeds`: which of the manifest's feeds this round includes;
 * - `destinations`: which (chainId, receiver) pairs to sign for — each EIP-712 domain binds chain and
 *   receiver, and only a receiver that trusts this PKP accepts the report; the chain must be one of the
 *   manifest's (the action reads that receiver's last answer through the manifest's RPC providers);
 *   direct mode only to a receiver the manifest allows, with gas and fees at most its caps;
 * - `observedAtHint`: refused when it is further than the manifest's tolerance from the nodes' clocks;
 * - `confirm`: a large-move candidate set the action itself signed earlier (verified, not trusted);
 * - `signer`: which PKP signs (any other PKP that permits this CID is one no honest receiver trusts);
 * - `premiumKey`: ciphertext of the premium key, when the manifest cannot hold it (Naga conditions
 *   naming the CID): whatever it decrypts to is only ever sent to the premium source's pinned host.
 *
 * Sources, hosts, limits, clocks, RPC providers and gas caps come from the manifest only.
 *
 * Pure: no I/O, no clock.
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isAddress } from "viem";
import { NonRetryableError } from "../../../common/errors.ts";
import { type ManifestChain, type ManifestFeed, type PremiumKeyMaterial, type ResolvedFeedManifest, premiumKeySchema } from "./feed-manifest.ts";
import { duplicatesOf } from "./manifest.ts";
import type { Market, SourceId } from "./sources/index.ts";
import { type MarketRequest, planRequests } from "./sources/plan.ts";

export const PRICE_FEED_PARAMS_VERSION = 2;

/** Lit node limit: HTTP requests per execution (Naga and Chipotle alike). */
export const MAX_FETCHES_PER_EXECUTION = 50;
/** Lit node limit: signing operations per execution. */
export const MAX_SIGNATURES_PER_EXECUTION = 10;
/** Signatures reserved per execution for the large-move candidate attestation. */
export const CANDIDATE_SIGNATURES = 1;
/** Latest `observedAt` the receiver's packed report format carries (uint32 seconds, 2106-02-07). */
export const MAX_OBSERVED_AT_SECONDS = 2 ** 32 - 1;

z.config(en());

const positiveInt = z.number().check(z.int(), z.positive());
const unsignedIntString = z.string().check(z.regex(/^\d{1,78}$/, "must be a non-negative integer as a decimal string"));
const hexString = z.string().check(z.regex(/^0x[0-9a-fA-F]*$/, "must be 0x-prefixed hex"));
const address = z.string().check(z.refine((value) => isAddress(value, { strict: false }), "must be a 20-byte 0x address"));
const nonEmpty = z.string().check(z.minLength(1));

const directSchema = z.strictObject({
  /** The PKP's nonce on this chain (a wrong one only makes the transaction fail or wait). */
  nonce: z.number().check(z.int(), z.minimum(0)),
  /** At most the manifest's cap (default: the cap). */
  gasLimit: z.optional(unsignedIntString),
  maxFeePerGas: z.optional(unsignedIntString),
  maxPriorityFeePerGas: z.optional(unsignedIntString),
});

const destinationSchema = z.strictObject({
  chainId: positiveInt,
  /** The receiver contract (EIP-712 `verifyingContract`). */
  receiver: address,
  /** Feeds delivered here (symbols); default all feeds of the round. */
  feeds: z.optional(z.array(z.string()).check(z.minLength(1))),
  /** Present: the action sends the transaction itself as the PKP (direct mode). Absent: it signs a report. */
  direct: z.optional(directSchema),
});

export const priceFeedParamsSchema = z.strictObject({
  version: z.literal(PRICE_FEED_PARAMS_VERSION),
  /** Feeds of this round (manifest symbols); default every manifest feed. */
  feeds: z.optional(z.array(z.string()).check(z.minLength(1))),
  /** The caller's clock, Unix seconds: the round is refused when the nodes' agreed clock differs by more than the manifest tolerance. */
  observedAtHint: z.optional(positiveInt.check(z.maximum(MAX_OBSERVED_AT_SECONDS))),
  destinations: z.array(destinationSchema).check(z.minLength(1)),
  /** Large-move candidates the action signed in an earlier round (`candidates` of that response), to confirm them. */
  confirm: z.optional(
    z.strictObject({
      observedAt: positiveInt,
      candidates: z.array(z.strictObject({ feed: z.string(), answer: unsignedIntString })).check(z.minLength(1)),
      /** 65-byte r‖s‖v signature of the candidate digest by this round's signer. */
      signature: hexString,
    }),
  ),
  signer: z.strictObject({
    /** Naga: the PKP's uncompressed public key `0x04…` (signEcdsa). */
    publicKey: z.optional(hexString),
    /** Chipotle: the PKP id for `getPrivateKey`. */
    pkpId: z.optional(nonEmpty),
  }),
  /** Premium key ciphertext, only when the manifest names a premium source without its key. */
  premiumKey: z.optional(premiumKeySchema),
});

/** What the keeper builds (optional fields may be left out). */
export type PriceFeedParams = z.input<typeof priceFeedParamsSchema>;

export type ResolvedFeed = ManifestFeed;

export type ResolvedDestination = {
  chainId: number;
  receiver: `0x${string}`;
  feeds: string[];
  chain: ManifestChain;
  direct: { nonce: number; gasLimit: bigint; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } | undefined;
  /** Name of this destination's signature in the Lit result (`report:<chainId>:<receiver>` or `tx:…`). */
  sigName: string;
};

/** A verified-later confirmation: the candidate answers by feed symbol. */
export type ConfirmClaim = { observedAt: number; candidates: Map<string, bigint>; list: { feed: string; answer: bigint }[]; signature: `0x${string}` };

/** Manifest + validated params: everything a round needs. */
export type ResolvedPriceFeedParams = {
  manifest: ResolvedFeedManifest;
  feeds: ResolvedFeed[];
  sources: ResolvedFeedManifest["sources"];
  aggregation: ResolvedFeedManifest["aggregation"];
  /**
   * Rate feeds (`USDT/USD` ...) the round's feeds convert through that are not feeds of the round
   * themselves: every node observes them for the conversion; they are never signed.
   */
  rates: ManifestFeed[];
  destinations: ResolvedDestination[];
  observedAtHint: number | undefined;
  confirm: ConfirmClaim | undefined;
  signer: { publicKey: `0x${string}` | undefined; pkpId: string | undefined };
  /** The premium source and the key material to decrypt (manifest first, else jsParams). */
  premium: { source: SourceId; key: PremiumKeyMaterial } | undefined;
  /** Worst-case HTTP requests per node. */
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

/** Signature name of the round's large-move candidate attestation. */
export const CANDIDATES_SIG_NAME = "candidates";

const capped = (value: string | undefined, cap: bigint, at: string, issues: string[]): bigint => {
  if (value === undefined) return cap;
  const v = BigInt(value);
  if (v > cap) issues.push(`${at}: ${v} exceeds the manifest cap ${cap}`);
  return v;
};

/**
 * Validates raw `jsParams` against the manifest. Throws {@link PriceFeedParamsError} listing every
 * problem (schema, a feed or chain the manifest does not have, a direct destination it does not allow,
 * gas above its caps, too many signatures or fetches for one execution, ...).
 */
export function validatePriceFeedParams(manifest: ResolvedFeedManifest, input: unknown): ResolvedPriceFeedParams {
  const parsed = priceFeedParamsSchema.safeParse(input);
  if (!parsed.success) {
    throw new PriceFeedParamsError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  }
  const p = parsed.data;
  const issues: string[] = [];

  const symbols = p.feeds ?? manifest.feeds.map((f) => f.symbol);
  for (const dup of duplicatesOf(symbols)) issues.push(`feeds: duplicate feed ${dup}`);
  const feeds: ResolvedFeed[] = [];
  symbols.forEach((symbol, i) => {
    const feed = manifest.feeds.find((f) => f.symbol === symbol);
    if (!feed) issues.push(`feeds.${i}: ${symbol} is not a feed of this manifest (${manifest.feeds.map((f) => f.symbol).join(", ")})`);
    else if (!feeds.includes(feed)) feeds.push(feed);
  });

  const destinations: ResolvedDestination[] = [];
  for (const dup of duplicatesOf(p.destinations, (d) => `${d.chainId}:${d.receiver.toLowerCase()}`)) issues.push(`destinations: duplicate destination ${dup}`);
  p.destinations.forEach((d, i) => {
    const at = `destinations.${i}`;
    const chain = manifest.chains.find((c) => c.chainId === d.chainId);
    if (!chain) {
      issues.push(`${at}.chainId: chain ${d.chainId} is not in the manifest (${manifest.chains.map((c) => c.chainId).join(", ")})`);
      return;
    }
    const feedsHere = d.feeds ?? symbols;
    for (const s of feedsHere) if (!symbols.includes(s)) issues.push(`${at}.feeds: ${s} is not one of this round's feeds`);
    for (const dup of duplicatesOf(feedsHere)) issues.push(`${at}.feeds: duplicate feed ${dup}`);
    let direct: ResolvedDestination["direct"];
    if (d.direct) {
      const policy = chain.direct;
      if (!policy) issues.push(`${at}.direct: the manifest allows no direct mode on chain ${d.chainId}`);
      else {
        if (!policy.receivers.includes(d.receiver.toLowerCase() as `0x${string}`)) issues.push(`${at}.direct: receiver ${d.receiver} is not a direct receiver the manifest allows on chain ${d.chainId}`);
        const maxFeePerGas = capped(d.direct.maxFeePerGas, policy.maxFeePerGas, `${at}.direct.maxFeePerGas`, issues);
        const maxPriorityFeePerGas = capped(d.direct.maxPriorityFeePerGas, policy.maxPriorityFeePerGas, `${at}.direct.maxPriorityFeePerGas`, issues);
        if (maxPriorityFeePerGas > maxFeePerGas) issues.push(`${at}.direct.maxPriorityFeePerGas: exceeds maxFeePerGas`);
        direct = { nonce: d.direct.nonce, gasLimit: capped(d.direct.gasLimit, policy.maxGasLimit, `${at}.direct.gasLimit`, issues), maxFeePerGas, maxPriorityFeePerGas };
      }
    }
    destinations.push({ chainId: d.chainId, receiver: d.receiver as `0x${string}`, feeds: [...feedsHere], chain, direct, sigName: sigNameOf(d) });
  });
  if (destinations.length + CANDIDATE_SIGNATURES > MAX_SIGNATURES_PER_EXECUTION) {
    issues.push(`destinations: ${destinations.length} destinations (+${CANDIDATE_SIGNATURES} candidate attestation) exceed the ${MAX_SIGNATURES_PER_EXECUTION} signatures of a Lit execution (split the round)`);
  }

  let confirm: ConfirmClaim | undefined;
  if (p.confirm) {
    const list = p.confirm.candidates.map((c) => ({ feed: c.feed, answer: BigInt(c.answer) }));
    for (const dup of duplicatesOf(list, (c) => c.feed)) issues.push(`confirm.candidates: duplicate feed ${dup}`);
    if (!/^0x[0-9a-fA-F]{130}$/.test(p.confirm.signature)) issues.push("confirm.signature: must be 65 bytes (r‖s‖v)");
    confirm = { observedAt: p.confirm.observedAt, candidates: new Map(list.map((c) => [c.feed, c.answer])), list, signature: p.confirm.signature as `0x${string}` };
  }

  let premium: ResolvedPriceFeedParams["premium"];
  if (manifest.premium && feeds.some((f) => f.sources.includes(manifest.premium!.source))) {
    const key = manifest.premium.key ?? p.premiumKey;
    if (key) premium = { source: manifest.premium.source, key };
  }
  if (p.premiumKey && manifest.premium?.key) issues.push("premiumKey: the manifest carries the premium key; jsParams may not replace it");
  if (p.premiumKey && !manifest.premium) issues.push("premiumKey: the manifest names no premium source");

  const resolved: ResolvedPriceFeedParams = {
    manifest,
    feeds,
    sources: manifest.sources,
    aggregation: manifest.aggregation,
    rates: manifest.feeds.filter((f) => !feeds.includes(f) && feeds.some((g) => g.rates.includes(f.symbol))),
    destinations,
    observedAtHint: p.observedAtHint,
    confirm,
    signer: { publicKey: p.signer.publicKey as `0x${string}` | undefined, pkpId: p.signer.pkpId },
    premium,
    fetchCount: 0,
  };
  const chainReads = chainsOf(resolved).reduce((n, c) => n + Math.max(1, c.rpcUrls.length), 0);
  resolved.fetchCount = planFetches(resolved).length + chainReads + destinations.filter((d) => d.direct).length;
  if (resolved.fetchCount > MAX_FETCHES_PER_EXECUTION) {
    issues.push(`this round needs up to ${resolved.fetchCount} HTTP requests per node; a Lit execution allows ${MAX_FETCHES_PER_EXECUTION} (fewer feeds or destinations per round)`);
  }
  if (issues.length > 0) throw new PriceFeedParamsError(issues);
  return resolved;
}

/** The distinct manifest chains of the round's destinations, in first-seen order. */
export function chainsOf(params: Pick<ResolvedPriceFeedParams, "destinations">): ManifestChain[] {
  const out: ManifestChain[] = [];
  for (const d of params.destinations) if (!out.includes(d.chain)) out.push(d.chain);
  return out;
}

/** One HTTP request a node makes: one market, or several of one venue through its batch endpoint. */
export type PlannedFetch = MarketRequest;

/**
 * Every request a node makes, in a fixed order (see {@link planRequests}): the markets of the round's
 * feeds and of the rate feeds they convert through, shared markets once, each venue's markets in as
 * few batch requests as its endpoints allow. Requests grow with venues, not feeds.
 */
export function planFetches(params: Pick<ResolvedPriceFeedParams, "feeds" | "rates">): PlannedFetch[] {
  return planRequests(marketsOf(params));
}

/** Every market a round reads: its feeds', then its rate feeds'. */
export function marketsOf(params: Pick<ResolvedPriceFeedParams, "feeds" | "rates">): Market[] {
  return [...params.feeds, ...params.rates].flatMap((f) => f.markets);
}
