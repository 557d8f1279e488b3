/**
 * `lit-oracle rotate` end to end: a stack signed by PKP A (bundle of manifest M1) on an EDR chain and
 * the local Lit network (state in a directory, as `--lit-state-dir` uses it); `rotate propose` with a
 * manifest M2 builds a new bundle (new CID), mints/permits/burns PKP B for it, deploys a receiver with
 * signer B and proposes it; the delay is the chain's (evm_increaseTime/evm_mine, never a sleep);
 * `execute` activates it; the feed's AggregatorV3 address keeps serving with increasing round ids; A's
 * reports are refused and B's land. A guardian cancel during the delay leaves the old receiver active.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Address, type Hex, createPublicClient, createWalletClient, defineChain, http, type PublicClient, toHex } from "viem";
import { privateKeyToAccount, publicKeyToAddress } from "viem/accounts";
import { type BuiltAction, compileAction } from "../../actions/build.ts";
import type { FeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { parsePriceFeedResponse } from "../../actions/src/core/response.ts";
import { priceFeedAbi, receiverAbi, routerAbi } from "../../keeper/src/chain/abi.ts";
import { type Deployment, deployOracle } from "../../keeper/src/chain/deploy.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";
import { buildProgram } from "../../keeper/src/cli.ts";
import { DEPLOYER_KEY_ENV } from "../../keeper/src/commands/deploy.ts";
import { executeRotation, proposeRotation, rotationStatus } from "../../keeper/src/commands/rotate.ts";
import { NonRetryableError } from "../../common/errors.ts";
import { createLocalLitNetwork } from "../../lit/local/network.ts";
import { type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
import { EIGHT, testManifest, USDT_RATE } from "../actions/helpers/manifest.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

/** The router's rotation delay in these tests (its minimum), in seconds. */
const DELAY_SECONDS = 3600;
/** Max report age of the feeds (12 h): B's reports land on a chain the test moved ahead of the wall clock. */
const MAX_REPORT_AGE_SECONDS = 43_200;

let sim: MarketSimulator;
let chain: LocalChain;
let dir: string;
let stateDir: string;
let m1: FeedManifest;
let m2: FeedManifest;
let bundleA: BuiltAction;
let pkpA: Hex;
let deployment: Deployment;
let publicClient: PublicClient;
let deps: Parameters<typeof proposeRotation>[0];
let guardian: ReturnType<typeof createWalletClient>;

async function advanceChain(seconds: number): Promise<void> {
  await chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
  await chain.provider.request({ method: "evm_mine", params: [] } as never);
}

/** Runs `lit-oracle <args>` in process with the deployer key set; returns the JSON it printed. */
async function cli(args: string[]): Promise<Record<string, unknown>> {
  const previous = process.env[DEPLOYER_KEY_ENV];
  process.env[DEPLOYER_KEY_ENV] = chain.accounts[0]!.privateKey;
  const out: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    await buildProgram().exitOverride().parseAsync(args, { from: "user" });
  } finally {
    process.stdout.write = write;
    if (previous === undefined) delete process.env[DEPLOYER_KEY_ENV];
    else process.env[DEPLOYER_KEY_ENV] = previous;
  }
  return JSON.parse(out.join("").trim().split("\n").at(-1)!) as Record<string, unknown>;
}

/** One round of `code` on the local Lit network (state in `stateDir`), signed by `publicKey`, for `receiver`. */
async function round(code: string, publicKey: Hex, receiver: Address) {
  const lit = await createLocalLitNetwork({ nodes: 1, stateDir, timeoutMs: LIT_HANG_GUARD_MS });
  try {
    const result = await lit.execute({
      code,
      jsParams: { version: 2, feeds: ["BTC/USD"], destinations: [{ chainId: chain.chainId, receiver }], signer: { publicKey } },
    });
    const response = parsePriceFeedResponse(result.response);
    expect(response.error).toBeUndefined();
    const job = response.reports[0]!;
    const sig = result.signatures[job.sigName]!;
    const r = `0x${sig.signature.slice(2, 66)}` as Hex;
    const vs = toHex(BigInt(`0x${sig.signature.slice(66, 130)}`) | (BigInt(sig.recoveryId) << 255n), { size: 32 });
    const report = { feedId: job.reports[0]!.feedId as Hex, answer: BigInt(job.reports[0]!.answer), observedAt: BigInt(job.reports[0]!.observedAt) };
    return { report, r, vs };
  } finally {
    await lit.close();
  }
}

/** Sends `update`; a refused report throws with the receiver's custom error (the chain refuses it at send). */
async function land(receiver: Address, signed: Awaited<ReturnType<typeof round>>): Promise<"success" | "reverted"> {
  const hash = await deps.walletClient.writeContract({
    address: receiver,
    abi: receiverAbi,
    functionName: "update",
    args: [signed.report, signed.r, signed.vs],
    gas: 1_000_000n,
    chain: deps.walletClient.chain ?? null,
    account: deps.walletClient.account!,
  });
  return (await publicClient.waitForTransactionReceipt({ hash })).status;
}

const latestRound = () =>
  publicClient.readContract({ address: deployment.contracts.feeds["BTC/USD"]!.address, abi: priceFeedAbi, functionName: "latestRoundData" });

beforeAll(async () => {
  sim = await startMarketSimulator({ seed: 41 });
  chain = await startLocalChain({ chainId: 31_491 });
  dir = mkdtempSync(join(tmpdir(), "lit-oracle-rotate-"));
  stateDir = join(dir, "lit-state");
  const viemChain = defineChain({ id: chain.chainId, name: "rotate", nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [chain.rpcUrl] } } });
  publicClient = createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl) }) as PublicClient;
  const walletClient = createWalletClient({ account: privateKeyToAccount(chain.accounts[0]!.privateKey), chain: viemChain, transport: http(chain.rpcUrl) });
  guardian = createWalletClient({ account: privateKeyToAccount(chain.accounts[2]!.privateKey), chain: viemChain, transport: http(chain.rpcUrl) });
  deps = { publicClient, walletClient: walletClient as never };
  const chains = [{ chainId: chain.chainId, rpcUrls: [chain.rpcUrl] }];
  // The USDT books (Binance, OKX, Bybit, KuCoin) convert through a USDT/USD rate feed of the same manifest.
  const rate = { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] };
  m1 = testManifest({ name: "rotate-m1", feeds: [{ symbol: "BTC/USD", decimals: 8, sources: [...EIGHT] }, rate], chains }, sim.baseUrls);
  m2 = testManifest({ name: "rotate-m2", feeds: [{ symbol: "BTC/USD", decimals: 8, sources: EIGHT.slice(0, 6) }, rate], chains }, sim.baseUrls);
  bundleA = await compileAction("price-feed", m1);
  const lit = await createLocalLitNetwork({ nodes: 1, stateDir, timeoutMs: LIT_HANG_GUARD_MS });
  try {
    pkpA = lit.mintImmutablePkpFor(bundleA.cid).publicKey;
  } finally {
    await lit.close();
  }
  deployment = await deployOracle(deps as never, {
    network: "rotate",
    signer: publicKeyToAddress(pkpA),
    guardian: chain.accounts[2]!.address,
    rotationDelaySeconds: DELAY_SECONDS,
    feeds: [{ symbol: "BTC/USD", decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n, maxReportAgeSeconds: MAX_REPORT_AGE_SECONDS }],
  });
});

afterAll(async () => {
  await Promise.allSettled([sim?.close(), chain?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("lit-oracle rotate", () => {
  it("refuses bad invocations with clear errors before touching the chain", async () => {
    const router = deployment.contracts.router;
    const args = ["rotate", "propose", "--manifest", join(dir, "none.json"), "--rpc", chain.rpcUrl, "--router", router];
    await expect(cli([...args, "--json"])).rejects.toThrow(/exactly one of --pkp and --lit-state-dir/);
    await expect(cli([...args, "--pkp", `0x04${"ab".repeat(64)}`])).rejects.toThrow(/cannot read manifest .*none\.json/);
    const m2File = join(dir, "m2-bad-pkp.json");
    writeFileSync(m2File, JSON.stringify(m2));
    await expect(cli([...args.slice(0, 3), m2File, ...args.slice(4), "--pkp", "0x1234", "--out", join(dir, "dist-bad")])).rejects.toThrow(/uncompressed public key/);
    expect(existsSync(join(dir, "dist-bad"))).toBe(false); // refused before any bundle is written
    await expect(cli(["rotate", "status", "--rpc", chain.rpcUrl, "--router", "0xnot-an-address"])).rejects.toThrow(/--router is not an address/);
    const previous = process.env[DEPLOYER_KEY_ENV];
    delete process.env[DEPLOYER_KEY_ENV];
    try {
      await expect(buildProgram().exitOverride().parseAsync(["rotate", "execute", "--rpc", chain.rpcUrl, "--router", router], { from: "user" })).rejects.toThrow(new RegExp(DEPLOYER_KEY_ENV));
    } finally {
      if (previous !== undefined) process.env[DEPLOYER_KEY_ENV] = previous;
    }
    expect((await rotationStatus(publicClient, router)).pending).toBeUndefined();
  });

  it("a guardian cancel during the delay leaves the old receiver active", async () => {
    const router = deployment.contracts.router;
    const proposed = await proposeRotation(deps, { router, pkpPublicKey: pkpA }).catch((e: unknown) => e);
    // proposing the signer already active is refused, and nothing is deployed or proposed
    expect(proposed).toBeInstanceOf(NonRetryableError);
    expect(String((proposed as Error).message)).toMatch(/already accepts/);
    expect((await rotationStatus(publicClient, router)).pending).toBeUndefined();
    const lit = await createLocalLitNetwork({ nodes: 1, stateDir, timeoutMs: LIT_HANG_GUARD_MS });
    const other = lit.mintImmutablePkpFor(bundleA.cid).publicKey; // a second key, used only to exercise cancel
    await lit.close();
    const status = await proposeRotation(deps, { router, pkpPublicKey: other });
    expect(status.pending?.receiver).toBe(status.proposed);
    const again = await proposeRotation(deps, { router, pkpPublicKey: other }).catch((e: unknown) => e);
    expect(String((again as Error).message)).toMatch(/already pending/);
    // a stranger cannot cancel it (only the guardian or the owner)
    const stranger = createWalletClient({ account: privateKeyToAccount(chain.accounts[5]!.privateKey), chain: guardian.chain, transport: http(chain.rpcUrl) });
    await expect(stranger.writeContract({ address: router, abi: routerAbi, functionName: "cancelReceiver", chain: stranger.chain, account: stranger.account! })).rejects.toThrow(/NotGuardianOrOwner/);
    expect((await rotationStatus(publicClient, router)).pending?.receiver).toBe(status.proposed);
    const hash = await guardian.writeContract({ address: router, abi: routerAbi, functionName: "cancelReceiver", chain: guardian.chain, account: guardian.account! });
    expect((await publicClient.waitForTransactionReceipt({ hash })).status).toBe("success");
    await advanceChain(DELAY_SECONDS + 1);
    const after = await rotationStatus(publicClient, router);
    expect(after).toMatchObject({ phase: 1, receiver: deployment.contracts.receiver, signer: publicKeyToAddress(pkpA), pending: undefined });
    await expect(executeRotation(deps, { router })).rejects.toThrow(/no rotation is pending/);
    expect((await rotationStatus(publicClient, router)).receiver).toBe(deployment.contracts.receiver);
  });

  it("propose / status / execute rotates A (M1) to B (M2): the feed keeps serving, A is refused, B lands", async () => {
    const router = deployment.contracts.router;
    const oldReceiver = deployment.contracts.receiver;
    // phase 1: a round of M1's bundle signed by A lands on the active receiver
    expect(await land(oldReceiver, await round(bundleA.code, pkpA, oldReceiver))).toBe("success");
    const before = await latestRound();

    const manifestFile = join(dir, "m2.json");
    writeFileSync(manifestFile, JSON.stringify(m2));
    const proposed = await cli(["rotate", "propose", "--manifest", manifestFile, "--rpc", chain.rpcUrl, "--router", router, "--lit-state-dir", stateDir, "--out", join(dir, "dist"), "--json"]);
    const bundleB = await compileAction("price-feed", m2);
    const cids = proposed.cids as Record<string, string>;
    expect(cids["price-feed"]).toBe(bundleB.cid);
    expect(bundleB.cid).not.toBe(bundleA.cid);
    const pkpB = proposed.pkpPublicKey as Hex;
    expect(proposed.signer).toBe(publicKeyToAddress(pkpB));
    expect(publicKeyToAddress(pkpB)).not.toBe(publicKeyToAddress(pkpA));
    const newReceiver = proposed.proposed as Address;
    expect(await publicClient.readContract({ address: newReceiver, abi: receiverAbi, functionName: "SIGNER" })).toBe(publicKeyToAddress(pkpB));
    // B is permitted for M2's CID only, and burned: nobody can add another action to it
    const lit = await createLocalLitNetwork({ nodes: 1, stateDir, timeoutMs: LIT_HANG_GUARD_MS });
    try {
      expect(lit.isPermittedAction(pkpB, bundleB.cid)).toBe(true);
      expect(lit.isPermittedAction(pkpB, bundleA.cid)).toBe(false);
      expect(() => lit.permitAction(pkpB, bundleA.cid)).toThrow();
      expect(lit.isPermittedAction(pkpB, bundleA.cid)).toBe(false);
    } finally {
      await lit.close();
    }

    // status (the CLI, over JSON-RPC): pending with the time left
    const status = await cli(["rotate", "status", "--rpc", chain.rpcUrl, "--router", router, "--json"]);
    expect(status).toMatchObject({ phase: 1, receiver: oldReceiver, pending: { receiver: newReceiver, signer: publicKeyToAddress(pkpB) } });
    const left = (status.pending as { secondsLeft: number }).secondsLeft;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(DELAY_SECONDS);

    // execute before the delay: refused with the time left, and nothing changes
    await advanceChain(DELAY_SECONDS - 120);
    await expect(executeRotation(deps, { router })).rejects.toThrow(/not ready: \d+ s left/);
    expect(await rotationStatus(publicClient, router)).toMatchObject({ phase: 1, receiver: oldReceiver, pending: { receiver: newReceiver } });
    // the router itself refuses too (not only the CLI's check)
    const early = await deps.walletClient
      .writeContract({ address: router, abi: routerAbi, functionName: "confirmReceiver", chain: deps.walletClient.chain ?? null, account: deps.walletClient.account! })
      .catch((e: unknown) => e);
    expect(String(early)).toMatch(/RotationNotReady/);

    // after the delay: execute activates B's receiver; the old one is retired
    await advanceChain(121);
    const executed = await executeRotation(deps, { router });
    expect(executed).toMatchObject({ phase: 2, receiver: newReceiver, signer: publicKeyToAddress(pkpB), pending: undefined });

    // the AggregatorV3 address keeps serving the last phase-1 answer
    const served = await latestRound();
    expect(served[1]).toBe(before[1]);

    // A (M1's bundle) is refused by the new receiver; B (a round of M2's bundle) lands
    const byA = await round(bundleA.code, pkpA, newReceiver);
    await expect(land(newReceiver, byA)).rejects.toThrow(new RegExp(`WrongSigner\\("${publicKeyToAddress(pkpA)}", "${publicKeyToAddress(pkpB)}"\\)`));
    expect((await latestRound())[0]).toBe(served[0]);
    expect(await land(newReceiver, await round(bundleB.code, pkpB, newReceiver))).toBe("success");
    const afterB = await latestRound();
    expect(afterB[0]).toBeGreaterThan(before[0]);
    expect(afterB[0] >> 64n).toBe(2n);
    expect(afterB[3]).toBeGreaterThanOrEqual(before[3]);
  });
});
