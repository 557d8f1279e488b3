/**
 * The fault campaign on the real embedded stack (two EDR chains, the local Lit network with five nodes,
 * the market simulator, deployed receivers, the keeper): seeded rounds, each with faults injected across
 * layers, then the verdict read from the chains themselves.
 *
 * Per round: the reference prices move (0.3 % to 2 %, past the 0.1 % deviation threshold, so every
 * feed is due on every chain), faults are drawn and injected, the keeper runs the round (sometimes with
 * a second keeper racing it), faults are cleared, and every (feed, chain) pair is checked:
 *   - wrong:      an answer that landed is off the reference price by more than WRONG_ANSWER_BPS, or is not
 *                 what the keeper says it landed;
 *   - duplicated: the receiver's round counter moved more often than the keepers report updates;
 *   - lost:       a keeper reports an update the chain does not have, or the pair still does not carry the
 *                 current price after a fault-free recovery round.
 * Faults that make a round fail on purpose (RPC down, fees over the cap, a Lit runtime that is gone) are
 * expected to cost that round and nothing more: the recovery round must land.
 *
 * Messages (test/long/messages.ts): after each round's feed check, a message round on the same chains and
 * Lit network drives the keeper's relay loop through message faults; the verdict (every message run exactly
 * once on the destination) is read from the chain at the end. The messenger's own stateful invariants run
 * beside the receiver's (test/long/messenger-invariants.ts).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createPublicClient, createWalletClient, custom, http, parseGwei, type PublicClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { feedIdOf } from "../../actions/src/core/report.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import { readFeedState } from "../../keeper/src/chain/receiver.ts";
import { silentLogger } from "../../keeper/src/internal/logger.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import type { FeedChainOutcome, RoundResult } from "../../keeper/src/feeds/round.ts";
import type { StoredTx } from "../../keeper/src/store.ts";
import type { Fault as SourceFault } from "../../sim/index.ts";
import { configFor, keeperOn, nextSecond, rpc, stack } from "../keeper/helpers.ts";
import { createLitFaults, type LitFaultKind, QUICK_LIT_KINDS, SLOW_LIT_KINDS } from "./lit-faults.ts";
import { memorySample, type MemorySample } from "./memory.ts";
import { expectedMessageFaultKinds, MESSAGE_COVERAGE_ROUNDS, type MessageCampaign, type MessageTotals, startMessageCampaign } from "./messages.ts";
import { type MessengerCampaignResult, runMessengerInvariants } from "./messenger-invariants.ts";
import { runReceiverInvariants, type ReceiverCampaignResult } from "./receiver-invariants.ts";
import { createRng, type Rng } from "./rng.ts";
import { startRpcProxy, type RpcProxy, type RpcProxyMode } from "./rpc-proxy.ts";

/** A landed answer further than this from the reference price is a wrong answer, bps (venues sit within ±3 bps). */
export const WRONG_ANSWER_BPS = 30;
/** Smallest and largest per-round price move, fraction (the embedded deviation threshold is 0.1 %). */
const MOVE_MIN = 0.003;
const MOVE_MAX = 0.02;
/** A source slower than the action's 5 s source timeout, ms. */
const SLOW_SOURCE_MS = 6_000;
/** Base fee of a gas spike, gwei (the keeper's default cap is 500). */
const SPIKE_BASE_FEE_GWEI = 900n;
/** Base fee restored after a spike, gwei. */
const CALM_BASE_FEE_GWEI = 1n;
/** Rounds between memory samples. */
const MEMORY_EVERY_ROUNDS = 5;

/**
 * Sources of every embedded feed (EMBEDDED_SOURCES); at most two of five are faulted at once (a minority).
 * KuCoin (USDT-quoted) needs a USDT/USD rate feed in the manifest now, so its HTTP-200 `data: null` answer
 * is not injected here yet.
 */
const SOURCES = ["coinbase", "kraken", "bitstamp", "gemini", "bitfinex"] as const;
const FEEDS = ["BTC/USD", "ETH/USD", "SOL/USD"] as const;
const ASSET_OF: Record<(typeof FEEDS)[number], "BTC" | "ETH" | "SOL"> = { "BTC/USD": "BTC", "ETH/USD": "ETH", "SOL/USD": "SOL" };
const BASE_PRICE = { BTC: 67_000, ETH: 3_500, SOL: 150 } as const;
const DECIMALS = 8;

export type Layer = "sources" | "lit" | "chains" | "contracts" | "messages";

export type CampaignParameters = {
  /** Rounds at least (and never fewer than the coverage schedule's, coverageRounds()). */
  rounds: number;
  /** Keep going (a soak) until this much wall time has passed, ms (0: rounds only). */
  soakMs: number;
  /** Steps of each contract's stateful invariant campaign (the receiver's and the messenger's). */
  contractSteps: number;
  /** Allow faults that cost seconds each (slow source, crashed or too-slow node, hanging RPC). */
  slowFaults: boolean;
  /** After the run, mine the soak's transaction count on one EDR chain alone in a child process (the chain's share of the memory growth). */
  chainProbe?: boolean;
  seed: number;
  log?: (line: string) => void;
};

export type CampaignResult = {
  seed: number;
  rounds: number;
  recoveryRounds: number;
  racedRounds: number;
  racedBothLanded: number;
  updatesLanded: number;
  updatesReorgedAway: number;
  wrong: number;
  lost: number;
  duplicated: number;
  faults: Record<string, number>;
  faultsByLayer: Record<Layer, number>;
  failuresByReason: Record<string, number>;
  problems: string[];
  receiver: ReceiverCampaignResult;
  messenger: MessengerCampaignResult;
  messages: MessageTotals;
  rss: { startMb: number; endMb: number; maxMb: number; samples: number[] };
  heap: { startMb: number; endMb: number };
  /** Memory over the run (after a forced GC, every MEMORY_EVERY_ROUNDS rounds and at the end), with the chains' heights and the keepers' own state. */
  memory: MemoryPoint[];
  /** The chain simulator alone (test/long/edr-memory.ts in a child process), mining the soak's transaction count (a block each); undefined when it was not run. */
  chainAlone?: { blocks: number; samples: Array<MemorySample & { blocks: number }>; arenas2: Array<MemorySample & { blocks: number }> };
  /** Samples while the run is taken apart (after the last one in `memory`): what each piece gave back. */
  teardown: Array<MemorySample & { step: string }>;
  /** Per fault kind, the outcomes of the rounds it was injected in. */
  outcomesByKind: Record<string, KindOutcome>;
  /** Slow faults that timed out as required (Lit attempts), by kind. */
  slowTimeouts: Record<string, number>;
  /** Kinds the run had to inject (expectedFaultKinds) and did not: each one fails the run. */
  missingKinds: string[];
  slowFaults: boolean;
  wallSeconds: number;
};

/** One memory sample of the campaign process. */
export type MemoryPoint = MemorySample & {
  round: number;
  minutes: number;
  /** Block height of each chain. */
  blocks: number[];
  /** Transactions mined on each chain so far (the chain simulator's memory grows with these, not with empty blocks). */
  txs: number[];
  /** Bytes on disk of the keepers' and relayers' SQLite databases (their rows: rounds, transactions, messages). */
  storeKb: number;
  /** Prometheus series of keeper A (label cardinality). */
  metricSeries: number;
};

type ChainKind = "rpc-down" | "rpc-503-failover" | "rpc-error-failover" | "rpc-hang-failover" | "lying-rpc" | "gas-spike" | "nonce-gap" | "dropped-tx" | "stuck-tx" | "reorg";
type Source = (typeof SOURCES)[number];

export type Plan = {
  sources: Array<{ source: Source; fault: SourceFault; label: string }>;
  lit?: LitFaultKind;
  chain?: { index: number; kind: ChainKind };
  race: boolean;
};

/** Per fault kind (`layer/kind`), what the rounds it was injected in did, (feed, chain) outcomes summed over the keepers. */
export type KindOutcome = { rounds: number; updated: number; skipped: number; failed: Record<string, number>; recovered: number };

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * One source fault kind. `venue`: "kraken" for Kraken's own HTTP-200 error answers, "not-kraken" for the
 * 429 / 503 answers the other venues give (Kraken says the same with HTTP 200).
 */
type SourceKind = { label: string; make: (rng: Rng) => SourceFault; venue?: "kraken" | "not-kraken"; slow?: true; excluded: boolean };
/** Every source fault kind; `excluded`: the venue's answer is unusable, so no landed answer may have used it. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  { label: "down-503", make: () => ({ kind: "down" }), excluded: true },
  { label: "down-reset", make: () => ({ kind: "down", mode: "reset" }), excluded: true },
  { label: "garbage-html", make: () => ({ kind: "garbage" }), excluded: true },
  { label: "garbage-json", make: () => ({ kind: "garbage", variant: "json" }), excluded: true },
  { label: "stale", make: (rng) => ({ kind: "stale", ageSeconds: rng.int(600, 7_200) }), excluded: false },
  { label: "venue-error-body", make: () => ({ kind: "error" }), excluded: true },
  { label: "outlier", make: (rng) => ({ kind: "outlier", factor: rng.pick([0.9, 0.95, 1.05, 1.2, 3]) }), excluded: false },
  { label: "frozen-book", make: () => ({ kind: "frozen" }), excluded: false },
  { label: "rate-limit", make: () => ({ kind: "rate-limit" }), venue: "not-kraken", excluded: true },
  { label: "maintenance", make: () => ({ kind: "maintenance" }), venue: "not-kraken", excluded: true },
  { label: "rate-limit-http-200", make: () => ({ kind: "rate-limit" }), venue: "kraken", excluded: true },
  { label: "maintenance-http-200", make: () => ({ kind: "maintenance" }), venue: "kraken", excluded: true },
  { label: "slow-past-timeout", make: () => ({ kind: "slow", delayMs: SLOW_SOURCE_MS }), slow: true, excluded: true },
];
const EXCLUDED_SOURCE_LABELS = new Set(SOURCE_KINDS.filter((k) => k.excluded).map((k) => k.label));
/** The random draw's kinds (the venue decides the HTTP-200 variants). */
const DRAWN_SOURCE_KINDS = SOURCE_KINDS.filter((k) => k.venue !== "kraken" && !k.slow);
const SLOW_SOURCE_KIND = SOURCE_KINDS.find((k) => k.slow)!;

const litKinds = (slowFaults: boolean): LitFaultKind[] => [...QUICK_LIT_KINDS, ...(slowFaults ? SLOW_LIT_KINDS : [])];
const QUICK_CHAIN_KINDS: ChainKind[] = ["rpc-down", "rpc-503-failover", "rpc-error-failover", "lying-rpc", "gas-spike", "nonce-gap", "dropped-tx", "stuck-tx", "reorg"];
const chainKinds = (slowFaults: boolean): ChainKind[] => [...QUICK_CHAIN_KINDS, ...(slowFaults ? (["rpc-hang-failover"] as const) : [])];
const TX_FAULTS: readonly ChainKind[] = ["dropped-tx", "stuck-tx", "reorg"];

/**
 * The coverage schedule of the source faults: every kind once, at most two venues faulted per round
 * (a minority of five), the coordinated minority (two venues on one wrong price) in a round of its own.
 */
function sourceCoverage(slowFaults: boolean): Array<Array<SourceKind | "coordinated-minority">> {
  const singles = SOURCE_KINDS.filter((k) => slowFaults || !k.slow);
  const rounds: Array<Array<SourceKind | "coordinated-minority">> = [];
  let current: SourceKind[] = [];
  for (const k of singles) {
    const bothKraken = current.length === 1 && current[0]!.venue === "kraken" && k.venue === "kraken";
    if (current.length === 2 || bothKraken) {
      rounds.push(current);
      current = [];
    }
    current.push(k);
  }
  if (current.length > 0) rounds.push(current);
  rounds.splice(Math.min(3, rounds.length), 0, ["coordinated-minority"]);
  return rounds;
}

/** Rounds at the start that walk through every source, Lit and chain fault kind once (and a race), so every run covers them all. */
export function coverageRounds(slowFaults: boolean): number {
  return Math.max(sourceCoverage(slowFaults).length, litKinds(slowFaults).length, chainKinds(slowFaults).length);
}
/** The fast subset's coverage (no slow faults). */
export const COVERAGE_ROUNDS = coverageRounds(false);

/** Every `layer/kind` a run must inject at least once (its coverage rounds guarantee it); a kind at 0 fails the run. */
export function expectedFaultKinds(slowFaults: boolean): string[] {
  return [
    ...SOURCE_KINDS.filter((k) => slowFaults || !k.slow).map((k) => `sources/${k.label}`),
    "sources/coordinated-minority",
    ...litKinds(slowFaults).map((k) => `lit/${k}`),
    ...chainKinds(slowFaults).map((k) => `chains/${k}`),
    "chains/second-keeper-racing",
    ...expectedMessageFaultKinds(slowFaults),
  ];
}

function pickVenue(rng: Rng, kind: SourceKind, taken: readonly Source[]): Source {
  if (kind.venue === "kraken") return "kraken";
  // Kraken is left for its own HTTP-200 kinds in a coverage round (the random rounds draw it like any venue).
  return rng.pick(SOURCES.filter((s) => !taken.includes(s) && s !== "kraken"));
}

/** The `layer/kind` keys a round's plan injects (the feed phase). */
export function planKinds(plan: Plan): string[] {
  return [
    ...new Set([
      ...plan.sources.map((f) => `sources/${f.label}`),
      ...(plan.lit ? [`lit/${plan.lit}`] : []),
      ...(plan.chain ? [`chains/${plan.chain.kind}`] : []),
      ...(plan.race ? ["chains/second-keeper-racing"] : []),
    ]),
  ];
}

export function planRound(rng: Rng, slowFaults: boolean, round: number): Plan {
  const plan: Plan = { sources: [], race: false };
  const coverage = round <= coverageRounds(slowFaults);
  const scheduled = coverage ? sourceCoverage(slowFaults)[round - 1] : undefined;
  const coordinated = () => {
    // A coordinated minority: two venues agree on the same wrong price.
    const factor = rng.pick([0.97, 1.03, 1.1]);
    for (const source of rng.sample(SOURCES, 2)) plan.sources.push({ source, fault: { kind: "outlier", factor }, label: "coordinated-minority" });
  };
  if (scheduled) {
    if (scheduled[0] === "coordinated-minority") coordinated();
    else {
      const kinds = scheduled as SourceKind[];
      // Kraken-only kinds first, so the others take the remaining venues.
      for (const k of [...kinds].sort((x, y) => (x.venue === "kraken" ? -1 : 0) - (y.venue === "kraken" ? -1 : 0))) {
        const source = pickVenue(
          rng,
          k,
          plan.sources.map((p) => p.source),
        );
        plan.sources.push({ source, fault: k.make(rng), label: k.label });
      }
    }
  } else if (!coverage) {
    const kinds = [...DRAWN_SOURCE_KINDS, ...(slowFaults && rng.chance(0.15) ? [SLOW_SOURCE_KIND] : [])];
    if (rng.chance(0.2)) coordinated();
    else {
      for (const source of rng.sample(SOURCES, rng.int(0, 2))) {
        const k = rng.pick(kinds);
        // Kraken says "rate limited" and "in maintenance" with HTTP 200 and its own error body; the others with 429 / 503.
        const http200 = source === "kraken" && (k.label === "rate-limit" || k.label === "maintenance");
        plan.sources.push({ source, fault: k.make(rng), label: http200 ? `${k.label}-http-200` : k.label });
      }
    }
  }
  if (coverage) {
    const lit = litKinds(slowFaults);
    const chains = chainKinds(slowFaults);
    plan.lit = lit[(round - 1) % lit.length];
    plan.chain = { index: round % 2, kind: chains[(round - 1) % chains.length]! };
    // One coverage round races a second keeper (round 2: an RPC that fails over, no transaction fault).
    plan.race = round === 2 && !TX_FAULTS.includes(plan.chain.kind);
    return plan;
  }
  if (rng.chance(0.45)) {
    const choices: LitFaultKind[] = [...QUICK_LIT_KINDS];
    if (slowFaults && rng.chance(0.25)) choices.push(...SLOW_LIT_KINDS);
    plan.lit = rng.pick(choices);
  }
  if (rng.chance(0.45)) {
    const choices = [...QUICK_CHAIN_KINDS];
    if (slowFaults && rng.chance(0.1)) choices.push("rpc-hang-failover");
    plan.chain = { index: rng.int(0, 1), kind: rng.pick(choices) };
  }
  const txFault = plan.chain && TX_FAULTS.includes(plan.chain.kind);
  plan.race = !txFault && rng.chance(0.2);
  return plan;
}

/** Bytes of the files in `dir` (a SQLite database and its WAL). */
export function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Runs test/long/edr-memory.ts in a child process (its own heap and malloc): one EDR chain, `blocks` blocks with a transfer each. */
async function probeChainAlone(blocks: number, env: Record<string, string> = {}): Promise<Array<MemorySample & { blocks: number }>> {
  const script = join(import.meta.dirname, "edr-memory.ts");
  const every = Math.max(1, Math.round(blocks / 24));
  const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", script, "--blocks", String(blocks), "--every", String(every)], {
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  return (JSON.parse(stdout.trim().split("\n").at(-1)!) as { samples: Array<MemorySample & { blocks: number }> }).samples;
}

export async function runCampaign(params: CampaignParameters): Promise<CampaignResult> {
  const started = Date.now();
  const log = params.log ?? (() => {});
  const rng = createRng(params.seed);
  const faults: Record<string, number> = {};
  const count = (layer: Layer, kind: string, n = 1) => void (faults[`${layer}/${kind}`] = (faults[`${layer}/${kind}`] ?? 0) + n);
  const problems: string[] = [];
  const failuresByReason: Record<string, number> = {};
  let wrong = 0;
  let lost = 0;
  let duplicated = 0;
  let updatesLanded = 0;
  let updatesReorgedAway = 0;
  let rounds = 0;
  let recoveryRounds = 0;
  let racedRounds = 0;
  /** Pairs where both racing keepers landed their own report, the second strictly newer (not a duplicate). */
  let racedBothLanded = 0;

  // Contracts first: the receiver's stateful invariants on their own chain.
  log(`contracts: ${params.contractSteps} stateful steps against the receiver`);
  const receiver = await runReceiverInvariants({ steps: params.contractSteps, rng: createRng(params.seed ^ 0x5eed) });
  count("contracts", "hostile-submissions", receiver.faults);
  wrong += receiver.violations.length;
  problems.push(...receiver.violations.slice(0, 20));
  log(`contracts: ${params.contractSteps} stateful steps against the messenger`);
  const messenger = await runMessengerInvariants({ steps: params.contractSteps, rng: createRng(params.seed ^ 0x3e55) });
  count("contracts", "messenger-hostile-deliveries", messenger.faults);
  const messengerWrong = messenger.violations.length;
  problems.push(...messenger.violations.slice(0, 20));

  const proxies: RpcProxy[] = [];
  let s: EmbeddedStack | undefined;
  const keepers: Keeper[] = [];
  let messages: MessageCampaign | undefined;
  let messageTotals: MessageTotals | undefined;
  const points: MemoryPoint[] = [];
  const teardown: CampaignResult["teardown"] = [];
  const outcomesByKind: Record<string, KindOutcome> = {};
  const dbDir = mkdtempSync(join(tmpdir(), "campaign-keepers-"));
  const litTimedOut: Record<string, number>[] = [];
  try {
    s = await stack();
    const stackRef = s;
    for (const chain of s.chains) proxies.push(await startRpcProxy(chain.rpcUrl));

    // Keeper A: every chain behind a fault proxy, then the real URL (the failover path).
    const configA = await configFor(s, (c) => ({
      ...c,
      keeper: { ...c.keeper, id: "campaign-a", database: join(dbDir, "keeper-a.sqlite") },
      chains: c.chains.map((chain, i) => ({ ...chain, rpcUrls: [proxies[i]!.url, ...chain.rpcUrls] })),
    }));
    const litFaults = await createLitFaults(s.lit, s.runtime);
    litTimedOut.push(litFaults.timedOut);
    const faultyLit = litFaults.runtime;
    type TxFault = { chainId: number; kind: "dropped-tx" | "stuck-tx"; broadcasts: number };
    let currentTxFault: TxFault | undefined;
    const onBroadcast = (tx: StoredTx) => {
      const f = currentTxFault;
      if (!f || f.chainId !== tx.chainId) return;
      const index = stackRef.chains.findIndex((c) => c.chainId === tx.chainId);
      f.broadcasts++;
      if (f.broadcasts === 1) {
        if (f.kind === "dropped-tx") void rpc(stackRef, index, "hardhat_dropTransaction", [tx.hash]);
        // stuck: left in the mempool, never mined, until the keeper replaces it
      } else void rpc(stackRef, index, "evm_mine");
    };
    const a = keeperOn(s, configA, { logger: silentLogger(), lit: faultyLit, onBroadcast });
    keepers.push(a);
    const configB = await configFor(s, (c) => ({ ...c, keeper: { ...c.keeper, id: "campaign-b", database: join(dbDir, "keeper-b.sqlite") } }));
    const b = keeperOn(s, configB, { logger: silentLogger(), secrets: { privateKey: s.accounts[5]!.privateKey, litApiKey: undefined } });
    keepers.push(b);
    await a.start({ schedule: false });
    await b.start({ schedule: false });
    const keeperAccount = privateKeyToAccount(s.secrets.privateKey);
    messages = await startMessageCampaign(s, { rng: createRng(params.seed ^ 0x4d53), slowFaults: params.slowFaults, count, log });
    litTimedOut.push(messages.litTimedOut);
    const messagesRef = messages;
    // Transactions mined per chain, counted block by block up to the last sampled height (a reorg's blocks stay counted: they ran).
    const counted = stackRef.chains.map(() => ({ height: 0, txs: 0 }));
    const sample = async (round: number): Promise<MemoryPoint> => {
      const blocks = await Promise.all(stackRef.chains.map(async (_, i) => Number(BigInt((await rpc(stackRef, i, "eth_blockNumber")) as string))));
      for (const [i, height] of blocks.entries()) {
        const c = counted[i]!;
        for (let b = Math.min(c.height, height) + 1; b <= height; b++) c.txs += Number(BigInt((await rpc(stackRef, i, "eth_getBlockTransactionCountByNumber", [`0x${b.toString(16)}`])) as string));
        c.height = height;
      }
      const txs = counted.map((c) => c.txs);
      const series = (await a.metrics.registry.getMetricsAsJSON()).reduce((n, m) => n + ((m as { values?: unknown[] }).values?.length ?? 0), 0);
      const point = { round, minutes: Math.round((Date.now() - started) / 600) / 100, blocks, txs, storeKb: Math.round((dirBytes(dbDir) + messagesRef.storeBytes()) / 1024), metricSeries: series, ...memorySample() };
      points.push(point);
      return point;
    };
    let messageRounds = 0;

    const pairs = FEEDS.flatMap((feed) => s!.chains.map((chain, index) => ({ feed, index, chainName: `local-${chain.chainId}`, id: feedIdOf(feed) })));
    const readers = s.chains.map((chain) => createPublicClient({ transport: custom(chain.provider) }) as PublicClient);
    const readPair = (p: (typeof pairs)[number]) => readFeedState(readers[p.index]!, stackRef.deployments[p.index]!, p.id);
    const offBps = (answer: bigint, feed: (typeof FEEDS)[number]) => {
      const ref = stackRef.sim.price(ASSET_OF[feed]);
      return (Math.abs(Number(answer) / 10 ** DECIMALS - ref) / ref) * 10_000;
    };
    const prices: Record<keyof typeof BASE_PRICE, number> = { ...BASE_PRICE };
    const movePrices = () => {
      for (const asset of ["BTC", "ETH", "SOL"] as const) {
        const step = (MOVE_MIN + rng.next() * (MOVE_MAX - MOVE_MIN)) * (rng.chance(0.5) ? 1 : -1);
        // Mean-reverting: stay within ±10 % of the base price.
        const next = prices[asset] * (1 + (prices[asset] > BASE_PRICE[asset] * 1.08 ? -Math.abs(step) : prices[asset] < BASE_PRICE[asset] * 0.92 ? Math.abs(step) : step));
        prices[asset] = next;
        stackRef.sim.setPrice(asset, next);
      }
    };

    /** Checks one finished round against the chains; returns the pairs that do not carry the current price. */
    const check = async (label: string, before: Map<string, bigint>, results: RoundResult[], reorged: number | undefined): Promise<string[]> => {
      const outcomes: FeedChainOutcome[] = results.flatMap((r) => r.outcomes);
      for (const o of outcomes) if (o.outcome === "failed") failuresByReason[o.reason] = (failuresByReason[o.reason] ?? 0) + 1;
      const behind: string[] = [];
      for (const p of pairs) {
        const key = `${p.feed}@${p.chainName}`;
        const state = await readPair(p);
        const mine = outcomes.filter((o) => o.feed === p.feed && o.chain === p.chainName);
        const updated = mine.filter((o) => o.outcome === "updated");
        const delta = state.roundId - before.get(key)!;
        if (reorged === p.index) {
          updatesReorgedAway += updated.length;
        } else {
          if (delta > BigInt(updated.length)) {
            duplicated += Number(delta) - updated.length;
            problems.push(`${label}: ${key} moved ${delta} rounds, keepers report ${updated.length} updates`);
          }
          if (delta < BigInt(updated.length)) {
            lost += updated.length - Number(delta);
            problems.push(`${label}: ${key} keepers report ${updated.length} updates, the chain has ${delta}`);
          }
          updatesLanded += Number(delta > 0n ? delta : 0n);
          if (updated.length > 1) {
            // Two racing keepers may both land, each its own signed report: the receiver takes the second only if it is
            // strictly newer. The same report landing twice (equal observedAt) would be a duplicate.
            const times = results.filter((r) => r.outcomes.some((o) => o.feed === p.feed && o.chain === p.chainName && o.outcome === "updated")).map((r) => r.observedAt);
            if (new Set(times).size < updated.length) {
              duplicated += updated.length - new Set(times).size;
              problems.push(`${label}: ${key} landed the report of ${times.join(", ")} ${updated.length} times in one round`);
            } else racedBothLanded += updated.length - 1;
          }
          for (const o of updated) {
            if (o.answer !== null && BigInt(o.answer) !== state.answer && updated.length === 1) {
              wrong++;
              problems.push(`${label}: ${key} keeper landed ${o.answer}, chain has ${state.answer}`);
            }
          }
          if (delta > 0n && offBps(state.answer, p.feed) > WRONG_ANSWER_BPS) {
            wrong++;
            problems.push(`${label}: ${key} landed ${state.answer} (${offBps(state.answer, p.feed).toFixed(1)} bps off the reference)`);
          }
        }
        before.set(key, state.roundId);
        if (offBps(state.answer, p.feed) > WRONG_ANSWER_BPS) behind.push(key);
      }
      return behind;
    };

    const roundIds = new Map<string, bigint>();
    for (const p of pairs) roundIds.set(`${p.feed}@${p.chainName}`, (await readPair(p)).roundId);
    // Warm-up: the first round lands the initial answers (not counted as a campaign round).
    movePrices();
    await nextSecond();
    await check("warm-up", roundIds, [await a.runRoundNow()], undefined);
    const first = await sample(0);
    log(`stack up; RSS ${first.rssMb} MB; ${params.rounds} rounds${params.soakMs ? `, soak ${Math.round(params.soakMs / 60_000)} min` : ""}`);
    const coverage = coverageRounds(params.slowFaults);
    const messageRoundsWhileCovering = Math.ceil(MESSAGE_COVERAGE_ROUNDS / coverage);

    const soakUntil = Date.now() + params.soakMs; // the soak is the stack's time, after the receiver campaign
    // At least the coverage schedule, whatever --rounds says: every run injects every kind.
    while (rounds < Math.max(params.rounds, coverage) || Date.now() < soakUntil) {
      rounds++;
      const plan = planRound(rng, params.slowFaults, rounds);
      movePrices();
      // ---- inject
      for (const f of plan.sources) {
        s.sim.inject(f.source, f.fault);
        count("sources", f.label);
      }
      if (plan.lit) {
        count("lit", plan.lit);
        litFaults.inject(plan.lit, rng);
      }
      let snapshot: string | undefined;
      let reorged: number | undefined;
      if (plan.chain) {
        const { index, kind } = plan.chain;
        count("chains", kind);
        const proxyMode: Partial<Record<typeof kind, RpcProxyMode>> = { "rpc-503-failover": "http-503", "rpc-error-failover": "rpc-error", "rpc-hang-failover": "hang", "lying-rpc": "lie-empty-call" };
        if (proxyMode[kind]) proxies[index]!.mode = proxyMode[kind]!;
        if (kind === "rpc-down") await s.chains[index]!.stopServer();
        if (kind === "gas-spike") {
          await rpc(s, index, "hardhat_setNextBlockBaseFeePerGas", [`0x${parseGwei(String(SPIKE_BASE_FEE_GWEI)).toString(16)}`]);
          await rpc(s, index, "evm_mine");
        }
        if (kind === "nonce-gap") {
          // Someone else spends the keeper's nonce (an operator's manual tx, another process with the key).
          const wallet = createWalletClient({ account: keeperAccount, transport: http(s.chains[index]!.rpcUrl) });
          await wallet.sendTransaction({ to: keeperAccount.address, value: 0n, chain: null });
        }
        if (kind === "dropped-tx" || kind === "stuck-tx") {
          await rpc(s, index, "evm_setAutomine", [false]);
          currentTxFault = { chainId: s.chains[index]!.chainId, kind, broadcasts: 0 };
        }
        if (kind === "reorg") snapshot = (await rpc(s, index, "evm_snapshot")) as string;
      }
      // ---- run
      await nextSecond();
      let results: RoundResult[];
      try {
        if (plan.race) {
          racedRounds++;
          count("chains", "second-keeper-racing");
          results = await Promise.all([a.runRoundNow(), b.runRoundNow()]);
        } else results = [await a.runRoundNow()];
      } finally {
        // ---- clear
        for (const f of plan.sources) s.sim.inject(f.source, null);
        litFaults.clear();
        for (const proxy of proxies) proxy.mode = "pass";
        for (const chain of s.chains) await chain.startServer();
        if (plan.chain?.kind === "gas-spike") {
          await rpc(s, plan.chain.index, "hardhat_setNextBlockBaseFeePerGas", [`0x${parseGwei(String(CALM_BASE_FEE_GWEI)).toString(16)}`]);
          await rpc(s, plan.chain.index, "evm_mine");
        }
        if (plan.chain?.kind === "dropped-tx" || plan.chain?.kind === "stuck-tx") {
          await rpc(s, plan.chain.index, "evm_mine");
          await rpc(s, plan.chain.index, "evm_setAutomine", [true]);
        }
        currentTxFault = undefined;
      }
      if (snapshot !== undefined && plan.chain) {
        // The landed update is reorganised away: the chain returns to its state before the round.
        await rpc(s, plan.chain.index, "evm_revert", [snapshot]);
        reorged = plan.chain.index;
      }
      const label = `round ${rounds}`;
      let behind = await check(label, roundIds, results, reorged);
      if (reorged !== undefined) {
        for (const p of pairs.filter((q) => q.index === reorged)) roundIds.set(`${p.feed}@${p.chainName}`, (await readPair(p)).roundId);
      }
      // What the round's faults did: per kind, the (feed, chain) outcomes; an unusable source's answer never lands.
      const outcomes = results.flatMap((r) => r.outcomes);
      for (const key of planKinds(plan)) {
        const t = (outcomesByKind[key] ??= { rounds: 0, updated: 0, skipped: 0, failed: {}, recovered: 0 });
        t.rounds++;
        if (behind.length > 0) t.recovered++;
        for (const o of outcomes) {
          if (o.outcome === "updated") t.updated++;
          else if (o.outcome === "failed") t.failed[o.reason] = (t.failed[o.reason] ?? 0) + 1;
          else t.skipped++;
        }
      }
      for (const f of plan.sources.filter((x) => EXCLUDED_SOURCE_LABELS.has(x.label))) {
        for (const o of outcomes.filter((x) => x.outcome === "updated" && x.sources.includes(f.source))) {
          wrong++;
          problems.push(`${label}: ${o.feed}@${o.chain} landed with ${f.source}'s answer, which was ${f.label}`);
        }
      }
      if (behind.length > 0) {
        // A fault-free round must bring every pair to the current price.
        recoveryRounds++;
        await nextSecond();
        behind = await check(`${label} recovery`, roundIds, [await a.runRoundNow()], undefined);
        if (behind.length > 0) {
          lost += behind.length;
          problems.push(`${label}: after a fault-free recovery round still behind: ${behind.join(", ")} (plan ${JSON.stringify(plan)})`);
        }
      }
      // ---- messages: the relay loop through its own faults, on the same chains and Lit network
      for (let i = 0; i < (messageRounds < MESSAGE_COVERAGE_ROUNDS ? messageRoundsWhileCovering : 1); i++) await messages.round(++messageRounds);
      if (rounds % MEMORY_EVERY_ROUNDS === 0) {
        const m = await sample(rounds);
        log(`round ${rounds}: landed ${updatesLanded}, wrong ${wrong}, lost ${lost}, duplicated ${duplicated}; RSS ${m.rssMb} MB (anon ${m.anonMb}), heap ${m.heapMb} MB, blocks ${m.blocks.join("/")}`);
      }
    }
    messageTotals = await messages.finish();
    problems.push(...messageTotals.problems.slice(0, 50));
    problems.push(...litFaults.problems, ...messages.litProblems);
    wrong += litFaults.problems.length;
    await sample(rounds);
  } finally {
    // Taking the run apart piece by piece, with a sample after each: what each piece gave back.
    const ran = points.length > 0;
    await messages?.close().catch(() => {});
    for (const k of keepers) await k.stop().catch(() => {});
    for (const p of proxies) await p.close().catch(() => {});
    if (ran) teardown.push({ step: "keepers, relayers, their stores and the RPC proxies closed", ...memorySample() });
    for (const c of s?.chains ?? []) await c.close().catch(() => {});
    if (ran) teardown.push({ step: "the two EDR chains closed", ...memorySample() });
    await s?.close();
    if (ran) teardown.push({ step: "the Lit network, the market simulator and the rest closed", ...memorySample() });
    rmSync(dbDir, { recursive: true, force: true });
  }
  const start = points[0]!;
  const end = points.at(-1)!;
  const rssSamples = points.map((p) => p.rssMb);
  const slowTimeouts: Record<string, number> = {};
  for (const t of litTimedOut) for (const [k, n] of Object.entries(t)) slowTimeouts[k] = (slowTimeouts[k] ?? 0) + n;
  const missingKinds = expectedFaultKinds(params.slowFaults).filter((k) => !(faults[k]! > 0));
  // The chain simulator alone, for the soak's blocks: what of the growth is EDR's.
  let chainAlone: CampaignResult["chainAlone"];
  // Up to the busiest chain's count: the report reads each chain's growth off this one curve.
  const soakBlocks = Math.max(...end.txs);
  if (params.chainProbe && soakBlocks > 0) {
    log(`chain alone: mining ${soakBlocks} transactions (a block each) on one EDR chain in a child process`);
    const samples = await probeChainAlone(soakBlocks);
    log("chain alone again with MALLOC_ARENA_MAX=2 (glibc's malloc arenas capped)");
    chainAlone = { blocks: soakBlocks, samples, arenas2: await probeChainAlone(soakBlocks, { MALLOC_ARENA_MAX: "2" }) };
  }
  const faultsByLayer: Record<Layer, number> = { sources: 0, lit: 0, chains: 0, contracts: 0, messages: 0 };
  for (const [key, n] of Object.entries(faults)) faultsByLayer[key.split("/")[0] as Layer] += n;
  return {
    seed: params.seed,
    rounds,
    recoveryRounds,
    racedRounds,
    racedBothLanded,
    updatesLanded,
    updatesReorgedAway,
    wrong,
    lost,
    duplicated,
    faults,
    faultsByLayer,
    failuresByReason,
    problems,
    receiver,
    messenger,
    messages: { ...messageTotals!, wrong: messageTotals!.wrong + messengerWrong },
    rss: { startMb: start.rssMb, endMb: end.rssMb, maxMb: Math.max(...rssSamples), samples: rssSamples },
    heap: { startMb: start.heapMb, endMb: end.heapMb },
    memory: points,
    teardown,
    ...(chainAlone ? { chainAlone } : {}),
    outcomesByKind,
    slowTimeouts,
    missingKinds,
    slowFaults: params.slowFaults,
    wallSeconds: Math.round((Date.now() - started) / 1000),
  };
}

