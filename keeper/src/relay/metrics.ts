/**
 * Relay-loop metrics, registered on the keeper's registry (or a fresh one): queue depth and the oldest
 * undelivered message's age per route, delivery latency (source block time to destination receipt),
 * deliveries, and failures / dead letters by reason.
 */
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { METRIC_PREFIX } from "../metrics.ts";

/** Buckets of the send-to-delivered histogram, seconds. */
export const RELAY_LATENCY_BUCKETS_SECONDS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 900, 1800];

export type RelayMetrics = {
  readonly registry: Registry;
  queueDepth: Gauge<"route" | "state">;
  oldestPendingAge: Gauge<"route">;
  deliveryLatency: Histogram<"route">;
  delivered: Counter<"route" | "how">;
  failures: Counter<"route" | "reason">;
  deadLettered: Counter<"route" | "reason">;
};

export function createRelayMetrics(registry: Registry = new Registry()): RelayMetrics {
  const registers = [registry];
  return {
    registry,
    queueDepth: new Gauge({ name: `${METRIC_PREFIX}relay_queue_depth`, help: "Messages not yet delivered, by route and state (pending, submitted, failed)", labelNames: ["route", "state"], registers }),
    oldestPendingAge: new Gauge({ name: `${METRIC_PREFIX}relay_oldest_pending_age_seconds`, help: "Age of the oldest undelivered message (now - source block time)", labelNames: ["route"], registers }),
    deliveryLatency: new Histogram({ name: `${METRIC_PREFIX}relay_delivery_latency_seconds`, help: "Source block time to destination delivery receipt", labelNames: ["route"], buckets: RELAY_LATENCY_BUCKETS_SECONDS, registers }),
    delivered: new Counter({ name: `${METRIC_PREFIX}relay_delivered_total`, help: "Messages consumed on the destination, by how (single, batch, retry, elsewhere)", labelNames: ["route", "how"], registers }),
    failures: new Counter({ name: `${METRIC_PREFIX}relay_failures_total`, help: "Relay attempts that did not deliver, by reason", labelNames: ["route", "reason"], registers }),
    deadLettered: new Counter({ name: `${METRIC_PREFIX}relay_dead_lettered_total`, help: "Messages given up on (need an operator), by reason", labelNames: ["route", "reason"], registers }),
  };
}
