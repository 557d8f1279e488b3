/**
 * A circuit breaker: after `failureThreshold` consecutive failures it opens and rejects calls
 * immediately for `openMs`; then one trial call is let through (half-open): success closes it, failure
 * re-opens it. Protects a failing Lit runtime or RPC from being hammered and keeps rounds fast-failing.
 */
import { RetryableError } from "../../common/errors.ts";

/** Consecutive failures that open the circuit. */
export const BREAKER_FAILURE_THRESHOLD = 5;
/** How long an open circuit rejects calls before a trial. */
export const BREAKER_OPEN_MS = 30_000;

export type BreakerState = "closed" | "open" | "half-open";

export class CircuitOpenError extends RetryableError {
  override name = "CircuitOpenError";
}

export type CircuitBreaker = {
  readonly name: string;
  state(): BreakerState;
  /** Runs `fn` through the breaker; errors for which `counts(error)` is false do not count as failures. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  reset(): void;
};

export type CreateBreakerParameters = {
  name: string;
  failureThreshold?: number;
  openMs?: number;
  now?: () => number;
  /** Which errors count as a failure of the dependency (default: all). */
  counts?: (error: unknown) => boolean;
  onStateChange?: (state: BreakerState) => void;
};

export function createCircuitBreaker(parameters: CreateBreakerParameters): CircuitBreaker {
  const threshold = parameters.failureThreshold ?? BREAKER_FAILURE_THRESHOLD;
  const openMs = parameters.openMs ?? BREAKER_OPEN_MS;
  const now = parameters.now ?? Date.now;
  const counts = parameters.counts ?? (() => true);
  let failures = 0;
  let openedAt = 0;
  let current: BreakerState = "closed";
  let trialInFlight = false;

  const set = (state: BreakerState) => {
    if (state === current) return;
    current = state;
    parameters.onStateChange?.(state);
  };

  const state = (): BreakerState => {
    if (current === "open" && now() - openedAt >= openMs) set("half-open");
    return current;
  };

  return {
    name: parameters.name,
    state,
    reset() {
      failures = 0;
      trialInFlight = false;
      set("closed");
    },
    async run<T>(fn: () => Promise<T>): Promise<T> {
      const s = state();
      if (s === "open" || (s === "half-open" && trialInFlight)) {
        throw new CircuitOpenError(`circuit "${parameters.name}" is open`, {
          metaMessages: [`after ${failures} consecutive failures; next trial in ${Math.max(0, openMs - (now() - openedAt))} ms`],
        });
      }
      const trial = s === "half-open";
      if (trial) trialInFlight = true;
      try {
        const result = await fn();
        failures = 0;
        set("closed");
        return result;
      } catch (error) {
        if (counts(error)) {
          failures++;
          if (trial || failures >= threshold) {
            openedAt = now();
            set("open");
          }
        } else if (trial) {
          set("closed");
        }
        throw error;
      } finally {
        if (trial) trialInFlight = false;
      }
    },
  };
}
