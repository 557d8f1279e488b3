/**
 * Exponential backoff with full jitter (delay = random(0, min(max, base * 2^attempt))), retrying only
 * what the error taxonomy calls retryable. Cancellable through an AbortSignal.
 */
import { isRetryable } from "../../common/errors.ts";

/** First backoff window. */
export const RETRY_BASE_DELAY_MS = 200;
/** Backoff window ceiling. */
export const RETRY_MAX_DELAY_MS = 5_000;
/** Attempts in total (first try included). */
export const RETRY_MAX_ATTEMPTS = 5;

export type RetryParameters = {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Decides whether an error is worth another attempt; default: `isRetryable`. */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait (logging, metrics). */
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number }) => void;
  signal?: AbortSignal;
  /** Injected randomness in [0, 1) for deterministic tests. */
  random?: () => number;
  /** Injected sleep for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

/** The full-jitter delay for a 0-based retry number. */
export function backoffDelayMs(retry: number, parameters: { baseDelayMs?: number; maxDelayMs?: number; random?: () => number } = {}): number {
  const base = parameters.baseDelayMs ?? RETRY_BASE_DELAY_MS;
  const max = parameters.maxDelayMs ?? RETRY_MAX_DELAY_MS;
  const window = Math.min(max, base * 2 ** retry);
  return Math.floor((parameters.random ?? Math.random)() * window);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Runs `fn(attempt)` until it resolves, a non-retryable error is thrown, or attempts run out. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, parameters: RetryParameters = {}): Promise<T> {
  const attempts = parameters.attempts ?? RETRY_MAX_ATTEMPTS;
  const shouldRetry = parameters.shouldRetry ?? ((error: unknown) => isRetryable(error));
  const wait = parameters.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    parameters.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || !shouldRetry(error, attempt) || parameters.signal?.aborted) throw error;
      const delayMs = backoffDelayMs(attempt - 1, parameters);
      parameters.onRetry?.({ error, attempt, delayMs });
      await wait(delayMs, parameters.signal);
    }
  }
}
