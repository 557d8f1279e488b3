/**
 * Stateful invariant campaign for the oracle receiver, on a real EDR chain: a seeded random sequence
 * of honest and hostile submissions (wrong key, tampered answer, stale or replayed report, report from
 * another chain, too far in the future, batches mixing good and bad records), each sent as a real
 * transaction with fixed gas so reverts are mined. After every step the receiver's state is compared
 * with a plain model, and two invariants are checked on every feed:
 *
 *   1. an accepted report (roundId moved) was signed by the receiver's SIGNER over this chain and receiver;
 *   2. it is strictly newer than the feed's previous report, and the stored answer is exactly its answer.
 *
 * Every hostile step is one injected fault; a violation is a wrong answer.
 */
import { type Hex } from "viem";
import { feedIdOf, type Report } from "../../actions/src/core/report.ts";
import { encodeBatchUpdate, encodeSingleUpdate, readFeedState } from "../../keeper/src/chain/receiver.ts";
import { deployTestOracle, TEST_FEEDS } from "../contracts/fixture.ts";
import type { Rng } from "./rng.ts";

/** The receiver's allowed clock lead of a report, seconds (MAX_FUTURE_SKEW_SECONDS). */
const FUTURE_SKEW_SECONDS = 60n;

export type ReceiverStepKind =
  | "valid"
  | "valid-batch"
  | "wrong-signer"
  | "tampered"
  | "stale"
  | "replay"
  | "other-chain"
  | "future"
  | "mixed-batch";

export type ReceiverCampaignResult = {
  steps: number;
  /** Hostile submissions (each one fault). */
  faults: number;
  faultsByKind: Partial<Record<ReceiverStepKind, number>>;
  accepted: number;
  rejected: number;
  /** Invariant violations (an accepted report that should not have been, or a good one refused). */
  violations: string[];
};

type Model = { answer: bigint; observedAt: bigint; roundId: bigint };

export async function runReceiverInvariants(params: { steps: number; rng: Rng }): Promise<ReceiverCampaignResult> {
  const { rng } = params;
  const oracle = await deployTestOracle({ chainId: 31_900 });
  const other = await deployTestOracle({ chainId: 31_901 });
  const stranger = oracle.chain.accounts[6]!.privateKey;
  const feeds = TEST_FEEDS.map((f) => ({ ...f, id: feedIdOf(f.symbol) }));
  const model = new Map<Hex, Model>();
  const result: ReceiverCampaignResult = { steps: 0, faults: 0, faultsByKind: {}, accepted: 0, rejected: 0, violations: [] };
  const sentOk: Hex[] = []; // calldata of accepted single updates, for replays
  try {
    for (const f of feeds) {
      const s = await readFeedState(oracle.publicClient, oracle.deployment, f.id);
      model.set(f.id, { answer: s.answer, observedAt: s.observedAt, roundId: s.roundId });
    }
    // Behind the chain, but within the feeds' max report age (1 h): older reports are refused (ExpiredReport).
    let clock = (await oracle.now()) - 3_000n;
    const fresh = () => (clock += BigInt(rng.int(1, 5)));
    const answerFor = (f: (typeof feeds)[number]) => f.minAnswer + BigInt(rng.int(0, 1_000_000)) * ((f.maxAnswer - f.minAnswer) / 1_000_000n);
    const pick = () => feeds[rng.int(0, feeds.length - 1)]!;

    for (let step = 0; step < params.steps; step++) {
      const kind = rng.pick<ReceiverStepKind>(["valid", "valid", "valid-batch", "wrong-signer", "tampered", "stale", "replay", "other-chain", "future", "mixed-batch"]);
      /** The reports that MUST land (by feed); everything else must leave the state as it was. */
      const expected = new Map<Hex, Report>();
      let data: Hex;
      const f = pick();
      switch (kind) {
        case "valid": {
          const report = { feedId: f.id, answer: answerFor(f), observedAt: fresh() };
          data = encodeSingleUpdate(report, await oracle.signReport(report));
          expected.set(f.id, report);
          break;
        }
        case "valid-batch": {
          const at = fresh();
          const reports = feeds.map((g) => ({ feedId: g.id, answer: answerFor(g), observedAt: at }));
          data = encodeBatchUpdate(reports, await oracle.signBatch(reports));
          for (const r of reports) expected.set(r.feedId, r);
          break;
        }
        case "wrong-signer": {
          const report = { feedId: f.id, answer: answerFor(f), observedAt: fresh() };
          data = encodeSingleUpdate(report, await oracle.signReport(report, stranger));
          break;
        }
        case "tampered": {
          const report = { feedId: f.id, answer: answerFor(f), observedAt: fresh() };
          const signature = await oracle.signReport(report);
          data = encodeSingleUpdate({ ...report, answer: report.answer + 1n }, signature);
          break;
        }
        case "stale": {
          const last = model.get(f.id)!;
          // Not newer than the last accepted report (a feed never updated has observedAt 0: a uint, so never below it).
          const report = { feedId: f.id, answer: answerFor(f), observedAt: last.observedAt - BigInt(rng.int(0, Math.min(3, Number(last.observedAt)))) };
          data = encodeSingleUpdate(report, await oracle.signReport(report));
          break;
        }
        case "replay": {
          if (sentOk.length === 0) continue;
          data = sentOk[rng.int(0, sentOk.length - 1)]!;
          break;
        }
        case "other-chain": {
          const report = { feedId: f.id, answer: answerFor(f), observedAt: fresh() };
          data = encodeSingleUpdate(report, await other.signReport(report)); // same key, other chain's domain
          break;
        }
        case "future": {
          const report = { feedId: f.id, answer: answerFor(f), observedAt: (await oracle.now()) + FUTURE_SKEW_SECONDS + BigInt(rng.int(600, 3_600)) };
          data = encodeSingleUpdate(report, await oracle.signReport(report));
          break;
        }
        case "mixed-batch": {
          // One fresh record and one stale one, signed together: the fresh one lands, the stale is skipped.
          const at = fresh();
          const [a, b] = [feeds[0]!, feeds[1]!];
          const reports = [
            { feedId: a.id, answer: answerFor(a), observedAt: at },
            { feedId: b.id, answer: answerFor(b), observedAt: model.get(b.id)!.observedAt },
          ];
          data = encodeBatchUpdate(reports, await oracle.signBatch(reports));
          expected.set(a.id, reports[0]!);
          break;
        }
      }
      result.steps++;
      if (kind !== "valid" && kind !== "valid-batch") {
        result.faults++;
        result.faultsByKind[kind] = (result.faultsByKind[kind] ?? 0) + 1;
      }
      // A reverting transaction is mined, and the node also answers the send with the revert: both are a rejection.
      const tx = await oracle.send(data).catch(() => ({ status: "reverted" as const }));
      let anyAccepted = false;
      for (const g of feeds) {
        const before = model.get(g.id)!;
        const after = await readFeedState(oracle.publicClient, oracle.deployment, g.id);
        const want = expected.get(g.id);
        if (after.roundId !== before.roundId) {
          anyAccepted = true;
          if (!want) result.violations.push(`step ${step} (${kind}): ${g.symbol} accepted a report that is not a fresh one signed by SIGNER (round ${before.roundId} -> ${after.roundId})`);
          else if (after.roundId !== before.roundId + 1n) result.violations.push(`step ${step} (${kind}): ${g.symbol} round moved by ${after.roundId - before.roundId}`);
          if (after.observedAt <= before.observedAt) result.violations.push(`step ${step} (${kind}): ${g.symbol} accepted observedAt ${after.observedAt} not newer than ${before.observedAt}`);
          if (want && (after.answer !== want.answer || after.observedAt !== want.observedAt)) {
            result.violations.push(`step ${step} (${kind}): ${g.symbol} stores ${after.answer}@${after.observedAt}, signed ${want.answer}@${want.observedAt}`);
          }
        } else {
          if (want) result.violations.push(`step ${step} (${kind}): a fresh report signed by SIGNER for ${g.symbol} was refused (tx ${tx.status})`);
          if (after.answer !== before.answer || after.observedAt !== before.observedAt) result.violations.push(`step ${step} (${kind}): ${g.symbol} state changed without a new round`);
        }
        model.set(g.id, { answer: after.answer, observedAt: after.observedAt, roundId: after.roundId });
      }
      if (anyAccepted) {
        result.accepted++;
        if (kind === "valid") sentOk.push(data);
      } else result.rejected++;
    }
  } finally {
    await oracle.chain.close();
    await other.chain.close();
  }
  return result;
}
