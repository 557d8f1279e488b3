/**
 * The keeper process of `bench/operator.ts`: `lit-oracle keeper --config <file>`'s own code path
 * (`runKeeperService`, the command's body) with two bench hooks, over IPC from the parent: the
 * schedule's cron ticks (the parent fires them) and a simulated clock offset (the parent also moves
 * the market and the chains by it). Everything else — config file, secrets from the environment,
 * the Chipotle runtime over loopback, the store, the HTTP endpoint — is what an operator runs.
 *
 * Messages: {type:"tick", offsetSeconds} -> {type:"ticked", rounds, updates};
 * {type:"measure"} -> {type:"memory", rssMb, heapMb}.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
// What `bin/lit-oracle.js keeper` loads before the command runs.
import "../keeper/src/cli-main.ts";
import { runKeeperService } from "../keeper/src/commands/keeper.ts";
import type { Keeper } from "../keeper/src/keeper.ts";

const config = process.argv[2];
if (!config || !process.send) throw new Error("usage: fork keeper-child.ts <config> (with an IPC channel)");

let offset = 0;
let updates = 0;
const ticks: (() => void)[] = [];
let keeper: Keeper | undefined;

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
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
      collectGarbage();
      const m = process.memoryUsage();
      process.send!({ type: "memory", rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 });
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
