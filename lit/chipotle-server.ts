/**
 * The local network's Chipotle face: Lit v3's REST API on loopback, so the Chipotle client is tested
 * against a real HTTP server. Implements `POST /core/v1/lit_action` (one execution in Chipotle mode)
 * plus the management endpoints the project needs, with Chipotle's status codes and
 * `{status, message}` error bodies:
 * 400 bad request / cache miss, 401 missing or unknown key, 403 key not allowed to run the CID,
 * 429 load shedding (injectable with `overload(n)`), 500 action failure.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cidOf, isCidV0 } from "./cid.ts";
import { LitActionError, LitNetworkError } from "./errors.ts";
import { CHIPOTLE_MAX_PARAMS_BYTES, NAGA_LIMITS, type LocalLitNetwork } from "./local/network.ts";

/** Request body cap: the 16 MB code limit plus JSON overhead and params, bytes. */
const MAX_BODY_BYTES = NAGA_LIMITS.maxCodeBytes + CHIPOTLE_MAX_PARAMS_BYTES + 64 * 1024;
export const CHIPOTLE_API_PREFIX = "/core/v1";

export type ChipotleApiKey = string | { key: string; /** CIDs this key may execute; all when omitted. */ actions?: string[] };

export type ChipotleServer = {
  /** e.g. `http://127.0.0.1:41234/core/v1` */
  readonly baseUrl: string;
  readonly port: number;
  /** The next `count` action requests are shed with 429. */
  overload(count: number): void;
  /** Requests served so far, by path (for tests of retry behaviour). */
  readonly requests: ReadonlyArray<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
};

type Group = { id: number; actions: Set<string>; pkps: Set<string> };

export async function serveChipotle(network: LocalLitNetwork, params: { port?: number; host?: string; apiKeys: ChipotleApiKey[] }): Promise<ChipotleServer> {
  const keys = new Map<string, { actions?: Set<string> }>();
  for (const entry of params.apiKeys) {
    if (typeof entry === "string") keys.set(entry, {});
    else keys.set(entry.key, entry.actions ? { actions: new Set(entry.actions) } : {});
  }
  if (keys.size === 0) throw new Error("serveChipotle needs at least one API key");
  const groups = new Map<number, Group>();
  let shed = 0;
  const requests: Array<{ method: string; path: string; status: number }> = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { status: 500, message: error instanceof Error ? error.message : String(error) });
    });
  });

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const payload = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
    res.end(payload);
  };

  const apiKeyOf = (req: IncomingMessage): string | undefined => {
    const header = req.headers["x-api-key"];
    if (typeof header === "string" && header) return header;
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) return auth.slice("Bearer ".length);
    return undefined;
  };

  const readJson = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new HttpError(400, `Request body exceeds ${MAX_BODY_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    if (size === 0) return {};
    try {
      return JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      throw new HttpError(400, "Request body is not valid JSON");
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname.startsWith(CHIPOTLE_API_PREFIX) ? url.pathname.slice(CHIPOTLE_API_PREFIX.length) : url.pathname;
    const method = req.method ?? "GET";
    const reply = (status: number, body: unknown) => {
      requests.push({ method, path, status });
      send(res, status, body);
    };
    try {
      const result = await route(method, path, req);
      reply(200, result);
    } catch (error) {
      if (error instanceof HttpError) reply(error.status, { status: error.status, message: error.message });
      else if (error instanceof LitActionError || error instanceof LitNetworkError) {
        reply(500, { status: 500, message: error.shortMessage, logs: error.logs });
      } else reply(500, { status: 500, message: error instanceof Error ? error.message : String(error) });
    }
  }

  const requireKey = (req: IncomingMessage) => {
    const key = apiKeyOf(req);
    if (!key) throw new HttpError(401, "Missing API key: send X-Api-Key or Authorization: Bearer");
    const entry = keys.get(key);
    if (!entry) throw new HttpError(401, "Invalid API key");
    return entry;
  };

  async function route(method: string, path: string, req: IncomingMessage): Promise<unknown> {
    if (method === "POST" && path === "/get_lit_action_ipfs_id") {
      const body = (await readJson(req)) as { code?: unknown };
      if (typeof body.code !== "string") throw new HttpError(400, "code (string) is required");
      return { ipfs_id: cidOf(body.code) };
    }
    if (method === "GET" && path === "/get_node_chain_config") return { chains: [] };
    const key = requireKey(req);
    if (method === "POST" && path === "/lit_action") {
      if (shed > 0) {
        shed--;
        throw new HttpError(429, "Server is overloaded (CPU load shedding); retry with exponential backoff");
      }
      const body = (await readJson(req)) as { code?: unknown; ipfs_id?: unknown; js_params?: unknown };
      let code: string;
      if (typeof body.code === "string") code = body.code;
      else if (typeof body.ipfs_id === "string") {
        if (!isCidV0(body.ipfs_id)) throw new HttpError(400, `Invalid IPFS ID ${body.ipfs_id}`);
        const cached = network.pinned(body.ipfs_id);
        if (cached === undefined) throw new HttpError(400, `cache miss for IPFS ID ${body.ipfs_id}: submit the code inline`);
        code = cached;
      } else throw new HttpError(400, "code (string) is required");
      if (Buffer.byteLength(code) > NAGA_LIMITS.maxCodeBytes) throw new HttpError(400, `code exceeds ${NAGA_LIMITS.maxCodeBytes} bytes`);
      const paramsSize = Buffer.byteLength(JSON.stringify(body.js_params ?? {}));
      if (paramsSize > CHIPOTLE_MAX_PARAMS_BYTES) throw new HttpError(400, `js_params exceeds ${CHIPOTLE_MAX_PARAMS_BYTES} bytes`);
      const cid = cidOf(code);
      if (key.actions && !key.actions.has(cid)) throw new HttpError(403, `API key is not authorized to execute the specified action (${cid})`);
      return network.executeChipotle({ code, jsParams: body.js_params ?? {} });
    }
    if (method === "GET" && path === "/create_wallet") {
      const pkp = network.mintPkp();
      return { pkp_id: pkp.tokenId, wallet_address: pkp.ethAddress, public_key: pkp.publicKey };
    }
    if (method === "GET" && path === "/list_wallets") {
      return network.listPkps().map((pkp) => ({ pkp_id: pkp.tokenId, wallet_address: pkp.ethAddress, public_key: pkp.publicKey }));
    }
    if (method === "POST" && path === "/add_group") {
      const id = groups.size + 1;
      groups.set(id, { id, actions: new Set(), pkps: new Set() });
      return { group_id: id };
    }
    if (method === "GET" && path === "/list_groups") {
      return [...groups.values()].map((group) => ({ group_id: group.id, actions: [...group.actions], pkps: [...group.pkps] }));
    }
    if (method === "POST" && (path === "/add_action_to_group" || path === "/add_pkp_to_group")) {
      const body = (await readJson(req)) as { group_id?: unknown; action_ipfs_cid?: unknown; pkp_id?: unknown };
      const group = groups.get(Number(body.group_id));
      if (!group) throw new HttpError(404, `Group ${String(body.group_id)} not found`);
      if (path === "/add_action_to_group") {
        if (typeof body.action_ipfs_cid !== "string" || !isCidV0(body.action_ipfs_cid)) throw new HttpError(400, "action_ipfs_cid must be a CIDv0");
        group.actions.add(body.action_ipfs_cid);
      } else {
        if (typeof body.pkp_id !== "string") throw new HttpError(400, "pkp_id is required");
        try {
          network.getPkp(body.pkp_id);
        } catch {
          throw new HttpError(404, `PKP ${body.pkp_id} not found`);
        }
        group.pkps.add(body.pkp_id);
      }
      // A group ties PKPs to the actions allowed to use them.
      for (const pkp of group.pkps) for (const cid of group.actions) if (!network.isPermittedAction(pkp, cid)) network.permitAction(pkp, cid);
      return { success: true };
    }
    throw new HttpError(404, `No route ${method} ${CHIPOTLE_API_PREFIX}${path}`);
  }

  const host = params.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(params.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://${host}:${port}${CHIPOTLE_API_PREFIX}`,
    port,
    overload: (count) => {
      shed += count;
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
