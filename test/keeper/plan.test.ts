/** The round planner (pure): Lit's limits and the chains' per execution and transaction, with the action's own request count. */
import { describe, expect, it } from "vitest";
import { type FeedManifest, validateFeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { MAX_FETCHES_PER_EXECUTION, validatePriceFeedParams } from "../../actions/src/core/params.ts";
import { checkPlannable, DEFAULT_PLAN_LIMITS, fetchesOf, jsParamsBytesOf, planRound, RoundPlanError } from "../../keeper/src/feeds/plan.ts";
import { buildResponse, MAX_RESPONSE_BYTES } from "../../actions/src/core/envelope.ts";
import { encodeNodeValue } from "../../actions/src/core/node.ts";
import { responseBound } from "../../actions/src/core/response-bound.ts";
import { decideRound } from "../../actions/src/core/round.ts";
import { scaleFeeds, SCALE_SOURCES } from "../../keeper/src/embedded.ts";
import { RECEIVER_A, testManifest } from "../actions/helpers/manifest.ts";

const CHAINS = Array.from({ length: 12 }, (_, i) => ({ name: `c${i}`, chainId: 31_337 + i }));

/** A manifest of `feeds` and the USDT/USD rate feed (the synthetic feeds' OKX and Bybit books convert through it). */
function manifestWith(feeds: FeedManifest["feeds"], chains = CHAINS.length) {
  const rate = testManifest().feeds.find((f) => f.symbol === "USDT/USD")!;
  return validateFeedManifest(testManifest({ feeds: feeds.some((f) => f.symbol === rate.symbol) ? feeds : [...feeds, rate], chains: CHAINS.slice(0, chains).map((c) => ({ chainId: c.chainId, rpcUrls: ["http://127.0.0.1:9/rpc"] })) }));
}

/** Every (feed, chain) of a plan, as `feed@chain`, once per destination it appears in. */
const delivered = (plan: ReturnType<typeof planRound>) => plan.executions.flatMap((e) => e.destinations.flatMap((d) => d.feeds.map((f) => `${f}@${d.chain}`)));

describe("round planner", () => {
  const feeds200 = scaleFeeds(200);
  const m200 = manifestWith(feeds200, 2);

  it("plans 200 feeds on 2 chains into few executions, one transaction per chain per execution, every (feed, chain) exactly once", () => {
    const symbols = feeds200.map((f) => f.symbol);
    const plan = planRound({ manifest: m200, targets: CHAINS.slice(0, 2).map((chain) => ({ chain, feeds: symbols })) });
    expect(plan.executions.length).toBeLessThanOrEqual(2);
    const all = delivered(plan);
    expect(all).toHaveLength(400);
    expect(new Set(all).size).toBe(400);
    for (const e of plan.executions) {
      expect(e.fetches).toBeLessThanOrEqual(MAX_FETCHES_PER_EXECUTION);
      expect(e.responseBytes).toBeLessThanOrEqual(DEFAULT_PLAN_LIMITS.maxResponseBytes);
      expect(new Set(e.destinations.map((d) => d.chainId)).size).toBe(e.destinations.length);
    }
  });

  it("counts requests with the action's own function: the action accepts every planned execution and counts the same", () => {
    const symbols = feeds200.map((f) => f.symbol);
    const plan = planRound({ manifest: m200, targets: CHAINS.slice(0, 2).map((chain) => ({ chain, feeds: symbols })) });
    for (const e of plan.executions) {
      const params = validatePriceFeedParams(m200, {
        version: 2,
        feeds: e.feeds,
        destinations: e.destinations.map((d) => ({ chainId: d.chainId, receiver: RECEIVER_A, feeds: d.feeds })),
        signer: { publicKey: "0x04" },
      });
      expect(params.fetchCount).toBe(e.fetches);
    }
  });

  it("splits more destinations than an execution has signatures: 12 chains -> 2 executions of at most 9 destinations", () => {
    const m = manifestWith(testManifest().feeds, 12);
    const plan = planRound({ manifest: m, targets: CHAINS.map((chain) => ({ chain, feeds: ["BTC/USD", "ETH/USD"] })) });
    expect(plan.executions.map((e) => e.destinations.length)).toEqual([9, 3]);
    expect(plan.executions.every((e) => e.signatures <= DEFAULT_PLAN_LIMITS.maxSignatures)).toBe(true);
    expect(plan.reasons.join("\n")).toMatch(/signatures: 12 destinations > 9 per execution/);
    expect(delivered(plan).sort()).toEqual(CHAINS.flatMap((c) => [`BTC/USD@${c.name}`, `ETH/USD@${c.name}`]).sort());
  });

  it("splits more venues x feeds than an execution has requests, and says why", () => {
    // Coinbase has no batch endpoint: one request per feed there.
    const feeds = scaleFeeds(60, ["coinbase", "kraken", "bitstamp"]);
    const m = manifestWith(feeds, 2);
    const symbols = feeds.map((f) => f.symbol);
    const plan = planRound({ manifest: m, targets: CHAINS.slice(0, 2).map((chain) => ({ chain, feeds: symbols })) });
    expect(plan.executions.length).toBeGreaterThan(1);
    expect(plan.executions.every((e) => e.fetches <= MAX_FETCHES_PER_EXECUTION)).toBe(true);
    expect(plan.reasons[0]).toMatch(/^requests: \d+ > 50 with S\d+\/USD \(new execution\)$/);
    const all = delivered(plan);
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    expect(fetchesOf(m, symbols, [CHAINS[0]!.chainId])).toBeGreaterThan(MAX_FETCHES_PER_EXECUTION);
  });

  it("chunks a chain's feeds by a transaction's gas, one chunk per execution", () => {
    const symbols = feeds200.map((f) => f.symbol);
    const plan = planRound({ manifest: m200, targets: [{ chain: CHAINS[0]!, feeds: symbols }], limits: { maxTxGas: 40_000 + 7_000 * 64 } });
    const sizes = plan.executions.flatMap((e) => e.destinations.map((d) => d.feeds.length));
    expect(Math.max(...sizes)).toBe(64);
    expect(plan.executions.every((e) => e.destinations.length === 1)).toBe(true);
    expect(plan.txsPerChain).toEqual({ c0: sizes.length });
    expect(delivered(plan)).toHaveLength(200);
    expect(new Set(delivered(plan)).size).toBe(200);
    expect(plan.reasons.join("\n")).toMatch(/c0: \d+ feeds > 64 per transaction/);
    expect(plan.executions.every((e) => e.destinations.every((d) => d.gas <= 40_000 + 7_000 * 64))).toBe(true);
  });

  it("refuses at config time what cannot fit alone, with the reason", () => {
    const feeds = scaleFeeds(1, ["coinbase", "kraken", "bitstamp"]);
    const m = manifestWith(feeds, 1);
    expect(checkPlannable({ manifest: m, feeds: [{ symbol: feeds[0]!.symbol, chains: [CHAINS[0]!] }] })).toEqual([]);
    expect(checkPlannable({ manifest: m, feeds: [{ symbol: feeds[0]!.symbol, chains: [CHAINS[0]!] }], limits: { maxFetches: 2 } })).toEqual([
      `feeds.${feeds[0]!.symbol}: needs 4 HTTP requests per node alone (its 3 sources, its rate feeds and one chain); a Lit execution allows 2`,
    ]);
    expect(checkPlannable({ manifest: m, feeds: [{ symbol: "DOGE/USD", chains: [CHAINS[0]!] }, { symbol: feeds[0]!.symbol, chains: [CHAINS[5]!] }] })).toEqual([
      `feeds.DOGE/USD: not a feed of the action's manifest (${feeds[0]!.symbol}, USDT/USD)`,
      `feeds.${feeds[0]!.symbol}: chain c5 (31342) is not a chain of the action's manifest`,
    ]);
    expect(() => planRound({ manifest: m, targets: [{ chain: CHAINS[0]!, feeds: [feeds[0]!.symbol] }], limits: { maxFetches: 2 } })).toThrow(RoundPlanError);
  });

  it("keeps each execution's jsParams within Lit's limit: splits, evens the executions out, and refuses a feed that cannot fit alone", () => {
    const symbols = feeds200.map((f) => f.symbol);
    const targets = CHAINS.slice(0, 2).map((chain) => ({ chain, feeds: symbols }));
    expect(DEFAULT_PLAN_LIMITS.maxJsParamsBytes).toBe(64 * 1024);
    const plan = planRound({ manifest: m200, targets, limits: { maxJsParamsBytes: 8 * 1024 } });
    expect(plan.executions.length).toBeGreaterThan(2);
    expect(plan.executions.every((e) => e.jsParamsBytes <= 8 * 1024)).toBe(true);
    expect(plan.reasons[0]).toMatch(/^jsParams: up to \d+ > 8192 bytes with S\d+\/USD \(new execution\)$/);
    const sizes = plan.executions.map((e) => e.feeds.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(new Set(delivered(plan)).size).toBe(400);
    // The planner's figure is what the keeper's jsParams can reach: the real one is no larger.
    const e = plan.executions[0]!;
    const real = { version: 2, feeds: e.feeds, observedAtHint: 1_800_000_000, destinations: e.destinations.map((d) => ({ chainId: d.chainId, receiver: RECEIVER_A, feeds: d.feeds })), signer: { publicKey: `0x04${"11".repeat(64)}` } };
    expect(JSON.stringify(real).length).toBeLessThanOrEqual(jsParamsBytesOf(e.feeds, e.destinations));
    const one = [{ symbol: symbols[0]!, chains: [CHAINS[0]!] }];
    expect(checkPlannable({ manifest: m200, feeds: one, limits: { maxJsParamsBytes: 200 } })).toEqual([expect.stringMatching(/^feeds\.S001\/USD: its jsParams alone can reach \d+ bytes; Lit allows 200$/)]);
    expect(() => planRound({ manifest: m200, targets, limits: { maxJsParamsBytes: 200 } })).toThrow(/jsParams/);
  });

  it("bounds the response with the action's own serialiser: worst cases per feed, growing with feeds and destinations", () => {
    const symbols = feeds200.map((f) => f.symbol);
    const both = (feeds: string[]) => CHAINS.slice(0, 2).map((c) => ({ chainId: c.chainId, feeds }));
    const one = responseBound(m200, symbols.slice(0, 1), both(symbols.slice(0, 1)));
    const hundred = responseBound(m200, symbols.slice(0, 100), both(symbols.slice(0, 100)));
    expect(hundred.signedBytes).toBeGreaterThan(one.signedBytes);
    expect(responseBound(m200, symbols.slice(0, 100), both(symbols.slice(0, 100)).slice(0, 1)).signedBytes).toBeLessThan(hundred.signedBytes);
    expect(hundred.totalBytes).toBe(hundred.signedBytes + hundred.diagnosticsBytes);
    // A real worst case of one feed (no node has a price, every code refused) is within the bound.
    const manifest = m200;
    const params = validatePriceFeedParams(manifest, { version: 2, feeds: symbols.slice(0, 1), destinations: both(symbols.slice(0, 1)).map((d) => ({ chainId: d.chainId, receiver: RECEIVER_A })), signer: { publicKey: "0x04" } });
    const values = ["source-quorum", "spread-too-wide", "chain-read"].map((code) => encodeNodeValue({ clock: 1_800_000_000, feeds: [{ symbol: symbols[0]!, ok: false, code, reason: "" }], chain: params.destinations.map(() => ({ ok: true, answers: [0n] })) }));
    const decision = decideRound(params, values);
    expect(decision.ok).toBe(true);
    if (decision.ok) expect(JSON.stringify(buildResponse(decision)).length).toBeLessThanOrEqual(one.signedBytes);
    // Every planned execution's signed part fits the action's ceiling.
    const plan = planRound({ manifest: m200, targets: CHAINS.slice(0, 2).map((chain) => ({ chain, feeds: symbols })) });
    expect(plan.executions.every((e) => e.responseBytes <= MAX_RESPONSE_BYTES && e.responseTotalBytes >= e.responseBytes)).toBe(true);
  });

  it("the synthetic feeds are manifest entries for pairs no catalog lists (listed per venue), and a venue that does not list them is refused", () => {
    const entry = scaleFeeds(1)[0]!;
    expect(entry.markets).toEqual({ kraken: { listed: true }, bitstamp: { listed: true }, bitfinex: { listed: true }, okx: { quote: "USDT", listed: true }, bybit: { quote: "USDT", listed: true } });
    expect(SCALE_SOURCES).toEqual(Object.keys(entry.markets!));
    expect(manifestWith([entry], 1).feeds[0]!.markets.map((m) => m.symbol)).toEqual(["S001USD", "s001usd", "tS001:USD", "S001-USDT", "S001USDT"]);
    const { markets: _m, ...unlisted } = entry;
    expect(() => manifestWith([unlisted], 1)).toThrow(/invalid price-feed manifest/);
  });
});
