/**
 * The keeper process of `bench/operator.ts`: `lit-oracle keeper --config <file>`'s own code path
 * (`runKeeperService`, the command's body) with two bench hooks, over IPC from the parent: the
 * schedule's cron ticks (the parent fires them) and a simulated clock offset (the parent also moves
 * the market and the chains by it). Everything else — config file, secrets from the environment,
 * the Chipotle runtime over loopback, the store, the HTTP endpoint — is what an operator runs.
 *
 * Messages: {type:"tick", offsetSeconds} -> {type:"ticked", rounds, updates};
 * {type:"measure"} -> {type:"memory", memory} (after a full GC: `process.memoryUsage()`, V8's new
 * space, /proc/self/smaps_rollup, the thread count, the relay store's counts; see KeeperMemory).
 */
import { readFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
// What `bin/lit-oracle.js keeper` loads before the command runs.
import "../keeper/src/cli-main.ts";
import { runKeeperService } from "../keeper/src/commands/keeper.ts";
import type { Keeper } from "../keeper/src/keeper.ts";
import type { KeeperMemory } from "./operator.ts";

const config = process.argv[2];
// `--load-only`: exit once this module is loaded (the bench runs it first: Node's compile cache then
// holds this file too, beside what `keeper --check` loaded).
if (config === "--load-only") process.exit(0);
if (!config || !process.send) throw new Error("usage: fork keeper-child.ts <config> (with an IPC channel)");

let offset = 0;
let updates = 0;
const ticks: (() => void)[] = [];
let keeper: Keeper | undefined;

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

const MB = 2 ** 20;

// Every garbage collection of the keeper's own (not the bench's forced ones): the cost side of a
// smaller young generation.
const gcs = { count: 0, ms: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (((entry as { detail?: { flags?: number } }).detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
    gcs.count += 1;
    gcs.ms += entry.duration;
  }
}).observe({ entryTypes: ["gc"] });

/** Resident kB of one /proc file's field. */
function procKb(text: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
}

function memory(): Omit<KeeperMemory, "gcCount" | "gcMs" | "cpuMs"> {
  const m = process.memoryUsage();
  const rollup = readFileSync("/proc/self/smaps_rollup", "utf8");
  const status = readFileSync("/proc/self/status", "utf8");
  const spaces = getHeapSpaceStatistics();
  const newSpace = spaces.find((s) => s.space_name === "new_space");
  const relay = { delivered: 0, pending: 0, failed: 0, dead: 0 };
  for (const row of keeper?.relayStore()?.counts() ?? []) {
    if (row.state === "delivered") relay.delivered += row.count;
    else if (row.state === "failed") relay.failed += row.count;
    else if (row.state === "dead") relay.dead += row.count;
    else relay.pending += row.count;
  }
  return {
    rssMb: m.rss / MB,
    heapMb: m.heapUsed / MB,
    heapTotalMb: m.heapTotal / MB,
    externalMb: m.external / MB,
    arrayBuffersMb: m.arrayBuffers / MB,
    newSpaceMb: (newSpace?.space_size ?? 0) / MB,
    spaces: Object.fromEntries(spaces.filter((s) => s.space_size > 0).map((s) => [s.space_name, `${(s.space_used_size / MB).toFixed(1)}/${(s.space_size / MB).toFixed(1)}`])),
    anonMb: procKb(rollup, "Anonymous") / 1024,
    fileMb: (procKb(rollup, "Rss") - procKb(rollup, "Anonymous")) / 1024,
    threads: procKb(status, "Threads"),
    typeStripper: (process as unknown as { moduleLoadList: readonly string[] }).moduleLoadList.some((m) => m.includes("internal/deps/amaro")),
    relay,
  };
}

process.on("message", (message: { type: string; offsetSeconds?: number }) => {
  void (async () => {
    if (message.type === "tick") {
      offset = message.offsetSeconds ?? offset;
      const before = keeper!.rounds();
      for (const tick of ticks) tick();
      while (keeper!.rounds() === before) await new Promise((r) => setTimeout(r, 2));
      process.send!({ type: "ticked", rounds: keeper!.rounds(), updates });
    } else if (message.type === "measure") {
      const cpu = process.cpuUsage();
      const counted = { gcCount: gcs.count, gcMs: gcs.ms, cpuMs: (cpu.user + cpu.system) / 1000 };
      collectGarbage();
      process.send!({ type: "memory", memory: { ...memory(), ...counted } });
    }
  })();
});

await runKeeperService(
  { config },
  {
    now: () => Date.now() / 1000 + offset,
    createCronTask: (_expression, fn) => {
      const task = { running: false };
      ticks.push(() => task.running && fn());
      return { start: () => void (task.running = true), stop: () => void (task.running = false) };
    },
    onRound: (r) => void (updates += r.outcomes.filter((o) => o.outcome === "updated").length),
    onStarted: (k) => {
      keeper = k;
      process.send!({ type: "started" });
    },
  },
);
// As the command does once the service has stopped: the IPC channel (and any closed dependency's
// timer) must not keep a stopped keeper alive.
process.disconnect?.();
setTimeout(() => process.exit(), 200).unref();
