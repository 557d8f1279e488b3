/**
 * The local market simulator: one loopback HTTP server that answers each supported exchange's real
 * ticker paths, in its real response format, under a per-exchange prefix
 * (`http://127.0.0.1:PORT/kraken/0/public/Ticker?pair=XBTUSD`). `baseUrls` are exactly what the
 * action's adapters take as base URLs.
 *
 * Prices follow configurable paths per asset (constant, seeded random walk, replayed series, step,
 * crash) in USD; USDT-quoted markets are priced through the simulated USDT/USD rate, so a depeg shows
 * up the way it does on real venues. Each venue sits a fixed few bps from the reference price, so
 * sources are close but not identical. Each venue prints prices with its own precision and answers
 * its batch endpoints (Binance `symbols=[...]`, Kraken `pair=a,b`, Bitfinex `tickers`, the "every
 * market" lists of Bitstamp, OKX, Bybit, Gemini and KuCoin, CoinGecko `ids=a,b`, CryptoCompare
 * `pricemulti`). Any asset can be simulated; a venue serves the pairs the adapters' catalog (plus
 * `listings`) says it lists. Faults are injected per source: down (503 or connection reset), slow,
 * garbage, stale timestamps, a frozen book with fresh timestamps, outlier prices, venue error bodies,
 * rate-limit and maintenance answers, pairs left out of batch answers.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Listings, type Market, SOURCE_IDS, SOURCES, type SourceId } from "../actions/src/core/sources/index.ts";
import {
  type Rendered,
  type Tick,
  batchFailsOnUnknown,
  parseRequest,
  render,
  renderBatch,
  renderError,
  renderMaintenance,
  renderRateLimited,
  renderUnauthorized,
} from "./formats.ts";
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
  /** The book stops moving at the prices of the moment the fault is injected, while timestamps stay fresh. */
  | { kind: "frozen" }
  /** Prices multiplied by `factor` (a lying source). */
  | { kind: "outlier"; factor: number }
  /** The venue's own error body for the request. */
  | { kind: "error" }
  /** The venue's rate-limit answer (HTTP 200 on Kraken, Bybit, CryptoCompare; 429 elsewhere). */
  | { kind: "rate-limit" }
  /** The venue's maintenance answer (HTTP 200 on Kraken, OKX, Bybit, CryptoCompare; 503 elsewhere). */
  | { kind: "maintenance" }
  /** Batch answers leave out these venue symbols; single requests for them get the unknown-market answer. */
  | { kind: "omit"; symbols: readonly string[] };

/** Reference USD prices the simulator starts from when no path is given. */
export const DEFAULT_PRICES_USD: Readonly<Record<string, number>> = { BTC: 67_000, ETH: 3_500, SOL: 150, USDT: 1, USDC: 1 };
/** Assets every simulator prices (the ones of {@link DEFAULT_PRICES_USD}, in a fixed order: it seeds their walks). */
export const DEFAULT_ASSETS: readonly string[] = Object.keys(DEFAULT_PRICES_USD);
/** Default largest fixed offset of a venue from the reference price, bps (each venue gets its own within ±). */
export const DEFAULT_VENUE_OFFSET_BPS = 3;
/** Half of every simulated book's bid/ask spread, bps. */
export const HALF_BOOK_SPREAD_BPS = 0.5;
/** Default age of a stale quote, seconds. */
export const DEFAULT_STALE_SECONDS = 3_600;

export type MarketSimulatorParams = {
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Price path per asset (USD); the default assets not given stay at {@link DEFAULT_PRICES_USD}; any other ticker may be added. */
  markets?: Readonly<Record<string, PricePath>>;
  /** Pairs the venues list beyond the adapters' catalog (as a manifest lists them). */
  listings?: Listings;
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
  price(asset: string): number;
  /** Pins `asset` to a constant price from now on (adds the asset if it is new). */
  setPrice(asset: string, price: number): void;
  /** Replaces `asset`'s path (adds the asset if it is new); path time restarts at 0 now. */
  setPath(asset: string, path: PricePath): void;
  /** Every market a venue serves now (its catalog pairs whose base and quote are simulated). */
  markets(source: SourceId): Market[];
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

type PathState = { eval: (tMs: number) => number; startMs: number };

function venueOffsets(seed: number, maxBps: number): Record<SourceId, number> {
  const random = mulberry32(seed ^ 0x5eed);
  return Object.fromEntries(SOURCE_IDS.map((id) => [id, (random() * 2 - 1) * maxBps])) as Record<SourceId, number>;
}

function hashTicker(ticker: string): number {
  let h = 0;
  for (const c of ticker) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}

export async function startMarketSimulator(params: MarketSimulatorParams = {}): Promise<MarketSimulator> {
  const clock = params.clock ?? Date.now;
  let offsetMs = 0;
  const now = () => clock() + offsetMs;
  const seed = params.seed ?? 1;
  const paths = new Map<string, PathState>();
  /** Per venue: venue symbol -> market, rebuilt when an asset is added. */
  let index = new Map<SourceId, Map<string, Market>>();
  const rebuildIndex = () => {
    const next = new Map<SourceId, Map<string, Market>>();
    for (const source of SOURCE_IDS) {
      const bySymbol = new Map<string, Market>();
      for (const base of paths.keys()) {
        for (const quote of SOURCES[source].quotes) {
          if (quote !== "USD" && !paths.has(quote)) continue;
          const r = SOURCES[source].resolve(base, quote, params.listings);
          if (r.ok) bySymbol.set(r.market.symbol, r.market);
        }
      }
      next.set(source, bySymbol);
    }
    index = next;
  };
  let indexed = false;
  const setPath = (asset: string, path: PricePath) => {
    if (typeof asset !== "string" || !/^[A-Z0-9]{1,15}$/.test(asset)) throw new RangeError(`unknown asset ${asset}: an upper-case ticker is needed`);
    const builtIn = DEFAULT_ASSETS.indexOf(asset);
    const withSeed = path.kind === "random-walk" && path.seed === undefined ? { ...path, seed: seed + (builtIn >= 0 ? builtIn : hashTicker(asset)) } : path;
    const isNew = !paths.has(asset);
    paths.set(asset, { eval: compilePath(withSeed), startMs: now() });
    if (isNew && indexed) rebuildIndex();
  };
  for (const asset of DEFAULT_ASSETS) setPath(asset, params.markets?.[asset] ?? { kind: "constant", price: DEFAULT_PRICES_USD[asset]! });
  for (const [asset, path] of Object.entries(params.markets ?? {})) if (!paths.has(asset)) setPath(asset, path);
  rebuildIndex();
  indexed = true;
  const priceOf = (asset: string) => {
    const m = paths.get(asset);
    if (!m) throw new RangeError(`asset ${asset} is not simulated`);
    return m.eval(now() - m.startMs);
  };
  const offsets = venueOffsets(seed, params.venueOffsetBps ?? DEFAULT_VENUE_OFFSET_BPS);
  const faults = new Map<SourceId, Fault>(Object.entries(params.faults ?? {}) as Array<[SourceId, Fault]>);
  /** A frozen venue's USD prices, captured when the fault was injected. */
  const frozen = new Map<SourceId, Map<string, number>>();
  const requests = new Map<SourceId, number>();
  const authorized = new Map<SourceId, number>();

  const freeze = (source: SourceId) => frozen.set(source, new Map([...paths.keys()].map((a) => [a, priceOf(a)])));
  for (const [source, fault] of faults) if (fault.kind === "frozen") freeze(source);

  function tickFor(source: SourceId, market: Market, fault: Fault | undefined): Tick {
    const usd = (asset: string) => (asset === "USD" ? 1 : (frozen.get(source)?.get(asset) ?? priceOf(asset)));
    let mid = (usd(market.base) / usd(market.quote)) * (1 + offsets[source] / 10_000);
    if (fault?.kind === "outlier") mid *= fault.factor;
    const half = mid * (HALF_BOOK_SPREAD_BPS / 10_000);
    const staleMs = fault?.kind === "stale" ? (fault.ageSeconds ?? DEFAULT_STALE_SECONDS) * 1000 : 0;
    return { market, last: mid, bid: mid - half, ask: mid + half, timeMs: Math.floor(now() - staleMs) };
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

  function answer(source: SourceId, path: string, query: URLSearchParams, fault: Fault | undefined): Rendered {
    const request = parseRequest(source, path, query);
    if (!request) return { status: 404, body: JSON.stringify({ error: "unknown path" }) };
    const nowMs = now();
    if (fault?.kind === "error") return renderError(source, request.symbols === "all" ? "" : request.symbols.join(","), nowMs);
    if (fault?.kind === "rate-limit") return renderRateLimited(source, nowMs);
    if (fault?.kind === "maintenance") return renderMaintenance(source, nowMs);
    const venue = index.get(source)!;
    const omitted = new Set(fault?.kind === "omit" ? fault.symbols : []);
    const served = (symbol: string) => (omitted.has(symbol) ? undefined : venue.get(symbol));
    if (!request.batch) {
      const symbol = request.symbols === "all" ? "" : (request.symbols[0] ?? "");
      const market = served(symbol);
      return market ? render(source, tickFor(source, market, fault), path) : renderError(source, symbol, nowMs);
    }
    let markets: Market[];
    if (request.symbols === "all") {
      markets = [...venue.keys()].map(served).filter((m): m is Market => m !== undefined);
    } else {
      const unknown = request.symbols.filter((s) => !venue.has(s));
      if (unknown.length > 0 && batchFailsOnUnknown(source)) return renderError(source, unknown.join(","), nowMs);
      markets = request.symbols.map(served).filter((m): m is Market => m !== undefined);
    }
    return renderBatch(source, markets.map((m) => tickFor(source, m, fault)), nowMs, path);
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
    if (parseRequest(source, `/${rest.join("/")}`, url.searchParams) && !keyOk(source, req)) {
      const u = renderUnauthorized(source);
      return send(u.status, u.body);
    }
    const r = answer(source, `/${rest.join("/")}`, url.searchParams, fault);
    send(r.status, r.body, r.contentType);
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
    markets: (source) => [...(index.get(source)?.values() ?? [])],
    inject: (source, fault) => {
      if (!SOURCE_IDS.includes(source)) throw new RangeError(`unknown source ${source}`);
      frozen.delete(source);
      if (fault === null) faults.delete(source);
      else {
        faults.set(source, fault);
        if (fault.kind === "frozen") freeze(source);
      }
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
