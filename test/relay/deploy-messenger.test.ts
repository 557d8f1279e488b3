/**
 * `lit-oracle deploy --messenger` (plan, then deploy with the relay PKP; a re-run resumes and sends
 * nothing) and `lit-oracle send tokens`, on the embedded stack's two chains with the oracle already
 * deployed there: bad invocations change nothing, the printed config is what the keeper accepts, and a
 * keeper running it delivers both ways exactly once.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createPublicClient, createWalletClient, getAddress, http, parseUnits, type Address, type PublicClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileAction } from "../../actions/build.ts";
import { messengerAbi, pingPongAbi, tokenBridgeAbi } from "../../keeper/src/chain/abi.ts";
import { readDeployment } from "../../keeper/src/chain/deploy.ts";
import { deployMessengerCommand, type MessengerDeployOptions, messagingConfigYaml, planMessenger } from "../../keeper/src/commands/deploy-messenger.ts";
import { sendPingCommand, SendArgsError, sendTokensCommand, type SendTokensOptions } from "../../keeper/src/commands/send.ts";
import { EMBEDDED_SECOND_PROVIDER_PATH, type EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { resolveMessaging } from "../../keeper/src/relay/routes.ts";
import { chainOf } from "../../keeper/src/rpc.ts";
import { capturedLogger, configFor, keeperOn, stack } from "../keeper/helpers.ts";

let s: EmbeddedStack;
let keeper: Keeper | undefined;
/** Dev account 5 deploys the messaging half (0 deployed the oracle, 1 is the keeper); 6 receives. */
const DEPLOYER = 5;
const RECIPIENT = 6;
/** Dev account 7 plans and then spoils its plan. */
const OTHER_DEPLOYER = 7;
const NETWORKS = ["local-31337", "local-31338"] as const;

let dir: string;
const clients: PublicClient[] = [];
const nonces = () => Promise.all(clients.map((c) => c.getTransactionCount({ address: s.accounts[DEPLOYER]!.address, blockTag: "pending" })));

function options(patch: Partial<MessengerDeployOptions> = {}): MessengerDeployOptions {
  return {
    chains: s.chains.map((c, i) => `${NETWORKS[i]}=${c.rpcUrl}`),
    providers: s.chains.map((c, i) => `${NETWORKS[i]}=${c.rpcUrl},${c.rpcUrl}${EMBEDDED_SECOND_PROVIDER_PATH}`),
    finality: "1",
    local: true,
    name: "test-deployment",
    manifest: join(dir, "relay", "manifest.json"),
    plan: false,
    signer: undefined,
    guardian: undefined,
    rotationDelaySeconds: 3600,
    routeCap: 1000,
    maxGasLimit: 2_000_000,
    pingPong: true,
    tokenBridge: true,
    tokenSupply: "1000",
    outDir: join(dir, "deployments"),
    privateKey: s.accounts[DEPLOYER]!.privateKey,
    ...patch,
  };
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

beforeAll(async () => {
  s = await stack();
  dir = s.stateDir;
  for (const c of s.chains) clients.push(createPublicClient({ transport: http(c.rpcUrl) }) as PublicClient);
});
afterAll(async () => {
  await keeper?.stop();
  await s?.close();
});

describe("lit-oracle deploy --messenger", () => {
  let publicKey: `0x${string}`;

  it("refuses bad invocations with a clear error, sending nothing", async () => {
    const before = await nonces();
    expect(await rejection(planMessenger(options({ plan: true, privateKey: undefined })))).toMatch(/set DEPLOYER_PRIVATE_KEY/);
    expect(await rejection(planMessenger(options({ plan: true, chains: [`local-31337=${s.chains[0]!.rpcUrl}`] })))).toMatch(/at least two --chain/);
    expect(await rejection(planMessenger(options({ plan: true, chains: [...options().chains, "down=http://127.0.0.1:9"], providers: [...options().providers, "down=http://127.0.0.1:9,http://localhost:9"] })))).toMatch(/cannot reach --chain down at http:\/\/127\.0\.0\.1:9/);
    // A deployer RPC URL may carry a provider key in its path: errors name the origin only.
    const keyed = await rejection(planMessenger(options({ plan: true, chains: [options().chains[0]!, "keyed=http://127.0.0.1:9/v2/secret-provider-key"], providers: [options().providers[0]!, "keyed=http://127.0.0.1:9,http://localhost:9"] })));
    expect(keyed).toMatch(/cannot reach --chain keyed at http:\/\/127\.0\.0\.1:9/);
    expect(keyed).not.toContain("secret-provider-key");
    expect(await rejection(planMessenger(options({ plan: true, providers: options().providers.slice(0, 1) })))).toMatch(/no --provider for local-31338/);
    expect(await rejection(planMessenger(options({ plan: true, local: false })))).toMatch(/only allowed in a manifest marked local/);
    expect(await rejection(planMessenger(options({ plan: true, finality: "soon" })))).toMatch(/--finality must be/);
    expect(await rejection(deployMessengerCommand(options()))).toMatch(/needs --signer/);
    expect(await nonces()).toEqual(before);
    expect(existsSync(options().manifest!)).toBe(false);
  });

  it("--plan predicts the messengers, writes the manifest and both bundles; the PKP is minted for the CID", async () => {
    const plan = await planMessenger(options({ plan: true }));
    const manifest = JSON.parse(readFileSync(plan.manifest, "utf8")) as { kind: string; sources: Record<string, { chainId: number; messenger: string; destinations: unknown[] }> };
    expect(manifest.kind).toBe("lit-oracle/messenger");
    expect(Object.values(manifest.sources).map((x) => x.chainId)).toEqual([31_337, 31_338]);
    expect(Object.values(manifest.sources).map((x) => x.messenger)).toEqual(Object.values(plan.messengers));
    // The CIDs are the family build's for this manifest, and the files are those bundles.
    expect(plan.cids.naga).toBe((await compileAction("messenger-relay", manifest)).cid);
    expect(plan.cids.chipotle).toBe((await compileAction("messenger-relay.chipotle", manifest)).cid);
    const code = readFileSync(plan.bundles.naga, "utf8");
    s.lit.pin(code);
    publicKey = s.lit.mintImmutablePkpFor(plan.cids.naga).publicKey;
  });

  it("refuses a chain whose deployment file is missing, or a deployer whose nonce moved, before sending anything", async () => {
    // Another out-dir holding only one chain's oracle deployment.
    const partial = join(dir, "partial");
    mkdirSync(partial, { recursive: true });
    copyFileSync(join(dir, "deployments", "local-31337.json"), join(partial, "local-31337.json"));
    const before = await nonces();
    const text = await rejection(deployMessengerCommand(options({ signer: publicKey, outDir: partial })));
    expect(text).toMatch(/nothing was sent/);
    expect(text).toMatch(/local-31338: cannot read deployment/);
    expect(await rejection(deployMessengerCommand(options({ signer: "0x1234" })))).toMatch(/--signer is neither an address nor/);
    expect(await nonces()).toEqual(before);
    // Another deployer plans, then sends something else first: its messenger can no longer land where the manifest says.
    const other = s.accounts[OTHER_DEPLOYER]!;
    const manifest = join(dir, "other", "manifest.json");
    await planMessenger(options({ plan: true, manifest, privateKey: other.privateKey }));
    const wallet = createWalletClient({ chain: chainOf({ chainId: 31_337, name: NETWORKS[0], rpcUrls: [s.chains[0]!.rpcUrl] }), transport: http(s.chains[0]!.rpcUrl), account: privateKeyToAccount(other.privateKey) });
    await clients[0]!.waitForTransactionReceipt({ hash: await wallet.sendTransaction({ to: other.address, value: 0n }) });
    const moved = await rejection(deployMessengerCommand(options({ manifest, signer: publicKey, privateKey: other.privateKey })));
    expect(moved).toMatch(/local-31337: the deployer's next contract lands at 0x[0-9a-fA-F]{40}, not at the manifest's messenger .*re-plan/);
    expect(moved).toMatch(/nothing was sent/);
    expect(await clients[1]!.getTransactionCount({ address: other.address })).toBe(0);
  });

  let printed: Record<string, unknown>;

  it("deploys messengers, apps, lanes, routes and peers, records them, and prints the keeper's config", async () => {
    const result = await deployMessengerCommand(options({ signer: publicKey }));
    expect(result.sent).toContain("LitMessenger on local-31337");
    printed = parseYaml(messagingConfigYaml(result)) as Record<string, unknown>;
    const plan = JSON.parse(readFileSync(options().manifest!, "utf8")) as { sources: Record<string, { messenger: Address }> };
    const pkpAddress = getAddress(`0x${(await import("viem")).keccak256(`0x${publicKey.slice(4)}`).slice(-40)}`);
    for (const [i, network] of NETWORKS.entries()) {
      const d = readDeployment(network, join(dir, "deployments"));
      const other = readDeployment(NETWORKS[1 - i]!, join(dir, "deployments"));
      expect(d.contracts.router).toBeDefined();
      expect(d.messaging!.messenger).toBe(Object.values(plan.sources)[i]!.messenger);
      expect(d.messaging!.signer).toBe(pkpAddress);
      const c = clients[i]!;
      expect(await c.readContract({ address: d.messaging!.messenger, abi: messengerAbi, functionName: "signer" })).toBe(pkpAddress);
      const lane = (await c.readContract({ address: d.messaging!.messenger, abi: messengerAbi, functionName: "outboundLane", args: [BigInt(other.chainId)] })) as { dstMessenger: Address };
      expect(lane.dstMessenger).toBe(other.messaging!.messenger);
      const route = (await c.readContract({ address: d.messaging!.messenger, abi: messengerAbi, functionName: "routeState", args: [BigInt(other.chainId), other.messaging!.messenger] })) as { configured: boolean; cap: number };
      expect(route).toMatchObject({ configured: true, cap: 1000 });
      expect(await c.readContract({ address: d.messaging!.pingPong!, abi: pingPongAbi, functionName: "peer", args: [BigInt(other.chainId)] })).toBe(other.messaging!.pingPong);
      expect(await c.readContract({ address: d.messaging!.tokenBridge!, abi: tokenBridgeAbi, functionName: "peer", args: [BigInt(other.chainId)] })).toBe(other.messaging!.tokenBridge);
    }
    expect(printed).toMatchObject({ messaging: { action: { cid: result.cids.naga, manifest: options().manifest }, pkpPublicKey: publicKey, routes: [{ from: NETWORKS[0], to: [NETWORKS[1]] }, { from: NETWORKS[1], to: [NETWORKS[0]] }] } });
  });

  it("a re-run resumes: everything is there, nothing is sent", async () => {
    const before = await nonces();
    const again = await deployMessengerCommand(options({ signer: publicKey }));
    expect(again.sent).toEqual([]);
    expect(await nonces()).toEqual(before);
  });

  it("the printed config is what the keeper accepts, and its relay loops deliver both ways once", async () => {
    const chainsPatch = (printed.chains as { name: string; messenger: string; messengerDeployBlock: number }[]);
    const config = await configFor(s, (input) => ({
      ...input,
      chains: input.chains.map((c) => ({ ...c, ...chainsPatch.find((p) => p.name === c.name)!, name: c.name })),
      messaging: { ...(printed.messaging as Record<string, unknown>), routes: (printed.messaging as { routes: Record<string, unknown>[] }).routes.map((r) => ({ ...r, pollIntervalMs: 50 })) },
    }) as never);
    const messaging = await resolveMessaging(config);
    expect(messaging!.routes.map((r) => r.name).sort()).toEqual([`${NETWORKS[0]}->${NETWORKS[1]}`, `${NETWORKS[1]}->${NETWORKS[0]}`].sort());
    keeper = keeperOn(s, config, { logger: capturedLogger().logger, messaging: messaging! });
    await keeper.start({ schedule: false });
    const deployments = join(dir, "deployments");
    const ping = await sendPingCommand({ from: NETWORKS[1], to: NETWORKS[0], rpcFrom: s.chains[1]!.rpcUrl, rpcTo: s.chains[0]!.rpcUrl, hops: 1, wait: true, waitSeconds: 600, deployments, privateKey: s.accounts[DEPLOYER]!.privateKey });
    expect(ping.delivery!.txHash).toMatch(/^0x[0-9a-f]{64}$/);
  });
});

describe("lit-oracle send tokens", () => {
  const tokens = (patch: Partial<SendTokensOptions> = {}): SendTokensOptions => ({
    from: NETWORKS[0],
    to: NETWORKS[1],
    rpcFrom: s.chains[0]!.rpcUrl,
    rpcTo: s.chains[1]!.rpcUrl,
    amount: "12.5",
    recipient: s.accounts[RECIPIENT]!.address,
    wait: true,
    waitSeconds: 600,
    deployments: join(dir, "deployments"),
    privateKey: s.accounts[DEPLOYER]!.privateKey,
    ...patch,
  });
  const balance = (i: number, who: Address) => clients[i]!.readContract({ address: readDeployment(NETWORKS[i]!, join(dir, "deployments")).messaging!.tokenBridge!, abi: tokenBridgeAbi, functionName: "balanceOf", args: [who] }) as Promise<bigint>;

  it("refuses bad invocations before sending anything: the sender's nonce is unchanged", async () => {
    const before = await nonces();
    const cases: [Partial<SendTokensOptions>, RegExp][] = [
      [{ to: NETWORKS[0] }, /--from and --to are the same network/],
      [{ amount: "0" }, /--amount must be greater than zero/],
      [{ amount: "-1" }, /--amount must be a positive decimal/],
      [{ amount: "1e18" }, /--amount must be a positive decimal/],
      [{ amount: "0.0000000000000000001" }, /more than 18 decimals/],
      [{ recipient: "0x1234" }, /--recipient is not an address/],
      [{ recipient: "0x0000000000000000000000000000000000000000" }, /zero address/],
      [{ privateKey: undefined }, /set SENDER_PRIVATE_KEY/],
      [{ to: "nowhere" }, /cannot read deployment/],
      [{ rpcTo: undefined }, /--wait needs --rpc-to/],
      [{ rpcFrom: s.chains[1]!.rpcUrl }, /--rpc-from serves chain 31338, but the deployment is for chain 31337/],
      [{ amount: "1000000" }, /holds 1000 tokens on local-31337, less than --amount 1000000/],
      [{ privateKey: s.accounts[RECIPIENT]!.privateKey }, /holds 0 tokens/],
    ];
    for (const [patch, message] of cases) {
      const error = await sendTokensCommand(tokens(patch)).then(() => undefined, (e: unknown) => e);
      expect(error, JSON.stringify(patch)).toBeInstanceOf(SendArgsError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await nonces()).toEqual(before);
    expect(await balance(0, s.accounts[DEPLOYER]!.address)).toBe(parseUnits("1000", 18));
  });

  it("burns on the source, and with --wait reports the mint on the destination, once", async () => {
    const result = await sendTokensCommand(tokens());
    expect(result.delivery!.recipientBalance).toBe("12.5");
    expect(await balance(0, s.accounts[DEPLOYER]!.address)).toBe(parseUnits("987.5", 18));
    expect(await balance(1, s.accounts[RECIPIENT]!.address)).toBe(parseUnits("12.5", 18));
    const row = keeper!.relayStore()!.get(result.messageId)!;
    expect(row.state).toBe("delivered");
    expect(row.deliveryTx).toBe(result.delivery!.txHash);
    // And back: the recipient bridges part of it home.
    const back = await sendTokensCommand(tokens({ from: NETWORKS[1], to: NETWORKS[0], rpcFrom: s.chains[1]!.rpcUrl, rpcTo: s.chains[0]!.rpcUrl, amount: "2.5", recipient: undefined, privateKey: s.accounts[RECIPIENT]!.privateKey }));
    expect(back.recipient).toBe(s.accounts[RECIPIENT]!.address);
    expect(await balance(1, s.accounts[RECIPIENT]!.address)).toBe(parseUnits("10", 18));
    expect(await balance(0, s.accounts[RECIPIENT]!.address)).toBe(parseUnits("2.5", 18));
  });
});
