/**
 * Builds the price-feed response envelope inside the action (kept apart from the zod schema in
 * `response.ts` so the bundle stays small).
 *
 * Pure: no I/O, no clock.
 */
import type { SourceStatus } from "./node.ts";
import type { PriceFeedResponse, PriceFeedTransaction } from "./response.ts";
import type { RoundDecision } from "./round.ts";
import { CANDIDATES_SIG_NAME } from "./params.ts";

/** Builds the envelope from an accepted round decision (identical on every node, except `sources`). */
export function buildResponse(
  decision: Extract<RoundDecision, { ok: true }>,
  extra: { transactions?: PriceFeedTransaction[]; sources?: SourceStatus[]; notes?: string[] } = {},
): PriceFeedResponse {
  const refusals = [
    ...decision.feeds.filter((f) => f.refusal !== undefined).map((f) => ({ feed: f.symbol, code: f.refusal!.code, reason: f.refusal!.reason })),
    ...decision.refusals.map((r) => ({ feed: r.feed, code: r.code, reason: r.reason, chainId: r.chainId, receiver: r.receiver })),
  ];
  const transactions = extra.transactions ?? [];
  return {
    ok: refusals.length === 0 && transactions.every((t) => t.sent),
    observedAt: decision.observedAt,
    feeds: decision.feeds.map((f) => ({
      feed: f.symbol,
      feedId: f.feedId,
      decimals: f.decimals,
      answer: f.answer === undefined ? null : f.answer.toString(),
      sourcesUsed: f.sourcesUsed,
      spreadPpm: f.spreadPpm,
      nodeCount: f.nodeCount,
      nodesTotal: f.nodesTotal,
      ...(f.refusal ? { reason: f.refusal.reason } : {}),
    })),
    reports: decision.jobs
      .filter((j) => j.kind !== "tx")
      .map((j) => ({
        sigName: j.sigName,
        chainId: j.destination.chainId,
        receiver: j.destination.receiver,
        kind: j.kind,
        digest: j.digest,
        reports: j.reports.map((r, k) => ({ feed: j.feeds[k]!, feedId: r.feedId, answer: r.answer.toString(), observedAt: Number(r.observedAt) })),
      })),
    transactions,
    refusals,
    ...(decision.candidates
      ? {
          candidates: {
            sigName: CANDIDATES_SIG_NAME,
            observedAt: decision.candidates.observedAt,
            digest: decision.candidates.digest,
            list: decision.candidates.list.map((c) => ({ feed: c.feed, answer: c.answer.toString() })),
          },
        }
      : {}),
    ...(extra.notes && extra.notes.length ? { notes: extra.notes } : {}),
    ...(extra.sources ? { sources: extra.sources } : {}),
  };
}

/** The envelope of a failed execution. */
export function errorResponse(error: string): PriceFeedResponse {
  return { ok: false, feeds: [], reports: [], transactions: [], refusals: [], error };
}

/** Largest response the action returns, bytes: Naga's `setResponse` limit (100 KiB) less room for the runtime's wrapping. */
export const MAX_RESPONSE_BYTES = 100 * 1024 - 1024;

/**
 * Keeps a response within {@link MAX_RESPONSE_BYTES}: the signed part (feeds, reports, refusals,
 * candidates) is never cut; per-source diagnostics go first (used sources, then the rest), with a
 * note saying so. A response that still does not fit is returned as is (the runtime refuses it and
 * the keeper's planner, which sizes rounds, is wrong: its test checks it against real responses).
 */
export function fitResponse(response: PriceFeedResponse, maxBytes: number = MAX_RESPONSE_BYTES): PriceFeedResponse {
  const size = (r: PriceFeedResponse) => new TextEncoder().encode(JSON.stringify(r)).length;
  if (size(response) <= maxBytes || !response.sources) return response;
  const total = response.sources.length;
  const note = (kept: number) => [...(response.notes ?? []), `source diagnostics trimmed to fit the response limit: ${kept} of ${total} kept`];
  const problems = response.sources.filter((s) => s.status !== "used");
  const trimmed = { ...response, sources: problems, notes: note(problems.length) };
  if (size(trimmed) <= maxBytes) return trimmed;
  return { ...response, sources: [], notes: note(0) };
}
