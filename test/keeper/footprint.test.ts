/**
 * What `lit-oracle keeper --config` loads in production shape (Chipotle runtime over loopback, the
 * key from the environment, JSON logs, feeds and relay routes), recorded by a module loader hook in
 * the keeper process itself: the structural part of its memory figure (docs/operate.md "Memory"),
 * so that a future import cannot silently bring back what the keeper does not use.
 *
 * - never ethers (only a keystore signer loads it), esbuild or the action builder, the emulator, the
 *   market simulator, the embedded stack, Hardhat/EDR, pino-pretty or pino's worker-thread transport;
 * - after `keeper --check` (which an operator runs before a start) Node's TypeScript transpiler is not
 *   loaded at all: every source comes from the compile cache (bin/lit-oracle.js);
 * - the pretty logger (a terminal) formats in the keeper's own thread: pino-pretty, never thread-stream.
 *
 * No figure is asserted: what is loaded, not how much memory it takes (that is the bench's).
 */
import { execFile, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { chipotleForStack } from "../../bench/operator.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import { serveChipotle, type ChipotleServer } from "../../lit/chipotle-server.ts";
import { eventually } from "../wait.ts";
import { stack } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "bin", "lit-oracle.js");

/**
 * The hook, loaded with `--import` before anything else: every module URL the process loads (ESM
 * and CommonJS), every worker thread it starts (worker_threads.Worker, wrapped before any module
 * takes it) and, at exit, Node's own list of internal modules, written to FOOTPRINT_OUT.
 */
const HOOK = `
import { createRequire, registerHooks, syncBuiltinESMExports } from "node:module";
import { writeFileSync } from "node:fs";
const urls = new Set();
const workers = [];
registerHooks({ load(url, context, nextLoad) { urls.add(url); return nextLoad(url, context); } });
const threads = createRequire(import.meta.url)("node:worker_threads");
const Worker = threads.Worker;
threads.Worker = class extends Worker { constructor(file, options) { workers.push(String(file)); super(file, options); } };
syncBuiltinESMExports();
// A worker runs this hook too (it inherits --import): only the main thread writes.
if (threads.isMainThread) process.on("exit", () => writeFileSync(process.env.FOOTPRINT_OUT, JSON.stringify({ urls: [...urls], workers, internals: process.moduleLoadList })));
`;

/** Path fragments of what the keeper process must never load, with why. */
const NEVER: readonly [RegExp, string][] = [
  [/\/node_modules\/ethers\//, "ethers 5 (only decryptKeystore needs it)"],
  [/\/node_modules\/(@esbuild|esbuild)\//, "esbuild (actions are built by `action build`, never at keeper start)"],
  [/\/actions\/build\.ts$/, "the action builder"],
  [/\/lit\/local\/|\/lit\/index\.ts$|\/lit\/chipotle-server\.ts$|\/lit\/naga\.ts$/, "the emulator, its Chipotle face, the Naga shim"],
  [/\/sim\//, "the market simulator"],
  [/\/keeper\/src\/(embedded|dev|view)\.ts$/, "the embedded stack and the terminal view"],
  [/\/node_modules\/(hardhat|@nomicfoundation)\//, "Hardhat / EDR"],
  [/\/node_modules\/pino-pretty\//, "pino-pretty (JSON logs)"],
];

type Footprint = { urls: string[]; workers: string[]; internals: string[] };

function read(file: string): Footprint {
  return JSON.parse(readFileSync(file, "utf8")) as Footprint;
}

function violations(footprint: Footprint): string[] {
  return NEVER.flatMap(([pattern, why]) => footprint.urls.filter((u) => pattern.test(u)).map((u) => `${u} (${why})`));
}

describe("the keeper process's footprint", () => {
  let s: EmbeddedStack;
  let server: ChipotleServer;
  let configFile: string;
  let env: NodeJS.ProcessEnv;
  let hookFile: string;

  beforeAll(async () => {
    s = await stack({ feeds: ["BTC/USD"], messaging: true });
    server = await serveChipotle(s.lit);
    const chipotle = await chipotleForStack(s, server);
    const input = structuredClone(s.configInput) as Record<string, any>;
    input.keeper = { id: "footprint", database: join(s.stateDir, "footprint.sqlite"), http: { host: "127.0.0.1", port: 0 }, log: { level: "info", pretty: false } };
    input.lit = chipotle.lit;
    input.messaging = chipotle.messaging;
    configFile = join(s.stateDir, "footprint.yaml");
    writeFileSync(configFile, stringify(input));
    hookFile = join(s.stateDir, "footprint-hook.mjs");
    writeFileSync(hookFile, HOOK);
    env = { ...process.env, KEEPER_PRIVATE_KEY: s.secrets.privateKey, LIT_API_KEY: chipotle.usageKey };
  });
  afterAll(async () => {
    await server?.close();
    await s?.close();
  });

  it("`keeper --config` runs rounds and relay loops without ethers, esbuild, the emulator, pino-pretty or the transpiler", async () => {
    const check = await promisify(execFile)(process.execPath, [CLI, "keeper", "--config", configFile, "--check"], { cwd: ROOT, env });
    expect(check.stdout).toMatch(/config OK: .*2 relay route\(s\).*Lit runtime chipotle/);

    const out = join(s.stateDir, "footprint-keeper.json");
    const child = spawn(process.execPath, ["--import", hookFile, CLI, "keeper", "--config", configFile], { cwd: ROOT, env: { ...env, FOOTPRINT_OUT: out }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let gone = false;
    void exited.then(() => (gone = true));
    try {
      const url = await eventually(() => {
        if (gone) return `exited: ${stderr}`;
        const started = stdout.split("\n").find((l) => l.includes('"keeper started"'));
        return started ? (JSON.parse(started) as { http: string }).http : undefined;
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      // A round has landed and the relay loops have scanned (both routes report a scan): the steady state's code has run.
      const ready = await eventually(async () => {
        if (gone) return { exited: true, stderr };
        const res = await fetch(`${url}/ready`);
        return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
      });
      expect(ready).toMatchObject({ status: "ready" });
      await eventually(async () => {
        const metrics = await (await fetch(`${url}/metrics`)).text();
        return /lit_oracle_updates_total\{feed="BTC\/USD"/.test(metrics) ? true : undefined;
      });
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);

    const footprint = read(out);
    // The hook saw the keeper's own graph (the control: an empty list would pass everything).
    for (const file of ["/keeper/src/keeper.ts", "/keeper/src/relay/loop.ts", "/keeper/src/feeds/round.ts", "/lit/chipotle.ts", "/node_modules/viem/", "/node_modules/pino/"]) {
      expect(footprint.urls.some((u) => u.includes(file)), file).toBe(true);
    }
    expect(violations(footprint)).toEqual([]);
    expect(footprint.workers).toEqual([]);
    // Every TypeScript source came from the compile cache that `--check` filled (unless the operator turned it off).
    if (!process.env.NODE_DISABLE_COMPILE_CACHE) expect(footprint.internals.filter((m) => m.includes("internal/deps/amaro"))).toEqual([]);
  });

  it("the pretty logger formats in the process's own thread (pino-pretty, no worker thread)", async () => {
    const footprintOf = async (name: string, script: string): Promise<Footprint & { stdout: string }> => {
      const out = join(s.stateDir, `footprint-${name}.json`);
      const file = join(ROOT, "test", "keeper", `.footprint-${name}-${process.pid}.mjs`);
      writeFileSync(file, script);
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", hookFile, file], { cwd: ROOT, env: { ...process.env, FOOTPRINT_OUT: out } }).finally(() => rmSync(file, { force: true }));
      return { ...read(out), stdout };
    };
    const logger = JSON.stringify(join(ROOT, "keeper/src/internal/logger.ts"));
    const pretty = await footprintOf("pretty", `const { createLogger } = await import(${logger}); createLogger({ pretty: true }).info({ feed: "BTC/USD" }, "pretty line");`);
    expect(pretty.stdout).toMatch(/INFO.*pretty line/);
    expect(pretty.urls.some((u) => u.includes("/node_modules/pino-pretty/"))).toBe(true);
    expect(pretty.workers).toEqual([]);
    // The control: pino's own transport (what the logger used before) starts a worker, and the hook sees it.
    const transport = await footprintOf("transport", `const { default: pino } = await import("pino"); const t = pino.transport({ target: "pino-pretty", options: { destination: 1 } }); pino({}, t).info("transport line"); t.end();`);
    expect(transport.workers).toEqual([expect.stringContaining("thread-stream")]);
  });
});
