/**
 * Scale figures on the embedded stack (2 EDR chains, 5-node local Lit network, market simulator) with
 * 200 synthetic feeds (`scaleFeeds`: pairs no catalog lists, listed in the manifest, priced on five
 * batch venues; two of them USDT books converted through the manifest's USDT/USD feed):
 *
 * - `scale.feeds200.litExecutionsPerRound`: Lit executions the round planner used (mean per round);
 * - `scale.feeds200.fetchesPerNode`: venue requests per executing Lit node per round (the simulator's count);
 * - `scale.feeds200.roundMs.p50` / `.p95`: trigger to every one of the 400 (feed, chain) updates
 *   confirmed on both chains (one round per sample, every price moved 1 %);
 * - `scale.feeds200.gasPerFeedUpdate`: mean gasUsed per feed update (each batch transaction's gas / its feeds);
 * - `scale.feeds200.keeperRssMb`: resident set size of the whole process after the rounds.
 */
import type { BenchLog } from "./index.ts";
import { scaleFeeds, startEmbeddedStack } from "../keeper/src/embedded.ts";
import { silentLogger } from "../keeper/src/internal/logger.ts";
import { createKeeper } from "../keeper/src/keeper.ts";
import { receiverOps } from "../keeper/src/feeds/receiver-ops.ts";
import { SOURCE_IDS } from "../actions/src/core/sources/index.ts";

/** Feeds of the figure. */
export const SCALE_FEEDS = 200;
/** Measured rounds. */
export const SCALE_SAMPLES = 10;
/** Reference price of the synthetic assets, USD. */
const PRICE = 10;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const feeds = scaleFeeds(SCALE_FEEDS);
  const bases = feeds.map((f) => f.symbol.split("/")[0]!);
  const stack = await startEmbeddedStack({
    httpPort: 0,
    feeds: [...feeds, { symbol: "USDT/USD", decimals: 8, sources: ["kraken", "coinbase", "bitstamp", "gemini", "bitfinex"], minSources: 3 }],
    markets: Object.fromEntries(bases.map((b) => [b, { kind: "constant", price: PRICE }])),
    onStep: (step) => log(step),
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } }, chains: c.chains.map((ch) => ({ ...ch, pollIntervalMs: 10 })) }),
  });
  const rounds: { ms: number; executions: number; fetches: number; gas: bigint; updates: number }[] = [];
  let rssMb = 0;
  try {
    const keeper = createKeeper({ logger: silentLogger(), lit: stack.runtime, secrets: stack.secrets, receiver: receiverOps, action: stack.action }, stack.config);
    await keeper.start({ schedule: false });
    const executions = async () => ((await keeper.metrics.roundExecutions.get()).values.find((v) => v.metricName?.endsWith("_sum"))?.value ?? 0);
    const requests = () => SOURCE_IDS.reduce((n, s) => n + stack.sim.requestCount(s), 0);
    const executing = stack.lit.threshold;
    await keeper.runRoundNow(); // first answers on chain
    for (let i = 0; i < SCALE_SAMPLES; i++) {
      const factor = i % 2 === 0 ? 1.01 : 1;
      for (const b of bases) stack.sim.setPrice(b, PRICE * factor);
      await new Promise((r) => setTimeout(r, 1_100 - (Date.now() % 1_000))); // a newer second than the last report
      const [execBefore, reqBefore] = [await executions(), requests()];
      const started = performance.now();
      const result = await keeper.runRoundNow();
      const ms = performance.now() - started;
      const updated = result.outcomes.filter((o) => o.outcome === "updated");
      if (updated.length !== SCALE_FEEDS * 2) {
        const other = result.outcomes.filter((o) => o.outcome !== "updated" && o.feed !== "USDT/USD").slice(0, 5);
        throw new Error(`scale round ${i}: ${updated.length} of ${SCALE_FEEDS * 2} updates: ${JSON.stringify(other.map((o) => [o.feed, o.chain, o.outcome, o.reason, o.error]))}`);
      }
      const gas = updated.reduce((n, o) => n + BigInt(o.gasUsed ?? "0"), 0n);
      rounds.push({ ms, executions: (await executions()) - execBefore, fetches: (requests() - reqBefore) / executing, gas, updates: updated.length });
      log(`round ${i}: ${Math.round(ms)} ms, ${rounds.at(-1)!.executions} executions, ${rounds.at(-1)!.fetches} requests per node`);
    }
    await keeper.stop();
    rssMb = Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10;
  } finally {
    await stack.close();
  }
  const ms = rounds.map((r) => r.ms).sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const gasPerFeed = Number(rounds.reduce((n, r) => n + r.gas, 0n)) / rounds.reduce((n, r) => n + r.updates, 0);
  return {
    "scale.feeds200.litExecutionsPerRound": Math.round(mean(rounds.map((r) => r.executions)) * 100) / 100,
    "scale.feeds200.fetchesPerNode": Math.round(mean(rounds.map((r) => r.fetches)) * 10) / 10,
    "scale.feeds200.roundMs.p50": Math.round(percentile(ms, 50)),
    "scale.feeds200.roundMs.p95": Math.round(percentile(ms, 95)),
    "scale.feeds200.gasPerFeedUpdate": Math.round(gasPerFeed),
    "scale.feeds200.keeperRssMb": rssMb,
  };
}
