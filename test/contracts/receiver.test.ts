/**
 * The TypeScript side against the deployed contracts: digests from actions/src/core/report.ts signed with
 * viem are accepted by `update` / `updateBatch`; the packed codec matches the on-chain decoder; errors
 * decode into the keeper's taxonomy; reports do not replay across chains or receivers.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesToHex, type Hex, hexToBytes } from "viem";
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
import { AlreadyDoneError, NonRetryableError } from "../../common/errors.ts";
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
    // ReportSkipped(BTC, StaleReport(...)) and ETH's Published log (topic = feed id, 23 bytes).
    expect(tx.logs).toHaveLength(2);
    expect(tx.logs.filter((l) => l.topics.length === 1 && l.topics[0] === ETH && l.data.length === 2 + 2 * 23)).toHaveLength(1);
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
  const T = 1_700_000_000n;
  const arbFeedId = fc.oneof(
    fc.constantFrom(BTC, ETH, SOL, feedIdOf("A/B"), feedIdOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ/ABCD")),
    // any bytes32, zero bytes inside or at the start included
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => bytesToHex(bytes)),
  );
  const arbReport = fc.record({
    feedId: arbFeedId,
    answer: fc.oneof(fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }), fc.bigInt({ min: -(2n ** 40n), max: 2n ** 48n })),
    // a few shared values so that consecutive reports form groups, or any uint32
    observedAt: fc.oneof(fc.constantFrom(T, T + 1n), fc.bigInt({ min: 1n, max: 2n ** 32n - 1n })),
  });

  /** The on-chain decoder's answer: the reports, or the offset of MalformedReports. */
  const decodeOnChain = async (data: Hex): Promise<Report[] | { malformedAt: bigint }> => {
    try {
      const onChain = await oracle.publicClient.readContract({ address: oracle.receiver, abi: receiverAbi, functionName: "decodeReports", args: [data] });
      return onChain.map((r) => ({ feedId: r.feedId, answer: r.answer, observedAt: r.observedAt }));
    } catch (error) {
      const decoded = decodeReceiverError(error);
      expect(decoded?.name).toBe("MalformedReports");
      return { malformedAt: decoded!.args[0] as bigint };
    }
  };
  /** The TypeScript decoder's answer, in the same shape. */
  const decodeInTs = (data: Hex): Report[] | { malformedAt: bigint } => {
    try {
      return decodePackedReports(data);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      const at = /malformed packed reports at byte (\d+)/.exec((error as Error).message);
      expect(at).not.toBeNull();
      return { malformedAt: BigInt(at![1]!) };
    }
  };

  it("round-trips in TypeScript", () => {
    fc.assert(
      fc.property(fc.array(arbReport, { minLength: 1, maxLength: 8 }), (reports) => {
        expect(decodePackedReports(encodePackedReports(reports))).toEqual(reports);
      }),
    );
  });

  it("groups consecutive reports by observedAt, with fixed widths (pinned bytes)", () => {
    const packed = encodePackedReports([
      { feedId: BTC, answer: 1n, observedAt: 0x01020304n },
      { feedId: feedIdOf("LINK/USD"), answer: -129n, observedAt: 0x01020304n },
      { feedId: feedIdOf("A/B"), answer: 0x80n, observedAt: 0x05n },
    ]);
    expect(packed).toBe(
      "0x" +
        ["02" + "08" + "02" + "01020304", "4254432f55534400" + "0001", "4c494e4b2f555344" + "ff7f"].join("") +
        ["01" + "03" + "02" + "00000005", "412f42" + "0080"].join(""),
    );
    // the same observedAt later on opens a new group (order is significant)
    const split = decodePackedReports(encodePackedReports([
      { feedId: BTC, answer: 1n, observedAt: 7n },
      { feedId: ETH, answer: 1n, observedAt: 8n },
      { feedId: SOL, answer: 1n, observedAt: 7n },
    ]));
    expect(split.map((r) => r.observedAt)).toEqual([7n, 8n, 7n]);
  });

  it("splits a run of more than 255 reports with one observedAt into groups of at most 255", () => {
    const reports = Array.from({ length: 300 }, (_, i) => ({ feedId: BTC, answer: BigInt(i), observedAt: T }));
    const packed = hexToBytes(encodePackedReports(reports));
    expect(packed[0]).toBe(255);
    expect(packed[7 + 255 * (7 + 2)]).toBe(45);
    expect(decodePackedReports(bytesToHex(packed))).toEqual(reports);
  });

  it("decodes on chain exactly as in TypeScript (including shared observedAt)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbReport, { minLength: 1, maxLength: 5 }), fc.boolean(), async (reports, shareTime) => {
        const list = shareTime ? reports.map((r) => ({ ...r, observedAt: reports[0]!.observedAt })) : reports;
        expect(await decodeOnChain(encodePackedReports(list))).toEqual(list);
      }),
      { numRuns: 25 },
    );
  });

  it("accepts and rejects exactly the same bytes on chain and in TypeScript (same offset)", async () => {
    // A valid encoding with one byte changed, cut short or extended, or arbitrary small headers.
    const arbBytes = fc.oneof(
      fc
        .tuple(fc.array(arbReport, { minLength: 1, maxLength: 4 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.integer({ min: -3, max: 2 }))
        .map(([reports, at, value, resize]) => {
          const bytes = Array.from(hexToBytes(encodePackedReports(reports)));
          bytes[at % bytes.length] = value;
          if (resize < 0) bytes.length = Math.max(0, bytes.length + resize);
          for (let i = 0; i < resize; i++) bytes.push(value);
          return bytesToHex(Uint8Array.from(bytes));
        }),
      fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 34 }), fc.integer({ min: 0, max: 34 }), fc.integer({ min: 0, max: 2 }), fc.uint8Array({ maxLength: 80 }))
        .map(([count, idWidth, answerWidth, at, rest]) => bytesToHex(Uint8Array.from([count, idWidth, answerWidth, 0, 0, 0, at, ...rest]))),
    );
    await fc.assert(
      fc.asyncProperty(arbBytes, async (data) => {
        expect(await decodeOnChain(data)).toEqual(decodeInTs(data));
      }),
      { numRuns: 12 }, // each revert costs the local chain about a second
    );
  });

  it("rejects what it cannot encode", () => {
    expect(() => encodePackedReports([])).toThrow(/at least one/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 1n, observedAt: 0n }])).toThrow(/observedAt/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 1n, observedAt: 2n ** 32n }])).toThrow(/observedAt/);
    expect(() => encodePackedReports([{ feedId: BTC, answer: 2n ** 255n, observedAt: 1n }])).toThrow(/int256/);
  });

  it("rejects malformed bytes with the offset of the bad group", () => {
    expect(() => decodePackedReports("0x")).toThrow(/at byte 0: no reports/);
    expect(() => decodePackedReports("0x000101000000014101")).toThrow(/at byte 0: group count is 0/);
    expect(() => decodePackedReports("0x0100010000000141")).toThrow(/at byte 0: idWidth 0 outside 1..32/);
    expect(() => decodePackedReports("0x0101210000000141")).toThrow(/at byte 0: answerWidth 33 outside 1..32/);
    expect(() => decodePackedReports("0x010101000000004101")).toThrow(/at byte 0: observedAt is 0/);
    expect(() => decodePackedReports("0x0101010000")).toThrow(/at byte 0: truncated group header/);
    expect(() => decodePackedReports("0x02010100000001410141")).toThrow(/at byte 0: group of 2 records runs past the end/);
    expect(() => decodePackedReports("0x01010100000001410100")).toThrow(/at byte 9: truncated group header/);
  });
});
