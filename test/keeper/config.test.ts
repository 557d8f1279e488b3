import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadSecrets } from "../../keeper/src/config/index.ts";

const PUBKEY = "0x0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
const valid = {
  lit: { runtime: "local", actionCid: "QmRNRRWXJ4rkEqFbL8JHZ1GHaQqahCeBJ8ACmrRxr3JG16", pkpPublicKey: PUBKEY },
  chains: [{ name: "a", chainId: 31337, rpcUrls: ["http://127.0.0.1:8545"], receiver: "0x5FbDB2315678afecb367f032d93F642f64180aa3" }],
  feeds: [{ symbol: "BTC/USD" }, { symbol: "ETH/USD", deviationPpm: 1000 }],
};

function errorOf(fn: () => Promise<unknown>): Promise<ConfigError> {
  return fn().then(
    () => {
      throw new Error("expected a ConfigError");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    },
  );
}

describe("loadConfig", () => {
  it("fills defaults and freezes the result", async () => {
    const config = await loadConfig({ file: valid });
    expect(config.keeper.http.port).toBe(9464);
    expect(config.feeds[0]!.deviationPpm).toBe(5000);
    expect(config.chains[0]!.confirmations).toBe(1);
    expect(Object.isFrozen(config.feeds[0])).toBe(true);
  });

  it("merges flags > env > file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    const file = join(dir, "keeper.yaml");
    writeFileSync(
      file,
      `keeper:\n  id: from-file\n  http: { port: 1000 }\nlit:\n  runtime: local\n  actionCid: ${valid.lit.actionCid}\n  pkpPublicKey: "${PUBKEY}"\nchains:\n  - name: main-net\n    chainId: 1\n    rpcUrls: [http://a.example]\n    receiver: "${valid.chains[0]!.receiver}"\nfeeds:\n  - symbol: BTC/USD\n`,
    );
    const config = await loadConfig({
      file,
      env: { LIT_ORACLE_KEEPER_ID: "from-env", LIT_ORACLE_HTTP_PORT: "2000", LIT_ORACLE_RPC_URLS_MAIN_NET: "http://b.example, http://c.example" },
      flags: { port: 3000 },
    });
    expect(config.keeper.id).toBe("from-env");
    expect(config.keeper.http.port).toBe(3000);
    expect(config.chains[0]!.rpcUrls).toEqual(["http://b.example", "http://c.example"]);
  });

  it("names the bad field in every error", async () => {
    const bad = structuredClone(valid) as Record<string, unknown> & typeof valid;
    (bad.feeds[1] as Record<string, unknown>).deviationPpm = "lots";
    (bad.chains[0] as Record<string, unknown>).rpcUrls = ["not a url"];
    (bad.chains[0] as Record<string, unknown>).extra = 1;
    const error = await errorOf(() => loadConfig({ file: bad }));
    const text = error.issues.join("\n");
    expect(text).toMatch(/feeds\[1\]\.deviationPpm: expected number/);
    expect(text).toMatch(/chains\[0\]\.rpcUrls\[0\]: expected an http/);
    expect(text).toMatch(/chains\[0\]: unknown field "extra"/);
    expect(error.message).toContain("feeds[1].deviationPpm");
    const offCurve = { ...valid, lit: { ...valid.lit, pkpPublicKey: `0x04${"11".repeat(64)}` } };
    expect((await errorOf(() => loadConfig({ file: offCurve }))).issues.join()).toMatch(/lit\.pkpPublicKey: not a point on secp256k1/);
    // cross-field checks (run once the shapes are valid)
    const unknownChain = { ...valid, feeds: [{ symbol: "BTC/USD", chains: ["nope"] }, { symbol: "BTC/USD" }] };
    const cross = (await errorOf(() => loadConfig({ file: unknownChain }))).issues.join("\n");
    expect(cross).toMatch(/feeds\[0\]\.chains\[0\]: unknown chain "nope"/);
    expect(cross).toMatch(/feeds\[1\]\.symbol: duplicate feed "BTC\/USD"/);
  });

  it("reports a missing required section and unparsable files clearly", async () => {
    const { feeds: _, ...noFeeds } = valid;
    expect((await errorOf(() => loadConfig({ file: noFeeds }))).issues.join()).toMatch(/^feeds: required/);
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    writeFileSync(join(dir, "bad.json"), "{ nope");
    expect((await errorOf(() => loadConfig({ file: join(dir, "bad.json") }))).shortMessage).toMatch(/not valid JSON/);
    expect((await errorOf(() => loadConfig({ file: join(dir, "missing.yaml") }))).shortMessage).toMatch(/cannot read config file/);
    expect((await errorOf(() => loadConfig({ file: valid, env: { LIT_ORACLE_HTTP_PORT: "eighty" } }))).issues.join()).toMatch(/LIT_ORACLE_HTTP_PORT: expected a number/);
  });

  it("refuses secrets in the file and never echoes them", async () => {
    const secret = "0x" + "ab".repeat(32);
    const withKey = { ...valid, signer: { privateKey: secret } };
    const error = await errorOf(() => loadConfig({ file: withKey }));
    expect(error.issues.join()).toMatch(/signer\.privateKey: secrets are not read from the config file/);
    expect(error.message).not.toContain(secret);
  });
});

describe("keeper.example.yaml", () => {
  it("is a valid configuration", async () => {
    const config = await loadConfig({ file: new URL("../../keeper.example.yaml", import.meta.url).pathname });
    expect(config.chains.map((c) => c.name)).toEqual(["base", "arbitrum"]);
    expect(config.feeds[1]!.chains).toEqual(["base"]);
  });
});

describe("loadSecrets", () => {
  it("reads the key from env, validates it without echoing it, and requires LIT_API_KEY for chipotle", async () => {
    const config = await loadConfig({ file: valid });
    const key = "0x" + "cd".repeat(32);
    expect((await loadSecrets(config, { KEEPER_PRIVATE_KEY: key })).privateKey).toBe(key);
    await expect(loadSecrets(config, {})).rejects.toThrow(/KEEPER_PRIVATE_KEY/);
    const bad = "0x1234zz";
    await expect(loadSecrets(config, { KEEPER_PRIVATE_KEY: bad })).rejects.toThrow(/expected 32 bytes/);
    await expect(loadSecrets(config, { KEEPER_PRIVATE_KEY: bad })).rejects.not.toThrow(/1234zz/);
    const chipotle = await loadConfig({ file: { ...valid, lit: { ...valid.lit, runtime: "chipotle", url: "https://api.example" } } });
    await expect(loadSecrets(chipotle, { KEEPER_PRIVATE_KEY: key })).rejects.toThrow(/LIT_API_KEY/);
  });

  it("decrypts a V3 keystore with the password from env", async () => {
    const { Wallet } = await import("ethers");
    const wallet = new Wallet("0x" + "42".repeat(32));
    const json = await wallet.encrypt("hunter22", { scrypt: { N: 1024 } });
    const dir = mkdtempSync(join(tmpdir(), "ks-"));
    writeFileSync(join(dir, "key.json"), json);
    const config = await loadConfig({ file: { ...valid, signer: { keystore: join(dir, "key.json") } } });
    expect((await loadSecrets(config, { KEEPER_KEYSTORE_PASSWORD: "hunter22" })).privateKey).toBe(wallet.privateKey);
    await expect(loadSecrets(config, { KEEPER_KEYSTORE_PASSWORD: "wrong" })).rejects.toThrow(/cannot decrypt/);
    await expect(loadSecrets(config, {})).rejects.toThrow(/KEEPER_KEYSTORE_PASSWORD/);
  });
});
