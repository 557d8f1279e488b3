/**
 * The relay loop's tunables and their defaults, in one module with no dependencies, so the config
 * schema (keeper/src/config/schema.ts) can name them without importing the loop.
 */

/** Most source blocks read by one `eth_getLogs` (providers cap ranges; 2,000 is accepted by most). */
export const RELAY_SCAN_BLOCKS = 2_000;
/** Messages signed in one execution and delivered in one transaction (the action allows 32). */
export const RELAY_MAX_BATCH = 16;
/** Delivery attempts (action run + transaction) before a message is dead-lettered. */
export const RELAY_MAX_ATTEMPTS = 8;
/** `retry` attempts of a failed handler before the message is dead-lettered. */
export const RELAY_MAX_HANDLER_RETRIES = 5;
/** Backoff window after the first failed attempt, ms (doubles per attempt). */
export const RELAY_RETRY_BASE_MS = 2_000;
/** Backoff window ceiling, ms. */
export const RELAY_RETRY_MAX_MS = 300_000;
/** Time between ticks of `start`, ms. */
export const RELAY_POLL_INTERVAL_MS = 2_000;
/**
 * `/ready` reports a route as behind when its oldest undelivered message, or its last complete scan of
 * the source, is older than this, seconds.
 */
export const RELAY_MAX_PENDING_AGE_SECONDS = 600;
/**
 * How long a delivered message is re-checked on the destination, ms: a reorg of the destination can undo
 * a delivery the loop already recorded (longer than any supported chain's time to finality).
 */
export const RELAY_REORG_WATCH_MS = 3_600_000;
/** Most delivered messages re-checked per tick (newest first), so the check's cost is bounded. */
export const RELAY_REORG_CHECKS_PER_TICK = 32;
