/**
 * What the keeper knows right now, kept for its HTTP faces (the dashboard and pull mode), fed by hooks
 * the keeper calls: every Lit result (verified signed report sets, per-source views, refusals), every
 * on-chain state read (answer history for the sparklines), every round outcome, signer balances, and
 * each feed's AggregatorV3 address read from the router at start.
 *
 * Bounded: HISTORY_POINTS per feed and chain, EVENT_LOG_SIZE events, one report set per feed and chain.
 * Nothing here holds or returns a secret or an RPC URL; error texts are scrubbed of URLs before they
 * are kept.
 */
import { getAddress, type Address, type Hex } from "viem";
import { feedIdOf } from "../../../actions/src/core/report.ts";
import { parsePriceFeedResponse, type PriceFeedResponse } from "../../../actions/src/core/response.ts";
import type { ExecuteRequest, ExecuteResult, LitRuntime } from "../../../lit/types.ts";
import { receiverAbi, routerAbi } from "../chain/abi.ts";
import type { KeeperConfig } from "../config/schema.ts";
import type { Logger } from "../internal/logger.ts";
import type { KeeperMetrics } from "../metrics.ts";
import { verifyJob, type FeedChainOutcome, type OnChainFeed, type RoundResult, type SignedJob } from "../feeds/round.ts";
import type { ChainClient } from "../rpc.ts";

/** On-chain answers kept per feed and chain for the sparkline. */
export const HISTORY_POINTS = 120;
/** Recent round events kept (outcomes other than a plain skip). */
export const EVENT_LOG_SIZE = 30;
/** Longest error text kept per outcome, characters. */
export const MAX_ERROR_CHARS = 240;

/** A verified, ready-to-send report set for one chain. */
export type SignedSet = {
  chain: string;
  kind: "report" | "batch";
  feeds: string[];
  reports: { feed: string; feedId: Hex; answer: bigint; observedAt: number }[];
  signature: SignedJob["signature"];
  /** Calldata of `update` / `updateBatch`. */
  data: Hex;
  observedAt: number;
};

export type SourceView = { source: string; status: "used" | "outlier" | "rejected"; reason?: string };

/** What a relay loop reports per route, once one runs in this keeper (the dashboard renders it). */
export type RouteStatus = {
  route: string;
  source: string;
  destination: string;
  queueDepth: number;
  /** Messages delivered on this route so far (from the relay store). */
  delivered?: number;
  oldestPendingSeconds: number | null;
  lastDeliveries: { id: string; at: number; txHash: string | null }[];
  failures: Record<string, number>;
};

export type FeedCell = {
  feed: string;
  chain: string;
  chainId: number;
  decimals: number;
  heartbeatSeconds: number;
  aggregator: Address | null;
  answer: string | null;
  observedAt: number | null;
  history: [number, string][];
  lastDecision: string | null;
  lastOutcome: string | null;
  lastTx: string | null;
  lastError: string | null;
  lastRoundAt: number | null;
  sources: SourceView[];
  refusal: { code: string; reason: string } | null;
  paused: boolean;
};

export type LiveEvent = { at: number; feed: string; chain: string; outcome: string; reason: string; txHash: string | null; error: string | null };

export type Snapshot = {
  now: number;
  keeper: { id: string; address: Address; started: boolean; rounds: number; ready: boolean };
  chains: { name: string; chainId: number; receiver: Address; balanceWei: string | null; lowBalance: boolean }[];
  feeds: FeedCell[];
  /** null: no relay loop runs in this keeper (the page says so instead of drawing the panel). */
  routes: RouteStatus[] | null;
  events: LiveEvent[];
};

export type LiveStateParameters = {
  config: KeeperConfig;
  address: Address;
  /** Unix seconds. */
  now: () => number;
  /** The signer a chain's receiver accepts (reports are verified against it before being kept). */
  signerOf: (chain: string) => Address;
  encodeUpdate: (job: SignedJob) => Hex;
  logger: Logger;
  metrics?: KeeperMetrics;
};

export type LiveState = {
  /** Wraps a Lit runtime so every result is observed (after it returns, before the round sees it). */
  observeLit(lit: LitRuntime): LitRuntime;
  observeResult(result: ExecuteResult): Promise<void>;
  onState(feed: string, chain: string, state: OnChainFeed): void;
  onRound(result: RoundResult): void;
  setBalance(chain: string, balance: bigint): void;
  /** Reads each feed's AggregatorV3 address (receiver -> ROUTER() -> feedConfig(id).feed). Never throws. */
  loadAddresses(chains: ReadonlyMap<string, { client: ChainClient; receiver: Address }>): Promise<void>;
  aggregator(feed: string, chain: string): Address | null;
  /** Newest verified report set carrying `feed` on `chain`. */
  latest(feed: string, chain: string): SignedSet | undefined;
  refusal(feed: string): { code: string; reason: string } | undefined;
  onChain(feed: string, chain: string): OnChainFeed | undefined;
  /** Bumped whenever a report set is kept (cache key of pull responses). */
  version(): number;
  setRoutes(provider: (() => RouteStatus[]) | undefined): void;
  snapshot(extra: { started: boolean; rounds: number; ready: boolean }): Snapshot;
  /** Called (synchronously) after every change worth redrawing. */
  subscribe(listener: () => void): () => void;
};

const key = (feed: string, chain: string) => `${feed}\u0000${chain}`;

/** Error texts can carry RPC URLs (with API keys): keep none. */
export function scrubText(text: string): string {
  return text.replace(/\b(?:https?|wss?):\/\/[^\s"'<>)]+/gi, "<url>").slice(0, MAX_ERROR_CHARS);
}

export function createLiveState(parameters: LiveStateParameters): LiveState {
  const { config, logger: log } = parameters;
  const sets = new Map<string, SignedSet>();
  const states = new Map<string, OnChainFeed>();
  const history = new Map<string, [number, string][]>();
  const last = new Map<string, { decision: string | null; outcome: string | null; tx: string | null; error: string | null; at: number | null }>();
  const sources = new Map<string, SourceView[]>();
  const refusals = new Map<string, { code: string; reason: string }>();
  const balances = new Map<string, bigint>();
  const aggregators = new Map<string, Address>();
  const events: LiveEvent[] = [];
  const listeners = new Set<() => void>();
  let routes: (() => RouteStatus[]) | undefined;
  let version = 0;
  const chainByKey = new Map(config.chains.map((c) => [`${c.chainId}:${getAddress(c.receiver)}`, c]));
  const chainsOfFeed = (feed: KeeperConfig["feeds"][number]) => feed.chains ?? config.chains.map((c) => c.name);

  const changed = () => {
    for (const l of listeners) {
      try {
        l();
      } catch (error) {
        log.debug({ err: error }, "live-state listener failed");
      }
    }
  };

  const keepResponse = async (response: PriceFeedResponse, result: ExecuteResult) => {
    const bySource = new Map<string, SourceView[]>();
    for (const s of response.sources ?? []) {
      const list = bySource.get(s.feed) ?? [];
      list.push({ source: s.source, status: s.status, ...(s.reason ? { reason: scrubText(s.reason) } : {}) });
      bySource.set(s.feed, list);
    }
    for (const [feed, list] of bySource) sources.set(feed, list);
    for (const r of response.refusals) refusals.set(r.feed, { code: r.code, reason: scrubText(r.reason) });
    for (const f of response.feeds) if (f.answer !== null) refusals.delete(f.feed);
    for (const [feed, list] of bySource) {
      for (const status of ["used", "outlier", "rejected"] as const) parameters.metrics?.feedSources?.set({ feed, status }, list.filter((s) => s.status === status).length);
    }
    for (const r of response.refusals) parameters.metrics?.refusals?.inc({ feed: r.feed, code: r.code });

    for (const job of response.reports) {
      if (job.kind === "tx") continue;
      let chain;
      try {
        chain = chainByKey.get(`${job.chainId}:${getAddress(job.receiver)}`);
      } catch {
        continue;
      }
      if (!chain || job.reports.length === 0) continue;
      const observedAt = job.reports[0]!.observedAt;
      try {
        const signed = await verifyJob({ job, signature: result.signatures[job.sigName], expectedSigner: parameters.signerOf(chain.name), chainId: chain.chainId, receiver: chain.receiver as Address, observedAt });
        const set: SignedSet = {
          chain: chain.name,
          kind: signed.kind,
          feeds: signed.feeds,
          reports: signed.reports.map((r, i) => ({ feed: signed.feeds[i]!, feedId: r.feedId, answer: r.answer, observedAt: Number(r.observedAt) })),
          signature: signed.signature,
          data: parameters.encodeUpdate(signed),
          observedAt,
        };
        let kept = false;
        for (const feed of set.feeds) {
          const prev = sets.get(key(feed, chain.name));
          if (!prev || prev.observedAt < observedAt || (prev.observedAt === observedAt && prev.feeds.length > set.feeds.length)) {
            sets.set(key(feed, chain.name), set);
            kept = true;
          }
        }
        if (kept) version++;
      } catch (error) {
        // The round fails this destination with reason bad-signature itself; pull mode just never serves it.
        log.warn({ chain: chain.name, chain_id: chain.chainId, err: error }, "a signed report set failed verification: not served by pull mode");
      }
    }
  };

  const live: LiveState = {
    observeLit(lit) {
      return {
        kind: lit.kind,
        execute: async (request: ExecuteRequest, options) => {
          const result = await lit.execute(request, options);
          await live.observeResult(result);
          return result;
        },
        ...(lit.close ? { close: () => lit.close!() } : {}),
      };
    },
    async observeResult(result) {
      if (!result.success) return;
      let response: PriceFeedResponse;
      try {
        response = parsePriceFeedResponse(result.response);
      } catch {
        return; // the round reports it
      }
      if (response.error) return;
      try {
        await keepResponse(response, result);
      } catch (error) {
        log.warn({ err: error }, "could not keep a Lit result for the dashboard / pull mode");
      }
      changed();
    },
    onState(feed, chain, state) {
      states.set(key(feed, chain), state);
      if (state.observedAt > 0n) {
        const h = history.get(key(feed, chain)) ?? [];
        const t = Number(state.observedAt);
        const lastPoint = h[h.length - 1];
        if (!lastPoint || lastPoint[0] < t) {
          h.push([t, state.answer.toString()]);
          if (h.length > HISTORY_POINTS) h.splice(0, h.length - HISTORY_POINTS);
          history.set(key(feed, chain), h);
        }
      }
    },
    onRound(result) {
      const t = Math.floor(parameters.now());
      for (const o of result.outcomes) {
        const prev = last.get(key(o.feed, o.chain));
        const error = o.error ? scrubText(o.error) : null;
        last.set(key(o.feed, o.chain), { decision: o.decision ? o.decision.reason : o.reason, outcome: o.outcome, tx: o.txHash ?? prev?.tx ?? null, error, at: t });
        if (o.outcome !== "skipped") events.unshift(eventOf(o, t, error));
      }
      if (events.length > EVENT_LOG_SIZE) events.length = EVENT_LOG_SIZE;
      changed();
    },
    setBalance(chain, balance) {
      balances.set(chain, balance);
    },
    async loadAddresses(chains) {
      await Promise.all(
        [...chains].map(async ([name, { client, receiver }]) => {
          try {
            const router = await client.client.readContract({ address: receiver, abi: receiverAbi, functionName: "ROUTER" });
            const feeds = config.feeds.filter((f) => chainsOfFeed(f).includes(name));
            await Promise.all(
              feeds.map(async (f) => {
                const c = await client.client.readContract({ address: router, abi: routerAbi, functionName: "feedConfig", args: [feedIdOf(f.symbol)] });
                if (c.feed && BigInt(c.feed) !== 0n) aggregators.set(key(f.symbol, name), getAddress(c.feed));
              }),
            );
          } catch (error) {
            log.warn({ chain: name, err: error }, "could not read the feeds' AggregatorV3 addresses from the router");
          }
        }),
      );
      changed();
    },
    aggregator: (feed, chain) => aggregators.get(key(feed, chain)) ?? null,
    latest: (feed, chain) => sets.get(key(feed, chain)),
    refusal: (feed) => refusals.get(feed),
    onChain: (feed, chain) => states.get(key(feed, chain)),
    version: () => version,
    setRoutes(provider) {
      routes = provider;
      changed();
    },
    snapshot(extra) {
      const feeds: FeedCell[] = [];
      for (const f of config.feeds) {
        for (const chainName of chainsOfFeed(f)) {
          const chain = config.chains.find((c) => c.name === chainName)!;
          const s = states.get(key(f.symbol, chainName));
          const l = last.get(key(f.symbol, chainName));
          const has = s !== undefined && s.observedAt > 0n;
          feeds.push({
            feed: f.symbol,
            chain: chainName,
            chainId: chain.chainId,
            decimals: f.decimals,
            heartbeatSeconds: f.heartbeatSeconds,
            aggregator: aggregators.get(key(f.symbol, chainName)) ?? null,
            answer: has ? s.answer.toString() : null,
            observedAt: has ? Number(s.observedAt) : null,
            history: [...(history.get(key(f.symbol, chainName)) ?? [])],
            lastDecision: l?.decision ?? null,
            lastOutcome: l?.outcome ?? null,
            lastTx: l?.tx ?? null,
            lastError: l?.error ?? null,
            lastRoundAt: l?.at ?? null,
            sources: sources.get(f.symbol) ?? [],
            refusal: refusals.get(f.symbol) ?? null,
            paused: s?.paused ?? false,
          });
        }
      }
      let routeList: RouteStatus[] | null = null;
      if (routes) {
        try {
          routeList = routes();
        } catch (error) {
          log.warn({ err: error }, "the relay's route status failed");
          routeList = [];
        }
      }
      return {
        now: parameters.now(),
        keeper: { id: config.keeper.id, address: parameters.address, ...extra },
        chains: config.chains.map((c) => {
          const b = balances.get(c.name);
          return {
            name: c.name,
            chainId: c.chainId,
            receiver: getAddress(c.receiver),
            balanceWei: b === undefined ? null : b.toString(),
            lowBalance: b !== undefined && c.minBalanceWei !== undefined && b < BigInt(c.minBalanceWei),
          };
        }),
        feeds,
        routes: routeList,
        events: [...events],
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return live;
}

function eventOf(o: FeedChainOutcome, at: number, error: string | null): LiveEvent {
  return { at, feed: o.feed, chain: o.chain, outcome: o.outcome, reason: o.reason, txHash: o.txHash, error };
}
