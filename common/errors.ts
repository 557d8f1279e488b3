/**
 * Shared by every layer (actions/, lit/, sim/, sdk/, keeper/): this module imports nothing of ours.
 * The error taxonomy. Retry logic branches on the class, never on message text:
 * - `RetryableError`: transient (RPC timeout, 429, Lit node timeout); try again with backoff.
 * - `NonRetryableError`: will fail the same way again (bad config, revert with a reason, invalid report).
 * - `AlreadyDoneError`: the goal is already met (a newer report on chain, nonce too low for a landed
 *   transaction); counts as success so redundant keepers are safe.
 */
export type BaseErrorParameters = {
  cause?: unknown;
  details?: string;
  metaMessages?: string[];
};

export class BaseError extends Error {
  override name = "BaseError";
  readonly shortMessage: string;
  readonly details: string | undefined;
  readonly metaMessages: string[];

  constructor(shortMessage: string, parameters: BaseErrorParameters = {}) {
    const lines = [shortMessage];
    if (parameters.metaMessages?.length) lines.push("", ...parameters.metaMessages);
    if (parameters.details) lines.push("", `Details: ${parameters.details}`);
    super(lines.join("\n"), parameters.cause === undefined ? undefined : { cause: parameters.cause });
    this.shortMessage = shortMessage;
    this.details = parameters.details;
    this.metaMessages = parameters.metaMessages ?? [];
  }

  /** Follows the `cause` chain; returns the first error matching `predicate`, or the deepest one. */
  walk(predicate?: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    for (;;) {
      if (predicate?.(current)) return current;
      const next = current instanceof Error ? current.cause : undefined;
      if (next === undefined) return predicate ? undefined : current;
      current = next;
    }
  }
}

export class RetryableError extends BaseError {
  override name = "RetryableError";
}

export class NonRetryableError extends BaseError {
  override name = "NonRetryableError";
}

export class AlreadyDoneError extends BaseError {
  override name = "AlreadyDoneError";
}

export function isRetryable(error: unknown): boolean {
  return error instanceof RetryableError;
}

export function isAlreadyDone(error: unknown): boolean {
  return error instanceof AlreadyDoneError;
}
