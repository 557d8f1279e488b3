/**
 * The whole round (fetch -> observe -> broadcast -> decide -> sign) against the market simulator,
 * on an in-process node set. The Lit emulator E2E (test/actions/e2e.test.ts) runs the bundled action.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hex, recoverAddress } from "viem";
import { feedIdOf, reportDigest, batchDigest } from "../../actions/src/core/report.ts";
import type { FeedManifest } from "../../actions/src/core/feed-manifest.ts";
import type { PriceFeedParams } from "../../actions/src/core/params.ts";
import { parsePriceFeedResponse } from "../../actions/src/core/response.ts";
import { type MarketSimulator, startMarketSimulator } from "../../sim/index.ts";
import { EIGHT, RECEIVER_A, USDT_RATE, RECEIVER_B, testManifest, withStubReceivers } from "./helpers/manifest.ts";
import { TEST_ORACLE_ACCOUNT, runFakeNodeSet } from "./helpers/nodes.ts";

let sim: MarketSimulator;
beforeAll(async () => {
  sim = await startMarketSimulator({ seed: 7 });
});
afterAll(async () => {
  await sim.close();
});

function manifest(over: Partial<FeedManifest> = {}): FeedManifest {
  return testManifest(over, sim.baseUrls);
}

function params(overrides: Partial<PriceFeedParams> = {}): PriceFeedParams {
  return { version: 2, feeds: ["BTC/USD"], destinations: [{ chainId: 31337, receiver: RECEIVER_A }], signer: { publicKey: `0x04${"11".repeat(64)}` }, ...overrides };
}

/** The nodes' clock: the simulator's (its quotes carry its time). */
const now = () => sim.now();

describe("price-feed round on an in-process node set", () => {
  it("signs the median when 2 of 8 sources lie and 1 of 5 nodes lies", async () => {
    sim.inject("okx", { kind: "outlier", factor: 1.3 });
    sim.inject("gemini", { kind: "outlier", factor: 0.6 });
    try {
      const p = params();
      const run = await runFakeNodeSet({
        nodes: 5,
        manifest: manifest(),
        params: p,
        now,
        fetch: withStubReceivers(),
        lie: (i, value) => (i === 3 ? value.replace(/"m":"\d+"/, `"m":"${10n ** 30n}"`) : value),
      });
      const response = parsePriceFeedResponse(run.results[0]!.response);
      expect(response.ok).toBe(true);
      const feed = response.feeds[0]!;
      expect(feed.nodeCount).toBe(5);
      expect(feed.sourcesUsed).toBe(6);
      const answer = BigInt(feed.answer!);
      const reference = BigInt(Math.round(sim.price("BTC") * 1e8));
      expect(answer > (reference * 9990n) / 10000n && answer < (reference * 10010n) / 10000n).toBe(true);
      // Every node signed the same digest, and it is the receiver's EIP-712 digest of the answer.
      const expected = reportDigest({ chainId: 31337, verifyingContract: RECEIVER_A }, { feedId: feedIdOf("BTC/USD"), answer, observedAt: BigInt(response.observedAt!) });
      const sig = run.combined[response.reports[0]!.sigName]!;
      expect(sig.digest).toBe(expected);
      expect(await recoverAddress({ hash: expected, signature: sig.signature })).toBe(TEST_ORACLE_ACCOUNT.address);
      expect(response.sources!.filter((s) => s.status === "outlier" && s.feed === "BTC/USD").map((s) => s.source).sort()).toEqual(["gemini", "okx"]);
    } finally {
      sim.inject("okx", null);
      sim.inject("gemini", null);
    }
  });

  it("signs nothing when the source quorum is broken, and says why", async () => {
    for (const id of ["coinbase", "binance", "kraken", "bitstamp", "okx"] as const) sim.inject(id, { kind: "down" });
    try {
      const run = await runFakeNodeSet({ nodes: 5, manifest: manifest(), params: params(), now, fetch: withStubReceivers() });
      const response = parsePriceFeedResponse(run.results[0]!.response);
      expect(response.ok).toBe(false);
      expect(response.reports).toEqual([]);
      expect(run.signed.every((s) => Object.keys(s).length === 0)).toBe(true);
      expect(response.refusals[0]).toMatchObject({ feed: "BTC/USD", code: "source-quorum" });
    } finally {
      for (const id of ["coinbase", "binance", "kraken", "bitstamp", "okx"] as const) sim.inject(id, null);
    }
  });

  it("batches several feeds per destination and signs each destination once", async () => {
    const p = params({
      feeds: ["BTC/USD", "ETH/USD"],
      destinations: [
        { chainId: 31337, receiver: RECEIVER_A },
        { chainId: 31338, receiver: RECEIVER_B, feeds: ["ETH/USD"] },
      ],
    });
    const run = await runFakeNodeSet({ nodes: 3, manifest: manifest(), params: p, now, fetch: withStubReceivers() });
    const response = parsePriceFeedResponse(run.results[0]!.response);
    expect(response.ok).toBe(true);
    expect(response.reports.map((r) => r.kind)).toEqual(["batch", "report"]);
    const [a, b] = response.reports;
    const reportsA = a!.reports.map((r) => ({ feedId: r.feedId as Hex, answer: BigInt(r.answer), observedAt: BigInt(r.observedAt) }));
    expect(run.combined[a!.sigName]!.digest).toBe(batchDigest({ chainId: 31337, verifyingContract: RECEIVER_A }, reportsA));
    expect(b!.reports.map((r) => r.feed)).toEqual(["ETH/USD"]);
    expect(run.combined[b!.sigName]!.digest).toBe(b!.digest);
  });

  it("never returns or logs the premium key, even when a source echoes it back", async () => {
    const key = "cg-secret-echo-1234";
    const echoing: typeof fetch = async (input, init) => {
      const url = String(input);
      if (url.includes("/coingecko/")) {
        const sent = new Headers(init?.headers).get("x-cg-pro-api-key");
        return new Response(JSON.stringify({ status: { error_code: 10002, error_message: `bad key ${sent}` } }), { status: 200 });
      }
      return fetch(input, init);
    };
    const m = manifest({
      feeds: [
        { symbol: "BTC/USD", decimals: 8, sources: [...EIGHT, "coingecko"] },
        { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE] },
      ],
      premium: { source: "coingecko", key: { ciphertext: "opaque", dataToEncryptHash: "h", accessControlConditions: [{}] } },
    });
    const run = await runFakeNodeSet({ nodes: 3, manifest: m, params: params(), now, fetch: withStubReceivers({}, echoing), decrypt: async () => key });
    const response = parsePriceFeedResponse(run.results[0]!.response);
    expect(response.sources!.find((s) => s.source === "coingecko")).toMatchObject({ status: "rejected", reason: expect.stringContaining("[redacted]") });
    expect(JSON.stringify(run.results)).not.toContain(key);
    expect(run.logs.flat().join("\n")).not.toContain(key);
  });

  it("reports invalid params without fetching or signing anything", async () => {
    let fetched = 0;
    const counting: typeof fetch = async (input, init) => {
      fetched++;
      return fetch(input, init);
    };
    const run = await runFakeNodeSet({ nodes: 1, manifest: manifest(), params: { ...params(), observedAtHint: -1 }, fetch: counting });
    const response = parsePriceFeedResponse(run.results[0]!.response);
    expect(response.error).toMatch(/observedAtHint/);
    expect(fetched).toBe(0);
    expect(run.signed[0]).toEqual({});
  });
});
