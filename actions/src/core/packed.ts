/**
 * The packed report encoding of `updateBatch` / `updateDirect` (spec in
 * contracts/interfaces/IPriceReceiver.sol): per report
 *   uint8 idByte | uint8 answerLength | feedId[feedIdLength] | answer[answerLength] | uint32 observedAt?
 * where idByte = feedIdLength (1..32) | 0x80 when observedAt equals the previous record's (then the
 * observedAt bytes are omitted), the feed id's trailing zero bytes and the answer's redundant sign bytes
 * dropped.
 * Pure (viem utilities only), so a Lit Action bundle can include it.
 */
import { type Hex, bytesToHex, hexToBytes } from "viem";
import type { Report } from "./report.ts";

/** Bit of the id byte: "same observedAt as the previous record". */
export const SAME_OBSERVED_AT_FLAG = 0x80;
/** Largest `observedAt` the packed format carries (uint32 seconds: 2106-02-07). */
export const MAX_PACKED_OBSERVED_AT = 2n ** 32n - 1n;
const INT256_MIN = -(2n ** 255n);
const INT256_MAX = 2n ** 255n - 1n;

/** Minimal big-endian two's-complement bytes of `value` (1..32 bytes, sign bit preserved). */
function signedBytes(value: bigint): Uint8Array {
  if (value < INT256_MIN || value > INT256_MAX) throw new RangeError(`answer ${value} does not fit int256`);
  let length = 1;
  while (length < 32) {
    const limit = 1n << BigInt(8 * length - 1);
    if (value >= -limit && value < limit) break;
    length += 1;
  }
  const out = new Uint8Array(length);
  let v = BigInt.asUintN(8 * length, value);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Encodes reports in the receiver's packed format (order preserved; the signature covers that order). */
export function encodePackedReports(reports: readonly Report[]): Hex {
  if (reports.length === 0) throw new RangeError("at least one report is required");
  const parts: number[] = [];
  let previous: bigint | undefined;
  for (const [index, report] of reports.entries()) {
    const id = hexToBytes(report.feedId);
    if (id.length !== 32) throw new RangeError(`report ${index}: feedId must be bytes32`);
    let idLength = 32;
    while (idLength > 1 && id[idLength - 1] === 0) idLength -= 1;
    if (report.observedAt <= 0n || report.observedAt > MAX_PACKED_OBSERVED_AT) {
      throw new RangeError(`report ${index}: observedAt ${report.observedAt} outside 1..2^32-1 (packed format)`);
    }
    const answer = signedBytes(report.answer);
    const same = previous !== undefined && report.observedAt === previous;
    parts.push(idLength | (same ? SAME_OBSERVED_AT_FLAG : 0), answer.length, ...id.subarray(0, idLength), ...answer);
    if (!same) {
      const t = Number(report.observedAt);
      parts.push((t >>> 24) & 0xff, (t >>> 16) & 0xff, (t >>> 8) & 0xff, t & 0xff);
    }
    previous = report.observedAt;
  }
  return bytesToHex(Uint8Array.from(parts));
}

/** Decodes the packed format (inverse of {@link encodePackedReports}); throws on malformed input. */
export function decodePackedReports(data: Hex): Report[] {
  const bytes = hexToBytes(data);
  if (bytes.length === 0) throw new RangeError("no reports");
  const reports: Report[] = [];
  let offset = 0;
  let previous = 0n;
  while (offset < bytes.length) {
    const idByte = bytes[offset] ?? 0;
    const idLength = idByte & 0x7f;
    const same = (idByte & SAME_OBSERVED_AT_FLAG) !== 0;
    const answerLength = bytes[offset + 1] ?? 0;
    const end = offset + 2 + idLength + answerLength + (same ? 0 : 4);
    if (idLength < 1 || idLength > 32 || answerLength < 1 || answerLength > 32 || end > bytes.length || (same && previous === 0n)) {
      throw new RangeError(`malformed packed report at byte ${offset}`);
    }
    const id = new Uint8Array(32);
    id.set(bytes.subarray(offset + 2, offset + 2 + idLength));
    const answerBytes = bytes.subarray(offset + 2 + idLength, offset + 2 + idLength + answerLength);
    const answer = BigInt.asIntN(8 * answerLength, BigInt(bytesToHex(answerBytes)));
    let observedAt = previous;
    if (!same) {
      const t = bytes.subarray(end - 4, end);
      observedAt = BigInt(((t[0]! << 24) >>> 0) + (t[1]! << 16) + (t[2]! << 8) + t[3]!);
    }
    if (observedAt === 0n) throw new RangeError(`malformed packed report at byte ${offset}: observedAt is 0`);
    reports.push({ feedId: bytesToHex(id), answer, observedAt });
    previous = observedAt;
    offset = end;
  }
  return reports;
}
