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
 *   lit-oracle deploy --messenger --plan                 the relay manifest (predicted messengers) and bundles
 *   lit-oracle chipotle setup --usage-group …            the relay action's PKP and group; one usage key for both
 *   lit-oracle deploy --messenger --signer <relay PKP>   messengers, PingPong, LitTokenBridge, lanes, routes
 *   lit-oracle keeper --config keeper.yaml               runtime chipotle at the loopback origin, both routes
 *   lit-oracle send ping / send tokens --wait            messages both ways
 *
 * Updates land on both chains and are read back through the AggregatorV3 addresses with Chainlink's own
 * ABI; messages are delivered both ways exactly once (read on chain), also across a keeper killed
 * mid-delivery; then `lit serve` is restarted and the keeper's next updates still land (accounts,
 * groups, usage key and PKP survived). Every wait is on an event: a ready line, a log line, chain state.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createPublicClient, createWalletClient, decodeEventLog, http, parseUnits, type Abi, type Address, type Hex, type PublicClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { devAccounts } from "../../keeper/src/chain/local.ts";
import { deploymentSchema, readDeployment, type Deployment } from "../../keeper/src/chain/deploy.ts";
import { messengerAbi, pingPongAbi, tokenBridgeAbi } from "../../keeper/src/chain/abi.ts";
import { sendPing } from "../../keeper/src/chain/messaging.ts";
import { findMessages } from "../../actions/src/messenger/relayer.ts";
import { chainOf } from "../../keeper/src/rpc.ts";
import { eventually } from "../wait.ts";
import { CLI, HARDHAT_CLI, ROOT, run, start, stopAll, type Service } from "./processes.ts";

const AGGREGATOR_V3_ABI = JSON.parse(readFileSync(new URL("../../node_modules/@chainlink/contracts/abi/v0.8/AggregatorV3Interface.json", import.meta.url), "utf8")) as Abi;
const CHAIN_IDS = [31_337, 31_338] as const;
const FEEDS = ["BTC/USD", "ETH/USD"] as const;
const [DEPLOYER, KEEPER, SENDER] = devAccounts(3) as [ReturnType<typeof devAccounts>[number], ReturnType<typeof devAccounts>[number], ReturnType<typeof devAccounts>[number]];
const NETWORKS = CHAIN_IDS.map((id) => `local-${id}`);
/** Pings sent each way while the keeper is killed mid-delivery. */
const RESTART_PINGS = 3;
/** `hardhat node`'s interval mining (hardhat.config.ts, network `node`), restored after the freeze. */
const NODE_BLOCK_TIME_MS = 2_000;

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
  let keeperEnv: Record<string, string>;
  let configPath: string;
  const client = (i: number) => createPublicClient({ transport: http(chains[i]!.rpcUrl) }) as PublicClient;
  /** Every log of `abi`'s `eventName` emitted by `address` on chain `i`, decoded. */
  const events = async (i: number, address: Address, abi: Abi, eventName: string): Promise<(Record<string, unknown> & { txHash: Hex | null })[]> => {
    const logs = await client(i).getLogs({ address, fromBlock: 0n, toBlock: "latest" });
    return logs.flatMap((log) => {
      try {
          const ev = decodeEventLog({ abi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
          return ev.eventName === eventName ? [{ ...(ev.args as unknown as Record<string, unknown>), txHash: log.transactionHash }] : [];
        } catch {
          return [];
        }
      });
    };
    /** Pong logs (one per successful PingPong delivery) carrying `id`, on chain `i`. */
    const pongs = async (i: number, id: Hex) => (await events(i, chains[i]!.deployment!.messaging!.pingPong!, pingPongAbi as Abi, "Pong")).filter((e) => String(e.id).toLowerCase() === id.toLowerCase());
    const sendArgs = (from: number, to: number) => ["--from", NETWORKS[from]!, "--to", NETWORKS[to]!, "--rpc-from", chains[from]!.rpcUrl, "--rpc-to", chains[to]!.rpcUrl, "--deployments", join(dir, "deployments"), "--wait", "--json"];
    let sentPerRoute = [0, 0];

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

      // (e2) the messaging half: plan (the deployer's next contracts become the messengers), the relay
      // action's own PKP and group on Chipotle (the keeper's one usage key executes in both groups), deploy.
      const relayDir = join(dir, "relay");
      const plan = await run("messenger-plan", [
        CLI, "deploy", "--messenger", "--plan", ...chains.flatMap((c) => ["--chain", `local-${c.chainId}=${c.rpcUrl}`]),
        // Two providers per chain, as the manifest requires: the same node by two loopback names here.
        ...chains.flatMap((c) => ["--provider", `local-${c.chainId}=${c.rpcUrl},${c.rpcUrl.replace("127.0.0.1", "localhost")}`]),
        "--finality", "finalized", "--local", "--name", "operator-test", "--manifest", join(relayDir, "manifest.json"), "--json",
      ], { DEPLOYER_PRIVATE_KEY: DEPLOYER.privateKey });
      expect(plan.code, plan.stderr).toBe(0);
      const planned = JSON.parse(plan.stdout) as { cids: { chipotle: string }; bundles: { chipotle: string } };
      const relaySetup = await run("chipotle-setup-relay", [
        CLI, "chipotle", "setup", "--url", litUrl, "--action", planned.bundles.chipotle, "--name", "lit-oracle-relay",
        "--usage-group", String((result as unknown as { groupId: number }).groupId),
        "--usage-key-out", join(dir, "usage-key-relay"), "--out", join(dir, "setup-relay.json"), "--json",
      ], { LIT_ACCOUNT_API_KEY: accountKey });
      expect(relaySetup.code, relaySetup.stderr).toBe(0);
      const relay = JSON.parse(relaySetup.stdout) as { actionCid: string; pkpId: Address; groupId: number };
      expect(relay.actionCid).toBe(planned.cids.chipotle);
      expect(relay.pkpId.toLowerCase()).not.toBe(result.pkpId.toLowerCase());
      usageKey = readFileSync(join(dir, "usage-key-relay"), "utf8").trim();
      const messengerDeploy = await run("messenger-deploy", [
        CLI, "deploy", "--messenger", ...chains.flatMap((c) => ["--chain", `local-${c.chainId}=${c.rpcUrl}`]),
        "--manifest", join(relayDir, "manifest.json"), "--signer", relay.pkpId, "--ping-pong", "--token-bridge", "--token-supply", "1000",
        "--out-dir", join(dir, "deployments"), "--json",
      ], { DEPLOYER_PRIVATE_KEY: DEPLOYER.privateKey });
      expect(messengerDeploy.code, messengerDeploy.stderr).toBe(0);
      const messaging = JSON.parse(messengerDeploy.stdout) as { config: { chains: { name: string; messenger: string; messengerDeployBlock: number }[]; messaging: Record<string, unknown> } };
      expect(messaging.config.messaging).toMatchObject({ action: { cid: relay.actionCid, file: planned.bundles.chipotle }, pkpId: relay.pkpId });
      for (const chain of chains) chain.deployment = readDeployment(`local-${chain.chainId}`, join(dir, "deployments"));

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
          ...(({ name: _, ...rest }) => rest)(messaging.config.chains.find((m) => m.name === `local-${c.chainId}`)!),
        })),
        messaging: { ...messaging.config.messaging, routes: (messaging.config.messaging.routes as Record<string, unknown>[]).map((r) => ({ ...r, pollIntervalMs: 100 })) },
        // Every move updates (1 ppm), so updates keep landing while the market walks.
        feeds: FEEDS.map((symbol) => ({ symbol, decimals: 8, deviationPpm: 1, heartbeatSeconds: 3600, schedule: "*/2 * * * * *" })),
      };
      expect(config.lit.url).toBe(litUrl);
      const configFile = join(dir, "keeper.yaml");
      writeFileSync(configFile, stringify(config));
      const check = await run("keeper-check", [CLI, "keeper", "--config", configFile, "--check"], { KEEPER_PRIVATE_KEY: KEEPER.privateKey, LIT_API_KEY: usageKey });
      expect(check.code, check.stderr).toBe(0);
      keeperEnv = { KEEPER_PRIVATE_KEY: KEEPER.privateKey, LIT_API_KEY: usageKey };
      configPath = configFile;
      keeper = start("keeper", [CLI, "keeper", "--config", configFile], keeperEnv);
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

    it("relays `send ping` both ways and `send tokens`, each delivered exactly once (read on chain)", async () => {
      const [ab, ba] = await Promise.all([run("send-ping-ab", [CLI, "send", "ping", ...sendArgs(0, 1)], { SENDER_PRIVATE_KEY: SENDER.privateKey }), run("send-ping-ba", [CLI, "send", "ping", ...sendArgs(1, 0)], { SENDER_PRIVATE_KEY: SENDER.privateKey })]);
      expect(ab.code, ab.stderr).toBe(0);
      expect(ba.code, ba.stderr).toBe(0);
      for (const [i, out] of [[1, ab], [0, ba]] as const) {
        const sent = JSON.parse(out.stdout) as { messageId: Hex; nonce: string; delivery: { txHash: Hex } };
        const pong = await pongs(i, sent.messageId);
        expect(pong).toHaveLength(1);
        expect(pong[0]!.txHash).toBe(sent.delivery.txHash);
        const src = chains[1 - i]!.deployment!.messaging!;
        expect(await client(i).readContract({ address: chains[i]!.deployment!.messaging!.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(CHAIN_IDS[1 - i]!), src.messenger, BigInt(sent.nonce)] })).toBe(true);
      }
      // Tokens: minted on the destination exactly once, for the amount burned at the source.
      const tokens = await run("send-tokens", [CLI, "send", "tokens", ...sendArgs(0, 1), "--amount", "12.5", "--recipient", SENDER.address], { SENDER_PRIVATE_KEY: DEPLOYER.privateKey });
      expect(tokens.code, tokens.stderr).toBe(0);
      const bridged = JSON.parse(tokens.stdout) as { messageId: Hex; delivery: { txHash: Hex; recipientBalance: string } };
      expect(bridged.delivery.recipientBalance).toBe("12.5");
      const bridgeIn = (await events(1, chains[1]!.deployment!.messaging!.tokenBridge!, tokenBridgeAbi as Abi, "BridgeIn")).filter((e) => String(e.id).toLowerCase() === bridged.messageId.toLowerCase());
      expect(bridgeIn).toHaveLength(1);
      expect(bridgeIn[0]!.amount).toBe(parseUnits("12.5", 18));
      sentPerRoute = [2, 1];
    });

    it("a keeper killed mid-delivery and restarted neither loses nor repeats a message", async () => {
      // Freeze chain 1's mining, so a delivery to it stays submitted-but-unmined while the keeper dies.
      const rpc = (i: number, method: string, params: unknown[] = []) => client(i).request({ method, params } as never) as Promise<unknown>;
      await rpc(1, "evm_setAutomine", [false]);
      await rpc(1, "evm_setIntervalMining", [0]);
      const unfreeze = async () => {
        await rpc(1, "evm_setAutomine", [true]);
        await rpc(1, "evm_setIntervalMining", [NODE_BLOCK_TIME_MS]);
      };
      const ids: { to: number; id: Hex }[] = [];
      // A delivery to chain 1 signed after the freeze (earlier messages were all delivered by the last test).
      const signed = new RegExp(`"msg":"signature checked.*"sig_name":"relay:[a-z0-9-]+:${CHAIN_IDS[1]}"|"sig_name":"relay:[a-z0-9-]+:${CHAIN_IDS[1]}".*"msg":"signature checked`);
      const signedBefore = keeper.lines(signed).length;
      try {
      for (let n = 0; n < RESTART_PINGS; n++) {
        for (const [from, to] of [[0, 1], [1, 0]] as const) {
          const chain = chainOf({ chainId: CHAIN_IDS[from]!, name: NETWORKS[from]!, rpcUrls: [chains[from]!.rpcUrl] });
          const walletClient = createWalletClient({ chain, transport: http(chains[from]!.rpcUrl), account: privateKeyToAccount(SENDER.privateKey) });
          const m = chains[from]!.deployment!.messaging!;
          const hops = 1n;
          if (from === 1) {
            // Chain 1 mines nothing now: send, and learn the id once mining resumes (below).
            const hash = await walletClient.writeContract({ address: m.pingPong!, abi: pingPongAbi, functionName: "ping", args: [BigInt(CHAIN_IDS[to]!), hops], chain });
            ids.push({ to, id: hash });
          } else {
            const { message } = await sendPing({ walletClient, publicClient: client(from) }, { pingPong: m.pingPong!, messenger: m.messenger, dstChainId: CHAIN_IDS[to]!, hops });
            ids.push({ to, id: message.id });
          }
          sentPerRoute[from]! += 1;
        }
      }
      // The keeper signs the 0 -> 1 deliveries and submits them: with chain 1 frozen, that delivery is
      // broadcast but unmined, or queued behind the keeper's own unmined price update (one submission at
      // a time per signer). Either way it is in flight, and cannot land, when the keeper dies.
      await eventually(() => (keeper.lines(signed).length > signedBefore ? true : undefined));
      process.kill(-keeper.child.pid!, "SIGKILL");
      expect(await keeper.exited).toBe(null);
      const m0 = chains[0]!.deployment!.messaging!;
      const lanes = (await client(0).readContract({ address: m0.messenger, abi: messengerAbi, functionName: "outboundLane", args: [BigInt(CHAIN_IDS[1]!)] })) as { nextNonce: bigint };
      // Nothing of the last RESTART_PINGS messages 0 -> 1 reached chain 1 yet (it mined nothing since the freeze).
      expect(await client(1).readContract({ address: chains[1]!.deployment!.messaging!.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(CHAIN_IDS[0]!), m0.messenger, lanes.nextNonce - 1n] })).toBe(false);
    } finally {
      // Whatever happened above, chain 1 mines again (the later tests need it).
      await unfreeze();
    }
    await rpc(1, "evm_mine");
    // The pings sent on chain 1 while it was frozen are mined now: their ids from the receipts.
    for (const entry of ids.filter((e) => e.to === 0)) {
      const receipt = await client(1).waitForTransactionReceipt({ hash: entry.id });
      const sent = findMessages(receipt.logs, { chainId: BigInt(CHAIN_IDS[1]!), messenger: chains[1]!.deployment!.messaging!.messenger });
      expect(sent).toHaveLength(1);
      entry.id = sent[0]!.id;
    }
    keeper = start("keeper-restarted", [CLI, "keeper", "--config", configPath], keeperEnv);
    await keeper.line(/"msg":"keeper started"/);
    // Every message ends up delivered on its destination, with exactly one successful handler run.
    for (const { to, id } of ids) await eventually(async () => ((await pongs(to, id)).length > 0 ? true : undefined));
    for (const { to, id } of ids) expect(await pongs(to, id)).toHaveLength(1);
    // And the keeper's own store agrees: every message sent on each route is delivered once, none pending.
    await eventually(async () => {
      const status = await run("relay-status", [CLI, "relay", "status", "--config", configPath, "--json"], keeperEnv);
      const routes = (JSON.parse(status.stdout) as { routes: { route: string; pending: number; submitted: number; failed: number; delivered: number; dead: number }[] }).routes;
      const delivered = NETWORKS.map((n) => routes.find((r) => r.route.startsWith(`${n}->`))?.delivered ?? 0);
      return delivered[0] === sentPerRoute[0] && delivered[1] === sentPerRoute[1] && routes.every((r) => r.pending + r.submitted + r.failed + r.dead === 0) ? true : undefined;
    });
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
