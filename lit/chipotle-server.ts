/**
 * The local network's Chipotle face: Lit's v3 REST API (lit-api-server, `/core/v1/…`) on loopback,
 * over the local emulator. It follows the real server's source (`LIT-Protocol/chipotle`):
 *
 * - Routes, bodies and answers of `spec.json` (34 endpoints). Handler errors are a bare JSON string
 *   (`ErrMessage`) with the handler's status; guard and routing failures (missing key 401, payment
 *   402, load shedding 429, unknown route or wrong content type 404, malformed JSON 400/422, body over
 *   the 10 MiB JSON limit 413) are Rocket's default catcher: `{error:{code,reason,description}}`
 *   when the client prefers JSON, HTML otherwise.
 * - Accounts, groups, actions, wallets and usage keys as the AccountConfig contract keeps them: a
 *   usage key executes an action only through a group (in its `execute_in_groups`, `0` = every
 *   group) that holds the action's `keccak256(CID)` (or the `0` wildcard); `getPrivateKey`,
 *   `Encrypt` and `Decrypt` also need the wallet in such a group. The account key administers its
 *   account but executes nothing (`canExecuteAction` consults usage keys only; Lit's examples say so).
 * - An unknown key is what the contract makes of it: a 500 from `lit_action` and the list endpoints
 *   (`AccountDoesNotExist`), a 403 "Permission denied" from group management (`NoAccountAccess`).
 * - Stricter than the real contract, on purpose: creating, updating and removing usage keys needs
 *   the account key (the real `setUsageApiKey` only checks that the account exists, so a usage key
 *   could mint itself a wildcard key), and usage keys may not list the account (the real views
 *   resolve any key to its account). docs/lit-runtime.md lists both.
 * - Optional billing (`billing.initialCreditsCents`): management calls cost 1 cent up front, an
 *   action 1 cent per started second; an account without credit gets 402 from the guards.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { cidOf } from "./cid.ts";
import { LitActionError, LitNetworkError } from "./errors.ts";
import type { LocalLitNetwork } from "./local/network.ts";

export const CHIPOTLE_API_PREFIX = "/core/v1";
/** Rocket.toml `limits.json`: 10 MiB, bytes. */
export const CHIPOTLE_JSON_LIMIT_BYTES = 10 * 1024 * 1024;
/** lit-api-server `DEFAULT_MAX_CODE_LENGTH`: 16 MiB, bytes (the JSON limit binds first). */
export const CHIPOTLE_MAX_CODE_BYTES = 16 * 1024 * 1024;
/** AccountConfig: at most this many CID hashes / PKPs in `add_group` / `update_group`. */
export const CHIPOTLE_GROUP_LIST_MAX = 10;
/** AccountConfig: at most this many group ids per usage-key permission list. */
export const CHIPOTLE_PERMISSION_LIST_MAX = 50;
/** Billing: a management call, cents. */
export const CHIPOTLE_MANAGEMENT_COST_CENTS = 1;
/** Billing: one started second of execution, cents. */
export const CHIPOTLE_ACTION_COST_CENTS_PER_SECOND = 1;
/** A usage key's expiry as the server sets it: now + 10 years, seconds. */
const USAGE_KEY_LIFETIME_S = 3600 * 24 * 365 * 10;
/** The `balance` the server writes on every usage key. */
const USAGE_KEY_BALANCE = 10_000_000;

/** `get_lit_action_client_config`: lit-api-server's `ClientBuilder` defaults. */
export const CHIPOTLE_CLIENT_CONFIG = {
  timeout_ms: 15 * 60_000,
  async_timeout_ms: 15 * 60_000,
  memory_limit_mb: 64,
  max_code_length: CHIPOTLE_MAX_CODE_BYTES,
  max_response_length: 100 * 1024,
  max_console_log_length: 100 * 1024,
  max_fetch_count: 50,
  max_get_keys_count: 10,
  max_retries: 3,
  client_timeout_ms_buffer: 5_000,
} as const;

const CONFIG_KEYS = [
  "REFRESH_INTERVAL_SECS", "ROCKET_WORKERS_SMALL", "ROCKET_WORKERS_MEDIUM", "ROCKET_WORKERS_LARGE", "ROCKET_FILE_SIZE_LIMIT_MB",
  "API_COST_CENTS_MANAGEMENT", "API_COST_CENTS_LIT_ACTION", "LIT_ACTION_DEFAULT_MEMORY_LIMIT_MB", "LIT_ACTION_DEFAULT_TIMEOUT_MS",
  "LIT_ACTION_DEFAULT_ASYNC_TIMEOUT_MS", "LIT_ACTION_DEFAULT_CLIENT_TIMEOUT_MS_BUFFER", "LIT_ACTION_DEFAULT_MAX_CODE_LENGTH",
  "LIT_ACTION_DEFAULT_MAX_CONSOLE_LOG_LENGTH", "LIT_ACTION_DEFAULT_MAX_FETCH_COUNT", "LIT_ACTION_DEFAULT_MAX_RESPONSE_LENGTH",
  "LIT_ACTION_DEFAULT_MAX_GET_KEYS_COUNT", "LIT_ACTION_DEFAULT_MAX_RETRIES",
];

/** Rocket's default catcher texts, by status. */
const CATCHER: Record<number, [string, string]> = {
  400: ["Bad Request", "The request could not be understood by the server due to malformed syntax."],
  401: ["Unauthorized", "The request requires user authentication."],
  402: ["Payment Required", "The request could not be processed due to lack of payment."],
  403: ["Forbidden", "The server refused to authorize the request."],
  404: ["Not Found", "The requested resource could not be found."],
  413: ["Payload Too Large", "The request is larger than the server is willing or able to process."],
  422: ["Unprocessable Entity", "The request was well-formed but was unable to be followed due to semantic errors."],
  429: ["Too Many Requests", "Too many requests have been received recently."],
  500: ["Internal Server Error", "The server encountered an internal error while processing this request."],
};

export type ChipotleServerParams = {
  port?: number;
  host?: string;
  /** The chain `get_node_chain_config` reports (the AccountConfig chain; Base by default). */
  chain?: { chain_name: string; chain_id: number; is_evm: boolean; testnet: boolean; token: string; contract_address: string };
  /** Emulate Stripe credits; without it billing endpoints answer "Billing not configured" as a node without Stripe does. */
  billing?: { initialCreditsCents: number };
  /**
   * A JSON file holding the accounts (groups, actions, wallets, usage keys — key HASHES only, as the
   * AccountConfig contract keeps them, never a key) so a restarted server still knows them. Written
   * atomically (mode 0600) after every successful change; read at start. Without it, memory only.
   */
  statePath?: string;
};

export type ChipotleServer = {
  /** The service origin, e.g. `http://127.0.0.1:41234` (the real one: `https://api.chipotle.litprotocol.com`). */
  readonly url: string;
  /** `url` + `/core/v1`, the API's base. */
  readonly baseUrl: string;
  readonly port: number;
  /** The next `count` `lit_action` requests are shed with 429 (the CPU-overload guard). */
  overload(count: number): void;
  /** Creates an account as `POST /new_account` does (for tests and the embedded stack). */
  newAccount(params?: { name?: string; description?: string }): { api_key: string; wallet_address: string };
  /** Registers an existing emulator PKP (by address) as a wallet of the account (e.g. the embedded stack's signer). */
  importWallet(apiKey: string, walletAddress: string): void;
  /** Sets an account's credit (billing mode), cents. */
  setCredits(apiKey: string, cents: number): void;
  /** Requests served so far (method, path under /core/v1, status) — never the key. */
  readonly requests: ReadonlyArray<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
};

type Metadata = { name: string; description: string };
type Group = Metadata & { id: number; cidHashes: Set<bigint>; pkps: Set<string> };
type UsageKey = Metadata & {
  hash: bigint;
  createGroups: boolean;
  deleteGroups: boolean;
  createPkps: boolean;
  manageIpfsIdsInGroups: Set<number>;
  addPkpToGroups: Set<number>;
  removePkpFromGroups: Set<number>;
  executeInGroups: Set<number>;
  expiration: number;
};
type Account = Metadata & {
  hash: bigint;
  walletAddress: string;
  groups: Map<number, Group>;
  groupCount: number;
  actions: Map<bigint, Metadata>;
  wallets: Map<string, Metadata & { id: bigint }>;
  usageKeys: Map<bigint, UsageKey>;
  credits: number;
};
type Caller = { key: string; account: Account; usage: UsageKey | undefined };

/** keccak256 of a string's UTF-8 bytes, as the server hashes API keys and CIDs. */
export function chipotleHash(text: string): bigint {
  return BigInt(`0x${bytesToHex(keccak_256(new TextEncoder().encode(text)))}`);
}

/** `keccak256(CID)` as the API prints it (`0x` + 64 hex): what `delete_action` and friends take. */
export function hashedCid(cid: string): string {
  return hex32(chipotleHash(cid));
}

function hex32(value: bigint): string {
  return `0x${value.toString(16).padStart(64, "0")}`;
}

export async function serveChipotle(network: LocalLitNetwork, params: ChipotleServerParams = {}): Promise<ChipotleServer> {
  const accounts = new Map<bigint, Account>();
  /** Every key hash (account or usage) → its account's hash (`allApiKeyHashesToMaster`). */
  const keyToAccount = new Map<bigint, bigint>();
  /** Code by CID, filled after authorization (lit-api-server's `ipfs_cache`). */
  const codeCache = new Map<string, string>();
  const chain = params.chain ?? { chain_name: "base", chain_id: 8453, is_evm: true, testnet: false, token: "ETH", contract_address: "0x0000000000000000000000000000000000000000" };
  let shed = 0;
  const requests: Array<{ method: string; path: string; status: number }> = [];

  /**
   * A fresh wallet (a PKP on the emulator) and a key. The real server uses the wallet's secret,
   * base64, as the API key; here the key is independent random bytes of the same shape.
   */
  const mintWallet = (): { walletAddress: string; secret: string } => {
    const pkp = network.mintPkp();
    return { walletAddress: pkp.ethAddress.toLowerCase(), secret: randomApiKey() };
  };

  const newAccount = (name: string, description: string) => {
    const { walletAddress, secret } = mintWallet();
    const hash = chipotleHash(secret);
    const account: Account = {
      hash, name, description, walletAddress, groups: new Map(), groupCount: 0, actions: new Map(), wallets: new Map(), usageKeys: new Map(),
      credits: params.billing?.initialCreditsCents ?? 0,
    };
    account.wallets.set(walletAddress, { id: BigInt(account.wallets.size + 1), name: "AMW", description: "Account Master Wallet" });
    accounts.set(hash, account);
    keyToAccount.set(hash, hash);
    return { api_key: secret, wallet_address: walletAddress };
  };

  if (params.statePath) {
    for (const account of loadAccounts(params.statePath)) {
      accounts.set(account.hash, account);
      keyToAccount.set(account.hash, account.hash);
      for (const hash of account.usageKeys.keys()) keyToAccount.set(hash, account.hash);
    }
  }
  const save = () => {
    if (params.statePath) saveAccounts(params.statePath, [...accounts.values()]);
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = req.method ?? "GET";
    const inApi = url.pathname.startsWith(`${CHIPOTLE_API_PREFIX}/`);
    const path = inApi ? url.pathname.slice(CHIPOTLE_API_PREFIX.length) : url.pathname;
    let status = 200;
    let body: string;
    let type = "application/json";
    try {
      if (!inApi) throw new Catch(404);
      body = JSON.stringify(await route(method, path, url.searchParams, req));
    } catch (error) {
      if (error instanceof Catch) {
        status = error.status;
        const [reason, description] = CATCHER[status] ?? CATCHER[500]!;
        if (prefersJson(req)) body = JSON.stringify({ error: { code: status, reason, description } });
        else {
          type = "text/html; charset=utf-8";
          body = `<!DOCTYPE html><html><head><title>${status} ${reason}</title></head><body><h1>${status}: ${reason}</h1><p>${description}</p></body></html>`;
        }
      } else if (error instanceof Status) {
        status = error.status;
        body = JSON.stringify(error.message);
      } else {
        status = 500;
        body = JSON.stringify(`Internal server error.: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    requests.push({ method, path, status });
    // Every change is a POST (or `create_wallet`); an answered one is persisted before the reply.
    if (status < 300 && (method === "POST" || path === "/create_wallet")) save();
    if (res.writableEnded) return;
    res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  const apiKeyOf = (req: IncomingMessage): string | undefined => {
    const auth = req.headers.authorization;
    if (typeof auth === "string") {
      const [scheme, key] = auth.trim().split(/\s+/);
      if (scheme && key && scheme.toLowerCase() === "bearer") return key;
    }
    const header = req.headers["x-api-key"];
    if (typeof header === "string" && header.trim()) return header.trim();
    return undefined;
  };

  /** The `ApiKey` guard: any non-empty key, else the 401 catcher. */
  const keyGuard = (req: IncomingMessage): string => {
    const key = apiKeyOf(req);
    if (!key) throw new Catch(401);
    return key;
  };

  const lookup = (key: string): Caller | undefined => {
    const hash = chipotleHash(key);
    const accountHash = keyToAccount.get(hash);
    const account = accountHash === undefined ? undefined : accounts.get(accountHash);
    if (!account) return undefined;
    return { key, account, usage: accountHash === hash ? undefined : account.usageKeys.get(hash) };
  };

  /** A contract call for `key`: `AccountDoesNotExist` (a 500 on the read paths) when unknown. */
  const callerOrFail = (key: string, context: string): Caller => {
    const caller = lookup(key);
    if (!caller) throw new Status(500, `${context}: AccountDoesNotExist(${hex32(chipotleHash(key))})`);
    return caller;
  };

  /** A write for `key`: unknown keys revert `NoAccountAccess`, which the server maps to 403. */
  const writer = (key: string): Caller => {
    const caller = lookup(key);
    if (!caller) throw new Status(403, "Permission denied");
    return caller;
  };

  const requireAccountKey = (caller: Caller) => {
    if (caller.usage) throw new Status(403, "Permission denied");
  };

  /** Billing guard for management calls (charges up front) and `lit_action` (needs credit). */
  const bill = (key: string, cents: number) => {
    if (!params.billing) return;
    const caller = lookup(key);
    if (!caller || caller.account.credits < Math.max(cents, 1)) throw new Catch(402);
    caller.account.credits -= cents;
  };

  const groupOf = (account: Account, id: number, context: string): Group => {
    const group = account.groups.get(id);
    if (!group) throw new Status(500, `${context}: GroupDoesNotExist(${hex32(account.hash)}, ${id})`);
    return group;
  };

  /**
   * `groupIdsForAction` ∩ the key's `executeInGroups` (`0` wildcards on both sides). The contract
   * looks the key up among the account's usage keys only, so the account key executes nothing.
   */
  const executableGroups = (caller: Caller, cidHash: bigint): Group[] => {
    if (!caller.usage) return [];
    const groups = [...caller.account.groups.values()].filter((group) => group.cidHashes.has(cidHash) || group.cidHashes.has(0n));
    if (caller.usage.executeInGroups.has(0)) return [...caller.account.groups.values()];
    return groups.filter((group) => caller.usage!.executeInGroups.has(group.id));
  };

  const canExecute = (caller: Caller, cidHash: bigint) => (caller.usage?.executeInGroups.has(0) ? true : executableGroups(caller, cidHash).length > 0);

  /** `can_use_wallet_in_action`, plus the account's own wallet registry (the key derivation lookup). */
  const canUseWallet = (caller: Caller, cidHash: bigint, wallet: string) => {
    if (!caller.account.wallets.has(wallet)) return false;
    if (caller.usage?.executeInGroups.has(0)) return true;
    return executableGroups(caller, cidHash).some((group) => group.pkps.has(wallet) || group.pkps.has("0x0000000000000000000000000000000000000000"));
  };

  const scoped = (caller: Caller, list: keyof Pick<UsageKey, "manageIpfsIdsInGroups" | "addPkpToGroups" | "removePkpFromGroups">, groupId: number) => {
    if (caller.usage && !caller.usage[list].has(groupId)) throw new Status(403, "Permission denied");
  };

  async function route(method: string, path: string, query: URLSearchParams, req: IncomingMessage): Promise<unknown> {
    const post = method === "POST";
    const get = method === "GET";
    const json = async <T>(shape: Shape) => (await readJson(req, shape)) as T;
    switch (`${method} ${path}`) {
      // --- no key ---------------------------------------------------------------------------------
      case "POST /new_account": {
        const body = await json<{ account_name: string; account_description: string }>({ account_name: "string", account_description: "string", email: "string?" });
        return newAccount(body.account_name, body.account_description);
      }
      case "POST /get_lit_action_ipfs_id": {
        const code = await readJson(req, "string");
        return cidOf(code as string);
      }
      case "GET /get_node_chain_config":
        return chain;
      case "GET /get_chain_config_keys":
        return { keys: CONFIG_KEYS };
      case "GET /get_lit_action_client_config":
        return CHIPOTLE_CLIENT_CONFIG;
      case "GET /get_api_payers":
        return [];
      case "GET /get_admin_api_payer":
        return "0x0000000000000000000000000000000000000000";
      case "GET /version":
        return { name: "lit-api-server", version: "0.1.0", commit_version: "lit-oracle-loopback", submodule_versions: [] };
      case "GET /billing/stripe_config":
        if (!params.billing) throw new Status(500, "Billing not configured: Stripe billing is not configured on this node");
        return { publishable_key: "pk_test_loopback" };
    }

    if (!post && !get) throw new Catch(404);
    if (post && !isJson(req)) throw new Catch(404); // `format = "json"` routes do not match other content types
    const key = keyGuard(req);

    switch (`${method} ${path}`) {
      // --- execution ------------------------------------------------------------------------------
      case "POST /lit_action": {
        if (shed > 0) {
          shed--;
          throw new Catch(429);
        }
        bill(key, 0);
        const body = await json<{ code?: string | null; ipfs_id?: string | null; js_params?: unknown }>({ code: "string?", ipfs_id: "string?", js_params: "any?" });
        let code: string;
        if (body.code) code = body.code;
        else if (body.ipfs_id) {
          const cached = codeCache.get(body.ipfs_id);
          if (cached === undefined) throw new Status(400, `No cached code found. Submit the action code at least once before referencing it by IPFS ID.: cache miss for IPFS ID ${body.ipfs_id}`);
          code = cached;
        } else throw new Status(400, "Either `code` or `ipfs_id` must be provided.: missing code and ipfs_id");
        const cid = cidOf(code);
        const cidHash = chipotleHash(cid);
        const caller = callerOrFail(key, "Internal server error.");
        if (!canExecute(caller, cidHash)) throw new Status(403, `The provided API key is not authorized to execute the specified action (${cid}/${cidHash}).`);
        codeCache.set(cid, code); // cached only once authorized
        if (Buffer.byteLength(code) > CHIPOTLE_CLIENT_CONFIG.max_code_length) throw new Status(500, `Actions failed with : code exceeds ${CHIPOTLE_CLIENT_CONFIG.max_code_length} bytes`);
        const started = Date.now();
        try {
          return await network.executeChipotle(
            { code, ...(body.js_params === undefined || body.js_params === null ? {} : { jsParams: body.js_params }) },
            { walletGate: (wallet) => canUseWallet(caller, cidHash, wallet) },
          );
        } catch (error) {
          if (error instanceof LitActionError || error instanceof LitNetworkError) throw new Status(500, `Actions failed with : ${error.shortMessage}${error.logs ? `\n${error.logs}` : ""}`);
          throw error;
        } finally {
          if (params.billing) caller.account.credits -= Math.max(1, Math.ceil((Date.now() - started) / 1000)) * CHIPOTLE_ACTION_COST_CENTS_PER_SECOND;
        }
      }

      // --- account --------------------------------------------------------------------------------
      case "GET /account_exists":
        return lookup(key) !== undefined;
      case "GET /create_wallet": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const caller = writer(key);
        if (caller.usage && !caller.usage.createPkps) throw new Status(403, "Permission denied");
        const { walletAddress } = mintWallet();
        caller.account.wallets.set(walletAddress, { id: BigInt(caller.account.wallets.size + 1), name: "Wallet", description: "Wallet" });
        return { wallet_address: walletAddress };
      }

      // --- groups ---------------------------------------------------------------------------------
      case "POST /add_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_name: string; group_description: string; pkp_ids_permitted: string[]; cid_hashes_permitted: string[] }>({
          group_name: "string", group_description: "string", pkp_ids_permitted: "string[]", cid_hashes_permitted: "string[]",
        });
        const cidHashes = body.cid_hashes_permitted.map(parseU256);
        const pkps = body.pkp_ids_permitted.map(parseAddress);
        const caller = writer(key);
        if (cidHashes.length > CHIPOTLE_GROUP_LIST_MAX || pkps.length > CHIPOTLE_GROUP_LIST_MAX) throw new Status(500, "add_group failed: InvalidRequest(cidHashes/pkpIds must be 10 items or fewer)");
        if (caller.usage && !caller.usage.createGroups) throw new Status(403, "Permission denied");
        const id = ++caller.account.groupCount;
        caller.account.groups.set(id, { id, name: body.group_name, description: body.group_description, cidHashes: new Set(cidHashes), pkps: new Set(pkps) });
        return { success: true, group_id: String(id) };
      }
      case "POST /update_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_id: number; name: string; description: string; pkp_ids_permitted?: string[]; cid_hashes_permitted?: string[] }>({
          group_id: "u64", name: "string", description: "string", pkp_ids_permitted: "string[]?", cid_hashes_permitted: "string[]?",
        });
        if (body.group_id === 0) throw new Status(400, "Cannot update group with ID 0: Cannot update group with ID 0");
        const cidHashes = (body.cid_hashes_permitted ?? []).map(parseU256);
        const pkps = (body.pkp_ids_permitted ?? []).map(parseAddress);
        const caller = writer(key);
        if (cidHashes.length > CHIPOTLE_GROUP_LIST_MAX || pkps.length > CHIPOTLE_GROUP_LIST_MAX) throw new Status(500, "update_group failed: InvalidRequest(cidHashes/pkpIds must be 10 items or fewer)");
        const group = groupOf(caller.account, body.group_id, "update_group failed");
        if (caller.usage) throw new Status(500, `update_group failed: NotMasterAccount(${hex32(caller.usage.hash)})`);
        Object.assign(group, { name: body.name, description: body.description, cidHashes: new Set(cidHashes), pkps: new Set(pkps) });
        return { success: true };
      }
      case "POST /remove_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_id: string }>({ group_id: "string" });
        const id = parseU256(body.group_id);
        if (id === 0n) throw new Status(400, "Cannot remove group with ID 0: Cannot remove group with ID 0");
        const caller = writer(key);
        if (caller.usage && !caller.usage.deleteGroups) throw new Status(403, "Permission denied");
        groupOf(caller.account, Number(id), "remove_group failed");
        caller.account.groups.delete(Number(id));
        return { success: true };
      }
      case "POST /add_action_to_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_id: number; action_ipfs_cid: string }>({ group_id: "u64", action_ipfs_cid: "string" });
        const caller = writer(key);
        scoped(caller, "manageIpfsIdsInGroups", body.group_id);
        groupOf(caller.account, body.group_id, "add_action_to_group failed").cidHashes.add(chipotleHash(body.action_ipfs_cid));
        return { success: true };
      }
      case "POST /remove_action_from_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_id: number; hashed_cid: string }>({ group_id: "u64", hashed_cid: "string" });
        if (body.group_id === 0) throw new Status(400, "Cannot remove action from group with ID 0: Cannot remove action from group with ID 0");
        const hash = parseU256(body.hashed_cid);
        const caller = writer(key);
        scoped(caller, "manageIpfsIdsInGroups", body.group_id);
        groupOf(caller.account, body.group_id, "remove_action_from_group failed").cidHashes.delete(hash);
        return { success: true };
      }
      case "POST /add_pkp_to_group":
      case "POST /remove_pkp_from_group": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ group_id: number; pkp_id: string }>({ group_id: "u64", pkp_id: "string" });
        const hex = body.pkp_id.replace(/^0x/i, "");
        if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new Status(400, "Invalid hex string.: Invalid character");
        if (hex.length !== 40) throw new Status(400, "Invalid PKP ID: Invalid PKP ID");
        const wallet = `0x${hex.toLowerCase()}`;
        const caller = writer(key);
        const adding = path === "/add_pkp_to_group";
        scoped(caller, adding ? "addPkpToGroups" : "removePkpFromGroups", body.group_id);
        const group = groupOf(caller.account, body.group_id, `${path.slice(1)} failed`);
        if (adding) group.pkps.add(wallet);
        else group.pkps.delete(wallet);
        return { success: true };
      }

      // --- actions --------------------------------------------------------------------------------
      case "POST /add_action": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const body = await json<{ action_ipfs_cid: string; name: string; description: string }>({ action_ipfs_cid: "string", name: "string", description: "string" });
        const caller = writer(key);
        if (caller.usage) throw new Status(500, `add_action failed: NotMasterAccount(${hex32(caller.usage.hash)})`);
        caller.account.actions.set(chipotleHash(body.action_ipfs_cid), { name: body.name, description: body.description });
        return { success: true };
      }
      case "POST /delete_action":
      case "POST /update_action_metadata": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const deleting = path === "/delete_action";
        const body = await json<{ hashed_cid: string; name?: string; description?: string }>(deleting ? { hashed_cid: "string" } : { hashed_cid: "string", name: "string", description: "string" });
        const hash = parseU256(body.hashed_cid);
        if (hash === 0n) throw new Status(400, `Cannot ${deleting ? "remove" : "update"} action with hash 0x0: Cannot ${deleting ? "remove" : "update"} action with hash 0x0`);
        const caller = writer(key);
        if (caller.usage) throw new Status(500, `${path.slice(1)} failed: NotMasterAccount(${hex32(caller.usage.hash)})`);
        if (deleting) {
          caller.account.actions.delete(hash);
          for (const group of caller.account.groups.values()) group.cidHashes.delete(hash);
        } else caller.account.actions.set(hash, { name: body.name!, description: body.description! });
        return { success: true };
      }

      // --- usage keys -----------------------------------------------------------------------------
      case "POST /add_usage_api_key":
      case "POST /update_usage_api_key": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const adding = path === "/add_usage_api_key";
        const body = await json<Record<string, unknown>>({
          ...(adding ? {} : { usage_api_key: "string" }),
          name: "string", description: "string", can_create_groups: "bool", can_delete_groups: "bool", can_create_pkps: "bool",
          manage_ipfs_ids_in_groups: "u64[]", add_pkp_to_groups: "u64[]", remove_pkp_from_groups: "u64[]", execute_in_groups: "u64[]",
        });
        const caller = writer(key);
        requireAccountKey(caller);
        for (const list of ["manage_ipfs_ids_in_groups", "add_pkp_to_groups", "remove_pkp_from_groups", "execute_in_groups"]) {
          if ((body[list] as number[]).length > CHIPOTLE_PERMISSION_LIST_MAX) throw new Status(500, `${path.slice(1)} failed: InvalidRequest(${list} must be 50 items or fewer)`);
        }
        let secret: string;
        let hash: bigint;
        if (adding) {
          const wallet = mintWallet();
          secret = wallet.secret;
          hash = chipotleHash(secret);
          caller.account.wallets.set(wallet.walletAddress, { id: BigInt(caller.account.wallets.size + 1), name: "API Key Wallet", description: "Usage API Key Wallet" });
        } else {
          secret = body.usage_api_key as string;
          hash = usageKeyHash(secret);
        }
        const usage: UsageKey = {
          hash, name: body.name as string, description: body.description as string,
          createGroups: body.can_create_groups as boolean, deleteGroups: body.can_delete_groups as boolean, createPkps: body.can_create_pkps as boolean,
          manageIpfsIdsInGroups: new Set(body.manage_ipfs_ids_in_groups as number[]), addPkpToGroups: new Set(body.add_pkp_to_groups as number[]),
          removePkpFromGroups: new Set(body.remove_pkp_from_groups as number[]), executeInGroups: new Set(body.execute_in_groups as number[]),
          expiration: Math.floor(Date.now() / 1000) + USAGE_KEY_LIFETIME_S,
        };
        caller.account.usageKeys.set(hash, usage);
        keyToAccount.set(hash, caller.account.hash);
        return adding ? { success: true, usage_api_key: secret } : { success: true };
      }
      case "POST /update_usage_api_key_metadata":
      case "POST /remove_usage_api_key": {
        bill(key, CHIPOTLE_MANAGEMENT_COST_CENTS);
        const removing = path === "/remove_usage_api_key";
        const body = await json<{ usage_api_key: string; name?: string; description?: string }>(removing ? { usage_api_key: "string" } : { usage_api_key: "string", name: "string", description: "string" });
        const caller = writer(key);
        const hash = usageKeyHash(body.usage_api_key);
        const usage = caller.account.usageKeys.get(hash);
        if (!usage) throw new Status(500, `${path.slice(1)} failed: UsageApiKeyDoesNotExist(${hex32(caller.account.hash)}, ${hex32(hash)})`);
        if (caller.usage) throw new Status(500, `${path.slice(1)} failed: NotMasterAccount(${hex32(caller.usage.hash)})`);
        if (removing) {
          caller.account.usageKeys.delete(hash);
          keyToAccount.delete(hash);
        } else Object.assign(usage, { name: body.name, description: body.description });
        return { success: true };
      }

      // --- listings (account key only here; see the header) -----------------------------------------
      case "GET /list_api_keys":
      case "GET /list_groups":
      case "GET /list_wallets":
      case "GET /list_wallets_in_group":
      case "GET /list_actions": {
        const pageNumber = queryU64(query, "page_number");
        const pageSize = queryU64(query, "page_size");
        const groupParam = path === "/list_wallets_in_group" ? queryU64(query, "group_id") : undefined;
        const caller = callerOrFail(key, `${path.slice(1)} failed`);
        if (caller.usage) throw new Status(403, "Permission denied");
        const account = caller.account;
        switch (path) {
          case "/list_api_keys":
            return page([...account.usageKeys.values()], pageNumber, pageSize).map((usage) => ({
              id: hex32(usage.hash), api_key_hash: hex32(usage.hash), name: usage.name, description: usage.description, expiration: String(usage.expiration),
              balance: USAGE_KEY_BALANCE, can_create_groups: usage.createGroups, can_delete_groups: usage.deleteGroups, can_create_pkps: usage.createPkps,
              can_manage_ipfs_ids_in_groups: [...usage.manageIpfsIdsInGroups], can_add_pkp_to_groups: [...usage.addPkpToGroups],
              can_remove_pkp_from_groups: [...usage.removePkpFromGroups], can_execute_in_groups: [...usage.executeInGroups],
            }));
          case "/list_groups":
            return page([...account.groups.values()], pageNumber, pageSize).map((group) => ({ id: hex32(BigInt(group.id)), name: group.name, description: group.description }));
          case "/list_wallets":
            return page([...account.wallets.entries()], pageNumber, pageSize).map(([address, meta]) => ({ id: meta.id.toString(), name: meta.name, description: meta.description, wallet_address: address }));
          case "/list_wallets_in_group": {
            const group = groupOf(account, groupParam!, "list_wallets_in_group failed");
            return page([...group.pkps], pageNumber, pageSize).map((address) => {
              const meta = account.wallets.get(address);
              return { id: (meta?.id ?? 0n).toString(), name: meta?.name ?? "", description: meta?.description ?? "", wallet_address: address };
            });
          }
          default: {
            const groupId = query.get("group_id");
            const gid = groupId === null ? 0n : parseU256(groupId);
            const hashes = gid === 0n ? [...account.actions.keys()] : [...groupOf(account, Number(gid), "list_actions failed").cidHashes];
            return page(hashes, pageNumber, pageSize).map((hash) => {
              if (hash === 0n) return { id: "n/a", name: "Any", description: "Any action received." };
              const meta = account.actions.get(hash);
              return { id: hex32(hash), name: meta?.name ?? "", description: meta?.description ?? "" };
            });
          }
        }
      }

      // --- billing --------------------------------------------------------------------------------
      case "GET /billing/balance": {
        if (!params.billing) throw new Status(500, "Billing not configured: Stripe billing is not configured on this node");
        const caller = lookup(key);
        if (!caller) throw new Status(400, "Invalid API key: account not found for API key");
        const credits = caller.account.credits;
        return { balance_cents: -credits, balance_display: credits <= 0 ? "No credits" : `$${(credits / 100).toFixed(2)} credit` };
      }
      case "POST /billing/create_payment_intent":
      case "POST /billing/confirm_payment":
        if (!params.billing) throw new Status(500, "Billing not configured: Stripe billing is not configured on this node");
        throw new Status(500, "Stripe error: card payments are not available on the loopback server (use setCredits)");
    }
    throw new Catch(404);
  }

  const host = params.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(params.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  return {
    url: origin,
    baseUrl: `${origin}${CHIPOTLE_API_PREFIX}`,
    port,
    overload: (count) => {
      shed += count;
    },
    newAccount: (p = {}) => {
      const created = newAccount(p.name ?? "account", p.description ?? "");
      save();
      return created;
    },
    importWallet: (apiKey, walletAddress) => {
      const caller = lookup(apiKey);
      if (!caller || caller.usage) throw new Error("importWallet: needs an account key");
      const pkp = network.getPkp(walletAddress);
      caller.account.wallets.set(pkp.ethAddress.toLowerCase(), { id: BigInt(caller.account.wallets.size + 1), name: "Imported", description: "an existing PKP of the local network" });
      save();
    },
    setCredits: (apiKey, cents) => {
      const caller = lookup(apiKey);
      if (!caller) throw new Error("setCredits: unknown API key");
      caller.account.credits = cents;
      save();
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A guard or routing failure: Rocket's default catcher. */
class Catch extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`catcher ${status}`);
    this.status = status;
  }
}

/** A handler's `ApiStatus`: the body is the message as a JSON string. */
class Status extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function prefersJson(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  if (!accept) return false;
  const ranked = accept
    .split(",")
    .map((part, index) => {
      const [type, ...attrs] = part.trim().split(";");
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith("q="));
      return { type: type!.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.type === "application/json";
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers["content-type"];
  return typeof type === "string" && type.split(";")[0]!.trim().toLowerCase() === "application/json";
}

type Shape = "string" | Record<string, "string" | "string?" | "string[]" | "string[]?" | "u64" | "u64[]" | "bool" | "any?">;

/** Rocket's `Json<T>`: syntax errors 400, type errors 422, over the limit 413 (all catcher bodies). */
async function readJson(req: IncomingMessage, shape: Shape): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > CHIPOTLE_JSON_LIMIT_BYTES) throw new Catch(413);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new Catch(400);
  }
  if (shape === "string") {
    if (typeof value !== "string") throw new Catch(422);
    return value;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Catch(422);
  const record = value as Record<string, unknown>;
  for (const [field, kind] of Object.entries(shape)) {
    const v = record[field];
    const optional = kind.endsWith("?");
    if (v === undefined || (v === null && optional)) {
      if (optional) continue;
      throw new Catch(422);
    }
    const base = optional ? kind.slice(0, -1) : kind;
    const ok =
      base === "any" ||
      (base === "string" && typeof v === "string") ||
      (base === "bool" && typeof v === "boolean") ||
      (base === "u64" && isU64(v)) ||
      (base === "string[]" && Array.isArray(v) && v.every((x) => typeof x === "string")) ||
      (base === "u64[]" && Array.isArray(v) && v.every(isU64));
    if (!ok) throw new Catch(422);
  }
  return record;
}

function isU64(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function queryU64(query: URLSearchParams, name: string): number {
  const raw = query.get(name);
  if (raw === null || !/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new Catch(422);
  return Number(raw);
}

/** `parse_u256`: 0x-hex or decimal. */
function parseU256(text: string): bigint {
  const s = text.trim();
  if (/^0x/i.test(s)) {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(s) || s.length > 66) throw new Status(400, "invalid hex for U256");
    return s.length === 2 ? 0n : BigInt(s);
  }
  if (!/^\d+$/.test(s)) throw new Status(400, "invalid decimal for U256");
  return BigInt(s);
}

function parseAddress(text: string): string {
  const s = text.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(s)) throw new Status(400, "invalid H160: address must be exactly 20 bytes");
  return s.toLowerCase();
}

/** `usage_api_key_to_hash`: a 0x + 64-hex string is the hash itself, anything else is hashed. */
function usageKeyHash(text: string): bigint {
  const s = text.trim();
  return /^0x[0-9a-fA-F]{64}$/i.test(s) ? BigInt(s) : chipotleHash(s);
}

/** AccountConfig's `getPageStartAndLength`: a page larger than the list is page 0. */
function page<T>(items: T[], pageNumber: number, pageSize: number): T[] {
  let number = pageNumber;
  let size = pageSize;
  if (size > items.length) {
    size = items.length;
    number = 0;
  }
  const start = number * size;
  if (start >= items.length) return [];
  return items.slice(start, start + size);
}

/** A fresh random API-key-shaped secret (tests). */
export function randomApiKey(): string {
  return randomBytes(32).toString("base64");
}

// --- persisted accounts -------------------------------------------------------------------------------

const STATE_VERSION = 1;
const bigHex = z.string().regex(/^0x[0-9a-f]+$/);
const metadata = { name: z.string(), description: z.string() };
const groupIds = z.array(z.number().int().nonnegative());
const stateSchema = z.strictObject({
  version: z.literal(STATE_VERSION),
  accounts: z.array(
    z.strictObject({
      hash: bigHex,
      ...metadata,
      walletAddress: z.string(),
      groupCount: z.number().int().nonnegative(),
      credits: z.number(),
      groups: z.array(z.strictObject({ id: z.number().int().positive(), ...metadata, cidHashes: z.array(bigHex), pkps: z.array(z.string()) })),
      actions: z.array(z.strictObject({ hash: bigHex, ...metadata })),
      wallets: z.array(z.strictObject({ address: z.string(), id: bigHex, ...metadata })),
      usageKeys: z.array(
        z.strictObject({
          hash: bigHex,
          ...metadata,
          createGroups: z.boolean(),
          deleteGroups: z.boolean(),
          createPkps: z.boolean(),
          manageIpfsIdsInGroups: groupIds,
          addPkpToGroups: groupIds,
          removePkpFromGroups: groupIds,
          executeInGroups: groupIds,
          expiration: z.number().int(),
        }),
      ),
    }),
  ),
});

const toHex = (value: bigint) => `0x${value.toString(16)}`;

function saveAccounts(path: string, list: readonly Account[]): void {
  const state: z.input<typeof stateSchema> = {
    version: STATE_VERSION,
    accounts: list.map((a) => ({
      hash: toHex(a.hash),
      name: a.name,
      description: a.description,
      walletAddress: a.walletAddress,
      groupCount: a.groupCount,
      credits: a.credits,
      groups: [...a.groups.values()].map((g) => ({ id: g.id, name: g.name, description: g.description, cidHashes: [...g.cidHashes].map(toHex), pkps: [...g.pkps] })),
      actions: [...a.actions].map(([hash, m]) => ({ hash: toHex(hash), name: m.name, description: m.description })),
      wallets: [...a.wallets].map(([address, m]) => ({ address, id: toHex(m.id), name: m.name, description: m.description })),
      usageKeys: [...a.usageKeys.values()].map((u) => ({
        hash: toHex(u.hash),
        name: u.name,
        description: u.description,
        createGroups: u.createGroups,
        deleteGroups: u.deleteGroups,
        createPkps: u.createPkps,
        manageIpfsIdsInGroups: [...u.manageIpfsIdsInGroups],
        addPkpToGroups: [...u.addPkpToGroups],
        removePkpFromGroups: [...u.removePkpFromGroups],
        executeInGroups: [...u.executeInGroups],
        expiration: u.expiration,
      })),
    })),
  };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

function loadAccounts(path: string): Account[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new Error(`Chipotle state ${path} is not valid JSON; move it away to start with no accounts`, { cause });
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Chipotle state ${path} is malformed (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}); move it away to start with no accounts`);
  }
  return parsed.data.accounts.map((a) => ({
    hash: BigInt(a.hash),
    name: a.name,
    description: a.description,
    walletAddress: a.walletAddress,
    groupCount: a.groupCount,
    credits: a.credits,
    groups: new Map(a.groups.map((g) => [g.id, { id: g.id, name: g.name, description: g.description, cidHashes: new Set(g.cidHashes.map(BigInt)), pkps: new Set(g.pkps) }])),
    actions: new Map(a.actions.map((x) => [BigInt(x.hash), { name: x.name, description: x.description }])),
    wallets: new Map(a.wallets.map((w) => [w.address, { id: BigInt(w.id), name: w.name, description: w.description }])),
    usageKeys: new Map(
      a.usageKeys.map((u) => [
        BigInt(u.hash),
        {
          hash: BigInt(u.hash),
          name: u.name,
          description: u.description,
          createGroups: u.createGroups,
          deleteGroups: u.deleteGroups,
          createPkps: u.createPkps,
          manageIpfsIdsInGroups: new Set(u.manageIpfsIdsInGroups),
          addPkpToGroups: new Set(u.addPkpToGroups),
          removePkpFromGroups: new Set(u.removePkpFromGroups),
          executeInGroups: new Set(u.executeInGroups),
          expiration: u.expiration,
        },
      ]),
    ),
  }));
}
