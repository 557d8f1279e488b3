/**
 * Pull mode: fetch the keeper's latest signed reports (`GET /v1/reports/latest`, contract in
 * docs/keeper.md "Pull mode") and land them. The endpoint is trusted for nothing but liveness: the
 * response is validated, each transaction must be an `update`/`updateBatch` call to the on-chain
 * current receiver of the feeds it carries, and the receiver verifies the PKP signature itself.
 */
import {
  type Account,
  type Address,
  type Chain,
  decodeFunctionData,
  getAddress,
  type Hash,
  type Hex,
  isAddress,
  type PublicClient,
  type Transport,
  type WalletClient,
} from "viem";
import { z } from "zod";
import { litPriceFeedAbi, litReceiverAbi, litRouterAbi } from "./abi.ts";
import { PullError } from "./errors.ts";

/** How long `fetchLatestReports` waits for the endpoint, milliseconds. */
export const DEFAULT_PULL_TIMEOUT_MS = 10_000;
/** Largest response body accepted, bytes. */
export const MAX_PULL_RESPONSE_BYTES = 1_000_000;

const hex = z.string().regex(/^0x[0-9a-fA-F]*$/, "not hex") as unknown as z.ZodType<Hex>;
const address = z.string().refine(isAddress, "not an address").transform((a) => getAddress(a));
const bigintString = z.string().regex(/^-?\d+$/, "not an integer string").transform(BigInt);

const reportSchema = z.object({ feed: z.string(), feedId: hex, answer: bigintString, observedAt: z.number().int() });

export const latestReportsSchema = z.object({
  chain: z.string(),
  chainId: z.number().int().positive(),
  receiver: address,
  signer: address,
  servedAt: z.number().int(),
  reports: z.array(
    reportSchema.extend({
      aggregator: address.nullable(),
      decimals: z.number().int(),
      ageSeconds: z.number(),
      onChain: z.object({ answer: bigintString, observedAt: z.number().int() }).nullable(),
      update: z.number().int().nonnegative(),
    }),
  ),
  updates: z.array(
    z.object({
      kind: z.enum(["report", "batch"]),
      to: address,
      data: hex,
      feeds: z.array(z.string()),
      observedAt: z.number().int(),
      reports: z.array(reportSchema),
      signature: z.object({ r: hex, s: hex, yParity: z.number().int() }),
    }),
  ),
  missing: z.array(z.object({ feed: z.string(), reason: z.string() })),
});
export type LatestReports = z.infer<typeof latestReportsSchema>;

export type FetchLatestReportsParameters = {
  /** The keeper's HTTP base URL, e.g. http://127.0.0.1:9464 */
  baseUrl: string;
  /** Chain name or chain id as the keeper knows it. */
  chain: string | number;
  /** Symbols; default: every feed of the chain. */
  feeds?: readonly string[];
  /** Injected fetch (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
};

/** GET /v1/reports/latest, validated. Errors: PullError with the endpoint's code and HTTP status. */
export async function fetchLatestReports(params: FetchLatestReportsParameters): Promise<LatestReports> {
  const url = new URL("/v1/reports/latest", params.baseUrl);
  url.searchParams.set("chain", String(params.chain));
  if (params.feeds && params.feeds.length > 0) url.searchParams.set("feeds", params.feeds.join(","));
  const doFetch = params.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: AbortSignal.timeout(params.timeoutMs ?? DEFAULT_PULL_TIMEOUT_MS), redirect: "error" });
  } catch (error) {
    throw new PullError("network", `cannot reach ${url.origin}`, { cause: error });
  }
  const text = await response.text();
  if (text.length > MAX_PULL_RESPONSE_BYTES) throw new PullError("bad-response", `response larger than ${MAX_PULL_RESPONSE_BYTES} bytes`, { status: response.status });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new PullError("bad-response", `response is not JSON (HTTP ${response.status})`, { status: response.status, cause: error });
  }
  if (!response.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === "string" ? err.code : "http-error";
    const message = typeof err?.message === "string" ? err.message : `HTTP ${response.status}`;
    throw new PullError(code, message, { status: response.status });
  }
  const parsed = latestReportsSchema.safeParse(body);
  if (!parsed.success) throw new PullError("bad-response", `unexpected response: ${z.prettifyError(parsed.error)}`, { status: response.status });
  return parsed.data;
}

export type SubmitDeps = {
  walletClient: WalletClient<Transport, Chain | undefined, Account>;
  publicClient: PublicClient;
};

/**
 * Checks every transaction of `latest` and sends it; returns the transaction hashes in order.
 * Refuses (PullError "unsafe-update") calldata that is not update/updateBatch, or a `to` that is not
 * the current receiver of `router` (the trusted anchor, from your deployment file: the endpoint's
 * `aggregator` and `receiver` fields are not trusted, a hostile endpoint could name contracts of its
 * own that vouch for each other), nor the current receiver of every feed it carries.
 */
export async function submitLatestReports(deps: SubmitDeps, params: { latest: LatestReports; router: Address }): Promise<Hash[]> {
  const { latest } = params;
  const chainId = await deps.publicClient.getChainId();
  if (chainId !== latest.chainId) throw new PullError("unsafe-update", `reports are for chain ${latest.chainId}, the client is on ${chainId}`);
  const [, current] = await deps.publicClient.readContract({ address: params.router, abi: litRouterAbi, functionName: "currentPhase" });
  const hashes: Hash[] = [];
  for (const [i, update] of latest.updates.entries()) {
    let functionName: string;
    try {
      functionName = decodeFunctionData({ abi: litReceiverAbi, data: update.data }).functionName;
    } catch (error) {
      throw new PullError("unsafe-update", `updates[${i}] is not update/updateBatch calldata`, { cause: error });
    }
    if (functionName !== "update" && functionName !== "updateBatch") throw new PullError("unsafe-update", `updates[${i}] calls ${functionName}`);
    if (getAddress(update.to) !== getAddress(current)) {
      throw new PullError("unsafe-update", `updates[${i}] goes to ${update.to}, but the current receiver of router ${params.router} is ${current}`);
    }
    const aggregators = latest.reports.filter((r) => r.update === i).map((r) => r.aggregator);
    if (aggregators.length === 0 || aggregators.some((a) => a === null)) {
      throw new PullError("unsafe-update", `updates[${i}] has no aggregator to check its receiver against`);
    }
    for (const aggregator of aggregators as Address[]) {
      const receiver = await deps.publicClient.readContract({ address: aggregator, abi: litPriceFeedAbi, functionName: "receiver" });
      if (getAddress(receiver) !== getAddress(update.to)) {
        throw new PullError("unsafe-update", `updates[${i}] goes to ${update.to}, but the receiver of ${aggregator} is ${receiver}`);
      }
    }
    const hash = await deps.walletClient.sendTransaction({ to: update.to, data: update.data, chain: deps.walletClient.chain ?? null });
    const receipt = await deps.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new PullError("reverted", `updates[${i}] reverted (transaction ${hash})`);
    hashes.push(hash);
  }
  return hashes;
}
