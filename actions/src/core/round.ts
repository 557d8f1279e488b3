/**
 * The round decision, computed identically on every node from the same broadcast set: the agreed
 * clock, the median of node medians per feed, the checks that can refuse a feed (per destination: the
 * move limit against that receiver's on-chain answer), and the digests to sign.
 *
 * Pure: no I/O, no clock. The order of `nodeValues` never matters (all sorts are numeric and total).
 */
import type { Hex } from "viem";
import { INTERNAL_DECIMALS, absBigint, compareBigint, ppmOf, rescale } from "./decimal.ts";
import { buildDirectTx, directTxSigningHash, type UnsignedDirectTx } from "./direct.ts";
import { decodeNodeValue } from "./node.ts";
import type { ConfirmClaim, ResolvedDestination, ResolvedPriceFeedParams } from "./params.ts";
import { type Report, batchDigest, candidatesDigest, reportDigest } from "./report.ts";
import { lowerMedianOf, medianOf } from "./aggregate.ts";

/** Machine-readable refusal codes. */
export type RefusalCode =
  | "source-quorum"
  | "spread-too-wide"
  | "node-quorum"
  | "zero-answer"
  | "move-unconfirmed"
  | "chain-read";

export type FeedDecision = {
  symbol: string;
  feedId: Hex;
  decimals: number;
  /** The agreed integer answer in feed decimals, when the market was readable (a destination may still refuse it). */
  answer: bigint | undefined;
  /** Median over nodes of the number of sources each node used. */
  sourcesUsed: number;
  /** Median over nodes of each node's source spread, ppm. */
  spreadPpm: number;
  /** Nodes whose value counted for this feed / nodes that broadcast. */
  nodeCount: number;
  nodesTotal: number;
  refusal: { code: RefusalCode; reason: string } | undefined;
};

/** A feed not signed for one destination (the move limit against that receiver's answer, or its state unreadable). */
export type DestinationRefusal = { feed: string; chainId: number; receiver: Hex; code: RefusalCode; reason: string };

export type SigningJob = {
  destination: ResolvedDestination;
  sigName: string;
  /** `report`: one Report signature; `batch`: one ReportBatch signature; `tx`: a direct transaction. */
  kind: "report" | "batch" | "tx";
  reports: Report[];
  /** Feed symbols of `reports`, same order. */
  feeds: string[];
  digest: Hex;
  tx: UnsignedDirectTx | undefined;
};

/** The large moves refused this round, attested by one signature for a later round to confirm. */
export type CandidateSet = { observedAt: number; list: { feed: string; feedId: Hex; answer: bigint }[]; digest: Hex };

export type RoundDecision =
  | { ok: false; error: string }
  | { ok: true; observedAt: number; feeds: FeedDecision[]; refusals: DestinationRefusal[]; jobs: SigningJob[]; candidates: CandidateSet | undefined };

function refuse(base: Omit<FeedDecision, "refusal" | "answer">, code: RefusalCode, reason: string): FeedDecision {
  return { ...base, answer: undefined, refusal: { code, reason } };
}

/**
 * The round's observedAt: the lower median of the clocks the nodes broadcast, rounded down to the
 * manifest granularity (every node computes it from the same set, so honest nodes sign the same
 * digest; a minority of nodes cannot move it outside the honest clocks). `undefined` without a
 * majority of valid clocks.
 */
export function agreedObservedAt(clocks: readonly (number | undefined)[], granularitySeconds: number): number | undefined {
  const valid = clocks.filter((c): c is number => c !== undefined);
  if (valid.length * 2 <= clocks.length) return undefined;
  const median = lowerMedianOf(valid);
  return median - (median % granularitySeconds);
}

/**
 * Decides a round from every node's broadcast value (this node's included).
 *
 * - observedAt: {@link agreedObservedAt}; refused when the caller's hint is further off than the
 *   manifest's clock tolerance.
 * - A feed is accepted when a majority of the values (and at least `minNodes`) carry a median for it;
 *   its answer is the median of those medians, rescaled to the feed's decimals (round half up).
 * - Per destination, the last on-chain answer is the lower median of what a majority of nodes read
 *   from that receiver through the manifest's RPC providers (never a caller's claim). A move larger
 *   than `maxDeviationPpm` from it is refused and becomes a candidate, unless `confirm` — a candidate
 *   set this action signed (its signature already verified against this round's signer by the caller
 *   of this function), `minDelaySeconds`..`maxAgeSeconds` old — holds an answer within
 *   `confirmTolerancePpm` of this round's.
 */
export function decideRound(params: ResolvedPriceFeedParams, nodeValues: readonly unknown[], confirm?: ConfirmClaim): RoundDecision {
  const symbols = params.feeds.map((f) => f.symbol);
  const decoded = nodeValues.map((v) => decodeNodeValue(v, symbols, params.destinations.map((d) => d.feeds.length)));
  const total = nodeValues.length;
  const { clock, confirmation } = params.manifest;

  const observedAt = agreedObservedAt(decoded.map((d) => d.clock), clock.granularitySeconds);
  if (observedAt === undefined) return { ok: false, error: `fewer than a majority of the ${total} nodes broadcast a valid clock` };
  if (params.observedAtHint !== undefined && Math.abs(observedAt - params.observedAtHint) > clock.toleranceSeconds) {
    return { ok: false, error: `observedAtHint ${params.observedAtHint} is ${observedAt - params.observedAtHint} s from the nodes' clock ${observedAt}; the manifest tolerates ${clock.toleranceSeconds} s` };
  }

  const feeds = params.feeds.map((feed, i): FeedDecision => {
    const claims = decoded.map((d) => d.feeds[i]).filter((c) => c !== undefined);
    const values = claims.filter((c) => "median" in c);
    const base = {
      symbol: feed.symbol,
      feedId: feed.feedId,
      decimals: feed.decimals,
      sourcesUsed: values.length ? lowerMedianOf(values.map((v) => v.sourcesUsed)) : 0,
      spreadPpm: values.length ? lowerMedianOf(values.map((v) => v.spreadPpm)) : 0,
      nodeCount: values.length,
      nodesTotal: total,
    };
    if (values.length < params.aggregation.minNodes || values.length * 2 <= total) {
      const errors = claims.filter((c) => "error" in c).map((c) => c.error);
      const code: RefusalCode = errors.length * 2 > total ? mostFrequent(errors) : "node-quorum";
      return refuse(base, code, `${values.length} of ${total} nodes had a price for ${feed.symbol}${errors.length ? ` (node refusals: ${summarize(errors)})` : ""}`);
    }
    const median = medianOf(values.map((v) => v.median));
    const answer = rescale(median, INTERNAL_DECIMALS, feed.decimals);
    if (answer <= 0n) return refuse(base, "zero-answer", `${feed.symbol} rounds to ${answer} at ${feed.decimals} decimals`);
    return { ...base, answer, refusal: undefined };
  });

  const age = confirm ? observedAt - confirm.observedAt : 0;
  const confirmUsable = confirm !== undefined && age >= confirmation.minDelaySeconds && age <= confirmation.maxAgeSeconds;
  const accepted = new Map(feeds.filter((f) => f.answer !== undefined).map((f) => [f.symbol, f]));
  const refusals: DestinationRefusal[] = [];
  const candidates = new Map<string, FeedDecision>();
  const jobs: SigningJob[] = [];
  params.destinations.forEach((destination, di) => {
    const here: string[] = [];
    destination.feeds.forEach((symbol, fi) => {
      const f = accepted.get(symbol);
      if (!f) return;
      const refuseHere = (code: RefusalCode, reason: string) => refusals.push({ feed: symbol, chainId: destination.chainId, receiver: destination.receiver, code, reason });
      const reads = decoded.map((d) => d.chain[di]?.[fi]).filter((a): a is bigint => a !== undefined);
      if (reads.length * 2 <= total) {
        refuseHere("chain-read", `${reads.length} of ${total} nodes could read ${symbol} on receiver ${destination.receiver} (chain ${destination.chainId}); the move limit needs a majority`);
        return;
      }
      const last = lowerMedianBigint(reads);
      const feed = params.feeds.find((x) => x.symbol === symbol)!;
      if (last > 0n) {
        const movePpm = ppmOf(absBigint(f.answer! - last), last);
        if (movePpm > BigInt(feed.maxDeviationPpm)) {
          const candidate = confirmUsable ? confirm!.candidates.get(symbol) : undefined;
          const confirmed = candidate !== undefined && candidate > 0n && ppmOf(absBigint(f.answer! - candidate), candidate) <= BigInt(params.aggregation.confirmTolerancePpm);
          if (!confirmed) {
            candidates.set(symbol, f);
            refuseHere(
              "move-unconfirmed",
              `move of ${movePpm} ppm from the on-chain answer ${last} exceeds ${feed.maxDeviationPpm} ppm; confirm it with this round's signed candidates ${confirmation.minDelaySeconds}-${confirmation.maxAgeSeconds} s from now`,
            );
            return;
          }
        }
      }
      here.push(symbol);
    });
    if (here.length === 0) return;
    const reports: Report[] = here.map((s) => ({ feedId: accepted.get(s)!.feedId, answer: accepted.get(s)!.answer!, observedAt: BigInt(observedAt) }));
    const domain = { chainId: destination.chainId, verifyingContract: destination.receiver };
    if (destination.direct) {
      const tx = buildDirectTx(destination, reports);
      jobs.push({ destination, sigName: destination.sigName, kind: "tx", reports, feeds: here, digest: directTxSigningHash(tx), tx });
    } else if (reports.length === 1) {
      jobs.push({ destination, sigName: destination.sigName, kind: "report", reports, feeds: here, digest: reportDigest(domain, reports[0]!), tx: undefined });
    } else {
      jobs.push({ destination, sigName: destination.sigName, kind: "batch", reports, feeds: here, digest: batchDigest(domain, reports), tx: undefined });
    }
  });

  let candidateSet: CandidateSet | undefined;
  if (candidates.size > 0) {
    const list = [...candidates.values()].map((f) => ({ feed: f.symbol, feedId: f.feedId, answer: f.answer! }));
    candidateSet = { observedAt, list, digest: candidatesDigest(observedAt, list) };
  }
  return { ok: true, observedAt, feeds, refusals, jobs, candidates: candidateSet };
}

function lowerMedianBigint(values: readonly bigint[]): bigint {
  const sorted = [...values].sort(compareBigint);
  return sorted[(sorted.length - 1) >> 1]!;
}

function mostFrequent(codes: readonly string[]): RefusalCode {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return best === "spread-too-wide" || best === "source-quorum" ? best : "node-quorum";
}

function summarize(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${n}x ${c}`).join(", ");
}
