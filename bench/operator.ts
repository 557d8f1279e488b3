/**
 * The keeper process alone (`operator.keeperRssMb`): the embedded stack's chains, market simulator and
 * Lit network run in THIS process, its Chipotle REST face on loopback; the keeper runs in a child
 * process from a config file on the `chipotle` runtime, as `lit-oracle keeper --config` does
 * (`bench/keeper-child.ts`), with both halves of the product: the price feeds and the relay routes
 * between the two chains (the embedded messenger and PingPong on each chain, the Chipotle relay
 * bundle of the embedded relay manifest, the relay PKP in its own Chipotle group). During 10
 * simulated minutes (120 ticks of the 5 s schedule, the clock moved for the keeper, the market and
 * both chains alike; see bench/keeper.ts) the bench sends a ping every {@link OPERATOR_PING_EVERY_TICKS}
 * ticks, alternating direction, each answered once by the other side (2 messages a ping); once every
 * message is delivered (or {@link OPERATOR_DRAIN_TIMEOUT_MS} has passed: the delivered count says so)
 * the child reports its resident set size and its JS heap after a full GC, with the breakdown.
 *
 * Before the measured run the bench runs `lit-oracle keeper --config … --check` once, as an operator
 * does before a start (docs/operate.md): it fills the compile cache, so the measured keeper is the
 * steady state of every start but the first (see docs/operate.md "Memory").
 */
import { execFile, fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createPublicClient, createWalletClient, http, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { stringify } from "yaml";
import type { BenchLog } from "./index.ts";
import { compileAction } from "../actions/build.ts";
import { serveChipotle, type ChipotleServer } from "../lit/chipotle-server.ts";
import { pingPongAbi } from "../keeper/src/chain/abi.ts";
import { sendPing } from "../keeper/src/chain/messaging.ts";
import { chipotleSetup } from "../keeper/src/commands/chipotle.ts";
import { DEPLOYER_ACCOUNT_INDEX, startEmbeddedStack, type EmbeddedStack } from "../keeper/src/embedded.ts";
import { chainOf } from "../keeper/src/rpc.ts";

/** Simulated operation before the memory is read, seconds (`OPERATOR_SIMULATED_SECONDS` shortens it for an investigation; the figures are from 600). */
export const OPERATOR_SIMULATED_SECONDS = Number(process.env.OPERATOR_SIMULATED_SECONDS ?? 600);
/** One tick of the embedded schedule, seconds. */
export const OPERATOR_TICK_SECONDS = 5;
/** A ping every this many ticks (every 30 simulated seconds), alternating direction. */
export const OPERATOR_PING_EVERY_TICKS = 6;
/** Messages per ping: the ping and the other side's one answer (PingPong's `maxHops`). */
export const OPERATOR_PING_HOPS = 2;
/** After the last tick, how long the bench waits for the last messages to be delivered, ms (real time). */
export const OPERATOR_DRAIN_TIMEOUT_MS = 300_000;
/** How often the bench reads the PingPongs' delivered counters while it waits, ms. */
export const OPERATOR_DRAIN_POLL_MS = 1_000;

/**
 * Node flags of the keeper process, from `OPERATOR_KEEPER_NODE_FLAGS` (space-separated; default
 * none): how docs/operate.md measures an operator setting such as `--max-semi-space-size=8` beside
 * the default.
 */
const KEEPER_EXEC_ARGV = (process.env.OPERATOR_KEEPER_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Where `bin/lit-oracle.js` keeps Node's compile cache (the child is forked with the same directory). */
const COMPILE_CACHE_DIR = join(ROOT, "node_modules", ".cache", "lit-oracle", "compile");

export type KeeperMemory = {
  rssMb: number;
  heapMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** V8's new space (the young generation) committed, MB. */
  newSpaceMb: number;
  /** Every V8 heap space: "used/committed" MB. */
  spaces: Record<string, string>;
  /** /proc/self/smaps_rollup: anonymous and file-backed resident memory, MB. */
  anonMb: number;
  fileMb: number;
  /** Threads of the process (/proc/self/status). */
  threads: number;
  /** Whether Node's TypeScript transpiler was loaded (a cold compile cache). */
  typeStripper: boolean;
  relay: { delivered: number; pending: number; failed: number; dead: number };
  /** The keeper's own garbage collections so far (not the bench's forced ones) and their total pause, ms. */
  gcCount: number;
  gcMs: number;
  /** CPU time of the process so far (user + system), ms. */
  cpuMs: number;
};

type ChildMessage =
  | { type: "started" }
  | { type: "ticked"; rounds: number; updates: number }
  | { type: "memory"; memory: KeeperMemory; at: "start" | "end" };

async function advance(stack: EmbeddedStack, seconds: number): Promise<void> {
  stack.sim.advance(seconds * 1000);
  for (const chain of stack.chains) await chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
}

/**
 * Chipotle for both actions of the stack, as an operator sets it up: the price-feed bundle with the
 * stack's signer PKP in one group ({@link chipotleSetup}), the relay bundle with the relay PKP in a
 * second group (the same flow), and the keeper's usage key executing in exactly those two groups
 * (each action can use only its own PKP). Returns the keeper's `lit:` and `messaging:` sections and the
 * usage key.
 */
export async function chipotleForStack(stack: EmbeddedStack, server: ChipotleServer): Promise<{ lit: Record<string, unknown>; messaging: Record<string, unknown>; usageKey: string }> {
  if (!stack.messaging) throw new Error("the stack was started without messaging");
  const account = server.newAccount({ name: "bench" });
  server.importWallet(account.api_key, stack.pkp.ethAddress);
  server.importWallet(account.api_key, stack.messaging.pkp.ethAddress);
  const bundle = await compileAction("price-feed.chipotle", stack.manifest);
  const actionFile = join(stack.stateDir, "price-feed.chipotle.js");
  writeFileSync(actionFile, bundle.code);
  const feeds = await chipotleSetup({}, { url: server.url, accountKey: account.api_key, actionCode: bundle.code, actionFile, pkp: stack.pkp.ethAddress, name: "bench-feeds" });
  const relay = await compileAction("messenger-relay.chipotle", stack.messaging.manifest);
  const relayFile = join(stack.stateDir, "messenger-relay.chipotle.js");
  writeFileSync(relayFile, relay.code);
  // The relay's setup also makes the keeper's one usage key: execute in both groups, nothing else.
  const relaySetup = await chipotleSetup({}, { url: server.url, accountKey: account.api_key, actionCode: relay.code, actionFile: relayFile, pkp: stack.messaging.pkp.ethAddress, name: "bench-relay", usageGroups: [feeds.result.groupId] });
  const usageKey = relaySetup.secrets.usageKey;
  const input = stack.configInput as Record<string, any>;
  return {
    lit: { ...feeds.result.keeperLit, timeoutMs: 120_000 },
    messaging: {
      ...input.messaging,
      action: { file: relayFile, cid: relay.cid, manifest: input.messaging.action.manifest },
      pkpId: relaySetup.result.pkpId,
      pkpPublicKey: relaySetup.result.pkpPublicKey,
    },
    usageKey,
  };
}

const mb = (x: number) => Math.round(x * 10) / 10;

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const walk = { stepBps: 8, stepMs: 2_000 };
  const stack = await startEmbeddedStack({
    httpPort: 0,
    messaging: true,
    markets: { BTC: { kind: "random-walk", start: 67_000, ...walk }, ETH: { kind: "random-walk", start: 3_500, ...walk }, SOL: { kind: "random-walk", start: 150, ...walk } },
    configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } } }),
  });
  const server = await serveChipotle(stack.lit);
  let child: ReturnType<typeof fork> | undefined;
  try {
    const chipotle = await chipotleForStack(stack, server);
    const configFile = join(stack.stateDir, "operator-keeper.yaml");
    const input = structuredClone(stack.configInput) as Record<string, any>;
    input.keeper = { id: "bench", database: join(stack.stateDir, "operator.sqlite"), http: { host: "127.0.0.1", port: 0 }, log: { level: "warn", pretty: false } };
    input.lit = chipotle.lit;
    input.messaging = chipotle.messaging;
    input.chains = input.chains.map((c: Record<string, unknown>) => ({ ...c, pollIntervalMs: 10 }));
    writeFileSync(configFile, stringify(input));
    const env = { ...process.env, KEEPER_PRIVATE_KEY: stack.secrets.privateKey, LIT_API_KEY: chipotle.usageKey, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? COMPILE_CACHE_DIR };

    // What an operator runs before a start: validates the config and fills the compile cache.
    const check = await promisify(execFile)(process.execPath, [join(ROOT, "bin", "lit-oracle.js"), "keeper", "--config", configFile, "--check"], { cwd: ROOT, env });
    log(`keeper --check: ${check.stdout.trim()}`);
    await promisify(execFile)(process.execPath, [...KEEPER_EXEC_ARGV, fileURLToPath(new URL("./keeper-child.ts", import.meta.url)), "--load-only"], { cwd: ROOT, env });

    const proc = fork(fileURLToPath(new URL("./keeper-child.ts", import.meta.url)), [configFile], { env, execArgv: KEEPER_EXEC_ARGV, stdio: ["ignore", "ignore", "inherit", "ipc"] });
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
    const measure = async (): Promise<KeeperMemory> => {
      const measured = next("memory");
      proc.send({ type: "measure" });
      return (await measured).memory;
    };
    await next("started");
    const atStart = await measure();

    // The pings: from the bench process with the deployer's key, as a user of the PingPong app would.
    const deployer = privateKeyToAccount(stack.accounts[DEPLOYER_ACCOUNT_INDEX]!.privateKey);
    const sides = stack.chains.map((chain, i) => {
      const viemChain = chainOf({ chainId: chain.chainId, name: `local-${chain.chainId}`, rpcUrls: [chain.rpcUrl] });
      return {
        deps: {
          publicClient: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl), pollingInterval: 50 }) as never,
          walletClient: createWalletClient({ chain: viemChain, transport: http(chain.rpcUrl), account: deployer }),
        },
        messaging: stack.messaging!.chains[i]!,
      };
    });
    const delivered = async (): Promise<number> => {
      let sum = 0n;
      for (const side of sides) {
        sum += (await (side.deps.publicClient as ReturnType<typeof createPublicClient>).readContract({ address: side.messaging.pingPong as Address, abi: pingPongAbi, functionName: "received" })) as bigint;
      }
      return Number(sum);
    };
    let pings = 0;

    let offset = 0;
    let last: { rounds: number; updates: number } = { rounds: 0, updates: 0 };
    for (let tick = 0; tick * OPERATOR_TICK_SECONDS < OPERATOR_SIMULATED_SECONDS; tick++) {
      if (tick % OPERATOR_PING_EVERY_TICKS === 0) {
        const from = sides[pings % sides.length]!;
        const to = sides[(pings + 1) % sides.length]!;
        await sendPing(from.deps, { pingPong: from.messaging.pingPong as Address, messenger: from.messaging.messenger, dstChainId: to.messaging.chainId, hops: BigInt(OPERATOR_PING_HOPS) });
        pings += 1;
      }
      offset += OPERATOR_TICK_SECONDS;
      await advance(stack, OPERATOR_TICK_SECONDS);
      const ticked = next("ticked");
      proc.send({ type: "tick", offsetSeconds: offset });
      last = await ticked;
    }
    const expected = pings * OPERATOR_PING_HOPS;
    const drainStart = Date.now();
    let landed = await delivered();
    while (landed < expected && Date.now() - drainStart < OPERATOR_DRAIN_TIMEOUT_MS) {
      await new Promise((r) => setTimeout(r, OPERATOR_DRAIN_POLL_MS));
      landed = await delivered();
    }
    const memory = await measure();
    log(
      `${OPERATOR_SIMULATED_SECONDS} simulated seconds in the keeper process${KEEPER_EXEC_ARGV.length ? ` (node ${KEEPER_EXEC_ARGV.join(" ")})` : ""}: ${last.rounds} rounds, ${last.updates} updates, ${pings} pings, ${landed}/${expected} messages delivered ` +
        `(relay store: ${JSON.stringify(memory.relay)}); rss ${mb(memory.rssMb)} MB (at start ${mb(atStart.rssMb)}), JS heap after GC ${mb(memory.heapMb)} MB of ${mb(memory.heapTotalMb)} MB, ` +
        `new space ${mb(memory.newSpaceMb)} MB, external ${mb(memory.externalMb)} MB, anonymous ${mb(memory.anonMb)} MB, file-backed ${mb(memory.fileMb)} MB, ${memory.threads} threads, heap spaces (used/committed MB) ${JSON.stringify(memory.spaces)}, ` +
        `${memory.gcCount} GCs (${Math.round(memory.gcMs)} ms), CPU ${Math.round(memory.cpuMs)} ms, ` +
        `type stripper ${memory.typeStripper ? "loaded (cold compile cache)" : "not loaded"} (chains, Lit and venues in the bench process)`,
    );
    return {
      "operator.keeperRssMb": mb(memory.rssMb),
      "operator.keeperHeapMb": mb(memory.heapMb),
      "operator.keeperStartRssMb": mb(atStart.rssMb),
      "operator.simulatedRounds": last.rounds,
      "operator.simulatedUpdates": last.updates,
      "operator.messagesSent": expected,
      "operator.messagesDelivered": landed,
      "operator.keeperGcCount": memory.gcCount,
      "operator.keeperGcMs": Math.round(memory.gcMs),
      "operator.keeperCpuMs": Math.round(memory.cpuMs),
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
