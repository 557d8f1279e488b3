/**
 * Requests for a set of markets: the venues' batch endpoints where they have one, so a node's
 * requests grow with the number of venues, not with venues × feeds; and the reading of one answer
 * back into one result per market. Pure: no I/O.
 */
import { SOURCES } from "./index.ts";
import { type Market, type ParseResult, type SourceId, SOURCE_IDS, fail } from "./types.ts";

/** Largest answer read for a single-market or named-markets request, characters. */
export const MAX_BODY_CHARS = 256 * 1024;
/**
 * Largest answer read from an "every market" endpoint, characters: the real lists are 10 KB (Gemini)
 * to about 0.5 MB (KuCoin's ~1,300 symbols), so they get more room than a named request.
 */
export const MAX_ALL_MARKETS_BODY_CHARS = 2 * 1024 * 1024;

/** The answer size limit of a request. */
export function maxBodyCharsOf(request: MarketRequest): number {
  return request.batch && SOURCES[request.source].batch?.scope === "all" ? MAX_ALL_MARKETS_BODY_CHARS : MAX_BODY_CHARS;
}

/** Fewest markets of one venue that go in one batch request (a single market uses the single endpoint, which carries more). */
export const MIN_BATCH_MARKETS = 2;

/** One HTTP request a node makes: one market (`batch: false`) or several on one venue. */
export type MarketRequest = {
  /** Stable identity: `source:symbol` for a single market, `source:symbol,symbol,…` for a batch. */
  key: string;
  source: SourceId;
  batch: boolean;
  markets: Market[];
};

/** Identity of a market across requests. */
export const marketKeyOf = (market: Pick<Market, "source" | "symbol">): string => `${market.source}:${market.symbol}`;

/**
 * The requests covering `markets` (duplicates collapse), in a fixed order: venues in
 * {@link SOURCE_IDS} order, markets in first-seen order. A venue with at least
 * {@link MIN_BATCH_MARKETS} markets and a batch endpoint gets one request per group and chunk of
 * `batch.maxMarkets`; otherwise one request per market.
 */
export function planRequests(markets: readonly Market[], options: { batch?: boolean } = {}): MarketRequest[] {
  const useBatch = options.batch ?? true;
  const bySource = new Map<SourceId, Market[]>();
  const seen = new Set<string>();
  for (const m of markets) {
    const key = marketKeyOf(m);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = bySource.get(m.source) ?? [];
    list.push(m);
    bySource.set(m.source, list);
  }
  const out: MarketRequest[] = [];
  for (const source of SOURCE_IDS) {
    const list = bySource.get(source);
    if (!list) continue;
    const batch = SOURCES[source].batch;
    if (!useBatch || !batch || list.length < MIN_BATCH_MARKETS) {
      for (const m of list) out.push({ key: marketKeyOf(m), source, batch: false, markets: [m] });
      continue;
    }
    const groups = new Map<string, Market[]>();
    for (const m of list) {
      const g = batch.group?.(m) ?? "";
      groups.set(g, [...(groups.get(g) ?? []), m]);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i += batch.maxMarkets) {
        const chunk = group.slice(i, i + batch.maxMarkets);
        if (chunk.length === 1) out.push({ key: marketKeyOf(chunk[0]!), source, batch: false, markets: chunk });
        else out.push({ key: `${source}:${chunk.map((m) => m.symbol).join(",")}`, source, batch: true, markets: chunk });
      }
    }
  }
  return out;
}

/** The request URL under the venue's base URL. */
export function requestUrl(request: MarketRequest, baseUrl: string): string {
  const adapter = SOURCES[request.source];
  return request.batch ? adapter.batch!.url(baseUrl, request.markets) : adapter.url(baseUrl, request.markets[0]!);
}

/** What the shell got back from one request (structurally the same as `aggregate.ts`'s `FetchOutcome`). */
export type RequestOutcome = { ok: true; status: number; body: string } | { ok: false; error: string };

/**
 * One answer read back into one result per market of the request, in order: a failed request, a
 * non-2xx status (with the venue's own text when the body carries one), a body that is not JSON, or
 * the venue's error fail every market; otherwise the adapter reads each market.
 */
export function parseResponse(request: MarketRequest, outcome: RequestOutcome | undefined): ParseResult[] {
  const all = (reason: string) => request.markets.map(() => fail(reason));
  if (outcome === undefined) return all("not fetched");
  if (!outcome.ok) return all(`request failed: ${outcome.error}`);
  const adapter = SOURCES[request.source];
  let body: unknown;
  let json = true;
  try {
    body = JSON.parse(outcome.body);
  } catch {
    json = false;
  }
  if (outcome.status < 200 || outcome.status > 299) {
    // The venue's own reason (Binance -1121, Coinbase NotFound, a rate limit ...), when the body carries one.
    const text = json ? adapter.venueError(body) : undefined;
    return all(text === undefined ? `HTTP ${outcome.status}` : `HTTP ${outcome.status}: ${text}`);
  }
  if (!json) return all("body is not JSON");
  if (!request.batch) return [adapter.parse(body, request.markets[0]!)];
  const results = adapter.batch!.parse(body, request.markets);
  return request.markets.map((_, i) => results[i] ?? fail("no result for this market"));
}
