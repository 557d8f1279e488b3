import { describe, expect, it } from "vitest";
import {
  MAX_FETCHES_PER_EXECUTION,
  PriceFeedParamsError,
  type PriceFeedParams,
  planFetches,
  validatePriceFeedParams,
} from "../../actions/src/core/params.ts";

const RECEIVER = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const base = (over: Partial<PriceFeedParams> = {}): PriceFeedParams => ({
  version: 1,
  observedAt: 1_764_000_000,
  feeds: [{ symbol: "BTC/USD", decimals: 8 }],
  destinations: [{ chainId: 31337, receiver: RECEIVER }],
  signer: { publicKey: "0x04" },
  ...over,
});

function issues(input: unknown): string[] {
  try {
    validatePriceFeedParams(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PriceFeedParamsError);
    return (error as PriceFeedParamsError).issues;
  }
  throw new Error("expected validation to fail");
}

describe("validatePriceFeedParams", () => {
  it("fills defaults: keyless sources for the asset, quorum 3, real base URLs", () => {
    const p = validatePriceFeedParams(base());
    expect(p.feeds[0]!.sources).toContain("kraken");
    expect(p.feeds[0]!.sources).not.toContain("coingecko");
    expect(p.feeds[0]!.minSources).toBe(3);
    expect(p.sources.kraken.baseUrl).toBe("https://api.kraken.com");
    expect(p.destinations[0]!.sigName).toBe(`report:31337:${RECEIVER.toLowerCase()}`);
  });
  it("includes the premium aggregator when its key is configured", () => {
    const p = validatePriceFeedParams(base({ premium: { source: "coingecko", ciphertext: "c", dataToEncryptHash: "h", accessControlConditions: [{}] } }));
    expect(p.feeds[0]!.sources).toContain("coingecko");
  });
  it("names every problem with its path", () => {
    const found = issues({ ...base(), observedAt: 1.5, feeds: [{ symbol: "BTC/USD", decimals: 99 }], extra: 1 });
    expect(found.some((i) => i.startsWith("observedAt"))).toBe(true);
    expect(found.some((i) => i.startsWith("feeds.0.decimals"))).toBe(true);
    expect(found.some((i) => i.includes("extra"))).toBe(true);
  });
  it("refuses unknown assets, non-USD feeds, sources without a market, keyed sources without a key", () => {
    expect(issues(base({ feeds: [{ symbol: "DOGE/USD", decimals: 8 }] }))[0]).toMatch(/unknown asset DOGE/);
    expect(issues(base({ feeds: [{ symbol: "BTC/EUR", decimals: 8 }] }))[0]).toMatch(/only USD-quoted/);
    expect(issues(base({ feeds: [{ symbol: "USDT/USD", decimals: 8, sources: ["binance", "kraken", "coinbase"] }] }))[0]).toMatch(/binance has no USDT market/);
    expect(issues(base({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["coingecko", "kraken", "coinbase"] }] }))[0]).toMatch(/needs a premium key/);
  });
  it("refuses a quorum larger than the sources, duplicates and unknown destination feeds", () => {
    expect(issues(base({ feeds: [{ symbol: "BTC/USD", decimals: 8, sources: ["kraken", "coinbase"] }] }))[0]).toMatch(/minSources 3 exceeds/);
    expect(issues(base({ feeds: [{ symbol: "BTC/USD", decimals: 8 }, { symbol: "BTC/USD", decimals: 8 }] }))[0]).toMatch(/duplicate feed/);
    expect(issues(base({ destinations: [{ chainId: 1, receiver: RECEIVER, feeds: ["ETH/USD"] }] }))[0]).toMatch(/not one of params.feeds/);
    expect(issues(base({ destinations: [{ chainId: 1, receiver: "0x1234" }] }))[0]).toMatch(/receiver/);
  });
  it("refuses more destinations than the 10-signature limit", () => {
    const destinations = Array.from({ length: 11 }, (_, i) => ({ chainId: i + 1, receiver: RECEIVER }));
    expect(issues(base({ destinations })).join("\n")).toMatch(/11 signatures; a Lit execution allows 10/);
  });
  it("refuses rounds that need more than 50 fetches per node, and plans shared requests once", () => {
    const feeds = (["BTC", "ETH", "SOL", "USDT", "USDC"] as const).map((a) => ({ symbol: `${a}/USD`, decimals: 8 }));
    const p = validatePriceFeedParams(base({ feeds }));
    expect(p.fetchCount).toBeLessThanOrEqual(MAX_FETCHES_PER_EXECUTION);
    const keys = planFetches(p).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    // USDT/USD feed and the USDT conversion share Kraken's USDTUSD request.
    expect(keys.filter((k) => k === "kraken:USDTUSD")).toHaveLength(1);
    const direct = { rpcUrl: "http://127.0.0.1:8545", nonce: 0, gasLimit: "1", maxFeePerGas: "1", maxPriorityFeePerGas: "1" };
    const many = Array.from({ length: 10 }, (_, i) => ({ chainId: i + 1, receiver: RECEIVER, direct }));
    const premium = { source: "coingecko" as const, ciphertext: "c", dataToEncryptHash: "h", accessControlConditions: [{}] };
    expect(validatePriceFeedParams(base({ feeds, destinations: many })).fetchCount).toBe(50);
    expect(issues(base({ feeds, destinations: many, premium })).join("\n")).toMatch(/55 HTTP requests per node; a Lit execution allows 50/);
  });
  it("requires a confirmation to be older than the round, and direct mode to name an RPC", () => {
    expect(issues(base({ feeds: [{ symbol: "BTC/USD", decimals: 8, lastAnswer: "1", confirmMove: { answer: "2", observedAt: 1_764_000_000 } }] }))[0]).toMatch(/earlier than observedAt/);
    const direct = { nonce: 0, gasLimit: "1", maxFeePerGas: "1", maxPriorityFeePerGas: "1" };
    expect(issues(base({ destinations: [{ chainId: 1, receiver: RECEIVER, direct }] }))[0]).toMatch(/needs rpcUrl or litChain/);
  });
  it("rejects non-objects outright", () => {
    expect(issues(undefined)[0]).toMatch(/\(root\)/);
    expect(issues("{}")[0]).toMatch(/\(root\)/);
  });
});
