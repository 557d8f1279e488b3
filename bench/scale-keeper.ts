/**
 * The keeper process of `bench/scale.ts`: the keeper alone (`createKeeper`, its store, its chain
 * clients over loopback HTTP), so that its CPU time and resident set are its own and not the
 * embedded stack's (two EDR chains, the Lit network's parent side and the simulator stay in the
 * bench process). Its Lit runtime forwards `execute` to the parent over IPC (the local Lit network
 * lives there); the result crosses the channel as structured clone, as a Lit node's answer crosses
 * the network.
 *
 * Messages in: {type:"start", config, secrets, action}; {type:"round", feeds?};
 * {type:"executeResult", id, ok, result | error}; {type:"measure"}; {type:"stop"}.
 * Messages out: {type:"started"}; {type:"execute", id, request}; {type:"roundResult", result, cpuMs, warnings};
 * {type:"memory", rssMb, maxRssMb, heapMb}; {type:"stopped"}.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { NonRetryableError, RetryableError } from "../common/errors.ts";
import type { KeeperConfig } from "../keeper/src/config/schema.ts";
import type { Secrets } from "../keeper/src/config/secrets.ts";
import { receiverOps } from "../keeper/src/feeds/receiver-ops.ts";
import { createLogger } from "../keeper/src/internal/logger.ts";
import { createKeeper, type Keeper } from "../keeper/src/keeper.ts";
import type { ExecuteRequest, ExecuteResult, LitRuntime } from "../lit/types.ts";

if (!process.send) throw new Error("usage: fork bench/scale-keeper.ts (with an IPC channel, serialization: advanced)");
const send = (message: unknown) => process.send!(message);

/** A Lit failure as it crosses the channel: its class decides whether the keeper retries. */
export type ExecuteFailure = { name: string; message: string; retryable: boolean };

const pending = new Map<number, { resolve: (r: ExecuteResult) => void; reject: (e: Error) => void }>();
let nextId = 1;
const lit: LitRuntime = {
  kind: "local",
  execute: (request: ExecuteRequest) =>
    new Promise<ExecuteResult>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ type: "execute", id, request });
    }),
};

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

let keeper: Keeper | undefined;
/** The round's warnings and errors (an action's refusals and their reasons, failures), JSON lines. */
let warnings: string[] = [];
/** Warnings kept per round. */
const MAX_WARNINGS = 400;
const logger = createLogger({ level: "warn", pretty: false, destination: { write: (line: string) => void (warnings.length < MAX_WARNINGS && warnings.push(line.trim())) } });

process.on("message", (message: { type: string } & Record<string, unknown>) => {
  void (async () => {
    switch (message.type) {
      case "start": {
        const { config, secrets, action } = message as unknown as { config: KeeperConfig; secrets: Secrets; action: { code: string; cid: string; manifest: string } };
        keeper = createKeeper({ logger, lit, secrets, receiver: receiverOps, action }, config);
        await keeper.start({ schedule: false });
        send({ type: "started" });
        return;
      }
      case "executeResult": {
        const { id, ok, result, error } = message as unknown as { id: number; ok: boolean; result?: ExecuteResult; error?: ExecuteFailure };
        const waiter = pending.get(id);
        pending.delete(id);
        if (!waiter) return;
        if (ok) waiter.resolve(result!);
        else {
          const e = error!.retryable ? new RetryableError(error!.message) : new NonRetryableError(error!.message);
          e.name = error!.name;
          waiter.reject(e);
        }
        return;
      }
      case "round": {
        warnings = [];
        const before = process.cpuUsage();
        const result = await keeper!.runRoundNow(message.feeds as string[] | undefined);
        const cpu = process.cpuUsage(before);
        send({ type: "roundResult", result, cpuMs: (cpu.user + cpu.system) / 1000, warnings });
        return;
      }
      case "measure": {
        collectGarbage();
        const m = process.memoryUsage();
        send({ type: "memory", rssMb: m.rss / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: m.heapUsed / 2 ** 20 });
        return;
      }
      case "stop": {
        await keeper?.stop();
        send({ type: "stopped" });
        process.disconnect();
        process.exitCode = 0;
        setImmediate(() => process.exit());
        return;
      }
    }
  })().catch((error: unknown) => {
    process.stderr.write(`scale keeper: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
});
