/**
 * The local stand-ins an operator runs as their own processes to rehearse the real path
 * (docs/operate.md): `lit-oracle lit serve` (the emulator's Chipotle REST face, state on disk) and
 * `lit-oracle sim serve` (the market simulator, the venues' real URL paths and formats). Each binds
 * to loopback only, prints one ready line (JSON with `--json`) once it answers, and stops cleanly on
 * SIGINT/SIGTERM. The heavy modules are imported when a command runs, never when the CLI loads.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { NonRetryableError } from "../../../common/errors.ts";
import { createShutdown } from "../internal/shutdown.ts";

/** Where `lit serve` keeps the local network (PKPs) and the Chipotle accounts between runs. */
export const DEFAULT_LIT_SERVE_STATE_DIR = ".lit-oracle/lit-serve";
/** Default port of `lit serve` (0 = any free port). */
export const DEFAULT_LIT_SERVE_PORT = 8700;
/** Default port of `sim serve`. */
export const DEFAULT_SIM_SERVE_PORT = 8701;
/** Files inside the `lit serve` state dir. */
export const LIT_SERVE_NETWORK_DIR = "network";
export const LIT_SERVE_CHIPOTLE_STATE = "chipotle-accounts.json";
/** `sim serve` random walk: a step of up to this many bps … */
export const DEFAULT_SIM_WALK_BPS = 8;
/** … every this many ms. */
export const DEFAULT_SIM_WALK_STEP_MS = 2_000;

const LOOPBACK_HOSTS = ["127.0.0.1", "::1", "localhost"] as const;

function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer in [${min}, ${max}]`);
    return n;
  };
}

function loopbackHost(value: string): string {
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`only loopback (${LOOPBACK_HOSTS.join(", ")}): the emulator keeps PKP keys whole and is no place for real value`);
  }
  return value;
}

/** Runs until SIGINT/SIGTERM, then `close`; exits 0. */
async function serveUntilSignal(close: () => Promise<void>, name: string): Promise<void> {
  const shutdown = createShutdown();
  shutdown.add(close);
  shutdown.handleSignals((signal, count) => {
    process.stderr.write(`${name}: ${signal}, ${count === 1 ? "stopping" : "aborting"}\n`);
    if (count > 1) process.exit(130);
  });
  await new Promise<void>((done) => shutdown.signal.addEventListener("abort", () => done(), { once: true }));
  await shutdown.shutdown();
  process.stderr.write(`${name}: stopped\n`);
  setTimeout(() => process.exit(), 200).unref();
}

type LitServeOptions = { port: number; host: string; nodes: number; stateDir: string; mirror: string; json?: boolean };

/** `lit-oracle lit serve`, registered on the `lit` command group. */
export function registerLitServe(lit: Command): void {
  lit
    .command("serve")
    .description("serve Lit's Chipotle REST API (/core/v1/) on loopback over the local emulator; accounts, groups, usage keys and PKPs persist in --state-dir")
    .option("--port <n>", "port (0 = any free port)", intOption("--port", 0, 65_535), DEFAULT_LIT_SERVE_PORT)
    .option("--host <host>", `loopback address to bind (${LOOPBACK_HOSTS.join(", ")})`, loopbackHost, "127.0.0.1")
    .option("--nodes <n>", "nodes of the local network", intOption("--nodes", 1, 64), 5)
    .option("--state-dir <dir>", "state: the network's PKPs and the Chipotle accounts (key hashes only)", DEFAULT_LIT_SERVE_STATE_DIR)
    .option("--mirror <dir>", "module mirror for actions' CDN imports (lit-oracle lit mirror add)", ".lit-oracle/lit-modules")
    .option("--json", "print the ready line as JSON on stdout")
    .action(async (options: LitServeOptions) => {
      const { createLocalLitNetwork } = await import("../../../lit/local/network.ts");
      const { serveChipotle } = await import("../../../lit/chipotle-server.ts");
      const stateDir = resolve(options.stateDir);
      const network = await createLocalLitNetwork({ nodes: options.nodes, stateDir: join(stateDir, LIT_SERVE_NETWORK_DIR), moduleMirror: resolve(options.mirror) });
      let server;
      try {
        server = await serveChipotle(network, { port: options.port, host: options.host, statePath: join(stateDir, LIT_SERVE_CHIPOTLE_STATE) });
      } catch (error) {
        await network.close();
        const code = (error as { code?: string }).code;
        throw new NonRetryableError(code === "EADDRINUSE" ? `lit serve: port ${options.port} on ${options.host} is in use (pass --port 0 for any free one)` : `lit serve: ${(error as Error).message}`, { cause: error });
      }
      const ready = { event: "ready", url: server.url, apiBase: server.baseUrl, stateDir, nodes: options.nodes, pkps: network.listPkps().length };
      process.stdout.write(options.json ? `${JSON.stringify(ready)}\n` : `lit serve: Chipotle REST API at ${server.baseUrl}/ (state ${stateDir}, ${ready.pkps} PKP(s)); configure lit.url: ${server.url}\n`);
      const s = server;
      await serveUntilSignal(async () => {
        await s.close();
        await network.close();
      }, "lit serve");
    });
}

type SimServeOptions = { port: number; seed: number; walkBps: number; manifestOut?: string; chain: string[]; feeds: string; json?: boolean };

/** `lit-oracle sim serve`. */
export function registerSim(program: Command): void {
  const sim = program.command("sim").description("the local market simulator (the exchanges' real URL paths and response formats)");
  sim
    .command("serve")
    .description("serve the simulated venues on 127.0.0.1 (random-walk prices); optionally write a `local` price-feed manifest pinning them")
    .option("--port <n>", "port (0 = any free port)", intOption("--port", 0, 65_535), DEFAULT_SIM_SERVE_PORT)
    .option("--seed <n>", "seed of the venue offsets and price walks", intOption("--seed", 0, 2 ** 31 - 1), 7)
    .option("--walk-bps <n>", `largest random-walk step, bps per ${DEFAULT_SIM_WALK_STEP_MS} ms (0 = constant prices)`, intOption("--walk-bps", 0, 10_000), DEFAULT_SIM_WALK_BPS)
    .option("--manifest-out <file>", "write a price-feed manifest marked `local` that pins these venues (and the --chain RPCs)")
    .option("--chain <chainId=rpcUrl>", "a chain the manifest pins (repeatable; with --manifest-out)", (value: string, all: string[]) => [...all, value], [] as string[])
    .option("--feeds <list>", "feeds of the manifest (comma-separated)", "BTC/USD,ETH/USD,SOL/USD")
    .option("--json", "print the ready line as JSON on stdout")
    .action(async (options: SimServeOptions) => {
      const chains = options.chain.map((entry) => {
        const eq = entry.indexOf("=");
        const chainId = Number(entry.slice(0, eq));
        const rpcUrl = entry.slice(eq + 1);
        if (eq < 1 || !Number.isSafeInteger(chainId) || chainId <= 0 || !/^https?:\/\//.test(rpcUrl)) throw new NonRetryableError(`--chain expects <chainId>=<http(s) RPC URL>, got ${JSON.stringify(entry)}`);
        return { chainId, rpcUrl };
      });
      if (options.manifestOut && chains.length === 0) throw new NonRetryableError("--manifest-out needs at least one --chain <chainId>=<rpcUrl> (the RPC providers the action reads receivers through)");
      const feeds = options.feeds.split(",").map((f) => f.trim()).filter(Boolean);
      const { startMarketSimulator } = await import("../../../sim/index.ts");
      const assets = [...new Set(feeds.map((f) => f.split("/")[0]!))];
      const { DEFAULT_PRICES_USD } = await import("../../../sim/index.ts");
      const markets = Object.fromEntries(
        assets.map((asset) => {
          const start = DEFAULT_PRICES_USD[asset];
          if (start === undefined) throw new NonRetryableError(`--feeds: the simulator has no reference price for ${asset} (known: ${Object.keys(DEFAULT_PRICES_USD).join(", ")})`);
          return [asset, options.walkBps === 0 ? { kind: "constant" as const, price: start } : { kind: "random-walk" as const, start, stepBps: options.walkBps, stepMs: DEFAULT_SIM_WALK_STEP_MS }];
        }),
      );
      let sim;
      try {
        sim = await startMarketSimulator({ port: options.port, seed: options.seed, markets });
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new NonRetryableError(code === "EADDRINUSE" ? `sim serve: port ${options.port} is in use (pass --port 0 for any free one)` : `sim serve: ${(error as Error).message}`, { cause: error });
      }
      let manifestFile: string | undefined;
      if (options.manifestOut) {
        const { embeddedManifest } = await import("../embedded.ts");
        const { validateFeedManifest } = await import("../../../actions/src/core/feed-manifest.ts");
        const manifest = embeddedManifest({ sourceBaseUrls: sim.baseUrls, chains, feeds, name: "local-operator" });
        validateFeedManifest(manifest);
        manifestFile = resolve(options.manifestOut);
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      }
      const ready = { event: "ready", url: sim.url, baseUrls: sim.baseUrls, ...(manifestFile ? { manifest: manifestFile } : {}) };
      process.stdout.write(options.json ? `${JSON.stringify(ready)}\n` : `sim serve: venues at ${sim.url}${manifestFile ? `; local manifest ${manifestFile}` : ""}\n`);
      const s = sim;
      await serveUntilSignal(() => s.close(), "sim serve");
    });
}
