/**
 * An upper bound on the size of the price-feed action's response for a round, from the action's own
 * code: `decideRound` decides worst-case rounds and `buildResponse` serialises them, and the bound
 * adds up, per feed, the largest of what the response can carry for it. The keeper's round planner
 * sizes executions with it (Lit refuses a response over its limit, and with it every signature of the
 * execution). Not part of the action bundle (nothing the action imports imports this file).
 *
 * Per feed, the larger of:
 * - refused for every destination (no node majority): its entry with the longest reason (every
 *   refusal code from the nodes, two-digit counts) and that refusal;
 * - accepted: its entry with the longest answer, and per destination the larger of its report and
 *   a move-limit refusal (the longest numbers), and its entry in the candidate list.
 * Plus per destination the signed job's own fields, the envelope, the candidate set's fields, room for
 * the notes, and — the part the action drops first when the response would not fit (`fitResponse`) —
 * one "used" diagnostic per (feed, market) and per rate feed's market.
 *
 * Bounds of the values, from the formats: answers and on-chain answers fit the receivers' int88 answer
 * (`FeedSlotLib`: a larger one can never be published, nor read back); move sizes are therefore at most
 * 33 digits of ppm; spreads at most the feed's `maxSpreadPpm` (a node with a wider spread refuses the
 * feed); observedAt a uint32; up to 99 nodes. Refusal reasons are the action's own templates
 * (`decideRound`) over those values and the manifest's symbols; node refusals are codes.
 *
 * Pure: no I/O, no clock.
 */
import { buildResponse } from "./envelope.ts";
import type { ManifestFeed, ResolvedFeedManifest } from "./feed-manifest.ts";
import { encodeNodeValue } from "./node.ts";
import { type ResolvedDestination, type ResolvedPriceFeedParams, sigNameOf } from "./params.ts";
import { INTERNAL_DECIMALS } from "./decimal.ts";
import type { PriceFeedResponse } from "./response.ts";
import { decideRound, type RefusalCode } from "./round.ts";

/** Largest answer a receiver stores (int88, `FeedSlotLib.MAX_STORABLE_ANSWER`). */
export const MAX_STORABLE_ANSWER = 2n ** 87n - 1n;
/** Nodes of an execution the bound holds for (their counts appear in entries and reasons with two digits). */
export const BOUND_MAX_NODES = 99;
/** Room for the response's notes (a confirmation ignored, and why), bytes. */
export const NOTES_ALLOWANCE_BYTES = 1_024;
/** Feeds decided at once while measuring (the nodes' values are decoded per feed: quadratic in a chunk). */
const CHUNK_FEEDS = 10;
/** Nodes of the accepted cases (two-digit counts, as {@link BOUND_MAX_NODES}). */
const ACCEPTED_CASE_NODES = 11;
/** A receiver address: every one is 42 characters in the response. */
const ANY_RECEIVER = `0x${"ab".repeat(20)}` as const;
/** Every refusal code a node can broadcast (what `summarize` lists in a refused feed's reason). */
const NODE_CODES: readonly RefusalCode[] = ["source-quorum", "spread-too-wide", "node-quorum", "zero-answer", "move-unconfirmed", "chain-read"];
/** Latest observedAt / clock (uint32 seconds). */
const MAX_CLOCK = 2 ** 32 - 1;

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** Per-feed item sizes, bytes (the array separators counted). */
type FeedSizes = {
  /** Refused at feed level: its entry and its refusal. */
  refused: number;
  /** Accepted: its entry and its candidate entry. */
  accepted: number;
  /** Per chain id: the larger of its report and its move-limit refusal there. */
  perChain: Map<number, number>;
  /** Its "used" diagnostics (one per market). */
  diagnostics: number;
};

type ManifestSizes = {
  fixed: number;
  jobPerChain: Map<number, number>;
  feeds: Map<string, FeedSizes>;
};

const cache = new WeakMap<ResolvedFeedManifest, ManifestSizes>();

function resolvedFor(manifest: ResolvedFeedManifest, feeds: ManifestFeed[]): ResolvedPriceFeedParams {
  const symbols = feeds.map((f) => f.symbol);
  const destinations: ResolvedDestination[] = manifest.chains.map((chain) => ({
    chainId: chain.chainId,
    receiver: ANY_RECEIVER,
    feeds: symbols,
    chain,
    direct: undefined,
    sigName: sigNameOf({ chainId: chain.chainId, receiver: ANY_RECEIVER }),
  }));
  return {
    manifest,
    feeds,
    sources: manifest.sources,
    aggregation: manifest.aggregation,
    rates: [],
    destinations,
    observedAtHint: undefined,
    confirm: undefined,
    signer: { publicKey: undefined, pkpId: undefined },
    premium: undefined,
    fetchCount: 0,
  };
}

/** The node median whose answer at `decimals` is the largest storable one. */
const worstMedian = (decimals: number): bigint =>
  decimals <= INTERNAL_DECIMALS ? MAX_STORABLE_ANSWER * 10n ** BigInt(INTERNAL_DECIMALS - decimals) : MAX_STORABLE_ANSWER / 10n ** BigInt(decimals - INTERNAL_DECIMALS);

/** `decideRound` over `nodes` identical-shape values, serialised by `buildResponse`. */
function respond(params: ResolvedPriceFeedParams, nodes: number, value: (node: number) => string): PriceFeedResponse {
  const decision = decideRound(params, Array.from({ length: nodes }, (_, i) => value(i)));
  if (!decision.ok) throw new Error(`response bound: the worst-case round was not decided (${decision.error})`);
  return buildResponse(decision);
}

function measure(manifest: ResolvedFeedManifest): ManifestSizes {
  const known = cache.get(manifest);
  if (known) return known;
  const feeds = new Map<string, FeedSizes>();
  const jobPerChain = new Map<number, number>();
  let fixed = 0;
  for (let start = 0; start < manifest.feeds.length; start += CHUNK_FEEDS) {
    const chunk = manifest.feeds.slice(start, start + CHUNK_FEEDS);
    const params = resolvedFor(manifest, chunk);
    const readsOf = (answer: bigint) => params.destinations.map((d) => ({ ok: true as const, answers: d.feeds.map(() => answer) }));
    const accepted = () => chunk.map((f) => ({ symbol: f.symbol, ok: true as const, median: worstMedian(f.decimals), sourcesUsed: f.sources.length, spreadPpm: f.maxSpreadPpm }));
    // A: no node has a price (each a refusal code, all codes present).
    const refusedCase = respond(params, BOUND_MAX_NODES, (i) => encodeNodeValue({ clock: MAX_CLOCK, feeds: chunk.map((f) => ({ symbol: f.symbol, ok: false, code: NODE_CODES[i % NODE_CODES.length]!, reason: "" })), chain: readsOf(0n) }));
    // B: every feed accepted and refused at every destination by the move limit (on-chain answer 1).
    const movedCase = respond(params, ACCEPTED_CASE_NODES, () => encodeNodeValue({ clock: MAX_CLOCK, feeds: accepted(), chain: readsOf(1n) }));
    // C: every feed accepted and reported at every destination (no answer on chain yet).
    const reportedCase = respond(params, ACCEPTED_CASE_NODES, () => encodeNodeValue({ clock: MAX_CLOCK, feeds: accepted(), chain: readsOf(0n) }));

    for (const f of chunk) {
      const entryA = refusedCase.feeds.find((e) => e.feed === f.symbol)!;
      const refusalA = refusedCase.refusals.find((r) => r.feed === f.symbol)!;
      const entryB = movedCase.feeds.find((e) => e.feed === f.symbol)!;
      const candidate = movedCase.candidates?.list.find((c) => c.feed === f.symbol);
      const perChain = new Map<number, number>();
      for (const d of params.destinations) {
        const refusal = movedCase.refusals.find((r) => r.feed === f.symbol && r.chainId === d.chainId);
        const report = reportedCase.reports.find((j) => j.chainId === d.chainId)?.reports.find((r) => r.feed === f.symbol);
        perChain.set(d.chainId, Math.max(refusal ? bytes(refusal) + 1 : 0, report ? bytes(report) + 1 : 0));
      }
      const markets = f.markets.map((m) => ({ feed: f.symbol, source: m.source, symbol: m.symbol, status: "used" as const }));
      feeds.set(f.symbol, {
        refused: bytes(entryA) + 1 + bytes(refusalA) + 1,
        accepted: bytes(entryB) + 1 + (candidate ? bytes(candidate) + 1 : 0),
        perChain,
        diagnostics: markets.reduce((n, m) => n + bytes(m) + 1, 0),
      });
    }
    for (const job of reportedCase.reports) jobPerChain.set(job.chainId, Math.max(jobPerChain.get(job.chainId) ?? 0, bytes({ ...job, reports: [] }) + 1));
    const envelope = bytes({ ...movedCase, feeds: [], refusals: [], reports: [], candidates: { ...movedCase.candidates!, list: [] }, notes: [], sources: [] });
    fixed = Math.max(fixed, envelope + NOTES_ALLOWANCE_BYTES);
  }
  const sizes = { fixed, jobPerChain, feeds };
  cache.set(manifest, sizes);
  return sizes;
}

export type ResponseBound = {
  /** What the action never drops: feeds, signed reports, refusals, candidates, notes, the envelope. */
  signedBytes: number;
  /** The per-source diagnostics (dropped first when the response would not fit). */
  diagnosticsBytes: number;
  totalBytes: number;
};

/**
 * The largest response of an execution for `feeds` (manifest symbols) and `destinations` (the feeds
 * each chain's receiver gets), bytes. Rate feeds the round's feeds convert through count with their
 * diagnostics only (they are observed, never signed).
 */
export function responseBound(manifest: ResolvedFeedManifest, feeds: readonly string[], destinations: readonly { chainId: number; feeds: readonly string[] }[]): ResponseBound {
  const sizes = measure(manifest);
  let signed = sizes.fixed;
  let diagnostics = 0;
  const wanted = new Set(feeds);
  const chosen = manifest.feeds.filter((f) => wanted.has(f.symbol));
  const at = destinations.map((d) => ({ chainId: d.chainId, feeds: new Set(d.feeds) }));
  const rates = new Set<string>();
  for (const f of chosen) {
    const s = sizes.feeds.get(f.symbol)!;
    let accepted = s.accepted;
    for (const d of at) if (d.feeds.has(f.symbol)) accepted += s.perChain.get(d.chainId) ?? 0;
    signed += Math.max(s.refused, accepted);
    diagnostics += s.diagnostics;
    for (const r of f.rates) if (!wanted.has(r)) rates.add(r);
  }
  for (const d of destinations) if (d.feeds.length > 0) signed += sizes.jobPerChain.get(d.chainId) ?? 0;
  for (const rate of rates) diagnostics += sizes.feeds.get(rate)?.diagnostics ?? 0;
  return { signedBytes: signed, diagnosticsBytes: diagnostics, totalBytes: signed + diagnostics };
}
