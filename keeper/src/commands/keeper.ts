/**
 * `lit-oracle dev`, `lit-oracle keeper`, `lit-oracle push`.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { ConfigError, loadConfig, loadSecrets, secretValues, type ConfigFlags } from "../config/index.ts";
import type { KeeperConfig } from "../config/schema.ts";
import type { Secrets } from "../config/secrets.ts";
import { DEV_RPC_PORTS } from "../dev-ports.ts";
import { BaseError } from "../../../common/errors.ts";
import { createLogger, redactText, type Logger } from "../internal/logger.ts";
import { createShutdown } from "../internal/shutdown.ts";
import type { Keeper, KeeperDeps } from "../keeper.ts";
import { createRuntimeFromConfig, loadAction, loadRuntimeModule } from "../lit-runtime.ts";
import type { FeedChainOutcome } from "../feeds/round.ts";

/** Exit code for an invalid configuration (also `--check`). */
export const EXIT_INVALID_CONFIG = 2;
/** Exit code when a `push` round had failed updates. */
export const EXIT_ROUND_FAILED = 1;

function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer in [${min}, ${max}]`);
    return n;
  };
}

function portList(name: string, count: number) {
  return (value: string): number[] => {
    const ports = value.split(",").map((p) => Number(p.trim()));
    if (ports.length !== count || ports.some((p) => !Number.isInteger(p) || p < 0 || p > 65_535)) throw new InvalidArgumentError(`${name} takes ${count} comma-separated ports in [0, 65535]`);
    if (new Set(ports.filter((p) => p !== 0)).size !== ports.filter((p) => p !== 0).length) throw new InvalidArgumentError(`${name}: the chains need distinct ports`);
    return ports;
  };
}

function numberOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number`);
    return n;
  };
}

/** Prints a typed error (short message + meta lines) to stderr, secrets scrubbed. */
export function reportError(error: unknown, secrets: readonly string[] = []): void {
  const text =
    error instanceof BaseError
      ? [error.shortMessage, ...error.metaMessages, ...(error.details ? [`details: ${error.details}`] : [])].join("\n")
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`error: ${redactText(text, secrets)}\n`);
}

type ConfigOptions = { config: string; port?: number; logLevel?: string; id?: string; stagger?: number };

async function loadAll(options: ConfigOptions): Promise<{ config: KeeperConfig; secrets: Secrets }> {
  const flags: ConfigFlags = {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.logLevel !== undefined ? { logLevel: options.logLevel } : {}),
    ...(options.id !== undefined ? { keeperId: options.id } : {}),
    ...(options.stagger !== undefined ? { staggerSeconds: options.stagger } : {}),
  };
  const config = await loadConfig({ file: options.config, env: process.env, flags });
  const secrets = await loadSecrets(config, process.env);
  return { config, secrets };
}

async function printOutcomes(outcomes: readonly FeedChainOutcome[], json: boolean, decimalsOf: (feed: string) => number): Promise<void> {
  const { outcomeToJson } = await import("../feeds/round.ts");
  const { formatAnswer } = await import("../view.ts");
  for (const o of outcomes) {
    if (json) {
      process.stdout.write(`${JSON.stringify(outcomeToJson(o))}\n`);
      continue;
    }
    const answer = o.answer === null ? "—" : formatAnswer(BigInt(o.answer), decimalsOf(o.feed));
    process.stdout.write(
      `${o.feed.padEnd(9)} ${o.chain.padEnd(14)} ${o.outcome.padEnd(12)} ${`(${o.reason})`.padEnd(20)} answer ${answer.padEnd(16)} sources ${String(o.sourcesUsed).padEnd(3)} ${o.txHash ? `tx ${o.txHash} gas ${o.gasUsed}` : ""}${o.error ? ` error: ${o.error}` : ""}\n`,
    );
  }
}

/** Bench hooks (bench/keeper-child.ts): a simulated clock and cron, and the keeper once started. */
export type KeeperServiceHooks = Pick<KeeperDeps, "now" | "createCronTask" | "onRound"> & { onStarted?: (keeper: Keeper) => void };

/**
 * The body of `lit-oracle keeper --config <file>`: config + secrets, the Lit runtime, the keeper,
 * graceful shutdown on SIGINT/SIGTERM. Resolves when the keeper has stopped; sets `process.exitCode`.
 */
export async function runKeeperService(options: ConfigOptions & { check?: boolean }, hooks: KeeperServiceHooks = {}): Promise<void> {
  let loaded: { config: KeeperConfig; secrets: Secrets };
  try {
    loaded = await loadAll(options);
  } catch (error) {
    reportError(error);
    process.exitCode = error instanceof ConfigError || (error instanceof Error && error.name === "SecretError") ? EXIT_INVALID_CONFIG : 1;
    return;
  }
  const { config, secrets } = loaded;
  // Relay routes are checked against the relay manifest before anything starts (also by --check).
  let messaging: Awaited<ReturnType<typeof import("../relay/routes.ts").resolveMessaging>>;
  try {
    const { resolveMessaging } = await import("../relay/routes.ts");
    messaging = await resolveMessaging(config);
  } catch (error) {
    reportError(error);
    process.exitCode = error instanceof ConfigError ? EXIT_INVALID_CONFIG : 1;
    return;
  }
  if (options.check) {
    // Every module the service runs loads too: a broken install fails here, and the compile cache
    // (bin/lit-oracle.js) holds them all, so the service that follows never loads the transpiler.
    await Promise.all([import("../keeper.ts"), import("../feeds/receiver-ops.ts"), loadRuntimeModule(config.lit.runtime)]);
    const routes = messaging ? `, ${messaging.routes.length} relay route(s) [${messaging.routes.map((r) => r.name).join(", ")}], relay action ${messaging.action.cid}` : "";
    process.stdout.write(
      `config OK: keeper ${config.keeper.id}, ${config.chains.length} chain(s) [${config.chains.map((c) => `${c.name}:${c.chainId}`).join(", ")}], ${config.feeds.length} feed(s) [${config.feeds.map((f) => f.symbol).join(", ")}]${routes}, Lit runtime ${config.lit.runtime}\n`,
    );
    return;
  }
  const logger: Logger = createLogger({ level: config.keeper.log.level, pretty: config.keeper.log.pretty, secrets: secretValues(secrets), base: { keeper: config.keeper.id } });
  const shutdown = createShutdown();
  try {
    const { createKeeper } = await import("../keeper.ts");
    const { receiverOps } = await import("../feeds/receiver-ops.ts");
    const action = await loadAction(config.lit);
    const lit = await createRuntimeFromConfig(config.lit, secrets);
    shutdown.add(async () => void (await lit.close?.()));
    const { onStarted, ...deps } = hooks;
    const keeper = createKeeper({ logger, lit, secrets, receiver: receiverOps, action, ...(messaging ? { messaging } : {}), ...deps }, config);
    shutdown.add(() => keeper.stop());
    // Past the grace period (or on a second signal) in-flight waits are aborted; broadcast
    // transactions are already in the store and are re-watched on the next start.
    shutdown.signal.addEventListener("abort", () => keeper.abort("shutdown"), { once: true });
    shutdown.handleSignals((signal, count) => {
      logger.warn({ signal, count }, count === 1 ? "stopping gracefully" : "aborting");
      if (count > 1) process.exit(130);
    });
    await keeper.start();
    onStarted?.(keeper);
    await new Promise<void>((done) => shutdown.signal.addEventListener("abort", () => done(), { once: true }));
  } catch (error) {
    reportError(error, secretValues(secrets));
    process.exitCode = 1;
    await shutdown.shutdown("startup failed");
  }
}

export function register(program: Command): void {
  program
    .command("dev")
    .description("the embedded default: local chains, local Lit network, market simulator, deployment, then the keeper running live")
    .option("--port <n>", "port of the dashboard, pull mode, /metrics, /health, /ready (0 = any free port)", intOption("--port", 0, 65_535), 9464)
    .option("--rpc-ports <a,b>", `RPC ports of the two local chains (0 = any free port; default ${DEV_RPC_PORTS.join(",")})`, portList("--rpc-ports", 2))
    .option("--rounds <n>", "run N rounds back to back, then exit (non-interactive)", intOption("--rounds", 1, 1_000_000))
    .option("--duration <seconds>", "run the schedule for this long, then exit", numberOption("--duration"))
    .option("--state-dir <dir>", "state directory (cleared at start)", ".lit-oracle/dev")
    .addOption(new Option("--view <mode>", "live terminal view").choices(["auto", "on", "off"]).default("auto"))
    .addOption(new Option("--log-level <level>").choices(["trace", "debug", "info", "warn", "error", "silent"]).default("info"))
    .action(async (options: { port: number; rpcPorts?: number[]; rounds?: number; duration?: number; stateDir: string; view: "auto" | "on" | "off"; logLevel: string }) => {
      try {
        const { runDev } = await import("../dev.ts");
        const summary = await runDev({
          port: options.port,
          ...(options.rpcPorts ? { rpcPorts: options.rpcPorts } : {}),
          ...(options.rounds !== undefined ? { rounds: options.rounds } : {}),
          ...(options.duration !== undefined ? { durationSeconds: options.duration } : {}),
          stateDir: options.stateDir,
          view: options.view,
          logLevel: options.logLevel,
        });
        if (options.rounds !== undefined && summary.failures > 0) process.exitCode = EXIT_ROUND_FAILED;
      } catch (error) {
        reportError(error);
        process.exitCode = 1;
      }
      // Timers of closed dependencies must not keep a finished command alive.
      setTimeout(() => process.exit(), 200).unref();
    });

  program
    .command("keeper")
    .description("run the keeper against real chains and a real Lit runtime")
    .requiredOption("--config <file>", "YAML or JSON config file")
    .option("--check", "validate the configuration (and secrets) and exit: 0 valid, 2 invalid")
    .option("--port <n>", "override keeper.http.port", intOption("--port", 0, 65_535))
    .addOption(new Option("--log-level <level>").choices(["trace", "debug", "info", "warn", "error", "fatal", "silent"]))
    .option("--id <id>", "override keeper.id")
    .option("--stagger <seconds>", "override keeper.staggerSeconds", numberOption("--stagger"))
    .action(async (options: ConfigOptions & { check?: boolean }) => {
      await runKeeperService(options);
      setTimeout(() => process.exit(), 200).unref();
    });

  program
    .command("push")
    .description("one round now: decide, run the action, land the reports; without --config on a throwaway embedded stack")
    .option("--feed <symbol...>", "only these feeds (default: all)")
    .option("--config <file>", "YAML or JSON config file (default: a throwaway embedded stack)")
    .option("--json", "one JSON object per feed and chain on its own line: feed, chain, decision, answer, sourcesUsed, txHash, gasUsed")
    .action(async (options: { feed?: string[]; config?: string; json?: boolean }) => {
      const logger: Logger = createLogger({ level: options.json ? "warn" : "info", stream: "stderr" });
      let secretsForErrors: string[] = [];
      const cleanup: (() => Promise<void>)[] = [];
      try {
        let config: KeeperConfig;
        let secrets: Secrets;
        let lit;
        let action;
        const { createKeeper } = await import("../keeper.ts");
        const { receiverOps } = await import("../feeds/receiver-ops.ts");
        if (options.config) {
          ({ config, secrets } = await loadAll({ config: options.config }));
          secretsForErrors = secretValues(secrets);
          action = await loadAction(config.lit);
          lit = await createRuntimeFromConfig(config.lit, secrets);
          cleanup.push(async () => void (await lit!.close?.()));
        } else {
          const { EMBEDDED_FEEDS, startEmbeddedStack } = await import("../embedded.ts");
          const unknownEmbedded = (options.feed ?? []).filter((f) => !(EMBEDDED_FEEDS as readonly string[]).includes(f));
          if (unknownEmbedded.length) {
            throw new ConfigError(`--feed: unknown feed ${unknownEmbedded.map((f) => JSON.stringify(f)).join(", ")}`, [`embedded feeds: ${EMBEDDED_FEEDS.join(", ")}`]);
          }
          const stack = await startEmbeddedStack({ httpPort: 0, logger, configOverrides: (c) => ({ ...c, keeper: { ...c.keeper, database: ":memory:", http: { enabled: false } } }) });
          cleanup.push(() => stack.close());
          ({ config, secrets } = stack);
          lit = stack.runtime;
          action = stack.action;
        }
        const known = config.feeds.map((f) => f.symbol);
        const unknown = (options.feed ?? []).filter((f) => !known.includes(f));
        if (unknown.length) throw new ConfigError(`--feed: unknown feed ${unknown.map((f) => JSON.stringify(f)).join(", ")}`, [`configured feeds: ${known.join(", ")}`]);
        const keeperConfig = { ...config, keeper: { ...config.keeper, http: { ...config.keeper.http, enabled: false } } };
        const keeper = createKeeper({ logger, lit, secrets, receiver: receiverOps, action }, keeperConfig);
        cleanup.unshift(() => keeper.stop());
        const result = await keeper.runRoundNow(options.feed);
        await printOutcomes(result.outcomes, Boolean(options.json), (feed) => config.feeds.find((f) => f.symbol === feed)?.decimals ?? 8);
        if (result.outcomes.some((o) => o.outcome === "failed")) process.exitCode = EXIT_ROUND_FAILED;
      } catch (error) {
        reportError(error, secretsForErrors);
        process.exitCode = error instanceof ConfigError ? EXIT_INVALID_CONFIG : 1;
      } finally {
        for (const c of cleanup) await c().catch(() => undefined);
      }
      setTimeout(() => process.exit(), 200).unref();
    });
}
