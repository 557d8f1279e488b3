/**
 * The round decision, computed identically on every node from the same broadcast set: the median of
 * node medians per feed, the checks that can refuse a feed, and the digests to sign per destination.
 *
 * Pure: no I/O, no clock. The order of `nodeValues` never matters (all sorts are numeric and total).
 */
import type { Hex } from "viem";
import { INTERNAL_DECIMALS, absBigint, ppmOf, rescale } from "./decimal.ts";
import { buildDirectTx, directTxSigningHash, type UnsignedDirectTx } from "./direct.ts";
import { decodeNodeValue } from "./node.ts";
import type { ResolvedDestination, ResolvedPriceFeedParams } from "./params.ts";
import { type Report, batchDigest, reportDigest } from "./report.ts";
import { lowerMedianOf, medianOf } from "./aggregate.ts";

/** Machine-readable refusal codes. */
export type RefusalCode =
  | "source-quorum"
  | "spread-too-wide"
  | "node-quorum"
  | "zero-answer"
  | "move-unconfirmed";

export type FeedDecision = {
  symbol: string;
  feedId: Hex;
  decimals: number;
  /** Signed integer answer in feed decimals, when accepted. */
  answer: bigint | undefined;
  /** Median over nodes of the number of sources each node used. */
  sourcesUsed: number;
  /** Median over nodes of each node's source spread, ppm. */
  spreadPpm: number;
  /** Nodes whose value counted for this feed / nodes that broadcast. */
  nodeCount: number;
  nodesTotal: number;
  refusal: { code: RefusalCode; reason: string; candidate?: { answer: bigint; observedAt: number } } | undefined;
};

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

export type RoundDecision = { feeds: FeedDecision[]; jobs: SigningJob[] };

function refuse(base: Omit<FeedDecision, "refusal" | "answer">, code: RefusalCode, reason: string, candidate?: { answer: bigint; observedAt: number }): FeedDecision {
  return { ...base, answer: undefined, refusal: candidate ? { code, reason, candidate } : { code, reason } };
}

/**
 * Decides a round from every node's broadcast value (this node's included). A feed is accepted when a
 * majority of the values (and at least `minNodes`) carry a median for it; its answer is the median of
 * those medians, rescaled to the feed's decimals (round half up). A move larger than
 * `maxDeviationPpm` from `lastAnswer` is refused with a `candidate` unless `confirmMove` is within
 * `confirmTolerancePpm` of this round's answer.
 */
export function decideRound(params: ResolvedPriceFeedParams, nodeValues: readonly unknown[]): RoundDecision {
  const symbols = params.feeds.map((f) => f.symbol);
  const decoded = nodeValues.map((v) => decodeNodeValue(v, symbols));
  const total = nodeValues.length;

  const feeds = params.feeds.map((feed, i): FeedDecision => {
    const claims = decoded.map((d) => d[i]).filter((c) => c !== undefined);
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
    if (feed.lastAnswer !== undefined) {
      const movePpm = ppmOf(absBigint(answer - feed.lastAnswer), feed.lastAnswer);
      if (movePpm > BigInt(feed.maxDeviationPpm)) {
        const confirm = feed.confirmMove;
        const confirmed = confirm !== undefined && confirm.answer > 0n && ppmOf(absBigint(answer - confirm.answer), confirm.answer) <= BigInt(params.aggregation.confirmTolerancePpm);
        if (!confirmed) {
          return refuse(
            base,
            "move-unconfirmed",
            `move of ${movePpm} ppm from the on-chain answer exceeds ${feed.maxDeviationPpm} ppm; pass this candidate as confirmMove in a later round to confirm`,
            { answer, observedAt: params.observedAt },
          );
        }
      }
    }
    return { ...base, answer, refusal: undefined };
  });

  const accepted = new Map(feeds.filter((f) => f.answer !== undefined).map((f) => [f.symbol, f]));
  const jobs: SigningJob[] = [];
  for (const destination of params.destinations) {
    const here = destination.feeds.filter((s) => accepted.has(s));
    if (here.length === 0) continue;
    const reports: Report[] = here.map((s) => {
      const f = accepted.get(s)!;
      return { feedId: f.feedId, answer: f.answer!, observedAt: BigInt(params.observedAt) };
    });
    const domain = { chainId: destination.chainId, verifyingContract: destination.receiver };
    if (destination.direct) {
      const tx = buildDirectTx(destination, reports);
      jobs.push({ destination, sigName: destination.sigName, kind: "tx", reports, feeds: here, digest: directTxSigningHash(tx), tx });
    } else if (reports.length === 1) {
      jobs.push({ destination, sigName: destination.sigName, kind: "report", reports, feeds: here, digest: reportDigest(domain, reports[0]!), tx: undefined });
    } else {
      jobs.push({ destination, sigName: destination.sigName, kind: "batch", reports, feeds: here, digest: batchDigest(domain, reports), tx: undefined });
    }
  }
  return { feeds, jobs };
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
