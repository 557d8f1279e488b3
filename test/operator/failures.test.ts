/**
 * The operator path's failure modes: each command refuses bad input with a clear error and a non-zero
 * exit (wrong URL, down RPC or service, missing key, unsafe bind), and never prints a secret.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CLI, run, stopAll } from "./processes.ts";

const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const PUBLIC_KEY = "0x048318535b54105d4a7aae60c08fc45f9687181b4fdfc625bd1a753fa7397fed753547f11ca8696646f2f3acb08e31016afac23e630c5d11f59f61fef57b0d2aa5";

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("operator commands fail clearly", () => {
  const dir = mkdtempSync(join(tmpdir(), "lit-oracle-operator-fail-"));
  afterAll(async () => {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it("deploy: a down RPC names its origin only (never the path, where provider keys live); no key is refused", async () => {
    const port = await closedPort();
    const down = await run("deploy-down", [CLI, "deploy", "--rpc", `http://127.0.0.1:${port}/v2/secret-provider-key`, "--network", "x", "--signer", "0x0000000000000000000000000000000000000001", "--feeds", "BTC/USD", "--out-dir", dir], { DEPLOYER_PRIVATE_KEY: DEPLOYER_KEY });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`cannot reach the RPC at http://127.0.0.1:${port}`);
    expect(down.stderr).not.toContain("secret-provider-key");
    const noKey = await run("deploy-nokey", [CLI, "deploy", "--rpc", `http://127.0.0.1:${port}`, "--network", "x", "--signer", "0x0000000000000000000000000000000000000001", "--feeds", "BTC/USD"], { DEPLOYER_PRIVATE_KEY: "" });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/set DEPLOYER_PRIVATE_KEY/);
  });

  it("chipotle setup: a service that is not there is named", async () => {
    const port = await closedPort();
    const out = await run("setup-down", [CLI, "chipotle", "setup", "--url", `http://127.0.0.1:${port}`, "--new-account", "--account-key-out", join(dir, "a"), "--usage-key-out", join(dir, "u"), "--out", join(dir, "s.json")], { LIT_ACCOUNT_API_KEY: "" });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`cannot reach Chipotle at http://127.0.0.1:${port}`);
    const plain = await run("setup-http", [CLI, "chipotle", "setup", "--url", "http://chipotle.example", "--new-account", "--account-key-out", join(dir, "a")], { LIT_ACCOUNT_API_KEY: "" });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/must be https/);
  });

  it("keeper --check: chipotle without LIT_API_KEY, or at a plain-http remote URL, is an invalid config (exit 2)", async () => {
    const base = {
      lit: { runtime: "chipotle", url: "http://127.0.0.1:8700", actionCid: "QmTxctB8fw14saBDvThW1nLW3eHChtc8FQEoy5qRTfYgNv", pkpPublicKey: PUBLIC_KEY, pkpId: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266" },
      chains: [{ name: "local", chainId: 31337, rpcUrls: ["http://127.0.0.1:8545"], receiver: "0x0000000000000000000000000000000000000001" }],
      feeds: [{ symbol: "BTC/USD" }],
    };
    const file = join(dir, "keeper.yaml");
    writeFileSync(file, stringify(base));
    const noKey = await run("keeper-nokey", [CLI, "keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: DEPLOYER_KEY, LIT_API_KEY: "" });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/LIT_API_KEY is not set/);
    expect(noKey.stderr).not.toContain(DEPLOYER_KEY.slice(2));
    writeFileSync(file, stringify({ ...base, lit: { ...base.lit, url: "http://chipotle.example" } }));
    const remote = await run("keeper-http", [CLI, "keeper", "--config", file, "--check"], { KEEPER_PRIVATE_KEY: DEPLOYER_KEY, LIT_API_KEY: "usage-key-value-1234" });
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/lit\.url: Chipotle URL must be https/);
    expect(remote.stderr).not.toContain("usage-key-value-1234");
  });

  it("lit serve refuses a non-loopback bind and a port in use; sim serve refuses a manifest without chains", async () => {
    const exposed = await run("lit-serve-exposed", [CLI, "lit", "serve", "--host", "0.0.0.0", "--state-dir", join(dir, "lit")]);
    expect(exposed.code).not.toBe(0);
    expect(exposed.stderr).toMatch(/only loopback/);
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const busy = await run("sim-serve-busy", [CLI, "sim", "serve", "--port", String(port)]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(new RegExp(`port ${port} is in use`));
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
    const noChain = await run("sim-serve-nochain", [CLI, "sim", "serve", "--port", "0", "--manifest-out", join(dir, "m.json")]);
    expect(noChain.code).toBe(1);
    expect(noChain.stderr).toMatch(/--manifest-out needs at least one --chain/);
    const badChain = await run("sim-serve-badchain", [CLI, "sim", "serve", "--port", "0", "--manifest-out", join(dir, "m.json"), "--chain", "31337"]);
    expect(badChain.code).toBe(1);
    expect(badChain.stderr).toMatch(/--chain expects <chainId>=<http\(s\) RPC URL>/);
  });
});
