/** The manifest validator and the jsParams validator against it (pure). */
import { describe, expect, it } from "vitest";
import { FeedManifestError, type FeedManifest, validateFeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { canonicalJson, checkPinnedUrl, embedManifest, MANIFEST_PLACEHOLDER } from "../../actions/src/core/manifest.ts";
import { MAX_FETCHES_PER_EXECUTION, PriceFeedParamsError, type PriceFeedParams, planFetches, validatePriceFeedParams } from "../../actions/src/core/params.ts";
import { RECEIVER_A, RECEIVER_B, testManifest } from "./helpers/manifest.ts";

const base = (over: Partial<PriceFeedParams> = {}): PriceFeedParams => ({
  version: 2,
  destinations: [{ chainId: 31337, receiver: RECEIVER_A }],
  signer: { publicKey: "0x04" },
  ...over,
});

function manifestIssues(input: unknown): string[] {
  try {
    validateFeedManifest(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedManifestError);
    return (error as FeedManifestError).issues;
  }
  throw new Error("expected the manifest to be refused");
}

function issues(input: unknown, manifest: FeedManifest = testManifest()): string[] {
  try {
    validatePriceFeedParams(validateFeedManifest(manifest), input);
  } catch (error) {
    expect(error).toBeInstanceOf(PriceFeedParamsError);
    return (error as PriceFeedParamsError).issues;
  }
  throw new Error("expected validation to fail");
}

describe("validateFeedManifest", () => {
  it("fills defaults and pins every used source", () => {
    const m = validateFeedManifest(testManifest());
    expect(m.feeds[0]!.minSources).toBe(3);
    expect(m.feeds[0]!.maxSpreadPpm).toBe(20_000);
    expect(m.sources.kraken!.baseUrl).toBe("http://127.0.0.1:9/kraken");
    expect(m.clock).toEqual({ toleranceSeconds: 30, granularitySeconds: 1 });
  });
  it("refuses duplicate sources in a feed and in the USDT/USD rate feed (one venue cannot fill a quorum twice)", () => {
    const dupFeed = testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["kraken", "kraken", "coinbase", "bitstamp"] }] });
    expect(manifestIssues(dupFeed).join("\n")).toMatch(/feeds.0.sources: duplicate source kraken/);
    const dupUsdt = testManifest({ feeds: [{ symbol: "USDT/USD", decimals: 8, sources: ["kraken", "kraken", "coinbase", "bitstamp"] }] });
    expect(manifestIssues(dupUsdt).join("\n")).toMatch(/feeds.0.sources: duplicate source kraken/);
    expect(manifestIssues(testManifest({ chains: [{ chainId: 1, rpcUrls: ["https://a.example", "https://a.example"] }] })).join("\n")).toMatch(/duplicate provider/);
  });
  it("bounds every limit: no one-source feed, no 1e9 ppm spread, no day-old quotes", () => {
    const weak = testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["kraken"], minSources: 1, maxSpreadPpm: 1_000_000_000, maxQuoteAgeSeconds: 1_000_000_000 }] });
    const found = manifestIssues(weak);
    expect(found.some((i) => i.startsWith("feeds.0.minSources"))).toBe(true);
    expect(found.some((i) => i.startsWith("feeds.0.maxSpreadPpm"))).toBe(true);
    expect(found.some((i) => i.startsWith("feeds.0.maxQuoteAgeSeconds"))).toBe(true);
  });
  it("requires https except loopback in a manifest marked local", () => {
    expect(checkPinnedUrl("https://api.kraken.com", false)).toBeUndefined();
    expect(checkPinnedUrl("http://127.0.0.1:8080/kraken", true)).toBeUndefined();
    expect(checkPinnedUrl("http://127.0.0.1:8080/kraken", false)).toMatch(/marked local/);
    expect(checkPinnedUrl("http://evil.example", true)).toMatch(/loopback/);
    expect(checkPinnedUrl("https://user:pw@api.kraken.com", false)).toMatch(/credentials/);
    expect(checkPinnedUrl("https://api.kraken.com/?x=1", false)).toMatch(/query/);
    const remoteHttp = testManifest({ local: false });
    expect(manifestIssues(remoteHttp).join("\n")).toMatch(/sources.coinbase.baseUrl: plain http/);
  });
  it("refuses a used source without a pinned host, a keyed source without premium, direct caps out of range", () => {
    const m = testManifest();
    const { kraken: _kraken, ...rest } = m.sources as Record<string, { baseUrl: string }>;
    expect(manifestIssues({ ...m, sources: rest }).join("\n")).toMatch(/sources.kraken: used by a feed/);
    expect(manifestIssues(testManifest({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["coingecko", "kraken", "coinbase"] }] })).join("\n")).toMatch(/needs a premium key/);
    const direct = { receivers: [RECEIVER_A], maxGasLimit: "0", maxFeePerGas: "1", maxPriorityFeePerGas: "2" };
    const found = manifestIssues(testManifest({ chains: [{ chainId: 1, rpcUrls: ["https://rpc.example"], direct }] })).join("\n");
    expect(found).toMatch(/maxGasLimit/);
    expect(found).toMatch(/maxPriorityFeePerGas: exceeds/);
  });
  describe("feeds as data: any pair the venues list", () => {
    const USD_BOOKS = ["coinbase", "kraken", "bitstamp"] as const;
    it("accepts a catalog pair, picks each venue's book and converts stablecoin books through the rate feed", () => {
      const m = validateFeedManifest(testManifest({ feeds: [{ symbol: "LINK/USD", decimals: 8, sources: [...USD_BOOKS, "binance", "okx"] }, { symbol: "USDT/USD", decimals: 8, sources: ["kraken", "coinbase", "bitstamp"] }] }));
      const link = m.feeds[0]!;
      expect(link).toMatchObject({ base: "LINK", quote: "USD", rates: ["USDT/USD"] });
      expect(link.markets.map((x) => `${x.source}:${x.symbol}:${x.quote}`)).toEqual(["coinbase:LINK-USD:USD", "kraken:LINKUSD:USD", "bitstamp:linkusd:USD", "binance:LINKUSDT:USDT", "okx:LINK-USDT:USDT"]);
      expect(m.feeds[1]!.rates).toEqual([]);
    });
    it("refuses a stablecoin book without its rate feed, naming the venue and the reason", () => {
      const found = manifestIssues(testManifest({ feeds: [{ symbol: "LINK/USD", decimals: 8, sources: [...USD_BOOKS, "binance"] }] })).join("\n");
      expect(found).toMatch(/feeds\.0\.sources: binance cannot price LINK\/USD: Binance has no USD-quoted markets .*; it lists LINK\/USDT, LINK\/USDC: add the USDT\/USD or USDC\/USD rate feed to this manifest/);
      const usdc = manifestIssues(testManifest({ feeds: [{ symbol: "ETH/USD", decimals: 8, sources: [...USD_BOOKS, "binance"], markets: { binance: { quote: "USDC" } } }, { symbol: "USDT/USD", decimals: 8, sources: [...USD_BOOKS] }] }));
      expect(usdc.join("\n")).toMatch(/binance cannot price ETH\/USD: a USDC book needs the USDC\/USD feed in this manifest/);
    });
    it("refuses a pair a venue does not list (catalog), with the listing endpoint to check", () => {
      const found = manifestIssues(testManifest({ feeds: [{ symbol: "FOO/USD", decimals: 8, sources: [...USD_BOOKS] }] }));
      expect(found).toContain("feeds.0.sources: kraken cannot price FOO/USD: Kraken does not list FOO/USD in the catalog (check GET /0/public/AssetPairs and list it in the manifest)");
      expect(found.filter((i) => i.includes("cannot price FOO/USD"))).toHaveLength(3);
      expect(manifestIssues(testManifest({ feeds: [{ symbol: "BTC/EUR", decimals: 8, sources: [...USD_BOOKS] }] })).join("\n")).toMatch(/only USD-quoted feeds are signed/);
      expect(manifestIssues(testManifest({ feeds: [{ symbol: "btc-usd", decimals: 8, sources: [...USD_BOOKS] }] })).join("\n")).toMatch(/not BASE\/QUOTE/);
    });
    it("takes listed pairs and per-venue symbol exceptions from the manifest", () => {
      const m = validateFeedManifest(
        testManifest({
          feeds: [
            {
              symbol: "FOO/USD",
              decimals: 8,
              sources: [...USD_BOOKS, "bitfinex"],
              markets: { coinbase: { listed: true }, kraken: { symbol: "FOOUSD", key: "XFOOZUSD" }, bitstamp: { listed: true }, bitfinex: { symbol: "tFOOBAR:USD" } },
            },
          ],
        }),
      );
      expect(m.feeds[0]!.markets.map((x) => `${x.symbol}/${x.key}`)).toEqual(["FOO-USD/FOO-USD", "FOOUSD/XFOOZUSD", "foousd/FOO/USD", "tFOOBAR:USD/tFOOBAR:USD"]);
      const bad = manifestIssues(testManifest({ feeds: [{ symbol: "FOO/USD", decimals: 8, sources: [...USD_BOOKS], markets: { kraken: { symbol: "FOO&pair=XBTUSD" }, gemini: { listed: true } } }] })).join("\n");
      expect(bad).toMatch(/kraken cannot price FOO\/USD: listed symbol .* has characters a URL cannot carry/);
      expect(bad).toMatch(/feeds\.0\.markets\.gemini: not one of the feed's sources/);
    });
    it("never prices a stablecoin through another stablecoin's book", () => {
      const found = manifestIssues(testManifest({ feeds: [{ symbol: "USDC/USD", decimals: 8, sources: ["kraken", "coinbase", "binance"], markets: { binance: { quote: "USDT" } } }] })).join("\n");
      expect(found).toMatch(/binance cannot price USDC\/USD: USDC is a stablecoin: it is priced from USD books only/);
      expect(found).toMatch(/coinbase cannot price USDC\/USD: Coinbase Exchange does not list USDC\/USD/);
    });
    it("a round's jsParams still only pick among manifest feeds; the rate is observed, never signed, and cannot be chosen away", () => {
      const m = testManifest();
      const p = validatePriceFeedParams(validateFeedManifest(m), base({ feeds: ["BTC/USD"] }));
      expect(p.rates.map((f) => f.symbol)).toEqual(["USDT/USD"]);
      expect(planFetches(p).some((r) => r.markets.some((x) => x.base === "USDT"))).toBe(true);
      expect(issues(base({ feeds: ["LINK/USD"] }), m).join("\n")).toMatch(/LINK\/USD is not a feed of this manifest/);
      expect(issues({ ...base(), markets: { kraken: { symbol: "X" } } }, m).join("\n")).toMatch(/markets|Unrecognized/);
    });
  });
  it("the production manifest ships valid", async () => {
    const { readManifestFile, MANIFEST_FAMILIES } = await import("../../actions/build.ts");
    const m = validateFeedManifest(await readManifestFile(MANIFEST_FAMILIES["price-feed"].defaultFile));
    expect(m.local).toBe(false);
    for (const s of Object.values(m.sources)) expect(s!.baseUrl.startsWith("https://")).toBe(true);
  });
});

describe("canonical manifest embedding", () => {
  it("is independent of key order and replaces exactly one placeholder", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    const bundle = `var m = ${JSON.stringify(MANIFEST_PLACEHOLDER)};`;
    expect(embedManifest(bundle, { b: 1, a: 2 })).toBe(`var m = ${JSON.stringify('{"a":2,"b":1}')};`);
    expect(() => embedManifest(`${bundle}${bundle}`, {})).toThrow(/more than one/);
    expect(() => embedManifest("var m = 1;", {})).toThrow(/no manifest placeholder/);
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/finite/);
  });
});

describe("validatePriceFeedParams (jsParams against the manifest)", () => {
  it("defaults to every manifest feed and names signatures per destination", () => {
    const p = validatePriceFeedParams(validateFeedManifest(testManifest()), base());
    expect(p.feeds.map((f) => f.symbol)).toEqual(["BTC/USD", "ETH/USD", "USDT/USD"]);
    expect(p.rates).toEqual([]);
    expect(p.destinations[0]!.sigName).toBe(`report:31337:${RECEIVER_A.toLowerCase()}`);
  });
  it("refuses every field of the old params: sources, limits, observedAt, lastAnswer, confirmMove", () => {
    const found = issues({
      ...base(),
      observedAt: 1,
      sources: { kraken: { baseUrl: "http://127.0.0.1:1" } },
      aggregation: { minSources: 1 },
      feeds: [{ symbol: "BTC/USD", decimals: 8, lastAnswer: "1", confirmMove: { answer: "1", observedAt: 1 } }],
    }).join("\n");
    expect(found).toMatch(/observedAt|Unrecognized/);
    expect(found).toMatch(/sources|aggregation/);
    expect(found).toMatch(/feeds.0/);
  });
  it("refuses feeds and chains the manifest does not have, duplicates, bad receivers", () => {
    expect(issues(base({ feeds: ["SOL/USD"] }))[0]).toMatch(/not a feed of this manifest/);
    expect(issues(base({ feeds: ["BTC/USD", "BTC/USD"] }))[0]).toMatch(/duplicate feed/);
    expect(issues(base({ destinations: [{ chainId: 1, receiver: RECEIVER_A }] }))[0]).toMatch(/chain 1 is not in the manifest/);
    expect(issues(base({ destinations: [{ chainId: 31337, receiver: "0x1234" }] }))[0]).toMatch(/receiver/);
    expect(issues(base({ feeds: ["BTC/USD"], destinations: [{ chainId: 31337, receiver: RECEIVER_A, feeds: ["ETH/USD"] }] }))[0]).toMatch(/not one of this round's feeds/);
  });
  it("allows direct mode only to a manifest receiver, with gas and fees at most its caps", () => {
    const manifest = testManifest({
      chains: [{ chainId: 31337, rpcUrls: ["http://127.0.0.1:9/rpc"], direct: { receivers: [RECEIVER_A], maxGasLimit: "300000", maxFeePerGas: "100000000000", maxPriorityFeePerGas: "2000000000" } }],
    });
    const ok = validatePriceFeedParams(validateFeedManifest(manifest), base({ destinations: [{ chainId: 31337, receiver: RECEIVER_A, direct: { nonce: 0 } }] }));
    expect(ok.destinations[0]!.direct).toEqual({ nonce: 0, gasLimit: 300_000n, maxFeePerGas: 100_000_000_000n, maxPriorityFeePerGas: 2_000_000_000n });
    expect(issues(base({ destinations: [{ chainId: 31337, receiver: RECEIVER_B, direct: { nonce: 0 } }] }), manifest)[0]).toMatch(/not a direct receiver the manifest allows/);
    const greedy = issues(base({ destinations: [{ chainId: 31337, receiver: RECEIVER_A, direct: { nonce: 0, gasLimit: "30000000", maxFeePerGas: "10000000000000" } }] }), manifest).join("\n");
    expect(greedy).toMatch(/gasLimit: 30000000 exceeds the manifest cap 300000/);
    expect(greedy).toMatch(/maxFeePerGas: 10000000000000 exceeds/);
    expect(issues(base({ destinations: [{ chainId: 31337, receiver: RECEIVER_A, direct: { nonce: 0 } }] }))[0]).toMatch(/allows no direct mode/);
  });
  it("refuses more destinations than the signature limit allows (one is kept for the candidates)", () => {
    const chains = Array.from({ length: 10 }, (_, i) => ({ chainId: i + 1, rpcUrls: ["http://127.0.0.1:9/rpc"] }));
    const destinations = chains.map((c) => ({ chainId: c.chainId, receiver: RECEIVER_A }));
    expect(issues(base({ destinations }), testManifest({ chains })).join("\n")).toMatch(/10 destinations \(\+1 candidate attestation\) exceed the 10 signatures/);
  });
  it("counts fetches per node (sources once, one RPC batch per chain) against the limit of 50", () => {
    const p = validatePriceFeedParams(validateFeedManifest(testManifest()), base({ destinations: [{ chainId: 31337, receiver: RECEIVER_A }, { chainId: 31337, receiver: RECEIVER_B }] }));
    const keys = planFetches(p).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(p.fetchCount).toBe(keys.length + 1);
    expect(p.fetchCount).toBeLessThanOrEqual(MAX_FETCHES_PER_EXECUTION);
  });
  it("refuses a premium key in jsParams when the manifest carries one or names no premium source", () => {
    expect(issues(base({ premiumKey: { ciphertext: "c" } }))[0]).toMatch(/names no premium source/);
  });
  it("rejects non-objects outright", () => {
    expect(issues(undefined)[0]).toMatch(/\(root\)/);
    expect(issues("{}")[0]).toMatch(/\(root\)/);
  });
});
