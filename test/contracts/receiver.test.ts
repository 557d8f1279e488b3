/**
 * The TypeScript side against the deployed contracts: digests from actions/src/core/report.ts signed with
 * viem are accepted by `update` / `updateBatch`; the packed codec matches the on-chain decoder; errors
 * decode into the keeper's taxonomy; reports do not replay across chains or receivers.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchDigest, feedIdOf, type Report, reportDigest } from "../../actions/src/core/report.ts";
import { receiverAbi } from "../../keeper/src/chain/abi.ts";
import { decodePackedReports, encodePackedReports } from "../../actions/src/core/packed.ts";
import {
  decodeReceiverError,
  encodeBatchUpdate,
  encodeDirectUpdate,
  encodeSingleUpdate,
  readFeedState,
  readLatestRound,
  toCompactSignature,
  toKeeperError,
} from "../../keeper/src/chain/receiver.ts";
import { AlreadyDoneError, NonRetryableError } from "../../keeper/src/internal/errors.ts";
import { deployTestOracle, type Oracle } from "./fixture.ts";

const BTC = feedIdOf("BTC/USD");
const ETH = feedIdOf("ETH/USD");
const SOL = feedIdOf("SOL/USD");

let oracle: Oracle;
let clock: bigint;
const tick = () => (clock += 1n);

beforeAll(async () => {
  oracle = await deployTestOracle();
  clock = (await oracle.now()) - 1000n;
});
afterAll(async () => {
  await oracle?.chain.close();
});

describe("EIP-712 digests", () => {
  it("the receiver computes the same report and batch digests as report.ts", async () => {
    const domain = { chainId: oracle.chain.chainId, verifyingContract: oracle.receiver };
    const report: Report = { feedId: BTC, answer: -123_456_789n, observedAt: 1_700_000_000n };
    const onChain = await oracle.publicClient.readContract({ address: oracle.receiver, abi: receiverAbi, functionName: "reportDigest", args: [report] });
    expect(onChain).toBe(reportDigest(domain, report));
    const reports: Report[] = [report, { feedId: ETH, answer: 3_400n * 10n ** 18n, observedAt: 1_700_000_000n }, { feedId: SOL, answer: 1n, observedAt: 1_700_000_009n }];
    const onChainBatch = await oracle.publicClient.readContract({
      address: oracle.receiver,
      abi: receiverAbi,
      functionName: "batchDigest",
      args: [encodePackedReports(reports)],
    });
    expect(onChainBatch).toBe(batchDigest(domain, reports));
  });
});

describe("write paths", () => {
  it("accepts a single report signed over reportDigest", async () => {
    const report = { feedId: BTC, answer: 97_000n * 10n ** 8n, observedAt: tick() };
    const tx = await oracle.send(encodeSingleUpdate(report, await oracle.signReport(report)));
    expect(tx.status).toBe("success");
    const state = await readFeedState(oracle.publicClient, oracle.deployment, BTC);
    expect(state).toMatchObject({ answer: report.answer, observedAt: report.observedAt, breached: false });
    const round = await readLatestRound(oracle.publicClient, oracle.deployment.contracts.feeds["BTC/USD"]!.address);
    expect(round.answer).toBe(report.answer);
    expect(round.roundId).toBe((1n << 64n) | state.roundId);
    expect(round.answeredInRound).toBe(round.roundId);
  });

  it("accepts a batch signed once over batchDigest, and skips a stale member", async () => {
    const at = tick();
    const reports = [
      { feedId: BTC, answer: 96_000n * 10n ** 8n, observedAt: at },
      { feedId: ETH, answer: 3_300n * 10n ** 18n, observedAt: at },
      { feedId: SOL, answer: 250n * 10n ** 8n, observedAt: at },
    ];
    expect((await oracle.send(encodeBatchUpdate(reports, await oracle.signBatch(reports)))).status).toBe("success");
    for (const r of reports) expect((await readFeedState(oracle.publicClient, oracle.deployment, r.feedId)).answer).toBe(r.answer);

    const next = tick();
    const mixed = [
      { feedId: BTC, answer: 95_000n * 10n ** 8n, observedAt: at }, // stale: already at `at`
      { feedId: ETH, answer: 3_200n * 10n ** 18n, observedAt: next },
    ];
    const tx = await oracle.send(encodeBatchUpdate(mixed, await oracle.signBatch(mixed)));
    expect(tx.status).toBe("success");
    expect(tx.logs).toHaveLength(1); // ReportSkipped(BTC, StaleReport(...))
    expect((await readFeedState(oracle.publicClient, oracle.deployment, ETH)).answer).toBe(3_200n * 10n ** 18n);
  });

  it("accepts the direct path from the signer and rejects it from anyone else", async () => {
    const report = { feedId: SOL, answer: 260n * 10n ** 8n, observedAt: tick() };
    expect((await oracle.send(encodeDirectUpdate([report]), "signer")).status).toBe("success");
    const again = { ...report, observedAt: tick() };
    const error = await oracle.publicClient
      .call({ to: oracle.receiver, data: encodeDirectUpdate([again]), account: oracle.deployment.owner })
      .catch((e: unknown) => e);
    expect(decodeReceiverError(error)?.name).toBe("NotSigner");
  });

  it("maps StaleReport to AlreadyDoneError and a wrong signer to NonRetryableError", async () => {
    const report = { feedId: BTC, answer: 90_000n * 10n ** 8n, observedAt: tick() };
    const data = encodeSingleUpdate(report, await oracle.signReport(report));
    await oracle.send(data);
    const replay = await oracle.publicClient.call({ to: oracle.receiver, data }).catch((e: unknown) => e);
    expect(decodeReceiverError(replay)).toMatchObject({ name: "StaleReport", kind: "already-done" });
    expect(toKeeperError(replay)).toBeInstanceOf(AlreadyDoneError);

    const forged = { ...report, observedAt: tick() };
    const bad = encodeSingleUpdate(forged, await oracle.signReport(forged, oracle.chain.accounts[5]!.privateKey));
    const rejected = await oracle.publicClient.call({ to: oracle.receiver, data: bad }).catch((e: unknown) => e);
    expect(decodeReceiverError(rejected)?.name).toBe("WrongSigner");
    expect(toKeeperError(rejected)).toBeInstanceOf(NonRetryableError);
  });

  it("refuses high-s signatures before sending", () => {
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const s = `0x${(n - 5n).toString(16)}` as const;
    expect(() => toCompactSignature({ r: `0x${"11".repeat(32)}`, s, yParity: 0 })).toThrow(/malleable/);
  });
});

describe("replay protection", () => {
  it("a report signed for one chain does not land on another chain at the same address", async () => {
    const other = await deployTestOracle({ chainId: 8453 });
    try {
      // Same deployer and nonces: the receiver has the same address on both chains.
      expect(other.receiver).toBe(oracle.receiver);
      const report = { feedId: BTC, answer: 99_000n * 10n ** 8n, observedAt: (await other.now()) - 5n };
      const data = encodeSingleUpdate(report, await oracle.signReport(report)); // signed for chain 31337
      const error = await other.publicClient.call({ to: other.receiver, data }).catch((e: unknown) => e);
      expect(decodeReceiverError(error)?.name).toBe("WrongSigner");
      expect((await other.send(encodeSingleUpdate(report, await other.signReport(report)))).status).toBe("success");
    } finally {
      await other.chain.close();
    }
  });
});

describe("packed codec", () => {
  const arbReport = fc.record({
    feedId: fc.constantFrom(BTC, ETH, SOL, feedIdOf("A/B"), feedIdOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ/ABCD")),
    answer: fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }),
    observedAt: fc.bigInt({ min: 1n, max: 2n ** 32n - 1n }),
  });

  it("round-trips in TypeScript", () => {
    fc.assert(
      fc.property(fc.array(arbReport, { minLength: 1, maxLength: 8 }), (reports) => {
        expect(decodePackedReports(encodePackedReports(reports))).toEqual(reports);
      }),
    );
  });

  it("decodes on chain exactly as in TypeScript (including shared observedAt)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbReport, { minLength: 1, maxLength: 5 }), fc.boolean(), async (reports, shareTime) => {
        const list = shareTime ? reports.map((r) => ({ ...r, observedAt: reports[0]!.observedAt })) : reports;
        const onChain = await oracle.publicClient.readContract({
          address: oracle.receiver,
          abi: receiverAbi,
          functionName: "decodeReports",
          args: [encodePackedReports(list)],
        });
        expect(onChain.map((r) => ({ feedId: r.feedId, answer: r.answer, observedAt: r.observedAt }))).toEqual(list);
      }),
      { numRuns: 25 },
    );
  });

  it("rejects what it cannot encode", () => {
    expect(() => encodePackedReports([])).toThrow(/at least one/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 1n, observedAt: 0n }])).toThrow(/observedAt/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 1n, observedAt: 2n ** 32n }])).toThrow(/observedAt/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 2n ** 255n, observedAt: 1n }])).toThrow(/int256/);
    expect(() => decodePackedReports("0x8101ff")).toThrow(/malformed/);
  });
});
