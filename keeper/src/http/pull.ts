/**
 * Pull mode (docs/keeper.md, "Pull mode"): `GET /v1/reports/latest` serves the newest verified signed
 * report set per feed and chain with ready calldata; `POST /v1/rounds` runs (or joins) a round first.
 * Every caller is hostile: bounded query, strict parameter checks, per-IP token buckets, a cap on
 * callers waiting for rounds, and only public data in the answer.
 */
import type { Address } from "viem";
import { feedIdOf } from "../../../actions/src/core/report.ts";
import type { KeeperConfig } from "../config/schema.ts";
import type { KeeperMetrics } from "../metrics.ts";
import type { HttpContext, Routes } from "../http.ts";

import { scrubText, type LiveState, type SignedSet } from "./live.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";

/** Longest query string accepted, bytes. */
export const MAX_QUERY_BYTES = 1_024;
/** Most feeds in one request. */
export const MAX_FEEDS_PER_REQUEST = 16;
/** Read bucket per client IP: burst … */
export const READ_BURST = 20;
/** … refilled at this many requests per second. */
export const READ_REFILL_PER_SECOND = 10;
/** On-demand round bucket per client IP: burst … */
export const ROUND_BURST = 3;
/** … refilled at this rate (one every 10 s). */
export const ROUND_REFILL_PER_SECOND = 0.1;
/** A report younger than this already answers an on-demand round (observedAt has 1 s resolution). */
export const FRESH_ENOUGH_SECONDS = 1;
/** Callers waiting for on-demand rounds at once, across clients; more get 503 busy. */
export const MAX_WAITING_ROUND_CALLERS = 32;
/** Cached pull responses kept (cleared when full). */
export const MAX_CACHED_RESPONSES = 256;
/** Request body read for POST /v1/rounds, bytes (the body is ignored). */
export const MAX_ROUND_BODY_BYTES = 1_024;

export type PullDeps = {
  config: KeeperConfig;
  live: LiveState;
  now: () => number;
  /** Runs a round for the feeds, or waits for the one in flight; never two rounds of a feed at once. */
  onDemandRound: (feeds: readonly string[]) => Promise<{ roundId: number | null; joined: boolean; failed: number }>;
  signerOf: (chain: string) => Address;
  metrics?: KeeperMetrics;
  readLimiter?: RateLimiter;
  roundLimiter?: RateLimiter;
};

export class PullError extends Error {
  override name = "PullError";
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;
  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ error: { code, message, ...extra } })}\n`;
}

type Query = { chain: KeeperConfig["chains"][number]; feeds: string[] };

/** Validates `chain` and `feeds` against the config. Throws PullError (400/414). */
export function parseQuery(config: KeeperConfig, url: URL, rawQueryLength: number): Query {
  if (rawQueryLength > MAX_QUERY_BYTES) throw new PullError(414, "query-too-long", `the query string is longer than ${MAX_QUERY_BYTES} bytes`);
  for (const name of url.searchParams.keys()) {
    if (name !== "chain" && name !== "feeds") throw new PullError(400, "bad-request", `unknown parameter "${name.slice(0, 40)}": expected chain and feeds`);
  }
  const chains = url.searchParams.getAll("chain");
  if (chains.length !== 1 || !chains[0]) throw new PullError(400, "bad-request", `exactly one chain is required (a name, or a chain id): ${config.chains.map((c) => `${c.name} (${c.chainId})`).join(", ")}`);
  const chainArg = chains[0];
  const chain = config.chains.find((c) => c.name === chainArg || String(c.chainId) === chainArg);
  if (!chain) throw new PullError(400, "unknown-chain", `unknown chain "${chainArg.slice(0, 64)}": expected one of ${config.chains.map((c) => `${c.name} (${c.chainId})`).join(", ")}`);
  const onChain = config.feeds.filter((f) => (f.chains ?? config.chains.map((c) => c.name)).includes(chain.name)).map((f) => f.symbol);
  const feedArgs = url.searchParams.getAll("feeds");
  if (feedArgs.length > 1) throw new PullError(400, "bad-request", "give feeds once, comma-separated");
  let feeds: string[];
  if (feedArgs.length === 0) feeds = onChain;
  else {
    const listed = feedArgs[0]!.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
    if (listed.length === 0) throw new PullError(400, "bad-request", "feeds is empty: omit it for every feed of the chain");
    feeds = [...new Set(listed)];
  }
  if (feeds.length > MAX_FEEDS_PER_REQUEST) throw new PullError(400, "too-many-feeds", `at most ${MAX_FEEDS_PER_REQUEST} feeds per request (got ${feeds.length})`);
  const unknown = feeds.filter((f) => !onChain.includes(f));
  if (unknown.length) {
    throw new PullError(400, "unknown-feed", `${unknown.length === 1 ? "feed" : "feeds"} ${unknown.map((f) => f.slice(0, 32)).join(", ")} ${unknown.length === 1 ? "is" : "are"} not configured for chain ${chain.name}: expected ${onChain.join(", ")}`, {
      feeds: unknown.map((f) => f.slice(0, 32)),
    });
  }
  return { chain, feeds };
}

/** The JSON answer for (chain, feeds) from the live state. Throws PullError 503 when nothing is signed yet. */
export function buildReportsBody(deps: Pick<PullDeps, "config" | "live" | "now" | "signerOf">, query: Query): Record<string, unknown> {
  const { live } = deps;
  const now = Math.floor(deps.now());
  const chain = query.chain;
  const decimals = new Map(deps.config.feeds.map((f) => [f.symbol, f.decimals]));
  const updates: SignedSet[] = [];
  const reports: Record<string, unknown>[] = [];
  const missing: { feed: string; reason: string }[] = [];
  for (const feed of query.feeds) {
    const set = live.latest(feed, chain.name);
    if (!set) {
      const refusal = live.refusal(feed);
      missing.push({ feed, reason: refusal ? `refused: ${refusal.code}` : "no-report" });
      continue;
    }
    let index = updates.indexOf(set);
    if (index < 0) index = updates.push(set) - 1;
    const r = set.reports.find((x) => x.feed === feed)!;
    const on = live.onChain(feed, chain.name);
    reports.push({
      feed,
      feedId: feedIdOf(feed),
      aggregator: live.aggregator(feed, chain.name),
      decimals: decimals.get(feed),
      answer: r.answer.toString(),
      observedAt: r.observedAt,
      ageSeconds: Math.max(0, now - r.observedAt),
      onChain: on && on.observedAt > 0n ? { answer: on.answer.toString(), observedAt: Number(on.observedAt) } : null,
      update: index,
    });
  }
  if (reports.length === 0) {
    throw new PullError(503, "no-report", `no signed report yet for ${query.feeds.join(", ")} on ${chain.name}`, { missing });
  }
  return {
    chain: chain.name,
    chainId: chain.chainId,
    receiver: chain.receiver,
    signer: deps.signerOf(chain.name),
    servedAt: now,
    reports,
    updates: updates.map((s) => ({
      kind: s.kind,
      to: chain.receiver,
      data: s.data,
      feeds: s.feeds,
      observedAt: s.observedAt,
      reports: s.reports.map((r) => ({ feed: r.feed, feedId: r.feedId, answer: r.answer.toString(), observedAt: r.observedAt })),
      signature: s.signature,
    })),
    missing,
  };
}

export function createPullRoutes(deps: PullDeps): Routes {
  const readLimiter = deps.readLimiter ?? createRateLimiter({ capacity: READ_BURST, refillPerSecond: READ_REFILL_PER_SECOND });
  const roundLimiter = deps.roundLimiter ?? createRateLimiter({ capacity: ROUND_BURST, refillPerSecond: ROUND_REFILL_PER_SECOND });
  const cache = new Map<string, { version: number; second: number; body: string }>();
  let waiting = 0;

  const answer = (ctx: HttpContext, query: Query, extra?: Record<string, unknown>) => {
    const second = Math.floor(deps.now());
    const cacheKey = `${query.chain.name}\u0000${query.feeds.join(",")}`;
    if (!extra) {
      const hit = cache.get(cacheKey);
      if (hit && hit.version === deps.live.version() && hit.second === second) {
        deps.metrics?.pullResponses?.inc({ result: "cache-hit" });
        return ctx.send(200, "application/json", hit.body, { "cache-control": "max-age=1" });
      }
    }
    const body = `${JSON.stringify({ ...buildReportsBody(deps, query), ...extra })}\n`;
    if (!extra) {
      if (cache.size >= MAX_CACHED_RESPONSES) cache.clear();
      cache.set(cacheKey, { version: deps.live.version(), second, body });
    }
    deps.metrics?.pullResponses?.inc({ result: extra ? "round" : "built" });
    return ctx.send(200, "application/json", body, { "cache-control": extra ? "no-store" : "max-age=1" });
  };

  const limited = (ctx: HttpContext, limiter: RateLimiter, route: string): boolean => {
    const d = limiter.take(ctx.client);
    if (d.allowed) return false;
    deps.metrics?.rateLimited?.inc({ route });
    ctx.send(429, "application/json", errorBody("rate-limited", `too many requests from this address: retry in ${d.retryAfterSeconds} s`, { retryAfterSeconds: d.retryAfterSeconds }), {
      "retry-after": String(d.retryAfterSeconds),
    });
    return true;
  };

  const guarded = (fn: (ctx: HttpContext) => Promise<void> | void) => async (ctx: HttpContext) => {
    try {
      await fn(ctx);
    } catch (error) {
      if (error instanceof PullError) {
        const headers: Record<string, string> = error.code === "no-report" || error.code === "busy" ? { "retry-after": "1" } : {};
        return ctx.send(error.status, "application/json", errorBody(error.code, error.message, error.extra), headers);
      }
      throw error;
    }
  };

  return {
    "GET /v1/reports/latest": guarded((ctx) => {
      if (limited(ctx, readLimiter, "/v1/reports/latest")) return;
      answer(ctx, parseQuery(deps.config, ctx.url, ctx.rawQueryLength));
    }),
    "POST /v1/rounds": guarded(async (ctx) => {
      if (limited(ctx, roundLimiter, "/v1/rounds")) return;
      const query = parseQuery(deps.config, ctx.url, ctx.rawQueryLength);
      await ctx.drainBody(MAX_ROUND_BODY_BYTES);
      const now = Math.floor(deps.now());
      const fresh = query.feeds.every((f) => {
        const s = deps.live.latest(f, query.chain.name);
        return s !== undefined && now - s.observedAt < FRESH_ENOUGH_SECONDS;
      });
      if (fresh) {
        deps.metrics?.pullRounds?.inc({ result: "cached" });
        return answer(ctx, query, { round: { id: null, joined: false, cached: true } });
      }
      if (waiting >= MAX_WAITING_ROUND_CALLERS) throw new PullError(503, "busy", `${waiting} callers are already waiting for rounds: retry shortly`);
      waiting++;
      let round: Awaited<ReturnType<PullDeps["onDemandRound"]>>;
      try {
        round = await deps.onDemandRound(query.feeds);
      } catch (error) {
        deps.metrics?.pullRounds?.inc({ result: "failed" });
        throw new PullError(502, "round-failed", `the round failed: ${error instanceof Error ? scrubText(error.message.split("\n")[0]!) : "unknown error"}`);
      } finally {
        waiting--;
      }
      deps.metrics?.pullRounds?.inc({ result: round.joined ? "joined" : "run" });
      return answer(ctx, query, { round: { id: round.roundId, joined: round.joined, cached: false, failed: round.failed } });
    }),
  };
}
