// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {FeedSlotLib} from "../libraries/FeedSlotLib.sol";
import {ReportLib} from "../libraries/ReportLib.sol";

/// @title LitOracleReceiver
/// @notice One phase of lit-oracle: the signer is an immutable (no SLOAD on the hot path) and every
///         feed is one packed storage word (FeedSlotLib). Signer rotation deploys a new receiver and
///         switches the router to it after a delay (see `LitOracleRouter`); the old key plays no part.
/// @dev    EIP-712 domain {name "LitOracle", version "1", chainId, verifyingContract = this}.
///
///         Storage: the word of feed `feedId` lives at storage slot `feedId` itself (no mapping hash on
///         the hot path). The contract declares no storage variables of its own (OpenZeppelin EIP712's
///         fallback strings at slots 0 and 1 stay empty for a name this short), and feed ids must have a
///         nonzero first byte (`configureFeed`), so a feed word never overlaps a slot Solidity assigns.
contract LitOracleReceiver is IPriceReceiver, EIP712 {
    using FeedSlotLib for uint256;

    // =============================================================
    //                           CONSTANTS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    /// @dev 60 s: tolerates clock drift between Lit nodes and block producers and a block time of a few
    ///      seconds; anything further ahead is a broken or malicious clock.
    uint64 public constant MAX_FUTURE_SKEW_SECONDS = 60;

    /// @dev Status codes of `_apply` (0 = applied or recorded as a breach). Literal values are used in
    ///      assembly, hence plain numbers.
    uint256 private constant APPLIED = 0;
    uint256 private constant UNKNOWN = 1;
    uint256 private constant RETIRED = 2;
    uint256 private constant PAUSED = 3;
    uint256 private constant FUTURE = 4;
    uint256 private constant STALE = 5;
    uint256 private constant EXHAUSTED = 6;

    // =============================================================
    //                          IMMUTABLES
    // =============================================================

    /// @inheritdoc IPriceReceiver
    address public immutable SIGNER;

    /// @inheritdoc IPriceReceiver
    address public immutable ROUTER;

    /// @param signer The PKP's Ethereum address.
    /// @param router The router allowed to configure feeds (`LitOracleRouter`).
    constructor(address signer, address router) EIP712("LitOracle", "1") {
        if (signer == address(0)) revert WrongSigner(address(0), address(0));
        if (router == address(0)) revert NotRouter(address(0), address(0));
        SIGNER = signer;
        ROUTER = router;
    }

    // =============================================================
    //                          WRITE PATHS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    function update(Report calldata report, bytes32 r, bytes32 vs) external {
        // CHECKS: the signature over this report, on this chain and receiver.
        _verify(_hashTypedDataV4(ReportLib.hashReport(report.feedId, report.answer, report.observedAt)), r, vs);
        // CHECKS + EFFECTS: per-feed validation, then one SSTORE.
        (uint256 applied,,, uint256 statuses) = _process(msg.data[0:0], report.feedId, report.answer, report.observedAt);
        if (applied == 0) {
            uint256 status;
            // Assembly: reads the single status byte written by `_process`.
            assembly ("memory-safe") {
                status := byte(0, mload(statuses))
            }
            _revertWith(_errorData(status, report.feedId, report.observedAt));
        }
    }

    /// @inheritdoc IPriceReceiver
    /// @dev One pass over the records: decode, hash, validate and store each; the signature over the
    ///      whole batch is verified right after the loop. Sound because a failed check reverts the entire
    ///      transaction (no effect of an unauthenticated batch survives) and nothing in between calls out;
    ///      it spares a second loop re-reading every report (about 60 gas per feed).
    function updateBatch(bytes calldata reports, bytes32 r, bytes32 vs) external {
        // Empty `reports` selects the single-report mode of `_process`: refuse it here.
        if (reports.length == 0) revert MalformedReports(0);
        (uint256 applied, uint256 count, bytes32 arrayHash, uint256 statuses) = _process(reports, 0, 0, 0);
        _verify(_hashTypedDataV4(keccak256(abi.encode(ReportLib.REPORT_BATCH_TYPEHASH, arrayHash))), r, vs);
        if (applied != count) _skipOrRevert(reports, statuses, applied);
    }

    /// @inheritdoc IPriceReceiver
    function updateDirect(bytes calldata reports) external {
        if (msg.sender != SIGNER) revert NotSigner(msg.sender, SIGNER);
        if (reports.length == 0) revert MalformedReports(0);
        (uint256 applied, uint256 count,, uint256 statuses) = _process(reports, 0, 0, 0);
        if (applied != count) _skipOrRevert(reports, statuses, applied);
    }

    // =============================================================
    //                      ROUTER-ONLY CONFIG
    // =============================================================

    /// @inheritdoc IPriceReceiver
    function configureFeed(bytes32 feedId, uint32 minBound, uint32 maxBound, bool paused) external {
        _onlyRouter();
        if (uint256(feedId) >> 248 == 0) revert InvalidFeedId(feedId);
        int256 minAnswer = FeedSlotLib.decodeBound(minBound);
        int256 maxAnswer = FeedSlotLib.decodeBound(maxBound);
        if (
            minAnswer >= maxAnswer || minAnswer < FeedSlotLib.MIN_STORABLE_ANSWER
                || maxAnswer > FeedSlotLib.MAX_STORABLE_ANSWER
        ) revert InvalidBounds(minAnswer, maxAnswer);
        uint256 slot = _load(feedId);
        if (slot & FeedSlotLib.FLAG_RETIRED != 0) revert FeedRetired(feedId);
        // Keep answer, timestamps, round and BREACHED; replace bounds and PAUSED.
        slot &= ~(FeedSlotLib.BOUNDS_BITS | FeedSlotLib.FLAG_PAUSED);
        slot |= (uint256(minBound) << FeedSlotLib.MIN_BOUND_SHIFT) | (uint256(maxBound) << FeedSlotLib.MAX_BOUND_SHIFT)
            | FeedSlotLib.FLAG_CONFIGURED | (paused ? FeedSlotLib.FLAG_PAUSED : 0);
        _store(feedId, slot);
        emit FeedConfigured(feedId, minAnswer, maxAnswer, paused);
    }

    /// @inheritdoc IPriceReceiver
    function setPaused(bytes32 feedId, bool paused) external {
        _onlyRouter();
        uint256 slot = _load(feedId);
        if (slot & FeedSlotLib.FLAG_CONFIGURED == 0) revert UnknownFeed(feedId);
        _store(feedId, paused ? slot | FeedSlotLib.FLAG_PAUSED : slot & ~FeedSlotLib.FLAG_PAUSED);
        emit FeedPauseSet(feedId, paused);
    }

    /// @inheritdoc IPriceReceiver
    function retire(bytes32[] calldata feedIds) external {
        _onlyRouter();
        for (uint256 i = 0; i < feedIds.length; ++i) {
            uint256 slot = _load(feedIds[i]);
            if (slot & FeedSlotLib.FLAG_CONFIGURED == 0) continue;
            _store(feedIds[i], slot | FeedSlotLib.FLAG_RETIRED);
            emit FeedRetiredOnReceiver(feedIds[i]);
        }
    }

    // =============================================================
    //                             VIEWS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    function feedState(bytes32 feedId) external view returns (FeedState memory state) {
        uint256 slot = _load(feedId);
        if (slot & FeedSlotLib.FLAG_CONFIGURED == 0) return state;
        state = FeedState({
            answer: slot.answer(),
            observedAt: slot.observedAt(),
            updatedAt: slot.updatedAt(),
            roundId: slot.roundId(),
            minAnswer: FeedSlotLib.decodeBound(slot.minBound()),
            maxAnswer: FeedSlotLib.decodeBound(slot.maxBound()),
            configured: true,
            paused: slot & FeedSlotLib.FLAG_PAUSED != 0,
            breached: slot & FeedSlotLib.FLAG_BREACHED != 0,
            retired: slot & FeedSlotLib.FLAG_RETIRED != 0
        });
    }

    /// @inheritdoc IPriceReceiver
    function reportDigest(Report calldata report) external view returns (bytes32) {
        return _hashTypedDataV4(ReportLib.hashReport(report.feedId, report.answer, report.observedAt));
    }

    /// @inheritdoc IPriceReceiver
    function batchDigest(bytes calldata reports) external view returns (bytes32) {
        Report[] memory decoded = _decode(reports);
        bytes32[] memory hashes = new bytes32[](decoded.length);
        for (uint256 i = 0; i < decoded.length; ++i) {
            hashes[i] = ReportLib.hashReport(decoded[i].feedId, decoded[i].answer, decoded[i].observedAt);
        }
        return _hashTypedDataV4(
            keccak256(abi.encode(ReportLib.REPORT_BATCH_TYPEHASH, keccak256(abi.encodePacked(hashes))))
        );
    }

    /// @inheritdoc IPriceReceiver
    function decodeReports(bytes calldata reports) external pure returns (Report[] memory) {
        return _decode(reports);
    }

    // =============================================================
    //                           INTERNALS
    // =============================================================

    function _onlyRouter() private view {
        if (msg.sender != ROUTER) revert NotRouter(msg.sender, ROUTER);
    }

    /// @dev Recovers the signer of `digest` from an EIP-2098 signature and requires it to be SIGNER.
    function _verify(bytes32 digest, bytes32 r, bytes32 vs) private view {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, r, vs);
        if (err != ECDSA.RecoverError.NoError) {
            if (err == ECDSA.RecoverError.InvalidSignatureS) revert MalleableSignature(vs & bytes32(type(uint256).max >> 1));
            revert InvalidSignature();
        }
        if (recovered != SIGNER) revert WrongSigner(recovered, SIGNER);
    }

    /// @dev The hot path of every write. With empty `reports`, validates and stores the one report
    ///      (`feedId`, `answer`, `observedAt`); otherwise decodes, hashes, validates and stores every packed
    ///      record (the single-report arguments are then ignored). One assembly block so the per-report
    ///      work avoids Solidity internal calls (measured: about 350 gas per report less than a Solidity loop).
    /// @return applied Reports applied (published, or recorded as breaches).
    /// @return count Reports processed.
    /// @return arrayHash keccak256 of the concatenated hashStruct(Report) of the records (batch only):
    ///         the `Report[]` member of hashStruct(ReportBatch).
    /// @return statuses Memory address of `count` status bytes (0 = applied, else the failure code).
    function _process(bytes calldata reports, bytes32 feedId, int256 answer, uint64 observedAt)
        private
        returns (uint256 applied, uint256 count, bytes32 arrayHash, uint256 statuses)
    {
        bytes32 typehash = ReportLib.REPORT_TYPEHASH;
        bytes32 breachTopic = AnswerOutOfBounds.selector;
        bool malformed;
        uint256 badOffset;
        // Assembly. Memory past the free pointer: [4-word EIP-712 preimage scratch][status bytes, one per
        // possible record, rounded up to words][hashStruct(Report) of every record, contiguous]; the free
        // pointer moves past all of it. A record is at least ReportLib.MIN_RECORD_BYTES (4) long, so
        // length / 4 bounds the record count and every write stays inside the reserved regions.
        //
        // applyReport: one SLOAD and one SSTORE, checks in the order documented in IPriceReceiver. Field
        // positions are FeedSlotLib's: answer 0, observedAt 88, updatedAt 120, round 152, minBound 184,
        // maxBound 216, flags 248 (CONFIGURED 248, PAUSED 249, BREACHED 250, RETIRED 251).
        // - observedAt (masked to 64 bits: stack bits above a uint64 may be dirty) is compared with
        //   block.timestamp + MAX_FUTURE_SKEW_SECONDS before being packed into 32 bits, so packing cannot
        //   truncate until 2106 (when block.timestamp itself stops fitting the stored uint32).
        // - Bounds: value = signextend(int24 mantissa) << exponent, as FeedSlotLib.decodeBound.
        // - Breach: rewrite observedAt, set BREACHED, keep answer/updatedAt/round; log AnswerOutOfBounds.
        // - Publication: keep bounds and CONFIGURED/PAUSED/RETIRED (mask below), clear BREACHED, write
        //   answer (low 88 bits; in bounds hence in int88), observedAt, block.timestamp, round + 1.
        //
        // Record decoding is ReportLib.decodeAt inlined (same format, same validation; the fuzz tests
        // compare the two): lengths 1..32, record inside `reports`, observedAt nonzero (which also rejects
        // a "same observedAt" flag on the first record).
        assembly ("memory-safe") {
            function applyReport(id, value, at, topic) -> status {
                let slot := sload(id)
                // Fast path: flags exactly CONFIGURED (byte 0 = bits 248..255), fresh, not in the
                // future, round counter not exhausted. Anything else: find the reason (rare path).
                if iszero(
                    and(
                        and(eq(and(byte(0, slot), 0x0b), 0x01), gt(at, and(shr(88, slot), 0xffffffff))),
                        and(
                            iszero(gt(at, add(timestamp(), 60))), // 60 = MAX_FUTURE_SKEW_SECONDS
                            lt(and(shr(152, slot), 0xffffffff), 0xffffffff)
                        )
                    )
                ) {
                    let gate := and(byte(0, slot), 0x0b)
                    status := 6 // EXHAUSTED (the only reason left after the checks below)
                    if iszero(gt(at, and(shr(88, slot), 0xffffffff))) { status := 5 } // STALE
                    if gt(at, add(timestamp(), 60)) { status := 4 } // FUTURE
                    if and(gate, 0x02) { status := 3 } // PAUSED
                    if and(gate, 0x08) { status := 2 } // RETIRED
                    if iszero(and(gate, 0x01)) { status := 1 } // UNKNOWN
                    leave
                }
                // Bounds: mantissa = signextend(int24 at bits 184/216), exponent = byte 5 / byte 1.
                let minAnswer := shl(byte(5, slot), signextend(2, shr(184, slot)))
                let maxAnswer := shl(byte(1, slot), signextend(2, shr(216, slot)))
                if or(slt(value, minAnswer), sgt(value, maxAnswer)) {
                    sstore(id, or(or(and(slot, not(shl(88, 0xffffffff))), shl(88, at)), shl(250, 1)))
                    let m := mload(0x40)
                    mstore(m, value)
                    mstore(add(m, 0x20), at)
                    mstore(add(m, 0x40), minAnswer)
                    mstore(add(m, 0x60), maxAnswer)
                    log2(m, 0x80, topic, id)
                    leave
                }
                // Keep round (bits 152..183, then + 1 below: it is < 0xffffffff, so no carry), bounds and
                // CONFIGURED/PAUSED/RETIRED; clear BREACHED, answer, observedAt and updatedAt.
                sstore(
                    id,
                    add(
                        or(
                            or(
                                and(slot, 0xfbffffffffffffffffffffffff00000000000000000000000000000000000000),
                                and(value, 0xffffffffffffffffffffff)
                            ),
                            or(shl(88, at), shl(120, timestamp()))
                        ),
                        shl(152, 1)
                    )
                )
            }

            // Decodes, hashes and applies the records in calldata [ptr, limit). The EIP-712 preimage
            // [typehash, feedId, answer, observedAt] is built at `scratch` (typehash written once by the
            // caller); `at` carries over to the next record when that record shares it. `bad` is 1 + the
            // offending record's calldata position (0 = well formed).
            function processBatch(ptr, limit, scratch, hashBase, statusBase, topic) -> done, n, bad {
                let at := 0
                for {} lt(ptr, limit) {} {
                    let header := calldataload(ptr)
                    let idLength := and(byte(0, header), 0x7f)
                    let answerLength := byte(1, header)
                    // feed id: the first idLength bytes after the header, left-aligned
                    let drop := sub(256, shl(3, idLength))
                    let id := shl(drop, shr(drop, calldataload(add(ptr, 2))))
                    // answer: answerLength bytes, sign-extended
                    let cursor := add(add(ptr, 2), idLength)
                    let value := sar(sub(256, shl(3, answerLength)), calldataload(cursor))
                    cursor := add(cursor, answerLength)
                    // observedAt: 4 bytes unless bit 7 of the id byte says "same as previous"
                    if iszero(shr(255, header)) {
                        at := shr(224, calldataload(cursor))
                        cursor := add(cursor, 4)
                    }
                    // lengths in 1..32 (unsigned wrap makes 0 fail too), record inside `reports`,
                    // observedAt nonzero
                    if or(
                        or(gt(sub(idLength, 1), 31), gt(sub(answerLength, 1), 31)), or(gt(cursor, limit), iszero(at))
                    ) {
                        bad := add(ptr, 1)
                        break
                    }
                    ptr := cursor
                    mstore(add(scratch, 0x20), id)
                    mstore(add(scratch, 0x40), value)
                    mstore(add(scratch, 0x60), at)
                    mstore(add(hashBase, shl(5, n)), keccak256(scratch, 0x80))
                    let status := applyReport(id, value, at, topic)
                    mstore8(add(statusBase, n), status)
                    done := add(done, iszero(status))
                    n := add(n, 1)
                }
            }

            let length := reports.length
            let preimage := mload(0x40)
            statuses := add(preimage, 0x80)
            let hashes := add(statuses, and(add(add(shr(2, length), 1), 31), not(31)))
            mstore(0x40, add(hashes, shl(5, add(shr(2, length), 1))))

            switch length
            case 0 {
                let status := applyReport(feedId, answer, and(observedAt, 0xffffffffffffffff), breachTopic)
                mstore8(statuses, status)
                applied := iszero(status)
                count := 1
            }
            default {
                mstore(preimage, typehash)
                let bad
                applied, count, bad := processBatch(
                    reports.offset, add(reports.offset, length), preimage, hashes, statuses, breachTopic
                )
                if bad {
                    malformed := 1
                    badOffset := sub(sub(bad, 1), reports.offset)
                }
                arrayHash := keccak256(hashes, shl(5, count))
            }
        }
        if (malformed || count == 0) revert MalformedReports(badOffset);
    }

    /// @dev Slow path: logs every skipped report, or reverts with the first error if none was applied.
    function _skipOrRevert(bytes calldata reports, uint256 statuses, uint256 applied) private {
        uint256 offset;
        uint64 observedAt;
        for (uint256 i = 0; offset < reports.length; ++i) {
            bytes32 feedId;
            (feedId,, observedAt, offset) = ReportLib.decodeAt(reports, offset, observedAt);
            uint256 status;
            // Assembly: reads status byte i written by `_run`.
            assembly ("memory-safe") {
                status := byte(0, mload(add(statuses, i)))
            }
            if (status == APPLIED) continue;
            bytes memory reason = _errorData(status, feedId, observedAt);
            if (applied == 0) _revertWith(reason);
            emit ReportSkipped(feedId, reason);
        }
    }

    /// @dev Decodes (and thereby validates) packed reports.
    function _decode(bytes calldata reports) private pure returns (Report[] memory decoded) {
        decoded = new Report[](reports.length / ReportLib.MIN_RECORD_BYTES);
        uint256 count;
        uint256 offset;
        uint64 observedAt;
        while (offset < reports.length) {
            bytes32 feedId;
            int256 answer;
            (feedId, answer, observedAt, offset) = ReportLib.decodeAt(reports, offset, observedAt);
            decoded[count++] = Report(feedId, answer, observedAt);
        }
        if (count == 0) revert MalformedReports(0);
        // Assembly: shortens the array to the records actually present (count <= allocated length).
        assembly ("memory-safe") {
            mstore(decoded, count)
        }
    }

    /// @dev ABI-encoded custom error for a non-applied status (evidence read back from storage).
    function _errorData(uint256 status, bytes32 feedId, uint64 observedAt) private view returns (bytes memory) {
        if (status == UNKNOWN) return abi.encodeWithSelector(UnknownFeed.selector, feedId);
        if (status == RETIRED) return abi.encodeWithSelector(FeedRetired.selector, feedId);
        if (status == PAUSED) return abi.encodeWithSelector(FeedPaused.selector, feedId);
        if (status == EXHAUSTED) return abi.encodeWithSelector(RoundsExhausted.selector, feedId);
        if (status == FUTURE) {
            return abi.encodeWithSelector(
                FutureReport.selector, feedId, observedAt, uint64(block.timestamp) + MAX_FUTURE_SKEW_SECONDS
            );
        }
        return abi.encodeWithSelector(StaleReport.selector, feedId, observedAt, _load(feedId).observedAt());
    }

    function _load(bytes32 feedId) private view returns (uint256 slot) {
        // Assembly: the feed word lives at storage slot `feedId` (see the contract NatSpec).
        assembly ("memory-safe") {
            slot := sload(feedId)
        }
    }

    function _store(bytes32 feedId, uint256 slot) private {
        // Assembly: the feed word lives at storage slot `feedId` (see the contract NatSpec).
        assembly ("memory-safe") {
            sstore(feedId, slot)
        }
    }

    function _revertWith(bytes memory data) private pure {
        // Assembly: re-raises an ABI-encoded custom error verbatim.
        assembly ("memory-safe") {
            revert(add(data, 0x20), mload(data))
        }
    }
}
