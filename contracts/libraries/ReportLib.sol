// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title ReportLib
/// @notice EIP-712 struct hashing of lit-oracle reports and the packed report codec. Must agree with
///         `actions/src/core/report.ts` and `actions/src/core/packed.ts` (tested against both).
library ReportLib {
    /// @dev keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)")
    bytes32 internal constant REPORT_TYPEHASH = keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)");

    /// @dev keccak256("ReportBatch(bytes reports)"): a batch signs its packed records (format in
    ///      IPriceReceiver) as one EIP-712 `bytes` member, hashed as keccak256 of the bytes.
    bytes32 internal constant REPORT_BATCH_TYPEHASH = keccak256("ReportBatch(bytes reports)");

    /// @dev Bytes of a group header: count (uint8), idWidth (uint8), answerWidth (uint8), observedAt (uint32).
    uint256 internal constant GROUP_HEADER_BYTES = 7;

    /// @dev Shortest record: a 1-byte feed id and a 1-byte answer (a group header adds 7 bytes per group).
    uint256 internal constant MIN_RECORD_BYTES = 2;

    /// @notice EIP-712 `hashStruct(Report)`.
    function hashReport(bytes32 feedId, int256 answer, uint64 observedAt) internal pure returns (bytes32 structHash) {
        bytes32 typehash = REPORT_TYPEHASH;
        // Assembly: writes [typehash, feedId, answer, observedAt] in the four words past the free pointer
        // (scratch: the pointer does not move) and hashes them; observedAt is masked because stack bits
        // above a uint64 may be dirty.
        assembly ("memory-safe") {
            let scratch := mload(0x40)
            mstore(scratch, typehash)
            mstore(add(scratch, 0x20), feedId)
            mstore(add(scratch, 0x40), answer)
            mstore(add(scratch, 0x60), and(observedAt, 0xffffffffffffffff))
            structHash := keccak256(scratch, 0x80)
        }
    }

    /// @notice The EIP-712 digest of one report, `keccak256("\x19\x01" ‖ domainSeparator ‖ hashReport(...))`:
    ///         the struct hash and the typed-data hash in one pass over the same scratch memory (the hot
    ///         path of `update`; fuzzed against OpenZeppelin's `MessageHashUtils.toTypedDataHash` of
    ///         `keccak256(abi.encode(REPORT_TYPEHASH, ...))` in ReportCodec.t.sol).
    function reportTypedDigest(bytes32 domainSeparator, bytes32 feedId, int256 answer, uint64 observedAt)
        internal
        pure
        returns (bytes32 digest)
    {
        bytes32 typehash = REPORT_TYPEHASH;
        // Assembly: [typehash, feedId, answer, observedAt] in the four words past the free pointer
        // (scratch: the pointer does not move; observedAt masked, stack bits above a uint64 may be dirty)
        // give the struct hash; then the 66 bytes 0x1901 ‖ domainSeparator ‖ structHash, written over
        // the same words from m + 30, give the digest.
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typehash)
            mstore(add(m, 0x20), feedId)
            mstore(add(m, 0x40), answer)
            mstore(add(m, 0x60), and(observedAt, 0xffffffffffffffff))
            let structHash := keccak256(m, 0x80)
            mstore(m, 0x1901)
            mstore(add(m, 0x20), domainSeparator)
            mstore(add(m, 0x40), structHash)
            digest := keccak256(add(m, 0x1e), 0x42)
        }
    }

    /// @notice EIP-712 `hashStruct(ReportBatch)` of packed records.
    function hashBatch(bytes calldata reports) internal pure returns (bytes32) {
        return keccak256(abi.encode(REPORT_BATCH_TYPEHASH, keccak256(reports)));
    }

    /// @notice Decodes and validates the group header at `offset` of `reports` (format in IPriceReceiver).
    ///         Reverts `MalformedReports(offset)` unless count is 1..255, both widths are 1..32, observedAt
    ///         is nonzero and the group's records lie inside `reports`.
    /// @return records The offset of the group's first record (offset + GROUP_HEADER_BYTES).
    /// @return end The offset just past the group's last record (== reports.length after the last group).
    /// @return idWidth Bytes of every feed id of the group.
    /// @return answerWidth Bytes of every answer of the group.
    /// @return observedAt The observation time shared by the group's records.
    function decodeGroup(bytes calldata reports, uint256 offset)
        internal
        pure
        returns (uint256 records, uint256 end, uint256 idWidth, uint256 answerWidth, uint64 observedAt)
    {
        bool malformed;
        // Assembly: reads the 7 header bytes from the word at `offset` (bytes past the end of `reports`
        // may be neighbouring calldata or zeros; the bound check below then fails before any use).
        // count <= 255 and widths <= 32 keep every sum far from overflow.
        assembly ("memory-safe") {
            let header := calldataload(add(reports.offset, offset))
            let count := byte(0, header)
            idWidth := byte(1, header)
            answerWidth := byte(2, header)
            observedAt := shr(224, shl(24, header))
            records := add(offset, GROUP_HEADER_BYTES)
            end := add(records, mul(count, add(idWidth, answerWidth)))
            malformed := or(
                or(iszero(count), or(gt(sub(idWidth, 1), 31), gt(sub(answerWidth, 1), 31))),
                or(iszero(observedAt), gt(end, reports.length))
            )
        }
        if (malformed) revert IPriceReceiver.MalformedReports(offset);
    }

    /// @notice Decodes the record at `offset` of a group validated by `decodeGroup` (the record lies
    ///         inside `reports`; nothing left to validate).
    /// @return feedId The idWidth leading bytes of the feed id, left-aligned, the bytes beyond zero.
    /// @return answer The answerWidth-byte big-endian answer, sign-extended to int256.
    function decodeRecord(bytes calldata reports, uint256 offset, uint256 idWidth, uint256 answerWidth)
        internal
        pure
        returns (bytes32 feedId, int256 answer)
    {
        // Assembly: the widths are 1..32, so both shifts are 0..248; the bytes the shifts discard may
        // belong to the next record or lie past the end of `reports`.
        assembly ("memory-safe") {
            let at := add(reports.offset, offset)
            let idDrop := sub(256, shl(3, idWidth))
            feedId := shl(idDrop, shr(idDrop, calldataload(at)))
            answer := sar(sub(256, shl(3, answerWidth)), calldataload(add(at, idWidth)))
        }
    }
}
