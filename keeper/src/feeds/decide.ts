/**
 * The update decision, OCR-style: push a report when the off-chain median deviates from the on-chain
 * answer by more than the feed's threshold, or when the heartbeat is (about to be) due. Pure: the
 * caller passes the clock. Deviation is computed in integer parts per million with bigint, so there is
 * no floating-point rounding at the threshold.
 */

export type DecisionReason =
  /** Nothing on chain yet. */
  | "initial"
  /** |off - on| / |on| > threshold. */
  | "deviation"
  /** The on-chain answer is (about to be) older than the heartbeat. */
  | "heartbeat"
  /** Fresh enough and close enough: skip. */
  | "within-threshold"
  /** The on-chain report is already as new as (or newer than) ours: another keeper landed it. */
  | "already-current"
  /** The action produced no answer for this feed (sources refused): skip. */
  | "no-answer";

export type OnChainState = {
  answer: bigint;
  /** Unix seconds of the report on chain (its observedAt). 0 when nothing was ever reported. */
  updatedAt: bigint;
};

export type OffChainObservation = {
  answer: bigint;
  /** Unix seconds at which the sources were observed. */
  observedAt: bigint;
};

export type DecideParameters = {
  onChain: OnChainState | undefined;
  offChain: OffChainObservation | undefined;
  feed: { deviationPpm: number; heartbeatSeconds: number; heartbeatLeadSeconds?: number };
  /** Unix seconds. */
  now: bigint;
};

export type Decision = {
  update: boolean;
  reason: DecisionReason;
  details: {
    /** Deviation of the off-chain answer from the on-chain one, ppm (undefined when not computable). */
    deviationPpm?: bigint;
    thresholdPpm: number;
    /** Age of the on-chain answer, seconds. */
    ageSeconds?: bigint;
    heartbeatSeconds: number;
    onChainAnswer?: bigint;
    offChainAnswer?: bigint;
  };
};

export const PPM = 1_000_000n;
/** Cap on the automatic heartbeat lead (refresh early so a tick interval never makes a feed stale). */
export const MAX_DEFAULT_HEARTBEAT_LEAD_SECONDS = 60;

/** |a - b| * 1e6 / |b| in whole ppm, rounded down; `undefined` when b is 0 (infinite deviation). */
export function deviationPpm(offChain: bigint, onChain: bigint): bigint | undefined {
  if (onChain === 0n) return undefined;
  const diff = offChain > onChain ? offChain - onChain : onChain - offChain;
  const base = onChain < 0n ? -onChain : onChain;
  return (diff * PPM) / base;
}

export function heartbeatLeadSeconds(feed: { heartbeatSeconds: number; heartbeatLeadSeconds?: number }): number {
  if (feed.heartbeatLeadSeconds !== undefined) return feed.heartbeatLeadSeconds;
  return Math.min(MAX_DEFAULT_HEARTBEAT_LEAD_SECONDS, Math.floor(feed.heartbeatSeconds / 10));
}

export function decide(parameters: DecideParameters): Decision {
  const { onChain, offChain, feed, now } = parameters;
  const details: Decision["details"] = { thresholdPpm: feed.deviationPpm, heartbeatSeconds: feed.heartbeatSeconds };
  if (onChain && onChain.updatedAt > 0n) {
    details.onChainAnswer = onChain.answer;
    details.ageSeconds = now > onChain.updatedAt ? now - onChain.updatedAt : 0n;
  }
  if (!offChain) return { update: false, reason: "no-answer", details };
  details.offChainAnswer = offChain.answer;
  if (!onChain || onChain.updatedAt === 0n) return { update: true, reason: "initial", details };
  if (offChain.observedAt <= onChain.updatedAt) return { update: false, reason: "already-current", details };

  const deviation = deviationPpm(offChain.answer, onChain.answer);
  if (deviation !== undefined) details.deviationPpm = deviation;
  if (deviation === undefined || deviation > BigInt(feed.deviationPpm)) return { update: true, reason: "deviation", details };

  const dueAt = onChain.updatedAt + BigInt(feed.heartbeatSeconds - heartbeatLeadSeconds(feed));
  if (now >= dueAt) return { update: true, reason: "heartbeat", details };
  return { update: false, reason: "within-threshold", details };
}

/** JSON-safe view of a decision for logs and `--json` output (bigints as strings). */
export function decisionToJson(decision: Decision): Record<string, unknown> {
  const d = decision.details;
  return {
    update: decision.update,
    reason: decision.reason,
    ...(d.deviationPpm !== undefined ? { deviationPpm: Number(d.deviationPpm) } : {}),
    thresholdPpm: d.thresholdPpm,
    ...(d.ageSeconds !== undefined ? { ageSeconds: Number(d.ageSeconds) } : {}),
    heartbeatSeconds: d.heartbeatSeconds,
  };
}
