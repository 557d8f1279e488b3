/**
 * The keeper's HTTP port (node:http): `/metrics` (Prometheus text), `/health` (the process is alive),
 * `/ready` (200 when every feed's on-chain answer is younger than its heartbeat on every chain, else
 * 503 with the stale feeds as JSON), plus the routes the keeper mounts: the dashboard (`/`,
 * `/v1/dashboard`, `/v1/events`, keeper/src/http/dashboard.ts) and pull mode (`/v1/reports/latest`,
 * `/v1/rounds`, keeper/src/http/pull.ts).
 *
 * Every caller is treated as hostile: request lines and headers are bounded by node:http, a route's
 * body is read only up to its own limit, unknown paths are 404 and wrong methods 405 with `Allow`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export type StaleFeed = { feed: string; chain: string; ageSeconds: number | null; heartbeatSeconds: number };
export type Readiness = { ready: boolean; stale: StaleFeed[]; detail?: Record<string, unknown> };

export type OpsServer = { readonly url: string; readonly port: number; close(): Promise<void> };

/** Longest request header section node:http accepts, bytes (its default is 16 KiB). */
export const MAX_HEADER_BYTES = 8 * 1_024;
/** A request must arrive whole within this (slow-loris guard). */
export const REQUEST_TIMEOUT_MS = 30_000;

export type HttpContext = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Length of the raw query string (after `?`), bytes. */
  rawQueryLength: number;
  /** The caller's address (the socket's; forwarded-for headers are not trusted). */
  client: string;
  send(status: number, type: string, body: string, headers?: Record<string, string>): void;
  /** Reads and discards the request body, failing past `maxBytes`. */
  drainBody(maxBytes: number): Promise<void>;
};

/** `"GET /path"` → handler. HEAD is served by the GET handler (node:http drops the body). */
export type Routes = Record<string, (ctx: HttpContext) => void | Promise<void>>;

export type StartOpsServerParameters = {
  host: string;
  port: number;
  registry: Registry;
  readiness: () => Readiness | Promise<Readiness>;
  /** Called before each scrape (refresh ages). */
  beforeScrape?: () => void | Promise<void>;
  routes?: Routes;
  /** Counts requests per route and status. */
  onRequest?: (route: string, status: number) => void;
  /** A handler threw (the caller got a bare 500). */
  onError?: (route: string, error: unknown) => void;
};

class BodyTooLargeError extends Error {}

export async function startOpsServer(parameters: StartOpsServerParameters): Promise<OpsServer> {
  const routes: Routes = {
    "GET /metrics": async (ctx) => {
      await parameters.beforeScrape?.();
      ctx.send(200, parameters.registry.contentType, await parameters.registry.metrics());
    },
    "GET /health": (ctx) => ctx.send(200, "application/json", `${JSON.stringify({ status: "ok" })}\n`),
    "GET /ready": async (ctx) => {
      const r = await parameters.readiness();
      ctx.send(r.ready ? 200 : 503, "application/json", `${JSON.stringify({ status: r.ready ? "ready" : "not-ready", stale: r.stale, ...r.detail })}\n`);
    },
    ...parameters.routes,
  };
  routes["GET /healthz"] = routes["GET /health"]!;
  routes["GET /readyz"] = routes["GET /ready"]!;
  const paths = new Map<string, string[]>();
  for (const k of Object.keys(routes)) {
    const [method, path] = k.split(" ") as [string, string];
    paths.set(path, [...(paths.get(path) ?? []), method]);
  }

  const server: Server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const path = q < 0 ? raw : raw.slice(0, q);
    let route = path;
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      if (res.headersSent) return void res.end();
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
      res.end(body);
      parameters.onRequest?.(route, status);
    };
    void (async () => {
      try {
        let url: URL;
        try {
          url = new URL(raw, "http://keeper.invalid");
        } catch {
          return send(400, "application/json", `${JSON.stringify({ error: { code: "bad-request", message: "malformed request URL" } })}\n`);
        }
        const method = req.method === "HEAD" ? "GET" : (req.method ?? "GET");
        const handler = routes[`${method} ${path}`];
        if (!handler) {
          const allowed = paths.get(path);
          route = allowed ? path : "(unknown)";
          if (allowed) return send(405, "text/plain", `method not allowed: ${allowed.join(", ")}\n`, { allow: [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : [])].join(", ") });
          return send(404, "text/plain", "not found: try /, /metrics, /health, /ready or /v1/reports/latest\n");
        }
        const ctx: HttpContext = {
          req,
          res,
          url,
          rawQueryLength: q < 0 ? 0 : raw.length - q - 1,
          client: req.socket.remoteAddress ?? "unknown",
          send,
          drainBody: (maxBytes) =>
            new Promise<void>((resolve, reject) => {
              let size = 0;
              req.on("data", (chunk: Buffer) => {
                size += chunk.length;
                if (size > maxBytes) {
                  req.removeAllListeners("data");
                  req.resume();
                  reject(new BodyTooLargeError(`request body over ${maxBytes} bytes`));
                }
              });
              req.on("end", () => resolve());
              req.on("error", reject);
            }),
        };
        await handler(ctx);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return send(413, "application/json", `${JSON.stringify({ error: { code: "body-too-large", message: error.message } })}\n`, { connection: "close" });
        parameters.onError?.(route, error);
        send(500, "text/plain", "internal error\n");
      }
    })();
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(parameters.port, parameters.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = parameters.host.includes(":") ? `[${parameters.host}]` : parameters.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
