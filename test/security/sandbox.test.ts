/**
 * The emulator's sandbox as an attacker sees it: anyone who can run code on the local network
 * (`lit-oracle lit run`, the Chipotle REST face with any API key, a keeper's action) must not reach
 * an object of the host realm, nor any PKP key, nor the state directory.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../lit/local/network.ts";
import { nodeExecArgv } from "../../lit/local/node-process.ts";
import { STATE_FILE_NAME } from "../../lit/local/state.ts";
import { closedPortUrl } from "../keeper/helpers.ts";
import { PROBE_ACTION, PROBE_ACTION_CHIPOTLE } from "./sandbox-probes.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";


let net: LocalLitNetwork;
let server: Server;
let httpUrl: string;
let closedUrl: string;
let stateDir: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: "0x1" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  httpUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  closedUrl = await closedPortUrl();
  stateDir = mkdtempSync(join(tmpdir(), "lit-sandbox-"));
  net = await createLocalLitNetwork({ nodes: 3, stateDir, timeoutMs: LIT_HANG_GUARD_MS, chipotleTimeoutMs: LIT_HANG_GUARD_MS });
});
afterAll(async () => {
  await net?.close();
  server?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

function escapes(verdicts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(verdicts).filter(([, verdict]) => verdict !== "blocked"));
}

describe("sandbox escape probes", () => {
  it("the probes detect an escape where a host object is exposed (control)", async () => {
    // The same probe action in a bare vm context given the host's URL, as the emulator once did.
    const context = vm.createContext({ URL, jsParams: { httpUrl, closedUrl } }, { codeGeneration: { strings: false, wasm: true } });
    const leaked = vm.runInContext("URL.constructor('return typeof process')()", context);
    expect(leaked).toBe("object");
    const judged = vm.runInContext(
      `(() => { const F = URL.constructor; try { return "ESCAPED: " + F("return typeof process")(); } catch { return "blocked"; } })()`,
      context,
    );
    expect(judged).toMatch(/^ESCAPED/);
  });

  it("no probe reaches the host realm from a Naga action", async () => {
    const pkp = net.mintPkp();
    const result = await net.execute({ code: PROBE_ACTION, jsParams: { httpUrl, closedUrl, publicKey: pkp.publicKey } });
    const verdicts = JSON.parse(result.response as string) as Record<string, string>;
    expect(Object.keys(verdicts).length).toBeGreaterThan(90);
    expect(escapes(verdicts)).toEqual({});
  });

  it("no probe reaches the host realm from a Chipotle action (the REST face)", async () => {
    const result = await net.executeChipotle({ code: PROBE_ACTION_CHIPOTLE, jsParams: { httpUrl, closedUrl } });
    const verdicts = result.response as Record<string, string>;
    expect(Object.keys(verdicts).length).toBeGreaterThan(90);
    expect(escapes(verdicts)).toEqual({});
  });

  it("the reported escape, URL.constructor('return process')(), is refused", async () => {
    const code = `(async () => {
      let out;
      try { out = "reached " + typeof URL.constructor("return process")(); } catch (e) { out = e.name + ": " + e.message; }
      Lit.Actions.setResponse({ response: out });
    })();`;
    expect((await net.execute({ code })).response).toMatch(/^EvalError: Code generation from strings disallowed/);
  });

  it("a thrown non-Error value and a Proxy thrown at the host are reported without touching the host", async () => {
    const thrown = net.execute({ code: `throw new Proxy({}, { get: () => { throw new Error("trap"); }, getPrototypeOf: () => { throw new Error("trap"); } });` });
    await expect(thrown).rejects.toThrow(/Uncaught/);
    await expect(net.execute({ code: `(async () => { throw "plain"; })();` })).rejects.toThrow(/Uncaught \(in promise\) plain/);
  });
});

describe("keys and state out of the action's reach", () => {
  it("node processes run under the permission model, with no read access to the state directory and an empty environment", async () => {
    await net.execute({ code: "Lit.Actions.setResponse({ response: 'up' })" });
    const pids = net.nodeProcessIds();
    expect(pids.size).toBeGreaterThan(0);
    for (const pid of pids.values()) {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      expect(cmdline).toContain("--permission");
      const reads = cmdline.filter((arg) => arg.startsWith("--allow-fs-read=")).map((arg) => arg.slice("--allow-fs-read=".length));
      for (const read of reads) expect(stateDir.startsWith(read)).toBe(false);
      expect(cmdline.some((arg) => arg.startsWith("--allow-fs-write") || arg.startsWith("--allow-child-process") || arg.startsWith("--allow-worker") || arg.startsWith("--allow-addons"))).toBe(false);
      // Only the IPC channel's own variables, set by fork(): nothing of the operator's environment.
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").filter(Boolean).map((entry) => entry.split("=")[0]);
      expect(environ.sort()).toEqual(["NODE_CHANNEL_FD", "NODE_CHANNEL_SERIALIZATION_MODE"]);
    }
  });

  it("code running with a node process's flags cannot read the PKP keys even with fs in hand", () => {
    net.mintPkp();
    const stateFile = join(stateDir, STATE_FILE_NAME);
    expect(existsSync(stateFile)).toBe(true);
    expect(readFileSync(stateFile, "utf8")).toMatch(/"privateKey": "0x[0-9a-f]{64}"/);
    // What an escaped action would run in the node's process: the same flags, a direct fs read.
    const script = `try { require("node:fs").readFileSync(${JSON.stringify(stateFile)}, "utf8"); console.log("READ"); } catch (e) { console.log(e.code); }`;
    const child = spawnSync(process.execPath, [...nodeExecArgv(64), "--input-type=commonjs", "-e", script], { encoding: "utf8", env: {} });
    expect(child.stdout.trim()).toBe("ERR_ACCESS_DENIED");
    const spawn = spawnSync(process.execPath, [...nodeExecArgv(64), "--input-type=commonjs", "-e", `try { require("node:child_process").execSync("true"); console.log("SPAWNED"); } catch (e) { console.log(e.code); }`], { encoding: "utf8", env: {} });
    expect(spawn.stdout.trim()).toBe("ERR_ACCESS_DENIED");
  });

  it("refuses a state directory the node processes could read", async () => {
    const inside = join(import.meta.dirname, "..", "..", "lit", "local", "state-here");
    await expect(createLocalLitNetwork({ nodes: 1, stateDir: inside })).rejects.toThrow(/overlaps .* which the nodes' processes can read/);
    expect(existsSync(inside)).toBe(false); // refused before the state file (and its keys) is written
  });

  it("a node blocked in Atomics.wait is killed at the timeout and serves again", async () => {
    const local = await createLocalLitNetwork({ nodes: 1, timeoutMs: 2_000 });
    try {
      const blocked = local.execute({ code: "(async () => { await null; Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); })();" });
      await expect(blocked).rejects.toThrow(/exceeded the maximum runtime of 2000ms/);
      expect((await local.execute({ code: "Lit.Actions.setResponse({ response: 'back' })" })).response).toBe("back");
    } finally {
      await local.close();
    }
  });
});
