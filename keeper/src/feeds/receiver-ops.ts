/**
 * The keeper's view of a price receiver (`contracts/interfaces/IPriceReceiver.sol`, ABI generated from
 * the compiled contract): read feed states,
 * encode the two signature-carrying write paths, decode the receiver's custom errors (StaleReport means
 * "already done"), and read a receipt's per-feed outcome (ReportSkipped / AnswerOutOfBounds events).
 */
import {
  decodeErrorResult,
  decodeEventLog,
  encodeFunctionData,
  getAddress,
  signatureToCompactSignature,
  type Address,
  type Hex,
} from "viem";
import { receiverAbi } from "../chain/abi.ts";
import { encodePackedReports } from "../../../actions/src/core/packed.ts";
import type { DecodedRevert } from "../tx/classify.ts";
import type { OnChainFeed, ReceiptOutcome, ReceiverOps, SignedJob } from "./round.ts";

/** The receiver's ABI, generated from the compiled contract (keeper/src/chain/abi.ts). */
export const RECEIVER_ABI = receiverAbi;

/**
 * Inner calldata of one state-reading multicall, bytes (viem's `batchSize`; 36 per feed: 42 feeds
 * per call). A deployless call runs as init code and its answer is returned as the "deployed" code,
 * so each call must stay under EIP-3860's 49,152 bytes of init code (~224 bytes per feed's Call3)
 * and EIP-170's 24,576 bytes of code (~416 bytes per feed's FeedState result): 42 feeds answer in
 * ~17.5 KB.
 */
export const READ_BATCH_BYTES = 1_536;

/** Receiver errors that mean the goal is already met (a report at least as new is on chain). */
export const ALREADY_DONE_ERRORS = new Set(["StaleReport"]);

export function decodeReceiverRevert(data: Hex): DecodedRevert | undefined {
  try {
    const decoded = decodeErrorResult({ abi: RECEIVER_ABI, data });
    const args = (decoded.args ?? []) as readonly unknown[];
    return {
      name: decoded.errorName,
      alreadyDone: ALREADY_DONE_ERRORS.has(decoded.errorName),
      args,
      message: `${decoded.errorName}(${args.map((a) => String(a)).join(", ")})`,
    };
  } catch {
    return undefined;
  }
}

export const receiverOps: ReceiverOps = {
  async readFeeds(chain, receiver, feedIds) {
    // The feeds in a few eth_calls (READ_BATCH_BYTES each): a deployless Multicall3 (its code runs as
    // the call's init code, so nothing needs to be deployed on the chain). 200 feeds were 200 parallel
    // requests, 0.6-1.6 s per round on the embedded stack under load.
    const results = await chain.client.multicall({
      contracts: feedIds.map((feedId) => ({ address: receiver, abi: RECEIVER_ABI, functionName: "feedState" as const, args: [feedId] as const })),
      allowFailure: false,
      deployless: true,
      batchSize: READ_BATCH_BYTES,
    });
    const out = new Map<Hex, OnChainFeed>();
    feedIds.forEach((id, i) => {
      const s = results[i]!;
      out.set(id, { answer: s.answer, observedAt: s.observedAt, configured: s.configured, paused: s.paused, retired: s.retired });
    });
    return out;
  },

  encodeUpdate(job: SignedJob): Hex {
    const compact = signatureToCompactSignature({ r: job.signature.r, s: job.signature.s, yParity: job.signature.yParity });
    const { r, yParityAndS: vs } = compact;
    if (job.kind === "report") {
      const report = job.reports[0]!;
      return encodeFunctionData({ abi: RECEIVER_ABI, functionName: "update", args: [report, r, vs] });
    }
    return encodeFunctionData({ abi: RECEIVER_ABI, functionName: "updateBatch", args: [encodePackedReports(job.reports), r, vs] });
  },

  decodeRevert: decodeReceiverRevert,

  // The receiver reports what it did NOT publish (ReportSkipped, AnswerOutOfBounds); a report of a
  // successful transaction without either event was published (the receiver emits no success event:
  // a publication is visible in its storage, which the feed contracts read).
  receiptOutcome(receiver, logs): ReceiptOutcome {
    const skipped = new Map<Hex, { name: string; alreadyDone: boolean }>();
    for (const log of logs) {
      if (getAddress(log.address) !== getAddress(receiver)) continue;
      try {
        const event = decodeEventLog({ abi: RECEIVER_ABI, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
        if (event.eventName === "ReportSkipped") {
          const decoded = decodeReceiverRevert(event.args.reason);
          skipped.set(event.args.feedId.toLowerCase() as Hex, { name: decoded?.name ?? "unknown", alreadyDone: decoded?.alreadyDone ?? false });
        } else if (event.eventName === "AnswerOutOfBounds") {
          skipped.set(event.args.feedId.toLowerCase() as Hex, { name: "AnswerOutOfBounds", alreadyDone: false });
        }
      } catch {
        // another event of the receiver
      }
    }
    return { skipped };
  },

  async readSigner(chain, receiver): Promise<Address> {
    return chain.client.readContract({ address: receiver, abi: RECEIVER_ABI, functionName: "SIGNER" });
  },
};
