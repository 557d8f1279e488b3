/**
 * The price-feed action, independent of the Lit runtime: validate jsParams against the manifest the
 * bundle was built with, decrypt the premium key, fetch every source from its pinned host, read each
 * destination receiver's answer through the manifest's RPC providers, observe, broadcast (with this
 * node's clock), decide, sign, and (direct mode) send once. The runtime's primitives come in through
 * {@link ActionHost}; the Naga shell maps them to `Lit.Actions.*` across nodes, the Chipotle shell to
 * its single execution. Tests drive it with in-process hosts.
 */
import { type Address, type Hex, concatHex, getAddress, hexToBigInt, keccak256, toFunctionSelector } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import type { FetchOutcome } from "../core/aggregate.ts";
import { serializeSignedDirectTx } from "../core/direct.ts";
import type { ManifestChain, ResolvedFeedManifest } from "../core/feed-manifest.ts";
import { type ChainView, encodeNodeValue, observeMarket } from "../core/node.ts";
import { CANDIDATES_SIG_NAME, type ConfirmClaim, type ResolvedPriceFeedParams, planFetches, validatePriceFeedParams } from "../core/params.ts";
import { buildResponse, errorResponse, fitResponse } from "../core/envelope.ts";
import { candidatesDigest, feedIdOf } from "../core/report.ts";
import type { PriceFeedResponse, PriceFeedTransaction } from "../core/response.ts";
import { decideRound } from "../core/round.ts";
import { SOURCES } from "../core/sources/index.ts";
import { MAX_BODY_CHARS, maxBodyCharsOf, requestUrl } from "../core/sources/plan.ts";

/** Largest response body read from a source or an RPC, characters; a bigger body is rejected as malformed. */
export const MAX_SOURCE_BODY_CHARS = MAX_BODY_CHARS;

/** Name of the round's broadcast barrier (all nodes use the same name). */
export const BROADCAST_NAME = "lit-oracle:price-feed";

/** `IPriceReceiver.feedState(bytes32)`: its first two words are `int256 answer, uint64 observedAt`. */
export const FEED_STATE_SELECTOR = toFunctionSelector("feedState(bytes32)");

export type ActionHost = {
  /** The runtime's `fetch` (counted against the 50-request limit). */
  fetch: typeof fetch;
  /** This node's clock, Unix milliseconds (`Date.now()` inside a Lit node). */
  now(): number;
  /** Naga: `broadcastAndCollect` (every node's value, own last); Chipotle: `[value]`. */
  broadcast(name: string, value: string): Promise<string[]>;
  /**
   * Signs a 32-byte digest as the oracle key. Naga records a share (combined by the client) and
   * returns nothing; Chipotle signs locally and returns the signature.
   */
  signDigest(digest: Hex, sigName: string): Promise<LitSignature | undefined>;
  /** Signs and returns the full signature inside the action (direct mode needs it to build the tx). */
  signAndCombine(digest: Hex, sigName: string): Promise<{ r: Hex; s: Hex; recoveryId: number }>;
  /** The address of the key that signs this round (a confirmation must be signed by it). */
  signerAddress(): Promise<Address>;
  /** Address that signed a 32-byte digest (65-byte r‖s‖v); the runtime's ethers v5 `utils.recoverAddress`. */
  recoverAddress(digest: Hex, signature: Hex): Promise<Address>;
  /** Runs `fn` on one node only and gives every node its string result (`"[ERROR]"` if it threw). */
  runOnce(name: string, fn: () => Promise<string>): Promise<string>;
  /** RPC URL of a Lit-known chain name (Naga `getRpcUrl`: the node operator's own provider). */
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

/** GET with a per-request timeout, no redirects and a body size limit; never throws. */
export function fetchWithTimeout(
  fetchFn: typeof fetch,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBodyChars: number = MAX_SOURCE_BODY_CHARS,
): Promise<FetchOutcome> {
  return requestWithTimeout(fetchFn, url, { headers }, timeoutMs, maxBodyChars);
}

/** One request with a per-request timeout and no redirects (a pinned host stays the host); never throws. */
export async function requestWithTimeout(
  fetchFn: typeof fetch,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  timeoutMs: number,
  maxBodyChars: number = MAX_SOURCE_BODY_CHARS,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, {
      method: init.method ?? "GET",
      headers: { accept: "application/json", ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
      redirect: "error",
      signal: controller.signal,
    });
    if (res.status >= 300 && res.status < 400) return { ok: false, error: `HTTP ${res.status} redirect refused (pinned host)` };
    const body = await res.text();
    if (body.length > maxBodyChars) return { ok: false, error: `body longer than ${maxBodyChars} characters` };
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

/** `true` when `url` is under the pinned `baseUrl` (same origin, path prefix). */
export function isUnderPinnedBase(url: string, baseUrl: string): boolean {
  try {
    const u = new URL(url);
    const b = new URL(baseUrl);
    return u.origin === b.origin && u.pathname.startsWith(b.pathname.replace(/\/+$/, ""));
  } catch {
    return false;
  }
}

/**
 * Reads `feedState` of every (receiver, feed) of the round's destinations on one chain, as one
 * JSON-RPC batch to the manifest's providers (tried in order; a Lit chain name resolves to the node's
 * own provider). Returns one view per destination index.
 */
async function readChain(
  host: ActionHost,
  chain: ManifestChain,
  destinations: { index: number; receiver: Hex; feeds: string[] }[],
): Promise<Map<number, ChainView>> {
  const calls = destinations.flatMap((d) => d.feeds.map((feed) => ({ d: d.index, to: d.receiver, feedId: feedIdOf(feed) })));
  const body = JSON.stringify(
    calls.map((c, id) => ({ jsonrpc: "2.0", id, method: "eth_call", params: [{ to: c.to, data: concatHex([FEED_STATE_SELECTOR, c.feedId]) }, "latest"] })),
  );
  const fail = (error: string) => new Map(destinations.map((d) => [d.index, { ok: false, error } as ChainView]));
  let urls: string[];
  try {
    urls = chain.litChain !== undefined ? [await host.rpcUrl(chain.litChain)] : chain.rpcUrls;
  } catch (error) {
    return fail(`no RPC for chain ${chain.chainId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let problem = "no provider";
  for (const url of urls) {
    const outcome = await requestWithTimeout(host.fetch, url, { method: "POST", headers: { "content-type": "application/json" }, body }, chain.timeoutMs);
    if (!outcome.ok || outcome.status !== 200) {
      problem = outcome.ok ? `HTTP ${outcome.status}` : outcome.error;
      continue;
    }
    const answers = parseFeedStates(outcome.body, calls.length);
    if (typeof answers === "string") {
      problem = answers;
      continue;
    }
    const out = new Map<number, ChainView>();
    let k = 0;
    for (const d of destinations) {
      const slice = answers.slice(k, k + d.feeds.length);
      k += d.feeds.length;
      const bad = slice.findIndex((a) => typeof a === "string");
      out.set(d.index, bad >= 0 ? { ok: false, error: `${d.feeds[bad]}: ${slice[bad] as string}` } : { ok: true, answers: slice as bigint[] });
    }
    return out;
  }
  return fail(`chain ${chain.chainId}: ${problem}`);
}

/** The on-chain answers of a `feedState` batch response (ids 0..n-1), or why it is unusable. */
export function parseFeedStates(text: string, n: number): Array<bigint | string> | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return "RPC body is not JSON";
  }
  if (!Array.isArray(body)) return "RPC did not answer the batch with an array";
  const byId = new Map<number, Record<string, unknown>>();
  for (const item of body) if (typeof item === "object" && item !== null && Number.isSafeInteger((item as { id?: unknown }).id)) byId.set((item as { id: number }).id, item as Record<string, unknown>);
  const out: Array<bigint | string> = [];
  for (let id = 0; id < n; id++) {
    const item = byId.get(id);
    const result = item?.result;
    if (typeof result !== "string" || !/^0x[0-9a-fA-F]*$/.test(result)) {
      out.push(item?.error ? "eth_call reverted or failed" : "missing result");
      continue;
    }
    if (result.length < 2 + 64 * 2) {
      out.push("not a price receiver (short feedState result)");
      continue;
    }
    const word = hexToBigInt(`0x${result.slice(2, 66)}`);
    // int256: a negative answer is no answer a receiver can hold.
    out.push(word >> 255n === 1n ? "negative answer" : word);
  }
  return out;
}

/**
 * Checks a caller's confirmation: every candidate a feed of this round, and the signature by this
 * round's own signer over exactly that list. Returns the claim, or why it was ignored.
 */
async function verifyConfirm(host: ActionHost, params: ResolvedPriceFeedParams): Promise<{ claim: ConfirmClaim | undefined; note: string | undefined }> {
  const confirm = params.confirm;
  if (!confirm) return { claim: undefined, note: undefined };
  if (confirm.list.some((c) => !params.feeds.some((f) => f.symbol === c.feed))) return { claim: undefined, note: "confirm ignored: a candidate is not a feed of this round" };
  try {
    const digest = candidatesDigest(confirm.observedAt, confirm.list.map((c) => ({ feedId: feedIdOf(c.feed), answer: c.answer })));
    const [recovered, signer] = await Promise.all([host.recoverAddress(digest, confirm.signature), host.signerAddress()]);
    if (getAddress(recovered) !== getAddress(signer)) return { claim: undefined, note: `confirm ignored: signed by ${recovered}, not this round's signer ${signer}` };
    return { claim: confirm, note: undefined };
  } catch (error) {
    return { claim: undefined, note: `confirm ignored: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Runs one round. Never throws: failures come back as an envelope with `error` and no signatures. */
export async function runPriceFeed(host: ActionHost, manifest: ResolvedFeedManifest, rawParams: unknown): Promise<PriceFeedRunResult> {
  let params: ResolvedPriceFeedParams;
  try {
    params = validatePriceFeedParams(manifest, rawParams);
  } catch (error) {
    return { response: errorResponse(error instanceof Error ? error.message : String(error)), signatures: {} };
  }
  const clock = Math.floor(host.now() / 1000);

  // The premium key: decrypted here, sent only to its source's pinned host, scrubbed from anything returned.
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
    const chainViews = new Map<number, ChainView>();
    await Promise.all([
      ...plan.map(async (item) => {
        const adapter = SOURCES[item.source];
        const pinned = params.sources[item.source]!;
        const isPremium = params.manifest.premium?.source === item.source;
        if (isPremium && apiKey === undefined) {
          outcomes.set(item.key, { ok: false, error: keyProblem ?? "premium key not supplied (manifest premium.key or jsParams premiumKey)" });
          return;
        }
        const url = requestUrl(item, pinned.baseUrl);
        if (!isUnderPinnedBase(url, pinned.baseUrl)) {
          outcomes.set(item.key, { ok: false, error: `request URL leaves the pinned host ${pinned.baseUrl}` });
          return;
        }
        outcomes.set(item.key, await fetchWithTimeout(host.fetch, url, adapter.headers(isPremium ? apiKey : undefined), pinned.timeoutMs, maxBodyCharsOf(item)));
      }),
      ...[...new Set(params.destinations.map((d) => d.chain))].map(async (chain) => {
        const here = params.destinations.flatMap((d, index) => (d.chain === chain ? [{ index, receiver: d.receiver, feeds: d.feeds }] : []));
        for (const [index, view] of await readChain(host, chain, here)) chainViews.set(index, view);
      }),
    ]);
    const observation = observeMarket(params, outcomes, clock);
    for (const f of observation.feeds) log(f.ok ? `${f.symbol}: node median ${f.median} from ${f.sourcesUsed} sources` : `${f.symbol}: ${f.reason}`);
    const chain = params.destinations.map((_, i) => chainViews.get(i) ?? ({ ok: false, error: "not read" } as ChainView));
    for (const [i, view] of chain.entries()) if (!view.ok) log(`destination ${params.destinations[i]!.sigName}: ${view.error}`);

    const values = await host.broadcast(BROADCAST_NAME, encodeNodeValue({ clock, feeds: observation.feeds, chain }));
    const { claim, note } = await verifyConfirm(host, params);
    if (note) log(note);
    const decision = decideRound(params, values, claim);
    if (!decision.ok) return { response: errorResponse(decision.error), signatures: {} };

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
      const direct = job.destination.chain;
      const sent = await host.runOnce(`send:${job.sigName}`, async () => {
        const url = direct.litChain !== undefined ? await host.rpcUrl(direct.litChain) : direct.rpcUrls[0]!;
        const outcome = await requestWithTimeout(
          host.fetch,
          url,
          { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_sendRawTransaction", params: [raw] }) },
          direct.timeoutMs,
        );
        return outcome.ok ? outcome.body : JSON.stringify({ error: { message: outcome.error } });
      });
      transactions.push(sendResult(job.sigName, job.destination.chainId, job.destination.receiver, keccak256(raw), sent));
    }
    if (decision.candidates) {
      const signature = await host.signDigest(decision.candidates.digest, CANDIDATES_SIG_NAME);
      if (signature) signatures[CANDIDATES_SIG_NAME] = signature;
    }
    const response = buildResponse(decision, {
      transactions,
      sources: observation.sources.map((s) => (s.reason === undefined ? s : { ...s, reason: redact(s.reason) })),
      ...(note ? { notes: [note] } : {}),
    });
    return { response: fitResponse(response), signatures };
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
