/**
 * The operator's real path, as separate processes talking only over loopback, exactly as
 * docs/operate.md tells an operator to run it (with local stand-ins for the networks):
 *
 *   npx hardhat node (x2, chains 31337 and 31338)      standalone JSON-RPC nodes
 *   lit-oracle lit serve                                 Chipotle's REST API (/core/v1/) over the emulator, state on disk
 *   lit-oracle sim serve --manifest-out                  the venues + a `local` manifest pinning them and the RPCs
 *   lit-oracle action build --manifest                   the bundle (its own CID)
 *   lit-oracle chipotle setup --new-account              account, action by CID, PKP, group, usage key
 *   lit-oracle deploy (x2)                               router, receiver (signer = the PKP), feeds
 *   lit-oracle keeper --config keeper.yaml               runtime chipotle at the loopback origin
 *
 * Updates land on both chains and are read back through the AggregatorV3 addresses with Chainlink's own
 * ABI; then `lit serve` is restarted and the keeper's next updates still land (accounts, groups, usage
 * key and PKP survived). Every wait is on an event: a ready line, a log line, chain state.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createPublicClient, http, type Abi, type Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { devAccounts } from "../../keeper/src/chain/local.ts";
import { deploymentSchema, type Deployment } from "../../keeper/src/chain/deploy.ts";
import { eventually } from "../wait.ts";
import { CLI, HARDHAT_CLI, ROOT, run, start, stopAll, type Service } from "./processes.ts";

const AGGREGATOR_V3_ABI = JSON.parse(readFileSync(new URL("../../node_modules/@chainlink/contracts/abi/v0.8/AggregatorV3Interface.json", import.meta.url), "utf8")) as Abi;
const CHAIN_IDS = [31_337, 31_338] as const;
const FEEDS = ["BTC/USD", "ETH/USD"] as const;
const [DEPLOYER, KEEPER] = devAccounts(2) as [ReturnType<typeof devAccounts>[number], ReturnType<typeof devAccounts>[number]];

type Ready = { url: string; [key: string]: unknown };

async function readyJson(service: Service): Promise<Ready> {
  return JSON.parse(await service.line(/^\{"event":"ready"/)) as Ready;
}

async function hardhatNode(chainId: number): Promise<{ service: Service; rpcUrl: string }> {
  const service = start(`hardhat-node-${chainId}`, [HARDHAT_CLI, "node", "--hostname", "127.0.0.1", "--port", "0", "--chain-id", String(chainId)]);
  const line = await service.line(/Started HTTP and WebSocket JSON-RPC server at http:\/\/127\.0\.0\.1:\d+/);
  const port = /:(\d+)\//.exec(line)![1];
  return { service, rpcUrl: `http://127.0.0.1:${port}` };
}

async function latestRound(rpcUrl: string, feed: Address): Promise<{ roundId: bigint; answer: bigint; updatedAt: bigint }> {
  const client = createPublicClient({ transport: http(rpcUrl) });
  const [roundId, answer, , updatedAt] = (await client.readContract({ address: feed, abi: AGGREGATOR_V3_ABI, functionName: "latestRoundData" })) as [bigint, bigint, bigint, bigint, bigint];
  return { roundId, answer, updatedAt };
}

describe("the operator path: separate processes over loopback", () => {
  const dir = mkdtempSync(join(tmpdir(), "lit-oracle-operator-"));
  const chains: { chainId: number; rpcUrl: string; deployment?: Deployment }[] = [];
  let lit: Service;
  let litUrl: string;
  let keeper: Service;
  let usageKey: string;
  let accountKey: string;

  beforeAll(async () => {
    // (a) two standalone JSON-RPC nodes and (c) the Chipotle face, all starting at once.
    const litService = start("lit-serve", [CLI, "lit", "serve", "--port", "0", "--json", "--state-dir", join(dir, "lit")]);
    const nodes = await Promise.all(CHAIN_IDS.map((id) => hardhatNode(id)));
    for (const [i, node] of nodes.entries()) chains.push({ chainId: CHAIN_IDS[i]!, rpcUrl: node.rpcUrl });
    // (b) the venues, and the manifest pinning them and both chains' RPCs.
    const manifestFile = join(dir, "manifest.json");
    const sim = start("sim-serve", [CLI, "sim", "serve", "--port", "0", "--json", "--feeds", FEEDS.join(","), "--manifest-out", manifestFile, ...chains.flatMap((c) => ["--chain", `${c.chainId}=${c.rpcUrl}`])]);
    const simReady = await readyJson(sim);
    expect(simReady.manifest).toBe(manifestFile);
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { local: boolean; chains: { chainId: number; rpcUrls: string[] }[]; sources: Record<string, { baseUrl: string }> };
    expect(manifest.local).toBe(true);
    expect(manifest.chains).toEqual(chains.map((c) => expect.objectContaining({ chainId: c.chainId, rpcUrls: [c.rpcUrl] })));
    expect(Object.values(manifest.sources).every((s) => s.baseUrl.startsWith(`${simReady.url}/`))).toBe(true);
    litUrl = (await readyJson(litService)).url;
    lit = litService;

    // (d) the bundle, then Chipotle's setup flow against it.
    const built = await run("action-build", [CLI, "action", "build", "--manifest", manifestFile, "--out", join(dir, "dist"), "--json"]);
    expect(built.code, built.stderr).toBe(0);
    const rows = JSON.parse(built.stdout) as { name: string; file: string; cid: string }[];
    const row = rows.find((r) => r.name === "price-feed.chipotle")!;
    const bundle = { ...row, file: resolve(ROOT, row.file) };
    expect(bundle.file).toBe(join(dir, "dist", "price-feed.chipotle.js"));
    const setup = await run("chipotle-setup", [
      CLI, "chipotle", "setup", "--url", litUrl, "--action", bundle.file, "--new-account",
      "--account-key-out", join(dir, "account-key"), "--usage-key-out", join(dir, "usage-key"), "--out", join(dir, "setup.json"), "--json",
    ], { LIT_ACCOUNT_API_KEY: "" });
    expect(setup.code, setup.stderr).toBe(0);
    const result = JSON.parse(setup.stdout) as { actionCid: string; pkpId: Address; pkpPublicKey: string; keeperLit: Record<string, unknown> };
    expect(result.actionCid).toBe(bundle.cid);
    usageKey = readFileSync(join(dir, "usage-key"), "utf8").trim();
    accountKey = readFileSync(join(dir, "account-key"), "utf8").trim();
    expect(setup.stdout + setup.stderr).not.toContain(usageKey);
    expect(setup.stdout + setup.stderr).not.toContain(accountKey);

    // (e) the contracts on both chains, the PKP as the receivers' signer.
    await Promise.all(
      chains.map(async (chain) => {
        const deployed = await run(`deploy-${chain.chainId}`, [
          CLI, "deploy", "--rpc", chain.rpcUrl, "--network", `local-${chain.chainId}`, "--signer", result.pkpId,
          "--feeds", FEEDS.map((f) => `${f}:8:3600`).join(","), "--out-dir", join(dir, "deployments"),
        ], { DEPLOYER_PRIVATE_KEY: DEPLOYER.privateKey });
        expect(deployed.code, deployed.stderr).toBe(0);
        chain.deployment = deploymentSchema.parse(JSON.parse(readFileSync(deployed.stdout.trim(), "utf8")));
        expect(chain.deployment.signer.toLowerCase()).toBe(result.pkpId.toLowerCase());
      }),
    );

    // (f) the keeper, from its config file, on Chipotle at the loopback origin (the client adds /core/v1).
    const config = {
      keeper: { id: "operator", database: join(dir, "keeper.sqlite"), http: { host: "127.0.0.1", port: 0 }, log: { level: "info", pretty: false } },
      lit: { ...result.keeperLit, timeoutMs: 120_000 } as Record<string, unknown>,
      chains: chains.map((c) => ({
        name: `local-${c.chainId}`,
        chainId: c.chainId,
        rpcUrls: [c.rpcUrl],
        receiver: c.deployment!.contracts.receiver,
        deployBlock: c.deployment!.deployBlock,
        pollIntervalMs: 100,
      })),
      // Every move updates (1 ppm), so updates keep landing while the market walks.
      feeds: FEEDS.map((symbol) => ({ symbol, decimals: 8, deviationPpm: 1, heartbeatSeconds: 3600, schedule: "*/2 * * * * *" })),
    };
    expect(config.lit.url).toBe(litUrl);
    const configFile = join(dir, "keeper.yaml");
    writeFileSync(configFile, stringify(config));
    const check = await run("keeper-check", [CLI, "keeper", "--config", configFile, "--check"], { KEEPER_PRIVATE_KEY: KEEPER.privateKey, LIT_API_KEY: usageKey });
    expect(check.code, check.stderr).toBe(0);
    keeper = start("keeper", [CLI, "keeper", "--config", configFile], { KEEPER_PRIVATE_KEY: KEEPER.privateKey, LIT_API_KEY: usageKey });
  });

  afterAll(async () => {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lands updates on both chains, read back through the AggregatorV3 addresses", async () => {
    const started = JSON.parse(await keeper.line(/"msg":"keeper started"/)) as { http: string };
    // /ready turns green once every feed on every chain is fresh.
    const ready = await eventually(async () => {
      const res = await fetch(`${started.http}/ready`);
      return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
    });
    expect(ready).toMatchObject({ status: "ready", stale: [] });
    for (const chain of chains) {
      for (const feed of FEEDS) {
        const round = await latestRound(chain.rpcUrl, chain.deployment!.contracts.feeds[feed]!.address as Address);
        expect(round.roundId).toBeGreaterThan(0n);
        expect(round.updatedAt).toBeGreaterThan(0n);
        const usd = Number(round.answer) / 1e8;
        expect(usd).toBeGreaterThan(feed === "BTC/USD" ? 50_000 : 2_500);
        expect(usd).toBeLessThan(feed === "BTC/USD" ? 90_000 : 5_000);
      }
    }
    const metrics = await (await fetch(`${started.http}/metrics`)).text();
    for (const chain of chains) expect(metrics).toMatch(new RegExp(`lit_oracle_updates_total\\{feed="BTC/USD",chain="local-${chain.chainId}",reason="initial",keeper="operator"\\} 1`));
    // Neither key ever reaches the keeper's output.
    expect(keeper.stdout() + keeper.stderr()).not.toContain(usageKey);
    expect(keeper.stdout() + keeper.stderr()).not.toContain(KEEPER.privateKey.slice(2));
  });

  it("keeps landing after `lit serve` restarts: accounts, group, usage key and PKP persisted", async () => {
    const port = new URL(litUrl).port;
    const before = await Promise.all(chains.map((c) => latestRound(c.rpcUrl, c.deployment!.contracts.feeds["BTC/USD"]!.address as Address)));
    expect(await lit.stop()).toBe(0);
    lit = start("lit-serve-2", [CLI, "lit", "serve", "--port", port, "--json", "--state-dir", join(dir, "lit")]);
    const ready = await readyJson(lit);
    expect(ready.url).toBe(litUrl);
    expect(ready.pkps).toBeGreaterThan(0);
    // A later round lands on both chains with the same PKP, through the restarted server.
    const landedAfter = keeper.lines(/"msg":"report landed"/).length;
    await eventually(async () => {
      const now = await Promise.all(chains.map((c) => latestRound(c.rpcUrl, c.deployment!.contracts.feeds["BTC/USD"]!.address as Address)));
      return now.every((r, i) => r.roundId > before[i]!.roundId) && keeper.lines(/"msg":"report landed"/).length > landedAfter ? true : undefined;
    });
    const accounts = readFileSync(join(dir, "lit", "chipotle-accounts.json"), "utf8");
    expect(accounts).not.toContain(usageKey);
    expect(accounts).not.toContain(accountKey);
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await keeper.stop()).toBe(0);
    const lines = keeper.stdout().trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg?: string });
    expect(lines.at(-1)?.msg).toBe("keeper stopped");
  });
});
