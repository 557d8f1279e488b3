/**
 * `lit-oracle keeper --config <file>` as a separate process against an already-running stack (the
 * chains and the simulator of an embedded stack; the local Lit runtime reopened from its state
 * directory): it comes up, lands the first round, turns /ready green, and stops cleanly on SIGTERM.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import { eventually } from "../wait.ts";
import { stack } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("lit-oracle keeper --config", () => {
  let s: EmbeddedStack;
  beforeAll(async () => {
    s = await stack({ chainIds: [31_360], feeds: ["BTC/USD"] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("runs the schedule from a YAML file, serves /ready, and exits 0 on SIGTERM", async () => {
    const actionFile = join(s.stateDir, "price-feed.js");
    writeFileSync(actionFile, s.action.code);
    const file = join(s.stateDir, "keeper.yaml");
    const input = structuredClone(s.configInput) as Record<string, any>;
    input.keeper = { id: "ops", database: join(s.stateDir, "ops.sqlite"), http: { host: "127.0.0.1", port: 0 }, log: { level: "info", pretty: false } };
    input.lit = { ...input.lit, actionFile, actionCid: s.action.cid };
    input.feeds = input.feeds.map((f: Record<string, unknown>) => ({ ...f, schedule: "* * * * * *" }));
    writeFileSync(file, stringify(input));
    const port = 19_000 + Math.floor(Math.random() * 5_000);
    const child = spawn(process.execPath, [join(ROOT, "bin", "lit-oracle.js"), "keeper", "--config", file, "--port", String(port)], {
      cwd: ROOT,
      env: { ...process.env, KEEPER_PRIVATE_KEY: s.secrets.privateKey },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    if (process.env.KEEPER_COMMAND_TRACE) child.stdout.on("data", (d) => process.stderr.write(String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      // Until /ready is green, or the process has exited (then the assertions below say why).
      let gone = false;
      void exited.then(() => (gone = true));
      const ready = await eventually(async () => {
        if (gone) return { exited: true, stderr };
        const res = await fetch(`http://127.0.0.1:${port}/ready`);
        return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
      });
      expect(ready).toMatchObject({ status: "ready", stale: [] });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toMatch(/lit_oracle_updates_total\{feed="BTC\/USD",chain="local-31360",reason="initial",keeper="ops"\} 1/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // Nothing on stderr but node-cron's own "missed execution" warnings, which a loaded machine causes
    // (a tick that fires late); they are not the keeper's output.
    expect(stderr.split("\n").filter((line) => line !== "" && !/NODE-CRON.*missed execution/.test(line))).toEqual([]);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.msg === "keeper started")).toBe(true);
    expect(lines.some((l) => l.msg === "stopping gracefully")).toBe(true);
    expect(lines.at(-1)?.msg).toBe("keeper stopped");
    expect(stdout).not.toContain(s.secrets.privateKey.slice(2));
  });
});
