/**
 * Issue 9's attacks, run as a hostile caller of the permitted CID: the bundle (built like
 * `actions/dist/price-feed.js`, with a local manifest pinning the market simulator, an EDR chain and
 * a direct-mode policy) on the local Lit network (5 nodes), the caller controlling every `jsParams`
 * field and running an HTTP server of its own. Each case shows the attack failing and why.
 *
 * Elsewhere: #6 (expired reports) and the guardian delay are the contracts' Solidity tests; #8 (the
 * emulator's sandbox) is test/lit/; the aggregation guarantee (#7) is also property-tested in
 * test/actions/aggregate.property.test.ts.
 */
import { createServer, type Server } from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hex, createPublicClient, createWalletClient, defineChain, getContractAddress, http, parseEther, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { type BuiltAction, compileAction } from "../../actions/build.ts";
import { aggregatePrices } from "../../actions/src/core/aggregate.ts";
import type { FeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { parsePriceFeedResponse, type PriceFeedResponse } from "../../actions/src/core/response.ts";
import { feedIdOf } from "../../actions/src/core/report.ts";
import type { SourceId } from "../../actions/src/core/sources/index.ts";
import { receiverAbi } from "../../keeper/src/chain/abi.ts";
import { type Deployment, deployOracle } from "../../keeper/src/chain/deploy.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";
import { createLogger, redactUrls } from "../../keeper/src/internal/logger.ts";
import type { LitSignature } from "../../lit/types.ts";
import { type LocalLitNetwork, createLocalLitNetwork } from "../../lit/local/network.ts";
import type { PkpInfo } from "../../lit/local/signer.ts";
import { type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
import { EIGHT, USDT_RATE, testManifest } from "../actions/helpers/manifest.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

const PREMIUM_KEY = "CG-security-premium-key-4d2e77";

let sim: MarketSimulator;
let lit: LocalLitNetwork;
let chain: LocalChain;
let action: BuiltAction;
let manifest: FeedManifest;
let pkp: PkpInfo;
let deployment: Deployment;
let clients: { wallet: ReturnType<typeof createWalletClient>; public: ReturnType<typeof createPublicClient> };
/** The attacker's own HTTP server: it answers every request with a price of 1.9997 and records it. */
let evil: Server;
let evilUrl: string;
const evilRequests: { url: string; headers: Record<string, unknown> }[] = [];
let lastLanded = 0;

async function afterLastLanded(): Promise<void> {
  while (Math.floor(Date.now() / 1000) <= lastLanded) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  evil = createServer((req, res) => {
    evilRequests.push({ url: req.url ?? "", headers: { ...req.headers } });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ price: "1.9997", bid: "1.9996", ask: "1.9998", time: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  evilUrl = `http://127.0.0.1:${(evil.address() as { port: number }).port}`;
  sim = await startMarketSimulator({ seed: 23, apiKeys: { coingecko: PREMIUM_KEY } });
  // Naga's own limit (30 s): the default of the local network.
  lit = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
  chain = await startLocalChain({ chainId: 31_477 });
  const viemChain = defineChain({ id: chain.chainId, name: "security", nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [chain.rpcUrl] } } });
  const account = privateKeyToAccount(chain.accounts[0]!.privateKey);
  clients = { wallet: createWalletClient({ account, chain: viemChain, transport: http(chain.rpcUrl) }), public: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl) }) };
  const receiver = getContractAddress({ from: account.address, nonce: BigInt((await clients.public.getTransactionCount({ address: account.address })) + 1) });
  manifest = testManifest(
    {
      feeds: [
        { symbol: "BTC/USD", decimals: 8, sources: [...EIGHT, "coingecko"] },
        { symbol: "ETH/USD", decimals: 8, sources: [...EIGHT] },
        { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] },
      ],
      premium: { source: "coingecko" },
      confirmation: { minDelaySeconds: 1, maxAgeSeconds: 600 },
      chains: [{ chainId: chain.chainId, rpcUrls: [chain.rpcUrl], direct: { receivers: [receiver], maxGasLimit: "300000", maxFeePerGas: String(100n * 10n ** 9n), maxPriorityFeePerGas: String(2n * 10n ** 9n) } }],
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
  expect(deployment.contracts.receiver).toBe(receiver);
});

afterAll(async () => {
  await Promise.allSettled([sim?.close(), lit?.close(), chain?.close(), new Promise((r) => evil?.close(r))]);
});

/** A well-formed round the attacker starts from (and then tampers with). */
function honest(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 2, feeds: ["BTC/USD"], destinations: [{ chainId: chain.chainId, receiver: deployment.contracts.receiver }], signer: { publicKey: pkp.publicKey }, ...over };
}

async function run(jsParams: unknown): Promise<{ response: PriceFeedResponse; signatures: Record<string, LitSignature> }> {
  const result = await lit.execute({ code: action.code, jsParams: jsParams as Record<string, unknown> });
  return { response: parsePriceFeedResponse(result.response), signatures: result.signatures };
}

async function land(response: PriceFeedResponse, signatures: Record<string, LitSignature>) {
  const job = response.reports[0]!;
  const sig = signatures[job.sigName]!;
  const r = `0x${sig.signature.slice(2, 66)}` as Hex;
  const vs = toHex(BigInt(`0x${sig.signature.slice(66, 130)}`) | (BigInt(sig.recoveryId) << 255n), { size: 32 });
  const report = { feedId: job.reports[0]!.feedId as Hex, answer: BigInt(job.reports[0]!.answer), observedAt: BigInt(job.reports[0]!.observedAt) };
  lastLanded = Math.max(lastLanded, Number(report.observedAt));
  const hash = await clients.wallet.writeContract({ address: deployment.contracts.receiver, abi: receiverAbi, functionName: "update", args: [report, r, vs], chain: clients.wallet.chain, account: clients.wallet.account! });
  return clients.public.waitForTransactionReceipt({ hash });
}

const stored = (symbol: string) => clients.public.readContract({ address: deployment.contracts.receiver, abi: receiverAbi, functionName: "feedState", args: [feedIdOf(symbol)] });

describe("a hostile caller of the permitted CID", () => {
  it("1. cannot choose the price: source URLs are not params, and the signed answer is the pinned venues'", async () => {
    const attempts = [
      honest({ sources: { coinbase: { baseUrl: evilUrl }, kraken: { baseUrl: evilUrl } } }),
      honest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["coinbase"] }] }),
      honest({ baseUrl: evilUrl }),
    ];
    for (const p of attempts) {
      const { response, signatures } = await run(p);
      expect(response.error).toMatch(/invalid price-feed params/);
      expect(signatures).toEqual({});
    }
    const { response } = await run(honest());
    expect(response.ok).toBe(true);
    const answer = Number(response.reports[0]!.reports[0]!.answer) / 1e8;
    expect(Math.abs(answer / sim.price("BTC") - 1)).toBeLessThan(0.01);
    expect(evilRequests).toEqual([]);
  });

  it("2. cannot time-travel: observedAt is the nodes' clock; a hint two days ahead refuses the round", async () => {
    const future = await run(honest({ observedAtHint: Math.floor(Date.now() / 1000) + 2 * 86_400 }));
    expect(future.response.error).toMatch(/observedAtHint .* the manifest tolerates 30 s/);
    expect(future.signatures).toEqual({});
    expect((await run(honest({ observedAt: Math.floor(Date.now() / 1000) + 2 * 86_400 }))).response.error).toMatch(/invalid price-feed params/);
    const before = Math.floor(Date.now() / 1000);
    const { response } = await run(honest());
    const after = Math.floor(Date.now() / 1000);
    expect(response.observedAt! >= before && response.observedAt! <= after).toBe(true);
  });

  it("3. cannot set the safety limits: quorum, spread, move limit and quote age are not params", async () => {
    const limits = [
      honest({ aggregation: { minSources: 1, maxSpreadPpm: 1_000_000_000, maxDeviationPpm: 1_000_000_000, maxQuoteAgeSeconds: 1_000_000_000 } }),
      honest({ feeds: [{ symbol: "BTC/USD", decimals: 8, minSources: 1 }] }),
      honest({ feeds: [{ symbol: "BTC/USD", decimals: 8, lastAnswer: "1" }] }),
    ];
    for (const p of limits) expect((await run(p)).response.error).toMatch(/invalid price-feed params/);
  });

  it("3b. cannot bypass the move limit: the action reads the receiver itself, and a forged confirmation is ignored", async () => {
    await afterLastLanded();
    const first = await run(honest({ feeds: ["ETH/USD"] }));
    expect(first.response.ok).toBe(true);
    expect((await land(first.response, first.signatures)).status).toBe("success");
    sim.setPrice("ETH", sim.price("ETH") * 1.4);
    try {
      await afterLastLanded();
      const moved = await run(honest({ feeds: ["ETH/USD"] }));
      expect(moved.response.reports).toEqual([]);
      expect(moved.response.refusals[0]).toMatchObject({ feed: "ETH/USD", code: "move-unconfirmed" });
      const set = moved.response.candidates!;
      expect(set.list[0]!.feed).toBe("ETH/USD");
      // A confirmation signed by any other key (the caller's own) is ignored, with the reason.
      const forger = privateKeyToAccount(chain.accounts[5]!.privateKey);
      const forged = await forger.sign({ hash: set.digest as Hex });
      await afterLastLanded();
      const ignored = await run(honest({ feeds: ["ETH/USD"], confirm: { observedAt: set.observedAt, candidates: set.list, signature: forged } }));
      expect(ignored.response.reports).toEqual([]);
      expect(ignored.response.notes?.[0]).toMatch(/confirm ignored: signed by .*, not this round's signer/);
      // The action's own attestation, a second later, confirms the move.
      const sig = moved.signatures[set.sigName]!;
      const genuine = `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex;
      await afterLastLanded();
      const confirmed = await run(honest({ feeds: ["ETH/USD"], confirm: { observedAt: set.observedAt, candidates: set.list, signature: genuine } }));
      expect(confirmed.response.ok).toBe(true);
      expect((await land(confirmed.response, confirmed.signatures)).status).toBe("success");
    } finally {
      sim.setPrice("ETH", 3_500);
    }
  });

  it("4. cannot steal the premium key: it only ever goes to the premium source's pinned host", async () => {
    const conditions = [
      { conditionType: "evmBasic", contractAddress: "", standardContractType: "", chain: "ethereum", method: "", parameters: [":currentActionIpfsId"], returnValueTest: { comparator: "=", value: action.cid } },
    ];
    const { ciphertext, dataToEncryptHash } = lit.encrypt({ accessControlConditions: conditions as never, dataToEncrypt: PREMIUM_KEY });
    const premiumKey = { ciphertext, dataToEncryptHash, accessControlConditions: conditions, chain: "ethereum" };
    // Redirecting the premium source is not a parameter.
    const redirect = await run(honest({ premiumKey, sources: { coingecko: { baseUrl: evilUrl } } }));
    expect(redirect.response.error).toMatch(/invalid price-feed params/);
    const before = sim.authorizedCount("coingecko");
    const { response } = await run(honest({ premiumKey, destinations: [{ chainId: chain.chainId, receiver: "0x000000000000000000000000000000000000dEaD" }] }));
    expect(response.sources!.find((s) => s.source === "coingecko")).toMatchObject({ status: "used" });
    expect(sim.authorizedCount("coingecko") - before).toBe(3);
    expect(JSON.stringify(response)).not.toContain(PREMIUM_KEY);
    expect(JSON.stringify(evilRequests)).not.toContain(PREMIUM_KEY);
    expect(evilRequests).toEqual([]);
  });

  it("5. cannot drain the PKP in direct mode: only the manifest's receivers, gas and fees at most its caps", async () => {
    const fund = await clients.wallet.sendTransaction({ to: pkp.ethAddress, value: parseEther("1"), chain: clients.wallet.chain, account: clients.wallet.account! });
    await clients.public.waitForTransactionReceipt({ hash: fund });
    const balance = await clients.public.getBalance({ address: pkp.ethAddress });
    const nonce = await clients.public.getTransactionCount({ address: pkp.ethAddress });
    const drains = [
      { receiver: "0x000000000000000000000000000000000000dEaD", direct: { nonce } },
      { receiver: deployment.contracts.receiver, direct: { nonce, gasLimit: "30000000" } },
      { receiver: deployment.contracts.receiver, direct: { nonce, maxFeePerGas: String(10n ** 15n), maxPriorityFeePerGas: String(10n ** 15n) } },
      { receiver: deployment.contracts.receiver, direct: { nonce, rpcUrl: evilUrl } },
    ];
    const reasons = [/not a direct receiver the manifest allows/, /gasLimit: 30000000 exceeds the manifest cap 300000/, /maxFeePerGas: .* exceeds the manifest cap/, /invalid price-feed params/];
    for (const [i, d] of drains.entries()) {
      const { response } = await run(honest({ destinations: [{ chainId: chain.chainId, ...d }] }));
      expect(response.error).toMatch(/invalid price-feed params/);
      const validation = (response.error ?? "") as string;
      expect(validation.length).toBeGreaterThan(0);
      // the issue list names the reason (meta lines travel in the error text)
      expect(validation + JSON.stringify(response)).toMatch(reasons[i]!);
      expect(response.transactions).toEqual([]);
    }
    expect(await clients.public.getBalance({ address: pkp.ethAddress })).toBe(balance);
    expect(await clients.public.getTransactionCount({ address: pkp.ethAddress })).toBe(nonce);
    expect(evilRequests).toEqual([]);
  });

  it("6. cannot pre-sign a series: every report carries the nodes' clock of its round (the receiver's age bound is the contracts' test)", async () => {
    // Each report's time lies within its own round (read before and after it), however long the round took.
    let previous = 0;
    for (let i = 0; i < 2; i++) {
      const before = Math.floor(Date.now() / 1000);
      const { response } = await run(honest());
      const after = Math.floor(Date.now() / 1000);
      expect(response.observedAt! >= before && response.observedAt! <= after).toBe(true);
      expect(response.observedAt!).toBeGreaterThanOrEqual(previous);
      previous = response.observedAt!;
    }
  });

  it("7. cannot drag the answer out of the honest range with a cluster just outside it (the issue's counterexample)", () => {
    const honestPrices = [988n, 989n, 990n, 1000n, 1002n].map((p) => p * 10n ** 17n);
    const liars = [1003n, 1003n, 1003n].map((p) => p * 10n ** 17n);
    const names: SourceId[] = [...EIGHT];
    const result = aggregatePrices([...honestPrices, ...liars].map((price, i) => ({ source: names[i]!, price })), 8, { minSources: 3, maxSpreadPpm: 20_000 });
    expect(result).toMatchObject({ ok: true, outliers: [] });
    if (result.ok) expect(result.median <= 1002n * 10n ** 17n && result.median >= 988n * 10n ** 17n).toBe(true);
  });

  it("9a. cannot fill a quorum twice with one venue: duplicate sources are refused when the manifest is built", async () => {
    await expect(compileAction("price-feed", testManifest({ feeds: [{ symbol: "USDT/USD", decimals: 8, sources: ["kraken", "kraken", "coinbase"] }] }, sim.baseUrls))).rejects.toThrow(/invalid price-feed manifest/);
    await expect(compileAction("price-feed", testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["kraken", "kraken", "coinbase"] }] }, sim.baseUrls))).rejects.toThrow(/invalid price-feed manifest/);
    const dupDestinations = await run(honest({ destinations: [{ chainId: chain.chainId, receiver: deployment.contracts.receiver }, { chainId: chain.chainId, receiver: deployment.contracts.receiver.toLowerCase() }] }));
    expect(dupDestinations.response.error).toMatch(/invalid price-feed params/);
  });

  it("9b. RPC URLs with API keys never reach a keeper log line (viem's error text embeds them)", async () => {
    const secretUrl = "http://127.0.0.1:9/v2/sk-live-SECRET-rpc-key?apikey=ALSO-SECRET";
    const client = createPublicClient({ transport: http(secretUrl, { retryCount: 0 }) });
    const error = await client.getBlockNumber().catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain("SECRET");
    const lines: string[] = [];
    const logger = createLogger({ pretty: false, destination: new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) }) as never });
    logger.error({ err: error, rpc: secretUrl, detail: (error as Error).message }, `RPC failed at ${secretUrl}`);
    const text = lines.join("");
    expect(text).toContain("127.0.0.1:9");
    expect(text).not.toContain("SECRET");
    expect(redactUrls(`request to ${secretUrl} failed`)).toBe("request to http://127.0.0.1:9/[redacted] failed");
  });
});
