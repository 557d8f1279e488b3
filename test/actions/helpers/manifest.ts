/**
 * Test manifests and a stub receiver RPC for the in-process node set. The e2e suites
 * (test/actions/e2e.test.ts, test/security/) use real EDR chains and real receivers instead.
 */
import { type Hex, encodeAbiParameters } from "viem";
import { FEED_MANIFEST_KIND, FEED_MANIFEST_VERSION, MAX_SOURCE_TIMEOUT_MS, type FeedManifest, validateFeedManifest } from "../../../actions/src/core/feed-manifest.ts";
import { validatePriceFeedParams, type PriceFeedParams, type ResolvedPriceFeedParams } from "../../../actions/src/core/params.ts";
import { type SourceId, SOURCE_IDS } from "../../../actions/src/core/sources/index.ts";
import { FEED_STATE_SELECTOR } from "../../../actions/src/price-feed/run.ts";

export const EIGHT: SourceId[] = ["coinbase", "binance", "kraken", "bitstamp", "okx", "bybit", "gemini", "kucoin"];
/** Venues with a USD book for USDT: the sources of the test manifests' USDT/USD rate feed. */
export const USDT_RATE: SourceId[] = ["kraken", "coinbase", "bitstamp", "gemini", "bitfinex"];
export const RECEIVER_A = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
export const RECEIVER_B = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
/** A loopback RPC URL the stub fetch answers (never a real listener). */
export const STUB_RPC = "http://127.0.0.1:9/rpc";

/**
 * A local manifest: every source (with the longest request timeout: the subject of these tests is
 * never the timeout, and the machine may be slow) at `baseUrls` (default an unused loopback port), BTC and ETH from eight venues (four of them USDT books, converted through the USDT/USD feed from five USD books), chains 31337 and 31338. */
export function testManifest(over: Partial<FeedManifest> = {}, baseUrls?: Record<string, string>): FeedManifest {
  return {
    kind: FEED_MANIFEST_KIND,
    version: FEED_MANIFEST_VERSION,
    name: "test",
    local: true,
    sources: Object.fromEntries(SOURCE_IDS.map((id) => [id, { baseUrl: baseUrls?.[id] ?? `http://127.0.0.1:9/${id}`, timeoutMs: MAX_SOURCE_TIMEOUT_MS }])),
    feeds: [
      { symbol: "BTC/USD", decimals: 8, sources: [...EIGHT] },
      { symbol: "ETH/USD", decimals: 8, sources: [...EIGHT] },
      // The rate the USDT books (Binance, OKX, Bybit, KuCoin) are converted through: a feed itself.
      { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] },
    ],
    chains: [
      { chainId: 31337, rpcUrls: [STUB_RPC] },
      { chainId: 31338, rpcUrls: [STUB_RPC] },
    ],
    ...over,
  };
}

export function resolve(manifest: FeedManifest, params: PriceFeedParams): ResolvedPriceFeedParams {
  return validatePriceFeedParams(validateFeedManifest(manifest), params);
}

/** ABI-encoded `FeedState` with `answer` and `observedAt` (the rest zero, configured). */
export function feedStateResult(answer: bigint, observedAt = 0n): Hex {
  return encodeAbiParameters(
    [{ type: "int256" }, { type: "uint64" }, { type: "uint64" }, { type: "uint64" }, { type: "int256" }, { type: "int256" }, { type: "bool" }, { type: "bool" }, { type: "bool" }, { type: "bool" }],
    [answer, observedAt, observedAt, 0n, 0n, 0n, true, false, false, false],
  );
}

/**
 * A fetch that answers JSON-RPC `feedState` batches at {@link STUB_RPC} with `answers[receiver][feedId]`
 * (default 0 = no answer yet) and passes everything else to `inner`.
 */
export function withStubReceivers(answers: Record<string, Record<string, bigint>> = {}, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    if (!url.startsWith(STUB_RPC)) return inner(input, init);
    const calls = JSON.parse(String(init?.body)) as { id: number; params: [{ to: string; data: string }] }[];
    return new Response(
      JSON.stringify(
        calls.map((c) => {
          const data = c.params[0].data;
          if (!data.startsWith(FEED_STATE_SELECTOR)) return { jsonrpc: "2.0", id: c.id, error: { code: -32000, message: "execution reverted" } };
          const feedId = `0x${data.slice(10)}`.toLowerCase();
          const answer = answers[c.params[0].to.toLowerCase()]?.[feedId] ?? 0n;
          return { jsonrpc: "2.0", id: c.id, result: feedStateResult(answer) };
        }),
      ),
      { status: 200, headers: { "content-type": "application/json" } },
    );
  };
}
