/**
 * Benchmark of the price-feed action: `npm run bench -- --only action [--json]`.
 *
 * Measures, on the local Lit network (5 nodes, Naga semantics) against the market simulator and an
 * EDR chain holding the receiver (each node reads its answers for the move limit):
 * - `action.round.{p50,max}Ms`: one full round (8 sources x 2 feeds plus the USDT/USD rate feed of 5 USD venues that the USDT books convert through, 3 executing nodes, one receiver
 *   read per node, one signature);
 * - `action.build.ms` and `action.bundle.bytes`;
 * - `action.core.decideRoundUs`: the pure cross-node decision for 5 node values and 2 feeds.
 */
import { performance } from "node:perf_hooks";
import { createLocalLitNetwork } from "../lit/local/network.ts";
import { startMarketSimulator } from "../sim/index.ts";
import { compileAction, compileActions } from "../actions/build.ts";
import { FEED_MANIFEST_KIND, FEED_MANIFEST_VERSION, type FeedManifest, validateFeedManifest } from "../actions/src/core/feed-manifest.ts";
import { encodeNodeValue } from "../actions/src/core/node.ts";
import { validatePriceFeedParams } from "../actions/src/core/params.ts";
import { createPublicClient, createWalletClient, defineChain, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { deployOracle } from "../keeper/src/chain/deploy.ts";
import { startLocalChain } from "../keeper/src/chain/local.ts";
import { parsePriceFeedResponse } from "../actions/src/core/response.ts";
import { decideRound } from "../actions/src/core/round.ts";

/** Rounds timed on the local network. */
const ROUNDS = 20;
/** Iterations of the pure decision. */
const DECIDE_ITERATIONS = 2_000;
const RECEIVER = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const SOURCES = ["coinbase", "binance", "kraken", "bitstamp", "okx", "bybit", "gemini", "kucoin"] as const;
/** The USD-quoted venues of the USDT/USD rate feed that the USDT books (Binance, OKX, Bybit, KuCoin) convert through. */
const USDT_RATE_SOURCES = ["kraken", "coinbase", "bitstamp", "gemini", "bitfinex"] as const;

export async function run(log: (message: string) => void): Promise<Record<string, number>> {
  const t0 = performance.now();
  const built = await compileActions();
  const buildMs = performance.now() - t0;
  const production = built.find((b) => b.name === "price-feed")!;

  const sim = await startMarketSimulator({ seed: 1 });
  const lit = await createLocalLitNetwork({ nodes: 5 });
  const chain = await startLocalChain({ chainId: 31_337 });
  const times: number[] = [];
  try {
    const manifest: FeedManifest = {
      kind: FEED_MANIFEST_KIND,
      version: FEED_MANIFEST_VERSION,
      name: "bench",
      local: true,
      sources: Object.fromEntries(Object.entries(sim.baseUrls).map(([id, baseUrl]) => [id, { baseUrl }])),
      feeds: [...["BTC/USD", "ETH/USD"].map((symbol) => ({ symbol, decimals: 8, sources: [...SOURCES] })), { symbol: "USDT/USD", decimals: 8, sources: [...USDT_RATE_SOURCES] }],
      chains: [{ chainId: chain.chainId, rpcUrls: [chain.rpcUrl] }],
    };
    const action = await compileAction("price-feed", manifest);
    const pkp = lit.mintImmutablePkpFor(action.cid);
    const viemChain = defineChain({ id: chain.chainId, name: "bench", nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [chain.rpcUrl] } } });
    const account = privateKeyToAccount(chain.accounts[0]!.privateKey);
    const deployment = await deployOracle(
      { walletClient: createWalletClient({ account, chain: viemChain, transport: http(chain.rpcUrl) }) as never, publicClient: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl) }) as never },
      { signer: pkp.ethAddress, feeds: ["BTC/USD", "ETH/USD", "USDT/USD"].map((symbol) => ({ symbol, decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n })) },
    );
    for (let i = 0; i < ROUNDS; i++) {
      const jsParams = { version: 2, destinations: [{ chainId: chain.chainId, receiver: deployment.contracts.receiver }], signer: { publicKey: pkp.publicKey } };
      const start = performance.now();
      const result = await lit.execute({ code: action.code, jsParams });
      times.push(performance.now() - start);
      if (!parsePriceFeedResponse(result.response).ok) throw new Error("benchmark round was refused");
    }
  } finally {
    await lit.close();
    await sim.close();
    await chain.close();
  }
  times.sort((a, b) => a - b);
  log(`${ROUNDS} rounds on the local Lit network`);

  const params = validatePriceFeedParams(validateFeedManifest(JSON.parse((await compileActions())[0]!.manifest)), {
    version: 2,
    feeds: ["BTC/USD", "ETH/USD"],
    destinations: [{ chainId: 1, receiver: RECEIVER }],
    signer: { publicKey: "0x04" },
  });
  const values = Array.from({ length: 5 }, (_, i) =>
    encodeNodeValue({
      clock: 1_764_000_000 + i,
      chain: [{ ok: true, answers: [67_000n * 10n ** 8n, 3_500n * 10n ** 8n] }],
      feeds: [
        { symbol: "BTC/USD", ok: true, median: 67_000n * 10n ** 18n + BigInt(i), sourcesUsed: 8, spreadPpm: 400 },
        { symbol: "ETH/USD", ok: true, median: 3_500n * 10n ** 18n + BigInt(i), sourcesUsed: 8, spreadPpm: 300 },
      ],
    }),
  );
  const d0 = performance.now();
  for (let i = 0; i < DECIDE_ITERATIONS; i++) decideRound(params, values);
  const decideUs = ((performance.now() - d0) * 1000) / DECIDE_ITERATIONS;

  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    "action.round.p50Ms": round(times[Math.floor(times.length / 2)]!),
    "action.round.maxMs": round(times[times.length - 1]!),
    "action.build.ms": round(buildMs),
    "action.bundle.bytes": Buffer.byteLength(production.code),
    "action.core.decideRoundUs": round(decideUs),
  };
}
