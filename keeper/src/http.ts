/**
 * The operations endpoint (node:http): `/metrics` (Prometheus text), `/health` (the process is alive),
 * `/ready` (200 when every feed's on-chain answer is younger than its heartbeat on every chain, else
 * 503 with the stale feeds as JSON).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export type StaleFeed = { feed: string; chain: string; ageSeconds: number | null; heartbeatSeconds: number };
export type Readiness = { ready: boolean; stale: StaleFeed[]; detail?: Record<string, unknown> };

export type OpsServer = { readonly url: string; readonly port: number; close(): Promise<void> };

export type StartOpsServerParameters = {
  host: string;
  port: number;
  registry: Registry;
  readiness: () => Readiness | Promise<Readiness>;
  /** Called before each scrape (refresh ages). */
  beforeScrape?: () => void | Promise<void>;
};

export async function startOpsServer(parameters: StartOpsServerParameters): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    void (async () => {
      try {
        if (req.method !== "GET" && req.method !== "HEAD") return send(405, "text/plain", "method not allowed\n");
        if (path === "/metrics") {
          await parameters.beforeScrape?.();
          return send(200, parameters.registry.contentType, await parameters.registry.metrics());
        }
        if (path === "/health" || path === "/healthz") return send(200, "application/json", `${JSON.stringify({ status: "ok" })}\n`);
        if (path === "/ready" || path === "/readyz") {
          const r = await parameters.readiness();
          return send(r.ready ? 200 : 503, "application/json", `${JSON.stringify({ status: r.ready ? "ready" : "not-ready", stale: r.stale, ...r.detail })}\n`);
        }
        return send(404, "text/plain", "not found: try /metrics, /health or /ready\n");
      } catch (error) {
        send(500, "text/plain", `${error instanceof Error ? error.message : String(error)}\n`);
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
