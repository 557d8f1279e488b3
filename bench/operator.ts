/**
 * The keeper process alone (`operator.keeperRssMb`): the embedded stack's chains, market simulator and
 * Lit network run in THIS process, its Chipotle REST face on loopback; the keeper runs in a child
 * process from a config file on the `chipotle` runtime, as `lit-oracle keeper --config` does
 * (`bench/keeper-child.ts`). After 10 simulated minutes (120 ticks of the 5 s schedule, the clock
 * moved for the keeper, the market and both chains alike; see bench/keeper.ts) the child reports its
 * resident set size and its JS heap after a full GC.
 */
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { BenchLog } from "./index.ts";
import { compileAction } from "../actions/build.ts";
import { serveChipotle } from "../lit/chipotle-server.ts";
import { chipotleSetup } from "../keeper/src/commands/chipotle.ts";
import { startEmbeddedStack, type EmbeddedStack } from "../keeper/src/embedded.ts";

/** Simulated operation before the memory is read, seconds. */
export const OPERATOR_SIMULATED_SECONDS = 600;
/** One tick of the embedded schedule, seconds. */
export const OPERATOR_TICK_SECONDS = 5;

type ChildMessage = { type: "started" } | { type: "ticked"; rounds: number; updates: number } | { type: "memory"; rssMb: number; heapMb: number };

async function advance(stack: EmbeddedStack, seconds: number): Promise<void> {
  stack.sim.advance(seconds * 1000);
  for (const chain of stack.chains) await chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const walk = { stepBps: 8, stepMs: 2_000 };
  const stack = await startEmbeddedStack({
    httpPort: 0,
    markets: { BTC: { kind: "random-walk", start: 67_000, ...walk }, ETH: { kind: "random-walk", start: 3_500, ...walk }, SOL: { kind: "random-walk", start: 150, ...walk } },
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } } }),
  });
  const server = await serveChipotle(stack.lit);
  let child: ReturnType<typeof fork> | undefined;
  try {
    // Chipotle's setup for the stack's signer PKP and a Chipotle bundle of the stack's manifest.
    const account = server.newAccount({ name: "bench" });
    server.importWallet(account.api_key, stack.pkp.ethAddress);
    const bundle = await compileAction("price-feed.chipotle", stack.manifest);
    const actionFile = join(stack.stateDir, "price-feed.chipotle.js");
    writeFileSync(actionFile, bundle.code);
    const { result, secrets } = await chipotleSetup({}, { url: server.url, accountKey: account.api_key, actionCode: bundle.code, actionFile, pkp: stack.pkp.ethAddress });
    const configFile = join(stack.stateDir, "operator-keeper.yaml");
    const input = structuredClone(stack.configInput) as Record<string, any>;
    input.keeper = { id: "bench", database: join(stack.stateDir, "operator.sqlite"), http: { host: "127.0.0.1", port: 0 }, log: { level: "warn", pretty: false } };
    input.lit = { ...result.keeperLit, timeoutMs: 120_000 };
    input.chains = input.chains.map((c: Record<string, unknown>) => ({ ...c, pollIntervalMs: 10 }));
    writeFileSync(configFile, stringify(input));

    const proc = fork(new URL("./keeper-child.ts", import.meta.url).pathname, [configFile], {
      env: { ...process.env, KEEPER_PRIVATE_KEY: stack.secrets.privateKey, LIT_API_KEY: secrets.usageKey },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    child = proc;
    const exited = new Promise<never>((_, reject) => proc.once("exit", (code) => reject(new Error(`the keeper process exited (${code})`))));
    const next = <T extends ChildMessage["type"]>(type: T) =>
      Promise.race([exited, new Promise<Extract<ChildMessage, { type: T }>>((resolve) => {
        const on = (m: ChildMessage) => {
          if (m.type !== type) return;
          proc.off("message", on);
          resolve(m as Extract<ChildMessage, { type: T }>);
        };
        proc.on("message", on);
      })]);
    await next("started");
    let offset = 0;
    let last: { rounds: number; updates: number } = { rounds: 0, updates: 0 };
    for (let t = 0; t < OPERATOR_SIMULATED_SECONDS; t += OPERATOR_TICK_SECONDS) {
      offset += OPERATOR_TICK_SECONDS;
      await advance(stack, OPERATOR_TICK_SECONDS);
      const ticked = next("ticked");
      proc.send({ type: "tick", offsetSeconds: offset });
      last = await ticked;
    }
    const measured = next("memory");
    proc.send({ type: "measure" });
    const memory = await measured;
    const rssMb = Math.round(memory.rssMb * 10) / 10;
    const heapMb = Math.round(memory.heapMb * 10) / 10;
    log(`${OPERATOR_SIMULATED_SECONDS} simulated seconds in the keeper process: ${last.rounds} rounds, ${last.updates} updates; rss ${rssMb} MB, JS heap after GC ${heapMb} MB (chains, Lit and venues in the bench process)`);
    return {
      "operator.keeperRssMb": rssMb,
      "operator.keeperHeapMb": heapMb,
      "operator.simulatedRounds": last.rounds,
      "operator.simulatedUpdates": last.updates,
    };
  } finally {
    if (child && child.exitCode === null) {
      const gone = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    }
    await server.close();
    await stack.close();
  }
}
