/**
 * Pull mode for a consumer contract: fetch the keeper's latest signed report for one feed
 * (`GET /v1/reports/latest`, docs/keeper.md "Pull mode"), verify it against the chain, and call the
 * consumer's `updateAndRead`-style function (LitFeedLib.updateAndRead; e.g. ExampleLending's
 * `borrowWithUpdate(amount, update)`) with the report's calldata as its `bytes update` argument.
 *
 * The endpoint is trusted for nothing. Everything that decides what is sent comes from the chain:
 * the feed's current receiver (`aggregator.receiver()`), its feed id, the receiver's `SIGNER()` and the
 * chain id of the client. The offered calldata must be `update`/`updateBatch` to that receiver, must
 * carry the feed, its signature must recover to that signer over the receiver's own EIP-712 digest
 * (`reportDigest` / `batchDigest` views) and the JSON must describe the calldata truthfully. Anything
 * else is a {@link PullError} with a specific code; nothing is sent.
 */
import {
  type Abi,
  type Account,
  type Address,
  type Chain,
  compactSignatureToSignature,
  decodeFunctionData,
  encodeFunctionData,
  getAddress,
  type Hash,
  type Hex,
  hexToString,
  type PublicClient,
  recoverAddress,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
} from "viem";
import { litPriceFeedAbi, litReceiverAbi } from "./abi.ts";
import { PullError } from "./errors.ts";
import { fetchLatestReports, type LatestReports } from "./pull.ts";

/** One signed report as the receiver decodes it. */
export type SignedReport = { feedId: Hex; answer: bigint; observedAt: bigint };

/** A report set checked against the chain, ready to pass as a consumer's `bytes update`. */
export type VerifiedUpdate = {
  /** The calldata of `update`/`updateBatch`: the `update` argument of LitFeedLib.updateAndRead. */
  data: Hex;
  /** The feed's current receiver (where LitFeedLib sends `data`). */
  receiver: Address;
  /** The receiver's signer, which the signature recovers to. */
  signer: Address;
  kind: "report" | "batch";
  /** The report of the requested feed. */
  report: SignedReport;
  /** Every report the calldata carries (one for `update`). */
  reports: SignedReport[];
  /** Whether the report is newer than the feed's latest on chain (else landing it is a no-op). */
  newerThanOnChain: boolean;
};

export type FetchVerifiedUpdateParameters = {
  /** The keeper's HTTP base URL, e.g. http://127.0.0.1:9464 */
  baseUrl: string;
  /** The LitPriceFeed (AggregatorV3) the consumer contract reads. */
  feed: Address;
  /** Injected fetch (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
  /** Endpoint timeout, milliseconds (default: DEFAULT_PULL_TIMEOUT_MS). */
  timeoutMs?: number;
};

export type FetchVerifiedUpdateDeps = { publicClient: PublicClient };

/**
 * Fetches the latest signed report of `feed` and checks it against the chain. Errors (PullError
 * `code`): the endpoint's own codes, `network`, `bad-response` (from fetchLatestReports); `wrong-chain`
 * (the answer is for another chain), `missing-feed` (no transaction carries the feed), `wrong-receiver`
 * (the transaction goes elsewhere than the feed's current receiver), `not-an-update` (calldata other
 * than update/updateBatch, or malformed packed reports), `bad-signature` (does not recover to the
 * receiver's SIGNER), `report-mismatch` (the JSON describes other reports than the calldata signs),
 * `expired-report` (older than the feed's max report age: the receiver would refuse it).
 */
export async function fetchVerifiedUpdate(deps: FetchVerifiedUpdateDeps, params: FetchVerifiedUpdateParameters): Promise<VerifiedUpdate> {
  const { publicClient } = deps;
  const feed = getAddress(params.feed);
  const [chainId, receiver, feedId, maxReportAge, observation, block] = await Promise.all([
    publicClient.getChainId(),
    publicClient.readContract({ address: feed, abi: litPriceFeedAbi, functionName: "receiver" }),
    publicClient.readContract({ address: feed, abi: litPriceFeedAbi, functionName: "feedId" }),
    publicClient.readContract({ address: feed, abi: litPriceFeedAbi, functionName: "maxReportAge" }),
    publicClient.readContract({ address: feed, abi: litPriceFeedAbi, functionName: "latestObservation" }),
    publicClient.getBlock(),
  ]);
  const signer = await publicClient.readContract({ address: receiver, abi: litReceiverAbi, functionName: "SIGNER" });
  const symbol = hexToString(feedId, { size: 32 }).replace(/\0+$/, "");

  const latest = await fetchLatestReports({
    baseUrl: params.baseUrl,
    chain: chainId,
    feeds: [symbol],
    ...(params.fetch ? { fetch: params.fetch } : {}),
    ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
  });
  if (latest.chainId !== chainId) throw new PullError("wrong-chain", `the endpoint answered for chain ${latest.chainId}, the client is on ${chainId}`);

  const index = latest.updates.findIndex((u) => u.feeds.includes(symbol));
  const offered = latest.updates[index];
  if (!offered) {
    const missing = latest.missing.find((m) => m.feed === symbol);
    throw new PullError("missing-feed", `the endpoint offers no signed report of ${symbol}${missing ? ` (${missing.reason.slice(0, 200)})` : ""}`);
  }
  if (getAddress(offered.to) !== getAddress(receiver)) {
    throw new PullError("wrong-receiver", `updates[${index}] goes to ${offered.to}, but the current receiver of ${feed} is ${receiver}`);
  }

  const { kind, reports, digest, r, vs } = await decodeOffered(publicClient, receiver, offered.data, index);
  if (kind !== offered.kind) throw new PullError("report-mismatch", `updates[${index}] claims kind ${offered.kind}, its calldata is ${kind}`);

  let recovered: Address;
  try {
    recovered = await recoverAddress({ hash: digest, signature: compactSignatureToSignature({ r, yParityAndS: vs }) });
  } catch (error) {
    throw new PullError("bad-signature", `updates[${index}] carries a signature that recovers to no address`, { cause: error });
  }
  if (getAddress(recovered) !== getAddress(signer)) {
    throw new PullError("bad-signature", `updates[${index}] is signed by ${recovered}, the receiver's signer is ${signer}`);
  }

  const report = reports.find((x) => x.feedId.toLowerCase() === feedId.toLowerCase());
  if (!report) throw new PullError("report-mismatch", `updates[${index}] lists ${symbol}, but its signed reports do not carry it`);
  assertDescribedTruthfully(latest, index, reports);

  if (report.observedAt + BigInt(maxReportAge) < block.timestamp) {
    throw new PullError("expired-report", `the report of ${symbol} was observed at ${report.observedAt}, older than the feed's ${maxReportAge}s max report age at ${block.timestamp}`);
  }
  const onChainObservedAt = observation[2];
  return { data: offered.data, receiver, signer, kind, report, reports, newerThanOnChain: report.observedAt > onChainObservedAt };
}

/** Decodes offered calldata and asks the (on-chain, current) receiver for its digest and records. */
async function decodeOffered(client: PublicClient, receiver: Address, data: Hex, index: number) {
  let call: ReturnType<typeof decodeFunctionData<typeof litReceiverAbi>>;
  try {
    call = decodeFunctionData({ abi: litReceiverAbi, data });
  } catch (error) {
    throw new PullError("not-an-update", `updates[${index}] is not update/updateBatch calldata`, { cause: error });
  }
  if (call.functionName === "update") {
    const [report, r, vs] = call.args;
    const digest = await client.readContract({ address: receiver, abi: litReceiverAbi, functionName: "reportDigest", args: [report] });
    return { kind: "report" as const, reports: [{ ...report }], digest, r, vs };
  }
  if (call.functionName === "updateBatch") {
    const [packed, r, vs] = call.args;
    let digest: Hex;
    let records: readonly SignedReport[];
    try {
      // batchDigest validates the packed format (reverts MalformedReports), decodeReports decodes it.
      [digest, records] = await Promise.all([
        client.readContract({ address: receiver, abi: litReceiverAbi, functionName: "batchDigest", args: [packed] }),
        client.readContract({ address: receiver, abi: litReceiverAbi, functionName: "decodeReports", args: [packed] }),
      ]);
    } catch (error) {
      throw new PullError("not-an-update", `updates[${index}] carries malformed packed reports`, { cause: error });
    }
    return { kind: "batch" as const, reports: records.map((x) => ({ ...x })), digest, r, vs };
  }
  throw new PullError("not-an-update", `updates[${index}] calls ${call.functionName}`);
}

/** The JSON `reports` of an update must be exactly the signed records (a UI shows them to the user). */
function assertDescribedTruthfully(latest: LatestReports, index: number, signed: readonly SignedReport[]): void {
  const described = latest.updates[index]!.reports;
  const same =
    described.length === signed.length &&
    described.every((d, i) => {
      const s = signed[i]!;
      return d.feedId.toLowerCase() === s.feedId.toLowerCase() && d.answer === s.answer && BigInt(d.observedAt) === s.observedAt;
    });
  if (!same) throw new PullError("report-mismatch", `updates[${index}] describes other reports than its calldata signs`);
  for (const r of latest.reports.filter((x) => x.update === index)) {
    const s = signed.find((x) => x.feedId.toLowerCase() === r.feedId.toLowerCase());
    if (!s || s.answer !== r.answer || s.observedAt !== BigInt(r.observedAt)) {
      throw new PullError("report-mismatch", `reports entry ${r.feed} does not match the signed calldata of updates[${index}]`);
    }
  }
}

export type UpdateAndReadCall = {
  /** The consumer contract. */
  address: Address;
  abi: Abi;
  /** Its `updateAndRead`-style function, e.g. "borrowWithUpdate". */
  functionName: string;
  /** The function's arguments, given the verified `bytes update`: `(update) => [amount, update]`. */
  args: (update: Hex) => readonly unknown[];
  /** Native value to send, wei. */
  value?: bigint;
};

export type PrepareUpdateAndReadParameters = FetchVerifiedUpdateParameters & { call: UpdateAndReadCall };

/** Ready calldata for the consumer's call (fetched and verified as {@link fetchVerifiedUpdate}). */
export async function prepareUpdateAndRead(
  deps: FetchVerifiedUpdateDeps,
  params: PrepareUpdateAndReadParameters,
): Promise<{ to: Address; data: Hex; value: bigint; update: VerifiedUpdate }> {
  const update = await fetchVerifiedUpdate(deps, params);
  const { call } = params;
  const data = encodeFunctionData({ abi: call.abi, functionName: call.functionName, args: call.args(update.data) } as never);
  return { to: getAddress(call.address), data, value: call.value ?? 0n, update };
}

export type WriteUpdateAndReadDeps = {
  publicClient: PublicClient;
  walletClient: WalletClient<Transport, Chain | undefined, Account>;
};

/**
 * Fetches and verifies the feed's latest signed report, simulates the consumer's call with it
 * (a revert throws viem's ContractFunctionExecutionError with the decoded custom error, before
 * anything is sent), sends it and waits for the receipt. Returns the simulated return value too.
 * A mined but reverted transaction is PullError `reverted`.
 */
export async function writeUpdateAndRead(
  deps: WriteUpdateAndReadDeps,
  params: PrepareUpdateAndReadParameters,
): Promise<{ hash: Hash; receipt: TransactionReceipt; result: unknown; update: VerifiedUpdate }> {
  const update = await fetchVerifiedUpdate(deps, params);
  const { call } = params;
  const { request, result } = await deps.publicClient.simulateContract({
    address: call.address,
    abi: call.abi,
    functionName: call.functionName,
    args: call.args(update.data),
    account: deps.walletClient.account,
    ...(call.value === undefined ? {} : { value: call.value }),
  } as never);
  const hash = await deps.walletClient.writeContract({ ...(request as object), chain: deps.walletClient.chain ?? null } as never);
  const receipt = await deps.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new PullError("reverted", `${call.functionName} reverted (transaction ${hash})`);
  return { hash, receipt, result, update };
}
