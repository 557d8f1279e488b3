/**
 * End to end: the bundled action (built like `actions/dist/price-feed.js`, with a local manifest
 * pinning the market simulator and the EDR chain) on the local Lit network (5 nodes, Naga
 * semantics), its report verified and stored by the receiver on an in-process EDR chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hex, createPublicClient, createWalletClient, defineChain, getContractAddress, http, parseEther, recoverAddress, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { type BuiltAction, compileAction } from "../../actions/build.ts";
import type { FeedManifest } from "../../actions/src/core/feed-manifest.ts";
import type { PriceFeedParams } from "../../actions/src/core/params.ts";
import { parsePriceFeedResponse } from "../../actions/src/core/response.ts";
import { feedIdOf } from "../../actions/src/core/report.ts";
import { receiverAbi } from "../../keeper/src/chain/abi.ts";
import { type Deployment, deployOracle } from "../../keeper/src/chain/deploy.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";
import type { LitSignature } from "../../lit/types.ts";
import { type LocalLitNetwork, createLocalLitNetwork } from "../../lit/local/network.ts";
import type { PkpInfo } from "../../lit/local/signer.ts";
import { type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
import { EIGHT, USDT_RATE, testManifest } from "./helpers/manifest.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

const PREMIUM_KEY = "CG-e2e-premium-key-7f3a91";

let sim: MarketSimulator;
let lit: LocalLitNetwork;
let chain: LocalChain;
let action: BuiltAction;
let manifest: FeedManifest;
let pkp: PkpInfo;
let deployment: Deployment;
let clients: { wallet: ReturnType<typeof createWalletClient>; public: ReturnType<typeof createPublicClient> };
/** observedAt of the last report landed (the receiver needs a newer one). */
let lastLanded = 0;

/** Waits until the wall clock (the nodes' clock) has moved past the last landed observedAt. */
async function afterLastLanded(): Promise<void> {
  while (Math.floor(Date.now() / 1000) <= lastLanded) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  sim = await startMarketSimulator({ seed: 11, apiKeys: { coingecko: PREMIUM_KEY } });
  lit = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS }); // a hang guard: no verdict here is about speed
  chain = await startLocalChain({ chainId: 31_411 });
  const viemChain = defineChain({ id: chain.chainId, name: "e2e", nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [chain.rpcUrl] } } });
  const account = privateKeyToAccount(chain.accounts[0]!.privateKey);
  clients = { wallet: createWalletClient({ account, chain: viemChain, transport: http(chain.rpcUrl) }), public: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl) }) };
  // The receiver is the deployer's second contract (router first): its address is known before the
  // manifest (which allows it for direct mode), the CID and the PKP exist.
  const nonce = await clients.public.getTransactionCount({ address: account.address });
  const receiver = getContractAddress({ from: account.address, nonce: BigInt(nonce + 1) });
  manifest = testManifest(
    {
      feeds: [
        { symbol: "BTC/USD", decimals: 8, sources: [...EIGHT, "coingecko"] },
        { symbol: "ETH/USD", decimals: 8, sources: [...EIGHT] },
        { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] },
      ],
      premium: { source: "coingecko" },
      chains: [{ chainId: chain.chainId, rpcUrls: [chain.rpcUrl], direct: { receivers: [receiver], maxGasLimit: "300000", maxFeePerGas: String(10n ** 12n), maxPriorityFeePerGas: String(10n ** 10n) } }],
    },
    sim.baseUrls,
  );
  action = await compileAction("price-feed", manifest);
  pkp = lit.mintImmutablePkpFor(action.cid);
  deployment = await deployOracle({ walletClient: clients.wallet as never, publicClient: clients.public as never }, {
    signer: pkp.ethAddress,
    feeds: [
      { symbol: "BTC/USD", decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n },
      { symbol: "ETH/USD", decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n },
    ],
  });
});

afterAll(async () => {
  await Promise.allSettled([sim?.close(), lit?.close(), chain?.close()]);
});

function params(overrides: Partial<PriceFeedParams> = {}): PriceFeedParams {
  return {
    version: 2,
    feeds: ["BTC/USD"],
    observedAtHint: Math.floor(Date.now() / 1000),
    destinations: [{ chainId: chain.chainId, receiver: deployment.contracts.receiver }],
    signer: { publicKey: pkp.publicKey },
    ...overrides,
  };
}

async function submit(sig: LitSignature, report: { feedId: Hex; answer: bigint; observedAt: bigint }) {
  lastLanded = Math.max(lastLanded, Number(report.observedAt));
  const r = `0x${sig.signature.slice(2, 66)}` as Hex;
  const s = BigInt(`0x${sig.signature.slice(66, 130)}`);
  const vs = toHex(s | (BigInt(sig.recoveryId) << 255n), { size: 32 });
  const hash = await clients.wallet.writeContract({ address: deployment.contracts.receiver, abi: receiverAbi, functionName: "update", args: [report, r, vs], chain: clients.wallet.chain, account: clients.wallet.account! });
  return clients.public.waitForTransactionReceipt({ hash });
}

async function stored(symbol: string) {
  return clients.public.readContract({ address: deployment.contracts.receiver, abi: receiverAbi, functionName: "feedState", args: [feedIdOf(symbol)] });
}

describe("price feed on the local Lit network", () => {
  it("signs a correct report with 2 of 8 sources and 1 of 5 nodes lying; the receiver verifies and stores it", async () => {
    sim.inject("okx", { kind: "outlier", factor: 1.25 });
    sim.inject("kucoin", { kind: "garbage" });
    // Node 1 executes (the first 3 of 5 do, as v8 sends to `threshold` nodes) and broadcasts a
    // well-formed but doubled median: it counts, and the median of medians absorbs it.
    lit.nodes[1]!.inject({
      kind: "wrongValue",
      transform: (value, where) => (where.op === "broadcast" ? value.replace(/"m":"(\d+)"/g, (_, m: string) => `"m":"${BigInt(m) * 2n}"`) : value),
    });
    try {
      await afterLastLanded();
      const result = await lit.execute({ code: action.code, jsParams: params() });
      const response = parsePriceFeedResponse(result.response);
      expect(response.ok).toBe(true);
      const report = response.reports[0]!;
      const answer = BigInt(report.reports[0]!.answer);
      const reference = BigInt(Math.round(sim.price("BTC") * 1e8));
      expect(answer > (reference * 999n) / 1000n && answer < (reference * 1001n) / 1000n).toBe(true);
      expect(response.feeds[0]).toMatchObject({ nodeCount: 3, nodesTotal: 3 });
      const sig = result.signatures[report.sigName]!;
      expect(sig.signedData).toBe(report.digest);
      const receipt = await submit(sig, { feedId: feedIdOf("BTC/USD"), answer, observedAt: BigInt(response.observedAt!) });
      expect(receipt.status).toBe("success");
      expect((await stored("BTC/USD")).answer).toBe(answer);
    } finally {
      sim.inject("okx", null);
      sim.inject("kucoin", null);
      lit.nodes[1]!.clearFaults();
    }
  });

  it("ignores a node whose broadcast is garbage (the emulator's default lie)", async () => {
    lit.nodes[2]!.inject({ kind: "wrongValue" });
    try {
      const result = await lit.execute({ code: action.code, jsParams: params() });
      const response = parsePriceFeedResponse(result.response);
      expect(response.ok).toBe(true);
      expect(response.feeds[0]!.nodeCount).toBeGreaterThanOrEqual(2);
      expect(Object.keys(result.signatures)).toEqual([response.reports[0]!.sigName]);
    } finally {
      lit.nodes[2]!.clearFaults();
    }
  });

  it("still signs and lands a report with 1 of 5 nodes offline (the handshake routes around it)", async () => {
    lit.nodes[0]!.inject({ kind: "offline" });
    try {
      await afterLastLanded();
      const result = await lit.execute({ code: action.code, jsParams: params() });
      const response = parsePriceFeedResponse(result.response);
      expect(response.ok).toBe(true);
      expect(response.feeds[0]).toMatchObject({ nodeCount: 3, nodesTotal: 3 });
      const report = response.reports[0]!;
      expect(Object.keys(result.signatures)).toEqual([report.sigName]);
      const answer = BigInt(report.reports[0]!.answer);
      const receipt = await submit(result.signatures[report.sigName]!, { feedId: feedIdOf("BTC/USD"), answer, observedAt: BigInt(response.observedAt!) });
      expect(receipt.status).toBe("success");
      expect((await stored("BTC/USD")).answer).toBe(answer);
    } finally {
      lit.nodes[0]!.clearFaults();
    }
  });

  it("signs nothing when the source quorum is broken", async () => {
    for (const id of ["coinbase", "kraken", "bitstamp", "gemini", "binance"] as const) sim.inject(id, { kind: "down" });
    try {
      const result = await lit.execute({ code: action.code, jsParams: params() });
      const response = parsePriceFeedResponse(result.response);
      expect(result.signatures).toEqual({});
      expect(response.reports).toEqual([]);
      expect(response.refusals[0]).toMatchObject({ feed: "BTC/USD", code: "source-quorum" });
    } finally {
      for (const id of ["coinbase", "kraken", "bitstamp", "gemini", "binance"] as const) sim.inject(id, null);
    }
  });

  it("decrypts the premium key only inside the action and never returns or logs it", async () => {
    const conditions = [
      { conditionType: "evmBasic", contractAddress: "", standardContractType: "", chain: "ethereum", method: "", parameters: [":currentActionIpfsId"], returnValueTest: { comparator: "=", value: action.cid } },
    ];
    const { ciphertext, dataToEncryptHash } = lit.encrypt({ accessControlConditions: conditions as never, dataToEncrypt: PREMIUM_KEY });
    const before = sim.authorizedCount("coingecko");
    const p = params({ premiumKey: { ciphertext, dataToEncryptHash, accessControlConditions: conditions, chain: "ethereum" } });
    const result = await lit.execute({ code: action.code, jsParams: p });
    const response = parsePriceFeedResponse(result.response);
    expect(response.ok).toBe(true);
    expect(response.sources!.find((s) => s.source === "coingecko")).toMatchObject({ status: "used" });
    expect(sim.authorizedCount("coingecko") - before).toBe(3);
    expect(JSON.stringify(result)).not.toContain(PREMIUM_KEY);

    // Other code cannot decrypt it: the condition pins this action's CID.
    const thief = `(async () => { const k = await Lit.Actions.decryptAndCombine({ accessControlConditions: jsParams.c, ciphertext: jsParams.x, dataToEncryptHash: jsParams.h, authSig: null, chain: "ethereum" }); Lit.Actions.setResponse({ response: k }); })();`;
    await expect(lit.execute({ code: thief, jsParams: { c: conditions, x: ciphertext, h: dataToEncryptHash } })).rejects.toThrow();
  });

  it("direct mode: the action signs and sends the transaction itself, once", async () => {
    const funder = clients.wallet;
    const fund = await funder.sendTransaction({ to: pkp.ethAddress, value: parseEther("1"), chain: funder.chain, account: funder.account! });
    await clients.public.waitForTransactionReceipt({ hash: fund });
    const nonce = await clients.public.getTransactionCount({ address: pkp.ethAddress });
    const fees = await clients.public.estimateFeesPerGas();
    const p = params({
      feeds: ["BTC/USD", "ETH/USD"],
      destinations: [
        {
          chainId: chain.chainId,
          receiver: deployment.contracts.receiver,
          direct: { nonce, maxFeePerGas: String(fees.maxFeePerGas * 2n), maxPriorityFeePerGas: String(fees.maxPriorityFeePerGas) },
        },
      ],
    });
    await afterLastLanded();
    const result = await lit.execute({ code: action.code, jsParams: p });
    const response = parsePriceFeedResponse(result.response);
    expect(response.transactions).toHaveLength(1);
    const tx = response.transactions[0]!;
    expect(tx).toMatchObject({ sent: true });
    const receipt = await clients.public.waitForTransactionReceipt({ hash: tx.txHash as Hex });
    expect(receipt.status).toBe("success");
    expect(receipt.from.toLowerCase()).toBe(pkp.ethAddress.toLowerCase());
    expect(await clients.public.getTransactionCount({ address: pkp.ethAddress })).toBe(nonce + 1);
    const eth = await stored("ETH/USD");
    expect(eth.observedAt).toBe(BigInt(response.observedAt!));
    lastLanded = Math.max(lastLanded, response.observedAt!);
    expect(eth.answer > 0n).toBe(true);
  });

  it("Chipotle: one execution of main(params) signs with the PKP key and decrypts the key with Decrypt", async () => {
    const chipotle = await compileAction("price-feed.chipotle", manifest);
    const vault = lit.mintImmutablePkpFor(chipotle.cid);
    const encrypt = `async function main({ pkpId, key }) { return { ciphertext: await Lit.Actions.Encrypt({ pkpId, message: key }) }; }`;
    const encrypted = await lit.executeChipotle({ code: encrypt, jsParams: { pkpId: vault.tokenId, key: PREMIUM_KEY } });
    const before = sim.authorizedCount("coingecko");
    const p = params({ signer: { pkpId: vault.tokenId }, premiumKey: { ciphertext: (encrypted.response as { ciphertext: string }).ciphertext } });
    const result = await lit.executeChipotle({ code: chipotle.code, jsParams: p });
    const response = parsePriceFeedResponse(result.response);
    expect(response.ok).toBe(true);
    const report = response.reports[0]!;
    const sig = (result.response as { signatures: Record<string, LitSignature> }).signatures[report.sigName]!;
    expect(sig.signedData).toBe(report.digest);
    expect(sim.authorizedCount("coingecko") - before).toBe(1);
    const signature = `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex;
    expect((await recoverAddress({ hash: report.digest as Hex, signature })).toLowerCase()).toBe(vault.ethAddress.toLowerCase());
    expect(JSON.stringify(result)).not.toContain(PREMIUM_KEY);
  });
});
