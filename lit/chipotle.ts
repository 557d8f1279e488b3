/**
 * Client for Chipotle, Lit's live v3 REST API (`POST /core/v1/lit_action` `{code, js_params}` →
 * `{response, logs, has_error}`), behind `LitRuntime`.
 *
 * - Sends the code inline (Chipotle resolves `ipfs_id` only from its cache of code it has seen).
 *   Actions must be Chipotle-shaped: `async function main(params)` returning the response; the
 *   action build produces that wrapper.
 * - Branches on the HTTP status, not `has_error`: 400/401/402/403/404 are `LitActionError`
 *   (non-retryable); 429, 5xx and network failures are retried with exponential backoff and full
 *   jitter, then surface as `LitNetworkError` (retryable by the caller's next round).
 * - The API key goes only into the `X-Api-Key` header; errors carry a sanitised cause (never axios's
 *   request config), so logging an error cannot leak the key.
 * - Normalises to `ExecuteResult`: a `signatures` field of the returned object whose entries have the
 *   `LitSignature` shape is lifted into `signatures` (the convention with the price-feed action).
 */
import axios, { type AxiosInstance } from "axios";
import type { ExecuteOptions, ExecuteRequest, ExecuteResult, LitRuntime, LitSignature } from "./types.ts";
import { LitActionError, LitNetworkError } from "./errors.ts";

export const CHIPOTLE_DEFAULT_BASE_URL = "https://api.chipotle.litprotocol.com/core/v1";
/** Attempts per request including the first (Chipotle's spec: retry 429 up to five times). */
export const CHIPOTLE_MAX_ATTEMPTS = 6;
/** First backoff step, ms; doubles each attempt. */
export const CHIPOTLE_BACKOFF_BASE_MS = 250;
/** Backoff ceiling, ms. */
export const CHIPOTLE_BACKOFF_MAX_MS = 8_000;
/** Per-request HTTP timeout, ms (an action may run long; Chipotle's own limit is 15 min). */
export const CHIPOTLE_REQUEST_TIMEOUT_MS = 120_000;

export type ChipotleClientConfig = {
  baseUrl?: string;
  apiKey: string;
  timeoutMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
};

export type ChipotleClientDeps = {
  /** Injectable for tests; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform [0, 1) for jitter. */
  random?: () => number;
  /** Called before each retry (never receives the API key). */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined; reason: string }) => void;
};

const RETRYABLE_NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "ECONNABORTED", "EPIPE", "EAI_AGAIN", "ERR_NETWORK", "ENOTFOUND"]);

export function createChipotleRuntime(config: ChipotleClientConfig, deps: ChipotleClientDeps = {}): LitRuntime {
  if (!config.apiKey) throw new LitActionError("Chipotle needs an API key (set it in the environment, e.g. LIT_CHIPOTLE_API_KEY)");
  const baseUrl = (config.baseUrl ?? CHIPOTLE_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const maxAttempts = config.maxAttempts ?? CHIPOTLE_MAX_ATTEMPTS;
  const baseMs = config.backoffBaseMs ?? CHIPOTLE_BACKOFF_BASE_MS;
  const maxMs = config.backoffMaxMs ?? CHIPOTLE_BACKOFF_MAX_MS;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const http: AxiosInstance = axios.create({
    baseURL: baseUrl,
    timeout: config.timeoutMs ?? CHIPOTLE_REQUEST_TIMEOUT_MS,
    headers: { "content-type": "application/json", "x-api-key": config.apiKey },
    // Every status is handled here, so axios never throws an error that embeds the request config.
    validateStatus: () => true,
    maxBodyLength: Infinity,
    maxContentLength: Infinity,
  });

  const execute = async (request: ExecuteRequest, options: ExecuteOptions = {}): Promise<ExecuteResult> => {
    if (request.code === undefined && request.ipfsId === undefined) throw new LitActionError("Either code or ipfsId is required");
    const body: Record<string, unknown> = { js_params: request.jsParams ?? {} };
    if (request.code !== undefined) body.code = request.code;
    else body.ipfs_id = request.ipfsId;
    let last: { status: number | undefined; reason: string } = { status: undefined, reason: "no attempt made" };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (options.signal?.aborted) throw new LitNetworkError("Chipotle request aborted");
      let status: number | undefined;
      let data: unknown;
      try {
        const response = await http.post("/lit_action", body, { signal: options.signal });
        status = response.status;
        data = response.data;
      } catch (error) {
        const code = (error as { code?: string }).code;
        const reason = `network error ${code ?? ""} ${(error as Error).message ?? ""}`.trim();
        if (axios.isCancel(error) || options.signal?.aborted) throw new LitNetworkError("Chipotle request aborted");
        if (code && !RETRYABLE_NETWORK_CODES.has(code)) throw new LitNetworkError(`Chipotle request failed: ${reason}`, { cause: new Error(reason) });
        last = { status: undefined, reason };
      }
      if (status !== undefined) {
        if (status >= 200 && status < 300) return normalise(data);
        const message = messageOf(data) ?? `HTTP ${status}`;
        const logs = typeof (data as { logs?: unknown })?.logs === "string" ? (data as { logs: string }).logs : "";
        if (status !== 429 && status < 500) {
          throw new LitActionError(`Chipotle rejected the request (${status}): ${message}`, { status, logs, metaMessages: hintFor(status) });
        }
        last = { status, reason: message };
      }
      if (attempt === maxAttempts) break;
      const delayMs = Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
      deps.onRetry?.({ attempt, delayMs, status: last.status, reason: last.reason });
      await sleep(delayMs);
    }
    throw new LitNetworkError(`Chipotle request failed after ${maxAttempts} attempts: ${last.status ? `HTTP ${last.status} ` : ""}${last.reason}`, {
      status: last.status,
      cause: new Error(last.reason),
    });
  };

  return { kind: "chipotle", execute };
}

/** `{response, logs, has_error}` → `ExecuteResult`, lifting `response.signatures` when it holds `LitSignature`s. */
export function normaliseChipotleResponse(data: unknown): ExecuteResult {
  return normalise(data);
}

function normalise(data: unknown): ExecuteResult {
  if (!data || typeof data !== "object" || !("response" in data)) {
    throw new LitNetworkError("Chipotle returned an unexpected body (no `response` field)");
  }
  const body = data as { response: unknown; logs?: unknown; has_error?: unknown };
  const logs = typeof body.logs === "string" ? body.logs : "";
  if (body.has_error === true) throw new LitActionError("Chipotle reported has_error for the action", { logs });
  let response = body.response;
  let signatures: Record<string, LitSignature> = {};
  if (response && typeof response === "object" && !Array.isArray(response) && "signatures" in response) {
    const candidate = (response as { signatures: unknown }).signatures;
    if (candidate && typeof candidate === "object" && Object.values(candidate).every(isLitSignature)) {
      signatures = candidate as Record<string, LitSignature>;
      const { signatures: _lifted, ...rest } = response as Record<string, unknown>;
      void _lifted;
      response = rest;
    }
  }
  return { success: true, response, signatures, logs };
}

export function isLitSignature(value: unknown): value is LitSignature {
  if (!value || typeof value !== "object") return false;
  const sig = value as Record<string, unknown>;
  return (
    typeof sig.signature === "string" &&
    /^0x[0-9a-fA-F]{128}$/.test(sig.signature) &&
    typeof sig.signedData === "string" &&
    typeof sig.publicKey === "string" &&
    (sig.recoveryId === 0 || sig.recoveryId === 1)
  );
}

function messageOf(data: unknown): string | undefined {
  if (data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string") return (data as { message: string }).message;
  if (typeof data === "string" && data) return data.slice(0, 500);
  return undefined;
}

function hintFor(status: number): string[] {
  switch (status) {
    case 401:
      return ["Check the Chipotle API key (X-Api-Key)."];
    case 402:
      return ["The Chipotle account balance is exhausted: top up credits."];
    case 403:
      return ["The API key needs execute rights on a group containing this action's CID."];
    default:
      return [];
  }
}
