/** Renders a campaign result as docs/reliability.md (the file is generated: edit this, not the file). */
import type { CampaignResult, KindOutcome, Layer, MemoryPoint } from "./campaign.ts";
import { expectedFaultKinds, WRONG_ANSWER_BPS } from "./campaign.ts";
import { MESSAGE_DEPTH, MESSAGE_FAULT_NOTES } from "./messages.ts";

const LAYER_TITLES: Record<Layer, string> = {
  sources: "Sources (market simulator, real venue formats)",
  lit: "Lit (local network, five nodes)",
  chains: "Chains (two EDR chains, keeper transactions)",
  contracts: "Contracts (receiver and messenger stateful invariants)",
  messages: "Messages (the keeper's relay loop, chain 0 -> chain 1)",
};

const FAULT_NOTES: Record<string, string> = {
  "sources/down-503": "venue answers 503 with an HTML body",
  "sources/down-reset": "venue resets the connection",
  "sources/garbage-html": "HTTP 200 with an HTML body",
  "sources/garbage-json": "HTTP 200 with JSON of the wrong shape",
  "sources/stale": "venue timestamp 10 min to 2 h old (formats with no timestamp are unaffected)",
  "sources/venue-error-body": "the venue's own error body",
  "sources/outlier": "one venue off by ×0.9 to ×3",
  "sources/coordinated-minority": "two of five venues agree on the same wrong price (×0.97 to ×1.1), counted per venue",
  "sources/slow-past-timeout": "venue answers after 6 s, past the action's 5 s source timeout",
  "sources/frozen-book": "the venue's book stops moving at the fault's start while its timestamps stay fresh",
  "sources/rate-limit": "the venue's own rate-limit answer (HTTP 429)",
  "sources/rate-limit-http-200": "Kraken's rate-limit answer: HTTP 200 with `EGeneral:Too many requests`",
  "sources/maintenance": "the venue's own maintenance answer (HTTP 503)",
  "sources/maintenance-http-200": "Kraken's maintenance answer: HTTP 200 with `EService:Unavailable`",
  "sources/kucoin-null-data": "KuCoin answers the SOL-USDT request with HTTP 200 `{\"code\":\"200000\",\"data\":null}` (its unknown-symbol answer)",
  "lit/offline-one": "one node of five fails the handshake",
  "lit/offline-two": "two nodes of five fail the handshake (three left: the minimum)",
  "lit/slow-node": "one node starts 300 ms late (within the timeout)",
  "lit/lying-node": "one node alters every value it broadcasts",
  "lit/crash-mid-barrier": "a node of the executing set never answers; the others time out at the barrier (3 s for that attempt); the retry lands",
  "lit/slow-node-past-timeout": "a node of the executing set starts 4.5 s late, past that attempt's 3 s timeout: the attempt times out; the retry lands",
  "lit/runtime-unreachable": "the runtime's port is closed (the real Chipotle client's connect error), one attempt",
  "lit/response-over-limit": "the nodes refuse a response over 100 KB (the emulator's real limit), one attempt",
  "lit/relay-offline-one": "relay action: one node of five fails the handshake",
  "lit/relay-offline-two": "relay action: two nodes of five fail the handshake",
  "lit/relay-slow-node": "relay action: one node starts 300 ms late",
  "lit/relay-lying-node": "relay action: one node alters every value it broadcasts (the nodes disagree)",
  "lit/relay-crash-mid-barrier": "relay action: a node never answers; that attempt times out at the barrier",
  "lit/relay-slow-node-past-timeout": "relay action: a node starts 4.5 s late, past that attempt's 3 s timeout",
  "lit/relay-runtime-unreachable": "relay action: the runtime's port is closed, one attempt",
  "lit/relay-response-over-limit": "relay action: the nodes refuse a response over 100 KB, one attempt",
  "chains/rpc-down": "the chain's RPC server stops (every URL of that chain fails); the other chain must still land",
  "chains/rpc-503-failover": "the first RPC URL answers 503; the keeper fails over",
  "chains/rpc-error-failover": "the first RPC URL answers JSON-RPC errors",
  "chains/rpc-hang-failover": "the first RPC URL accepts the request and never answers: each request costs the client's 8 s timeout (twice: one viem retry) until the URL's breaker opens; the keeper fails over to the second URL",
  "chains/lying-rpc": "the first RPC URL answers every eth_call with empty data",
  "chains/gas-spike": "base fee 900 gwei, past the keeper's 500 gwei cap",
  "chains/nonce-gap": "another transaction from the keeper's key lands first",
  "chains/dropped-tx": "the keeper's transaction vanishes from the mempool (replaced with a fee bump)",
  "chains/stuck-tx": "the keeper's transaction is not mined until replaced",
  "chains/reorg": "the block with the landed update is reorganised away (evm_revert); the next round must land again",
  "chains/second-keeper-racing": "a second keeper (own key) runs the same round at the same time",
  "contracts/hostile-submissions": "wrong key, tampered answer, stale, replayed, other chain's domain, too far in the future, mixed batch",
  ...MESSAGE_FAULT_NOTES,
};

/** JS heap growth after the warm-up that still counts as flat, fraction of the warm heap. */
const FLAT_HEAP_GROWTH = 0.1;
/** RSS growth after the warm-up that still counts as flat, fraction of the warm RSS. */
const FLAT_RSS_GROWTH = 0.05;

/** Piecewise-linear RSS (MB) at `x` transactions on a measured curve (clamped at its ends). */
function interpolate(curve: ReadonlyArray<{ blocks: number; rssMb: number }>, x: number): number {
  if (x <= curve[0]!.blocks) return curve[0]!.rssMb;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    if (x <= b.blocks) return a.rssMb + ((b.rssMb - a.rssMb) * (x - a.blocks)) / Math.max(1, b.blocks - a.blocks);
  }
  return curve.at(-1)!.rssMb;
}

/** Least-squares slope of y on x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
const totalBlocks = (p: MemoryPoint) => p.blocks.reduce((a, b) => a + b, 0);
const totalTxs = (p: MemoryPoint) => p.txs.reduce((a, b) => a + b, 0);
const fixed = (n: number, digits = 1) => (Math.round(n * 10 ** digits) / 10 ** digits).toFixed(digits);

/** The warm-up sample: the first one after the coverage rounds' first pass (JIT, Lit node workers, EDR's first transactions, caches). */
function warmPoint(r: CampaignResult): MemoryPoint {
  return r.memory.find((p) => p.round >= 10) ?? r.memory[Math.min(1, r.memory.length - 1)]!;
}

/**
 * Two verdicts: the keepers' memory (their data structures live in the JS heap; the heap after a forced GC
 * must grow less than FLAT_HEAP_GROWTH after the warm-up, the Prometheus series must stay bounded) and the
 * process's RSS (must grow less than FLAT_RSS_GROWTH), with where the growth is (V8, glibc's main arena,
 * other native mmaps) and what closing the chains gives back.
 */
function memorySection(r: CampaignResult): string[] {
  const out: string[] = [];
  const pts = r.memory;
  if (pts.length === 0) return ["No memory samples."];
  const warm = warmPoint(r);
  const end = pts.at(-1)!;
  out.push(
    `Samples after a forced GC (\`--expose-gc\`), every 5 rounds and at the end; anon / file from \`/proc/self/smaps_rollup\` (\`Anonymous\`, and \`Rss\` minus it);`,
    "blocks / txs: the two chains' heights and the transactions mined on them; store: the keepers' and relayers' SQLite files; series: keeper A's Prometheus series. MB unless said.",
    "",
    "anon = V8's heap spaces (resident) + glibc's main arena (`[heap]`) + the rest (mmap'd native memory: per-thread malloc arenas, large allocations, native libraries).",
    "",
    "| round | min | blocks | txs | RSS | anon = V8 + main arena + rest | file | heap used | external | array buffers | store (KB) | series |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  const every = Math.max(1, Math.ceil(pts.length / 24));
  for (const [i, p] of pts.entries()) {
    if (i % every !== 0 && i !== pts.length - 1 && p !== warm) continue;
    out.push(`| ${p.round} | ${fixed(p.minutes)} | ${p.blocks.join(" + ")} | ${p.txs.join(" + ")} | ${p.rssMb} | ${p.anonMb ?? "?"} = ${p.v8Mb ?? "?"} + ${p.mainArenaMb ?? "?"} + ${p.nativeMmapMb ?? "?"} | ${p.fileMb ?? "?"} | ${p.heapMb} | ${p.externalMb} | ${p.arrayBuffersMb} | ${p.storeKb} | ${p.metricSeries} |`);
  }
  const after = pts.filter((p) => p.round >= warm.round);
  const blocks = totalBlocks(end) - totalBlocks(warm);
  const txs = totalTxs(end) - totalTxs(warm);
  const rssGrowth = end.rssMb - warm.rssMb;
  const heapGrowth = end.heapMb - warm.heapMb;
  const stackSlope = slope(after.map(totalTxs), after.map((p) => p.rssMb)) * 1000;
  out.push("");
  out.push(
    `After the warm-up (round ${warm.round}) to the end: RSS ${warm.rssMb} -> ${end.rssMb} MB (${rssGrowth >= 0 ? "+" : ""}${fixed(rssGrowth)} MB; anonymous ${warm.anonMb ?? "?"} -> ${end.anonMb ?? "?"}, ` +
      `file-backed ${warm.fileMb ?? "?"} -> ${end.fileMb ?? "?"}), JS heap ${warm.heapMb} -> ${end.heapMb} MB, external ${warm.externalMb} -> ${end.externalMb} MB, ` +
      `while the chains mined ${blocks.toLocaleString("en-US")} blocks with ${txs.toLocaleString("en-US")} transactions: ${fixed(stackSlope)} MB of RSS per 1,000 transactions (least squares over the samples).`,
  );
  let residual: number | undefined;
  if (r.chainAlone && r.chainAlone.samples.length > 2) {
    const curve = r.chainAlone.samples;
    const a2 = r.chainAlone.arenas2;
    // Each chain's growth from its transaction count at the warm-up sample to the end, read off the chain-alone curve.
    const predicted = warm.txs.reduce((sum, t, i) => sum + (interpolate(curve, end.txs[i]!) - interpolate(curve, t)), 0);
    const predictedArenas = warm.txs.reduce((sum, t, i) => sum + (interpolate(a2, end.txs[i]!) - interpolate(a2, t)), 0);
    residual = rssGrowth - predicted;
    const show = (c: typeof curve) =>
      c
        .filter((_, i) => i % Math.max(1, Math.ceil(c.length / 8)) === 0 || i === c.length - 1)
        .map((x) => `${x.blocks}: ${x.rssMb}`)
        .join(", ");
    out.push(
      "",
      `The chain simulator alone (test/long/edr-memory.ts, a child process: one EDR chain, ${r.chainAlone.blocks.toLocaleString("en-US")} plain transfers, a block each, nothing else; ` +
        `transactions: RSS MB): ${show(curve)}; JS heap ${curve[0]!.heapMb} -> ${curve.at(-1)!.heapMb} MB, anonymous ${curve[0]!.anonMb ?? "?"} -> ${curve.at(-1)!.anonMb ?? "?"} MB. ` +
        `With glibc's malloc arenas capped (\`MALLOC_ARENA_MAX=2\`): ${show(a2)}. ` +
        "EDR keeps every block, transaction, receipt and state change in its process's native memory (an in-memory chain; empty blocks cost about nothing: 3,000 `evm_mine` blocks " +
        "measured by hand moved RSS by under 10 MB, with no trend); its growth with transactions is the curve above, and it is the simulator's, not the keeper's. " +
        `Read off that curve for each chain's transactions (${warm.txs.join(" and ")} at round ${warm.round}, ${end.txs.join(" and ")} at the end), the chains alone grow ${fixed(predicted)} MB ` +
        `(${fixed(predictedArenas)} MB with the arenas capped); the stack grew ${fixed(rssGrowth)} MB, so the chains' transactions alone leave ${fixed(residual)} MB unexplained ` +
        "(the soak's transactions are contract calls with logs and storage writes, heavier than a transfer; and see the requests below).",
    );
  }
  if (r.teardown && r.teardown.length > 0) {
    out.push("", "Taking the run apart, a sample (after a forced GC) after each step, from the last one above:", "", "| step | RSS | anon = V8 + main arena + rest | heap used |", "|---|---|---|---|");
    out.push(`| end of the run (above) | ${end.rssMb} | ${end.anonMb ?? "?"} = ${end.v8Mb ?? "?"} + ${end.mainArenaMb ?? "?"} + ${end.nativeMmapMb ?? "?"} | ${end.heapMb} |`);
    for (const t of r.teardown) out.push(`| ${t.step} | ${t.rssMb} | ${t.anonMb ?? "?"} = ${t.v8Mb} + ${t.mainArenaMb ?? "?"} + ${t.nativeMmapMb ?? "?"} | ${t.heapMb} |`);
    const chains = r.teardown.find((t) => t.step.includes("EDR"));
    const before = r.teardown[0];
    if (chains && before) {
      out.push(
        "",
        `Closing the two chains gave back ${fixed(before.rssMb - chains.rssMb)} MB of RSS (of the ${fixed(rssGrowth)} MB the run grew after its warm-up); ` +
          `closing the keepers, relayers and their stores ${fixed(end.rssMb - before.rssMb)} MB. (glibc keeps part of what is freed inside its arenas, so what comes back is a floor.)`,
      );
    }
  }
  const seriesWarm = warm.metricSeries;
  const seriesEnd = end.metricSeries;
  const heapFlat = heapGrowth / warm.heapMb < FLAT_HEAP_GROWTH;
  const seriesFlat = seriesEnd <= seriesWarm * 1.05 + 5;
  const rssFlat = rssGrowth / warm.rssMb < FLAT_RSS_GROWTH;
  const before = r.teardown?.[0];
  const chains = r.teardown?.find((t) => t.step.includes("EDR"));
  const chainsBack = before && chains ? before.rssMb - chains.rssMb : undefined;
  const grew = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? "?" : `${a} -> ${b}`);
  const delta = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? undefined : b - a);
  const sign = (d: number | undefined) => (d === undefined ? "?" : `${d >= 0 ? "+" : ""}${fixed(d)}`);
  out.push(
    "",
    `The keepers' own state: JS heap after GC ${heapGrowth >= 0 ? "+" : ""}${fixed(heapGrowth)} MB (${fixed((heapGrowth / warm.heapMb) * 100)} %; flat: under ${FLAT_HEAP_GROWTH * 100} %); ` +
      `Prometheus series ${seriesWarm} -> ${seriesEnd} (label cardinality bounded by feeds × chains × reasons); stores ${warm.storeKb} -> ${end.storeKb} KB on disk ` +
      "(rows: rounds and transactions, pruned after keeper/src/store.ts STORE_RETENTION_SECONDS; relay rows per message; SQLite's page cache is bounded), " +
      "the dashboard's history and event log are fixed-size rings (keeper/src/http/live.ts HISTORY_POINTS, EVENT_LOG_SIZE).",
    "",
    `**The keepers' memory flat: ${heapFlat && seriesFlat ? "yes" : "no"}** (the JS heap, where every keeper and relayer data structure lives, ${heapFlat ? "flat" : "grew"}; the series ${seriesFlat ? "bounded" : "grew"}; the stores grow by rows only).`,
    "",
    `**The process's RSS flat: ${rssFlat ? "yes" : "no"}** (${rssGrowth >= 0 ? "+" : ""}${fixed(rssGrowth)} MB after the warm-up, ${fixed((rssGrowth / warm.rssMb) * 100)} % of ${warm.rssMb} MB; flat: under ${FLAT_RSS_GROWTH * 100} %)` +
      (rssFlat
        ? "."
        : `: anonymous ${grew(warm.anonMb, end.anonMb)} MB, of which V8's resident heap spaces ${grew(warm.v8Mb, end.v8Mb)} (${sign(delta(warm.v8Mb, end.v8Mb))}) while the live JS heap stayed ${warm.heapMb} -> ${end.heapMb} MB ` +
          "(V8 keeps pages it has collected: committed, not live; it swings by tens of MB between samples), " +
          `glibc's main arena ${grew(warm.mainArenaMb, end.mainArenaMb)} (${sign(delta(warm.mainArenaMb, end.mainArenaMb))}), the other native mmaps ${grew(warm.nativeMmapMb, end.nativeMmapMb)} (${sign(delta(warm.nativeMmapMb, end.nativeMmapMb))}); ` +
          `external ${warm.externalMb} -> ${end.externalMb} and array buffers ${warm.arrayBuffersMb} -> ${end.arrayBuffersMb} MB. ` +
          (chainsBack === undefined ? "" : `Closing the two EDR chains at the end gave back ${fixed(chainsBack)} MB (${fixed((chainsBack / rssGrowth) * 100, 0)} % of the growth). `) +
          "The in-process chain simulator (Hardhat's EDR, native Rust) grows with the requests it serves, not only with its blocks: measured by hand with " +
          "test/long/edr-rpc-memory.ts (one EDR chain, interval mining, no transactions, a loop of eth_blockNumber, eth_getBlockByNumber, eth_call, eth_getLogs, eth_estimateGas, " +
          "eth_feeHistory), RSS went 229 -> 279 MB over 1.1 million requests in 222 s with the JS heap at 24.2 MB throughout; 3,000 empty blocks and no requests moved it under 10 MB. " +
          "A deployment's chains are remote RPCs, so none of that is in a production keeper's process. " +
          (chainsBack !== undefined && chainsBack >= 0.5 * rssGrowth
            ? "Most of the growth is the chains'."
            : "Closing the chains gave little back because glibc keeps freed memory in its arenas; so the RSS growth of this run is V8's committed-but-unused heap " +
              "and native memory glibc has not returned (EDR's worker threads, node:sqlite and the HTTP stack allocate there), none of it live keeper data; " +
              "a soak of hours, not minutes, is what would tell a plateau from a slow native leak.")),
  );
  return out;
}

function outcomeText(t: KindOutcome | undefined): string {
  if (!t) return "";
  const failed = Object.entries(t.failed)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  return `${t.rounds} rounds: ${t.updated} updated${failed ? `, failed (${failed})` : ""}${t.skipped ? `, ${t.skipped} skipped` : ""}${t.recovered ? `; ${t.recovered} needed the recovery round` : ""}`;
}

export function renderReliability(r: CampaignResult, meta: { command: string; machine: string; date: string }): string {
  const total = Object.values(r.faultsByLayer).reduce((a, b) => a + b, 0);
  const expected = expectedFaultKinds(r.slowFaults);
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(
    "# Reliability: the fault campaign",
    "",
    `<!-- Generated by \`${meta.command}\` (test/long/run.ts). Do not edit by hand: rerun the command. -->`,
    "",
    `Generated ${meta.date} by \`${meta.command}\` on ${meta.machine}; seed ${r.seed}; wall time ${Math.round(r.wallSeconds / 60)} min ${r.wallSeconds % 60} s.`,
    "The machine is shared (up to eight developers' builds and tests beside this run), so times are not performance figures.",
    "",
    "## Verdict",
    "",
    "| figure | value |",
    "|---|---|",
    `| faults injected (all layers) | **${total.toLocaleString("en-US")}** |`,
    `| fault kinds injected / required | ${expected.length - r.missingKinds.length} / ${expected.length}${r.missingKinds.length > 0 ? ` — **run FAILED: never injected: ${r.missingKinds.join(", ")}**` : " (every kind at least once)"} |`,
    `| keeper rounds (faulted) | ${r.rounds} (+ ${r.recoveryRounds} fault-free recovery rounds) |`,
    `| rounds with a second keeper racing | ${r.racedRounds} (in ${r.racedBothLanded} (feed, chain) pairs both keepers landed their own report, the second strictly newer) |`,
    `| updates landed (receiver round counter moves) | ${r.updatesLanded.toLocaleString("en-US")} |`,
    `| updates landed and then reorganised away | ${r.updatesReorgedAway} |`,
    `| receiver steps (stateful invariants) | ${r.receiver.steps} (${r.receiver.accepted} accepted, ${r.receiver.rejected} rejected) |`,
    `| messenger steps (stateful invariants) | ${r.messenger.steps} (${r.messenger.delivered} messages delivered, ${r.messenger.faults} hostile, ${r.messenger.rotations} signer rotations) |`,
    `| messages sent (relay campaign) | ${r.messages.sent} |`,
    `| messages delivered exactly once (handler ran once) | ${r.messages.deliveredOnce} |`,
    `| relay ticks / handler retries | ${r.messages.relayTicks} / ${r.messages.retriedHandlers} |`,
    `| **wrong answers** | **${r.wrong}** |`,
    `| **lost updates** | **${r.lost}** |`,
    `| **duplicated updates** | **${r.duplicated}** |`,
    `| **wrong messages** (ran with another payload, never sent, taken before final, or a messenger invariant broken) | **${r.messages.wrong}** |`,
    `| **lost messages** | **${r.messages.lost}** |`,
    `| **duplicated messages** | **${r.messages.duplicated}** |`,
    `| RSS at start / end / max (MB) | ${r.rss.startMb} / ${r.rss.endMb} / ${r.rss.maxMb} |`,
    `| heap used at start / end (MB, after GC) | ${r.heap.startMb} / ${r.heap.endMb} |`,
    "",
    "## How it is judged",
    "",
    "Every round moves the simulator's reference prices by 0.3 % to 2 % (past the 0.1 % deviation threshold, so every feed is due on",
    "both chains), injects the round's faults, runs the keeper, clears the faults, and then reads the receivers themselves:",
    "",
    `- **wrong**: an answer that landed is more than ${WRONG_ANSWER_BPS} bps from the reference price (venues sit within ±3 bps), or differs`,
    "  from what the keeper says it landed, or it was computed with the answer of a venue whose answer was unusable that round",
    "  (down, garbage, its error body, rate-limited, in maintenance, or slower than the action's source timeout: the action must",
    "  have dropped it), or a slow Lit fault whose attempt did not time out (the fault was not real); for the receiver campaign,",
    "  any step that breaks an invariant;",
    "- **duplicated**: a receiver's round counter moved more often than the keepers report updates for that feed and chain, or",
    "  one signed report (same observedAt) landed twice; two racing keepers that each land their own report, the second strictly",
    "  newer, are two updates (counted in the racing row);",
    "- **lost**: a keeper reports an update the chain does not have, or a (feed, chain) pair still does not carry the current price",
    "  after a fault-free recovery round (run after every round that left a pair behind).",
    "",
    "A fault that makes a round fail on purpose (RPC down, fees over the cap, the runtime gone) may cost that round; it must cost",
    "nothing more. The receiver campaign checks, after every step, that an accepted report was signed by the receiver's `SIGNER`",
    "for this chain and receiver, is strictly newer than the previous one, and is stored exactly; and that every fresh, correctly",
    "signed report is accepted.",
    "",
    "Messages: each round's message phase sends 1 to 4 messages from chain 0 to a PingPong on chain 1, injects one message fault",
    "(sometimes also a Lit or a destination-chain fault), ticks the relay loop (keeper/src/relay/loop.ts, the relay action on the",
    `local Lit network, a manifest with two providers and a ${MESSAGE_DEPTH}-block finality rule) once under the fault, clears it and ticks`,
    "fault-free until every message is delivered or dead-lettered (interval mining is paused, so finality is the blocks the round",
    "mines, not the clock). At the end every PingPong `Pong` event (one per handler run) is counted per message id:",
    "**lost** = a sent message that never ran; **duplicated** = runs beyond the first; **wrong** = a run of an id never sent or",
    "with another counter, a message the relayer took before it was final, or any broken invariant of the messenger campaign",
    "(delivered at most once, only if signed by the current signer in this messenger's domain on an unpaused route, at most",
    "the route's cap per rate window, `routeState` equal to a plain model, every fresh honest message within the cap delivered).",
    "",
    "## Faults injected, by layer",
    "",
  );
  for (const layer of Object.keys(LAYER_TITLES) as Layer[]) {
    push(`### ${LAYER_TITLES[layer]}: ${r.faultsByLayer[layer].toLocaleString("en-US")}`, "");
    const entries = Object.entries(r.faults).filter(([k]) => k.startsWith(`${layer}/`));
    if (layer === "contracts") {
      push("| contract | hostile step | count |", "|---|---|---|");
      for (const [kind, n] of Object.entries(r.receiver.faultsByKind).sort()) push(`| receiver | ${kind} | ${n} |`);
      for (const [kind, n] of Object.entries(r.messenger.faultsByKind).sort()) push(`| messenger | ${kind} | ${n} |`);
      push(
        "",
        `Receiver: ${FAULT_NOTES["contracts/hostile-submissions"] ?? ""}. Messenger: a stranger's key, the previous signer after a`,
        "rotation, a tampered payload, a replay, another messenger's domain, a nonce past the 120-nonce window, a high-s twin of a",
        "good signature, a paused route, a delivery past the route's cap in its rate window, a batch mixing fresh and spent messages.",
        "",
      );
      continue;
    }
    const keys = [...new Set([...entries.map(([k]) => k), ...expected.filter((k) => k.startsWith(`${layer}/`))])].sort();
    const feedPhase = layer !== "messages";
    push(`| fault | count | ${feedPhase ? "the rounds' (feed, chain) outcomes (all keepers) | " : ""}what |`, `|---|---|${feedPhase ? "---|" : ""}---|`);
    for (const key of keys) {
      const n = r.faults[key] ?? 0;
      const kind = key.split("/")[1]!;
      const timeouts = r.slowTimeouts[kind.replace(/^relay-/, "")];
      const slowNote = key.endsWith("crash-mid-barrier") || key.endsWith("slow-node-past-timeout") ? ` (Lit attempts that timed out as required, feed and relay: ${timeouts ?? 0})` : "";
      const countCell = n === 0 ? "**0 — never injected: the run fails**" : String(n);
      push(`| ${kind} | ${countCell} | ${feedPhase ? `${key.includes("/relay-") || key.startsWith("chains/relayer-") ? "relay tick (see the message verdict)" : outcomeText(r.outcomesByKind[key])} | ` : ""}${FAULT_NOTES[key] ?? ""}${slowNote} |`);
    }
    push("");
  }
  push("## Round failures the faults caused (by reason, all keepers)", "", "| reason | (feed, chain) outcomes |", "|---|---|");
  for (const [reason, n] of Object.entries(r.failuresByReason).sort((a, b) => b[1] - a[1])) push(`| ${reason} | ${n} |`);
  push(
    "",
    "## Soak and memory",
    "",
    ...memorySection(r),
    "",
    "The first rounds walk through every source, Lit, chain and message fault kind once (a coverage schedule, the slow ones included in the long run);",
    "after that, faults are drawn at random from the seed. A kind the schedule required and the run never injected fails the run.",
    "Every round has a feed phase and a message phase, so the soak runs both.",
    "The long campaign keeps going until both its round count and its 10-minute soak are reached; the keeper's rounds are driven by",
    "the campaign (one after the other, each on a fresh wall-clock second), not by its cron schedule.",
    "",
    "## Not covered yet",
    "",
    "- Reorgs deeper than the landed block and chains with `confirmations` > 1.",
    "- A source-chain reorg deeper than the messenger's finality rule: outside the trust model (a signature made while the",
    "  message was final stays valid; docs/messenger.md, \"Reorgs\"); test/messenger/relay.test.ts shows it, the campaign does not.",
    "- The relay loop is driven by the campaign (`tick`), not by the keeper's own schedule; the relayer's own RPC (its log scan)",
    "  is honest here; the providers the action reads are the ones that lie.",
    "",
  );
  if (r.problems.length > 0) {
    push("## Problems seen", "");
    for (const p of r.problems.slice(0, 50)) push(`- ${p}`);
    push("");
  }
  return `${lines.join("\n")}\n`;
}
