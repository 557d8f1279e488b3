/**
 * The round planner: how one round's (feed, chain) updates become Lit executions and transactions
 * within Lit's limits (HTTP requests, signatures, response size, run time per execution) and the
 * chains' (calldata and gas per transaction), in the fewest of each.
 *
 * The request count is the action's own ({@link planFetches} over the manifest's markets, plus one
 * RPC batch per chain provider and one send per direct destination, exactly as `validatePriceFeedParams`
 * counts it), so the keeper's plan and the action's fetches cannot disagree. One destination of an
 * execution is one signature and one transaction on its chain (a batch report), so a chain whose
 * feeds do not fit one transaction gets one destination per chunk, in different executions (the
 * action refuses the same receiver twice in one execution).
 *
 * Pure: no I/O, no clock.
 */
import { encodeFunctionData, type Hex } from "viem";
import { receiverAbi as RECEIVER_ABI } from "../chain/abi.ts";
import type { ManifestFeed, ResolvedFeedManifest } from "../../../actions/src/core/feed-manifest.ts";
import { encodePackedReports } from "../../../actions/src/core/packed.ts";
import { MAX_RESPONSE_BYTES } from "../../../actions/src/core/envelope.ts";
import { CANDIDATE_SIGNATURES, MAX_FETCHES_PER_EXECUTION, MAX_OBSERVED_AT_SECONDS, MAX_SIGNATURES_PER_EXECUTION, PRICE_FEED_PARAMS_VERSION, planFetches } from "../../../actions/src/core/params.ts";
import { feedIdOf } from "../../../actions/src/core/report.ts";
import { responseBound } from "../../../actions/src/core/response-bound.ts";
import { NonRetryableError } from "../../../common/errors.ts";

/**
 * Largest action response the planner allows, bytes: the action's own ceiling (`MAX_RESPONSE_BYTES`,
 * Naga's and Chipotle's 100 KiB `maxResponseBytes` / `DEFAULT_MAX_RESPONSE_LENGTH` less room for the
 * runtime's wrapping), which its `fitResponse` trims the per-source diagnostics to.
 */
export const LIT_MAX_RESPONSE_BYTES = MAX_RESPONSE_BYTES;
/**
 * Largest `jsParams` the planner sends, bytes of JSON: the 64 KB of Lit's documented limits
 * (`docs/lit-actions/limits.mdx`). Neither server enforces that figure (checked in their sources):
 * Chipotle's API server (LIT-Protocol/chipotle `lit-api-server/Rocket.toml`) takes request bodies up
 * to Rocket's `json = "10 MiB"` (code or CID and js_params together) and hands js_params to the
 * actions server over gRPC with no decoding limit (`max_decoding_message_size(usize::MAX)`, "let
 * lit_node enforce size limits"); a Naga node (LIT-Protocol/lit-peer `lit-node/Rocket.toml`,
 * `json = "16384 kB"`) takes the request as an `EncryptedPayload` whose ciphertext is hex, so about
 * 8 MB of plaintext request. The planner keeps to the documented, smallest figure.
 */
export const LIT_MAX_JS_PARAMS_BYTES = 64 * 1024;
/** Lit's run time per execution, ms (Naga kills an action after 30 s). */
export const LIT_MAX_RUN_MS = 30_000;
/** Gas of a batch update apart from its feeds, and per feed with its log (bench `oracle.batch10`: 6,369; rounded up). */
export const TX_BASE_GAS = 40_000;
export const TX_GAS_PER_FEED = 7_000;
/** Largest gas one transaction may use (EIP-7825's per-transaction cap, 2^24), before the chain's own setting. */
export const DEFAULT_MAX_TX_GAS = 16_777_216;
/** Largest calldata one transaction may carry, bytes (geth's 128 KiB transaction size limit, less room for the envelope). */
export const DEFAULT_MAX_TX_CALLDATA_BYTES = 120 * 1024;

export type PlanLimits = {
  maxFetches: number;
  /** Signatures per execution, including the one kept for the candidate attestation. */
  maxSignatures: number;
  /** The part of the response the action never drops (its diagnostics are trimmed to fit first). */
  maxResponseBytes: number;
  maxJsParamsBytes: number;
  maxRunMs: number;
  maxTxGas: number;
  maxTxCalldataBytes: number;
};

export const DEFAULT_PLAN_LIMITS: PlanLimits = {
  maxFetches: MAX_FETCHES_PER_EXECUTION,
  maxSignatures: MAX_SIGNATURES_PER_EXECUTION,
  maxResponseBytes: LIT_MAX_RESPONSE_BYTES,
  maxJsParamsBytes: LIT_MAX_JS_PARAMS_BYTES,
  maxRunMs: LIT_MAX_RUN_MS,
  maxTxGas: DEFAULT_MAX_TX_GAS,
  maxTxCalldataBytes: DEFAULT_MAX_TX_CALLDATA_BYTES,
};

/** A chain as the planner sees it: its manifest entry (providers, direct mode) by chain id. */
export type PlanChain = { name: string; chainId: number };

/** One signed destination: a receiver on one chain and the feeds of its batch report (one transaction). */
export type PlannedDestination = { chain: string; chainId: number; feeds: string[]; calldataBytes: number; gas: number };

export type PlannedExecution = {
  feeds: string[];
  destinations: PlannedDestination[];
  /** HTTP requests per node, as the action counts them. */
  fetches: number;
  signatures: number;
  /** Bound of the response's signed part (feeds, reports, refusals, candidates: never dropped), bytes. */
  responseBytes: number;
  /** Bound of the whole response with every per-source diagnostic, bytes (over the limit: the action trims diagnostics). */
  responseTotalBytes: number;
  /** Bound of the execution's jsParams JSON, bytes. */
  jsParamsBytes: number;
};

export type RoundPlan = {
  executions: PlannedExecution[];
  /** Transactions per chain name. */
  txsPerChain: Record<string, number>;
  /** Why the round was split (empty when one execution and one transaction per chain suffice). */
  reasons: string[];
};

/** Thrown when a feed or a chain cannot fit even alone; `issues` says which limit and by how much. */
export class RoundPlanError extends NonRetryableError {
  override name = "RoundPlanError";
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`the round cannot be planned within Lit's and the chains' limits (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
    this.issues = issues;
  }
}

const MAX_ANSWER = 2n ** 255n - 1n;
const MAX_OBSERVED_AT = 2n ** 32n - 1n;
const ZERO_WORD = `0x${"00".repeat(32)}` as Hex;

/** Calldata bytes of the receiver's `updateBatch` for `feeds` with worst-case answers (the real encoder). */
export function calldataBytesOf(feeds: readonly string[]): number {
  const reports = feeds.map((f) => ({ feedId: feedIdOf(f), answer: MAX_ANSWER, observedAt: MAX_OBSERVED_AT }));
  const data = encodeFunctionData({ abi: RECEIVER_ABI, functionName: "updateBatch", args: [encodePackedReports(reports), ZERO_WORD, ZERO_WORD] });
  return (data.length - 2) / 2;
}

/** Estimated gas of one batch update of `n` feeds. */
export const gasOf = (n: number): number => TX_BASE_GAS + n * TX_GAS_PER_FEED;

/** Requests per node of an execution: the action's count (markets through {@link planFetches}, RPC batches, direct sends). */
export function fetchesOf(manifest: ResolvedFeedManifest, feeds: readonly string[], chainIds: readonly number[]): number {
  const chosen = manifest.feeds.filter((f) => feeds.includes(f.symbol));
  const rates = manifest.feeds.filter((f) => !chosen.includes(f) && chosen.some((g) => g.rates.includes(f.symbol)));
  const chains = manifest.chains.filter((c) => chainIds.includes(c.chainId));
  return planFetches({ feeds: chosen, rates }).length + chains.reduce((n, c) => n + Math.max(1, c.rpcUrls.length), 0);
}

/**
 * Largest response of an execution, bytes: the action's own serialiser over worst-case rounds
 * (`responseBound`): what it never drops (feeds, reports, refusals, candidates) and the total with
 * its per-source diagnostics (dropped first when they would not fit).
 */
export function responseBytesOf(manifest: ResolvedFeedManifest, feeds: readonly string[], destinations: readonly { chainId: number; feeds: readonly string[] }[]): { signed: number; total: number } {
  const b = responseBound(manifest, feeds, destinations);
  return { signed: b.signedBytes, total: b.totalBytes };
}

const WORST_ADDRESS = `0x${"ff".repeat(20)}`;
const WORST_PUBLIC_KEY = `0x04${"ff".repeat(64)}`;
const WORST_SIGNATURE = `0x${"ff".repeat(65)}`;
/** Longest decimal answer a jsParams `confirm` candidate may carry (the schema's 78 digits). */
const WORST_ANSWER = "9".repeat(78);

/**
 * Largest jsParams of an execution, bytes of JSON: what `buildParams` (round.ts) sends, with the
 * longest values (a receiver address per destination, both signer fields, a candidate confirmation
 * for every feed with 78-digit answers).
 */
export function jsParamsBytesOf(feeds: readonly string[], destinations: readonly { chainId: number; feeds: readonly string[] }[]): number {
  const params = {
    version: PRICE_FEED_PARAMS_VERSION,
    feeds,
    observedAtHint: MAX_OBSERVED_AT_SECONDS,
    destinations: destinations.map((d) => ({ chainId: d.chainId, receiver: WORST_ADDRESS, feeds: d.feeds })),
    signer: { publicKey: WORST_PUBLIC_KEY, pkpId: WORST_ADDRESS },
    confirm: { observedAt: MAX_OBSERVED_AT_SECONDS, candidates: feeds.map((feed) => ({ feed, answer: WORST_ANSWER })), signature: WORST_SIGNATURE },
  };
  return new TextEncoder().encode(JSON.stringify(params)).length;
}

/** Worst-case run time of an execution, ms: every request in parallel, each chain's providers in turn. */
export function runMsOf(manifest: ResolvedFeedManifest): number {
  const sources = Math.max(0, ...Object.values(manifest.sources).map((s) => s?.timeoutMs ?? 0));
  const chains = Math.max(0, ...manifest.chains.map((c) => c.timeoutMs * Math.max(1, c.rpcUrls.length)));
  return Math.max(sources, chains);
}

/**
 * Checks a configuration before any round: every feed is a manifest feed, every chain a manifest
 * chain, the action's worst-case run time fits, and each feed fits one execution with one chain and
 * one transaction. Returns the problems (empty: every round of these feeds can be planned).
 */
export function checkPlannable(parameters: {
  manifest: ResolvedFeedManifest;
  feeds: readonly { symbol: string; chains: readonly PlanChain[] }[];
  limits?: Partial<PlanLimits>;
}): string[] {
  const limits = { ...DEFAULT_PLAN_LIMITS, ...parameters.limits };
  const { manifest } = parameters;
  const issues: string[] = [];
  const runMs = runMsOf(manifest);
  if (runMs > limits.maxRunMs) issues.push(`the manifest's request timeouts allow a ${runMs} ms execution; Lit stops an action after ${limits.maxRunMs} ms`);
  for (const feed of parameters.feeds) {
    const m = manifest.feeds.find((f) => f.symbol === feed.symbol);
    if (!m) {
      issues.push(`feeds.${feed.symbol}: not a feed of the action's manifest (${manifest.feeds.map((f) => f.symbol).join(", ")})`);
      continue;
    }
    for (const chain of feed.chains) {
      if (!manifest.chains.some((c) => c.chainId === chain.chainId)) issues.push(`feeds.${feed.symbol}: chain ${chain.name} (${chain.chainId}) is not a chain of the action's manifest`);
    }
    const alone = fetchesOf(manifest, [feed.symbol], feed.chains.slice(0, 1).map((c) => c.chainId));
    if (alone > limits.maxFetches) issues.push(`feeds.${feed.symbol}: needs ${alone} HTTP requests per node alone (its ${m.sources.length} sources, its rate feeds and one chain); a Lit execution allows ${limits.maxFetches}`);
    if (1 + CANDIDATE_SIGNATURES > limits.maxSignatures) issues.push(`feeds.${feed.symbol}: one destination and the candidate attestation need ${1 + CANDIDATE_SIGNATURES} signatures; the limit is ${limits.maxSignatures}`);
    const alongside = feed.chains.map((c) => ({ chainId: c.chainId, feeds: [feed.symbol] }));
    const bytes = responseBytesOf(manifest, [feed.symbol], alongside.slice(0, 1)).signed;
    if (bytes > limits.maxResponseBytes) issues.push(`feeds.${feed.symbol}: its response alone can reach ${bytes} bytes; Lit allows ${limits.maxResponseBytes}`);
    const params = jsParamsBytesOf([feed.symbol], alongside.slice(0, 1));
    if (params > limits.maxJsParamsBytes) issues.push(`feeds.${feed.symbol}: its jsParams alone can reach ${params} bytes; Lit allows ${limits.maxJsParamsBytes}`);
    const calldata = calldataBytesOf([feed.symbol]);
    if (calldata > limits.maxTxCalldataBytes || gasOf(1) > limits.maxTxGas) issues.push(`feeds.${feed.symbol}: one update needs ${calldata} bytes and ~${gasOf(1)} gas; a transaction allows ${limits.maxTxCalldataBytes} bytes and ${limits.maxTxGas} gas`);
  }
  return issues;
}

/**
 * Plans a round: `targets` are, per chain, the feeds to deliver there. Feeds are packed into
 * executions while the action's request count, the response bound and the jsParams bound allow
 * (then evened out over that many executions); the signatures bound the destinations;
 * each chain's feeds of an execution are one destination (one signature, one transaction), chunked
 * where a transaction's gas or calldata would not hold them. Deterministic (input order).
 * Throws {@link RoundPlanError} when a single feed cannot fit an execution alone.
 */
export function planRound(parameters: {
  /** The action's manifest; without it only signatures and transaction sizes are planned (the action still refuses an oversized round, with its reason). */
  manifest: ResolvedFeedManifest | undefined;
  targets: readonly { chain: PlanChain; feeds: readonly string[] }[];
  limits?: Partial<PlanLimits>;
}): RoundPlan {
  const limits = { ...DEFAULT_PLAN_LIMITS, ...parameters.limits };
  const { manifest } = parameters;
  const reasons: string[] = manifest ? [] : ["no manifest: requests per node and response size not planned"];
  const maxDestinations = limits.maxSignatures - CANDIDATE_SIGNATURES;
  if (maxDestinations < 1) throw new RoundPlanError([`${limits.maxSignatures} signatures per execution leave none for a destination`]);

  // Feeds per transaction: the most whose worst-case calldata and gas fit.
  const allFeeds: string[] = [];
  for (const t of parameters.targets) for (const f of t.feeds) if (!allFeeds.includes(f)) allFeeds.push(f);
  const unknown = manifest ? allFeeds.filter((f) => !manifest.feeds.some((m: ManifestFeed) => m.symbol === f)) : [];
  if (unknown.length > 0) throw new RoundPlanError(unknown.map((f) => `${f}: not a feed of the action's manifest`));
  const perTx = maxFeedsPerTx(allFeeds, limits);

  // 1. Feed groups: as many feeds as one execution's requests, response and jsParams allow (with every chain of theirs).
  const measure = (feeds: string[]) => {
    const set = new Set(feeds);
    const destinations = parameters.targets.map((t) => ({ chainId: t.chain.chainId, feeds: t.feeds.filter((f) => set.has(f)) })).filter((d) => d.feeds.length > 0);
    const chainIds = [...new Set(destinations.map((d) => d.chainId))];
    const params = jsParamsBytesOf(feeds, destinations);
    if (!manifest) return { fetches: 0, bytes: 0, params, problem: params > limits.maxJsParamsBytes ? `jsParams: ${params} > ${limits.maxJsParamsBytes} bytes` : undefined };
    const fetches = fetchesOf(manifest, feeds, chainIds);
    const bytes = responseBytesOf(manifest, feeds, destinations).signed;
    const problem =
      fetches > limits.maxFetches ? `requests: ${fetches} > ${limits.maxFetches}`
      : bytes > limits.maxResponseBytes ? `response: up to ${bytes} > ${limits.maxResponseBytes} bytes`
      : params > limits.maxJsParamsBytes ? `jsParams: up to ${params} > ${limits.maxJsParamsBytes} bytes`
      : undefined;
    return { fetches, bytes, params, problem };
  };
  const alone = (feed: string, m: ReturnType<typeof measure>) =>
    new RoundPlanError([`${feed}: needs ${m.fetches} requests per node, up to ${m.bytes} response bytes and ${m.params} jsParams bytes alone; a Lit execution allows ${limits.maxFetches}, ${limits.maxResponseBytes} and ${limits.maxJsParamsBytes} (${m.problem})`]);
  // Each group is the longest run of the next feeds that fits. Every measure only grows with the
  // feeds (requests, response, jsParams), so a binary search finds it in O(log n) measures.
  let groups: string[][] = [];
  for (let start = 0; start < allFeeds.length; ) {
    const first = measure([allFeeds[start]!]);
    if (first.problem) throw alone(allFeeds[start]!, first);
    let fits = start + 1; // allFeeds[start, fits) fits
    let step = 1;
    let over = allFeeds.length + 1; // the smallest end known not to fit
    while (fits < allFeeds.length) {
      const end = Math.min(allFeeds.length, fits + step, over - 1);
      if (end <= fits) break;
      if (!measure(allFeeds.slice(start, end)).problem) {
        fits = end;
        step *= 2;
      } else {
        over = end;
        step = Math.max(1, Math.floor((end - fits) / 2));
      }
    }
    groups.push(allFeeds.slice(start, fits));
    if (fits < allFeeds.length) reasons.push(`${measure(allFeeds.slice(start, fits + 1)).problem!} with ${allFeeds[fits]} (new execution)`);
    start = fits;
  }
  // The same number of executions, evened out (they run in parallel: the round waits for the largest).
  if (groups.length > 1) {
    const k = groups.length;
    const even = Array.from({ length: k }, (_, i) => allFeeds.slice(Math.floor((i * allFeeds.length) / k), Math.floor(((i + 1) * allFeeds.length) / k)));
    if (even.every((g) => g.length > 0 && !measure(g).problem)) groups = even;
  }

  const sizesOf = (feeds: string[], destinations: PlannedDestination[]) => {
    const bytes = manifest ? responseBytesOf(manifest, feeds, destinations) : { signed: 0, total: 0 };
    return { responseBytes: bytes.signed, responseTotalBytes: bytes.total, jsParamsBytes: jsParamsBytesOf(feeds, destinations) };
  };

  // 2. Destinations per group: each chain's feeds of the group, in chunks of a transaction.
  const executions: PlannedExecution[] = [];
  const txsPerChain: Record<string, number> = {};
  for (const group of groups) {
    const destinations: PlannedDestination[] = [];
    for (const t of parameters.targets) {
      const here = group.filter((f) => t.feeds.includes(f));
      for (let i = 0; i < here.length; i += perTx) {
        const feeds = here.slice(i, i + perTx);
        destinations.push({ chain: t.chain.name, chainId: t.chain.chainId, feeds, calldataBytes: calldataBytesOf(feeds), gas: gasOf(feeds.length) });
      }
      if (here.length > perTx) reasons.push(`${t.chain.name}: ${here.length} feeds > ${perTx} per transaction (gas/calldata): ${Math.ceil(here.length / perTx)} transactions`);
    }
    // 3. Executions: at most maxDestinations signatures each, and never the same chain twice in one.
    const pending = [...destinations];
    while (pending.length > 0) {
      const taken: PlannedDestination[] = [];
      for (let i = 0; i < pending.length && taken.length < maxDestinations; ) {
        if (taken.some((d) => d.chainId === pending[i]!.chainId)) i++;
        else taken.push(pending.splice(i, 1)[0]!);
      }
      const feeds = group.filter((f) => taken.some((d) => d.feeds.includes(f)));
      const chainIds = taken.map((d) => d.chainId);
      executions.push({
        feeds,
        destinations: taken,
        fetches: manifest ? fetchesOf(manifest, feeds, chainIds) : 0,
        signatures: taken.length + CANDIDATE_SIGNATURES,
        ...sizesOf(feeds, taken),
      });
      for (const d of taken) txsPerChain[d.chain] = (txsPerChain[d.chain] ?? 0) + 1;
      if (pending.length > 0) {
        const reason = taken.length >= maxDestinations ? `signatures: ${destinations.length} destinations > ${maxDestinations} per execution (+${CANDIDATE_SIGNATURES} candidate attestation)` : "a chain's second transaction goes in another execution (one receiver per execution)";
        if (!reasons.includes(reason)) reasons.push(reason);
      }
    }
  }
  return { executions, txsPerChain, reasons };
}

/** The most feeds of `feeds` (worst-case sizes) one transaction can carry. */
function maxFeedsPerTx(feeds: readonly string[], limits: PlanLimits): number {
  if (feeds.length === 0) return 1;
  const byGas = Math.floor((limits.maxTxGas - TX_BASE_GAS) / TX_GAS_PER_FEED);
  // Calldata grows linearly: measure one and two feeds with the real encoder and extrapolate (ids are at most 32 bytes).
  const one = calldataBytesOf([feeds[0]!]);
  const perFeed = feeds.length > 1 ? Math.max(...feeds.slice(0, 2).map((f) => calldataBytesOf([feeds[0]!, f]) - one), 1) : one;
  const byCalldata = Math.floor((limits.maxTxCalldataBytes - one) / Math.max(perFeed, 64)) + 1;
  return Math.max(1, Math.min(byGas, byCalldata));
}

/** The plan as one structured log line. */
export function planToLog(plan: RoundPlan): Record<string, unknown> {
  return {
    executions: plan.executions.length,
    feeds_per_execution: plan.executions.map((e) => e.feeds.length),
    fetches_per_execution: plan.executions.map((e) => e.fetches),
    signatures_per_execution: plan.executions.map((e) => e.signatures),
    response_bytes_per_execution: plan.executions.map((e) => e.responseBytes),
    response_total_bytes_per_execution: plan.executions.map((e) => e.responseTotalBytes),
    js_params_bytes_per_execution: plan.executions.map((e) => e.jsParamsBytes),
    txs_per_chain: plan.txsPerChain,
    reasons: plan.reasons,
  };
}
