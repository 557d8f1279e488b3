/**
 * Prometheus metrics, one registry per keeper instance (no global default registry), so two keepers in
 * one process (tests, the embedded stack) never mix their numbers.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const METRIC_PREFIX = "lit_oracle_";
/** Buckets for the Lit execution latency histogram (seconds). */
export const LIT_EXECUTION_BUCKETS_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60];
/** Buckets for trigger-to-confirmed round trips (seconds). */
export const ROUND_TRIP_BUCKETS_SECONDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300];

/** Buckets of the executions-per-round histogram. */
export const ROUND_EXECUTIONS_BUCKETS = [1, 2, 3, 4, 6, 8, 12, 16, 32];
/** Buckets of the feeds-per-execution histogram. */
export const FEEDS_PER_EXECUTION_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

export type KeeperMetrics = {
  readonly registry: Registry;
  /** Age of the on-chain answer, seconds (refreshed on every read and by the HTTP scrape). */
  answerAge: Gauge<"feed" | "chain">;
  /** The on-chain answer, as a float in feed units (informational). */
  answer: Gauge<"feed" | "chain">;
  updates: Counter<"feed" | "chain" | "reason">;
  skipped: Counter<"feed" | "chain" | "reason">;
  failures: Counter<"feed" | "chain" | "reason">;
  alreadyDone: Counter<"feed" | "chain" | "reason">;
  decisions: Counter<"feed" | "chain" | "reason">;
  gasSpent: Counter<"chain">;
  feesSpentWei: Counter<"chain">;
  signerBalance: Gauge<"chain" | "address">;
  litExecution: Histogram<"outcome">;
  roundTrip: Histogram<"feed" | "chain">;
  txReplacements: Counter<"chain">;
  rpcFailovers: Counter<"chain">;
  breakerState: Gauge<"breaker">;
  pendingTxs: Gauge<"chain">;
  /** Sources of a feed in the last Lit result, by status (used / outlier / rejected): the dashboard's source chips. */
  feedSources: Gauge<"feed" | "status">;
  /** Feeds the action refused (quorum, spread, unconfirmed large move), by refusal code. */
  refusals: Counter<"feed" | "code">;
  /** The feed's heartbeat, so `feed_answer_age_seconds / feed_heartbeat_seconds` can be alerted on. */
  heartbeat: Gauge<"feed" | "chain">;
  /** HTTP requests by route and status (dashboard, pull mode, ops). */
  httpRequests: Counter<"route" | "status">;
  /** Requests refused with 429, by route. */
  rateLimited: Counter<"route">;
  /** Pull responses: cache-hit / built / round. */
  pullResponses: Counter<"result">;
  /** On-demand rounds: run / joined / cached / failed. */
  pullRounds: Counter<"result">;
  /** Open dashboard event streams. */
  sseClients: Gauge;
  /** Lit executions the round planner used per round. */
  roundExecutions: Histogram;
  /** Feeds per planned Lit execution. */
  feedsPerExecution: Histogram;
  /** Transactions the last round planned per chain. */
  txsPerRound: Gauge<"chain">;
};

export function createMetrics(parameters: { defaultMetrics?: boolean; labels?: Record<string, string> } = {}): KeeperMetrics {
  const registry = new Registry();
  if (parameters.labels) registry.setDefaultLabels(parameters.labels);
  if (parameters.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const registers = [registry];
  return {
    registry,
    answerAge: new Gauge({ name: `${METRIC_PREFIX}feed_answer_age_seconds`, help: "Age of the on-chain answer (now - observedAt)", labelNames: ["feed", "chain"], registers }),
    answer: new Gauge({ name: `${METRIC_PREFIX}feed_answer`, help: "Latest on-chain answer in feed units", labelNames: ["feed", "chain"], registers }),
    updates: new Counter({ name: `${METRIC_PREFIX}updates_total`, help: "Reports landed on chain by this keeper", labelNames: ["feed", "chain", "reason"], registers }),
    skipped: new Counter({ name: `${METRIC_PREFIX}skipped_total`, help: "Rounds that decided not to update, by reason", labelNames: ["feed", "chain", "reason"], registers }),
    failures: new Counter({ name: `${METRIC_PREFIX}failures_total`, help: "Failed updates, by reason", labelNames: ["feed", "chain", "reason"], registers }),
    alreadyDone: new Counter({ name: `${METRIC_PREFIX}already_done_total`, help: "Updates found already done (another keeper, a newer report), counted as success", labelNames: ["feed", "chain", "reason"], registers }),
    decisions: new Counter({ name: `${METRIC_PREFIX}decisions_total`, help: "Update decisions, by reason", labelNames: ["feed", "chain", "reason"], registers }),
    gasSpent: new Counter({ name: `${METRIC_PREFIX}gas_spent_total`, help: "Gas used by this keeper's mined transactions", labelNames: ["chain"], registers }),
    feesSpentWei: new Counter({ name: `${METRIC_PREFIX}fees_spent_wei_total`, help: "gasUsed * effectiveGasPrice of this keeper's mined transactions", labelNames: ["chain"], registers }),
    signerBalance: new Gauge({ name: `${METRIC_PREFIX}signer_balance_wei`, help: "Keeper signer balance", labelNames: ["chain", "address"], registers }),
    litExecution: new Histogram({ name: `${METRIC_PREFIX}lit_execution_seconds`, help: "Lit action execution latency", labelNames: ["outcome"], buckets: LIT_EXECUTION_BUCKETS_SECONDS, registers }),
    roundTrip: new Histogram({ name: `${METRIC_PREFIX}round_trip_seconds`, help: "Trigger to confirmed update", labelNames: ["feed", "chain"], buckets: ROUND_TRIP_BUCKETS_SECONDS, registers }),
    txReplacements: new Counter({ name: `${METRIC_PREFIX}tx_replacements_total`, help: "Fee-bumped replacements of stuck transactions", labelNames: ["chain"], registers }),
    rpcFailovers: new Counter({ name: `${METRIC_PREFIX}rpc_failovers_total`, help: "Requests that failed on one RPC URL and were retried on the next", labelNames: ["chain"], registers }),
    breakerState: new Gauge({ name: `${METRIC_PREFIX}circuit_open`, help: "1 when the named circuit breaker is open or half-open", labelNames: ["breaker"], registers }),
    pendingTxs: new Gauge({ name: `${METRIC_PREFIX}pending_transactions`, help: "Broadcast transactions awaiting confirmation", labelNames: ["chain"], registers }),
    feedSources: new Gauge({ name: `${METRIC_PREFIX}feed_sources`, help: "Sources of the feed in the last Lit result, by status (one node's view)", labelNames: ["feed", "status"], registers }),
    refusals: new Counter({ name: `${METRIC_PREFIX}refusals_total`, help: "Feeds the action refused, by refusal code", labelNames: ["feed", "code"], registers }),
    heartbeat: new Gauge({ name: `${METRIC_PREFIX}feed_heartbeat_seconds`, help: "Configured heartbeat of the feed", labelNames: ["feed", "chain"], registers }),
    httpRequests: new Counter({ name: `${METRIC_PREFIX}http_requests_total`, help: "HTTP requests by route and status", labelNames: ["route", "status"], registers }),
    rateLimited: new Counter({ name: `${METRIC_PREFIX}http_rate_limited_total`, help: "Requests refused with 429, by route", labelNames: ["route"], registers }),
    pullResponses: new Counter({ name: `${METRIC_PREFIX}pull_responses_total`, help: "Pull-mode report responses (cache-hit, built, round)", labelNames: ["result"], registers }),
    roundExecutions: new Histogram({ name: `${METRIC_PREFIX}round_lit_executions`, help: "Lit executions the round planner used per round", buckets: ROUND_EXECUTIONS_BUCKETS, registers }),
    feedsPerExecution: new Histogram({ name: `${METRIC_PREFIX}round_feeds_per_execution`, help: "Feeds per planned Lit execution", buckets: FEEDS_PER_EXECUTION_BUCKETS, registers }),
    txsPerRound: new Gauge({ name: `${METRIC_PREFIX}round_transactions`, help: "Transactions the last round planned per chain", labelNames: ["chain"], registers }),
    pullRounds: new Counter({ name: `${METRIC_PREFIX}pull_rounds_total`, help: "On-demand rounds (run, joined, cached, failed)", labelNames: ["result"], registers }),
    sseClients: new Gauge({ name: `${METRIC_PREFIX}dashboard_streams`, help: "Open dashboard event streams", registers }),
  };
}
