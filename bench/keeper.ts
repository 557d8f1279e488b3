/**
 * Keeper figures on the embedded stack (2 EDR chains, 3-node local Lit network, market simulator):
 *
 * - `keeper.roundTripMs.p50` / `.p95`: trigger to confirmed update — one round for 3 feeds whose price
 *   moved past the threshold, until both chains' batch transactions are mined (1 confirmation).
 * - `keeper.rssMb`: resident set size of the whole process (chains, Lit nodes, simulator and keeper all
 *   in-process) after 10 minutes of SIMULATED operation: the keeper's scheduler is driven by a manual
 *   cron (node-cron replaced through `createCronTask`), and every 5 s tick advances one simulated clock
 *   shared by the keeper (`now`), the market simulator (`advance`) and both chains (`evm_increaseTime`),
 *   so 120 ticks run back to back instead of taking 10 minutes.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { BenchLog } from "./index.ts";
import { startEmbeddedStack, type EmbeddedStack } from "../keeper/src/embedded.ts";
import { silentLogger } from "../keeper/src/internal/logger.ts";
import { createKeeper } from "../keeper/src/keeper.ts";
import { receiverOps } from "../keeper/src/feeds/receiver-ops.ts";
import { DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS } from "../actions/src/core/feed-manifest.ts";

/** Measured round trips. */
export const ROUND_TRIP_SAMPLES = 30;
/** Simulated operation for the memory figure. */
export const SIMULATED_SECONDS = 600;
/** Tick of the simulated schedule (the embedded `*\/5 * * * * *`). */
export const SIMULATED_TICK_SECONDS = 5;

/** A full GC (the bench runs without --expose-gc): lets the heap figure show live memory only. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Waits for the wall clock to enter a later `observedAt` step than `afterMs` (the nodes stamp a round
 * with their own wall clocks, rounded down to the manifest's granularity, so a round started within the
 * previous round's step would be `already-current`: on an idle machine a round takes well under a
 * second). Not part of the measured time.
 */
async function nextObservedAtStep(afterMs: number): Promise<void> {
  const stepMs = DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS * 1000;
  const nextMs = (Math.floor(afterMs / stepMs) + 1) * stepMs;
  const waitMs = nextMs - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}

async function advance(stack: EmbeddedStack, clock: { offset: number }, seconds: number): Promise<void> {
  clock.offset += seconds;
  stack.sim.advance(seconds * 1000);
  for (const chain of stack.chains) {
    await chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
  }
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const clock = { offset: 0 };
  const now = () => Date.now() / 1000 + clock.offset;

  // 1. round trips: every round moves all three prices past the 0.1 % threshold.
  const stack = await startEmbeddedStack({
    httpPort: 0,
    markets: { BTC: { kind: "constant", price: 67_000 }, ETH: { kind: "constant", price: 3_500 }, SOL: { kind: "constant", price: 150 } },
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } }, chains: c.chains.map((ch) => ({ ...ch, pollIntervalMs: 10 })) }),
  });
  const samples: number[] = [];
  try {
    const keeper = createKeeper({ logger: silentLogger(), lit: stack.runtime, secrets: stack.secrets, receiver: receiverOps, action: stack.action, now }, stack.config);
    await keeper.start({ schedule: false });
    let lastRoundStartMs = Date.now();
    await keeper.runRoundNow();
    for (let i = 0; i < ROUND_TRIP_SAMPLES; i++) {
      await nextObservedAtStep(lastRoundStartMs);
      const factor = i % 2 === 0 ? 1.01 : 1;
      stack.sim.setPrice("BTC", 67_000 * factor);
      stack.sim.setPrice("ETH", 3_500 * factor);
      stack.sim.setPrice("SOL", 150 * factor);
      await advance(stack, clock, 2);
      lastRoundStartMs = Date.now();
      const started = performance.now();
      const result = await keeper.runRoundNow();
      const ms = performance.now() - started;
      const updated = result.outcomes.filter((o) => o.outcome === "updated").length;
      if (updated !== 6) throw new Error(`bench round ${i}: expected 6 updates (3 feeds x 2 chains), got ${updated}: ${JSON.stringify(result.outcomes.map((o) => [o.feed, o.chain, o.outcome, o.reason]))}`);
      samples.push(ms);
    }
    await keeper.stop();
  } finally {
    await stack.close();
  }
  samples.sort((a, b) => a - b);
  const p50 = Math.round(percentile(samples, 50) * 10) / 10;
  const p95 = Math.round(percentile(samples, 95) * 10) / 10;
  log(`round trip over ${samples.length} rounds (3 feeds x 2 chains, confirmed): p50 ${p50} ms, p95 ${p95} ms`);

  // 2. ten simulated minutes on the scheduler, random-walk prices.
  clock.offset = 0;
  const walk = { stepBps: 8, stepMs: 2_000 };
  const live = await startEmbeddedStack({
    httpPort: 0,
    markets: { BTC: { kind: "random-walk", start: 67_000, ...walk }, ETH: { kind: "random-walk", start: 3_500, ...walk }, SOL: { kind: "random-walk", start: 150, ...walk } },
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { host: "127.0.0.1", port: 0 } }, chains: c.chains.map((ch) => ({ ...ch, pollIntervalMs: 10 })) }),
  });
  let rssMb = 0;
  let heapMb = 0;
  let heapStartMb = 0;
  let rounds = 0;
  let updates = 0;
  try {
    const ticks: (() => void)[] = [];
    const keeper = createKeeper(
      {
        logger: silentLogger(),
        lit: live.runtime,
        secrets: live.secrets,
        receiver: receiverOps,
        action: live.action,
        now,
        createCronTask: (_expression, fn) => {
          const task = { running: false, fn };
          ticks.push(() => task.running && fn());
          return { start: () => void (task.running = true), stop: () => void (task.running = false) };
        },
        onRound: (r) => void (updates += r.outcomes.filter((o) => o.outcome === "updated").length),
      },
      live.config,
    );
    await keeper.start();
    const rssStart = process.memoryUsage().rss / 2 ** 20;
    collectGarbage();
    heapStartMb = process.memoryUsage().heapUsed / 2 ** 20;
    for (let t = 0; t < SIMULATED_SECONDS; t += SIMULATED_TICK_SECONDS) {
      await advance(live, clock, SIMULATED_TICK_SECONDS);
      const before = keeper.rounds();
      for (const tick of ticks) tick();
      while (keeper.rounds() === before) await new Promise((r) => setTimeout(r, 2));
    }
    rounds = keeper.rounds();
    await keeper.stop();
    collectGarbage();
    const memory = process.memoryUsage();
    rssMb = Math.round((memory.rss / 2 ** 20) * 10) / 10;
    heapMb = Math.round((memory.heapUsed / 2 ** 20) * 10) / 10;
    log(`${SIMULATED_SECONDS} simulated seconds: ${rounds} rounds, ${updates} updates`);
    log(`rss ${rssStart.toFixed(1)} -> ${rssMb} MB (whole process: EDR chains, Lit node sandboxes, simulator, keeper); JS heap after GC ${heapStartMb.toFixed(1)} -> ${heapMb} MB`);
  } finally {
    await live.close();
  }
  return {
    "keeper.roundTripMs.p50": p50,
    "keeper.roundTripMs.p95": p95,
    "keeper.rssMb": rssMb,
    "keeper.heapMb": heapMb,
    "keeper.simulatedRounds": rounds,
    "keeper.simulatedUpdates": updates,
  };
}
