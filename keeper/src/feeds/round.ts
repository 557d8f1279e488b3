/**
 * One round: read every chain's on-chain state for the round's feeds (the keeper's decision; the action
 * reads the receivers itself for its move limit) -> build the action's jsParams (feeds, destinations,
 * a clock hint, a signed candidate set — nothing the action trusts) ->
 * execute the Lit Action -> check the response and every signature (the digest is recomputed here with
 * the shared report code and must recover to the configured PKP address BEFORE any gas is spent) ->
 * decide per (feed, chain) -> submit the signed reports on each chain -> record outcomes.
 *
 * A chain that fails does not stop the others; a feed the action refuses is skipped with its reason.
 */
import { publicKeyToAddress } from "viem/accounts";
import { getAddress, recoverAddress, serializeSignature, type Address, type Hex } from "viem";
import { parsePriceFeedResponse, type PriceFeedResponse } from "../../../actions/src/core/response.ts";
import { PRICE_FEED_PARAMS_VERSION, type PriceFeedParams } from "../../../actions/src/core/params.ts";
import { batchDigest, feedIdOf, reportDigest, type Report } from "../../../actions/src/core/report.ts";
import type { ExecuteResult, LitRuntime, LitSignature } from "../../../lit/types.ts";
import type { CircuitBreaker } from "../breaker.ts";
import type { ChainConfig, FeedConfig, KeeperConfig } from "../config/schema.ts";
import { decide, decisionToJson, type Decision } from "./decide.ts";
import { AlreadyDoneError, NonRetryableError, RetryableError } from "../../../common/errors.ts";
import { type Logger, redactUrls } from "../internal/logger.ts";
import type { KeeperMetrics } from "../metrics.ts";
import type { ResolvedFeedManifest } from "../../../actions/src/core/feed-manifest.ts";
import { LIT_MAX_JS_PARAMS_BYTES, type PlanLimits, planRound, planToLog, type RoundPlan } from "./plan.ts";
import { withRetry } from "../retry.ts";
import type { ChainClient } from "../rpc.ts";
import type { Store } from "../store.ts";
import { failureReason, type RevertDecoder } from "../tx/classify.ts";
import type { SubmitResult, SubmitTimings, TxManager } from "../tx/manager.ts";

/** Attempts for reading chain state (with backoff) before the chain is failed for this round. */
export const CHAIN_READ_ATTEMPTS = 4;
/**
 * Largest share of a signed batch whose feeds needed no update that still goes out whole, instead of
 * a second Lit execution for the rest (fraction; the extra gas is at most this share of the batch's).
 */
export const PUSH_SKIPPED_MAX_FRACTION = 0.1;
/** Attempts for a Lit execution (retryable failures only). */
export const LIT_EXECUTE_ATTEMPTS = 3;

/** What the keeper needs from a receiver contract (implemented over keeper/src/chain/receiver.ts). */
export type OnChainFeed = {
  answer: bigint;
  /** observedAt of the newest accepted report, Unix seconds (0 = never). */
  observedAt: bigint;
  configured: boolean;
  paused: boolean;
  retired: boolean;
};

export type SignedJob = { kind: "report" | "batch"; reports: Report[]; signature: { r: Hex; s: Hex; yParity: 0 | 1 } };

/** Reports of a successful transaction that were NOT published, by feed id (lowercase); the rest were. */
export type ReceiptOutcome = { skipped: Map<Hex, { name: string; alreadyDone: boolean }> };

export type ReceiverOps = {
  readFeeds(chain: ChainClient, receiver: Address, feedIds: readonly Hex[]): Promise<Map<Hex, OnChainFeed>>;
  encodeUpdate(job: SignedJob): Hex;
  decodeRevert: RevertDecoder;
  receiptOutcome(receiver: Address, logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[]): ReceiptOutcome;
  /** The address the receiver accepts signatures from. */
  readSigner(chain: ChainClient, receiver: Address): Promise<Address>;
};

export type ChainRuntime = { config: ChainConfig; client: ChainClient; tx: TxManager };

/** A signed candidate set, in the shape of jsParams `confirm`. */
export type CandidateAttestation = { observedAt: number; candidates: { feed: string; answer: string }[]; signature: Hex };
export type CandidateStore = Map<string, CandidateAttestation>;

export type RoundDeps = {
  config: KeeperConfig;
  logger: Logger;
  lit: LitRuntime;
  litBreaker: CircuitBreaker;
  /** `code` (inline) and/or `ipfsId` of the price-feed action. */
  action: { code?: string; cid?: string };
  chains: ReadonlyMap<string, ChainRuntime>;
  receiver: ReceiverOps;
  store: Store;
  metrics: KeeperMetrics;
  /** Unix seconds. */
  now: () => number;
  /**
   * Large-move candidate attestations the action signed in earlier rounds, by feed symbol (one
   * attestation covers every feed refused in its round); the newest one for the round's feeds goes
   * back as jsParams `confirm`. The action verifies the signature itself: this is not a claim it trusts.
   */
  candidates: CandidateStore;
  /** The signer each receiver accepts (`SIGNER()`, read at start); reports must recover to it. Missing: the configured PKP's address. */
  receiverSigners?: ReadonlyMap<string, Address>;
  /**
   * The manifest the action was built with (its CID commits to it): the round planner counts the
   * action's requests from it. Without it only signatures and transaction sizes are planned.
   */
  manifest?: ResolvedFeedManifest;
  /** Overrides of the planner's limits (tests split rounds with small limits). */
  planLimits?: Partial<PlanLimits>;
  /** Called with every on-chain feed state read (the keeper caches them for ages, /ready and the view). */
  onState?: (feed: string, chain: string, state: OnChainFeed) => void;
  signal?: AbortSignal;
};

export type FeedChainOutcome = {
  feed: string;
  chain: string;
  chainId: number;
  decision: Decision | undefined;
  answer: string | null;
  sourcesUsed: number;
  sources: string[];
  outcome: "updated" | "skipped" | "already-done" | "failed";
  reason: string;
  txHash: Hex | null;
  gasUsed: string | null;
  error?: string;
};

/** One planned Lit execution as it went: its size, its wall time (with retries), and why it failed. */
export type ExecutionPhase = { feeds: number; destinations: number; atMs: number; ms: number; ok: boolean; error?: string };
/** One signed destination as it went: response checks and signature recovery, then the submission's phases. */
export type DeliveryPhase = {
  chain: string;
  feeds: number;
  atMs: number;
  verifyMs: number;
  /** Feeds that needed no update but went out in the signed batch (instead of a second execution). */
  riders?: number;
  /** The second Lit execution for the part of the signed batch that needed an update, when one ran. */
  reexecutionMs?: number;
  submit?: SubmitTimings;
  ms: number;
};
/**
 * Where a round's time went, ms: the on-chain state reads, the plan, each Lit execution, each
 * delivery (verify, simulate, estimate, fees, send, receipt); `atMs` is when one began, from the
 * round's start.
 * Deliveries start as soon as their execution returned (the other executions may still run).
 */
export type RoundPhases = { readMs: number; planMs: number; executions: ExecutionPhase[]; deliveries: DeliveryPhase[]; totalMs: number };

/** `observedAt`: the signed one (the nodes' agreed clock) once the action ran, else the keeper's clock. */
export type RoundResult = { roundId: number; observedAt: number; outcomes: FeedChainOutcome[]; litMs: number | undefined; phases?: RoundPhases };

function chainsOf(feed: FeedConfig, config: KeeperConfig): string[] {
  return feed.chains ?? config.chains.map((c) => c.name);
}

function splitSignature(sig: LitSignature): { r: Hex; s: Hex; yParity: 0 | 1 } {
  const hex = sig.signature.replace(/^0x/, "");
  if (hex.length !== 128) throw new NonRetryableError(`Lit signature has ${hex.length / 2} bytes, expected 64 (r||s)`);
  return { r: `0x${hex.slice(0, 64)}`, s: `0x${hex.slice(64)}`, yParity: sig.recoveryId };
}

/** Recomputes and checks one signed destination; returns the verified job. */
export async function verifyJob(
  parameters: {
    job: PriceFeedResponse["reports"][number];
    signature: LitSignature | undefined;
    expectedSigner: Address;
    chainId: number;
    receiver: Address;
    observedAt: number;
  },
): Promise<SignedJob & { feeds: string[] }> {
  const { job, signature, expectedSigner } = parameters;
  if (job.chainId !== parameters.chainId || getAddress(job.receiver) !== getAddress(parameters.receiver)) {
    throw new NonRetryableError(`signed job is for chain ${job.chainId} receiver ${job.receiver}, expected ${parameters.chainId} ${parameters.receiver}`);
  }
  if (job.kind === "tx") throw new NonRetryableError("direct-transaction jobs are not submitted by the keeper");
  if (!signature) throw new NonRetryableError(`the Lit result has no signature "${job.sigName}"`);
  const reports: Report[] = job.reports.map((r) => {
    if (feedIdOf(r.feed) !== r.feedId) throw new NonRetryableError(`report for ${r.feed} carries feed id ${r.feedId}`);
    if (r.observedAt !== parameters.observedAt) throw new NonRetryableError(`report for ${r.feed} has observedAt ${r.observedAt}, the round asked for ${parameters.observedAt}`);
    return { feedId: r.feedId as Hex, answer: BigInt(r.answer), observedAt: BigInt(r.observedAt) };
  });
  if (reports.length === 0) throw new NonRetryableError("signed job has no reports");
  if (job.kind === "report" && reports.length !== 1) throw new NonRetryableError("a single-report job must carry exactly one report");
  const domain = { chainId: parameters.chainId, verifyingContract: parameters.receiver };
  const digest = job.kind === "report" ? reportDigest(domain, reports[0]!) : batchDigest(domain, reports);
  if (digest.toLowerCase() !== job.digest.toLowerCase() || digest.toLowerCase() !== signature.signedData.toLowerCase()) {
    throw new NonRetryableError(`signature digest mismatch for ${job.sigName}`, {
      metaMessages: [`recomputed ${digest}`, `action said ${job.digest}`, `Lit signed ${signature.signedData}`],
    });
  }
  const parts = splitSignature(signature);
  const recovered = await recoverAddress({ hash: digest, signature: serializeSignature(parts) });
  if (getAddress(recovered) !== getAddress(expectedSigner)) {
    throw new NonRetryableError(`signature for ${job.sigName} recovers to ${recovered}, not the receiver's signer ${expectedSigner}`, {
      metaMessages: ["nothing was sent: check lit.pkpPublicKey against the deployment's signer"],
    });
  }
  return { kind: job.kind, reports, signature: parts, feeds: job.reports.map((r) => r.feed) };
}

async function executeAction(deps: RoundDeps, jsParams: PriceFeedParams, log: Logger): Promise<{ result: ExecuteResult; response: PriceFeedResponse; ms: number }> {
  const started = performance.now();
  const request = deps.action.code !== undefined ? { code: deps.action.code, jsParams } : { ipfsId: deps.action.cid!, jsParams };
  try {
    const result = await withRetry(
      () =>
        deps.litBreaker.run(() =>
          deps.lit.execute(request, { signal: AbortSignal.any([AbortSignal.timeout(deps.config.lit.timeoutMs), ...(deps.signal ? [deps.signal] : [])]) }),
        ),
      {
        attempts: LIT_EXECUTE_ATTEMPTS,
        ...(deps.signal ? { signal: deps.signal } : {}),
        shouldRetry: (error) => error instanceof RetryableError && error.name !== "CircuitOpenError",
        onRetry: ({ error, attempt, delayMs }) => log.warn({ attempt, delay_ms: delayMs, err: error }, "Lit execution failed; retrying"),
      },
    );
    const ms = performance.now() - started;
    deps.metrics.litExecution.observe({ outcome: result.success ? "success" : "failure" }, ms / 1000);
    if (!result.success) throw new NonRetryableError("Lit action reported failure", { details: String(result.response).slice(0, 300), metaMessages: result.logs ? [result.logs.slice(-500)] : [] });
    const response = parsePriceFeedResponse(result.response);
    if (response.error) throw new NonRetryableError(`price-feed action error: ${response.error}`);
    return { result, response, ms };
  } catch (error) {
    deps.metrics.litExecution.observe({ outcome: "error" }, (performance.now() - started) / 1000);
    throw error;
  }
}

function buildParams(
  deps: RoundDeps,
  feeds: readonly FeedConfig[],
  destinations: { chain: ChainConfig; feeds: string[] }[],
  observedAtHint: number,
): PriceFeedParams {
  let confirm: CandidateAttestation | undefined;
  for (const f of feeds) {
    const a = deps.candidates.get(f.symbol);
    if (a && a.observedAt < observedAtHint && (!confirm || a.observedAt > confirm.observedAt)) confirm = a;
  }
  const symbols = feeds.map((f) => f.symbol);
  return {
    version: PRICE_FEED_PARAMS_VERSION,
    feeds: symbols,
    observedAtHint,
    destinations: destinations.map((d) => ({ chainId: d.chain.chainId, receiver: d.chain.receiver, feeds: d.feeds })),
    signer: { publicKey: deps.config.lit.pkpPublicKey, ...(deps.config.lit.pkpId ? { pkpId: deps.config.lit.pkpId } : {}) },
    ...(confirm && confirm.candidates.every((c) => symbols.includes(c.feed)) ? { confirm } : {}),
  };
}

/** Keeps the round's signed candidate set (if any) for the next rounds, and forgets confirmed ones. */
function rememberCandidates(deps: RoundDeps, response: PriceFeedResponse, result: ExecuteResult): void {
  const refused = new Set(response.refusals.map((r) => r.feed));
  for (const f of response.feeds) if (f.answer !== null && !refused.has(f.feed)) deps.candidates.delete(f.feed);
  const set = response.candidates;
  const sig = set ? result.signatures[set.sigName] : undefined;
  if (!set || !sig) return;
  const hex = sig.signature.replace(/^0x/, "");
  if (hex.length !== 128) return;
  const attestation: CandidateAttestation = { observedAt: set.observedAt, candidates: set.list, signature: `0x${hex}${(27 + sig.recoveryId).toString(16)}` };
  for (const c of set.list) deps.candidates.set(c.feed, attestation);
}

/** `fn` over `items` with at most `limit` in flight; results in input order. */
async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** Runs one round for `feedSymbols`. Never throws for per-feed/per-chain failures: they are outcomes. */
export async function runRound(deps: RoundDeps, parameters: { feeds: readonly string[]; trigger: string; roundId: number }): Promise<RoundResult> {
  const { config, metrics } = deps;
  const log = deps.logger.child({ round: parameters.roundId });
  const feeds = config.feeds.filter((f) => parameters.feeds.includes(f.symbol));
  const expectedSigner = publicKeyToAddress(config.lit.pkpPublicKey as Hex);
  const outcomes: FeedChainOutcome[] = [];
  const observedAt = Math.floor(deps.now());
  const started = performance.now();
  const phases: RoundPhases = { readMs: 0, planMs: 0, executions: [], deliveries: [], totalMs: 0 };
  const finish = (result: Omit<RoundResult, "phases">): RoundResult => {
    phases.totalMs = performance.now() - started;
    log.info({ read_ms: Math.round(phases.readMs), plan_ms: Math.round(phases.planMs), executions: phases.executions.map((e) => ({ feeds: e.feeds, destinations: e.destinations, ok: e.ok, at_ms: Math.round(e.atMs), ms: Math.round(e.ms), ...(e.error ? { error: e.error } : {}) })), deliveries: phases.deliveries.map((d) => ({ chain: d.chain, feeds: d.feeds, at_ms: Math.round(d.atMs), verify_ms: Math.round(d.verifyMs), ms: Math.round(d.ms), ...(d.riders ? { riders: d.riders } : {}), ...(d.reexecutionMs !== undefined ? { reexecution_ms: Math.round(d.reexecutionMs) } : {}), ...(d.submit ? Object.fromEntries(Object.entries(d.submit).map(([k, v]) => [k.replace(/Ms$/, "_ms"), Math.round(v)])) : {}) })), total_ms: Math.round(phases.totalMs) }, "round timings");
    return { ...result, phases };
  };
  const base = (feed: string, chain: ChainConfig): Omit<FeedChainOutcome, "outcome" | "reason"> => ({
    feed,
    chain: chain.name,
    chainId: chain.chainId,
    decision: undefined,
    answer: null,
    sourcesUsed: 0,
    sources: [],
    txHash: null,
    gasUsed: null,
  });
  const fail = (feed: string, chain: ChainConfig, error: unknown, extra: Partial<FeedChainOutcome> = {}) => {
    const reason = failureReason(error);
    metrics.failures.inc({ feed, chain: chain.name, reason });
    deps.store.setOutcome({ feed, chainId: chain.chainId, outcome: `failed:${reason}` });
    log.error({ feed, chain: chain.name, chain_id: chain.chainId, reason, err: error }, "update failed");
    const text = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error);
    outcomes.push({ ...base(feed, chain), ...extra, outcome: "failed", reason, error: redactUrls(text) });
  };

  // 1. on-chain state, every chain in parallel
  const targets = new Map<string, { runtime: ChainRuntime; feeds: FeedConfig[] }>();
  for (const feed of feeds) {
    for (const name of chainsOf(feed, config)) {
      const runtime = deps.chains.get(name)!;
      const entry = targets.get(name) ?? { runtime, feeds: [] };
      entry.feeds.push(feed);
      targets.set(name, entry);
    }
  }
  const onChain = new Map<string, Map<Hex, OnChainFeed>>();
  await Promise.all(
    [...targets].map(async ([name, { runtime, feeds: here }]) => {
      try {
        const states = await withRetry(() => deps.receiver.readFeeds(runtime.client, runtime.config.receiver as Address, here.map((f) => feedIdOf(f.symbol))), {
          attempts: CHAIN_READ_ATTEMPTS,
          ...(deps.signal ? { signal: deps.signal } : {}),
          shouldRetry: (e) => !(e instanceof NonRetryableError),
          onRetry: ({ attempt, delayMs, error }) => log.warn({ chain: name, attempt, delay_ms: delayMs, err: error }, "reading feed state failed; retrying"),
        });
        onChain.set(name, states);
        for (const f of here) {
          const s = states.get(feedIdOf(f.symbol));
          if (s) deps.onState?.(f.symbol, name, s);
          if (s && s.observedAt > 0n) {
            metrics.answerAge.set({ feed: f.symbol, chain: name }, Math.max(0, observedAt - Number(s.observedAt)));
            metrics.answer.set({ feed: f.symbol, chain: name }, Number(s.answer) / 10 ** f.decimals);
          }
        }
      } catch (error) {
        for (const f of here) fail(f.symbol, runtime.config, new RetryableError(`RPC: cannot read feed state on ${name}`, { cause: error }));
        targets.delete(name);
      }
    }),
  );
  phases.readMs = performance.now() - started;
  if (targets.size === 0) return finish({ roundId: parameters.roundId, observedAt, outcomes, litMs: undefined });

  // Feeds that cannot be written on a chain are decided here, without spending a Lit execution on them.
  for (const [name, entry] of targets) {
    entry.feeds = entry.feeds.filter((f) => {
      const s = onChain.get(name)!.get(feedIdOf(f.symbol));
      const problem = !s || !s.configured ? "not configured on the receiver" : s.retired ? "retired on this receiver" : s.paused ? "paused" : undefined;
      if (!problem) return true;
      fail(f.symbol, entry.runtime.config, new NonRetryableError(`feed ${f.symbol} is ${problem} (${name})`));
      return false;
    });
    if (entry.feeds.length === 0) targets.delete(name);
  }
  const activeFeeds = feeds.filter((f) => [...targets.values()].some((t) => t.feeds.includes(f)));
  if (activeFeeds.length === 0) return finish({ roundId: parameters.roundId, observedAt, outcomes, litMs: undefined });

  // 2. plan the round within Lit's and the chains' limits, then run its executions in parallel
  const chainTargets = [...targets].map(([name, t]) => ({ chain: { name, chainId: t.runtime.config.chainId }, feeds: t.feeds.map((f) => f.symbol) }));
  let plan: RoundPlan;
  const planStarted = performance.now();
  try {
    plan = planRound({ manifest: deps.manifest, targets: chainTargets, ...(deps.planLimits ? { limits: deps.planLimits } : {}) });
  } catch (error) {
    for (const t of targets.values()) for (const f of t.feeds) fail(f.symbol, t.runtime.config, error);
    return finish({ roundId: parameters.roundId, observedAt, outcomes, litMs: undefined });
  } finally {
    phases.planMs = performance.now() - planStarted;
  }
  log.info(planToLog(plan), `round plan: ${plan.executions.length} Lit execution${plan.executions.length === 1 ? "" : "s"}${plan.reasons.length > 0 ? ` (${plan.reasons.join("; ")})` : ""}`);
  metrics.roundExecutions.observe({}, plan.executions.length);
  for (const e of plan.executions) metrics.feedsPerExecution.observe({}, e.feeds.length);
  for (const [name, n] of Object.entries(plan.txsPerChain)) metrics.txsPerRound.set({ chain: name }, n);
  const feedConfigOf = new Map(feeds.map((f) => [f.symbol, f]));
  type Run = { execution: RoundPlan["executions"][number]; result: ExecuteResult; response: PriceFeedResponse; ms: number; feedInfo: Map<string, PriceFeedResponse["feeds"][number]>; sourcesOf: (feed: string) => string[] };
  type Job = { run: Run; feeds: string[] };
  const succeeded: Run[] = [];
  // Each chain's transactions go out in turn (one nonce sequence), in the order their executions returned.
  const chainQueues = new Map<string, Promise<void>>();
  // A delivery records its failures as outcomes; anything it throws is a defect, rethrown after every queue settled.
  const deliveryErrors: unknown[] = [];
  const enqueue = (name: string, job: Job) => {
    const next = (chainQueues.get(name) ?? Promise.resolve()).then(() => deliver(name, job)).catch((error: unknown) => void deliveryErrors.push(error));
    chainQueues.set(name, next);
  };
  const runs = await mapConcurrent(plan.executions, deps.config.lit.maxParallelExecutions, async (execution) => {
    const destinations = execution.destinations.map((d) => ({ chain: targets.get(d.chain)!.runtime.config, feeds: d.feeds }));
    const t0 = performance.now();
    const phase: ExecutionPhase = { feeds: execution.feeds.length, destinations: destinations.length, atMs: t0 - started, ms: 0, ok: false };
    phases.executions.push(phase);
    try {
      const jsParams = buildParams(deps, execution.feeds.map((s) => feedConfigOf.get(s)!), destinations, observedAt);
      // The planner bounded it (planRound); this guards the bound itself before Lit sees the request.
      const paramsBytes = new TextEncoder().encode(JSON.stringify(jsParams)).length;
      const maxParamsBytes = deps.planLimits?.maxJsParamsBytes ?? LIT_MAX_JS_PARAMS_BYTES;
      if (paramsBytes > maxParamsBytes) throw new NonRetryableError(`jsParams of ${paramsBytes} bytes exceed Lit's ${maxParamsBytes} (the round planner's bound is wrong)`);
      const { result, response, ms } = await executeAction(deps, jsParams, log);
      phase.ms = performance.now() - t0;
      phase.ok = true;
      rememberCandidates(deps, response, result);
      const feedInfo = new Map(response.feeds.map((f) => [f.feed, f]));
      const used = new Map<string, string[]>();
      for (const s of response.sources ?? []) if (s.status === "used") used.set(s.feed, [...(used.get(s.feed) ?? []), s.source]);
      const run: Run = { execution, result, response, ms, feedInfo, sourcesOf: (feed) => used.get(feed) ?? [] };
      for (const refusal of response.refusals) {
        log.warn({ feed: refusal.feed, reason: refusal.code, detail: refusal.reason, ...(refusal.chainId !== undefined ? { chain_id: refusal.chainId } : {}) }, "action refused the feed");
      }
      for (const note of response.notes ?? []) log.warn({ detail: note }, "action ignored part of the request");
      succeeded.push(run);
      // 3. deliver at once: this execution's transactions need not wait for the round's other executions.
      for (const d of execution.destinations) enqueue(d.chain, { run, feeds: d.feeds });
      return run;
    } catch (error) {
      phase.ms = performance.now() - t0;
      phase.error = redactUrls(error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error));
      log.warn({ feeds: execution.feeds.length, ms: Math.round(phase.ms), err: error }, "Lit execution of the round failed; its feeds fail this round, the other executions go on");
      for (const d of destinations) for (const f of d.feeds) fail(f, d.chain, error);
      return undefined;
    }
  });

  // 3. decide per (feed, chain), then submit (called as each execution returns; one chain's deliveries in turn)
  async function deliver(name: string, planned: Job): Promise<void> {
    const t0 = performance.now();
    const phase: DeliveryPhase = { chain: name, feeds: planned.feeds.length, atMs: t0 - started, verifyMs: 0, ms: 0 };
    phases.deliveries.push(phase);
    try {
      await deliverJob(name, planned, phase);
    } finally {
      phase.ms = performance.now() - t0;
    }
  }
  async function deliverJob(name: string, planned: Job, phase: DeliveryPhase): Promise<void> {
      const { feedInfo, sourcesOf } = planned.run;
      const runtime = targets.get(name)!.runtime;
      const here = planned.feeds.map((s) => feedConfigOf.get(s)!);
      const response = planned.run.response;
      const first = planned.run;
      const signedAt = response.observedAt ?? observedAt;
      const chain = runtime.config;
      const states = onChain.get(name)!;
      const toUpdate: { feed: FeedConfig; decision: Decision }[] = [];
      const toSkip: { feed: FeedConfig; decision: Decision }[] = [];
      /** Feeds whose decision was "skip" that go out anyway, in the signed batch with the others. */
      const riding = new Set<string>();
      for (const feed of here) {
        const info = feedInfo.get(feed.symbol);
        const s = states.get(feedIdOf(feed.symbol));
        const refusedHere = response.refusals.some((r) => r.feed === feed.symbol && (r.chainId === undefined || r.chainId === chain.chainId));
        const offChain = info && info.answer !== null && !refusedHere ? { answer: BigInt(info.answer), observedAt: BigInt(signedAt) } : undefined;
        const decision = decide({
          onChain: s ? { answer: s.answer, updatedAt: s.observedAt } : undefined,
          offChain,
          feed,
          now: BigInt(observedAt),
        });
        metrics.decisions.inc({ feed: feed.symbol, chain: name, reason: decision.reason });
        log.info(
          {
            feed: feed.symbol,
            chain: name,
            chain_id: chain.chainId,
            update: decision.update,
            reason: decision.reason,
            trigger: parameters.trigger,
            answer: info?.answer ?? null,
            on_chain_answer: decision.details.onChainAnswer?.toString(),
            deviation_ppm: decision.details.deviationPpm?.toString(),
            threshold_ppm: decision.details.thresholdPpm,
            age_seconds: decision.details.ageSeconds?.toString(),
            heartbeat_seconds: decision.details.heartbeatSeconds,
          },
          `decision: ${decision.update ? "update" : "skip"} (${decision.reason})`,
        );
        deps.store.recordDecision({
          feed: feed.symbol,
          chainId: chain.chainId,
          decidedAt: observedAt,
          reason: decision.reason,
          willUpdate: decision.update,
          answer: info?.answer ?? undefined,
          observedAt,
          txHash: undefined,
          outcome: decision.update ? "pending" : "skipped",
        });
        if (decision.update) toUpdate.push({ feed, decision });
        else toSkip.push({ feed, decision });
      }
      const recordSkips = (skips: typeof toSkip) => {
        for (const { feed, decision } of skips) {
          const info = feedInfo.get(feed.symbol);
          metrics.skipped.inc({ feed: feed.symbol, chain: name, reason: decision.reason });
          outcomes.push({
            ...base(feed.symbol, chain),
            decision,
            answer: info?.answer ?? null,
            sourcesUsed: info?.sourcesUsed ?? 0,
            sources: sourcesOf(feed.symbol),
            outcome: decision.reason === "already-current" ? "already-done" : "skipped",
            reason: decision.reason,
          });
        }
      };
      if (toUpdate.length === 0) return recordSkips(toSkip);

      // The signature covers an exact, ordered set of reports. When only part of the signed set needs an
      // update on this chain: if the rest is a small share of it (at most PUSH_SKIPPED_MAX_FRACTION: its
      // gas, ~6.4k per feed, is cheaper than a second Lit execution, seconds and a Lit fee), the whole
      // signed batch goes out and those feeds get a fresh answer too; otherwise the action is asked
      // again for exactly the part that needs it (a second Lit execution).
      const wanted = toUpdate.map((u) => u.feed.symbol);
      const wantedSet = new Set(wanted);
      let job = response.reports.find((r) => r.chainId === chain.chainId && getAddress(r.receiver) === getAddress(chain.receiver));
      let jobResult = first.result;
      let jobObservedAt = signedAt;
      const signedFeeds = new Set(job?.reports.map((r) => r.feed) ?? []);
      const covers = job !== undefined && wanted.every((f) => signedFeeds.has(f));
      const riders = covers ? toSkip.filter((k) => signedFeeds.has(k.feed.symbol) && k.decision.reason !== "already-current") : [];
      const extra = covers ? job!.reports.length - wanted.length : 0;
      const same = covers && extra === 0;
      const ride = covers && extra > 0 && riders.length === extra && extra <= Math.floor(job!.reports.length * PUSH_SKIPPED_MAX_FRACTION);
      if (ride) {
        log.info({ chain: name, chain_id: chain.chainId, feeds: riders.map((k) => k.feed.symbol), signed: job!.reports.length, reason: "cheaper-than-reexecution" }, `pushing the whole signed batch: ${extra} of its ${job!.reports.length} feeds needed no update (a second Lit execution would cost more)`);
        for (const k of riders) {
          toUpdate.push(k);
          riding.add(k.feed.symbol);
        }
        phase.riders = riders.length;
      }
      recordSkips(toSkip.filter((k) => !riding.has(k.feed.symbol)));
      if (!same && !ride) {
        const again0 = performance.now();
        try {
          const again = await executeAction(deps, buildParams(deps, toUpdate.map((u) => u.feed), [{ chain, feeds: wanted }], Math.max(observedAt, Math.floor(deps.now()))), log);
          rememberCandidates(deps, again.response, again.result);
          jobObservedAt = again.response.observedAt ?? Math.max(observedAt, Math.floor(deps.now()));
          job = again.response.reports.find((r) => r.chainId === chain.chainId);
          jobResult = again.result;
        } catch (error) {
          for (const u of toUpdate) fail(u.feed.symbol, chain, error, { decision: u.decision });
          return;
        } finally {
          phase.reexecutionMs = performance.now() - again0;
        }
      }
      const infoFor = (feed: string) => ({ answer: feedInfo.get(feed)?.answer ?? null, sourcesUsed: feedInfo.get(feed)?.sourcesUsed ?? 0, sources: sourcesOf(feed) });
      if (!job) {
        for (const u of toUpdate) fail(u.feed.symbol, chain, new NonRetryableError(`the action signed no report for ${u.feed.symbol} on ${name}`), { decision: u.decision, ...infoFor(u.feed.symbol) });
        return;
      }
      let signed: SignedJob & { feeds: string[] };
      const verifyStarted = performance.now();
      try {
        signed = await verifyJob({ job, signature: jobResult.signatures[job.sigName], expectedSigner: deps.receiverSigners?.get(name) ?? expectedSigner, chainId: chain.chainId, receiver: chain.receiver as Address, observedAt: jobObservedAt });
      } catch (error) {
        for (const u of toUpdate) fail(u.feed.symbol, chain, error, { decision: u.decision, ...infoFor(u.feed.symbol) });
        return;
      } finally {
        phase.verifyMs = performance.now() - verifyStarted;
      }
      const decisionOf = new Map(toUpdate.map((u) => [u.feed.symbol, u.decision]));
      const answerOf = new Map(job.reports.map((r) => [r.feed, r.answer]));

      // 4. submit
      let submitted: SubmitResult;
      try {
        submitted = await runtime.tx.submit({
          to: chain.receiver as Address,
          data: deps.receiver.encodeUpdate(signed),
          feeds: signed.feeds,
          roundId: parameters.roundId,
          ...(deps.signal ? { signal: deps.signal } : {}),
        });
      } catch (error) {
        for (const feed of signed.feeds) {
          const extra = { decision: decisionOf.get(feed), ...infoFor(feed), answer: answerOf.get(feed) ?? null };
          if (error instanceof AlreadyDoneError) {
            metrics.alreadyDone.inc({ feed, chain: name, reason: "receiver" });
            deps.store.setOutcome({ feed, chainId: chain.chainId, outcome: "already-done" });
            log.info({ feed, chain: name, chain_id: chain.chainId, reason: "already-done", detail: error.shortMessage }, "update already done by someone else");
            outcomes.push({ ...base(feed, chain), ...extra, outcome: "already-done", reason: "already-done" });
          } else fail(feed, chain, error, extra);
        }
        return;
      }
      if (submitted.timings) phase.submit = submitted.timings;
      const receipt = deps.receiver.receiptOutcome(chain.receiver as Address, submitted.receipt.logs as never);
      const share = submitted.gasUsed / BigInt(signed.feeds.length);
      for (const feed of signed.feeds) {
        const id = feedIdOf(feed);
        const extra = { decision: decisionOf.get(feed), ...infoFor(feed), answer: answerOf.get(feed) ?? null, txHash: submitted.hash, gasUsed: (signed.feeds.length === 1 ? submitted.gasUsed : share).toString() };
        const skipped = receipt.skipped.get(id);
        if (!skipped) {
          const reason = riding.has(feed) ? "in-signed-batch" : (decisionOf.get(feed)?.reason ?? "update");
          metrics.updates.inc({ feed, chain: name, reason });
          metrics.answerAge.set({ feed, chain: name }, Math.max(0, Math.floor(deps.now()) - jobObservedAt));
          const landed = job.reports.find((r) => r.feed === feed);
          if (landed) deps.onState?.(feed, name, { answer: BigInt(landed.answer), observedAt: BigInt(landed.observedAt), configured: true, paused: false, retired: false });
          deps.store.setOutcome({ feed, chainId: chain.chainId, outcome: "updated", txHash: submitted.hash });
          log.info({ feed, chain: name, chain_id: chain.chainId, tx_hash: submitted.hash, nonce: submitted.nonce, attempt: submitted.attempts, gas_used: Number(submitted.gasUsed), reason }, "report landed");
          outcomes.push({ ...base(feed, chain), ...extra, outcome: "updated", reason });
        } else if (skipped?.alreadyDone) {
          metrics.alreadyDone.inc({ feed, chain: name, reason: "receiver" });
          deps.store.setOutcome({ feed, chainId: chain.chainId, outcome: "already-done", txHash: submitted.hash });
          outcomes.push({ ...base(feed, chain), ...extra, outcome: "already-done", reason: skipped.name });
        } else {
          fail(feed, chain, new NonRetryableError(`receiver did not publish ${feed}: ${skipped.name}`), extra);
        }
      }
  }

  await Promise.all(chainQueues.values());
  if (deliveryErrors.length > 0) throw deliveryErrors[0];
  if (succeeded.length === 0) return finish({ roundId: parameters.roundId, observedAt, outcomes, litMs: undefined });
  // The round's observedAt: the first planned execution's signed one (the nodes' agreed clock).
  const firstRun = runs.find((r) => r !== undefined)!;
  return finish({ roundId: parameters.roundId, observedAt: firstRun.response.observedAt ?? observedAt, outcomes, litMs: Math.max(...succeeded.map((r) => r.ms)) });
}

/** The `push --json` line of one outcome. */
export function outcomeToJson(o: FeedChainOutcome): Record<string, unknown> {
  return {
    feed: o.feed,
    chain: o.chain,
    chainId: o.chainId,
    decision: o.decision ? decisionToJson(o.decision) : { update: false, reason: o.reason },
    outcome: o.outcome,
    answer: o.answer,
    sourcesUsed: o.sourcesUsed,
    sources: o.sources,
    txHash: o.txHash,
    gasUsed: o.gasUsed,
    ...(o.error ? { error: o.error } : {}),
  };
}
