/**
 * Chainlink's own `AggregatorProxy` (@chainlink/contracts 0.3.1, src/v0.7/dev/AggregatorProxy.sol,
 * unmodified, compiled at solc 0.7.6 from npm) in front of a LitPriceFeed and in front of Chainlink's
 * `MockV3Aggregator` (same package) fed the same prices. What a proxy-reading integrator sees:
 * - the same latest round through both proxies across updates, a pause and a stale period;
 * - a breach propagates through the proxy (FeedBreached), where Chainlink keeps the old answer;
 * - the proxy drops lit-oracle's phase bits (`uint64(roundId)`): its `getRoundData` asks the feed for a
 *   round id without a phase, which the feed refuses, and after a lit-oracle rotation the proxy's round
 *   ids fall back. docs/integrate.md: read the LitPriceFeed directly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Abi, type Address, createWalletClient, custom, type Hex } from "viem";
import { privateKeyToAccount, sign } from "viem/accounts";
import { feedIdOf, type Report, reportDigest } from "../../actions/src/core/report.ts";
import { compilePeer, packageRoot } from "../../bench/peers/solc.ts";
import { priceFeedAbi, routerAbi } from "../../keeper/src/chain/abi.ts";
import { deployReceiver } from "../../keeper/src/chain/deploy.ts";
import { encodeSingleUpdate } from "../../keeper/src/chain/receiver.ts";
import { deployTestOracle, type Oracle } from "./fixture.ts";

const BTC = feedIdOf("BTC/USD");
const PHASE = 1n << 64n;

let oracle: Oracle;
let litFeed: Address;
let mock: Address;
let proxyLit: Address;
let proxyMock: Address;
let proxyAbi: Abi;
let mockAbi: Abi;
let receiver: Address;
let inPhase = 0n;

const wallet = (i: number) => createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[i]!.privateKey), transport: custom(oracle.chain.provider) });

async function mined(hash: Hex) {
  const receipt = await oracle.publicClient.waitForTransactionReceipt({ hash });
  expect(receipt.status).toBe("success");
  return receipt;
}

async function deploy(abi: Abi, bytecode: Hex, args: readonly unknown[]): Promise<Address> {
  const receipt = await mined(await wallet(0).deployContract({ abi, bytecode, args, chain: null }));
  return receipt.contractAddress!;
}

async function advance(seconds: number) {
  await oracle.chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
  await oracle.chain.provider.request({ method: "evm_mine", params: [] } as never);
}

type Round = readonly [bigint, bigint, bigint, bigint, bigint];
const latest = (address: Address, abi: Abi) => oracle.publicClient.readContract({ address, abi, functionName: "latestRoundData" }) as Promise<Round>;

/** The same price to both: a signed report to lit-oracle, and `updateRoundData` with the round in phase. */
async function feed(answer: bigint) {
  await advance(60);
  const now = await oracle.now();
  const report: Report = { feedId: BTC, answer, observedAt: now - 3n };
  const signature = await sign({ hash: reportDigest({ chainId: oracle.chain.chainId, verifyingContract: receiver }, report), privateKey: oracle.signerKey, to: "hex" });
  await mined(await wallet(3).sendTransaction({ to: receiver, data: encodeSingleUpdate(report, signature), chain: null }));
  inPhase += 1n;
  const { timestamp } = await oracle.publicClient.getBlock();
  await mined(await wallet(0).writeContract({ address: mock, abi: mockAbi, functionName: "updateRoundData", args: [inPhase, answer, timestamp, now - 3n], chain: null }));
}

async function sameThroughProxies(step: string) {
  const [a, b] = await Promise.all([latest(proxyLit, proxyAbi), latest(proxyMock, proxyAbi)]);
  expect(a, step).toEqual(b);
  for (const fn of ["latestAnswer", "latestTimestamp", "latestRound"] as const) {
    const [x, y] = await Promise.all([
      oracle.publicClient.readContract({ address: proxyLit, abi: proxyAbi, functionName: fn }),
      oracle.publicClient.readContract({ address: proxyMock, abi: proxyAbi, functionName: fn }),
    ]);
    expect(x, `${step}: ${fn}`).toBe(y);
  }
  // Answer and times are the feed's own; only the round id is re-phased by the proxy.
  const direct = await latest(litFeed, priceFeedAbi as Abi);
  expect([a[1], a[2], a[3]], step).toEqual([direct[1], direct[2], direct[3]]);
}

beforeAll(async () => {
  oracle = await deployTestOracle({ chainId: 31345 });
  litFeed = oracle.deployment.contracts.feeds["BTC/USD"]!.address;
  receiver = oracle.receiver;
  const compiled = compilePeer({
    solc: "solc-0_7_6",
    version: "0.7.6",
    root: packageRoot("@chainlink/contracts-0_3_1"),
    sources: ["src/v0.7/dev/AggregatorProxy.sol", "src/v0.7/tests/MockV3Aggregator.sol"],
    settings: { optimizer: { enabled: true, runs: 1_000_000 }, evmVersion: "istanbul" },
  });
  const proxy = compiled["AggregatorProxy"]!;
  const mockContract = compiled["MockV3Aggregator"]!;
  proxyAbi = proxy.abi;
  mockAbi = mockContract.abi;
  mock = await deploy(mockAbi, mockContract.bytecode, [8, 1n]);
  proxyLit = await deploy(proxyAbi, proxy.bytecode, [litFeed]);
  proxyMock = await deploy(proxyAbi, proxy.bytecode, [mock]);
}, 600_000);

afterAll(async () => {
  await oracle?.chain.close();
});

describe("Chainlink's AggregatorProxy in front of a LitPriceFeed", () => {
  it("serves the same latest round as in front of Chainlink's aggregator, across updates, a pause and a stale period", async () => {
    await feed(97_000n * 10n ** 8n);
    await feed(97_100n * 10n ** 8n);
    await sameThroughProxies("updates");
    const [roundId] = await latest(proxyLit, proxyAbi);
    expect(roundId).toBe(PHASE | 2n);

    await mined(await wallet(2).writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "pause", args: [BTC], chain: null }));
    await advance(600);
    await sameThroughProxies("paused");
    await advance(5 * 3600);
    await sameThroughProxies("stale");
    await mined(await wallet(0).writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "unpause", args: [BTC], chain: null }));
    await feed(97_200n * 10n ** 8n);
    await sameThroughProxies("unpaused");
  });

  it("loses the feed's phase bits: getRoundData through the proxy is refused by the feed", async () => {
    const [roundId] = await latest(proxyLit, proxyAbi);
    // Chainlink's aggregator serves its round; the LitPriceFeed is asked for uint64(roundId), a round
    // id of phase 0, which it does not have.
    const viaMock = (await oracle.publicClient.readContract({ address: proxyMock, abi: proxyAbi, functionName: "getRoundData", args: [roundId] })) as Round;
    expect(viaMock[1]).toBe(97_200n * 10n ** 8n);
    await expect(oracle.publicClient.readContract({ address: proxyLit, abi: proxyAbi, functionName: "getRoundData", args: [roundId] })).rejects.toThrow();
    // Read directly, the same round is served under the feed's own id.
    const direct = (await oracle.publicClient.readContract({ address: litFeed, abi: priceFeedAbi, functionName: "getRoundData", args: [PHASE | (roundId & (PHASE - 1n))] })) as Round;
    expect(direct[1]).toBe(97_200n * 10n ** 8n);
  });

  it("propagates a breach (Chainlink keeps the old answer) and, after a rotation, falls back in round id", async () => {
    // Breach: out of the feed's bounds (min 1e8).
    await advance(60);
    const now = await oracle.now();
    const crash: Report = { feedId: BTC, answer: 1n, observedAt: now - 3n };
    const signature = await sign({ hash: reportDigest({ chainId: oracle.chain.chainId, verifyingContract: receiver }, crash), privateKey: oracle.signerKey, to: "hex" });
    await mined(await wallet(3).sendTransaction({ to: receiver, data: encodeSingleUpdate(crash, signature), chain: null }));
    await expect(latest(proxyLit, proxyAbi)).rejects.toThrow(/FeedBreached|revert/);
    expect((await latest(proxyMock, proxyAbi))[1]).toBe(97_200n * 10n ** 8n);
    await feed(97_300n * 10n ** 8n); // recovery
    await sameThroughProxies("recovered");
    const [before] = await latest(proxyLit, proxyAbi);

    // Rotation: lit-oracle's phase 2 starts at round 1; the proxy (still its own phase 1) reports
    // PHASE | 1, below the ids it reported before. Read directly, the id is 2 << 64 | 1.
    const next = await deployReceiver({ walletClient: wallet(0), publicClient: oracle.publicClient }, { router: oracle.deployment.contracts.router, signer: oracle.deployment.signer });
    await mined(await wallet(0).writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "proposeReceiver", args: [next.address], chain: null }));
    await advance(3600);
    await mined(await wallet(0).writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "confirmReceiver", chain: null }));
    receiver = next.address;
    inPhase = 0n;
    await feed(97_400n * 10n ** 8n);
    const [after, answer] = await latest(proxyLit, proxyAbi);
    expect(answer).toBe(97_400n * 10n ** 8n);
    expect(after).toBe(PHASE | 1n);
    expect(after < before).toBe(true);
    expect((await latest(litFeed, priceFeedAbi as Abi))[0]).toBe((2n << 64n) | 1n);
  });
});
