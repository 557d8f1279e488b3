/**
 * Gas of the receiver's write paths: full transaction `gasUsed` on an in-process Hardhat (EDR) chain,
 * Prague rules. Deploys the real stack (router + receiver + feeds) with `deployOracle`, then:
 * - single: `update(report, r, vs)` on BTC/USD; first = first report after deployment, steady = the
 *   next one (both nonzero -> nonzero writes: configuration already wrote the feed's word);
 * - batch: `updateBatch` of 1 and of 10 feeds (one signature, shared observedAt), after a warm-up
 *   batch; perFeed = G(10) / 10, marginal = (G(10) - G(1)) / 9;
 * - direct: `updateDirect` of one feed sent by the signer itself (no signature), steady state;
 * - history8: `update` on a feed that keeps 8 rounds of history, steady = after the ring has wrapped
 *   (every ring slot already written: nonzero -> nonzero), and first = a round writing a fresh ring slot.
 * Every figure includes the `Published` log of each published answer.
 * Answers are realistic magnitudes with 8 decimals (5-6 significant bytes), so calldata is representative.
 */
import { type Address, type Hex, createPublicClient, createWalletClient, custom } from "viem";
import { privateKeyToAccount, sign } from "viem/accounts";
import { batchDigest, feedIdOf, type Report, reportDigest } from "../actions/src/core/report.ts";
import { deployOracle } from "../keeper/src/chain/deploy.ts";
import { type LocalChain, startLocalChain } from "../keeper/src/chain/local.ts";
import { encodeBatchUpdate, encodeDirectUpdate, encodeSingleUpdate } from "../keeper/src/chain/receiver.ts";
import type { BenchLog } from "./index.ts";

/** The ten feeds of the batch benchmark, with a typical price in USD. */
export const BENCH_FEEDS: readonly (readonly [string, number])[] = [
  ["BTC/USD", 97_000],
  ["ETH/USD", 3_400],
  ["SOL/USD", 240],
  ["LINK/USD", 23],
  ["AVAX/USD", 45],
  ["DOGE/USD", 0.4],
  ["ADA/USD", 1.05],
  ["DOT/USD", 8.5],
  ["XRP/USD", 2.3],
  ["LTC/USD", 110],
];
const DECIMALS = 8;
/** The feed of the history benchmark and the rounds of history it keeps. */
const HISTORY_FEED = "HIST/USD";
const HISTORY_ROUNDS = 8;

/** With `shared.chain` (`--peers`), measures on that chain and leaves it running for the peers. */
export async function run(log: BenchLog, shared: { chain?: LocalChain } = {}): Promise<Record<string, number>> {
  const chain = shared.chain ?? (await startLocalChain());
  try {
    const [deployer, signer] = chain.accounts;
    if (!deployer || !signer) throw new Error("local chain has no dev accounts");
    const account = privateKeyToAccount(deployer.privateKey);
    const signerAccount = privateKeyToAccount(signer.privateKey);
    const publicClient = createPublicClient({ transport: custom(chain.provider) });
    const walletClient = createWalletClient({ account, transport: custom(chain.provider) });
    const signerClient = createWalletClient({ account: signerAccount, transport: custom(chain.provider) });

    const deployment = await deployOracle(
      { walletClient, publicClient },
      {
        signer: signer.address,
        rotationDelaySeconds: 3600,
        feeds: [
          ...BENCH_FEEDS.map(([symbol]) => ({
            symbol,
            decimals: DECIMALS,
            heartbeatSeconds: 3600,
            minAnswer: 1n,
            maxAnswer: 10n ** 15n,
          })),
          { symbol: HISTORY_FEED, decimals: DECIMALS, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n, historyRounds: HISTORY_ROUNDS },
        ],
      },
    );
    const receiver = deployment.contracts.receiver as Address;
    const domain = { chainId: chain.chainId, verifyingContract: receiver };
    log(`deployed receiver ${receiver} with ${BENCH_FEEDS.length} feeds`);

    // Observation times a few seconds behind the chain's clock, as a keeper lands them (the receiver's
    // fast path takes reports at most 60 s old; older ones take the slow path).
    let clock = (await publicClient.getBlock()).timestamp - 5n;
    let step = 0n;
    const price = (usd: number): bigint => {
      step += 1n;
      return BigInt(Math.round(usd * 10 ** DECIMALS)) + step;
    };
    const send = async (data: Hex, from: "keeper" | "signer" = "keeper"): Promise<number> => {
      const client = from === "keeper" ? walletClient : signerClient;
      const hash = await client.sendTransaction({ to: receiver, data, chain: null });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== "success") throw new Error(`benchmark transaction reverted: ${hash}`);
      return Number(receipt.gasUsed);
    };
    const single = async (symbol = "BTC/USD"): Promise<number> => {
      clock += 1n;
      const report: Report = { feedId: feedIdOf(symbol), answer: price(97_000), observedAt: clock };
      const signature = await sign({ hash: reportDigest(domain, report), privateKey: signer.privateKey, to: "hex" });
      return send(encodeSingleUpdate(report, signature));
    };
    const batch = async (n: number): Promise<number> => {
      clock += 1n;
      const reports = BENCH_FEEDS.slice(0, n).map(([symbol, usd]) => ({ feedId: feedIdOf(symbol), answer: price(usd), observedAt: clock }));
      const signature = await sign({ hash: batchDigest(domain, reports), privateKey: signer.privateKey, to: "hex" });
      return send(encodeBatchUpdate(reports, signature));
    };
    const direct = async (): Promise<number> => {
      clock += 1n;
      return send(encodeDirectUpdate([{ feedId: feedIdOf("ETH/USD"), answer: price(3_400), observedAt: clock }]), "signer");
    };

    const firstGas = await single();
    const steadyGas = await single();
    await batch(10); // every feed written once
    const batch1Gas = await batch(1);
    const batch10Gas = await batch(10);
    await direct();
    const directGas = await direct();
    const historyFirstGas = await single(HISTORY_FEED); // round 1: fresh ring slot
    for (let i = 0; i < HISTORY_ROUNDS; i++) await single(HISTORY_FEED); // wrap the ring
    const historySteadyGas = await single(HISTORY_FEED);

    return {
      "oracle.single.firstGas": firstGas,
      "oracle.single.steadyGas": steadyGas,
      "oracle.batch1.gas": batch1Gas,
      "oracle.batch10.gas": batch10Gas,
      "oracle.batch10.perFeedGas": Math.round(batch10Gas / 10),
      "oracle.batch10.marginalGas": Math.round((batch10Gas - batch1Gas) / 9),
      "oracle.direct.steadyGas": directGas,
      "oracle.single.history8.firstGas": historyFirstGas,
      "oracle.single.history8.steadyGas": historySteadyGas,
    };
  } finally {
    if (!shared.chain) await chain.close();
  }
}
