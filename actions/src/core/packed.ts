/**
 * The packed report encoding of `updateBatch` / `updateDirect` (spec in
 * contracts/interfaces/IPriceReceiver.sol): a sequence of groups, each
 *   uint8 count (1..255) | uint8 idWidth (1..32) | uint8 answerWidth (1..32) | uint32 observedAt (nonzero)
 * followed by `count` fixed-width records
 *   feedId[idWidth] | answer[answerWidth]
 * where the feed id's leading idWidth bytes are kept (the rest must be zero) and the answer is big-endian
 * two's complement, sign-extended to int256. The encoder puts consecutive reports with the same
 * observedAt in one group (order preserved: the signature covers it; a group holds at most 255), with
 * the widest trimmed id and the widest minimal answer of the group.
 * Pure (viem utilities only), so a Lit Action bundle can include it.
 */
import { type Hex, bytesToHex, hexToBytes } from "viem";
import type { Report } from "./report.ts";

/** Bytes of a group header: count, idWidth, answerWidth, observedAt (uint32). */
export const GROUP_HEADER_BYTES = 7;
/** Most records in one group (the count is a uint8). */
export const MAX_GROUP_RECORDS = 255;
/** Largest `observedAt` the packed format carries (uint32 seconds: 2106-02-07). */
export const MAX_PACKED_OBSERVED_AT = 2n ** 32n - 1n;
const INT256_MIN = -(2n ** 255n);
const INT256_MAX = 2n ** 255n - 1n;

/** Bytes of the minimal big-endian two's-complement encoding of `value` (1..32, sign bit preserved). */
function answerWidthOf(value: bigint): number {
  let length = 1;
  while (length < 32) {
    const limit = 1n << BigInt(8 * length - 1);
    if (value >= -limit && value < limit) break;
    length += 1;
  }
  return length;
}

/** Bytes of the feed id up to its last nonzero byte (at least 1). */
function idWidthOf(id: Uint8Array): number {
  let length = 32;
  while (length > 1 && id[length - 1] === 0) length -= 1;
  return length;
}

/** Encodes reports in the receiver's packed format (order preserved; the signature covers that order). */
export function encodePackedReports(reports: readonly Report[]): Hex {
  if (reports.length === 0) throw new RangeError("at least one report is required");
  const ids: Uint8Array[] = [];
  for (const [index, report] of reports.entries()) {
    const id = hexToBytes(report.feedId);
    if (id.length !== 32) throw new RangeError(`report ${index}: feedId must be bytes32`);
    if (report.observedAt <= 0n || report.observedAt > MAX_PACKED_OBSERVED_AT) {
      throw new RangeError(`report ${index}: observedAt ${report.observedAt} outside 1..2^32-1 (packed format)`);
    }
    if (report.answer < INT256_MIN || report.answer > INT256_MAX) {
      throw new RangeError(`report ${index}: answer ${report.answer} does not fit int256`);
    }
    ids.push(id);
  }
  const out: number[] = [];
  let start = 0;
  while (start < reports.length) {
    const observedAt = reports[start]!.observedAt;
    let end = start + 1;
    while (end < reports.length && end - start < MAX_GROUP_RECORDS && reports[end]!.observedAt === observedAt) end += 1;
    let idWidth = 1;
    let answerWidth = 1;
    for (let i = start; i < end; i++) {
      idWidth = Math.max(idWidth, idWidthOf(ids[i]!));
      answerWidth = Math.max(answerWidth, answerWidthOf(reports[i]!.answer));
    }
    const t = Number(observedAt);
    out.push(end - start, idWidth, answerWidth, (t >>> 24) & 0xff, (t >>> 16) & 0xff, (t >>> 8) & 0xff, t & 0xff);
    for (let i = start; i < end; i++) {
      out.push(...ids[i]!.subarray(0, idWidth));
      let v = BigInt.asUintN(8 * answerWidth, reports[i]!.answer);
      const answer = new Array<number>(answerWidth);
      for (let j = answerWidth - 1; j >= 0; j--) {
        answer[j] = Number(v & 0xffn);
        v >>= 8n;
      }
      out.push(...answer);
    }
    start = end;
  }
  return bytesToHex(Uint8Array.from(out));
}

/** Decodes the packed format (inverse of {@link encodePackedReports}); throws on malformed input. */
export function decodePackedReports(data: Hex): Report[] {
  const bytes = hexToBytes(data);
  if (bytes.length === 0) throw new RangeError("malformed packed reports at byte 0: no reports");
  const reports: Report[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const count = bytes[offset] ?? 0;
    const idWidth = bytes[offset + 1] ?? 0;
    const answerWidth = bytes[offset + 2] ?? 0;
    const t = bytes.subarray(offset + 3, offset + 7);
    const observedAt = t.length === 4 ? BigInt(((t[0]! << 24) >>> 0) + (t[1]! << 16) + (t[2]! << 8) + t[3]!) : 0n;
    const stride = idWidth + answerWidth;
    const end = offset + GROUP_HEADER_BYTES + count * stride;
    const fail = (why: string): never => {
      throw new RangeError(`malformed packed reports at byte ${offset}: ${why}`);
    };
    if (offset + GROUP_HEADER_BYTES > bytes.length) fail("truncated group header");
    if (count === 0) fail("group count is 0");
    if (idWidth < 1 || idWidth > 32) fail(`idWidth ${idWidth} outside 1..32`);
    if (answerWidth < 1 || answerWidth > 32) fail(`answerWidth ${answerWidth} outside 1..32`);
    if (observedAt === 0n) fail("observedAt is 0");
    if (end > bytes.length) fail(`group of ${count} records runs past the end (${end} > ${bytes.length} bytes)`);
    for (let at = offset + GROUP_HEADER_BYTES; at < end; at += stride) {
      const id = new Uint8Array(32);
      id.set(bytes.subarray(at, at + idWidth));
      const answer = BigInt.asIntN(8 * answerWidth, BigInt(bytesToHex(bytes.subarray(at + idWidth, at + stride))));
      reports.push({ feedId: bytesToHex(id), answer, observedAt });
    }
    offset = end;
  }
  return reports;
}
