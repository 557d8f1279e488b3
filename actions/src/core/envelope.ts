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
