/**
 * Scale figures on the embedded stack (2 EDR chains, 5-node local Lit network, market simulator) with
 * 200 synthetic feeds (`scaleFeeds`: pairs no catalog lists, listed in the manifest, priced on five
 * batch venues; two of them USDT books converted through the manifest's USDT/USD feed). The keeper
 * runs in its own process (`bench/scale-keeper.ts`: its CPU and memory are its own); the stack stays
 * here, and the keeper's Lit calls come back over IPC.
 *
 * - `scale.feeds200.litExecutionsPerRound`: Lit executions the round planner used (mean per round);
 * - `scale.feeds200.fetchesPerNode`: venue requests per executing Lit node per round (the simulator's count);
 * - `scale.feeds200.rounds.complete` / `.partial` / `.failed`: measured rounds in which all, some or
 *   none of the 400 (feed, chain) updates landed. A bad round never stops the bench: it is recorded
 *   with the feeds that landed and the executions that failed, with their errors (stderr);
 * - `scale.feeds200.roundMs.p50` / `.p95` / `.max`: trigger to every one of the 400 updates
 *   confirmed on both chains, over the complete rounds (one round per sample, every price moved);
 * - `scale.feeds200.phase.*Ms.p50`: where a round's time goes (the keeper's `RoundResult.phases`):
 *   state reads, first execution, every execution, first and last delivery start, per-delivery
 *   simulate / estimate / send / mined; and the Lit nodes' requests (`fetchMs.p95`, `fetchMs.max`);
 * - `scale.feeds200.gasPerFeedUpdate`: gasUsed of the 200-feed rounds' batch transactions (from their
 *   receipts) / feeds those transactions updated;
 * - `scale.feeds200.marginalGas`: (G(n) − G(10)) / (n − 10) per chain, G from the receipts of the
 *   n-feed batches and of a 10-feed round: comparable with `oracle.batch10.marginalGas`;
 * - `scale.feeds200.keeperCpuMsPerRound`: the keeper process's CPU time (user + system) per round
 *   (mean); `scale.feeds200.stackCpuMsPerRound` / `litNodesCpuMsPerRound`: the bench process (chains,
 *   simulator, Lit parent) and the Lit node processes in the same rounds;
 * - `scale.feeds200.keeperRssMb` / `keeperMaxRssMb` / `keeperHeapMb`: the keeper process's resident
 *   set after the rounds (after a GC), its peak, and its JS heap;
 * - `scale.feeds200.stackLoopDelayMs.p99` / `.max`: event-loop delay of the bench process during
 *   the rounds (its loop serves the chains' RPC, the simulator and the Lit nodes' fetches: a source
 *   request waits that long on top of its own time);
 * - `scale.feeds200.loadAvg1m`: the machine's 1-minute load average at the end (2 cores).
 */
import { fork, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createPublicClient, http, type Hex } from "viem";
import type { BenchLog } from "./index.ts";
import type { ExecuteFailure } from "./scale-keeper.ts";
import { RetryableError } from "../common/errors.ts";
import { scaleFeeds, startEmbeddedStack, type EmbeddedStack } from "../keeper/src/embedded.ts";
import type { RoundResult } from "../keeper/src/feeds/round.ts";
import { SOURCE_IDS } from "../actions/src/core/sources/index.ts";
import type { ExecuteRequest } from "../lit/types.ts";

/** Feeds of the figure. */
export const SCALE_FEEDS = 200;
/** Measured rounds. */
export const SCALE_SAMPLES = 10;
/** Feeds of the small round the marginal gas is measured against (as `oracle.batch10`). */
export const MARGINAL_BASE_FEEDS = 10;
/** Reference price of the synthetic assets, USD. */
const PRICE = 10;
/** Price move per measured round (1 %: above the embedded 0.1 % deviation threshold, within the move limit). */
const PRICE_STEP = 1.01;
/** Sampling period of the bench process's event-loop delay histogram, ms. */
const LOOP_DELAY_RESOLUTION_MS = 10;
/** How long the stopped keeper process has to exit by itself before it is killed, ms. */
const KEEPER_EXIT_GRACE_MS = 10_000;
/** Failed outcomes printed per bad round. */
const FAILURES_SHOWN = 4;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
const p50 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const mean = (xs: number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** CPU time of this process's children (the Lit node processes), ms, from /proc (Linux; 0 elsewhere). */
function childrenCpuMs(): number {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      const children = readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").trim();
      for (const pid of children ? children.split(/\s+/) : []) {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        total += ((Number(fields[11]) + Number(fields[12])) / tick) * 1000; // utime, stime
      }
    }
    return total;
  } catch {
    return 0;
  }
}

/** The keeper child: start it, run rounds, measure it. */
function keeperProcess(stack: EmbeddedStack, log: BenchLog) {
  // SCALE_KEEPER_CPU_PROF=<dir>: the keeper process writes a V8 CPU profile there when it stops.
  const profile = process.env.SCALE_KEEPER_CPU_PROF;
  const child: ChildProcess = fork(fileURLToPath(new URL("./scale-keeper.ts", import.meta.url)), [], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    ...(profile ? { execArgv: [...process.execArgv, "--cpu-prof", `--cpu-prof-dir=${profile}`] } : {}),
  });
  const exitedPromise = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const waiters = new Map<string, (message: Record<string, unknown>) => void>();
  const next = (type: string) => new Promise<Record<string, unknown>>((resolve) => waiters.set(type, resolve));
  let exited: Error | undefined;
  child.on("exit", (code) => {
    exited = new Error(`the keeper process exited (${code})`);
    for (const w of waiters.values()) w({ type: "exit", error: exited });
  });
  child.on("message", (message: { type: string } & Record<string, unknown>) => {
    if (message.type === "execute") {
      const { id, request } = message as unknown as { id: number; request: ExecuteRequest };
      stack.runtime.execute(request).then(
        (result) => child.send({ type: "executeResult", id, ok: true, result }),
        (error: unknown) => {
          const failure: ExecuteFailure = {
            name: error instanceof Error ? error.name : "Error",
            message: error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error),
            retryable: error instanceof RetryableError,
          };
          log(`Lit execution failed: ${failure.name}: ${failure.message}`);
          child.send({ type: "executeResult", id, ok: false, error: failure });
        },
      );
      return;
    }
    const waiter = waiters.get(message.type);
    waiters.delete(message.type);
    waiter?.(message);
  });
  const call = async (message: Record<string, unknown>, reply: string) => {
    if (exited) throw exited;
    const answer = next(reply);
    child.send(message);
    const m = await answer;
    if (m.type === "exit") throw m.error as Error;
    return m;
  };
  return {
    start: () => call({ type: "start", config: stack.config, secrets: stack.secrets, action: stack.action }, "started"),
    round: async (feeds?: string[]) => (await call({ type: "round", ...(feeds ? { feeds } : {}) }, "roundResult")) as unknown as { result: RoundResult; cpuMs: number; warnings: string[] },
    measure: async () => (await call({ type: "measure" }, "memory")) as unknown as { rssMb: number; maxRssMb: number; heapMb: number },
    stop: async () => {
      if (!exited) {
        await call({ type: "stop" }, "stopped").catch(() => undefined);
        // It exits by itself once stopped (and writes its profile); a hung one is killed.
        await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, KEEPER_EXIT_GRACE_MS))]);
      }
      child.kill();
    },
  };
}

type FetchSample = { ms: number; source: boolean };

/** Times every request the Lit nodes make (the local network's default `fetch` is the global one, read at start). */
function timeFetches(): { samples: FetchSample[]; restore: () => void; sourcePrefix: (url: string) => void } {
  const original = globalThis.fetch;
  const samples: FetchSample[] = [];
  let prefix = "\u0000";
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const started = performance.now();
    try {
      return await original(input, init);
    } finally {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      samples.push({ ms: performance.now() - started, source: url.startsWith(prefix) });
    }
  }) as typeof fetch;
  return { samples, restore: () => void (globalThis.fetch = original), sourcePrefix: (p) => void (prefix = p) };
}

type RoundRecord = {
  status: "complete" | "partial" | "failed";
  ms: number;
  landed: number;
  executions: number;
  failedExecutions: { feeds: number; error: string }[];
  fetches: number;
  keeperCpuMs: number;
  stackCpuMs: number;
  litCpuMs: number;
  result: RoundResult;
  fetchMs: number[];
};

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const feeds = scaleFeeds(SCALE_FEEDS);
  const symbols = feeds.map((f) => f.symbol);
  const bases = symbols.map((s) => s.split("/")[0]!);
  const fetches = timeFetches();
  let stack: EmbeddedStack | undefined;
  let keeper: ReturnType<typeof keeperProcess> | undefined;
  const rounds: RoundRecord[] = [];
  const batches: { chain: string; feeds: number; gas: bigint; round: "scale" | "small" }[] = [];
  let memory = { rssMb: Number.NaN, maxRssMb: Number.NaN, heapMb: Number.NaN };
  // How long this process's event loop (the chains' RPC servers, the simulator, the Lit nodes' fetches
  // and barriers) kept callbacks waiting: a source request of an action waits that long on top of its own time.
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  try {
    stack = await startEmbeddedStack({
      httpPort: 0,
      feeds: [...feeds, { symbol: "USDT/USD", decimals: 8, sources: ["kraken", "coinbase", "bitstamp", "gemini", "bitfinex"], minSources: 3 }],
      markets: Object.fromEntries(bases.map((b) => [b, { kind: "constant", price: PRICE }])),
      onStep: (step) => log(step),
      configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } }, chains: c.chains.map((ch) => ({ ...ch, pollIntervalMs: 10 })) }),
    });
    const s = stack;
    fetches.sourcePrefix(s.sim.url);
    const rpcOf = new Map(s.config.chains.map((c, i) => [c.name, createPublicClient({ transport: http(s.chains[i]!.rpcUrl) })]));
    const requests = () => SOURCE_IDS.reduce((n, id) => n + s.sim.requestCount(id), 0);
    const executing = s.lit.threshold;
    keeper = keeperProcess(s, log);
    await keeper.start();
    await keeper.round(); // first answers on chain

    /** Receipts of the round's batch transactions: gasUsed and the feeds each one updated. */
    const receipts = async (result: RoundResult, round: "scale" | "small") => {
      const byTx = new Map<Hex, { chain: string; feeds: number }>();
      for (const o of result.outcomes) {
        if (o.outcome !== "updated" || !o.txHash) continue;
        const entry = byTx.get(o.txHash) ?? { chain: o.chain, feeds: 0 };
        entry.feeds++;
        byTx.set(o.txHash, entry);
      }
      for (const [hash, { chain, feeds: n }] of byTx) {
        const receipt = await rpcOf.get(chain)!.getTransactionReceipt({ hash });
        batches.push({ chain, feeds: n, gas: receipt.gasUsed, round });
      }
    };

    loopDelay.enable();
    for (let i = 0; i < SCALE_SAMPLES; i++) {
      // Every round moves every price 1 % from the last round's (a round after a bad one still finds every feed due).
      for (const b of bases) s.sim.setPrice(b, PRICE * PRICE_STEP ** (i + 1));
      await new Promise((r) => setTimeout(r, 1_100 - (Date.now() % 1_000))); // a newer second than the last report
      const [reqBefore, cpuBefore, litBefore, fetchesBefore] = [requests(), process.cpuUsage(), childrenCpuMs(), fetches.samples.length];
      const started = performance.now();
      const { result, cpuMs, warnings } = await keeper.round();
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const landed = result.outcomes.filter((o) => o.outcome === "updated" && o.feed !== "USDT/USD").length;
      const executions = result.phases?.executions ?? [];
      const record: RoundRecord = {
        status: landed === SCALE_FEEDS * 2 ? "complete" : landed === 0 ? "failed" : "partial",
        ms,
        landed,
        executions: executions.length,
        failedExecutions: executions.filter((e) => !e.ok).map((e) => ({ feeds: e.feeds, error: e.error ?? "?" })),
        fetches: (requests() - reqBefore) / executing,
        keeperCpuMs: cpuMs,
        stackCpuMs: (cpu.user + cpu.system) / 1000,
        litCpuMs: childrenCpuMs() - litBefore,
        result,
        fetchMs: fetches.samples.slice(fetchesBefore).filter((f) => f.source).map((f) => f.ms),
      };
      rounds.push(record);
      await receipts(result, "scale");
      const ph = result.phases;
      log(
        `round ${i}: ${record.status}, ${Math.round(ms)} ms, ${landed}/${SCALE_FEEDS * 2} landed, ${record.executions} executions (${executions.map((e) => `${e.feeds} feeds ${Math.round(e.ms)} ms${e.ok ? "" : " FAILED"}`).join(", ")}), ` +
          `${record.fetches} requests per node (max ${Math.round(Math.max(0, ...record.fetchMs))} ms), keeper CPU ${Math.round(cpuMs)} ms, load ${loadavg()[0]!.toFixed(1)}` +
          (ph ? `; read ${Math.round(ph.readMs)} ms, plan ${Math.round(ph.planMs)} ms, deliveries ${ph.deliveries.map((d) => `${d.chain}@${Math.round(d.atMs)}+${Math.round(d.ms)}${d.riders ? ` (${d.riders} riding)` : ""}${d.reexecutionMs !== undefined ? ` (re-executed ${Math.round(d.reexecutionMs)} ms)` : ""}`).join(" ")}` : ""),
      );
      if (record.status !== "complete") {
        for (const e of record.failedExecutions) log(`  execution of ${e.feeds} feeds failed: ${e.error}`);
        const failed = new Map<string, number>();
        for (const o of result.outcomes) if (o.outcome !== "updated" && o.feed !== "USDT/USD") failed.set(`${o.outcome} ${o.reason}: ${(o.error ?? "").slice(0, 300)}`, (failed.get(`${o.outcome} ${o.reason}: ${(o.error ?? "").slice(0, 300)}`) ?? 0) + 1);
        for (const [what, n] of [...failed].slice(0, FAILURES_SHOWN)) log(`  ${n} × ${what}`);
        // Why: the action's refusals and the keeper's warnings, grouped by message and detail.
        const why = new Map<string, number>();
        for (const line of warnings) {
          const w = JSON.parse(line) as { msg?: string; detail?: string; reason?: string; err?: { message?: string } };
          const key = `${w.msg}: ${w.reason ?? ""} ${(w.detail ?? w.err?.message ?? "").replace(/S\d{3}/g, "S*").slice(0, 300)}`;
          why.set(key, (why.get(key) ?? 0) + 1);
        }
        for (const [what, n] of [...why].sort((a, b) => b[1] - a[1]).slice(0, FAILURES_SHOWN)) log(`  ${n} × ${what}`);
      }
    }

    loopDelay.disable();
    // The marginal gas: a 10-feed round against the 200-feed rounds' batches.
    const small = symbols.slice(0, MARGINAL_BASE_FEEDS);
    for (const b of bases.slice(0, MARGINAL_BASE_FEEDS)) s.sim.setPrice(b, PRICE * PRICE_STEP ** (SCALE_SAMPLES + 1));
    await new Promise((r) => setTimeout(r, 1_100 - (Date.now() % 1_000)));
    const { result: smallResult } = await keeper.round(small);
    await receipts(smallResult, "small");
    memory = await keeper.measure();
  } finally {
    await keeper?.stop();
    fetches.restore();
    await stack?.close();
  }

  const complete = rounds.filter((r) => r.status === "complete");
  const ms = complete.map((r) => r.ms).sort((a, b) => a - b);
  const scaleBatches = batches.filter((b) => b.round === "scale");
  const gasPerFeed = Number(scaleBatches.reduce((n, b) => n + b.gas, 0n)) / scaleBatches.reduce((n, b) => n + b.feeds, 0);
  // Marginal per chain: mean gas of the big batches minus the 10-feed batch's, over the feeds between them.
  const marginals: number[] = [];
  for (const chain of new Set(batches.map((b) => b.chain))) {
    const big = scaleBatches.filter((b) => b.chain === chain && b.feeds > MARGINAL_BASE_FEEDS);
    const base = batches.find((b) => b.round === "small" && b.chain === chain && b.feeds === MARGINAL_BASE_FEEDS);
    if (!base || big.length === 0) continue;
    for (const b of big) marginals.push(Number(b.gas - base.gas) / (b.feeds - MARGINAL_BASE_FEEDS));
  }
  const phases = complete.map((r) => r.result.phases!).filter(Boolean);
  const deliveries = phases.flatMap((p) => p.deliveries);
  const submits = deliveries.flatMap((d) => (d.submit ? [d.submit] : []));
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const fetchMs = complete.flatMap((r) => r.fetchMs).sort((a, b) => a - b);
  return {
    "scale.feeds200.litExecutionsPerRound": Math.round(mean(rounds.map((r) => r.executions)) * 100) / 100,
    "scale.feeds200.fetchesPerNode": round1(mean(rounds.map((r) => r.fetches))),
    "scale.feeds200.rounds.complete": complete.length,
    "scale.feeds200.rounds.partial": rounds.filter((r) => r.status === "partial").length,
    "scale.feeds200.rounds.failed": rounds.filter((r) => r.status === "failed").length,
    "scale.feeds200.roundMs.p50": Math.round(percentile(ms, 50)),
    "scale.feeds200.roundMs.p95": Math.round(percentile(ms, 95)),
    "scale.feeds200.roundMs.max": Math.round(ms.at(-1) ?? Number.NaN),
    "scale.feeds200.phase.readMs.p50": Math.round(p50(phases.map((p) => p.readMs))),
    "scale.feeds200.phase.planMs.p50": Math.round(p50(phases.map((p) => p.planMs))),
    "scale.feeds200.phase.reexecutions": deliveries.filter((d) => d.reexecutionMs !== undefined).length,
    "scale.feeds200.phase.litExecutionMs.p50": Math.round(p50(phases.flatMap((p) => p.executions.map((e) => e.ms)))),
    "scale.feeds200.phase.litAllDoneMs.p50": Math.round(p50(phases.map((p) => Math.max(...p.executions.map((e) => e.atMs + e.ms))))),
    "scale.feeds200.phase.firstDeliveryAtMs.p50": Math.round(p50(phases.map((p) => Math.min(...p.deliveries.map((d) => d.atMs))))),
    "scale.feeds200.phase.deliveryMs.p50": Math.round(p50(deliveries.map((d) => d.ms))),
    "scale.feeds200.phase.verifyMs.p50": round1(p50(deliveries.map((d) => d.verifyMs))),
    "scale.feeds200.phase.simulateMs.p50": Math.round(p50(submits.map((t) => t.simulateMs))),
    "scale.feeds200.phase.estimateMs.p50": Math.round(p50(submits.map((t) => t.estimateMs))),
    "scale.feeds200.phase.feesMs.p50": Math.round(p50(submits.map((t) => t.feesMs))),
    "scale.feeds200.phase.sendMs.p50": Math.round(p50(submits.map((t) => t.sendMs))),
    "scale.feeds200.phase.minedMs.p50": Math.round(p50(submits.map((t) => t.minedMs))),
    "scale.feeds200.phase.fetchMs.p50": Math.round(percentile(fetchMs, 50)),
    "scale.feeds200.phase.fetchMs.p95": Math.round(percentile(fetchMs, 95)),
    "scale.feeds200.phase.fetchMs.max": Math.round(fetchMs.at(-1) ?? Number.NaN),
    "scale.feeds200.stackLoopDelayMs.p99": Math.round(loopDelay.percentile(99) / 1e6),
    "scale.feeds200.stackLoopDelayMs.max": Math.round(loopDelay.max / 1e6),
    "scale.feeds200.gasPerFeedUpdate": Math.round(gasPerFeed),
    "scale.feeds200.marginalGas": Math.round(mean(marginals)),
    "scale.feeds200.keeperCpuMsPerRound": Math.round(mean(rounds.map((r) => r.keeperCpuMs))),
    "scale.feeds200.stackCpuMsPerRound": Math.round(mean(rounds.map((r) => r.stackCpuMs))),
    "scale.feeds200.litNodesCpuMsPerRound": Math.round(mean(rounds.map((r) => r.litCpuMs))),
    "scale.feeds200.keeperRssMb": round1(memory.rssMb),
    "scale.feeds200.keeperHeapMb": round1(memory.heapMb),
    "scale.feeds200.keeperMaxRssMb": round1(memory.maxRssMb),
    "scale.feeds200.loadAvg1m": round1(loadavg()[0]!),
  };
}
