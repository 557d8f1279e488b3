// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title ReportLib
/// @notice EIP-712 struct hashing of lit-oracle reports and the packed report codec. Must agree with
///         `actions/src/core/report.ts` and `keeper/src/chain/codec.ts` (tested against both).
library ReportLib {
    /// @dev keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)")
    bytes32 internal constant REPORT_TYPEHASH = keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)");

    /// @dev keccak256("ReportBatch(bytes reports)"): a batch signs its packed records (format in
    ///      IPriceReceiver) as one EIP-712 `bytes` member, hashed as keccak256 of the bytes.
    bytes32 internal constant REPORT_BATCH_TYPEHASH = keccak256("ReportBatch(bytes reports)");

    /// @dev Bytes of a packed record before the feed id: idByte (flag + feedIdLength), answerLength.
    uint256 internal constant RECORD_HEADER_BYTES = 2;

    /// @dev Bytes of a packed `observedAt` (uint32 big-endian), when present.
    uint256 internal constant OBSERVED_AT_BYTES = 4;

    /// @dev Shortest record: header, 1-byte feed id, 1-byte answer, observedAt shared with the previous.
    ///      observedAt must be nonzero (which also forbids the "same" flag on the first record).
    uint256 internal constant MIN_RECORD_BYTES = RECORD_HEADER_BYTES + 2;

    /// @dev Bit of the id byte meaning "same observedAt as the previous record" (no observedAt bytes).
    uint256 internal constant SAME_OBSERVED_AT_FLAG = 0x80;

    /// @notice EIP-712 `hashStruct(Report)`.
    function hashReport(bytes32 feedId, int256 answer, uint64 observedAt) internal pure returns (bytes32 structHash) {
        uint256 scratch;
        // Assembly: uses the four words past the free pointer as scratch without moving it.
        assembly ("memory-safe") {
            scratch := mload(0x40)
        }
        structHash = hashReportAt(scratch, feedId, answer, observedAt);
    }

    /// @notice EIP-712 `hashStruct(Report)` computed in the 4-word memory region at `scratch`.
    function hashReportAt(uint256 scratch, bytes32 feedId, int256 answer, uint64 observedAt)
        internal
        pure
        returns (bytes32 structHash)
    {
        bytes32 typehash = REPORT_TYPEHASH;
        // Assembly: writes [typehash, feedId, answer, observedAt] at `scratch` (owned by the caller) and
        // hashes it; observedAt is masked because stack bits above a uint64 may be dirty.
        assembly ("memory-safe") {
            mstore(scratch, typehash)
            mstore(add(scratch, 0x20), feedId)
            mstore(add(scratch, 0x40), answer)
            mstore(add(scratch, 0x60), and(observedAt, 0xffffffffffffffff))
            structHash := keccak256(scratch, 0x80)
        }
    }

    /// @notice EIP-712 `hashStruct(ReportBatch)` of packed records.
    function hashBatch(bytes calldata reports) internal pure returns (bytes32) {
        return keccak256(abi.encode(REPORT_BATCH_TYPEHASH, keccak256(reports)));
    }

    /// @notice Decodes the packed record starting at `offset` of `reports` (format in IPriceReceiver).
    /// @param previousObservedAt The previous record's observedAt (used when the record shares it).
    /// @return feedId The feed id, left-aligned, the bytes beyond the encoded length zero.
    /// @return answer The answer, sign-extended from its encoded length.
    /// @return observedAt The observation time.
    /// @return next The offset of the next record (== reports.length after the last one).
    function decodeAt(bytes calldata reports, uint256 offset, uint64 previousObservedAt)
        internal
        pure
        returns (bytes32 feedId, int256 answer, uint64 observedAt, uint256 next)
    {
        bool malformed;
        // Assembly: byte-level calldata decoding. Lengths are validated and the record must lie inside
        // `reports`; `calldataload` past the end of `reports` may read neighbouring calldata (or zeros),
        // which the shifts discard, and a malformed record reverts before any value is used.
        assembly ("memory-safe") {
            let base := add(reports.offset, offset)
            let header := calldataload(base)
            let idByte := byte(0, header)
            let idLength := and(idByte, 0x7f)
            let answerLength := byte(1, header)
            let same := shr(7, idByte)
            let answerAt := add(base, add(2, idLength))
            let end := add(add(add(offset, 2), idLength), answerLength)
            // Feed id: keep the first idLength bytes (1..32) of the word after the header.
            let idDrop := sub(256, shl(3, idLength))
            feedId := shl(idDrop, shr(idDrop, calldataload(add(base, 2))))
            // Answer: arithmetic shift sign-extends the answerLength-byte big-endian integer.
            answer := sar(sub(256, shl(3, answerLength)), calldataload(answerAt))
            switch same
            case 0 {
                observedAt := shr(224, calldataload(add(answerAt, answerLength)))
                end := add(end, 4)
            }
            default { observedAt := previousObservedAt }
            next := end
            malformed := or(
                or(or(iszero(idLength), gt(idLength, 32)), or(iszero(answerLength), gt(answerLength, 32))),
                or(gt(end, reports.length), iszero(observedAt))
            )
        }
        if (malformed) revert IPriceReceiver.MalformedReports(offset);
    }
}
