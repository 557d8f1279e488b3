/**
 * The signed report: one definition shared by the Lit Action (which signs it), the keeper (which
 * submits it and recomputes the digest it expects) and the tests. The Solidity side
 * (`contracts/libraries/ReportLib.sol`) is tested against these functions.
 *
 * EIP-712 domain: { name: "LitOracle", version: "1", chainId, verifyingContract }, so a report signed
 * for one chain or one receiver cannot be replayed on another; `observedAt` must strictly increase per
 * feed on chain, so it cannot be replayed on the same receiver either.
 *
 * Pure: no I/O, no clock, no randomness (bundled into the action).
 */
import { type Address, type Hex, hashTypedData, hexToString, isHex, stringToHex } from "viem";
import { encodePackedReports } from "./packed.ts";

export const REPORT_DOMAIN_NAME = "LitOracle";
export const REPORT_DOMAIN_VERSION = "1";

/** Longest feed symbol that fits a bytes32 with a terminating zero byte. */
export const FEED_SYMBOL_MAX_BYTES = 31;

export const REPORT_TYPES = {
  Report: [
    { name: "feedId", type: "bytes32" },
    { name: "answer", type: "int256" },
    { name: "observedAt", type: "uint64" },
  ],
} as const;

/**
 * A batch signs its reports in the receiver's packed format (`encodePackedReports`, order significant)
 * as one EIP-712 `bytes` member: the receiver hashes the calldata once instead of one struct per report.
 */
export const REPORT_BATCH_TYPES = {
  ReportBatch: [{ name: "reports", type: "bytes" }],
} as const;

/** `bytes32` of the ASCII symbol, left-aligned and zero-padded: `feedIdOf("BTC/USD")`. */
export type FeedId = Hex;

export type Report = {
  feedId: FeedId;
  /** The answer as a fixed-point integer with the feed's decimals. */
  answer: bigint;
  /** Unix seconds at which the sources were observed: the median of the nodes' clocks, rounded down to the manifest granularity. */
  observedAt: bigint;
};

export type ReportDomain = { chainId: number | bigint; verifyingContract: Address };

const SYMBOL_PATTERN = /^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/;

/** `"BTC/USD"` -> bytes32. Throws on a symbol that is not `BASE/QUOTE` ASCII of at most 31 bytes. */
export function feedIdOf(symbol: string): FeedId {
  if (!SYMBOL_PATTERN.test(symbol)) throw new Error(`feed symbol must look like BASE/QUOTE, got ${JSON.stringify(symbol)}`);
  if (symbol.length > FEED_SYMBOL_MAX_BYTES) throw new Error(`feed symbol longer than ${FEED_SYMBOL_MAX_BYTES} bytes: ${symbol}`);
  return stringToHex(symbol, { size: 32 });
}

/** bytes32 -> `"BTC/USD"` (inverse of {@link feedIdOf}). */
export function feedSymbolOf(feedId: FeedId): string {
  if (!isHex(feedId) || feedId.length !== 66) throw new Error(`feed id must be bytes32, got ${feedId}`);
  return hexToString(feedId, { size: 32 }).replace(/\0+$/, "");
}

function domainOf(domain: ReportDomain) {
  return {
    name: REPORT_DOMAIN_NAME,
    version: REPORT_DOMAIN_VERSION,
    chainId: BigInt(domain.chainId),
    verifyingContract: domain.verifyingContract,
  } as const;
}

/** The EIP-712 digest of one report, as the receiver computes it. */
export function reportDigest(domain: ReportDomain, report: Report): Hex {
  return hashTypedData({ domain: domainOf(domain), types: REPORT_TYPES, primaryType: "Report", message: report });
}

/**
 * The EIP-712 digest of a batch of reports covered by one signature: `ReportBatch(bytes reports)` over
 * their packed encoding. Order is significant. Throws on what the packed format cannot carry.
 */
export function batchDigest(domain: ReportDomain, reports: readonly Report[]): Hex {
  if (reports.length === 0) throw new Error("a batch needs at least one report");
  return packedBatchDigest(domain, encodePackedReports(reports));
}

/** The EIP-712 digest of already packed reports (`encodePackedReports`), as `batchDigest` on chain. */
export function packedBatchDigest(domain: ReportDomain, packed: Hex): Hex {
  return hashTypedData({
    domain: domainOf(domain),
    types: REPORT_BATCH_TYPES,
    primaryType: "ReportBatch",
    message: { reports: packed },
  });
}

/** EIP-712 domain of a large-move candidate attestation (no chain, no contract: never a valid report). */
export const CANDIDATES_DOMAIN = { name: "LitOracleMoveCandidates", version: "1" } as const;

export const CANDIDATES_TYPES = {
  MoveCandidates: [
    { name: "observedAt", type: "uint64" },
    { name: "feedIds", type: "bytes32[]" },
    { name: "answers", type: "int256[]" },
  ],
} as const;

/**
 * The digest the action signs over the large moves it refused in a round: "at `observedAt` this
 * action's honest majority saw these answers". A later round accepts a move only when it carries this
 * attestation signed by the same key that signs its reports (see `core/round.ts`); its domain has no
 * chain and no verifying contract, so it can never pass as a report.
 */
export function candidatesDigest(observedAt: number | bigint, candidates: readonly { feedId: FeedId; answer: bigint }[]): Hex {
  return hashTypedData({
    domain: CANDIDATES_DOMAIN,
    types: CANDIDATES_TYPES,
    primaryType: "MoveCandidates",
    message: { observedAt: BigInt(observedAt), feedIds: candidates.map((c) => c.feedId), answers: candidates.map((c) => c.answer) },
  });
}
