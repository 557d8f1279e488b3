/**
 * The relay action's core, independent of the Lit runtime: given the manifest compiled into the bundle
 * and the caller's (hostile) params, read every named message from every configured provider and decide
 * what may be signed. Pure apart from the injected `rpc`: no clock, no randomness.
 *
 * A message is signed only if, on every provider: the chain id is the manifest's; the receipt exists,
 * succeeded and names the same block; that block is final (the `finalized` tag, or the configured depth
 * below the head) and still canonical (the block at that height has the receipt's hash); the log at the
 * named index is the same, was emitted by the configured messenger, decodes as a version-1 MessageSent
 * whose id matches its fields, and goes to a destination the manifest allows. Anything else is refused
 * with its reason; a provider that is down or on another chain refuses the whole execution.
 */
import { type Hex, getAddress, isHex } from "viem";
import * as z from "zod/mini";
import type { MessengerManifest, SourceChain } from "./manifest.ts";
import { type LitMessage, MESSAGE_VERSION, batchDigest, encodePackedMessage, messageDigest } from "./message.ts";
import { decodeMessageLog } from "./relayer.ts";

/** Signatures one Lit execution may produce. */
export const MAX_SIGNATURES = 10;
/** Fetches one Lit execution may make. */
export const MAX_FETCHES = 50;
/** Most messages named in one execution. */
export const MAX_RELAY_MESSAGES = 32;

export type RpcCall = (url: string, method: string, params: readonly unknown[], timeoutMs: number) => Promise<unknown>;
export type RelayDeps = { rpc: RpcCall };

export class RelayError extends Error {
  override name = "RelayError";
}

const hash32 = z.pipe(
  z.string().check(z.refine((v) => isHex(v) && v.length === 66, "must be a 32-byte hex hash")),
  z.transform((v: string) => v.toLowerCase() as Hex),
);

/** Unknown keys are dropped (the signer fields, which only pick a PKP, are read by the shells). */
export const relayParamsSchema = z.object({
  version: z.literal(1),
  sourceChain: z.string().check(z.minLength(1), z.maxLength(32)),
  messages: z
    .array(z.strictObject({ txHash: hash32, logIndex: z.int().check(z.minimum(0), z.maximum(1_000_000)) }))
    .check(z.minLength(1), z.maxLength(MAX_RELAY_MESSAGES)),
});

export type RelayMessage = { id: Hex; txHash: Hex; logIndex: number; nonce: string; packed: Hex };
export type RelayJob = {
  sigName: string;
  kind: "single" | "batch";
  dstChainId: number;
  dstMessenger: Hex;
  digest: Hex;
  messages: RelayMessage[];
};
export type RelayRefusal = { txHash: Hex; logIndex: number; reason: string };
export type RelayPlan = { sourceChain: string; chainId: number; jobs: RelayJob[]; refused: RelayRefusal[] };

type Receipt = { status: string; blockHash: string; blockNumber: string; logs: RawLog[] };
type RawLog = { address: string; topics: string[]; data: string; logIndex: string; removed?: boolean };

function quantity(value: unknown, what: string): bigint {
  if (typeof value !== "string" || !/^0x(0|[1-9a-f][0-9a-f]*)$/i.test(value)) throw new RelayError(`${what} is not a hex quantity`);
  return BigInt(value);
}

function asReceipt(value: unknown): Receipt | null {
  if (value === null) return null;
  const r = value as Partial<Receipt>;
  if (typeof r !== "object" || typeof r.status !== "string" || typeof r.blockHash !== "string" || typeof r.blockNumber !== "string" || !Array.isArray(r.logs)) {
    throw new RelayError("malformed receipt");
  }
  return r as Receipt;
}

function blockHashOf(value: unknown): string | null {
  if (value === null) return null;
  const hash = (value as { hash?: unknown }).hash;
  if (typeof hash !== "string" || !isHex(hash) || hash.length !== 66) throw new RelayError("malformed block");
  return hash.toLowerCase();
}

function sameLog(a: RawLog, b: RawLog): boolean {
  return (
    a.address.toLowerCase() === b.address.toLowerCase() &&
    a.data.toLowerCase() === b.data.toLowerCase() &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => t.toLowerCase() === b.topics[i]!.toLowerCase())
  );
}

/** Validates the caller's params against the manifest; throws RelayError with the reason. */
export function validateRelayParams(manifest: MessengerManifest, raw: unknown) {
  const parsed = relayParamsSchema.safeParse(raw);
  if (!parsed.success) throw new RelayError(`invalid params: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
  const params = parsed.data;
  const source = Object.hasOwn(manifest.sources, params.sourceChain) ? manifest.sources[params.sourceChain] : undefined;
  if (!source) throw new RelayError(`unknown source chain ${JSON.stringify(params.sourceChain)}; the bundle knows ${Object.keys(manifest.sources).join(", ")}`);
  const keys = params.messages.map((m) => `${m.txHash}:${m.logIndex}`);
  if (new Set(keys).size !== keys.length) throw new RelayError("a message is named twice");
  const txCount = new Set(params.messages.map((m) => m.txHash)).size;
  // Per provider: chain id, finality head, then a receipt and a block per transaction.
  const fetches = source.providers.length * (2 + 2 * txCount);
  if (fetches > MAX_FETCHES) throw new RelayError(`${txCount} transactions need ${fetches} requests; one execution may make ${MAX_FETCHES}`);
  return { params, source };
}

async function providerHead(deps: RelayDeps, source: SourceChain, url: string, index: number): Promise<bigint> {
  const where = `provider ${index + 1}`;
  const chainId = quantity(await deps.rpc(url, "eth_chainId", [], source.rpcTimeoutMs), `${where} eth_chainId`);
  if (chainId !== BigInt(source.chainId)) throw new RelayError(`${where} is on chain ${chainId}, not ${source.chainId}`);
  if (source.finality.kind === "finalized") {
    const block = (await deps.rpc(url, "eth_getBlockByNumber", ["finalized", false], source.rpcTimeoutMs)) as { number?: unknown } | null;
    if (!block) throw new RelayError(`${where} has no finalized block`);
    return quantity(block.number, `${where} finalized block number`);
  }
  const head = quantity(await deps.rpc(url, "eth_blockNumber", [], source.rpcTimeoutMs), `${where} eth_blockNumber`);
  return head - BigInt(source.finality.confirmations);
}

/** Reads and checks every named message; returns what may be signed and what is refused (with why). */
export async function planRelay(deps: RelayDeps, manifest: MessengerManifest, rawParams: unknown): Promise<RelayPlan> {
  const { params, source } = validateRelayParams(manifest, rawParams);
  const urls = source.providers;
  const call = async <T>(index: number, method: string, args: readonly unknown[]): Promise<T> => {
    try {
      return (await deps.rpc(urls[index]!, method, args, source.rpcTimeoutMs)) as T;
    } catch (error) {
      if (error instanceof RelayError) throw error;
      // Never echo the URL (it may carry a key) or a provider's free text beyond a short excerpt.
      throw new RelayError(`provider ${index + 1} ${method} failed: ${(error instanceof Error ? error.message : String(error)).slice(0, 120)}`);
    }
  };

  const finalHeads = await Promise.all(urls.map((url, i) => providerHead({ rpc: (_u, m, a) => call(i, m, a) }, source, url, i)));
  const txHashes = [...new Set(params.messages.map((m) => m.txHash))];
  const receipts = new Map<string, (Receipt | null)[]>();
  await Promise.all(
    txHashes.map(async (tx) => {
      receipts.set(tx, await Promise.all(urls.map(async (_, i) => asReceipt(await call(i, "eth_getTransactionReceipt", [tx])))));
    }),
  );

  const refused: RelayRefusal[] = [];
  const accepted: { message: LitMessage; id: Hex; txHash: Hex; logIndex: number }[] = [];
  const canonical = new Map<string, Promise<(string | null)[]>>();
  const blockHashesAt = (height: bigint) => {
    const key = height.toString();
    let pending = canonical.get(key);
    if (!pending) {
      pending = Promise.all(urls.map(async (_, i) => blockHashOf(await call(i, "eth_getBlockByNumber", [`0x${height.toString(16)}`, false]))));
      canonical.set(key, pending);
    }
    return pending;
  };

  for (const named of params.messages) {
    const refuse = (reason: string) => refused.push({ txHash: named.txHash, logIndex: named.logIndex, reason });
    const all = receipts.get(named.txHash)!;
    const missing = all.findIndex((r) => r === null);
    if (missing >= 0) {
      refuse(`no receipt on provider ${missing + 1} (pending, dropped or reorged out)`);
      continue;
    }
    const rs = all as Receipt[];
    const first = rs[0]!;
    if (!rs.every((r) => r.blockHash.toLowerCase() === first.blockHash.toLowerCase() && r.blockNumber === first.blockNumber && r.status === first.status)) {
      refuse("providers disagree on the receipt (block or status)");
      continue;
    }
    if (quantity(first.status, "receipt status") !== 1n) {
      refuse("the transaction reverted");
      continue;
    }
    const height = quantity(first.blockNumber, "receipt block number");
    const notFinal = finalHeads.findIndex((h) => height > h);
    if (notFinal >= 0) {
      refuse(`block ${height} is not final on provider ${notFinal + 1} (final: ${finalHeads[notFinal]! < 0n ? "none" : finalHeads[notFinal]})`);
      continue;
    }
    const hashes = await blockHashesAt(height);
    const offCanonical = hashes.findIndex((h) => h !== first.blockHash.toLowerCase());
    if (offCanonical >= 0) {
      refuse(`block ${height} on provider ${offCanonical + 1} is not the receipt's block (reorged)`);
      continue;
    }
    const logs = rs.map((r) => r.logs.find((l) => l && typeof l.logIndex === "string" && quantity(l.logIndex, "log index") === BigInt(named.logIndex)));
    if (logs.some((l) => !l || !Array.isArray(l.topics) || typeof l.data !== "string" || typeof l.address !== "string")) {
      refuse(`no log ${named.logIndex} in the receipt on every provider`);
      continue;
    }
    const log = logs[0]!;
    if (!logs.every((l) => sameLog(l!, log)) || logs.some((l) => l!.removed === true)) {
      refuse("providers disagree on the log");
      continue;
    }
    if (getAddress(log.address) !== source.messenger) {
      refuse(`log ${named.logIndex} was emitted by ${getAddress(log.address)}, not the configured messenger`);
      continue;
    }
    let decoded;
    try {
      decoded = decodeMessageLog({ address: log.address as Hex, topics: log.topics as [Hex, ...Hex[]], data: log.data as Hex }, BigInt(source.chainId));
    } catch (error) {
      refuse((error as Error).message);
      continue;
    }
    const { message, id } = decoded;
    if (message.version !== MESSAGE_VERSION) {
      refuse(`unsupported message version ${message.version}`);
      continue;
    }
    const destination = source.destinations.find((d) => BigInt(d.chainId) === message.dstChainId);
    if (!destination || destination.messenger !== message.dstMessenger) {
      refuse(`destination ${message.dstChainId}/${message.dstMessenger} is not allowed for ${params.sourceChain}`);
      continue;
    }
    accepted.push({ message, id, txHash: named.txHash, logIndex: named.logIndex });
  }

  // One job per destination, in manifest order, messages in nonce order: every honest node builds the
  // same jobs from the same chain data, whatever order the caller named them in.
  const jobs: RelayJob[] = [];
  for (const destination of source.destinations) {
    const group = accepted.filter((a) => a.message.dstChainId === BigInt(destination.chainId)).sort((x, y) => (x.message.nonce < y.message.nonce ? -1 : x.message.nonce > y.message.nonce ? 1 : 0));
    if (group.length === 0) continue;
    if (jobs.length === MAX_SIGNATURES) {
      for (const a of group) refused.push({ txHash: a.txHash, logIndex: a.logIndex, reason: `over the ${MAX_SIGNATURES}-signature limit of one execution` });
      continue;
    }
    const single = group.length === 1;
    const dst = { dstChainId: BigInt(destination.chainId), dstMessenger: destination.messenger };
    jobs.push({
      sigName: `relay:${params.sourceChain}:${destination.chainId}`,
      kind: single ? "single" : "batch",
      dstChainId: destination.chainId,
      dstMessenger: destination.messenger,
      digest: single ? messageDigest(group[0]!.message) : batchDigest(dst, group.map((a) => a.id)),
      messages: group.map((a) => ({ id: a.id, txHash: a.txHash, logIndex: a.logIndex, nonce: a.message.nonce.toString(), packed: encodePackedMessage(a.message) })),
    });
  }
  return { sourceChain: params.sourceChain, chainId: source.chainId, jobs, refused };
}

/** What the nodes must agree on before any of them signs: the digests and what they cover. */
export function agreementValue(plan: RelayPlan): string {
  return JSON.stringify(plan.jobs.map((j) => [j.sigName, j.digest]));
}
