/**
 * Chainlink's `AggregatorProxy` (`@chainlink/contracts` 0.3.1, `src/v0.7/dev/AggregatorProxy.sol`,
 * solc 0.7.6, the settings `test/contracts/aggregator-proxy.test.ts` uses), the contract every Chainlink
 * consumer reads through, put in front of one of our `LitPriceFeed`s (deployed by `deployOracle` on
 * this chain, one signed update landed). Read cost as a transaction (`eth_estimateGas` of
 * `latestRoundData()` from an EOA: 21,000 + calldata + execution, all cold, as a consumer's first read in
 * its transaction):
 * - litFeedReadGas: `latestRoundData()` on the LitPriceFeed directly (what integrate.md recommends);
 * - proxyReadGas: the same through the AggregatorProxy;
 * - proxyOverheadGas: the difference (the proxy's cold call and its phase/aggregator reads).
 * The OCR2 aggregator behind a production proxy is not on npm, so Chainlink's own end-to-end read is
 * not measured.
 */
import { type Address, createWalletClient, custom, encodeFunctionData } from "viem";
import { privateKeyToAccount, sign } from "viem/accounts";
import { feedIdOf, type Report, reportDigest } from "../../actions/src/core/report.ts";
import { priceFeedAbi } from "../../keeper/src/chain/abi.ts";
import { deployOracle } from "../../keeper/src/chain/deploy.ts";
import { encodeSingleUpdate } from "../../keeper/src/chain/receiver.ts";
import type { BenchLog } from "../index.ts";
import { type PeerChain, deploy, now, send } from "./chain.ts";
import { compilePeer, packageRoot } from "./solc.ts";

export const CHAINLINK_PROXY_PACKAGE = "@chainlink/contracts-0_3_1";
const FEED = "READ/USD";

export async function runChainlinkProxy(ctx: PeerChain, log: BenchLog): Promise<Record<string, number>> {
  const signer = ctx.chain.accounts[1];
  if (!signer) throw new Error("local chain has no second dev account");
  const walletClient = createWalletClient({ account: privateKeyToAccount(ctx.chain.accounts[0]!.privateKey), transport: custom(ctx.chain.provider) });
  const deployment = await deployOracle(
    { walletClient, publicClient: ctx.publicClient },
    {
      signer: signer.address,
      rotationDelaySeconds: 3600,
      feeds: [{ symbol: FEED, decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n, maxAnswer: 10n ** 15n }],
    },
  );
  const receiver = deployment.contracts.receiver as Address;
  const feed = deployment.contracts.feeds[FEED]!.address as Address;
  const report: Report = { feedId: feedIdOf(FEED), answer: 9_700_012_345_678n, observedAt: (await now(ctx)) - 5n };
  const signature = await sign({ hash: reportDigest({ chainId: ctx.chain.chainId, verifyingContract: receiver }, report), privateKey: signer.privateKey, to: "hex" });
  await send(ctx, receiver, encodeSingleUpdate(report, signature));

  const compiled = compilePeer({
    solc: "solc-0_7_6",
    version: "0.7.6",
    root: packageRoot(CHAINLINK_PROXY_PACKAGE),
    sources: ["src/v0.7/dev/AggregatorProxy.sol"],
    settings: { optimizer: { enabled: true, runs: 1_000_000 }, evmVersion: "istanbul" },
  });
  const proxy = await deploy(ctx, compiled.AggregatorProxy!, [feed]);
  const read = async (to: Address): Promise<number> =>
    Number(await ctx.publicClient.estimateGas({ account: ctx.sender, to, data: encodeFunctionData({ abi: priceFeedAbi, functionName: "latestRoundData" }) }));
  const direct = await read(feed);
  const viaProxy = await read(proxy);
  log(`chainlink: latestRoundData direct ${direct}, through AggregatorProxy ${viaProxy}`);
  return {
    "peers.chainlink.litFeedReadGas": direct,
    "peers.chainlink.proxyReadGas": viaProxy,
    "peers.chainlink.proxyOverheadGas": viaProxy - direct,
  };
}
