/**
 * Client for Chipotle, Lit's live v3 REST API (lit-api-server, every endpoint under `/core/v1/`),
 * and the `LitRuntime` over its `POST /core/v1/lit_action`.
 *
 * - Base URL: the service origin (`https://api.chipotle.litprotocol.com`, as Lit's examples take it)
 *   or the API base (`…/core/v1`); both reach `/core/v1/…`. https is required except on loopback.
 * - The API key goes only into `X-Api-Key`, only to that origin: redirects are never followed (a 3xx
 *   is an error), errors carry sanitised messages (never axios's request config), `onRetry` never sees
 *   the key.
 * - Errors follow the real server: handler errors are a bare JSON string, guard errors (401, 402,
 *   429, unknown route) Rocket's `{error:{code,reason,description}}`. Every status is a typed
 *   `ChipotleApiError` (non-retryable) except the ones worth trying again.
 * - Retries only what cannot have run: 429 load shedding (the spec: retry up to five times with
 *   exponential backoff) and connections that never opened (refused, DNS). A read (GET) is also
 *   retried on 5xx and resets. A write (POST) that may have reached the server is never repeated:
 *   each `lit_action` is billed and repeats the action's side effects; an action that fails
 *   (500 "Actions failed with …") fails the same way again.
 * - `lit_action` answers `{response, logs, has_error}`; `response` is what `main` returned (the
 *   server JSON-parses returned text). A `signatures` field holding `LitSignature`s is lifted into
 *   `ExecuteResult.signatures` (the price-feed action's convention).
 */
import axios, { type AxiosInstance } from "axios";
import type { ExecuteOptions, ExecuteRequest, ExecuteResult, LitRuntime, LitSignature } from "./types.ts";
import { LitActionError, LitNetworkError, type LitErrorParameters } from "./errors.ts";

/** The production service origin. */
export const CHIPOTLE_DEFAULT_URL = "https://api.chipotle.litprotocol.com";
export const CHIPOTLE_API_PATH = "/core/v1";
/** Attempts per request including the first (the spec: retry a 429 up to five times). */
export const CHIPOTLE_MAX_ATTEMPTS = 6;
/** First backoff step, ms; doubles each attempt. */
export const CHIPOTLE_BACKOFF_BASE_MS = 250;
/** Backoff ceiling, ms. */
export const CHIPOTLE_BACKOFF_MAX_MS = 8_000;
/** Per-request HTTP timeout, ms (an action may run up to 15 min on Chipotle; the keeper sets its own). */
export const CHIPOTLE_REQUEST_TIMEOUT_MS = 120_000;
/** Default page size for the list endpoints. */
export const CHIPOTLE_PAGE_SIZE = 100;

export type ChipotleClientConfig = {
  /** Origin or API base; default {@link CHIPOTLE_DEFAULT_URL}. */
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
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined; reason: string; path: string }) => void;
};

/** A non-2xx answer (or a refused redirect) from Chipotle. Non-retryable unless `LitNetworkError`. */
export class ChipotleApiError extends LitActionError {
  override name = "ChipotleApiError";
  /** The server's message: the bare string of a handler error, or the catcher's `reason: description`. */
  readonly serverMessage: string;
  readonly path: string;
  constructor(shortMessage: string, parameters: LitErrorParameters & { serverMessage: string; path: string }) {
    super(shortMessage, parameters);
    this.serverMessage = parameters.serverMessage;
    this.path = parameters.path;
  }
}

/** A bad client configuration (URL scheme, missing key). */
export class ChipotleConfigError extends LitActionError {
  override name = "ChipotleConfigError";
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
/** Errors raised before the request left this machine: safe to repeat for any method. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
/** Errors after which a read is worth repeating. */
const READ_RETRY_CODES = new Set(["ECONNRESET", "ETIMEDOUT", "ECONNABORTED", "EPIPE", "ERR_NETWORK"]);

/**
 * `https://host[:port]` (+ `/core/v1`) from an origin or API base. Refuses anything but https,
 * except plain http to a loopback host (the local emulator's face), and URLs with credentials.
 */
export function chipotleApiBase(url: string = CHIPOTLE_DEFAULT_URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ChipotleConfigError(`Chipotle URL is not a URL: ${JSON.stringify(url)}`);
  }
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    throw new ChipotleConfigError(`Chipotle URL must be https (plain http only to loopback): ${parsed.protocol}//${parsed.host}`);
  }
  if (parsed.username || parsed.password) throw new ChipotleConfigError("Chipotle URL must not carry credentials (the API key goes in LIT_API_KEY)");
  if (parsed.search || parsed.hash) throw new ChipotleConfigError("Chipotle URL must not have a query or fragment");
  const path = parsed.pathname.replace(/\/+$/, "");
  const base = path.endsWith(CHIPOTLE_API_PATH) ? path : `${path}${CHIPOTLE_API_PATH}`;
  return `${parsed.protocol}//${parsed.host}${base}`;
}

// --- request / response shapes (spec.json components) -------------------------------------------

export type LitActionResponse = { response: unknown; logs: string; has_error: boolean };
export type AccountOp = { success: boolean };
export type UsageKeyPermissions = {
  can_create_groups: boolean;
  can_delete_groups: boolean;
  can_create_pkps: boolean;
  /** Group ids; `0` is every group. */
  manage_ipfs_ids_in_groups: number[];
  add_pkp_to_groups: number[];
  remove_pkp_from_groups: number[];
  execute_in_groups: number[];
};
export type MetadataItem = { id: string; name: string; description: string };
export type WalletItem = MetadataItem & { wallet_address: string };
export type ApiKeyItem = {
  id: string;
  api_key_hash: string;
  name: string;
  description: string;
  expiration: string;
  balance: number;
  can_create_groups: boolean;
  can_delete_groups: boolean;
  can_create_pkps: boolean;
  can_manage_ipfs_ids_in_groups: number[];
  can_add_pkp_to_groups: number[];
  can_remove_pkp_from_groups: number[];
  can_execute_in_groups: number[];
};
export type NodeChainConfig = { chain_name: string; chain_id: number; is_evm: boolean; testnet: boolean; token: string; contract_address: string };
export type LitActionClientConfig = {
  timeout_ms: number;
  async_timeout_ms: number;
  memory_limit_mb: number;
  max_code_length: number;
  max_response_length: number;
  max_console_log_length: number;
  max_fetch_count: number;
  max_get_keys_count: number;
  max_retries: number;
  client_timeout_ms_buffer: number;
};
export type Page = { page_number?: number; page_size?: number };

export type ChipotleClient = {
  readonly apiBase: string;
  // execution
  litAction(body: { code?: string; ipfs_id?: string; js_params?: unknown }, options?: ExecuteOptions): Promise<LitActionResponse>;
  getLitActionIpfsId(code: string): Promise<string>;
  // account
  newAccount(body: { account_name: string; account_description: string; email?: string }): Promise<{ api_key: string; wallet_address: string }>;
  accountExists(): Promise<boolean>;
  createWallet(): Promise<{ wallet_address: string }>;
  // groups
  addGroup(body: { group_name: string; group_description: string; pkp_ids_permitted?: string[]; cid_hashes_permitted?: string[] }): Promise<{ success: boolean; group_id: string }>;
  updateGroup(body: { group_id: number; name: string; description: string; pkp_ids_permitted?: string[]; cid_hashes_permitted?: string[] }): Promise<AccountOp>;
  removeGroup(body: { group_id: string | number }): Promise<AccountOp>;
  addActionToGroup(body: { group_id: number; action_ipfs_cid: string }): Promise<AccountOp>;
  removeActionFromGroup(body: { group_id: number; hashed_cid: string }): Promise<AccountOp>;
  addPkpToGroup(body: { group_id: number; pkp_id: string }): Promise<AccountOp>;
  removePkpFromGroup(body: { group_id: number; pkp_id: string }): Promise<AccountOp>;
  // actions
  addAction(body: { action_ipfs_cid: string; name: string; description: string }): Promise<AccountOp>;
  deleteAction(body: { hashed_cid: string }): Promise<AccountOp>;
  updateActionMetadata(body: { hashed_cid: string; name: string; description: string }): Promise<AccountOp>;
  // usage keys
  addUsageApiKey(body: { name: string; description: string } & UsageKeyPermissions): Promise<{ success: boolean; usage_api_key: string }>;
  updateUsageApiKey(body: { usage_api_key: string; name: string; description: string } & UsageKeyPermissions): Promise<AccountOp>;
  updateUsageApiKeyMetadata(body: { usage_api_key: string; name: string; description: string }): Promise<AccountOp>;
  removeUsageApiKey(body: { usage_api_key: string }): Promise<AccountOp>;
  // listings
  listApiKeys(page?: Page): Promise<ApiKeyItem[]>;
  listGroups(page?: Page): Promise<MetadataItem[]>;
  listWallets(page?: Page): Promise<WalletItem[]>;
  listWalletsInGroup(params: { group_id: number } & Page): Promise<WalletItem[]>;
  listActions(params?: { group_id?: number | string } & Page): Promise<MetadataItem[]>;
  // configuration
  getNodeChainConfig(): Promise<NodeChainConfig>;
  getChainConfigKeys(): Promise<{ keys: string[] }>;
  getLitActionClientConfig(): Promise<LitActionClientConfig>;
  getApiPayers(): Promise<string[]>;
  getAdminApiPayer(): Promise<string>;
  getVersion(): Promise<{ name: string; version: string; commit_version: string; submodule_versions: Array<[string, string]> }>;
  // billing
  billingStripeConfig(): Promise<{ publishable_key: string }>;
  billingBalance(): Promise<{ balance_cents: number; balance_display: string }>;
  billingCreatePaymentIntent(body: { amount_cents: number }): Promise<{ client_secret: string; payment_intent_id: string }>;
  billingConfirmPayment(body: { payment_intent_id: string }): Promise<AccountOp>;
};

/** A client for every endpoint of spec.json. `apiKey` may be "" for the endpoints that need none. */
export function createChipotleClient(config: ChipotleClientConfig, deps: ChipotleClientDeps = {}): ChipotleClient {
  const apiBase = chipotleApiBase(config.baseUrl ?? CHIPOTLE_DEFAULT_URL);
  const maxAttempts = config.maxAttempts ?? CHIPOTLE_MAX_ATTEMPTS;
  const baseMs = config.backoffBaseMs ?? CHIPOTLE_BACKOFF_BASE_MS;
  const maxMs = config.backoffMaxMs ?? CHIPOTLE_BACKOFF_MAX_MS;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const http: AxiosInstance = axios.create({
    baseURL: apiBase,
    timeout: config.timeoutMs ?? CHIPOTLE_REQUEST_TIMEOUT_MS,
    headers: { accept: "application/json" },
    // Every status is handled here, so axios never throws an error that embeds the request config.
    validateStatus: () => true,
    // Never follow a redirect: the key must not travel to another host (or scheme).
    maxRedirects: 0,
    maxBodyLength: Infinity,
    maxContentLength: Infinity,
    // Keep the body as text: a bare JSON string and a JSON object are told apart here.
    transformResponse: [(data: unknown) => data],
    responseType: "text",
    proxy: false,
  });

  const request = async <T>(method: "GET" | "POST", path: string, init: { body?: unknown; query?: Record<string, string | number | undefined>; auth?: boolean; signal?: AbortSignal } = {}): Promise<T> => {
    const headers: Record<string, string> = {};
    if (init.auth !== false) {
      if (!config.apiKey) throw new ChipotleConfigError(`Chipotle ${path} needs an API key (set it in the environment, e.g. LIT_API_KEY)`);
      headers["x-api-key"] = config.apiKey;
    }
    if (method === "POST") headers["content-type"] = "application/json";
    const params = init.query ? Object.fromEntries(Object.entries(init.query).filter(([, v]) => v !== undefined)) : undefined;
    const data = method === "POST" ? JSON.stringify(init.body) : undefined;
    let last: { status: number | undefined; reason: string } = { status: undefined, reason: "no attempt made" };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (init.signal?.aborted) throw new LitNetworkError(`Chipotle ${path}: request aborted`);
      let status: number | undefined;
      let text = "";
      let location: string | undefined;
      try {
        const response = await http.request({ method, url: path, headers, params, data, signal: init.signal });
        status = response.status;
        text = typeof response.data === "string" ? response.data : "";
        location = typeof response.headers.location === "string" ? response.headers.location : undefined;
      } catch (error) {
        if (axios.isCancel(error) || init.signal?.aborted) throw new LitNetworkError(`Chipotle ${path}: request aborted`);
        const code = (error as { code?: string }).code ?? "";
        const reason = `network error ${code}`.trim();
        const retry = NOT_SENT_CODES.has(code) || (method === "GET" && READ_RETRY_CODES.has(code));
        if (!retry) {
          // The request may have reached the server: a write is not repeated (it may have run and been billed).
          throw new LitNetworkError(`Chipotle ${method} ${path} failed (${reason}); not repeated${method === "POST" ? " because it may have run" : ""}`, { cause: new Error(reason) });
        }
        last = { status: undefined, reason };
      }
      if (status !== undefined) {
        if (status >= 200 && status < 300) return parseBody(text, path) as T;
        if (status >= 300 && status < 400) {
          throw new ChipotleApiError(`Chipotle ${path} answered a redirect (${status}${location ? ` to ${redactUrl(location)}` : ""}); redirects are not followed so the API key stays with ${new URL(apiBase).host}`, {
            status,
            path,
            serverMessage: "",
          });
        }
        const serverMessage = errorMessageOf(text) ?? `HTTP ${status}`;
        const retryable = status === 429 || (method === "GET" && status >= 500);
        if (!retryable) {
          const parameters = { status, path, serverMessage, metaMessages: hintFor(status, path) };
          const message = `Chipotle ${path} failed (${status}): ${serverMessage}`;
          // A gateway error on a write: the request may not have run; the caller's next round may try again.
          if (status === 502 || status === 503 || status === 504) throw new LitNetworkError(message, { status, metaMessages: parameters.metaMessages });
          throw new ChipotleApiError(message, parameters);
        }
        last = { status, reason: serverMessage };
      }
      if (attempt === maxAttempts) break;
      const delayMs = Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
      deps.onRetry?.({ attempt, delayMs, status: last.status, reason: last.reason, path });
      await sleep(delayMs);
    }
    throw new LitNetworkError(`Chipotle ${path} failed after ${maxAttempts} attempts: ${last.status ? `HTTP ${last.status} ` : ""}${last.reason}`, {
      status: last.status,
      cause: new Error(last.reason),
    });
  };

  const get = <T>(path: string, query?: Record<string, string | number | undefined>, auth = true) => request<T>("GET", path, { query, auth });
  const post = <T>(path: string, body: unknown, auth = true) => request<T>("POST", path, { body, auth });
  const paged = (page: Page = {}) => ({ page_number: page.page_number ?? 0, page_size: page.page_size ?? CHIPOTLE_PAGE_SIZE });

  return {
    apiBase,
    litAction: (body, options = {}) => request<LitActionResponse>("POST", "/lit_action", { body, ...(options.signal ? { signal: options.signal } : {}) }),
    getLitActionIpfsId: (code) => post<string>("/get_lit_action_ipfs_id", code, false),
    newAccount: (body) => post("/new_account", body, false),
    accountExists: () => get("/account_exists"),
    createWallet: () => get("/create_wallet"),
    addGroup: (body) => post("/add_group", { pkp_ids_permitted: [], cid_hashes_permitted: [], ...body }),
    updateGroup: (body) => post("/update_group", { pkp_ids_permitted: [], cid_hashes_permitted: [], ...body }),
    removeGroup: (body) => post("/remove_group", { group_id: String(body.group_id) }),
    addActionToGroup: (body) => post("/add_action_to_group", body),
    removeActionFromGroup: (body) => post("/remove_action_from_group", body),
    addPkpToGroup: (body) => post("/add_pkp_to_group", body),
    removePkpFromGroup: (body) => post("/remove_pkp_from_group", body),
    addAction: (body) => post("/add_action", body),
    deleteAction: (body) => post("/delete_action", body),
    updateActionMetadata: (body) => post("/update_action_metadata", body),
    addUsageApiKey: (body) => post("/add_usage_api_key", body),
    updateUsageApiKey: (body) => post("/update_usage_api_key", body),
    updateUsageApiKeyMetadata: (body) => post("/update_usage_api_key_metadata", body),
    removeUsageApiKey: (body) => post("/remove_usage_api_key", body),
    listApiKeys: (page) => get("/list_api_keys", paged(page)),
    listGroups: (page) => get("/list_groups", paged(page)),
    listWallets: (page) => get("/list_wallets", paged(page)),
    listWalletsInGroup: (params) => get("/list_wallets_in_group", { group_id: params.group_id, ...paged(params) }),
    listActions: (params = {}) => get("/list_actions", { group_id: params.group_id, ...paged(params) }),
    getNodeChainConfig: () => get("/get_node_chain_config", undefined, false),
    getChainConfigKeys: () => get("/get_chain_config_keys", undefined, false),
    getLitActionClientConfig: () => get("/get_lit_action_client_config", undefined, false),
    getApiPayers: () => get("/get_api_payers", undefined, false),
    getAdminApiPayer: () => get("/get_admin_api_payer", undefined, false),
    getVersion: () => get("/version", undefined, false),
    billingStripeConfig: () => get("/billing/stripe_config", undefined, false),
    billingBalance: () => get("/billing/balance"),
    billingCreatePaymentIntent: (body) => post("/billing/create_payment_intent", body),
    billingConfirmPayment: (body) => post("/billing/confirm_payment", body),
  };
}

/** The `LitRuntime` over `POST /core/v1/lit_action`. */
export function createChipotleRuntime(config: ChipotleClientConfig, deps: ChipotleClientDeps = {}): LitRuntime {
  if (!config.apiKey) throw new ChipotleConfigError("Chipotle needs an API key (set it in the environment, e.g. LIT_API_KEY)");
  const client = createChipotleClient(config, deps);
  const execute = async (request: ExecuteRequest, options: ExecuteOptions = {}): Promise<ExecuteResult> => {
    if (request.code === undefined && request.ipfsId === undefined) throw new LitActionError("Either code or ipfsId is required");
    const body: { code?: string; ipfs_id?: string; js_params?: unknown } = {};
    if (request.code !== undefined) body.code = request.code;
    else body.ipfs_id = request.ipfsId;
    if (request.jsParams !== undefined) body.js_params = request.jsParams;
    return normalise(await client.litAction(body, options));
  };
  return { kind: "chipotle", execute };
}

/** `{response, logs, has_error}` → `ExecuteResult`, lifting `response.signatures` when it holds `LitSignature`s. */
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

function parseBody(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LitNetworkError(`Chipotle ${path} answered a body that is not JSON`);
  }
}

/** The server's message: a bare JSON string (handler), `{error:{reason,description}}` (catcher), or `{message}`. */
export function errorMessageOf(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    return plain ? plain.slice(0, 500) : undefined;
  }
  if (typeof body === "string") return body.slice(0, 2_000);
  if (body && typeof body === "object") {
    const error = (body as { error?: { reason?: unknown; description?: unknown } }).error;
    if (error && typeof error === "object" && typeof error.reason === "string") return `${error.reason}: ${String(error.description ?? "")}`.trim();
    const message = (body as { message?: unknown }).message;
    if (typeof message === "string") return message.slice(0, 2_000);
  }
  return undefined;
}

/** A URL for an error message: scheme, host and path only. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(unparseable location)";
  }
}

function hintFor(status: number, path: string): string[] {
  switch (status) {
    case 401:
      return ["Send the Chipotle API key (LIT_API_KEY) in X-Api-Key."];
    case 402:
      return ["The Chipotle account has no credits left: top up on the dashboard."];
    case 403:
      return path === "/lit_action"
        ? ["The API key needs execute rights on a group holding this action's CID (lit-oracle chipotle setup creates it)."]
        : ["The API key lacks the permission for this operation (usage keys are scoped; account-only operations need the account key)."];
    case 404:
      return ["Not a Chipotle endpoint: check the base URL (the API lives under /core/v1/)."];
    case 500:
      return path === "/lit_action"
        ? ["The action failed (it is not retried: each execution is billed and repeats side effects), or the API key is unknown to Chipotle."]
        : [];
    default:
      return [];
  }
}
