/**
 * `lit-oracle dev` (= `npm start`): the embedded stack plus the keeper running live, with a terminal
 * view redrawn in place when stdout is a TTY (logs then go to `<stateDir>/keeper.log`), or plain JSON
 * log lines otherwise. `--rounds N` runs N rounds back to back and exits (CI, tests); `--duration S`
 * runs the schedule for S seconds and exits. Ctrl-C stops cleanly (a second Ctrl-C aborts at once).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import pino from "pino";
import { readArtifact } from "./chain/artifacts.ts";
import { EMBEDDED_CHAIN_IDS, ensureContractArtifacts, startEmbeddedStack } from "./embedded.ts";
import { NonRetryableError } from "../../common/errors.ts";
import { createLogger, type Logger } from "./internal/logger.ts";
import { createShutdown } from "./internal/shutdown.ts";
import { createKeeper } from "./keeper.ts";
import { receiverOps } from "./feeds/receiver-ops.ts";
import type { RoundResult } from "./feeds/round.ts";
import { sleep } from "./retry.ts";
import { ANSI, renderView } from "./view.ts";
import { resolveMessaging } from "./relay/routes.ts";
import { sendPing } from "./chain/messaging.ts";
import { DEPLOYER_ACCOUNT_INDEX, EMBEDDED_PING_PONG_HOPS } from "./embedded.ts";
import { createPublicClient, createWalletClient, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { chainOf } from "./rpc.ts";

/** Default state directory of `lit-oracle dev` (cleared at start: the chains are new every run). */
export const DEV_STATE_DIR = ".lit-oracle/dev";
/** Terminal view refresh period. */
export const VIEW_REFRESH_MS = 500;
/** Recent events shown under the table. */
export const VIEW_EVENTS = 6;
export { DEV_RPC_PORTS } from "./dev-ports.ts";
import { DEV_RPC_PORTS } from "./dev-ports.ts";
/**
 * With `--rounds`, after the rounds: wait for this many message deliveries (a ping and its answer) so
 * the run shows messages moving both ways, for at most {@link DEV_MESSAGES_WAIT_MS}.
 */
export const DEV_MESSAGES_TO_WAIT_FOR = 2;
/** The bound of that wait, ms (it only decides whether `--rounds` reports the relay as failed). */
export const DEV_MESSAGES_WAIT_MS = 180_000;

export type DevParameters = {
  port: number;
  /** RPC port per dev chain (default DEV_RPC_PORTS; 0 = any free port). */
  rpcPorts?: readonly number[];
  rounds?: number;
  durationSeconds?: number;
  stateDir?: string;
  /** `auto`: the live view iff stdout is a TTY. */
  view?: "auto" | "on" | "off";
  logLevel?: string;
  out?: NodeJS.WriteStream;
};

export type DevSummary = { rounds: number; updates: number; failures: number; skipped: number; alreadyDone: number; messages: number; messageFailures: number };

export async function runDev(parameters: DevParameters): Promise<DevSummary> {
  const out = parameters.out ?? process.stdout;
  const live = parameters.view === "on" || (parameters.view !== "off" && Boolean(out.isTTY));
  const stateDir = resolve(parameters.stateDir ?? DEV_STATE_DIR);
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const logFile = join(stateDir, "keeper.log");
  const level = (parameters.logLevel ?? "info") as "info";
  const logger: Logger = live
    ? createLogger({ level, pretty: false, destination: pino.destination({ dest: logFile, sync: false, mkdir: true }) })
    : createLogger({ level, pretty: false });

  const shutdown = createShutdown();
  const counters = { updates: 0, failures: 0, skipped: 0, alreadyDone: 0, messages: 0, messageFailures: 0 };
  let messageWaiter: { count: number; resolve: () => void } | undefined;
  const events: string[] = [];
  const onRound = (result: RoundResult) => {
    for (const o of result.outcomes) {
      if (o.outcome === "updated") counters.updates++;
      else if (o.outcome === "failed") counters.failures++;
      else if (o.outcome === "already-done") counters.alreadyDone++;
      else counters.skipped++;
      if (o.outcome !== "skipped") {
        events.unshift(`${new Date().toISOString().slice(11, 19)} ${o.feed} on ${o.chain}: ${o.reason} → ${o.outcome}${o.txHash ? ` ${o.txHash.slice(0, 12)}…` : ""}${o.error ? ` (${o.error.slice(0, 80)})` : ""}`);
      }
    }
    events.length = Math.min(events.length, VIEW_EVENTS);
  };

  // Progress lines while the stack starts (a first run compiles the contracts: minutes on a small machine).
  const startedAt = performance.now();
  let stepAt = startedAt;
  const step = (text: string) => {
    const now = performance.now();
    const took = now - stepAt > 1_000 ? ` (previous step ${((now - stepAt) / 1000).toFixed(1)} s)` : "";
    stepAt = now;
    if (live) out.write(`  · ${text}…${ANSI.dim(took)}\n`);
    else logger.info({ step: text }, "starting the embedded stack");
  };
  if (live) out.write(`${ANSI.hideCursor}${ANSI.clear}${ANSI.home}${ANSI.bold("lit-oracle dev")}: starting the embedded stack (2 local chains, a local Lit network, the market simulator, the keeper)\n`);
  const artifactsMissing = (() => {
    try {
      readArtifact("LitOracleReceiver");
      return false;
    } catch {
      return true;
    }
  })();
  if (artifactsMissing) {
    step("compiling the contracts (first run only: hardhat build with solc-js, a few minutes on a small machine)");
    ensureContractArtifacts(logger);
  }
  const rpcPorts = parameters.rpcPorts ?? DEV_RPC_PORTS;
  let stack: Awaited<ReturnType<typeof startEmbeddedStack>>;
  try {
    stack = await startEmbeddedStack({ stateDir, httpPort: parameters.port, rpcPorts, logger, onStep: step, messaging: true });
  } catch (error) {
    if (live) out.write(ANSI.showCursor);
    const short = (error as { shortMessage?: string }).shortMessage ?? "";
    if (short.startsWith("cannot listen on")) {
      throw new NonRetryableError(`${short}: another process holds the port`, { cause: error, metaMessages: [`RPC ports of chains ${EMBEDDED_CHAIN_IDS.join(", ")}: ${rpcPorts.join(", ")}; pass --rpc-ports <a,b> (0 = any free port)`] });
    }
    throw error;
  }
  step("starting the keeper");
  shutdown.add(() => stack.close());
  const messaging = await resolveMessaging(stack.config);
  const onRelayTick = (route: string, result: { delivered: number; failed: number; dead: number }) => {
    if (result.delivered + result.failed + result.dead === 0) return;
    counters.messages += result.delivered;
    counters.messageFailures += result.failed + result.dead;
    const at = new Date().toISOString().slice(11, 19);
    events.unshift(`${at} message${result.delivered === 1 ? "" : "s"} ${route}: ${result.delivered} delivered${result.failed ? `, ${result.failed} handler failed` : ""}${result.dead ? `, ${result.dead} dead-lettered` : ""}`);
    events.length = Math.min(events.length, VIEW_EVENTS);
    if (messageWaiter && counters.messages >= messageWaiter.count) messageWaiter.resolve();
  };
  const keeper = createKeeper({ logger, lit: stack.runtime, secrets: stack.secrets, receiver: receiverOps, action: stack.action, onRound, ...(messaging ? { messaging, onRelayTick } : {}) }, stack.config);
  shutdown.add(() => keeper.stop());
  shutdown.signal.addEventListener("abort", () => keeper.abort("shutdown"), { once: true });

  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    const url = keeper.httpUrl();
    const lines = [
      `dashboard ${url ? `${url}/` : "(HTTP disabled)"} · pull ${url ?? ""}/v1/reports/latest · /metrics /health /ready · Ctrl-C to stop`,
      `keeper ${keeper.address} · chains ${stack.config.chains.map((c) => `${c.name} ${c.rpcUrls[0]}`).join(" · ")}`,
      `Lit: ${stack.lit.nodes.length} local nodes (${stack.lit.threshold} execute each request) · action ${stack.action.cid} · PKP ${stack.pkp.ethAddress} (burned: only this action can sign)`,
      ...(stack.messaging
        ? [`messages: PingPong rally ${stack.messaging.chains.map((c) => `${c.name} ${c.pingPong}`).join(" ⇄ ")} · relay action ${stack.messaging.action.cid} · relay PKP ${stack.messaging.pkp.ethAddress}`]
        : []),
      `schedule ${stack.config.feeds[0]?.schedule} · deviation ${(stack.config.feeds[0]?.deviationPpm ?? 0) / 10_000}% · heartbeat ${stack.config.feeds[0]?.heartbeatSeconds}s · logs ${logFile}`,
    ];
    out.write(
      ANSI.home +
        renderView(keeper.status(), { title: "lit-oracle dev — embedded stack", lines, rounds: keeper.rounds(), counters, events, routes: keeper.routeStatus(), now: new Date() })
          .split("\n")
          .map((l) => `${l}\u001b[K`)
          .join("\n") +
        ANSI.clearBelow,
    );
  };
  const restoreTerminal = () => {
    if (timer) clearInterval(timer);
    if (live) out.write(ANSI.showCursor);
  };
  shutdown.add(restoreTerminal);

  const removeSignals = shutdown.handleSignals((signal, count) => {
    if (live && count === 1) out.write(`\n${signal}: stopping (rounds in flight finish; Ctrl-C again to abort)…\n`);
    if (count > 1) {
      if (live) out.write(ANSI.showCursor);
      process.exit(130);
    }
  });
  shutdown.add(removeSignals);

  const startRally = async () => {
    const first = stack.messaging?.chains[0];
    const second = stack.messaging?.chains[1];
    if (!first?.pingPong || !second) return;
    const chain = stack.chains[0]!;
    const viemChain = chainOf({ chainId: chain.chainId, name: first.name, rpcUrls: [chain.rpcUrl] });
    const deps = {
      walletClient: createWalletClient({ chain: viemChain, transport: http(chain.rpcUrl), account: privateKeyToAccount(stack.accounts[DEPLOYER_ACCOUNT_INDEX]!.privateKey) }),
      publicClient: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl), pollingInterval: 100 }) as never,
    };
    const { txHash } = await sendPing(deps, { pingPong: first.pingPong, messenger: first.messenger, dstChainId: second.chainId, hops: BigInt(EMBEDDED_PING_PONG_HOPS) });
    logger.info({ tx_hash: txHash, from: first.name, to: second.name, hops: EMBEDDED_PING_PONG_HOPS }, "ping-pong rally started: every delivery answers with the next hop");
    if (live) events.unshift(`${new Date().toISOString().slice(11, 19)} ping sent ${first.name} → ${second.name} (tx ${txHash.slice(0, 12)}…); each delivery answers`);
  };

  try {
    await keeper.start({ schedule: parameters.rounds === undefined });
    await startRally();
    if (live) {
      out.write(ANSI.clear);
      draw();
      timer = setInterval(draw, VIEW_REFRESH_MS);
    } else {
      logger.info(
        {
          url: keeper.httpUrl(),
          dashboard: keeper.httpUrl() ? `${keeper.httpUrl()}/` : undefined,
          feeds: stack.config.feeds.map((f) => f.symbol),
          chains: stack.config.chains.map((c) => ({ name: c.name, chain_id: c.chainId, rpc: c.rpcUrls[0] })),
          aggregators: keeper.status().map((s) => ({ feed: s.feed, chain: s.chain, address: s.aggregator })),
          startup_seconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
        },
        "dev keeper running",
      );
    }

    if (parameters.rounds !== undefined) {
      for (let i = 0; i < parameters.rounds && !shutdown.signal.aborted; i++) {
        // observedAt has one-second resolution: space manual rounds so each one is newer.
        if (i > 0) await sleep(1_000 - (Date.now() % 1_000) + 5, shutdown.signal).catch(() => undefined);
        await keeper.runRoundNow();
      }
      if (stack.messaging && !shutdown.signal.aborted && counters.messages < DEV_MESSAGES_TO_WAIT_FOR) {
        // Wait on the deliveries themselves; the bound only decides that the relay failed.
        const waited = await Promise.race([
          new Promise<boolean>((resolveWait) => (messageWaiter = { count: DEV_MESSAGES_TO_WAIT_FOR, resolve: () => resolveWait(true) })),
          sleep(DEV_MESSAGES_WAIT_MS, shutdown.signal).then(() => false, () => false),
        ]);
        if (!waited && !shutdown.signal.aborted) {
          counters.messageFailures++;
          logger.error({ delivered: counters.messages, wanted: DEV_MESSAGES_TO_WAIT_FOR, waited_ms: DEV_MESSAGES_WAIT_MS }, "messages were not delivered in time");
        }
      }
    } else if (parameters.durationSeconds !== undefined) {
      await sleep(parameters.durationSeconds * 1000, shutdown.signal).catch(() => undefined);
    } else {
      await new Promise<void>((resolveDone) => shutdown.signal.addEventListener("abort", () => resolveDone(), { once: true }));
    }
    if (live) draw();
  } finally {
    await shutdown.shutdown("dev finished");
  }
  const summary = { rounds: keeper.rounds(), ...counters };
  if (!live) logger.info(summary, "dev finished");
  else out.write(`\nstopped: ${summary.rounds} rounds, ${summary.updates} updates, ${summary.failures} failures, ${summary.messages} messages delivered\n`);
  logger.flush?.();
  return summary;
}
