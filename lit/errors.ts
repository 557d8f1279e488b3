/**
 * Typed failures of a Lit execution, on the keeper's retry taxonomy:
 * - `LitActionError` (non-retryable): the action threw, broke a limit, or was not authorized.
 * - `LitNetworkError` (retryable): timeouts, too few node responses, 429/5xx from a gateway.
 * - `NoValidSharesError` (retryable): the nodes signed different digests (nondeterminism); the v8
 *   client retries these too, since inputs may converge on the next round.
 * Each carries the per-node errors (`metaMessages`) and the action's `logs` when known.
 */
import { NonRetryableError, RetryableError, type BaseErrorParameters } from "../common/errors.ts";

export type LitErrorParameters = BaseErrorParameters & { logs?: string; nodeErrors?: string[]; status?: number };

export class LitActionError extends NonRetryableError {
  override name = "LitActionError";
  readonly logs: string;
  readonly nodeErrors: string[];
  readonly status: number | undefined;
  constructor(shortMessage: string, parameters: LitErrorParameters = {}) {
    super(shortMessage, { ...parameters, metaMessages: parameters.metaMessages ?? parameters.nodeErrors });
    this.logs = parameters.logs ?? "";
    this.nodeErrors = parameters.nodeErrors ?? [];
    this.status = parameters.status;
  }
}

export class LitNetworkError extends RetryableError {
  override name = "LitNetworkError";
  readonly logs: string;
  readonly nodeErrors: string[];
  readonly status: number | undefined;
  constructor(shortMessage: string, parameters: LitErrorParameters = {}) {
    super(shortMessage, { ...parameters, metaMessages: parameters.metaMessages ?? parameters.nodeErrors });
    this.logs = parameters.logs ?? "";
    this.nodeErrors = parameters.nodeErrors ?? [];
    this.status = parameters.status;
  }
}

export class NoValidSharesError extends LitNetworkError {
  override name = "NoValidShares";
}
