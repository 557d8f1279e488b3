/**
 * The local market simulator: one loopback HTTP server that answers each supported exchange's real
 * ticker paths, in its real response format, under a per-exchange prefix
 * (`http://127.0.0.1:PORT/kraken/0/public/Ticker?pair=XBTUSD`). `baseUrls` are exactly what the
 * action's adapters take as base URLs.
 *
 * Prices follow configurable paths per asset (constant, seeded random walk, replayed series, step,
 * crash) in USD; USDT-quoted markets are priced through the simulated USDT/USD rate, so a depeg shows
 * up the way it does on real venues. Each venue sits a fixed few bps from the reference price, so
 * sources are close but not identical. Faults are injected per source: down (503 or connection
 * reset), slow, garbage, stale timestamps, outlier prices, venue error bodies.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ASSETS, type Asset, SOURCE_IDS, type SourceId } from "../actions/src/core/sources/index.ts";
import { type Tick, render, renderError, renderUnauthorized, route } from "./formats.ts";
import { type PricePath, compilePath, mulberry32 } from "./paths.ts";

export type { PricePath } from "./paths.ts";

export type Fault =
  /** 503 with an HTML body (`"503"`, default) or the connection reset without an answer (`"reset"`). */
  | { kind: "down"; mode?: "503" | "reset" }
  /** Answers correctly after `delayMs`. */
  | { kind: "slow"; delayMs: number }
  /** HTTP 200 with a body that is not the venue's format (`html`, default) or JSON of the wrong shape (`json`). */
  | { kind: "garbage"; variant?: "html" | "json" }
  /** The venue's timestamp is `ageSeconds` old (default {@link DEFAULT_STALE_SECONDS}); formats without one are unaffected. */
  | { kind: "stale"; ageSeconds?: number }
  /** Prices multiplied by `factor` (a lying source). */
  | { kind: "outlier"; factor: number }
  /** The venue's own error body for the request. */
  | { kind: "error" };

/** Reference USD prices the simulator starts from when no path is given. */
export const DEFAULT_PRICES_USD: Readonly<Record<Asset, number>> = { BTC: 67_000, ETH: 3_500, SOL: 150, USDT: 1, USDC: 1 };
/** Default largest fixed offset of a venue from the reference price, bps (each venue gets its own within ±). */
export const DEFAULT_VENUE_OFFSET_BPS = 3;
/** Half of every simulated book's bid/ask spread, bps. */
export const HALF_BOOK_SPREAD_BPS = 0.5;
/** Default age of a stale quote, seconds. */
export const DEFAULT_STALE_SECONDS = 3_600;

export type MarketSimulatorParams = {
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Price path per asset (USD); omitted assets stay at {@link DEFAULT_PRICES_USD}. */
  markets?: Partial<Record<Asset, PricePath>>;
  /** Seed of venue offsets (and of random walks without their own seed). */
  seed?: number;
  /** Wall clock, Unix ms (default `Date.now`); `advance(ms)` adds to it. */
  clock?: () => number;
  venueOffsetBps?: number;
  /** Keys the simulated premium APIs require (CoinGecko Pro header, CryptoCompare `Apikey`). */
  apiKeys?: Partial<Record<"coingecko" | "cryptocompare", string>>;
  /** Faults active from the start. */
  faults?: Partial<Record<SourceId, Fault>>;
};

export type MarketSimulator = {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Base URL of every venue, to pass as the action's per-source `baseUrl`. */
  baseUrls: Record<SourceId, string>;
  /** Reference USD price of `asset` now (before venue offsets and faults). */
  price(asset: Asset): number;
  /** Pins `asset` to a constant price from now on. */
  setPrice(asset: Asset, price: number): void;
  /** Replaces `asset`'s path; path time restarts at 0 now. */
  setPath(asset: Asset, path: PricePath): void;
  /** Sets (or with `null` clears) a source's fault. */
  inject(source: SourceId, fault: Fault | null): void;
  /** Moves the simulated clock forward. */
  advance(ms: number): void;
  /** Simulated time, Unix ms. */
  now(): number;
  /** Requests served per source (including faulted ones). */
  requestCount(source: SourceId): number;
  /** Requests to a keyed API that carried the right key. */
  authorizedCount(source: "coingecko" | "cryptocompare"): number;
  close(): Promise<void>;
};

type Market = { eval: (tMs: number) => number; startMs: number };

function venueOffsets(seed: number, maxBps: number): Record<SourceId, number> {
  const random = mulberry32(seed ^ 0x5eed);
  return Object.fromEntries(SOURCE_IDS.map((id) => [id, (random() * 2 - 1) * maxBps])) as Record<SourceId, number>;
}

export async function startMarketSimulator(params: MarketSimulatorParams = {}): Promise<MarketSimulator> {
  const clock = params.clock ?? Date.now;
  let offsetMs = 0;
  const now = () => clock() + offsetMs;
  const seed = params.seed ?? 1;
  const markets = new Map<Asset, Market>();
  const setPath = (asset: Asset, path: PricePath) => {
    if (!ASSETS.includes(asset)) throw new RangeError(`unknown asset ${asset}`);
    const withSeed = path.kind === "random-walk" && path.seed === undefined ? { ...path, seed: seed + ASSETS.indexOf(asset) } : path;
    markets.set(asset, { eval: compilePath(withSeed), startMs: now() });
  };
  for (const asset of ASSETS) setPath(asset, params.markets?.[asset] ?? { kind: "constant", price: DEFAULT_PRICES_USD[asset] });
  const priceOf = (asset: Asset) => {
    const m = markets.get(asset)!;
    return m.eval(now() - m.startMs);
  };
  const offsets = venueOffsets(seed, params.venueOffsetBps ?? DEFAULT_VENUE_OFFSET_BPS);
  const faults = new Map<SourceId, Fault>(Object.entries(params.faults ?? {}) as Array<[SourceId, Fault]>);
  const requests = new Map<SourceId, number>();
  const authorized = new Map<SourceId, number>();

  function tickFor(source: SourceId, symbol: string, base: Asset, quote: "USD" | "USDT", fault: Fault | undefined): Tick {
    let mid = priceOf(base) * (1 + offsets[source] / 10_000);
    if (quote === "USDT") mid /= priceOf("USDT");
    if (fault?.kind === "outlier") mid *= fault.factor;
    const half = mid * (HALF_BOOK_SPREAD_BPS / 10_000);
    const staleMs = fault?.kind === "stale" ? (fault.ageSeconds ?? DEFAULT_STALE_SECONDS) * 1000 : 0;
    return { base, quote, symbol, last: mid, bid: mid - half, ask: mid + half, timeMs: Math.floor(now() - staleMs) };
  }

  function keyOk(source: SourceId, req: IncomingMessage): boolean {
    if (source !== "coingecko" && source !== "cryptocompare") return true;
    const expected = params.apiKeys?.[source];
    if (expected === undefined) return true;
    const given = source === "coingecko" ? req.headers["x-cg-pro-api-key"] : req.headers.authorization?.replace(/^Apikey /, "");
    if (given !== expected) return false;
    authorized.set(source, (authorized.get(source) ?? 0) + 1);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sim.local");
    const [, prefix = "", ...rest] = url.pathname.split("/");
    const source = (SOURCE_IDS as readonly string[]).includes(prefix) ? (prefix as SourceId) : undefined;
    const send = (status: number, body: string, type = "application/json") => {
      res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    if (!source) return send(404, JSON.stringify({ error: `no simulated venue at /${prefix}`, venues: SOURCE_IDS }));
    requests.set(source, (requests.get(source) ?? 0) + 1);
    const fault = faults.get(source);
    if (fault?.kind === "down") {
      if (fault.mode === "reset") return void req.socket.destroy();
      return send(503, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", "text/html");
    }
    if (fault?.kind === "slow") await new Promise((r) => setTimeout(r, fault.delayMs));
    if (res.destroyed) return;
    if (fault?.kind === "garbage") {
      if (fault.variant === "json") return send(200, JSON.stringify({ data: { price: null }, note: "unexpected shape" }));
      return send(200, "<html><body>Just a moment...</body></html>", "text/html");
    }
    const r = route(source, `/${rest.join("/")}`, url.searchParams);
    if (!r) return send(404, JSON.stringify({ error: "unknown path" }));
    if (!keyOk(source, req)) {
      const u = renderUnauthorized(source);
      return send(u.status, u.body);
    }
    if (fault?.kind === "error" || r.base === undefined) {
      const e = renderError(source, r.symbol, now());
      return send(e.status, e.body);
    }
    const body = render(source, tickFor(source, r.symbol, r.base, r.quote, fault));
    send(body.status, body.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`simulator error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(params.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    baseUrls: Object.fromEntries(SOURCE_IDS.map((id) => [id, `${base}/${id}`])) as Record<SourceId, string>,
    price: priceOf,
    setPrice: (asset, price) => setPath(asset, { kind: "constant", price }),
    setPath,
    inject: (source, fault) => {
      if (!SOURCE_IDS.includes(source)) throw new RangeError(`unknown source ${source}`);
      if (fault === null) faults.delete(source);
      else faults.set(source, fault);
    },
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance needs a non-negative number of ms, got ${ms}`);
      offsetMs += ms;
    },
    now,
    requestCount: (source) => requests.get(source) ?? 0,
    authorizedCount: (source) => authorized.get(source) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
