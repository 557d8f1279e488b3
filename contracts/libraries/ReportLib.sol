// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title ReportLib
/// @notice EIP-712 struct hashing of lit-oracle reports and the packed report codec. Must agree with
///         `actions/src/core/report.ts` (tested against it in `test/contracts/`).
library ReportLib {
    /// @dev keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)")
    bytes32 internal constant REPORT_TYPEHASH = keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)");

    /// @dev keccak256 of the batch type with its referenced `Report` type appended (EIP-712 encodeType).
    bytes32 internal constant REPORT_BATCH_TYPEHASH =
        keccak256("ReportBatch(Report[] reports)Report(bytes32 feedId,int256 answer,uint64 observedAt)");

    /// @dev Bytes of a packed record before the feed id: feedIdLength, answerLength.
    uint256 internal constant RECORD_HEADER_BYTES = 2;

    /// @dev Bytes of the packed `observedAt` (uint32 big-endian).
    uint256 internal constant OBSERVED_AT_BYTES = 4;

    /// @notice EIP-712 `hashStruct(Report)`.
    function hashReport(bytes32 feedId, int256 answer, uint64 observedAt) internal pure returns (bytes32 structHash) {
        bytes32 typehash = REPORT_TYPEHASH;
        // Assembly: hashes the four words in scratch memory past the free pointer without moving it
        // (the region is not used afterwards), avoiding `abi.encode`'s allocation; observedAt is masked
        // because bits above a uint64 may be dirty on the stack.
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typehash)
            mstore(add(p, 0x20), feedId)
            mstore(add(p, 0x40), answer)
            mstore(add(p, 0x60), and(observedAt, 0xffffffffffffffff))
            structHash := keccak256(p, 0x80)
        }
    }

    /// @notice Decodes the packed record starting at `offset` of `reports` (format in IPriceReceiver).
    /// @return feedId The feed id, left-aligned, the bytes beyond the encoded length zero.
    /// @return answer The answer, sign-extended from its encoded length.
    /// @return observedAt The observation time.
    /// @return next The offset of the next record (== reports.length after the last one).
    function decodeAt(bytes calldata reports, uint256 offset)
        internal
        pure
        returns (bytes32 feedId, int256 answer, uint64 observedAt, uint256 next)
    {
        uint256 idLength;
        uint256 answerLength;
        // Assembly: byte-level calldata decoding. Every length is validated and the whole record must
        // lie inside `reports` before any value is used; `calldataload` past the end of `reports` may
        // read neighbouring calldata, which the shifts below discard.
        assembly ("memory-safe") {
            let base := add(reports.offset, offset)
            let header := calldataload(base)
            idLength := byte(0, header)
            answerLength := byte(1, header)
            next := add(offset, add(add(RECORD_HEADER_BYTES, OBSERVED_AT_BYTES), add(idLength, answerLength)))
            // Feed id: keep the first idLength bytes (1..32) of the word after the header.
            let idDrop := sub(256, shl(3, idLength))
            feedId := shl(idDrop, shr(idDrop, calldataload(add(base, RECORD_HEADER_BYTES))))
            // Answer: arithmetic shift sign-extends the answerLength-byte big-endian integer.
            let answerAt := add(base, add(RECORD_HEADER_BYTES, idLength))
            answer := sar(sub(256, shl(3, answerLength)), calldataload(answerAt))
            observedAt := shr(224, calldataload(add(answerAt, answerLength)))
        }
        if (
            idLength == 0 || idLength > 32 || answerLength == 0 || answerLength > 32 || next > reports.length
                || offset >= reports.length
        ) revert IPriceReceiver.MalformedReports(offset);
    }
}
