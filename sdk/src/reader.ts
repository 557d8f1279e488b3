/**
 * Reads a lit-oracle feed with the checks of `contracts/consumer/LitFeedLib.sol`, in the same order:
 * sequencer up and past its grace period, not paused, not breached / has data, answer > 0, fresh
 * against the feed's own heartbeat + slack. "Now" is the latest block's timestamp, as on chain.
 */
import { type Address, type PublicClient } from "viem";
import { aggregatorV3Abi, litPriceFeedAbi } from "./abi.ts";
import { LitFeedError } from "./errors.ts";

export type ReadLitPriceParameters = {
  /** The LitPriceFeed address. */
  feed: Address;
  /** Added to the feed's heartbeat before a round counts as stale, seconds. */
  heartbeatSlackSeconds: number;
  /** Chainlink L2 sequencer uptime feed (answer 0 = up); omit on L1. */
  sequencerUptimeFeed?: Address;
  /** How long the sequencer must have been up, seconds (required with `sequencerUptimeFeed`). */
  sequencerGracePeriodSeconds?: number;
  /** Block to read at (default: latest). */
  blockNumber?: bigint;
};

export type LitPrice = { roundId: bigint; answer: bigint; decimals: number; startedAt: bigint; updatedAt: bigint };

/** The checked latest price of a feed; throws LitFeedError (with `code`) on a failed check. */
export async function readLitPrice(client: PublicClient, params: ReadLitPriceParameters): Promise<LitPrice> {
  const at = params.blockNumber === undefined ? {} : { blockNumber: params.blockNumber };
  const block = await client.getBlock(params.blockNumber === undefined ? {} : { blockNumber: params.blockNumber });
  const now = block.timestamp;
  if (params.sequencerUptimeFeed) {
    const grace = BigInt(params.sequencerGracePeriodSeconds ?? 0);
    const [, status, startedAt] = await client.readContract({ address: params.sequencerUptimeFeed, abi: aggregatorV3Abi, functionName: "latestRoundData", ...at });
    if (status !== 0n) throw new LitFeedError("sequencer-down", `sequencer is down (status ${status})`, { status });
    if (now - startedAt <= grace) {
      throw new LitFeedError("sequencer-grace-period", `sequencer up since ${startedAt}, within the ${grace}s grace period`, { upSince: startedAt, grace });
    }
  }
  const [observation, heartbeat, decimals] = await Promise.all([
    client.readContract({ address: params.feed, abi: litPriceFeedAbi, functionName: "latestObservation", ...at }),
    client.readContract({ address: params.feed, abi: litPriceFeedAbi, functionName: "heartbeat", ...at }),
    client.readContract({ address: params.feed, abi: litPriceFeedAbi, functionName: "decimals", ...at }),
  ]);
  const [roundId, answer, observedAt, updatedAt, paused, breached] = observation;
  // latestObservation never reverts: the same decisions latestRoundData would take, from the flags.
  if (paused) throw new LitFeedError("paused", `feed ${params.feed} is paused`);
  if (breached) throw new LitFeedError("breached", `feed ${params.feed} is breached (newest report out of bounds, observed ${observedAt})`, { lastAnswer: answer, observedAt });
  if (roundId === 0n) throw new LitFeedError("no-data", `feed ${params.feed} has no round yet`);
  if (answer <= 0n) throw new LitFeedError("non-positive", `feed ${params.feed} answered ${answer}`, { answer });
  const maxAge = BigInt(heartbeat) + BigInt(params.heartbeatSlackSeconds);
  if (now > updatedAt + maxAge) {
    throw new LitFeedError("stale", `feed ${params.feed} updated at ${updatedAt}, older than ${maxAge}s at ${now}`, { updatedAt, maxAge, now });
  }
  return { roundId, answer, decimals, startedAt: observedAt, updatedAt };
}
