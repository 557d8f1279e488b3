/** Typed errors of the SDK: each carries a machine-readable `code` and its evidence. */

export type LitFeedErrorCode =
  | "sequencer-down"
  | "sequencer-grace-period"
  | "paused"
  | "breached"
  | "no-data"
  | "non-positive"
  | "stale";

/** A read refused by one of the consumer checks (the TypeScript twin of LitFeedLib's errors). */
export class LitFeedError extends Error {
  override name = "LitFeedError";
  readonly code: LitFeedErrorCode;
  readonly details: Readonly<Record<string, bigint | number | string | boolean>>;
  constructor(code: LitFeedErrorCode, message: string, details: Record<string, bigint | number | string | boolean> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** A log that is not a `Published` log of a lit-oracle receiver. */
export class LogDecodeError extends Error {
  override name = "LogDecodeError";
}

/** The pull endpoint answered with an error, an unexpected body, or offered an unsafe transaction. */
export class PullError extends Error {
  override name = "PullError";
  /**
   * The endpoint's error code (`rate-limited`, `no-report`, ...), or `bad-response` / `unsafe-update` /
   * `network` / `reverted`; from fetchVerifiedUpdate also `wrong-chain`, `missing-feed`,
   * `wrong-receiver`, `not-an-update`, `bad-signature`, `report-mismatch`, `expired-report`.
   */
  readonly code: string;
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  constructor(code: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
  }
}
