/**
 * Decoder of the receiver's `Published` log: LOG1 whose only topic is the feed id and whose data is
 * 23 bytes, the low 184 bits of the feed word after the publication (contracts/libraries/FeedSlotLib):
 * answer int88 (bits 0..87), observedAt (88..119), updatedAt (120..151), round in the phase (152..179),
 * max-age code (180..183). Normative text: IPriceReceiver.sol; docs/contracts.md "Events".
 */
import { type Address, type Hex, getAddress, hexToBigInt, isHex, type PublicClient } from "viem";
import { LogDecodeError } from "./errors.ts";

/** Bytes of a `Published` log's data. */
export const PUBLISHED_DATA_BYTES = 23;
/** Bits of `roundId` holding the round within a phase (Chainlink proxy layout). */
export const PHASE_OFFSET_BITS = 64n;

const ANSWER_BITS = 88n;
const U32 = 0xffff_ffffn;
const ROUND_MASK = 0xfff_ffffn;

/** One published round, decoded from its log. */
export type PublishedRound = {
  feedId: Hex;
  /** Round within the receiver's phase. */
  roundInPhase: bigint;
  answer: bigint;
  /** `startedAt` of the round: the signed observation time (unix s). */
  startedAt: bigint;
  /** `updatedAt` of the round: the block time of the publication (unix s). */
  updatedAt: bigint;
  receiver: Address;
};

/** The minimal log shape (viem's `Log`, or a raw `eth_getLogs` entry). */
export type RawLog = { address: Address; topics: readonly Hex[]; data: Hex; blockNumber?: bigint | Hex | null; transactionHash?: Hex | null };

/** Decodes one `Published` log; throws LogDecodeError for any other log. */
export function decodePublishedLog(log: RawLog): PublishedRound {
  if (log.topics.length !== 1 || !log.topics[0]) throw new LogDecodeError("a Published log has exactly one topic (the feed id)");
  if (!isHex(log.data) || log.data.length !== 2 + 2 * PUBLISHED_DATA_BYTES) {
    throw new LogDecodeError(`a Published log has ${PUBLISHED_DATA_BYTES} bytes of data, got ${(log.data.length - 2) / 2}`);
  }
  const word = hexToBigInt(log.data);
  const rawAnswer = word & ((1n << ANSWER_BITS) - 1n);
  const answer = rawAnswer >= 1n << (ANSWER_BITS - 1n) ? rawAnswer - (1n << ANSWER_BITS) : rawAnswer;
  return {
    feedId: log.topics[0].toLowerCase() as Hex,
    roundInPhase: (word >> 152n) & ROUND_MASK,
    answer,
    startedAt: (word >> 88n) & U32,
    updatedAt: (word >> 120n) & U32,
    receiver: getAddress(log.address),
  };
}

/** A published round with its Chainlink-style round id and where it was logged. */
export type PublishedRoundAt = PublishedRound & { roundId: bigint; phaseId: number; blockNumber: bigint; transactionHash: Hex };

/**
 * Every round of `feedId` published by the given receivers between two blocks, oldest first (one
 * `eth_getLogs` filtered by address and topic 0 = feedId). `phaseOf` maps each receiver to its phase
 * id (router.receiverOf) to build `roundId = phase << 64 | round`.
 */
export async function getPublishedRounds(
  client: Pick<PublicClient, "request">,
  params: { receivers: readonly Address[]; phaseOf: Readonly<Record<string, number>>; feedId: Hex; fromBlock: bigint; toBlock: bigint | "latest" },
): Promise<PublishedRoundAt[]> {
  const phases = new Map(Object.entries(params.phaseOf).map(([address, phase]) => [getAddress(address), phase]));
  for (const receiver of params.receivers) {
    if (!phases.has(getAddress(receiver))) throw new LogDecodeError(`no phase given for receiver ${receiver}`);
  }
  const logs = (await client.request({
    method: "eth_getLogs",
    params: [
      {
        address: params.receivers.map((r) => getAddress(r)),
        topics: [params.feedId],
        fromBlock: `0x${params.fromBlock.toString(16)}`,
        toBlock: params.toBlock === "latest" ? "latest" : `0x${params.toBlock.toString(16)}`,
      },
    ],
  } as never)) as unknown as { address: Address; topics: Hex[]; data: Hex; blockNumber: Hex; transactionHash: Hex }[];
  const out: PublishedRoundAt[] = [];
  for (const log of logs) {
    // Only the receivers' Published logs have topic 0 = a feed id; any other shape is not ours.
    if (log.topics.length !== 1 || log.data.length !== 2 + 2 * PUBLISHED_DATA_BYTES) continue;
    const round = decodePublishedLog(log);
    const phaseId = phases.get(round.receiver)!;
    out.push({
      ...round,
      phaseId,
      roundId: (BigInt(phaseId) << PHASE_OFFSET_BITS) | round.roundInPhase,
      blockNumber: BigInt(log.blockNumber),
      transactionHash: log.transactionHash,
    });
  }
  return out;
}
