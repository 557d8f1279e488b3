/**
 * The keeper's HTTP faces on the embedded stack (2 EDR chains, local Lit network, market simulator):
 *
 * - `http.pull.cachedMs.p50` / `.p95`: `GET /v1/reports/latest` for 3 feeds, answered from the response
 *   cache (same query, same second, no new report set), client-measured over loopback.
 * - `http.pull.builtMs.p50` / `.p95`: the same request when the cache cannot answer (the clock moves one
 *   second per request, so every answer is built from the live state).
 * - `http.pull.roundMs.p50`: `POST /v1/rounds` for one feed: an on-demand round (Lit execution, verify,
 *   decide, and a push when due) until its reports are served.
 * - `http.dashboard.snapshotBytes`: size of one `/v1/dashboard` snapshot (6 feed x chain cells).
 * - `http.dashboard.loadMs.p50`: headless Chromium, navigation start to the page's first render with
 *   answers (its `lit-oracle:first-data` performance mark: HTML, CSS, JS and the first snapshot);
 *   skipped without a Chromium binary.
 *
 * The pull routes are mounted on their own server with limiters sized for the bench (the keeper's own
 * per-IP buckets would refuse a benchmark from one address); the handler code is the keeper's.
 */
import { existsSync } from "node:fs";
import type { BenchLog } from "./index.ts";
import { startEmbeddedStack } from "../keeper/src/embedded.ts";
import { startOpsServer } from "../keeper/src/http.ts";
import { createPullRoutes } from "../keeper/src/http/pull.ts";
import { createRateLimiter } from "../keeper/src/http/rate-limit.ts";
import { silentLogger } from "../keeper/src/internal/logger.ts";
import { createKeeper } from "../keeper/src/keeper.ts";
import { createMetrics } from "../keeper/src/metrics.ts";
import { receiverOps } from "../keeper/src/feeds/receiver-ops.ts";

/** Requests per pull figure. */
export const PULL_SAMPLES = 400;
/** On-demand rounds measured. */
export const ROUND_SAMPLES = 15;
/** Page loads measured. */
export const PAGE_LOADS = 5;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
const round1 = (ms: number) => Math.round(ms * 100) / 100;

async function time(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const clock = { offset: 0, frozen: undefined as number | undefined };
  const now = () => clock.frozen ?? Date.now() / 1000 + clock.offset;
  const stack = await startEmbeddedStack({
    httpPort: 0,
    markets: { BTC: { kind: "constant", price: 67_000 }, ETH: { kind: "constant", price: 3_500 }, SOL: { kind: "constant", price: 150 } },
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { host: "127.0.0.1", port: 0 } }, chains: c.chains.map((ch) => ({ ...ch, pollIntervalMs: 10 })) }),
  });
  const figures: Record<string, number> = {};
  try {
    const keeper = createKeeper({ logger: silentLogger(), lit: stack.runtime, secrets: stack.secrets, receiver: receiverOps, action: stack.action, now }, stack.config);
    await keeper.start({ schedule: false });
    await keeper.runRoundNow();
    const chain = stack.config.chains[0]!.name;
    const big = () => createRateLimiter({ capacity: 1e9, refillPerSecond: 1e9 });
    const server = await startOpsServer({
      host: "127.0.0.1",
      port: 0,
      registry: createMetrics({ defaultMetrics: false }).registry,
      readiness: () => keeper.readiness(),
      routes: createPullRoutes({ config: stack.config, live: keeper.live, now, signerOf: () => stack.pkp.ethAddress, onDemandRound: (f) => keeper.onDemandRound(f), readLimiter: big(), roundLimiter: big() }),
    });
    try {
      const url = `${server.url}/v1/reports/latest?chain=${chain}&feeds=BTC/USD,ETH/USD,SOL/USD`;
      const get = async () => {
        const res = await fetch(url);
        if (res.status !== 200) throw new Error(`pull answered ${res.status}`);
        await res.arrayBuffer();
      };
      log(`pull: ${PULL_SAMPLES} cached requests`);
      clock.frozen = Math.floor(Date.now() / 1000);
      const cached = await time(PULL_SAMPLES, get);
      log(`pull: ${PULL_SAMPLES} built requests`);
      const built = await time(PULL_SAMPLES, async () => {
        clock.frozen! += 1;
        await get();
      });
      clock.frozen = undefined;
      clock.offset = 0;
      figures["http.pull.cachedMs.p50"] = round1(percentile(cached, 50));
      figures["http.pull.cachedMs.p95"] = round1(percentile(cached, 95));
      figures["http.pull.builtMs.p50"] = round1(percentile(built, 50));
      figures["http.pull.builtMs.p95"] = round1(percentile(built, 95));

      log(`pull: ${ROUND_SAMPLES} on-demand rounds`);
      const rounds = await time(ROUND_SAMPLES, async () => {
        clock.offset += 2; // a new second: the cached report is no longer fresh enough
        const res = await fetch(`${server.url}/v1/rounds?chain=${chain}&feeds=BTC/USD`, { method: "POST" });
        const body = (await res.json()) as { round?: { cached: boolean } };
        if (res.status !== 200 || body.round?.cached) throw new Error(`on-demand round answered ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      });
      figures["http.pull.roundMs.p50"] = round1(percentile(rounds, 50));
    } finally {
      await server.close();
    }

    const snapshot = await (await fetch(`${keeper.httpUrl()}/v1/dashboard`)).text();
    figures["http.dashboard.snapshotBytes"] = snapshot.length;

    const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
    if (chromiumPath) {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      try {
        log(`dashboard: ${PAGE_LOADS} page loads in headless Chromium`);
        const loads: number[] = [];
        for (let i = 0; i < PAGE_LOADS; i++) {
          const page = await browser.newPage();
          await page.goto(keeper.httpUrl()!);
          await page.waitForSelector('[data-testid="feed-row"]:nth-child(6) [data-testid="answer"]:not(:text-is("—"))');
          // The page marks its first render with data; startTime counts from navigation start.
          loads.push(await page.evaluate(() => performance.getEntriesByName("lit-oracle:first-data")[0]!.startTime));
          await page.close();
        }
        loads.sort((a, b) => a - b);
        figures["http.dashboard.loadMs.p50"] = round1(percentile(loads, 50));
      } finally {
        await browser.close();
      }
    } else log("dashboard: no Chromium binary, page load not measured (apt-get install -y chromium)");
    await keeper.stop();
  } finally {
    await stack.close();
  }
  return figures;
}
