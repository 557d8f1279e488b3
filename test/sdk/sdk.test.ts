/**
 * The dapp SDK (sdk/) against the real contracts on a local chain: the checked reader (same checks
 * as LitFeedLib), the Published log decoder, and pull mode against a loopback endpoint serving the
 * JSON contract of docs/keeper.md "Pull mode" (hostile variants: wrong receiver, not an update, error
 * bodies, garbage).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Address, createWalletClient, custom, encodeFunctionData, type Hex, parseSignature } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { feedIdOf, type Report } from "../../actions/src/core/report.ts";
import { priceFeedAbi, receiverAbi, routerAbi } from "../../keeper/src/chain/abi.ts";
import { encodeBatchUpdate } from "../../keeper/src/chain/receiver.ts";
import {
  aggregatorV3Abi,
  decodePublishedLog,
  fetchLatestReports,
  getPublishedRounds,
  type LatestReports,
  LitFeedError,
  litPriceFeedAbi,
  litReceiverAbi,
  litRouterAbi,
  LogDecodeError,
  PullError,
  readLitPrice,
  submitLatestReports,
} from "../../sdk/src/index.ts";
import { deployOracle } from "../../keeper/src/chain/deploy.ts";
import { deployTestOracle, type Oracle, TEST_FEEDS } from "../contracts/fixture.ts";

const BTC = feedIdOf("BTC/USD");
const ETH = feedIdOf("ETH/USD");

let oracle: Oracle;
const walletFor = (index: number) =>
  createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[index]!.privateKey), transport: custom(oracle.chain.provider) });
let owner: ReturnType<typeof walletFor>;
let btcFeed: Address;
let ethFeed: Address;

async function increaseTime(seconds: number) {
  await oracle.chain.provider.request({ method: "evm_increaseTime", params: [seconds] } as never);
  await oracle.chain.provider.request({ method: "evm_mine", params: [] } as never);
}

async function pushBatch(reports: Report[]) {
  const tx = await oracle.send(encodeBatchUpdate(reports, await oracle.signBatch(reports)));
  expect(tx.status).toBe("success");
  return tx;
}

beforeAll(async () => {
  oracle = await deployTestOracle({ chainId: 31339 });
  owner = walletFor(0);
  btcFeed = oracle.deployment.contracts.feeds["BTC/USD"]!.address;
  ethFeed = oracle.deployment.contracts.feeds["ETH/USD"]!.address;
});
afterAll(async () => {
  await oracle?.chain.close();
});

type Param = { type: string; indexed?: boolean; components?: readonly Param[] };
const formatParam = (p: Param): string =>
  `${p.type === "tuple" ? `(${(p.components ?? []).map(formatParam).join(",")})` : p.type}${p.indexed ? " indexed" : ""}`;
const formatItem = (item: unknown): string => {
  const i = item as { type: string; name?: string; inputs?: readonly Param[]; outputs?: readonly Param[]; stateMutability?: string };
  return `${i.type} ${i.name}(${(i.inputs ?? []).map(formatParam).join(",")}) ${i.stateMutability ?? ""} -> (${(i.outputs ?? []).map(formatParam).join(",")})`;
};

describe("sdk ABIs", () => {
  it("match the compiled contracts entry by entry", () => {
    const compiled = new Set([...priceFeedAbi, ...receiverAbi, ...routerAbi].map(formatItem));
    for (const item of [...litPriceFeedAbi, ...litReceiverAbi, ...litRouterAbi]) {
      expect(compiled.has(formatItem(item)), formatItem(item)).toBe(true);
    }
    expect(formatItem(aggregatorV3Abi[0])).toBe(formatItem(priceFeedAbi.find((i) => i.type === "function" && i.name === "latestRoundData")));
  });
});

describe("readLitPrice", () => {
  it("refuses no data, then reads, then refuses stale, paused and breached with typed errors", async () => {
    await expect(readLitPrice(oracle.publicClient, { feed: btcFeed, heartbeatSlackSeconds: 60 })).rejects.toMatchObject({ code: "no-data" });
    const at = await oracle.now();
    await pushBatch([{ feedId: BTC, answer: 97_000n * 10n ** 8n, observedAt: at }]);
    const price = await readLitPrice(oracle.publicClient, { feed: btcFeed, heartbeatSlackSeconds: 60 });
    expect(price).toMatchObject({ answer: 97_000n * 10n ** 8n, decimals: 8, startedAt: at, roundId: (1n << 64n) | 1n });

    await increaseTime(3600 + 61);
    const stale = await readLitPrice(oracle.publicClient, { feed: btcFeed, heartbeatSlackSeconds: 60 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(LitFeedError);
    expect((stale as LitFeedError).code).toBe("stale");

    const hash = await owner.writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "pause", args: [BTC], chain: null });
    await oracle.publicClient.waitForTransactionReceipt({ hash });
    await expect(readLitPrice(oracle.publicClient, { feed: btcFeed, heartbeatSlackSeconds: 60 })).rejects.toMatchObject({ code: "paused" });
    const unpause = await owner.writeContract({ address: oracle.deployment.contracts.router, abi: routerAbi, functionName: "unpause", args: [BTC], chain: null });
    await oracle.publicClient.waitForTransactionReceipt({ hash: unpause });

    await increaseTime(2);
    await pushBatch([{ feedId: BTC, answer: 1n, observedAt: await oracle.now() }]); // below the minimum
    await expect(readLitPrice(oracle.publicClient, { feed: btcFeed, heartbeatSlackSeconds: 60 })).rejects.toMatchObject({ code: "breached" });
  });

  it("checks the sequencer uptime feed (down, grace period) before the price", async () => {
    // The feed contract of ETH/USD stands in for an uptime feed with answer 0 (up) / nonzero (down).
    const at = await oracle.now();
    await pushBatch([{ feedId: ETH, answer: 3_000n * 10n ** 18n, observedAt: at }]);
    await expect(
      readLitPrice(oracle.publicClient, { feed: ethFeed, heartbeatSlackSeconds: 60, sequencerUptimeFeed: ethFeed, sequencerGracePeriodSeconds: 10 }),
    ).rejects.toMatchObject({ code: "sequencer-down" });
  });
});

describe("Published logs", () => {
  it("decode every published round of a feed from eth_getLogs alone", async () => {
    const from = (await oracle.publicClient.getBlockNumber()) + 1n;
    const t0 = await oracle.now();
    await pushBatch([{ feedId: ETH, answer: 3_100n * 10n ** 18n, observedAt: t0 + 1n }]);
    await pushBatch([{ feedId: ETH, answer: -5n, observedAt: t0 + 2n }, { feedId: BTC, answer: 96_000n * 10n ** 8n, observedAt: t0 + 2n }]);
    const rounds = await getPublishedRounds(oracle.publicClient, {
      receivers: [oracle.receiver],
      phaseOf: { [oracle.receiver]: 1 },
      feedId: ETH,
      fromBlock: from,
      toBlock: "latest",
    });
    // -5 is out of ETH's bounds: a breach, not a publication; only the first is logged.
    expect(rounds.map((r) => r.answer)).toEqual([3_100n * 10n ** 18n]);
    const [round] = rounds;
    const onChain = await oracle.publicClient.readContract({ address: ethFeed, abi: litPriceFeedAbi, functionName: "getRoundData", args: [round!.roundId] }).catch(() => undefined);
    // The round is the latest published (breach withholds it from getRoundData), so compare with the receiver's state.
    const state = await oracle.publicClient.readContract({ address: oracle.receiver, abi: receiverAbi, functionName: "feedState", args: [ETH] });
    expect(onChain).toBeUndefined();
    expect(round).toMatchObject({ roundInPhase: state.roundId, startedAt: t0 + 1n, phaseId: 1 });
  });

  it("refuses a log that is not a Published log", () => {
    expect(() => decodePublishedLog({ address: oracle.receiver, topics: [BTC, BTC], data: "0x" })).toThrow(LogDecodeError);
    expect(() => decodePublishedLog({ address: oracle.receiver, topics: [BTC], data: `0x${"00".repeat(32)}` })).toThrow(LogDecodeError);
  });
});

describe("pull mode", () => {
  let server: Server;
  let body: unknown;
  let status = 200;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function latestFor(reports: Report[], to: Address = oracle.receiver): Promise<LatestReports> {
    const signature = await oracle.signBatch(reports);
    const parts = parseSignature(signature);
    const json = {
      chain: "local-31339",
      chainId: 31339,
      receiver: oracle.receiver,
      signer: oracle.deployment.signer,
      servedAt: Number(await oracle.now()),
      reports: reports.map((r) => ({
        feed: r.feedId === BTC ? "BTC/USD" : "ETH/USD",
        feedId: r.feedId,
        aggregator: r.feedId === BTC ? btcFeed : ethFeed,
        decimals: r.feedId === BTC ? 8 : 18,
        answer: r.answer.toString(),
        observedAt: Number(r.observedAt),
        ageSeconds: 0,
        onChain: null,
        update: 0,
      })),
      updates: [
        {
          kind: "batch",
          to,
          data: encodeBatchUpdate(reports, signature),
          feeds: reports.map((r) => (r.feedId === BTC ? "BTC/USD" : "ETH/USD")),
          observedAt: Number(reports[0]!.observedAt),
          reports: reports.map((r) => ({ feed: r.feedId === BTC ? "BTC/USD" : "ETH/USD", feedId: r.feedId, answer: r.answer.toString(), observedAt: Number(r.observedAt) })),
          signature: { r: parts.r, s: parts.s, yParity: parts.yParity ?? 0 },
        },
      ],
      missing: [],
    };
    body = json;
    status = 200;
    return fetchLatestReports({ baseUrl, chain: 31339, feeds: ["BTC/USD"] });
  }

  it("fetches the keeper's JSON and lands it", async () => {
    await increaseTime(5);
    const at = await oracle.now();
    const latest = await latestFor([{ feedId: BTC, answer: 98_000n * 10n ** 8n, observedAt: at }]);
    expect(latest.reports[0]!.answer).toBe(98_000n * 10n ** 8n);
    const walletClient = createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[3]!.privateKey), transport: custom(oracle.chain.provider) });
    const hashes = await submitLatestReports({ walletClient, publicClient: oracle.publicClient }, { latest, router: oracle.deployment.contracts.router });
    expect(hashes).toHaveLength(1);
    const state = await oracle.publicClient.readContract({ address: oracle.receiver, abi: receiverAbi, functionName: "feedState", args: [BTC] });
    expect(state.answer).toBe(98_000n * 10n ** 8n);
  });

  it("refuses a transaction to anything but the feed's current receiver, or that is not an update", async () => {
    const walletClient = createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[3]!.privateKey), transport: custom(oracle.chain.provider) });
    const at = await oracle.now();
    const wrongTo = await latestFor([{ feedId: BTC, answer: 1n, observedAt: at }], oracle.deployment.contracts.router);
    await expect(submitLatestReports({ walletClient, publicClient: oracle.publicClient }, { latest: wrongTo, router: oracle.deployment.contracts.router })).rejects.toMatchObject({ code: "unsafe-update" });
    const notUpdate = await latestFor([{ feedId: BTC, answer: 1n, observedAt: at }]);
    notUpdate.updates[0]!.data = encodeFunctionData({ abi: receiverAbi, functionName: "closeFeeds", args: [[BTC]] }) as Hex;
    await expect(submitLatestReports({ walletClient, publicClient: oracle.publicClient }, { latest: notUpdate, router: oracle.deployment.contracts.router })).rejects.toMatchObject({ code: "unsafe-update" });
    // A hostile endpoint names its own receiver and an "aggregator" vouching for it (here: a second
    // oracle's feed, whose receiver() is that receiver): the trusted router's receiver decides.
    const attacker = walletFor(5);
    const decoy = await deployOracle(
      { walletClient: attacker, publicClient: oracle.publicClient },
      { network: "decoy", signer: attacker.account.address, rotationDelaySeconds: 3600, feeds: [TEST_FEEDS[0]!] },
    );
    const decoyFeed = decoy.contracts.feeds["BTC/USD"]!.address;
    const vouched = await latestFor([{ feedId: BTC, answer: 1n, observedAt: at }], decoy.contracts.receiver);
    vouched.reports[0]!.aggregator = decoyFeed;
    await expect(submitLatestReports({ walletClient, publicClient: oracle.publicClient }, { latest: vouched, router: oracle.deployment.contracts.router })).rejects.toThrow(/current receiver of router/);
  });

  it("maps error bodies and garbage onto PullError", async () => {
    status = 429;
    body = { error: { code: "rate-limited", message: "slow down" } };
    await expect(fetchLatestReports({ baseUrl, chain: "local-31339" })).rejects.toMatchObject({ code: "rate-limited", status: 429 });
    status = 200;
    body = "not json";
    await expect(fetchLatestReports({ baseUrl, chain: 1 })).rejects.toMatchObject({ code: "bad-response" });
    body = { chain: "x" };
    await expect(fetchLatestReports({ baseUrl, chain: 1 })).rejects.toBeInstanceOf(PullError);
    await expect(fetchLatestReports({ baseUrl: "http://127.0.0.1:1", chain: 1 })).rejects.toMatchObject({ code: "network" });
  });
});
