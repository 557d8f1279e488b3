/**
 * `lit-oracle dev` as a dapp developer meets it: progress lines while the stack starts, the dashboard
 * URL, each feed's AggregatorV3 address per chain, fixed RPC ports that can be moved with
 * `--rpc-ports`, and a clear error when a port is taken.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEV_RPC_PORTS, runDev } from "../../keeper/src/dev.ts";
import type { FeedStatus } from "../../keeper/src/keeper.ts";
import { aggregatorLines, renderView } from "../../keeper/src/view.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "lit-oracle.js");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // No kill timeout: `dev --rounds 1` exits on its own once its round is done; vitest's testTimeout is the hang guard.
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("lit-oracle dev for a dapp developer", () => {
  it("defaults to fixed RPC ports for the two chains", () => {
    expect(DEV_RPC_PORTS).toEqual([8545, 8546]);
  });

  it("the live view prints progress while starting, then the dashboard URL and the AggregatorV3 addresses", async () => {
    let text = "";
    const out = new Writable({
      write(chunk, _encoding, callback) {
        text += String(chunk);
        callback();
      },
    }) as unknown as NodeJS.WriteStream;
    const summary = await runDev({ port: 0, rpcPorts: [0, 0], rounds: 1, view: "on", out, stateDir: mkdtempSync(join(tmpdir(), "dev-view-")) });
    expect(summary).toMatchObject({ rounds: 1, updates: 6, failures: 0 });
    const plain = text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
    for (const step of ["starting the market simulator", "starting chain 31337 on 127.0.0.1", "starting chain 31338 on 127.0.0.1", "starting the local Lit network (5 nodes)", "building the price-feed action with the embedded manifest (its own CID)", "deploying router, receiver and 3 feeds on chain 31337", "starting the keeper"]) {
      expect(plain).toContain(`· ${step}`);
    }
    expect(plain).toMatch(/dashboard http:\/\/127\.0\.0\.1:\d+\/ /);
    expect(plain).toContain("AGGREGATORV3 ADDRESSES");
    expect(plain).toMatch(/BTC\/USD\s+local-31337 0x[0-9a-fA-F]{40}\s+local-31338 0x[0-9a-fA-F]{40}/);
  });

  it("without a terminal, the JSON log says where the dashboard and each AggregatorV3 are", async () => {
    const result = await run(["dev", "--rounds", "1", "--port", "0", "--rpc-ports", "0,0", "--view", "off", "--state-dir", mkdtempSync(join(tmpdir(), "dev-json-"))]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.msg === "starting the embedded stack").map((l) => l.step)).toContain("starting the local Lit network (5 nodes)");
    const running = lines.find((l) => l.msg === "dev keeper running") as { dashboard: string; aggregators: { feed: string; chain: string; address: string }[]; chains: { rpc: string }[] };
    // Log lines pass through redactUrls, which keeps a URL's scheme and host only (no path).
    expect(running.dashboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    expect(running.aggregators).toHaveLength(6);
    for (const a of running.aggregators) expect(a.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(running.chains).toHaveLength(2);
  });

  it("a taken RPC port is a clear error naming the flag", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
    const port = (busy.address() as { port: number }).port;
    try {
      const result = await run(["dev", "--rounds", "1", "--port", "0", "--rpc-ports", `${port},0`, "--view", "off", "--state-dir", mkdtempSync(join(tmpdir(), "dev-busy-"))]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
      expect(result.stderr).toContain("--rpc-ports");
    } finally {
      busy.close();
    }
    const bad = await run(["dev", "--rpc-ports", "8545"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--rpc-ports takes 2 comma-separated ports");
  });

  it("renderView lists each feed's AggregatorV3 address per chain", () => {
    const row = (feed: string, chain: string, aggregator: string | undefined): FeedStatus => ({
      feed,
      chain,
      chainId: 1,
      answer: 100n,
      decimals: 0,
      observedAt: 1,
      ageSeconds: 1,
      heartbeatSeconds: 60,
      lastDecision: undefined,
      lastOutcome: undefined,
      lastTx: undefined,
      aggregator,
    });
    const a = `0x${"a".repeat(40)}`;
    const status = [row("BTC/USD", "one", a), row("BTC/USD", "two", undefined)];
    expect(aggregatorLines(status)).toEqual([`BTC/USD   one ${a}   two —`]);
    expect(aggregatorLines([row("BTC/USD", "one", undefined)])).toEqual([]);
    const view = renderView(status, { title: "t", lines: [], rounds: 0, counters: { updates: 0, skipped: 0, failures: 0, alreadyDone: 0 }, events: [], now: new Date(0) }, false);
    expect(view).toContain("AGGREGATORV3 ADDRESSES");
  });
});
