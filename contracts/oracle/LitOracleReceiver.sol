// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {FeedSlotLib} from "../libraries/FeedSlotLib.sol";
import {ReportLib} from "../libraries/ReportLib.sol";

/// @title LitOracleReceiver
/// @notice One phase of lit-oracle: the signer is an immutable (no SLOAD on the hot path) and every
///         feed is one packed storage word. Signer rotation deploys a new receiver and switches the
///         router to it after a delay (see `LitOracleRouter`); the old key plays no part in that.
/// @dev    EIP-712 domain {name "LitOracle", version "1", chainId, verifyingContract = this}.
contract LitOracleReceiver is IPriceReceiver, EIP712 {
    using FeedSlotLib for uint256;

    // =============================================================
    //                           CONSTANTS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    /// @dev 60 s: tolerates clock drift between Lit nodes and block producers, and a block time of up to
    ///      a few seconds; anything further ahead is a broken or malicious clock.
    uint64 public constant MAX_FUTURE_SKEW_SECONDS = 60;

    /// @dev Status codes of `_apply` (0 = applied or recorded as a breach).
    uint256 private constant APPLIED = 0;
    uint256 private constant UNKNOWN = 1;
    uint256 private constant RETIRED = 2;
    uint256 private constant PAUSED = 3;
    uint256 private constant FUTURE = 4;
    uint256 private constant STALE = 5;
    uint256 private constant EXHAUSTED = 6;

    /// @dev Flags that must read exactly CONFIGURED for a write to proceed.
    uint256 private constant GATE_FLAGS =
        FeedSlotLib.FLAG_CONFIGURED | FeedSlotLib.FLAG_PAUSED | FeedSlotLib.FLAG_RETIRED;

    /// @dev Words of memory per decoded report in `updateBatch`: typehash, feedId, answer, observedAt.
    uint256 private constant REPORT_WORDS_BYTES = 0x80;

    // =============================================================
    //                       IMMUTABLES & STORAGE
    // =============================================================

    /// @inheritdoc IPriceReceiver
    address public immutable SIGNER;

    /// @inheritdoc IPriceReceiver
    address public immutable ROUTER;

    // Storage: the packed FeedSlotLib word of feed `feedId` lives at storage slot `feedId` itself (no
    // mapping hash on the hot path). This contract declares no storage variables of its own (EIP712's
    // fallback strings at slots 0 and 1 stay unused for its short name), and feed ids must have a nonzero
    // first byte (`configureFeed`), so a feed word can never overlap a slot Solidity assigns.

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
        // CHECKS + EFFECTS: per-feed validation, then one SSTORE (the batch core with one block).
        bytes32 feedId = report.feedId;
        int256 answer = report.answer;
        uint64 observedAt = report.observedAt;
        uint256 words;
        // Assembly: lays the report out as one 4-word block of `_decodeAll`'s format.
        assembly ("memory-safe") {
            words := mload(0x40)
            mstore(add(words, 0x20), feedId)
            mstore(add(words, 0x40), answer)
            mstore(add(words, 0x60), observedAt)
            mstore(0x40, add(words, 0x80))
        }
        _applyAll(words, 1);
    }

    /// @inheritdoc IPriceReceiver
    function updateBatch(bytes calldata reports, bytes32 r, bytes32 vs) external {
        // CHECKS: decode every record into memory, hash it, and verify the one signature over all.
        (uint256 words, uint256 count) = _decodeAll(reports);
        _verify(_hashTypedDataV4(_hashBatch(words, count)), r, vs);
        // EFFECTS
        _applyAll(words, count);
    }

    /// @inheritdoc IPriceReceiver
    function updateDirect(bytes calldata reports) external {
        if (msg.sender != SIGNER) revert NotSigner(msg.sender, SIGNER);
        (uint256 words, uint256 count) = _decodeAll(reports);
        _applyAll(words, count);
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
        (uint256 words, uint256 count) = _decodeAll(reports);
        return _hashTypedDataV4(_hashBatch(words, count));
    }

    /// @inheritdoc IPriceReceiver
    function decodeReports(bytes calldata reports) external pure returns (Report[] memory decoded) {
        (uint256 words, uint256 count) = _decodeAll(reports);
        decoded = new Report[](count);
        for (uint256 i = 0; i < count; ++i) {
            (bytes32 feedId, int256 answer, uint64 observedAt) = _wordsAt(words, i);
            decoded[i] = Report(feedId, answer, observedAt);
        }
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
            if (err == ECDSA.RecoverError.InvalidSignatureS) {
                revert MalleableSignature(vs & bytes32(type(uint256).max >> 1));
            }
            revert InvalidSignature();
        }
        if (recovered != SIGNER) revert WrongSigner(recovered, SIGNER);
    }

    function _load(bytes32 feedId) private view returns (uint256 slot) {
        // Assembly: the feed word lives at storage slot `feedId` (see the storage note above).
        assembly ("memory-safe") {
            slot := sload(feedId)
        }
    }

    function _store(bytes32 feedId, uint256 slot) private {
        // Assembly: the feed word lives at storage slot `feedId` (see the storage note above).
        assembly ("memory-safe") {
            sstore(feedId, slot)
        }
    }

    /// @dev Validates and stores the decoded reports at `words` (4-word blocks, see `_decodeAll`).
    ///      A report that fails validation is skipped with `ReportSkipped`; if none was applied, reverts
    ///      with the first report's error. Out-of-bounds reports count as applied (recorded as breaches).
    function _applyAll(uint256 words, uint256 count) private {
        bytes32 breachTopic = AnswerOutOfBounds.selector;
        uint256 applied;
        // Assembly: the hot loop, one SLOAD and one SSTORE per report, checks in the order documented in
        // IPriceReceiver. The status of report i (0 = applied) replaces the first word of its block.
        // Field positions are FeedSlotLib's: answer 0, observedAt 88, updatedAt 120, round 152, minBound
        // 184, maxBound 216, flags 248 (CONFIGURED 248, PAUSED 249, BREACHED 250, RETIRED 251).
        // - observedAt (decoded as uint32/uint64, clean) is compared with block.timestamp +
        //   MAX_FUTURE_SKEW_SECONDS before being packed into 32 bits, so packing cannot truncate until
        //   2106 (when block.timestamp itself stops fitting the stored uint32).
        // - Bounds: value = signextend(int24 mantissa) << exponent, as FeedSlotLib.decodeBound.
        // - Breach: rewrite observedAt, set BREACHED, keep answer/updatedAt/round; log AnswerOutOfBounds.
        // - Publication: keep bounds and CONFIGURED/PAUSED/RETIRED (mask below), clear BREACHED, write
        //   answer (low 88 bits, in bounds hence in int88), observedAt, block.timestamp, round + 1.
        assembly ("memory-safe") {
            function applyReport(feedId, answer, observedAt, topic) -> status {
                let slot := sload(feedId)
                let gate := and(shr(248, slot), 0x0b)
                if iszero(eq(gate, 0x01)) {
                    status := 3 // PAUSED
                    if and(gate, 0x08) { status := 2 } // RETIRED
                    if iszero(and(gate, 0x01)) { status := 1 } // UNKNOWN
                    leave
                }
                if gt(observedAt, add(timestamp(), 60)) {
                    status := 4 // FUTURE
                    leave
                }
                if iszero(gt(observedAt, and(shr(88, slot), 0xffffffff))) {
                    status := 5 // STALE
                    leave
                }
                let minAnswer := shl(and(shr(208, slot), 0xff), signextend(2, shr(184, slot)))
                let maxAnswer := shl(and(shr(240, slot), 0xff), signextend(2, shr(216, slot)))
                if or(slt(answer, minAnswer), sgt(answer, maxAnswer)) {
                    sstore(feedId, or(or(and(slot, not(shl(88, 0xffffffff))), shl(88, observedAt)), shl(250, 1)))
                    let m := mload(0x40)
                    mstore(m, answer)
                    mstore(add(m, 0x20), observedAt)
                    mstore(add(m, 0x40), minAnswer)
                    mstore(add(m, 0x60), maxAnswer)
                    log2(m, 0x80, topic, feedId)
                    leave
                }
                let round := add(and(shr(152, slot), 0xffffffff), 1)
                if gt(round, 0xffffffff) {
                    status := 6 // EXHAUSTED
                    leave
                }
                sstore(
                    feedId,
                    or(
                        or(
                            and(slot, 0xfbffffffffffffff000000000000000000000000000000000000000000000000),
                            and(answer, 0xffffffffffffffffffffff)
                        ),
                        or(or(shl(88, observedAt), shl(120, timestamp())), shl(152, round))
                    )
                )
            }
            for {
                let p := words
                let end := add(words, shl(7, count))
            } lt(p, end) { p := add(p, 0x80) } {
                let status := applyReport(mload(add(p, 0x20)), mload(add(p, 0x40)), mload(add(p, 0x60)), breachTopic)
                mstore(p, status)
                applied := add(applied, iszero(status))
            }
        }
        if (applied != count) _skipOrRevert(words, count, applied);
    }

    /// @dev Slow path: logs every skipped report, or reverts with the first error if none was applied.
    function _skipOrRevert(uint256 words, uint256 count, uint256 applied) private {
        for (uint256 i = 0; i < count; ++i) {
            (uint256 status, bytes32 feedId, uint64 observedAt) = _statusAt(words, i);
            if (status == APPLIED) continue;
            bytes memory reason = _errorData(status, feedId, observedAt);
            if (applied == 0) _revertWith(reason);
            emit ReportSkipped(feedId, reason);
        }
    }

    /// @dev Decodes every packed record into memory, 4 words per report starting at `words`:
    ///      [hashStruct(Report), feedId, answer, observedAt]. Reverts `MalformedReports(offset)`.
    function _decodeAll(bytes calldata reports) private pure returns (uint256 words, uint256 count) {
        bytes32 typehash = ReportLib.REPORT_TYPEHASH;
        uint256 badOffset = type(uint256).max;
        // Assembly: the per-record loop of the batch paths (see ReportLib.decodeAt for the same decoding
        // in Solidity-friendly form). For each record: read the two length bytes, validate them and the
        // record's end against reports.length, extract the left-aligned feed id, the sign-extended
        // answer and the uint32 observedAt, write the EIP-712 preimage [typehash, feedId, answer,
        // observedAt] to memory, hash it, and keep the hash in the preimage's first word. Memory grows
        // by 4 words per record and the free pointer is advanced past the last one.
        assembly ("memory-safe") {
            words := mload(0x40)
            let p := words
            let offset := 0
            let length := reports.length
            for {} lt(offset, length) {} {
                let base := add(reports.offset, offset)
                let header := calldataload(base)
                let idLength := byte(0, header)
                let answerLength := byte(1, header)
                let next := add(offset, add(6, add(idLength, answerLength)))
                if or(
                    or(iszero(idLength), gt(idLength, 32)),
                    or(or(iszero(answerLength), gt(answerLength, 32)), gt(next, length))
                ) {
                    badOffset := offset
                    break
                }
                let idDrop := sub(256, shl(3, idLength))
                let answerAt := add(base, add(2, idLength))
                mstore(p, typehash)
                mstore(add(p, 0x20), shl(idDrop, shr(idDrop, calldataload(add(base, 2)))))
                mstore(add(p, 0x40), sar(sub(256, shl(3, answerLength)), calldataload(answerAt)))
                mstore(add(p, 0x60), shr(224, calldataload(add(answerAt, answerLength))))
                mstore(p, keccak256(p, 0x80))
                p := add(p, 0x80)
                offset := next
            }
            count := shr(7, sub(p, words))
            mstore(0x40, p)
        }
        if (badOffset != type(uint256).max || count == 0) revert MalformedReports(count == 0 ? 0 : badOffset);
    }

    /// @dev EIP-712 hashStruct(ReportBatch) of the decoded reports at `words`.
    function _hashBatch(uint256 words, uint256 count) private pure returns (bytes32 structHash) {
        bytes32 batchTypehash = ReportLib.REPORT_BATCH_TYPEHASH;
        // Assembly: gathers the per-report hashes (first word of each 4-word block) contiguously in
        // scratch memory past the free pointer, then hashStruct = keccak(batchTypehash, keccak(hashes)).
        // The scratch region is not used afterwards, so the free pointer is not advanced.
        assembly ("memory-safe") {
            let hashes := mload(0x40)
            for { let i := 0 } lt(i, count) { i := add(i, 1) } {
                mstore(add(hashes, shl(5, i)), mload(add(words, shl(7, i))))
            }
            let arrayHash := keccak256(hashes, shl(5, count))
            mstore(hashes, batchTypehash)
            mstore(add(hashes, 0x20), arrayHash)
            structHash := keccak256(hashes, 0x40)
        }
    }

    function _statusAt(uint256 words, uint256 i) private pure returns (uint256 status, bytes32 feedId, uint64 observedAt) {
        // Assembly: reads back the status, feed id and observedAt of report i after `_applyAll`.
        assembly ("memory-safe") {
            let p := add(words, mul(i, 0x80))
            status := mload(p)
            feedId := mload(add(p, 0x20))
            observedAt := mload(add(p, 0x60))
        }
    }

    function _wordsAt(uint256 words, uint256 i) private pure returns (bytes32 feedId, int256 answer, uint64 observedAt) {
        // Assembly: reads back report i written by `_decodeAll`.
        assembly ("memory-safe") {
            let p := add(words, mul(i, 0x80))
            feedId := mload(add(p, 0x20))
            answer := mload(add(p, 0x40))
            observedAt := mload(add(p, 0x60))
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

    function _revertWith(bytes memory data) private pure {
        // Assembly: re-raises an ABI-encoded custom error verbatim.
        assembly ("memory-safe") {
            revert(add(data, 0x20), mload(data))
        }
    }
}
