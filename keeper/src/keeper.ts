/**
 * The keeper service: wires config, store, metrics, chain clients, transaction managers, the Lit runtime,
 * the scheduler and the ops endpoint. `createKeeper(deps, config)` returns `{ start, stop, runRoundNow }`.
 *
 * start(): opens the HTTP endpoint, re-watches transactions a previous run left open (so a restart never
 * double-sends), then starts the per-feed schedules. stop(): stops scheduling, lets rounds in flight
 * finish (or persists them: every broadcast transaction is already in the store), closes everything.
 */
import { formatEther, getAddress, type Address, type LocalAccount } from "viem";
import { privateKeyToAccount, publicKeyToAddress } from "viem/accounts";
import type { LitRuntime } from "../../lit/types.ts";
import { createCircuitBreaker, type CircuitBreaker } from "./breaker.ts";
import type { KeeperConfig } from "./config/schema.ts";
import type { Secrets } from "./config/secrets.ts";
import { startOpsServer, type OpsServer, type Readiness, type StaleFeed } from "./http.ts";
import { createDashboardRoutes, type DashboardRoutes } from "./http/dashboard.ts";
import { createLiveState, type LiveState, type RouteStatus } from "./http/live.ts";
import { createPullRoutes } from "./http/pull.ts";
import { NonRetryableError, RetryableError } from "../../common/errors.ts";
import type { Logger } from "./internal/logger.ts";
import { createMetrics, type KeeperMetrics } from "./metrics.ts";
import { runRound, type CandidateStore, type ChainRuntime, type OnChainFeed, type ReceiverOps, type RoundResult } from "./feeds/round.ts";
import { createChainClient } from "./rpc.ts";
import { createScheduler, type Scheduler, type SchedulerDeps } from "./feeds/scheduler.ts";
import { openStore, STORE_RETENTION_SECONDS, type Store, type StoredTx } from "./store.ts";
import { createTxManager } from "./tx/manager.ts";
import { type ResolvedFeedManifest, validateFeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { ConfigError } from "./config/index.ts";
import { checkPlannable, type PlanLimits } from "./feeds/plan.ts";
import { createRelayLoop, decodeMessengerRevert, type RelayLoop } from "./relay/loop.ts";
import { createRelayMetrics } from "./relay/metrics.ts";
import type { ResolvedMessaging, ResolvedRoute } from "./relay/routes.ts";
import { openRelayStore, type RelayStore } from "./relay/store.ts";

/** Deliveries per route the dashboard lists. */
export const DASHBOARD_ROUTE_DELIVERIES = 5;

/** Consecutive Lit failures that open the Lit circuit … */
export const LIT_BREAKER_FAILURES = 3;
/** … for this long (rounds fail fast meanwhile and are retried on later ticks). */
export const LIT_BREAKER_OPEN_MS = 30_000;

export type KeeperDeps = {
  logger: Logger;
  lit: LitRuntime;
  secrets: Secrets;
  receiver: ReceiverOps;
  /**
   * The price-feed action: inline code (its CID is computed by the runtime) and/or its CID, and the
   * manifest it was built with (canonical JSON or an object) for the round planner.
   */
  action: { code?: string; cid?: string; manifest?: unknown };
  /** Overrides of the round planner's limits (tests). */
  planLimits?: Partial<PlanLimits>;
  /** Unix seconds; default wall clock. The bench drives a simulated clock. */
  now?: () => number;
  metrics?: KeeperMetrics;
  store?: Store;
  /** Replaces node-cron (bench). */
  createCronTask?: SchedulerDeps["createCronTask"];
  /** Test hook: every broadcast. */
  onBroadcast?: (tx: StoredTx) => void;
  /** Round-finished hook (terminal view, tests). */
  onRound?: (result: RoundResult) => void;
  /** The relay routes (`resolveMessaging(config)`): one relay loop each, started beside the feed schedule. */
  messaging?: ResolvedMessaging;
  /** Relay hooks (tests, the terminal view): a relay tick finished. */
  onRelayTick?: (route: string, result: Awaited<ReturnType<RelayLoop["tick"]>>) => void;
};

export type FeedStatus = {
  feed: string;
  chain: string;
  chainId: number;
  answer: bigint | undefined;
  decimals: number;
  observedAt: number | undefined;
  ageSeconds: number | undefined;
  heartbeatSeconds: number;
  lastDecision: string | undefined;
  lastOutcome: string | undefined;
  lastTx: string | undefined;
  /** The feed's AggregatorV3 address on this chain (read from the router at start). */
  aggregator: string | undefined;
};

export type Keeper = {
  readonly config: KeeperConfig;
  readonly metrics: KeeperMetrics;
  readonly store: Store;
  readonly address: Address;
  /** The ops endpoint URL once started (undefined when disabled). */
  httpUrl(): string | undefined;
  /** Opens HTTP, settles transactions left open, starts the schedules (unless `schedule: false`) and the relay loops (unless `relay: false`). */
  start(options?: { schedule?: boolean; relay?: boolean }): Promise<void>;
  stop(): Promise<void>;
  /** Aborts in-flight work at once (a second Ctrl-C; tests use it to simulate a crash). Broadcast transactions stay in the store. */
  abort(reason?: string): void;
  /** One round now for the given feeds (default all), outside the schedule. */
  runRoundNow(feeds?: readonly string[]): Promise<RoundResult>;
  status(): FeedStatus[];
  readiness(): Readiness;
  /** Rounds finished so far. */
  rounds(): number;
  /** What the dashboard and pull mode serve (signed report sets, answer history, sources, balances). */
  readonly live: LiveState;
  /** A round for pull mode: joins the round in flight when every feed has one, else runs one (waiting for held feed locks). */
  onDemandRound(feeds: readonly string[]): Promise<{ roundId: number | null; joined: boolean; failed: number }>;
  /** Route status for the dashboard, once a relay loop runs in this keeper (undefined: the panel says none runs). */
  setRoutes(provider: (() => RouteStatus[]) | undefined): void;
  /** The relay loops (one per route; empty without `messaging`), created by `start`. */
  relayLoops(): readonly RelayLoop[];
  /** The relay tables (undefined without `messaging`, or before `start`). */
  relayStore(): RelayStore | undefined;
  /** Route status as the dashboard shows it (empty without `messaging`). */
  routeStatus(): RouteStatus[];
};

/**
 * The action's manifest, validated, and the config checked against it: every feed a manifest feed
 * on manifest chains, each fitting one Lit execution and one transaction alone. Throws a
 * {@link ConfigError} with every reason (at start, not in a round).
 */
export function plannerManifest(raw: unknown, config: KeeperConfig, limits?: Partial<PlanLimits>): ResolvedFeedManifest | undefined {
  if (raw === undefined) return undefined;
  let manifest: ResolvedFeedManifest;
  try {
    manifest = validateFeedManifest(typeof raw === "string" ? JSON.parse(raw) : raw);
  } catch (error) {
    throw new ConfigError("the action's manifest is invalid", (error as { issues?: string[] }).issues ?? [(error as Error).message], error);
  }
  const issues = checkPlannable({
    manifest,
    feeds: config.feeds.map((f) => ({ symbol: f.symbol, chains: config.chains.filter((c) => (f.chains ?? config.chains.map((x) => x.name)).includes(c.name)).map((c) => ({ name: c.name, chainId: c.chainId })) })),
    ...(limits ? { limits } : {}),
  });
  if (issues.length > 0) throw new ConfigError("the feeds cannot be planned within Lit's and the chains' limits", issues);
  return manifest;
}

export function createKeeper(deps: KeeperDeps, config: KeeperConfig): Keeper {
  const log = deps.logger;
  const now = deps.now ?? (() => Date.now() / 1000);
  const metrics = deps.metrics ?? createMetrics({ labels: { keeper: config.keeper.id } });
  const store = deps.store ?? openStore(config.keeper.database);
  const account: LocalAccount = privateKeyToAccount(deps.secrets.privateKey);
  const abort = new AbortController();
  const manifest = plannerManifest(deps.action.manifest, config, deps.planLimits);
  if (!manifest) log.warn({ reason: "no-manifest" }, "no action manifest (lit.manifestFile): rounds are planned by signatures and transaction size only; the action refuses a round with too many requests");

  const chains = new Map<string, ChainRuntime>();
  for (const chainConfig of config.chains) {
    const client = createChainClient({ metrics }, chainConfig);
    const tx = createTxManager({
      chain: client,
      account,
      store,
      logger: log,
      metrics,
      // One manager per (chain, signer) is shared by the feed rounds and the relay loops.
      decodeRevert: (data) => deps.receiver.decodeRevert(data) ?? decodeMessengerRevert(data),
      ...(deps.onBroadcast ? { onBroadcast: deps.onBroadcast } : {}),
    });
    chains.set(chainConfig.name, { config: chainConfig, client, tx });
  }
  const litBreaker: CircuitBreaker = createCircuitBreaker({
    name: "lit",
    failureThreshold: LIT_BREAKER_FAILURES,
    openMs: LIT_BREAKER_OPEN_MS,
    counts: (error) => error instanceof RetryableError,
    onStateChange: (state) => {
      metrics.breakerState.set({ breaker: "lit" }, state === "closed" ? 0 : 1);
      log.warn({ breaker: "lit", state }, "Lit circuit breaker changed state");
    },
  });

  const states = new Map<string, OnChainFeed>();
  const receiverSigners = new Map<string, Address>();
  const pkpAddress = publicKeyToAddress(config.lit.pkpPublicKey as `0x${string}`);
  const signerOf = (chain: string): Address => receiverSigners.get(chain) ?? pkpAddress;
  const live = createLiveState({ config, address: account.address, now, signerOf, encodeUpdate: deps.receiver.encodeUpdate, logger: log, metrics });
  const lit = live.observeLit(deps.lit);
  let dashboard: DashboardRoutes | undefined;
  const last = new Map<string, { decision?: string; outcome?: string; tx?: string }>();
  const key = (feed: string, chain: string) => `${feed}\u0000${chain}`;
  const candidates: CandidateStore = new Map();
  let roundsDone = 0;
  let server: OpsServer | undefined;
  let scheduler: Scheduler | undefined;
  let started = false;

  const chainsOfFeed = (feed: KeeperConfig["feeds"][number]) => feed.chains ?? config.chains.map((c) => c.name);

  const status = (): FeedStatus[] => {
    const t = now();
    const out: FeedStatus[] = [];
    for (const feed of config.feeds) {
      for (const chainName of chainsOfFeed(feed)) {
        const s = states.get(key(feed.symbol, chainName));
        const l = last.get(key(feed.symbol, chainName));
        const observedAt = s && s.observedAt > 0n ? Number(s.observedAt) : undefined;
        out.push({
          feed: feed.symbol,
          chain: chainName,
          chainId: chains.get(chainName)!.config.chainId,
          answer: observedAt !== undefined ? s!.answer : undefined,
          decimals: feed.decimals,
          observedAt,
          ageSeconds: observedAt !== undefined ? Math.max(0, Math.floor(t - observedAt)) : undefined,
          heartbeatSeconds: feed.heartbeatSeconds,
          lastDecision: l?.decision,
          lastOutcome: l?.outcome,
          lastTx: l?.tx,
          aggregator: live.aggregator(feed.symbol, chainName) ?? undefined,
        });
      }
    }
    return out;
  };

  // The relay: one loop per route over the same chains, tx managers, store file, metrics registry and Lit runtime.
  const relayRoutes: readonly ResolvedRoute[] = deps.messaging?.routes ?? [];
  const relayMetrics = relayRoutes.length ? createRelayMetrics(metrics.registry) : undefined;
  let relayStore: RelayStore | undefined;
  const relayLoops: RelayLoop[] = [];
  const relayRuns: Promise<void>[] = [];
  let relayStartedAt = 0;

  const routeStatus = (): RouteStatus[] => {
    if (!relayStore) return [];
    const t = now() * 1000;
    const counts = relayStore.counts();
    return relayLoops.map((loop) => {
      const r = loop.route;
      let depth = 0;
      let oldest = Number.POSITIVE_INFINITY;
      for (const c of counts) {
        if (c.route !== r.name || c.state === "delivered" || c.state === "dead") continue;
        depth += c.count;
        oldest = Math.min(oldest, c.oldestSentAt);
      }
      const dead = counts.find((c) => c.route === r.name && c.state === "dead")?.count ?? 0;
      const failures = loop.stats().failures;
      return {
        route: r.name,
        source: relayRoutes.find((x) => x.name === r.name)?.from.name ?? String(r.source.chainId),
        destination: relayRoutes.find((x) => x.name === r.name)?.to.name ?? String(r.destination.chainId),
        queueDepth: depth,
        delivered: counts.find((c) => c.route === r.name && c.state === "delivered")?.count ?? 0,
        oldestPendingSeconds: Number.isFinite(oldest) ? Math.max(0, Math.floor((t - oldest) / 1000)) : null,
        lastDeliveries: relayStore!.recentDeliveries(r.name, DASHBOARD_ROUTE_DELIVERIES).map((m) => ({ id: m.id, at: Math.floor((m.deliveredAt ?? 0) / 1000), txHash: m.deliveryTx ?? null })),
        failures: dead > 0 ? { ...failures, "dead-lettered": dead } : failures,
      };
    });
  };

  /** Routes that are behind: a message or the last complete scan older than the route's limit. */
  const routesBehind = (): { route: string; reason: string }[] => {
    if (relayRoutes.length === 0) return [];
    const t = now() * 1000;
    const statuses = new Map(routeStatus().map((r) => [r.route, r]));
    const out: { route: string; reason: string }[] = [];
    for (const route of relayRoutes) {
      const loop = relayLoops.find((l) => l.route.name === route.name);
      const limitMs = route.maxPendingAgeSeconds * 1000;
      if (!loop) {
        out.push({ route: route.name, reason: "not started" });
        continue;
      }
      const stats = loop.stats();
      const oldest = statuses.get(route.name)?.oldestPendingSeconds;
      if (oldest !== null && oldest !== undefined && oldest * 1000 > limitMs) out.push({ route: route.name, reason: `oldest undelivered message is ${oldest} s old (limit ${route.maxPendingAgeSeconds} s)` });
      else if (t - (stats.lastScanAt ?? relayStartedAt) > limitMs) out.push({ route: route.name, reason: `no complete scan of the source for over ${route.maxPendingAgeSeconds} s${stats.lastError ? ` (${stats.lastError})` : ""}` });
    }
    return out;
  };

  const readiness = (): Readiness => {
    const stale: StaleFeed[] = status()
      .filter((s) => s.ageSeconds === undefined || s.ageSeconds > s.heartbeatSeconds)
      .map((s) => ({ feed: s.feed, chain: s.chain, ageSeconds: s.ageSeconds ?? null, heartbeatSeconds: s.heartbeatSeconds }));
    const behind = routesBehind();
    return {
      ready: started && stale.length === 0 && behind.length === 0,
      stale,
      detail: { keeper: config.keeper.id, started, ...(relayRoutes.length ? { routes: relayRoutes.map((r) => r.name), routesBehind: behind } : {}) },
    };
  };

  const refreshAges = () => {
    for (const s of status()) if (s.ageSeconds !== undefined) metrics.answerAge.set({ feed: s.feed, chain: s.chain }, s.ageSeconds);
  };

  const refreshBalances = async () => {
    await Promise.all(
      [...chains.values()].map(async (c) => {
        try {
          const balance = await c.tx.balance();
          metrics.signerBalance.set({ chain: c.config.name, address: account.address }, Number(balance));
          live.setBalance(c.config.name, balance);
          if (c.config.minBalanceWei && balance < BigInt(c.config.minBalanceWei)) {
            log.warn({ chain: c.config.name, chain_id: c.config.chainId, balance_eth: formatEther(balance), reason: "low-balance" }, "keeper signer balance below minBalanceWei");
          }
        } catch (error) {
          log.debug({ chain: c.config.name, err: error }, "balance read failed");
        }
      }),
    );
  };

  // One round per feed at a time: a manual round (runRoundNow) waits for a scheduled one on the same
  // feed and vice versa (the scheduler already skips overlapping ticks of its own).
  const feedLocks = new Map<string, Promise<unknown>>();
  const withFeedLocks = async <T>(feeds: readonly string[], fn: () => Promise<T>): Promise<T> => {
    for (;;) {
      const held = feeds.map((f) => feedLocks.get(f)).filter((p): p is Promise<unknown> => p !== undefined);
      if (held.length === 0) break;
      await Promise.allSettled(held);
    }
    const run = fn();
    for (const f of feeds) feedLocks.set(f, run);
    try {
      return await run;
    } finally {
      for (const f of feeds) if (feedLocks.get(f) === run) feedLocks.delete(f);
    }
  };

  const round = (feeds: readonly string[], trigger: string): Promise<RoundResult> => withFeedLocks(feeds, () => roundUnlocked(feeds, trigger));

  // Pull mode: when every requested feed already has a round in flight, its result is what the caller
  // wants: wait for it instead of queueing another. Otherwise run one (after any held feed locks).
  const onDemandRound = async (feeds: readonly string[]) => {
    const held = feeds.map((f) => feedLocks.get(f));
    if (held.every((p) => p !== undefined)) {
      await Promise.allSettled(held);
      return { roundId: null, joined: true, failed: 0 };
    }
    const result = await round(feeds, "pull");
    return { roundId: result.roundId, joined: false, failed: result.outcomes.filter((o) => o.outcome === "failed").length };
  };

  const roundUnlocked = async (feeds: readonly string[], trigger: string): Promise<RoundResult> => {
    const roundId = store.startRound({ keeperId: config.keeper.id, trigger, feeds: [...feeds], now: Math.floor(now()) });
    try {
      const result = await runRound(
        {
          config,
          logger: log,
          lit,
          litBreaker,
          action: deps.action,
          chains,
          receiver: deps.receiver,
          store,
          metrics,
          now,
          candidates,
          onState: (feed, chain, state) => {
            states.set(key(feed, chain), state);
            live.onState(feed, chain, state);
          },
          receiverSigners,
          signal: abort.signal,
          ...(manifest ? { manifest } : {}),
          ...(deps.planLimits ? { planLimits: deps.planLimits } : {}),
        },
        { feeds, trigger, roundId },
      );
      for (const o of result.outcomes) {
        const prev = last.get(key(o.feed, o.chain)) ?? {};
        last.set(key(o.feed, o.chain), { decision: o.decision ? o.decision.reason : o.reason, outcome: o.outcome, tx: o.txHash ?? prev.tx });
      }
      const failed = result.outcomes.filter((o) => o.outcome === "failed").length;
      store.finishRound(roundId, { status: failed ? "failed" : "done", ...(failed ? { error: `${failed} failed updates` } : {}), now: Math.floor(now()) });
      roundsDone++;
      live.onRound(result);
      void refreshBalances();
      deps.onRound?.(result);
      return result;
    } catch (error) {
      store.finishRound(roundId, { status: "failed", error: error instanceof Error ? error.message : String(error), now: Math.floor(now()) });
      throw error;
    }
  };

  function startRelay(messaging: ResolvedMessaging, run: boolean): void {
    relayStore = openRelayStore(config.keeper.database === ":memory:" ? ":memory:" : config.keeper.database);
    const relayLog = log.child({ loop: "relay" });
    for (const route of relayRoutes) {
      const src = chains.get(route.from.name)!;
      const dst = chains.get(route.to.name)!;
      const loop = createRelayLoop(
        { store: relayStore, lit: deps.lit, logger: relayLog, metrics: relayMetrics!, now: () => now() * 1000 },
        {
          name: route.name,
          sourceChain: route.sourceChain,
          source: { client: src.client.client, chainId: route.from.chainId, messenger: route.sourceMessenger, finality: route.finality, startBlock: route.startBlock, providers: route.providers },
          destination: { client: dst.client.client, chainId: route.to.chainId, messenger: route.destinationMessenger, tx: dst.tx },
          action: "code" in messaging.action ? { code: messaging.action.code } : { ipfsId: messaging.action.cid },
          signer: messaging.signer,
        },
        route.parameters,
      );
      relayLoops.push(loop);
    }
    relayStartedAt = now() * 1000;
    live.setRoutes(routeStatus);
    if (!run) return;
    for (const loop of relayLoops) {
      relayRuns.push(
        loop
          .start(abort.signal, (result) => {
            // Something moved: redraw the dashboard's route panel now (setRoutes notifies the live stream).
            if (result.found + result.delivered + result.failed + result.dead > 0) live.setRoutes(routeStatus);
            deps.onRelayTick?.(loop.route.name, result);
          })
          .catch((error: unknown) => {
          log.error({ route: loop.route.name, err: error }, "relay loop ended with an error");
        }),
      );
    }
    log.info({ routes: relayRoutes.map((r) => `${r.name} (${r.from.chainId} -> ${r.to.chainId})`), action: messaging.action.cid }, "relay loops started");
  }

  const keeper: Keeper = {
    config,
    metrics,
    store,
    address: account.address,
    httpUrl: () => server?.url,
    async start(options = {}) {
      if (started) return;
      if (config.keeper.http.enabled) {
        dashboard = createDashboardRoutes({ live, metrics, snapshot: () => live.snapshot({ started, rounds: roundsDone, ready: readiness().ready }) });
        const pull = createPullRoutes({ config, live, now, signerOf, metrics, onDemandRound: (feeds) => onDemandRound(feeds) });
        try {
          server = await startOpsServer({
            host: config.keeper.http.host,
            port: config.keeper.http.port,
            registry: metrics.registry,
            readiness,
            beforeScrape: refreshAges,
            routes: { ...dashboard.routes, ...pull },
            onRequest: (route, status) => metrics.httpRequests.inc({ route, status: String(status) }),
            onError: (route, error) => log.error({ route, err: error }, "HTTP handler failed"),
          });
        } catch (error) {
          dashboard.close();
          throw new NonRetryableError(`cannot serve /metrics on ${config.keeper.http.host}:${config.keeper.http.port}`, {
            cause: error,
            metaMessages: ["another process holds the port? pass --port <n> (0 = any free port)"],
          });
        }
        log.info({ url: server.url, dashboard: `${server.url}/`, pull: `${server.url}/v1/reports/latest` }, "serving /metrics, /health and /ready");
      }
      const pruned = store.prune(Math.floor(now()) - STORE_RETENTION_SECONDS);
      if (pruned) log.info({ rows: pruned }, "pruned settled history older than the retention window");
      // Rounds a previous run started but never finished: their transactions are in the store.
      for (const r of store.unfinishedRounds(config.keeper.id)) {
        log.warn({ round: r.id, feeds: r.feeds }, "a previous run stopped mid-round; its transactions are re-watched");
        store.finishRound(r.id, { status: "failed", error: "interrupted", now: Math.floor(now()) });
      }
      await Promise.all(
        [...chains.values()].map(async (c) => {
          try {
            const recovered = await c.tx.recover(abort.signal);
            for (const r of recovered) {
              for (const feed of r.feeds) {
                last.set(key(feed, c.config.name), { outcome: r.outcome, ...(r.result ? { tx: r.result.hash } : {}) });
                if (r.outcome === "confirmed") metrics.updates.inc({ feed, chain: c.config.name, reason: "recovered" });
                else if (r.outcome === "already-done") metrics.alreadyDone.inc({ feed, chain: c.config.name, reason: "recovered" });
                store.setOutcome({ feed, chainId: c.config.chainId, outcome: r.outcome, ...(r.result ? { txHash: r.result.hash } : {}) });
              }
              log.info({ chain: c.config.name, nonce: r.nonce, feeds: r.feeds, outcome: r.outcome, tx_hash: r.result?.hash }, "recovered transaction settled");
            }
          } catch (error) {
            log.error({ chain: c.config.name, err: error }, "could not settle transactions left by a previous run; the next submission retries");
          }
        }),
      );
      void refreshBalances();
      // The signer each receiver accepts: reports are checked against it before any gas is spent.
      await Promise.all(
        [...chains.values()].map(async (c) => {
          try {
            const signer = await deps.receiver.readSigner(c.client, c.config.receiver as Address);
            receiverSigners.set(c.config.name, signer);
            if (getAddress(signer) !== getAddress(pkpAddress)) {
              log.error({ chain: c.config.name, chain_id: c.config.chainId, receiver_signer: signer, pkp_address: pkpAddress, reason: "signer-mismatch" }, "the receiver does not accept this PKP: every report for this chain will be refused before sending");
            }
          } catch (error) {
            log.warn({ chain: c.config.name, err: error }, "could not read the receiver's signer (checked against the configured PKP instead)");
          }
        }),
      );
      for (const s of status()) metrics.heartbeat.set({ feed: s.feed, chain: s.chain }, s.heartbeatSeconds);
      await live.loadAddresses(new Map([...chains].map(([name, c]) => [name, { client: c.client, receiver: c.config.receiver as Address }])));
      scheduler = createScheduler(
        {
          logger: log,
          runRound: async (feeds, trigger) => void (await round(feeds, trigger)),
          onSkip: (feed, reason) => {
            for (const chain of chainsOfFeed(config.feeds.find((f) => f.symbol === feed)!)) metrics.skipped.inc({ feed, chain, reason });
          },
          ...(deps.createCronTask ? { createCronTask: deps.createCronTask } : {}),
        },
        { feeds: config.feeds, staggerSeconds: config.keeper.staggerSeconds },
      );
      if (options.schedule ?? true) scheduler.start();
      if (deps.messaging && relayRoutes.length) startRelay(deps.messaging, options.relay ?? true);
      started = true;
      log.info({ keeper: config.keeper.id, signer: account.address, chains: config.chains.map((c) => `${c.name}(${c.chainId})`), feeds: config.feeds.map((f) => f.symbol), ...(server ? { http: server.url } : {}) }, "keeper started");
    },
    async stop() {
      started = false;
      await scheduler?.stop();
      abort.abort(new Error("keeper stopped"));
      // A relay tick in flight stops at its next abort check (a broadcast delivery is in the store).
      await Promise.allSettled(relayRuns);
      try {
        relayStore?.close();
      } catch {
        // already closed
      }
      dashboard?.close();
      await server?.close();
      server = undefined;
      try {
        store.close();
      } catch {
        // already closed
      }
      log.info({ keeper: config.keeper.id }, "keeper stopped");
    },
    abort(reason = "aborted") {
      abort.abort(new Error(reason));
    },
    runRoundNow: (feeds) => round(feeds ?? config.feeds.map((f) => f.symbol), "manual"),
    status,
    readiness,
    rounds: () => roundsDone,
    live,
    onDemandRound: (feeds) => onDemandRound(feeds),
    setRoutes: (provider) => live.setRoutes(provider),
    relayLoops: () => relayLoops,
    relayStore: () => relayStore,
    routeStatus,
  };
  return keeper;
}
