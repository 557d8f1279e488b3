/**
 * sdk `fetchVerifiedUpdate` / `prepareUpdateAndRead` / `writeUpdateAndRead` end to end: a local chain
 * with the oracle, the real `ExampleLending` consumer (LitFeedLib.updateAndRead), and a loopback pull
 * endpoint serving the JSON of docs/keeper.md "Pull mode". The honest endpoint's report lands inside
 * `borrowWithUpdate`; a hostile one (another signer, another chain, another receiver, a JSON that lies
 * about the calldata, calldata that is no update, an expired report, a missing feed) or a down one is
 * refused with a typed PullError and nothing is sent.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Abi, type Address, createWalletClient, custom, decodeFunctionData, encodeFunctionData, getAddress, type Hex, parseSignature } from "viem";
import { privateKeyToAccount, sign } from "viem/accounts";
import { batchDigest, feedIdOf, type Report, reportDigest } from "../../actions/src/core/report.ts";
import { receiverAbi } from "../../keeper/src/chain/abi.ts";
import { encodeBatchUpdate, encodeSingleUpdate } from "../../keeper/src/chain/receiver.ts";
import { fetchVerifiedUpdate, PullError, prepareUpdateAndRead, writeUpdateAndRead } from "../../sdk/src/index.ts";
import { deployTestOracle, type Oracle } from "../contracts/fixture.ts";

const CHAIN_ID = 31343;
const ETH = feedIdOf("ETH/USD");
const BTC = feedIdOf("BTC/USD");
const ETH_PRICE = 3_400n * 10n ** 18n;

const lendingArtifact = JSON.parse(
  readFileSync(new URL("../../artifacts/contracts/consumer/ExampleLending.sol/ExampleLending.json", import.meta.url), "utf8"),
) as { abi: Abi; bytecode: Hex };

let oracle: Oracle;
let ethFeed: Address;
let btcFeed: Address;
let lending: Address;
let server: Server;
let baseUrl: string;
/** What the endpoint answers next: a JSON body (or raw text) and a status. */
let answer: { status: number; body: unknown } = { status: 500, body: { error: { code: "not-set", message: "" } } };
let requests: URL[] = [];

const borrower = () => createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[4]!.privateKey), transport: custom(oracle.chain.provider) });
const borrowCall = (amountUsd: bigint) => ({
  address: lending,
  abi: lendingArtifact.abi,
  functionName: "borrowWithUpdate",
  args: (update: Hex) => [amountUsd, update] as const,
});

/** The endpoint's JSON for one update carrying `reports` (honest unless overridden). */
async function latestJson(params: { reports: Report[]; kind?: "report" | "batch"; key?: Hex; to?: Address; chainId?: number; domainReceiver?: Address }) {
  const kind = params.kind ?? "batch";
  const domain = { chainId: CHAIN_ID, verifyingContract: params.domainReceiver ?? oracle.receiver };
  const key = params.key ?? oracle.signerKey;
  const signature =
    kind === "batch"
      ? await sign({ hash: batchDigest(domain, params.reports), privateKey: key, to: "hex" })
      : await sign({ hash: reportDigest(domain, params.reports[0]!), privateKey: key, to: "hex" });
  const parts = parseSignature(signature);
  const symbol = (id: Hex) => (id === ETH ? "ETH/USD" : "BTC/USD");
  const asJson = (r: Report) => ({ feed: symbol(r.feedId), feedId: r.feedId, answer: r.answer.toString(), observedAt: Number(r.observedAt) });
  return {
    chain: `local-${CHAIN_ID}`,
    chainId: params.chainId ?? CHAIN_ID,
    receiver: oracle.receiver,
    signer: oracle.deployment.signer,
    servedAt: Number(await oracle.now()),
    reports: params.reports.map((r) => ({
      ...asJson(r),
      aggregator: r.feedId === ETH ? ethFeed : btcFeed,
      decimals: r.feedId === ETH ? 18 : 8,
      ageSeconds: 0,
      onChain: null,
      update: 0,
    })),
    updates: [
      {
        kind,
        to: params.to ?? oracle.receiver,
        data: kind === "batch" ? encodeBatchUpdate(params.reports, signature) : encodeSingleUpdate(params.reports[0]!, signature),
        feeds: params.reports.map((r) => symbol(r.feedId)),
        observedAt: Number(params.reports[0]!.observedAt),
        reports: params.reports.map(asJson),
        signature: { r: parts.r, s: parts.s, yParity: parts.yParity ?? 0 },
      },
    ],
    missing: [],
  };
}

async function serve(body: unknown, status = 200) {
  answer = { status, body };
}

async function debtOf(account: Address): Promise<bigint> {
  return (await oracle.publicClient.readContract({ address: lending, abi: lendingArtifact.abi, functionName: "debtOf", args: [account] })) as bigint;
}

beforeAll(async () => {
  oracle = await deployTestOracle({ chainId: CHAIN_ID });
  ethFeed = oracle.deployment.contracts.feeds["ETH/USD"]!.address;
  btcFeed = oracle.deployment.contracts.feeds["BTC/USD"]!.address;
  const deployer = createWalletClient({ account: privateKeyToAccount(oracle.chain.accounts[0]!.privateKey), transport: custom(oracle.chain.provider) });
  const hash = await deployer.deployContract({
    abi: lendingArtifact.abi,
    bytecode: lendingArtifact.bytecode,
    args: [ethFeed, { heartbeatSlackSeconds: 60, sequencerUptimeFeed: "0x0000000000000000000000000000000000000000", sequencerGracePeriodSeconds: 0 }],
    chain: null,
  });
  lending = getAddress((await oracle.publicClient.waitForTransactionReceipt({ hash })).contractAddress!);
  const wallet = borrower();
  const deposit = await wallet.writeContract({ address: lending, abi: lendingArtifact.abi, functionName: "deposit", value: 10n ** 18n, chain: null });
  expect((await oracle.publicClient.waitForTransactionReceipt({ hash: deposit })).status).toBe("success");

  server = createServer((req, res) => {
    requests.push(new URL(req.url ?? "/", "http://127.0.0.1"));
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await oracle?.chain.close();
});

describe("writeUpdateAndRead", () => {
  it("lands the endpoint's signed report inside the consumer's borrowWithUpdate and borrows at that price", async () => {
    const at = await oracle.now();
    await serve(await latestJson({ reports: [{ feedId: ETH, answer: ETH_PRICE, observedAt: at }] }));
    const wallet = borrower();
    const account = wallet.account.address;
    // 1 ETH at 3,400 USD, 75 % LTV: 2,000 USD is fine.
    const amount = 2_000n * 10n ** 8n;
    const { receipt, update } = await writeUpdateAndRead({ publicClient: oracle.publicClient, walletClient: wallet }, { baseUrl, feed: ethFeed, call: borrowCall(amount) });
    expect(receipt.status).toBe("success");
    expect(update.kind).toBe("batch");
    expect(update.report).toEqual({ feedId: ETH, answer: ETH_PRICE, observedAt: at });
    expect(update.newerThanOnChain).toBe(true);
    expect(update.receiver).toBe(oracle.receiver);
    expect(await debtOf(account)).toBe(amount);
    // The request names the chain by id and the feed by its on-chain symbol.
    const last = requests.at(-1)!;
    expect(last.pathname).toBe("/v1/reports/latest");
    expect(last.searchParams.get("chain")).toBe(String(CHAIN_ID));
    expect(last.searchParams.get("feeds")).toBe("ETH/USD");
    const [, answerOnChain] = (await oracle.publicClient.readContract({
      address: ethFeed,
      abi: [{ type: "function", name: "latestRoundData", stateMutability: "view", inputs: [], outputs: [{ type: "uint80" }, { type: "int256" }, { type: "uint256" }, { type: "uint256" }, { type: "uint80" }] }],
      functionName: "latestRoundData",
    })) as readonly [bigint, bigint, bigint, bigint, bigint];
    expect(answerOnChain).toBe(ETH_PRICE);
  });

  it("prepares the same call as calldata, from a single-report `update` too", async () => {
    await oracle.chain.provider.request({ method: "evm_increaseTime", params: [2] } as never);
    await oracle.chain.provider.request({ method: "evm_mine", params: [] } as never);
    const at = await oracle.now();
    await serve(await latestJson({ kind: "report", reports: [{ feedId: ETH, answer: ETH_PRICE + 1n, observedAt: at }] }));
    const prepared = await prepareUpdateAndRead({ publicClient: oracle.publicClient }, { baseUrl, feed: ethFeed, call: borrowCall(10n ** 8n) });
    expect(prepared.to).toBe(lending);
    expect(prepared.update.kind).toBe("report");
    const decoded = decodeFunctionData({ abi: lendingArtifact.abi, data: prepared.data });
    expect(decoded.functionName).toBe("borrowWithUpdate");
    expect(decoded.args).toEqual([10n ** 8n, prepared.update.data]);
    const wallet = borrower();
    const hash = await wallet.sendTransaction({ to: prepared.to, data: prepared.data, chain: null });
    expect((await oracle.publicClient.waitForTransactionReceipt({ hash })).status).toBe("success");
    expect(await debtOf(wallet.account.address)).toBe(2_001n * 10n ** 8n);
  });

  it("surfaces the consumer's own refusal at simulation, before sending", async () => {
    const at = await oracle.now();
    await serve(await latestJson({ reports: [{ feedId: ETH, answer: ETH_PRICE + 2n, observedAt: at + 1n }] }));
    const wallet = borrower();
    const nonce = await oracle.publicClient.getTransactionCount({ address: wallet.account.address });
    // Far above the LTV: ExampleLending reverts Undercollateralized in the simulation.
    await expect(writeUpdateAndRead({ publicClient: oracle.publicClient, walletClient: wallet }, { baseUrl, feed: ethFeed, call: borrowCall(10n ** 15n) })).rejects.toThrow(/Undercollateralized/);
    expect(await oracle.publicClient.getTransactionCount({ address: wallet.account.address })).toBe(nonce);
  });
});

describe("fetchVerifiedUpdate against a hostile or down endpoint", () => {
  const verify = () => fetchVerifiedUpdate({ publicClient: oracle.publicClient }, { baseUrl, feed: ethFeed });

  it("refuses each lie with its own code", async () => {
    const at = await oracle.now();
    const honest: Report[] = [{ feedId: ETH, answer: ETH_PRICE, observedAt: at + 5n }];
    const cases: [string, unknown][] = [
      ["bad-signature", await latestJson({ reports: honest, key: oracle.chain.accounts[7]!.privateKey })],
      // Signed by the real key, for another receiver (its EIP-712 domain): does not verify here.
      ["bad-signature", await latestJson({ reports: honest, domainReceiver: oracle.deployment.contracts.router })],
      ["wrong-chain", await latestJson({ reports: honest, chainId: 1 })],
      ["wrong-receiver", await latestJson({ reports: honest, to: oracle.deployment.contracts.router })],
      ["missing-feed", await latestJson({ reports: [{ feedId: BTC, answer: 97_000n * 10n ** 8n, observedAt: at + 5n }] })],
    ];
    // The JSON describes a better price than the calldata signs.
    const lying = await latestJson({ reports: honest });
    lying.updates[0]!.reports[0]!.answer = (ETH_PRICE * 2n).toString();
    cases.push(["report-mismatch", lying]);
    const lyingTop = await latestJson({ reports: honest });
    lyingTop.reports[0]!.answer = (ETH_PRICE * 2n).toString();
    cases.push(["report-mismatch", lyingTop]);
    const wrongKind = await latestJson({ reports: honest });
    wrongKind.updates[0]!.kind = "report";
    cases.push(["report-mismatch", wrongKind]);
    // Calldata that is no update, and an updateBatch with malformed packed bytes.
    const notUpdate = await latestJson({ reports: honest });
    notUpdate.updates[0]!.data = encodeFunctionData({ abi: receiverAbi, functionName: "closeFeeds", args: [[ETH]] });
    cases.push(["not-an-update", notUpdate]);
    const malformed = await latestJson({ reports: honest });
    malformed.updates[0]!.data = encodeFunctionData({ abi: receiverAbi, functionName: "updateBatch", args: ["0x00ff", `0x${"11".repeat(32)}`, `0x${"22".repeat(32)}`] });
    cases.push(["not-an-update", malformed]);
    // Validly signed but older than the feed's max report age (3,600 s): the receiver would refuse it.
    cases.push(["expired-report", await latestJson({ reports: [{ feedId: ETH, answer: ETH_PRICE, observedAt: at - 4_000n }] })]);

    for (const [code, body] of cases) {
      await serve(body);
      const error = await verify().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, code).toBeInstanceOf(PullError);
      expect((error as PullError).code, (error as Error).message).toBe(code);
    }
  });

  it("maps a down endpoint, an error answer and garbage onto PullError", async () => {
    await serve({ error: { code: "rate-limited", message: "slow down" } }, 429);
    await expect(verify()).rejects.toMatchObject({ code: "rate-limited", status: 429 });
    await serve("<html>", 200);
    await expect(verify()).rejects.toMatchObject({ code: "bad-response" });
    await expect(fetchVerifiedUpdate({ publicClient: oracle.publicClient }, { baseUrl: "http://127.0.0.1:1", feed: ethFeed })).rejects.toMatchObject({ code: "network" });
  });

  it("sends nothing when the endpoint lies", async () => {
    const at = await oracle.now();
    await serve(await latestJson({ reports: [{ feedId: ETH, answer: 1n, observedAt: at + 3n }], key: oracle.chain.accounts[7]!.privateKey }));
    const wallet = borrower();
    const nonce = await oracle.publicClient.getTransactionCount({ address: wallet.account.address });
    await expect(writeUpdateAndRead({ publicClient: oracle.publicClient, walletClient: wallet }, { baseUrl, feed: ethFeed, call: borrowCall(1n) })).rejects.toMatchObject({ code: "bad-signature" });
    expect(await oracle.publicClient.getTransactionCount({ address: wallet.account.address })).toBe(nonce);
  });
});
