/**
 * The `lit-oracle` keeper commands as an operator runs them (spawned with the pinned Node 24):
 * `keeper --check` exit codes and field-naming errors, secrets never printed, `push --json` format,
 * `dev --rounds`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "lit-oracle.js");
const KEY = `0x${"3c".repeat(32)}`;

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function writeConfig(text: string, name = "keeper.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "keeper-cli-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const VALID = `
keeper:
  id: ops-1
lit:
  runtime: chipotle
  url: https://api.example.invalid
  actionCid: QmRNRRWXJ4rkEqFbL8JHZ1GHaQqahCeBJ8ACmrRxr3JG16
  pkpPublicKey: "0x0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"
chains:
  - name: base
    chainId: 8453
    rpcUrls: [https://rpc-a.example.invalid, https://rpc-b.example.invalid]
    receiver: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
feeds:
  - symbol: BTC/USD
    deviationPpm: 5000
    heartbeatSeconds: 3600
`;

describe("lit-oracle keeper --check", () => {
  it("exits 0 on a valid config and never prints the secrets", async () => {
    const file = writeConfig(VALID);
    const result = await run(["keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: KEY, LIT_API_KEY: "lit-secret-api-key-123" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/config OK: keeper ops-1, 1 chain\(s\) \[base:8453\], 1 feed\(s\) \[BTC\/USD\], Lit runtime chipotle/);
    expect(result.stdout + result.stderr).not.toContain(KEY.slice(2));
    expect(result.stdout + result.stderr).not.toContain("lit-secret-api-key-123");
  });

  it("exits 2 naming every bad field", async () => {
    const file = writeConfig(VALID.replace("deviationPpm: 5000", 'deviationPpm: "high"').replace("chainId: 8453", "chainId: -1").replace("heartbeatSeconds: 3600", "heartbeatSeconds: 3600\n    colour: blue"));
    const result = await run(["keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: KEY, LIT_API_KEY: "k".repeat(16) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invalid configuration in .*keeper\.yaml \(3 problems\)/);
    expect(result.stderr).toMatch(/feeds\[0\]\.deviationPpm: expected number, received string/);
    expect(result.stderr).toMatch(/chains\[0\]\.chainId: Too small/i);
    expect(result.stderr).toMatch(/feeds\[0\]: unknown field "colour"/);
  });

  it("exits 2 when a secret is missing or malformed, naming the variable and never the value", async () => {
    const file = writeConfig(VALID);
    const missing = await run(["keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: "", LIT_API_KEY: "x".repeat(16) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/KEEPER_PRIVATE_KEY/);
    const malformed = await run(["keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: "0xnotakey-but-secretish", LIT_API_KEY: "x".repeat(16) });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).not.toContain("notakey-but-secretish");
    const noApiKey = await run(["keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: KEY, LIT_API_KEY: "" });
    expect(noApiKey.code).toBe(2);
    expect(noApiKey.stderr).toMatch(/LIT_API_KEY/);
  });

  it("exits 2 on an unreadable or unparsable file", async () => {
    const result = await run(["keeper", "--config", "/nonexistent/keeper.yaml", "--check"], { KEEPER_PRIVATE_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read config file \/nonexistent\/keeper\.yaml/);
    const bad = await run(["keeper", "--config", writeConfig("feeds: [unclosed", "k.yaml"), "--check"], { KEEPER_PRIVATE_KEY: KEY });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not valid YAML/);
  });
});

describe("lit-oracle push", () => {
  it("--json without a config: one JSON object per feed and chain on its own line, on a throwaway embedded stack", async () => {
    const result = await run(["push", "--json", "--feed", "BTC/USD", "ETH/USD"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(["feed", "decision", "answer", "sourcesUsed", "txHash", "gasUsed"]));
      expect(o.decision).toMatchObject({ update: true, reason: "initial" });
      expect(o.outcome).toBe("updated");
      expect(o.txHash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(Number(o.gasUsed)).toBeGreaterThan(0);
      expect(BigInt(o.answer as string)).toBeGreaterThan(0n);
      expect(o.sourcesUsed).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(objects.map((o) => o.feed))).toEqual(new Set(["BTC/USD", "ETH/USD"]));
  });

  it("rejects an unknown --feed with a clear error", async () => {
    const result = await run(["push", "--feed", "DOGE/USD"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--feed: unknown feed "DOGE\/USD"/);
  });
});

describe("lit-oracle dev", () => {
  it("--rounds runs the embedded stack non-interactively and exits 0", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "dev-"));
    const result = await run(["dev", "--rounds", "2", "--port", "0", "--rpc-ports", "0,0", "--state-dir", stateDir, "--view", "off"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const finished = lines.find((l) => l.msg === "dev finished");
    // The first round lands all six (feed, chain) pairs; whether the second finds the random walk past the
    // 0.1 % threshold depends on how long the first took (the walk follows the wall clock), so 6 to 12.
    expect(finished).toMatchObject({ rounds: 2, failures: 0 });
    expect(finished!.updates).toBeGreaterThanOrEqual(6);
    expect(finished!.updates).toBeLessThanOrEqual(12);
    expect(lines.some((l) => l.msg === "serving /metrics, /health and /ready")).toBe(true);
  });
});
