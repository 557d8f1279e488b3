/**
 * The dashboard: `GET /` (a static page, keeper/src/dashboard/, plain HTML + JS + CSS read from disk at
 * start: no framework, no build step, nothing from the network), `GET /v1/dashboard` (the live state as
 * JSON) and `GET /v1/events` (server-sent events: a fresh snapshot after every change, at most one per
 * SSE_MIN_INTERVAL_MS, and a comment every SSE_PING_MS to keep proxies from closing the stream).
 */
import { readFileSync } from "node:fs";
import type { KeeperMetrics } from "../metrics.ts";
import type { HttpContext, Routes } from "../http.ts";
import type { LiveState, Snapshot } from "./live.ts";
import { errorBody } from "./pull.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";

/** Concurrent event streams; more get 503. */
export const MAX_SSE_CLIENTS = 16;
/** Snapshots pushed per stream at most this often. */
export const SSE_MIN_INTERVAL_MS = 250;
/** Keep-alive comment period. */
export const SSE_PING_MS = 15_000;
/** Snapshot pushed at least this often even without a change (ages, balances). */
export const SSE_REFRESH_MS = 5_000;
/** Page and snapshot requests per client IP: burst … */
export const PAGE_BURST = 30;
/** … refilled per second. */
export const PAGE_REFILL_PER_SECOND = 5;

const ASSET_DIR = new URL("../dashboard/", import.meta.url);
const ASSETS: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/dashboard.js": { file: "dashboard.js", type: "text/javascript; charset=utf-8" },
  "/dashboard.css": { file: "dashboard.css", type: "text/css; charset=utf-8" },
};
/** The page allows only its own scripts, styles and requests. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export type DashboardDeps = {
  live: LiveState;
  snapshot: () => Snapshot;
  metrics?: KeeperMetrics;
  limiter?: RateLimiter;
};

export type DashboardRoutes = { routes: Routes; close(): void };

export function createDashboardRoutes(deps: DashboardDeps): DashboardRoutes {
  const limiter = deps.limiter ?? createRateLimiter({ capacity: PAGE_BURST, refillPerSecond: PAGE_REFILL_PER_SECOND });
  const files = Object.fromEntries(Object.entries(ASSETS).map(([path, a]) => [path, { body: readFileSync(new URL(a.file, ASSET_DIR), "utf8"), type: a.type }]));
  const streams = new Set<{ push: () => void; close: () => void }>();
  const json = () => `${JSON.stringify(deps.snapshot())}`;

  const limited = (ctx: HttpContext, route: string) => {
    const d = limiter.take(ctx.client);
    if (d.allowed) return false;
    deps.metrics?.rateLimited?.inc({ route });
    ctx.send(429, "application/json", errorBody("rate-limited", `too many requests from this address: retry in ${d.retryAfterSeconds} s`), { "retry-after": String(d.retryAfterSeconds) });
    return true;
  };

  const unsubscribe = deps.live.subscribe(() => {
    for (const s of streams) s.push();
  });

  const routes: Routes = {};
  for (const [path, file] of Object.entries(files)) {
    routes[`GET ${path}`] = (ctx) => {
      if (limited(ctx, "/")) return;
      ctx.send(200, file.type, file.body, { "content-security-policy": CSP, "x-content-type-options": "nosniff", "cache-control": "no-cache" });
    };
  }
  routes["GET /v1/dashboard"] = (ctx) => {
    if (limited(ctx, "/v1/dashboard")) return;
    ctx.send(200, "application/json", `${json()}\n`);
  };
  routes["GET /v1/events"] = (ctx) => {
    if (limited(ctx, "/v1/events")) return;
    if (streams.size >= MAX_SSE_CLIENTS) {
      return ctx.send(503, "application/json", errorBody("busy", `at most ${MAX_SSE_CLIENTS} event streams at once`), { "retry-after": "5" });
    }
    const { res, req } = ctx;
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
    if (req.method === "HEAD") return void res.end();
    let lastSent = 0;
    let pending: NodeJS.Timeout | undefined;
    const send = () => {
      pending = undefined;
      lastSent = performance.now();
      res.write(`event: snapshot\ndata: ${json()}\n\n`);
    };
    const stream = {
      push() {
        if (pending) return;
        const wait = SSE_MIN_INTERVAL_MS - (performance.now() - lastSent);
        if (wait <= 0) send();
        else pending = setTimeout(send, wait);
      },
      close() {
        clearTimeout(pending);
        clearInterval(ping);
        clearInterval(refresh);
        streams.delete(stream);
        deps.metrics?.sseClients?.set(streams.size);
        res.end();
      },
    };
    const ping = setInterval(() => res.write(": ping\n\n"), SSE_PING_MS);
    const refresh = setInterval(() => stream.push(), SSE_REFRESH_MS);
    streams.add(stream);
    deps.metrics?.sseClients?.set(streams.size);
    req.on("close", () => stream.close());
    res.write("retry: 2000\n\n");
    send();
  };
  return {
    routes,
    close() {
      unsubscribe();
      for (const s of [...streams]) s.close();
    },
  };
}
