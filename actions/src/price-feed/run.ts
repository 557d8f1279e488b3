/**
 * The price-feed action, independent of the Lit runtime: validate params, decrypt the premium key,
 * fetch every source, observe, broadcast, decide, sign, and (direct mode) send once. The runtime's
 * primitives come in through {@link ActionHost}; the Naga shell maps them to `Lit.Actions.*` across
 * nodes, the Chipotle shell to its single execution. Tests drive it with in-process hosts.
 */
import { type Hex, keccak256 } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import type { FetchOutcome } from "../core/aggregate.ts";
import { serializeSignedDirectTx } from "../core/direct.ts";
import { encodeNodeValue, observeMarket } from "../core/node.ts";
import { type ResolvedPriceFeedParams, planFetches, validatePriceFeedParams } from "../core/params.ts";
import { buildResponse, errorResponse } from "../core/envelope.ts";
import type { PriceFeedResponse, PriceFeedTransaction } from "../core/response.ts";
import { decideRound } from "../core/round.ts";
import { SOURCES } from "../core/sources/index.ts";

/** Largest response body read from a source, characters; a bigger body is rejected as malformed. */
export const MAX_SOURCE_BODY_CHARS = 256 * 1024;

/** Name of the round's broadcast barrier (all nodes use the same name). */
export const BROADCAST_NAME = "lit-oracle:price-feed";

export type ActionHost = {
  /** The runtime's `fetch` (counted against the 50-request limit). */
  fetch: typeof fetch;
  /** Naga: `broadcastAndCollect` (every node's value, own last); Chipotle: `[value]`. */
  broadcast(name: string, value: string): Promise<string[]>;
  /**
   * Signs a 32-byte digest as the oracle key. Naga records a share (combined by the client) and
   * returns nothing; Chipotle signs locally and returns the signature.
   */
  signDigest(digest: Hex, sigName: string): Promise<LitSignature | undefined>;
  /** Signs and returns the full signature inside the action (direct mode needs it to build the tx). */
  signAndCombine(digest: Hex, sigName: string): Promise<{ r: Hex; s: Hex; recoveryId: number }>;
  /** Runs `fn` on one node only and gives every node its string result (`"[ERROR]"` if it threw). */
  runOnce(name: string, fn: () => Promise<string>): Promise<string>;
  /** RPC URL of a Lit-known chain name (Naga `getRpcUrl`). */
  rpcUrl(litChain: string): Promise<string>;
  /** Decrypts the premium key inside the action. The plaintext must never be logged or returned. */
  decryptPremiumKey(premium: NonNullable<ResolvedPriceFeedParams["premium"]>): Promise<string>;
  log(message: string): void;
};

export type PriceFeedRunResult = {
  response: PriceFeedResponse;
  /** Signatures produced inside the action (Chipotle); empty on Naga, where the client combines shares. */
  signatures: Record<string, LitSignature>;
};

/** GET with a per-request timeout; never throws. */
export async function fetchWithTimeout(fetchFn: typeof fetch, url: string, headers: Record<string, string>, timeoutMs: number): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, { method: "GET", headers: { accept: "application/json", ...headers }, signal: controller.signal });
    const body = await res.text();
    if (body.length > MAX_SOURCE_BODY_CHARS) return { ok: false, error: `body longer than ${MAX_SOURCE_BODY_CHARS} characters` };
    return { ok: true, status: res.status, body };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function redactor(secret: string | undefined): (text: string) => string {
  if (!secret) return (text) => text;
  return (text) => text.split(secret).join("[redacted]");
}

/** Runs one round. Never throws: failures come back as an envelope with `error` and no signatures. */
export async function runPriceFeed(host: ActionHost, rawParams: unknown): Promise<PriceFeedRunResult> {
  let params: ResolvedPriceFeedParams;
  try {
    params = validatePriceFeedParams(rawParams);
  } catch (error) {
    return { response: errorResponse(error instanceof Error ? error.message : String(error)), signatures: {} };
  }

  // The premium key: decrypted here, used only in request headers, scrubbed from anything returned.
  let apiKey: string | undefined;
  let keyProblem: string | undefined;
  if (params.premium) {
    try {
      apiKey = await host.decryptPremiumKey(params.premium);
      if (!apiKey) keyProblem = "premium key decrypted to an empty string";
    } catch (error) {
      keyProblem = `premium key could not be decrypted: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const redact = redactor(apiKey);
  const log = (message: string) => host.log(redact(message));

  try {
    const plan = planFetches(params);
    const outcomes = new Map<string, FetchOutcome>();
    await Promise.all(
      plan.map(async (item) => {
        const market = SOURCES[item.source].market(item.base)!;
        const adapter = SOURCES[item.source];
        const isPremium = params.premium?.source === item.source;
        if (isPremium && apiKey === undefined) {
          outcomes.set(item.key, { ok: false, error: keyProblem ?? "premium key unavailable" });
          return;
        }
        const { baseUrl, timeoutMs } = params.sources[item.source];
        const outcome = await fetchWithTimeout(host.fetch, adapter.url(baseUrl, market), adapter.headers(isPremium ? apiKey : undefined), timeoutMs);
        outcomes.set(item.key, outcome);
      }),
    );
    const observation = observeMarket(params, outcomes);
    for (const f of observation.feeds) log(f.ok ? `${f.symbol}: node median ${f.median} from ${f.sourcesUsed} sources` : `${f.symbol}: ${f.reason}`);

    const values = await host.broadcast(BROADCAST_NAME, encodeNodeValue(observation));
    const decision = decideRound(params, values);

    const signatures: Record<string, LitSignature> = {};
    const transactions: PriceFeedTransaction[] = [];
    for (const job of decision.jobs) {
      if (job.kind !== "tx") {
        const signature = await host.signDigest(job.digest, job.sigName);
        if (signature) signatures[job.sigName] = signature;
        continue;
      }
      const sig = await host.signAndCombine(job.digest, job.sigName);
      const raw = serializeSignedDirectTx(job.tx!, sig);
      const direct = job.destination.direct!;
      const sent = await host.runOnce(`send:${job.sigName}`, async () => {
        const url = direct.rpcUrl ?? (await host.rpcUrl(direct.litChain!));
        const res = await host.fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_sendRawTransaction", params: [raw] }),
        });
        return JSON.stringify(await res.json());
      });
      transactions.push(sendResult(job.sigName, job.destination.chainId, job.destination.receiver, keccak256(raw), sent));
    }
    const response = buildResponse(params.observedAt, decision, {
      transactions,
      sources: observation.sources.map((s) => (s.reason === undefined ? s : { ...s, reason: redact(s.reason) })),
    });
    return { response, signatures };
  } catch (error) {
    return { response: errorResponse(redact(error instanceof Error ? error.message : String(error))), signatures: {} };
  }
}

function sendResult(sigName: string, chainId: number, receiver: Hex, txHash: Hex, sent: string): PriceFeedTransaction {
  const base = { sigName, chainId, receiver, txHash };
  let body: unknown;
  try {
    body = JSON.parse(sent);
  } catch {
    return { ...base, sent: false, error: `broadcast failed: ${sent.slice(0, 200)}` };
  }
  const result = (body as { result?: unknown }).result;
  if (typeof result === "string" && result.toLowerCase() === txHash.toLowerCase()) return { ...base, sent: true };
  const error = (body as { error?: { message?: unknown } }).error;
  return { ...base, sent: false, error: `eth_sendRawTransaction: ${typeof error?.message === "string" ? error.message : sent.slice(0, 200)}` };
}
