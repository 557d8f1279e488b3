/**
 * Pull mode on the real embedded stack: the keeper serves verified signed reports with ready calldata,
 * a third party lands them on chain, on-demand rounds run or join (never two of a feed at once), and
 * hostile callers get clear 4xx answers. The rate limiter and the response cache are checked on a
 * fixed clock, so no verdict depends on the machine's speed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicClient, createWalletClient, decodeFunctionData, http, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { feedIdOf } from "../../actions/src/core/report.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import { startOpsServer, type OpsServer } from "../../keeper/src/http.ts";
import { createPullRoutes, MAX_FEEDS_PER_REQUEST } from "../../keeper/src/http/pull.ts";
import { createRateLimiter } from "../../keeper/src/http/rate-limit.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { createMetrics } from "../../keeper/src/metrics.ts";
import { RECEIVER_ABI } from "../../keeper/src/feeds/receiver-ops.ts";
import type { ExecuteRequest, ExecuteResult, LitRuntime } from "../../lit/types.ts";
import { chainOf } from "../../keeper/src/rpc.ts";
import { until } from "../wait.ts";
import { capturedLogger, keeperOn, stack } from "./helpers.ts";

type PullBody = {
  chain: string;
  chainId: number;
  receiver: Hex;
  signer: Hex;
  servedAt: number;
  reports: { feed: string; feedId: Hex; aggregator: Hex | null; decimals: number; answer: string; observedAt: number; ageSeconds: number; onChain: { answer: string; observedAt: number } | null; update: number }[];
  updates: { kind: "report" | "batch"; to: Hex; data: Hex; feeds: string[]; observedAt: number; reports: { feed: string; answer: string; observedAt: number }[]; signature: { r: Hex; s: Hex; yParity: number } }[];
  missing: { feed: string; reason: string }[];
  round?: { id: number | null; joined: boolean; cached: boolean };
  error?: { code: string; message: string; feeds?: string[] };
};

/** A Lit runtime whose executions can be held open until the test releases them. */
function gatedLit(inner: LitRuntime) {
  let gate: Promise<void> | undefined;
  let release: (() => void) | undefined;
  let entered: (() => void) | undefined;
  let executions = 0;
  const lit: LitRuntime = {
    kind: inner.kind,
    async execute(request: ExecuteRequest, options): Promise<ExecuteResult> {
      executions++;
      entered?.();
      if (gate) await gate;
      return inner.execute(request, options);
    },
  };
  return {
    lit,
    executions: () => executions,
    /** Holds the next executions; resolves `entered` when one arrives. */
    hold() {
      gate = new Promise<void>((r) => (release = r));
      return new Promise<void>((r) => (entered = r));
    },
    open() {
      gate = undefined;
      entered = undefined;
      release?.();
    },
  };
}

describe("pull mode", () => {
  let s: EmbeddedStack;
  let keeper: Keeper;
  let gated: ReturnType<typeof gatedLit>;
  // A manual clock a little behind the wall clock: one step per round, fixed in between.
  let clock = Math.floor(Date.now() / 1000) - 30;
  let base: string;

  beforeAll(async () => {
    s = await stack();
    gated = gatedLit(s.runtime);
    keeper = keeperOn(s, s.config, { logger: capturedLogger([s.secrets.privateKey]).logger, lit: gated.lit, now: () => clock });
    await keeper.start({ schedule: false });
    base = keeper.httpUrl()!;
  });
  afterAll(async () => {
    gated?.open();
    await keeper?.stop();
    await s?.close();
  });

  const get = async (query: string) => {
    const res = await fetch(`${base}/v1/reports/latest${query}`);
    return { status: res.status, headers: res.headers, body: (await res.json()) as PullBody };
  };
  const chain0 = () => s.config.chains[0]!;

  it("answers 503 no-report (with Retry-After) before anything is signed", async () => {
    const r = await get(`?chain=${chain0().name}&feeds=BTC/USD`);
    expect(r.status).toBe(503);
    expect(r.body.error).toMatchObject({ code: "no-report" });
    expect(r.headers.get("retry-after")).toBe("1");
  });

  it("refuses malformed or hostile queries with a clear 4xx JSON error", async () => {
    const cases: [string, number, string][] = [
      ["", 400, "bad-request"],
      ["?chain=mainnet", 400, "unknown-chain"],
      [`?chain=${chain0().name}&feeds=DOGE/USD,BTC/USD`, 400, "unknown-feed"],
      [`?chain=${chain0().name}&feeds=`, 400, "bad-request"],
      [`?chain=${chain0().name}&chain=${s.config.chains[1]!.name}`, 400, "bad-request"],
      [`?chain=${chain0().name}&token=x`, 400, "bad-request"],
      [`?chain=${chain0().name}&feeds=${Array.from({ length: MAX_FEEDS_PER_REQUEST + 1 }, (_, i) => `A${i}/USD`).join(",")}`, 400, "too-many-feeds"],
      [`?chain=${chain0().name}&feeds=${"B".repeat(2_000)}`, 414, "query-too-long"],
    ];
    for (const [query, status, code] of cases) {
      const r = await get(query);
      expect({ query: query.slice(0, 60), status: r.status, code: r.body.error?.code }).toEqual({ query: query.slice(0, 60), status, code });
      expect(r.body.error!.message.length).toBeGreaterThan(10);
    }
    const unknown = await get(`?chain=${chain0().name}&feeds=DOGE/USD,BTC/USD`);
    expect(unknown.body.error!.feeds).toEqual(["DOGE/USD"]);
    expect(unknown.body.error!.message).toContain("BTC/USD, ETH/USD, SOL/USD");
    // wrong methods
    const post = await fetch(`${base}/v1/reports/latest?chain=${chain0().name}`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toContain("GET");
    const getRounds = await fetch(`${base}/v1/rounds?chain=${chain0().name}`);
    expect(getRounds.status).toBe(405);
    expect(getRounds.headers.get("allow")).toBe("POST");
    // a body over the limit
    const big = await fetch(`${base}/v1/rounds?chain=${chain0().name}&feeds=BTC/USD`, { method: "POST", body: "x".repeat(4_096) });
    expect(big.status).toBe(413);
  });

  it("serves the round's verified reports with calldata a third party can land", async () => {
    clock++;
    const first = await keeper.runRoundNow();
    expect(first.outcomes.every((o) => o.outcome === "updated")).toBe(true);
    // The next round is within the threshold: nothing is pushed, yet its reports are signed and served.
    // The nodes sign their own clock (1 s granularity): wait until it has passed the first round's
    // second, or a fast machine runs both rounds in one second and the second is not newer.
    await until(() => Math.floor(Date.now() / 1000) > first.observedAt);
    clock++;
    const second = await keeper.runRoundNow();
    expect(second.outcomes.every((o) => o.reason === "within-threshold")).toBe(true);

    const r = await get(`?chain=${chain0().chainId}&feeds=ETH/USD,BTC/USD,ETH/USD`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ chain: chain0().name, chainId: chain0().chainId, receiver: chain0().receiver, missing: [] });
    expect(r.body.reports.map((x) => x.feed)).toEqual(["ETH/USD", "BTC/USD"]);
    const deployed = s.deployments[0]!.contracts.feeds;
    for (const rep of r.body.reports) {
      // Reports carry the Lit nodes' agreed clock (the round's signed observedAt), not the keeper's.
      expect(rep).toMatchObject({ feedId: feedIdOf(rep.feed), decimals: 8, observedAt: second.observedAt, update: 0 });
      expect(rep.aggregator).toBe(deployed[rep.feed]!.address);
      expect(rep.onChain!.observedAt).toBe(first.observedAt);
    }
    expect(r.body.updates).toHaveLength(1);
    const update = r.body.updates[0]!;
    expect(update).toMatchObject({ kind: "batch", to: chain0().receiver, observedAt: second.observedAt });
    expect(update.feeds.sort()).toEqual(["BTC/USD", "ETH/USD", "SOL/USD"]);
    expect(decodeFunctionData({ abi: RECEIVER_ABI, data: update.data }).functionName).toBe("updateBatch");

    // Someone else (not the keeper) sends the calldata: the chain now holds the pulled reports.
    const viemChain = chainOf(chain0());
    const wallet = createWalletClient({ chain: viemChain, transport: http(chain0().rpcUrls[0]), account: privateKeyToAccount(s.accounts[6]!.privateKey) });
    const publicClient = createPublicClient({ chain: viemChain, transport: http(chain0().rpcUrls[0]) });
    const hash = await wallet.sendTransaction({ to: update.to, data: update.data });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    expect(receipt.status).toBe("success");
    for (const rep of r.body.reports) {
      const state = await publicClient.readContract({ address: chain0().receiver as Hex, abi: RECEIVER_ABI, functionName: "feedState", args: [rep.feedId] });
      expect({ feed: rep.feed, answer: state.answer.toString(), observedAt: Number(state.observedAt) }).toEqual({ feed: rep.feed, answer: rep.answer, observedAt: rep.observedAt });
    }

    // Only public data: no key, no RPC URL.
    const text = JSON.stringify(r.body);
    expect(text).not.toContain(s.secrets.privateKey.slice(2));
    for (const c of s.config.chains) for (const u of c.rpcUrls) expect(text).not.toContain(u);
  });

  it("caches per (chain, feeds) until a newer report set arrives", async () => {
    const before = await keeper.metrics.registry.getSingleMetric("lit_oracle_pull_responses_total")!.get();
    const hits = (v: typeof before) => v.values.find((x) => x.labels.result === "cache-hit")?.value ?? 0;
    const a = await get(`?chain=${chain0().name}&feeds=BTC/USD`);
    const b = await get(`?chain=${chain0().name}&feeds=BTC/USD`);
    expect(b.body).toEqual(a.body);
    expect(a.headers.get("cache-control")).toBe("max-age=1");
    const after = await keeper.metrics.registry.getSingleMetric("lit_oracle_pull_responses_total")!.get();
    expect(hits(after) - hits(before)).toBe(1);
  });

  it("POST /v1/rounds runs a round and serves its reports; a report from this second answers from the cache", async () => {
    // Reports carry the nodes' (wall) clock: move the keeper's clock past every report so far.
    clock = Math.floor(Date.now() / 1000) + 2;
    const res = await fetch(`${base}/v1/rounds?chain=${chain0().name}&feeds=SOL/USD`, { method: "POST" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as PullBody;
    expect(body.round).toMatchObject({ joined: false, cached: false });
    expect(body.round!.id).toBeGreaterThan(0);
    expect(body.reports[0]).toMatchObject({ feed: "SOL/USD" });
    expect(Math.abs(body.reports[0]!.observedAt - Date.now() / 1000)).toBeLessThanOrEqual(600);
    // The round signed SOL/USD alone: a single report, `update(...)` calldata.
    expect(body.updates[0]).toMatchObject({ kind: "report", feeds: ["SOL/USD"] });
    expect(decodeFunctionData({ abi: RECEIVER_ABI, data: body.updates[0]!.data }).functionName).toBe("update");
    const executions = gated.executions();
    clock = body.reports[0]!.observedAt;
    const again = (await (await fetch(`${base}/v1/rounds?chain=${chain0().name}&feeds=SOL/USD`, { method: "POST" })).json()) as PullBody;
    expect(again.round).toMatchObject({ id: null, cached: true });
    expect(gated.executions()).toBe(executions);
  });

  it("never runs two rounds of a feed at once: a second on-demand round joins the one in flight", async () => {
    clock++;
    const entered = gated.hold();
    const executions = gated.executions();
    const first = keeper.onDemandRound(["BTC/USD", "ETH/USD"]);
    await entered;
    const second = keeper.onDemandRound(["ETH/USD"]);
    const third = keeper.onDemandRound(["BTC/USD", "ETH/USD"]);
    gated.open();
    const [a, b, c] = await Promise.all([first, second, third]);
    expect(a).toMatchObject({ joined: false, failed: 0 });
    expect(b).toMatchObject({ joined: true, roundId: null });
    expect(c).toMatchObject({ joined: true, roundId: null });
    expect(gated.executions() - executions).toBe(1);
    const r = await get(`?chain=${chain0().name}&feeds=ETH/USD`);
    expect(Math.abs(r.body.reports[0]!.observedAt - Date.now() / 1000)).toBeLessThanOrEqual(600);
  });
});

describe("pull mode limits (fixed clock)", () => {
  let server: OpsServer;
  let ms = 0;
  let s: EmbeddedStack;

  beforeAll(async () => {
    s = await stack({ chainIds: [31_337] });
    const { createLiveState } = await import("../../keeper/src/http/live.ts");
    const { receiverOps } = await import("../../keeper/src/feeds/receiver-ops.ts");
    const live = createLiveState({ config: s.config, address: s.accounts[1]!.address, now: () => 1_000, signerOf: () => s.pkp.ethAddress, encodeUpdate: receiverOps.encodeUpdate, logger: capturedLogger().logger });
    const metrics = createMetrics({ defaultMetrics: false });
    server = await startOpsServer({
      host: "127.0.0.1",
      port: 0,
      registry: metrics.registry,
      readiness: () => ({ ready: true, stale: [] }),
      routes: createPullRoutes({
        config: s.config,
        live,
        now: () => 1_000,
        signerOf: () => s.pkp.ethAddress,
        metrics,
        onDemandRound: async () => ({ roundId: 1, joined: false, failed: 0 }),
        readLimiter: createRateLimiter({ capacity: 3, refillPerSecond: 1, nowMs: () => ms }),
        roundLimiter: createRateLimiter({ capacity: 1, refillPerSecond: 0.1, nowMs: () => ms }),
      }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await s?.close();
  });

  it("429 with Retry-After past the per-client bucket, and the bucket refills with time", async () => {
    const url = `${server.url}/v1/reports/latest?chain=${s.config.chains[0]!.name}&feeds=BTC/USD`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([503, 503, 503, 429, 429]);
    const limited = await fetch(url);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(((await limited.json()) as PullBody).error).toMatchObject({ code: "rate-limited" });
    ms += 1_000;
    expect((await fetch(url)).status).toBe(503);
    expect((await fetch(url)).status).toBe(429);
    // rounds have their own, slower bucket
    const round = `${server.url}/v1/rounds?chain=${s.config.chains[0]!.name}&feeds=BTC/USD`;
    expect((await fetch(round, { method: "POST" })).status).toBe(503);
    const second = await fetch(round, { method: "POST" });
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("10");
  });

  it("the token bucket: burst, refill, bounded clients", () => {
    let t = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.5, maxClients: 3, nowMs: () => t });
    expect(limiter.take("a")).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.take("a")).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    t += 1_000;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t += 1_000;
    expect(limiter.take("a").allowed).toBe(true);
    for (const c of ["b", "c", "d", "e"]) limiter.take(c);
    expect(limiter.size()).toBe(3);
  });
});
