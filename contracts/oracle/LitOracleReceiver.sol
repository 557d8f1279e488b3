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
        uint256 status = _applyOne(report.feedId, report.answer, report.observedAt);
        if (status != APPLIED) _revertWith(_errorData(status, report.feedId, report.observedAt));
    }

    /// @inheritdoc IPriceReceiver
    /// @dev One pass over the records: decode, validate and store each; the signature over the whole
    ///      batch (`ReportBatch(bytes reports)`: one keccak256 of the packed bytes) is verified right
    ///      after the loop. Sound because a failed check reverts the entire transaction (no effect of an
    ///      unauthenticated or malformed batch survives) and nothing in between calls out.
    function updateBatch(bytes calldata reports, bytes32 r, bytes32 vs) external {
        if (reports.length == 0) revert MalformedReports(0);
        (bool skipped, uint256 statuses) = _processBatch(reports);
        _verify(_hashTypedDataV4(ReportLib.hashBatch(reports)), r, vs);
        if (skipped) _skipOrRevert(reports, statuses);
    }

    /// @inheritdoc IPriceReceiver
    function updateDirect(bytes calldata reports) external {
        if (msg.sender != SIGNER) revert NotSigner(msg.sender, SIGNER);
        if (reports.length == 0) revert MalformedReports(0);
        (bool skipped, uint256 statuses) = _processBatch(reports);
        if (skipped) _skipOrRevert(reports, statuses);
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
        _decode(reports); // validates: a digest of malformed records could never be used
        return _hashTypedDataV4(ReportLib.hashBatch(reports));
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

    /// @dev Validates and stores one report: the whole per-feed write path of `update`, and the slow path
    ///      of a batch record (a check failed, or the answer is out of bounds).
    /// @return status APPLIED (published, or recorded as a breach) or the failure code.
    function _applyOne(bytes32 feedId, int256 answer, uint64 observedAt) private returns (uint256 status) {
        bytes32 breachTopic = AnswerOutOfBounds.selector;
        // Assembly: one SLOAD and one SSTORE, checks in the order documented in IPriceReceiver. Field
        // positions are FeedSlotLib's: answer 0, observedAt 88, updatedAt 120, round 152, minBound 184,
        // maxBound 216, flags 248 (CONFIGURED 248, PAUSED 249, BREACHED 250, RETIRED 251).
        // - observedAt (masked to 64 bits: stack bits above a uint64 may be dirty) is compared with
        //   block.timestamp + MAX_FUTURE_SKEW_SECONDS before being packed into 32 bits, so packing cannot
        //   truncate until 2106 (when block.timestamp itself stops fitting the stored uint32).
        // - Bounds: value = signextend(int24 mantissa) << exponent, as FeedSlotLib.decodeBound.
        // - Breach: rewrite observedAt, set BREACHED, keep answer/updatedAt/round; log AnswerOutOfBounds.
        // - Publication: keep bounds and CONFIGURED/PAUSED/RETIRED (mask below), clear BREACHED, write
        //   answer (low 88 bits; in bounds hence in int88), observedAt, block.timestamp, round + 1.
        assembly ("memory-safe") {
            let at := and(observedAt, 0xffffffffffffffff)
            let slot := sload(feedId)
            let gate := and(byte(0, slot), 0x0b)
            switch and(
                and(eq(gate, 0x01), gt(at, and(shr(88, slot), 0xffffffff))),
                and(iszero(gt(at, add(timestamp(), 60))), lt(and(shr(152, slot), 0xffffffff), 0xffffffff))
            )
            case 0 {
                // A check failed: the first one in the documented order wins.
                status := 6 // EXHAUSTED (the only reason left after the checks below)
                if iszero(gt(at, and(shr(88, slot), 0xffffffff))) { status := 5 } // STALE
                if gt(at, add(timestamp(), 60)) { status := 4 } // FUTURE (60 = MAX_FUTURE_SKEW_SECONDS)
                if and(gate, 0x02) { status := 3 } // PAUSED
                if and(gate, 0x08) { status := 2 } // RETIRED
                if iszero(and(gate, 0x01)) { status := 1 } // UNKNOWN
            }
            default {
                // Bounds: mantissa = signextend(int24 at bits 184/216), exponent = byte 5 / byte 1.
                let minAnswer := shl(byte(5, slot), signextend(2, shr(184, slot)))
                let maxAnswer := shl(byte(1, slot), signextend(2, shr(216, slot)))
                switch or(slt(answer, minAnswer), sgt(answer, maxAnswer))
                case 0 {
                    // Keep round (then + 1: it is < 0xffffffff, so no carry), bounds and
                    // CONFIGURED/PAUSED/RETIRED; clear BREACHED, answer, observedAt and updatedAt.
                    sstore(
                        feedId,
                        add(
                            or(
                                or(
                                    and(slot, 0xfbffffffffffffffffffffffff00000000000000000000000000000000000000),
                                    and(answer, 0xffffffffffffffffffffff)
                                ),
                                or(shl(88, at), shl(120, timestamp()))
                            ),
                            shl(152, 1)
                        )
                    )
                }
                default {
                    sstore(feedId, or(or(and(slot, not(shl(88, 0xffffffff))), shl(88, at)), shl(250, 1)))
                    let m := mload(0x40)
                    mstore(m, answer)
                    mstore(add(m, 0x20), at)
                    mstore(add(m, 0x40), minAnswer)
                    mstore(add(m, 0x60), maxAnswer)
                    log2(m, 0x80, breachTopic, feedId)
                }
            }
        }
    }

    /// @dev Applies every packed record of a batch. The records are run through `_run` (the fast path);
    ///      a record it cannot settle (a failed check, an out-of-bounds answer, or a malformed record) is
    ///      decoded again by ReportLib.decodeAt (the reference decoder: reverts `MalformedReports(offset)`)
    ///      and goes through `_applyOne`, in order, before the run resumes behind it.
    /// @return skipped Whether some record was not applied.
    /// @return statuses Memory address of the status bytes (reserved when the first record is skipped;
    ///         meaningless while `skipped` is false): the status of the record ending at byte offset `end`
    ///         of `reports` is at `statuses + end` (0 = applied).
    function _processBatch(bytes calldata reports) private returns (bool skipped, uint256 statuses) {
        uint256 offset;
        uint256 observedAt;
        while (true) {
            (offset, observedAt) = _run(reports, offset, observedAt);
            if (offset == reports.length) break;
            // The last record runs past the end: revert (decodeAt finds the first bad record's offset).
            if (offset > reports.length) {
                _decode(reports);
                revert MalformedReports(0); // unreachable: _run and decodeAt validate the same format
            }
            bytes32 feedId;
            int256 answer;
            uint64 at;
            (feedId, answer, at, offset) = ReportLib.decodeAt(reports, offset, uint64(observedAt));
            observedAt = at;
            uint256 status = _applyOne(feedId, answer, at);
            if (status != APPLIED) {
                if (!skipped) {
                    skipped = true;
                    // Assembly: reserves reports.length + 1 zeroed status bytes (calldatacopy from past the
                    // end of calldata writes zeros), rounded up to whole words, and moves the free pointer
                    // past them. Only once a record is skipped: a batch that applies everything needs none.
                    assembly ("memory-safe") {
                        statuses := mload(0x40)
                        let size := and(add(reports.length, 32), not(31))
                        calldatacopy(statuses, calldatasize(), size)
                        mstore(0x40, add(statuses, size))
                    }
                }
                // Assembly: status byte of the record ending at `offset` (<= reports.length: reserved).
                assembly ("memory-safe") {
                    mstore8(add(statuses, offset), status)
                }
            }
        }
    }

    /// @dev The hot loop of a batch: decodes records from `offset` and publishes every one that is well
    ///      formed, passes all checks and is within bounds, until the end or a record it cannot settle.
    /// @param observedAt The previous record's observedAt (0 before the first record).
    /// @return next reports.length when done; the offset of the unsettled record (< length); or more than
    ///         length when the last record runs past the end (malformed).
    /// @return nextAt The observedAt shared by the records from `next` on (what decodeAt needs for an
    ///         unsettled record flagged "same"; one with its own observedAt is read again by decodeAt).
    function _run(bytes calldata reports, uint256 offset, uint256 observedAt)
        private
        returns (uint256 next, uint256 nextAt)
    {
        // Assembly. Same decoding as ReportLib.decodeAt (the fuzz tests compare them). A record with a
        // bad length byte (length - 1 above 31, wrapped 0 included) or observedAt 0 (also the "same
        // observedAt" flag on the first record) is never settled here; a last record running past the
        // end may be, and the caller then reverts, so nothing of it survives.
        //
        // Two loops. The outer step settles a record carrying its own observedAt (the first of a Lit
        // round) and sets `fresh` for it; the inner loop then settles the records that share it (the
        // other nine of a ten-feed round) with fewer operations: it only accepts "same" records, so it
        // needs neither the flag test nor the observedAt bytes. Whatever record ends the inner loop is
        // either one with its own observedAt (outer step again) or unsettled (returned to the caller).
        //
        // Fast path, per record, with the feed word `slot` (layout in FeedSlotLib / `_applyOne`):
        // - Feed id: the id ends where the answer starts, so the word ending there holds it in its low
        //   idLength bytes; shifting left by 256 - 8 * idLength left-aligns it and drops the header and
        //   anything before. idLength 0 (shift 256) or above 32 (shift wraps) gives feed id 0, whose
        //   word (slot 0, see the contract NatSpec) is never configured: not settled here.
        // - xor(slot, CONFIGURED) masked to the CONFIGURED/PAUSED/RETIRED flags and observedAt is below
        //   observedAt << 88 (scratch word 0x20) exactly when the flags are CONFIGURED alone (flag bits
        //   >= 2**248 dwarf the observedAt field) and the stored observedAt is older: configured, not
        //   retired, not paused, not stale in one comparison. The word at 0x20 is 0 when observedAt is
        //   beyond block.timestamp + MAX_FUTURE_SKEW_SECONDS (60) or 0, so such a report never passes.
        // - Answer length 1..32: the answer's shift 256 - 8 * answerLength is <= 248.
        // - Bounds: (answer - min) <= (max - min) as unsigned words, min < max (configureFeed). An int24
        //   mantissa at bit p is sign-extended by sar(232, shl(232 - p, slot)) (as signextend(2, ...)).
        // - No round check: the round counter never exceeds the stored observedAt. Both start at 0
        //   (configureFeed, which afterwards keeps both; nothing else resets them); a publication adds 1
        //   to the round and stores an observedAt above the old one, hence >= the new round; a breach
        //   only raises observedAt. A round of 0xffffffff therefore means a stored observedAt of
        //   0xffffffff, against which every packed (uint32) observedAt is stale, and StaleReport comes
        //   first in the documented order. `_applyOne` (the slow path and `update`) keeps the check.
        // Otherwise `_applyOne` finds the reason, in the documented order, or records the breach.
        // Publication = `_applyOne`'s: keep bounds and CONFIGURED/PAUSED/RETIRED, clear BREACHED, write
        // answer, observedAt, updatedAt and round + 1 (`fresh` carries the last three, shared by the
        // records of one observedAt).
        assembly ("memory-safe") {
            let limit := add(reports.offset, reports.length)
            // observedAt << 88 | block.timestamp << 120 | 1 << 152 (the round increment), or 0 when
            // observedAt is beyond block.timestamp + MAX_FUTURE_SKEW_SECONDS (60)
            let fresh := mul(
                or(shl(88, observedAt), add(shl(120, timestamp()), shl(152, 1))),
                iszero(gt(observedAt, add(timestamp(), 60)))
            )
            mstore(0x20, and(fresh, 0xffffffff0000000000000000000000))
            let ptr := add(reports.offset, offset)
            for {} lt(ptr, limit) {} {
                // Outer step: a record with its own observedAt (bit 7 of the id byte clear), hence
                // idLength = the id byte and the observedAt bytes after the answer.
                if iszero(shr(255, calldataload(ptr))) {
                    let header := calldataload(ptr)
                    let idLength := byte(0, header)
                    let answerAt := add(add(ptr, 2), idLength)
                    let feedId := shl(sub(256, shl(3, idLength)), calldataload(sub(answerAt, 32)))
                    let answerLength := byte(1, header)
                    let shift := sub(256, shl(3, answerLength)) // <= 248 exactly when answerLength is 1..32
                    let answer := sar(shift, calldataload(answerAt))
                    let at := shr(224, calldataload(add(answerAt, answerLength)))
                    let f := mul(
                        or(shl(88, at), add(shl(120, timestamp()), shl(152, 1))), iszero(gt(at, add(timestamp(), 60)))
                    )
                    mstore(0x20, and(f, 0xffffffff0000000000000000000000))
                    let slot := sload(feedId)
                    let minAnswer := shl(byte(5, slot), sar(232, shl(48, slot)))
                    if or(
                        or(
                            iszero(
                                lt(
                                    and(
                                        xor(slot, 0x0100000000000000000000000000000000000000000000000000000000000000),
                                        0x0b00000000000000000000000000000000ffffffff0000000000000000000000
                                    ),
                                    and(f, 0xffffffff0000000000000000000000)
                                )
                            ),
                            gt(shift, 248)
                        ),
                        gt(sub(answer, minAnswer), sub(shl(byte(1, slot), sar(232, shl(16, slot))), minAnswer))
                    ) { break } // unsettled: observedAt (and `nextAt`) stay the previous one, unused by it
                    sstore(
                        feedId,
                        add(
                            or(
                                and(slot, 0xfbffffffffffffffffffffffff00000000000000000000000000000000000000),
                                and(answer, 0xffffffffffffffffffffff)
                            ),
                            f
                        )
                    )
                    fresh := f
                    observedAt := at
                    ptr := add(add(answerAt, answerLength), 4)
                    if iszero(lt(ptr, limit)) { break }
                    // Another record with its own observedAt: outer step again (not the inner loop,
                    // which would load slot 0 to refuse it).
                    if iszero(shr(255, calldataload(ptr))) { continue }
                }
                // Inner loop: records sharing observedAt, whose id byte is 0x80 | idLength, so
                // answerAt = ptr + 2 + idLength = ptr + idByte - 126 and the id shift 256 - 8 * idLength
                // = 1280 - 8 * idByte. A record with its own observedAt (id byte < 0x80) gives an id
                // shift >= 264, i.e. feed id 0 (never configured, see above): it ends the loop.
                for {} lt(ptr, limit) {} {
                    let header := calldataload(ptr)
                    let answerLength := byte(1, header)
                    let shift := sub(256, shl(3, answerLength)) // <= 248 exactly when answerLength is 1..32
                    let answerAt := add(ptr, sub(byte(0, header), 126)) // ptr + 2 + idLength
                    let answer := sar(shift, calldataload(answerAt))
                    let feedId := shl(sub(1280, shl(3, byte(0, header))), calldataload(sub(answerAt, 32)))
                    let slot := sload(feedId)
                    let minAnswer := shl(byte(5, slot), sar(232, shl(48, slot)))
                    if or(
                        or(
                            gt(sub(answer, minAnswer), sub(shl(byte(1, slot), sar(232, shl(16, slot))), minAnswer)),
                            gt(shift, 248)
                        ),
                        iszero(
                            lt(
                                and(
                                    xor(slot, 0x0100000000000000000000000000000000000000000000000000000000000000),
                                    0x0b00000000000000000000000000000000ffffffff0000000000000000000000
                                ),
                                mload(0x20)
                            )
                        )
                    ) { break }
                    sstore(
                        feedId,
                        add(
                            or(
                                and(answer, 0xffffffffffffffffffffff),
                                and(slot, 0xfbffffffffffffffffffffffff00000000000000000000000000000000000000)
                            ),
                            fresh
                        )
                    )
                    ptr := add(answerAt, answerLength)
                }
                if iszero(lt(ptr, limit)) { break }
                // Unsettled and sharing observedAt (a failed check or a bad length): the caller's turn.
                if shr(255, calldataload(ptr)) { break }
            }
            next := sub(ptr, reports.offset)
            nextAt := observedAt
        }
    }

    /// @dev Slow path: logs every skipped report, or reverts with the first error if none was applied.
    function _skipOrRevert(bytes calldata reports, uint256 statuses) private {
        bool anyApplied;
        bytes memory firstError;
        uint256 offset;
        uint64 observedAt;
        for (uint256 pass = 0; pass < 2; ++pass) {
            offset = 0;
            observedAt = 0;
            while (offset < reports.length) {
                bytes32 feedId;
                (feedId,, observedAt, offset) = ReportLib.decodeAt(reports, offset, observedAt);
                uint256 status;
                // Assembly: reads the status byte of the record ending at `offset` (see _processBatch).
                assembly ("memory-safe") {
                    status := byte(0, mload(add(statuses, offset)))
                }
                if (pass == 0) {
                    if (status == APPLIED) anyApplied = true;
                    else if (firstError.length == 0) firstError = _errorData(status, feedId, observedAt);
                } else if (status != APPLIED) {
                    emit ReportSkipped(feedId, _errorData(status, feedId, observedAt));
                }
            }
            if (!anyApplied) _revertWith(firstError);
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
