/**
 * Token buckets keyed by client (the socket's remote address): `capacity` tokens, refilled continuously
 * at `refillPerSecond`. A request takes one token or is refused with the seconds until one is back
 * (the `Retry-After` of a 429). The number of tracked clients is bounded: past `maxClients` the least
 * recently seen bucket is dropped (a dropped client starts again with a full bucket, which is the
 * cheapest safe choice: it can never be worse than `capacity` extra requests per eviction).
 */

/** Clients tracked per limiter before the least recently seen is dropped. */
export const DEFAULT_MAX_RATE_LIMIT_CLIENTS = 10_000;

export type RateLimitParameters = {
  /** Burst size (tokens). */
  capacity: number;
  /** Refill rate, tokens per second. */
  refillPerSecond: number;
  maxClients?: number;
  /** Milliseconds clock (tests). */
  nowMs?: () => number;
};

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  take(client: string): RateDecision;
  /** Clients currently tracked. */
  size(): number;
};

export function createRateLimiter(parameters: RateLimitParameters): RateLimiter {
  if (!(parameters.capacity >= 1) || !(parameters.refillPerSecond > 0)) throw new RangeError("rate limiter: capacity >= 1 and refillPerSecond > 0 required");
  const nowMs = parameters.nowMs ?? (() => performance.now());
  const maxClients = parameters.maxClients ?? DEFAULT_MAX_RATE_LIMIT_CLIENTS;
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently seen first.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const t = nowMs();
      const bucket = buckets.get(client) ?? { tokens: parameters.capacity, at: t };
      buckets.delete(client);
      bucket.tokens = Math.min(parameters.capacity, bucket.tokens + ((t - bucket.at) / 1000) * parameters.refillPerSecond);
      bucket.at = t;
      buckets.set(client, bucket);
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, remaining: Math.floor(bucket.tokens) };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / parameters.refillPerSecond)) };
    },
    size: () => buckets.size,
  };
}
