// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

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
///         nonzero first byte (`setFeedConfig`), so a feed word never overlaps a slot Solidity assigns.
///         Two hashed regions per feed, touched only off the fast path: the resume floor at
///         keccak256(feedId, RESUME_SEED) and the round-history ring at keccak256(feedId, HISTORY_SEED) +
///         (round mod historyRounds), each entry the feed word as published in that round.
contract LitOracleReceiver is IPriceReceiver, EIP712 {
    using FeedSlotLib for uint256;

    // =============================================================
    //                           CONSTANTS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    /// @dev 60 s: tolerates clock drift between Lit nodes and block producers and a block time of a few
    ///      seconds; anything further ahead is a broken or malicious clock.
    uint64 public constant MAX_FUTURE_SKEW_SECONDS = 60;

    /// @dev Status codes of `_applyOne` (0 = applied or recorded as a breach). Literal values are used in
    ///      assembly, hence plain numbers.
    uint256 private constant APPLIED = 0;
    uint256 private constant UNKNOWN = 1;
    uint256 private constant RETIRED = 2;
    uint256 private constant PAUSED = 3;
    uint256 private constant FUTURE = 4;
    uint256 private constant STALE = 5;
    uint256 private constant EXHAUSTED = 6;
    uint256 private constant EXPIRED = 7;

    /// @dev secp256k1 order / 2: a larger `s` is the malleable twin (EIP-2).
    uint256 private constant HALF_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @dev Namespace of the resume floor slot of a feed: keccak256(feedId, RESUME_SEED).
    uint256 private constant RESUME_SEED = uint256(keccak256("lit-oracle.receiver.resumedAt"));
    /// @dev Namespace of the history ring of a feed: keccak256(feedId, HISTORY_SEED) + index.
    uint256 private constant HISTORY_SEED = uint256(keccak256("lit-oracle.receiver.history"));

    // =============================================================
    //                          IMMUTABLES
    // =============================================================

    /// @notice The fast path of batches is used until this time (deployment + 2**28 s - 1 day, about
    ///         8.5 years); later batches take the slow path (same results, more gas). See `_run`.
    uint256 public immutable FAST_PATH_DEADLINE;

    /// @inheritdoc IPriceReceiver
    address public immutable SIGNER;

    /// @dev OpenZeppelin EIP712's cache, duplicated for the hot path of `update` (its own is private):
    ///      the domain separator at deployment, with the chain and address it was built for.
    bytes32 private immutable _DOMAIN_SEPARATOR;
    uint256 private immutable _DOMAIN_CHAIN_ID;
    address private immutable _DOMAIN_SELF;

    /// @inheritdoc IPriceReceiver
    address public immutable ROUTER;

    /// @param signer The PKP's Ethereum address.
    /// @param router The router allowed to configure feeds (`LitOracleRouter`).
    constructor(address signer, address router) EIP712("LitOracle", "1") {
        if (signer == address(0)) revert WrongSigner(address(0), address(0));
        if (router == address(0)) revert NotRouter(address(0), address(0));
        SIGNER = signer;
        ROUTER = router;
        FAST_PATH_DEADLINE = block.timestamp + (1 << 28) - 1 days;
        _DOMAIN_SEPARATOR = _domainSeparatorV4();
        _DOMAIN_CHAIN_ID = block.chainid;
        _DOMAIN_SELF = address(this);
    }

    // =============================================================
    //                          WRITE PATHS
    // =============================================================

    /// @inheritdoc IPriceReceiver
    function update(Report calldata report, bytes32 r, bytes32 vs) external {
        // Each field read once (reading `observedAt` re-runs the ABI decoder's uint64 check).
        bytes32 feedId = report.feedId;
        int256 answer = report.answer;
        uint64 observedAt = report.observedAt;
        // CHECKS: the signature over this report, on this chain and receiver.
        _verify(ReportLib.reportTypedDigest(_domainSeparator(), feedId, answer, observedAt), r, vs);
        // CHECKS + EFFECTS, the common case: one SLOAD, every check in one condition, one SSTORE, the log,
        // and the call ends here. Fuzzed against a plain reference and `updateDirect` (ReceiverPaths.t.sol).
        // Assembly, field positions as in `_applyOne`. The condition holds only if:
        // - the flags CONFIGURED, PAUSED, RETIRED and RESUMED are CONFIGURED alone (BREACHED and the history
        //   code may be anything: not paused or retired, no resume floor to check) and the stored
        //   observedAt is older: one comparison, as in `_run` (flag bits >= 2**248 dwarf
        //   observedAt << 88 < 2**152);
        // - block.timestamp - max age <= observedAt (masked to 64 bits) <= block.timestamp + 60, as one
        //   unsigned comparison of lag + 60 with lag = block.timestamp - observedAt (a report more than
        //   60 s ahead wraps to a huge word): neither future (MAX_FUTURE_SKEW_SECONDS) nor expired;
        // - the round is below 2**28 - 1 (so the + 1 cannot carry into the max-age code);
        // - min <= answer <= max as one unsigned comparison (answer - min) <= (max - min), min < max
        //   (setFeedConfig).
        // Publication and history entry as `_applyOne`'s (RESUMED is 0 here).
        uint256 ageTable = FeedSlotLib.MAX_AGE_TABLE;
        uint256 historySeed = HISTORY_SEED;
        assembly ("memory-safe") {
            let at := and(observedAt, 0xffffffffffffffff)
            let slot := sload(feedId)
            let minAnswer := shl(byte(5, slot), signextend(2, shr(184, slot)))
            if and(
                and(
                    lt(
                        and(
                            xor(slot, 0x0100000000000000000000000000000000000000000000000000000000000000),
                            0x8b00000000000000000000000000000000ffffffff0000000000000000000000
                        ),
                        shl(88, at)
                    ),
                    iszero(
                        gt(add(sub(timestamp(), at), 60), add(and(shr(and(shr(176, slot), 0xf0), ageTable), 0xffff), 60))
                    )
                ),
                and(
                    lt(and(slot, 0xfffffff00000000000000000000000000000000000000), 0xfffffff00000000000000000000000000000000000000),
                    iszero(gt(sub(answer, minAnswer), sub(shl(byte(1, slot), signextend(2, shr(216, slot))), minAnswer)))
                )
            ) {
                let word := add(
                    or(
                        or(
                            and(slot, 0x7bffffffffffffffffffffffff00000000000000000000000000000000000000),
                            and(answer, 0xffffffffffffffffffffff)
                        ),
                        or(shl(88, at), shl(120, timestamp()))
                    ),
                    shl(152, 1)
                )
                sstore(feedId, word)
                let code := shr(252, word)
                if code {
                    mstore(0, feedId)
                    mstore(0x20, historySeed)
                    sstore(add(keccak256(0, 0x40), and(shr(152, word), sub(shl(sub(code, 1), 1), 1))), word)
                }
                mstore(0, word)
                log1(9, 23, feedId)
                stop()
            }
        }
        // Everything else (a failed check, a breach, a resume floor): the full path, which finds the reason
        // in the documented order (the gate implies every check, so nothing it passes would fail there).
        uint256 status = _applyOne(feedId, answer, observedAt);
        if (status != APPLIED) _revertWith(_errorData(status, feedId, observedAt));
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
    function setFeedConfig(
        bytes32 feedId,
        uint32 minBound,
        uint32 maxBound,
        uint8 maxAgeCode,
        uint8 historyCode,
        bool paused
    ) external {
        _onlyRouter();
        if (maxAgeCode > 15) revert InvalidMaxReportAge(maxAgeCode);
        if (historyCode > FeedSlotLib.MAX_HISTORY_CODE) revert InvalidHistory(historyCode);
        if (uint256(feedId) >> 248 == 0) revert InvalidFeedId(feedId);
        int256 minAnswer = FeedSlotLib.decodeBound(minBound);
        int256 maxAnswer = FeedSlotLib.decodeBound(maxBound);
        if (
            minAnswer >= maxAnswer || minAnswer < FeedSlotLib.MIN_STORABLE_ANSWER
                || maxAnswer > FeedSlotLib.MAX_STORABLE_ANSWER
        ) revert InvalidBounds(minAnswer, maxAnswer);
        uint256 slot = _load(feedId);
        if (slot & FeedSlotLib.FLAG_RETIRED != 0) revert FeedRetired(feedId);
        // Keep answer, timestamps, round, BREACHED and RESUMED; replace bounds, max age, history, PAUSED.
        slot &= ~(FeedSlotLib.BOUNDS_BITS | FeedSlotLib.MAX_AGE_BITS | FeedSlotLib.HISTORY_BITS | FeedSlotLib.FLAG_PAUSED);
        slot |= (uint256(minBound) << FeedSlotLib.MIN_BOUND_SHIFT) | (uint256(maxBound) << FeedSlotLib.MAX_BOUND_SHIFT)
            | (uint256(maxAgeCode) << FeedSlotLib.MAX_AGE_SHIFT) | (uint256(historyCode) << FeedSlotLib.HISTORY_SHIFT)
            | FeedSlotLib.FLAG_CONFIGURED | (paused ? FeedSlotLib.FLAG_PAUSED : 0);
        _store(feedId, slot);
        emit FeedConfigured(
            feedId,
            minAnswer,
            maxAnswer,
            FeedSlotLib.maxAgeSeconds(maxAgeCode),
            FeedSlotLib.historyRounds(historyCode),
            paused
        );
    }

    /// @inheritdoc IPriceReceiver
    function setPaused(bytes32 feedId, bool paused) external {
        _onlyRouter();
        uint256 slot = _load(feedId);
        if (slot & FeedSlotLib.FLAG_CONFIGURED == 0) revert UnknownFeed(feedId);
        if (paused) {
            _store(feedId, slot | FeedSlotLib.FLAG_PAUSED);
        } else {
            // The resume floor: whatever was signed before now (possibly during the incident that
            // caused the pause) can no longer land. RESUMED sends the feed to the slow path, which
            // checks the floor and clears the flag with the next accepted report.
            uint256 floorSlot = _resumeSlot(feedId);
            uint256 nowTs = block.timestamp;
            assembly ("memory-safe") {
                sstore(floorSlot, nowTs)
            }
            _store(feedId, (slot & ~FeedSlotLib.FLAG_PAUSED) | FeedSlotLib.FLAG_RESUMED);
        }
        emit FeedPauseSet(feedId, paused);
    }

    /// @inheritdoc IPriceReceiver
    function closeFeeds(bytes32[] calldata feedIds) external {
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
            retired: slot & FeedSlotLib.FLAG_RETIRED != 0,
            maxReportAge: FeedSlotLib.maxAgeSeconds(slot.maxAgeCode()),
            historyRounds: FeedSlotLib.historyRounds(slot.historyCode()),
            resumedAt: _resumedAt(feedId)
        });
    }

    /// @inheritdoc IPriceReceiver
    function roundData(bytes32 feedId, uint64 roundId)
        external
        view
        returns (bool found, int256 answer, uint64 observedAt, uint64 updatedAt)
    {
        uint256 slot = _load(feedId);
        uint64 latest = slot.roundId();
        if (roundId == 0 || roundId > latest) return (false, 0, 0, 0);
        if (roundId != latest) {
            uint16 kept = FeedSlotLib.historyRounds(slot.historyCode());
            if (kept == 0 || latest - roundId >= kept) return (false, 0, 0, 0);
            uint256 entrySlot = _historySlot(feedId, roundId, kept);
            assembly ("memory-safe") {
                slot := sload(entrySlot)
            }
            // The entry of an index is the newest round written there: a different round (history
            // turned on, or its length changed, after that round) means it is gone.
            if (slot.roundId() != roundId) return (false, 0, 0, 0);
        }
        return (true, slot.answer(), slot.observedAt(), slot.updatedAt());
    }

    /// @inheritdoc IPriceReceiver
    function reportDigest(Report calldata report) external view returns (bytes32) {
        // OpenZeppelin's path (the reference the hot path of `update` is tested against).
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

    /// @dev The EIP-712 domain separator: the one cached at deployment while on that chain and address
    ///      (as OpenZeppelin's `_domainSeparatorV4`, with one branch), else OpenZeppelin's rebuild.
    function _domainSeparator() private view returns (bytes32) {
        uint256 chainId = _DOMAIN_CHAIN_ID;
        address self = _DOMAIN_SELF;
        bool cached;
        // Assembly: both comparisons without a short-circuit branch.
        assembly ("memory-safe") {
            cached := and(eq(chainid(), chainId), eq(address(), self))
        }
        return cached ? _DOMAIN_SEPARATOR : _domainSeparatorV4();
    }

    /// @dev Recovers the signer of `digest` from an EIP-2098 signature and requires it to be SIGNER.
    function _verify(bytes32 digest, bytes32 r, bytes32 vs) private view {
        bytes32 s = vs & bytes32(type(uint256).max >> 1);
        if (uint256(s) > HALF_ORDER) revert MalleableSignature(s);
        address recovered;
        // Assembly: the ecrecover precompile (address 1) on [digest, v, r, s] in scratch memory past the
        // free pointer (not moved); v = 27 + the top bit of vs (EIP-2098). No output (returndatasize 0)
        // or a zero address means no valid signature. Same results as OpenZeppelin's ECDSA.tryRecover
        // (tested: test_update_FailsIf_Signature*), about 200 gas less.
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), add(27, shr(255, vs)))
            mstore(add(m, 0x40), r)
            mstore(add(m, 0x60), s)
            mstore(0, 0)
            pop(staticcall(gas(), 1, m, 0x80, 0, 0x20))
            recovered := mload(0)
        }
        if (recovered != SIGNER) {
            if (recovered == address(0)) revert InvalidSignature();
            revert WrongSigner(recovered, SIGNER);
        }
    }

    /// @dev Validates and stores one report: the whole per-feed write path of `update`, and the slow path
    ///      of a batch record (a check failed, or the answer is out of bounds).
    /// @return status APPLIED (published, or recorded as a breach) or the failure code.
    function _applyOne(bytes32 feedId, int256 answer, uint64 observedAt) private returns (uint256 status) {
        bytes32 breachTopic = AnswerOutOfBounds.selector;
        uint256 resumeSeed = RESUME_SEED;
        uint256 historySeed = HISTORY_SEED;
        uint256 ageTable = FeedSlotLib.MAX_AGE_TABLE;
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
        // - Max age: code (bits 180..183) indexes MAX_AGE_TABLE (16 x 16 bits, seconds); `lag` =
        //   block.timestamp - observedAt, signed (a report up to 60 s ahead has a negative lag).
        // - RESUMED (bit 255): the resume floor, at keccak256(feedId, RESUME_SEED), must be < observedAt.
        // - History (bits 252..254, code k > 0): the published word is also written at
        //   keccak256(feedId, HISTORY_SEED) + (round mod 2**(k-1)).
        // - Publication logs `Published(feedId, word)`: LOG1, topic = feedId, data = the new word.
        assembly ("memory-safe") {
            let at := and(observedAt, 0xffffffffffffffff)
            let slot := sload(feedId)
            let gate := and(byte(0, slot), 0x0b)
            let lag := sub(timestamp(), at)
            let expired := sgt(lag, and(shr(and(shr(176, slot), 0xf0), ageTable), 0xffff))
            if shr(255, slot) {
                mstore(0, feedId)
                mstore(0x20, resumeSeed)
                if iszero(gt(at, sload(keccak256(0, 0x40)))) { expired := 1 }
            }
            switch and(
                and(eq(gate, 0x01), gt(at, and(shr(88, slot), 0xffffffff))),
                and(
                    and(iszero(gt(at, add(timestamp(), 60))), iszero(expired)),
                    lt(and(shr(152, slot), 0xfffffff), 0xfffffff)
                )
            )
            case 0 {
                // A check failed: the first one in the documented order wins.
                status := 6 // EXHAUSTED (the only reason left after the checks below)
                if expired { status := 7 } // EXPIRED
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
                    // Keep round (then + 1: it is < 2**28 - 1, so no carry), max age, bounds, history and
                    // CONFIGURED/PAUSED/RETIRED; clear BREACHED, RESUMED, answer, observedAt, updatedAt.
                    let word := add(
                        or(
                            or(
                                and(slot, 0x7bffffffffffffffffffffffff00000000000000000000000000000000000000),
                                and(answer, 0xffffffffffffffffffffff)
                            ),
                            or(shl(88, at), shl(120, timestamp()))
                        ),
                        shl(152, 1)
                    )
                    sstore(feedId, word)
                    let code := and(shr(252, word), 7)
                    if code {
                        mstore(0, feedId)
                        mstore(0x20, historySeed)
                        sstore(
                            add(keccak256(0, 0x40), and(shr(152, word), sub(shl(sub(code, 1), 1), 1))),
                            word
                        )
                    }
                    mstore(0, word)
                    log1(9, 23, feedId)
                }
                default {
                    // Breach: new observedAt, BREACHED set, RESUMED cleared (the new observedAt is above
                    // the floor, and later reports must beat it).
                    sstore(
                        feedId,
                        or(or(and(slot, not(or(shl(88, 0xffffffff), shl(255, 1)))), shl(88, at)), shl(250, 1))
                    )
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
    ///      a record it cannot settle (a failed check or an out-of-bounds answer) is decoded again by
    ///      ReportLib (the reference decoder) and goes through `_applyOne`, in order, before the run
    ///      resumes behind it. A malformed group header stops the run at that header, and
    ///      ReportLib.decodeGroup reverts `MalformedReports(offset of the header)`.
    /// @return skipped Whether some record was not applied.
    /// @return statuses Memory address of the status bytes (reserved when the first record is skipped;
    ///         meaningless while `skipped` is false): the status of the record ending at byte offset `end`
    ///         of `reports` is at `statuses + end` (0 = applied).
    function _processBatch(bytes calldata reports) private returns (bool skipped, uint256 statuses) {
        uint256 offset;
        uint256 group;
        while (true) {
            (offset, group) = _run(reports, offset, group);
            if (offset == reports.length) break;
            // Stopped at a group header: it is malformed, and decodeGroup reverts with its offset.
            (, , uint256 idWidth, uint256 answerWidth, uint64 observedAt) = ReportLib.decodeGroup(reports, group);
            if (offset == group) revert MalformedReports(group); // unreachable: _run and decodeGroup agree
            (bytes32 feedId, int256 answer) = ReportLib.decodeRecord(reports, offset, idWidth, answerWidth);
            offset += idWidth + answerWidth;
            uint256 status = _applyOne(feedId, answer, observedAt);
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

    /// @dev The hot loop of a batch: decodes records from `offset` and publishes every one that passes
    ///      all checks and is within bounds, until the end, a record it cannot settle or a malformed
    ///      group header.
    /// @param offset Where to resume: a record of the group whose header is at `group`, the end of that
    ///        group, or `group` itself (a header not yet validated; 0, 0 to start).
    /// @return next reports.length when done; otherwise the offset of the unsettled record, or of the
    ///         malformed header (then next == nextGroup).
    /// @return nextGroup The offset of the header of the group `next` is in (or of the malformed one).
    function _run(bytes calldata reports, uint256 offset, uint256 group)
        private
        returns (uint256 next, uint256 nextGroup)
    {
        uint256 fastUntil = FAST_PATH_DEADLINE;
        // Assembly. Same decoding and validation as ReportLib.decodeGroup / decodeRecord (the fuzz tests
        // compare them).
        //
        // Per group: the header (count, idWidth, answerWidth, observedAt) is read and validated like
        // decodeGroup (count 1..255, widths 1..32 as width - 1 <= 31 with 0 wrapping, observedAt nonzero,
        // the records inside `reports`). A malformed header stops the run before any of its records is
        // used, and the caller reverts. From the header come, once per group:
        // - idDrop = 256 - 8 * idWidth (0..248): the id ends where the answer starts, so the word ending
        //   there holds it in its low idWidth bytes, and shl(idDrop, word) left-aligns it with zeros
        //   beyond, dropping the bytes before it (header, previous record or ABI head: the word never
        //   starts before calldata offset 0, `reports` starting at 68 or later): decodeRecord's feed id;
        // - shift = 256 - 8 * answerWidth (0..248): sar(shift, word at the answer) sign-extends it;
        // - stride = idWidth + answerWidth: records are fixed width, no length byte to read, so the loop
        //   steps from answer to answer;
        // - fresh = observedAt << 88 | block.timestamp << 120 | 1 << 152 (the round increment), or 0 when
        //   observedAt is beyond block.timestamp + MAX_FUTURE_SKEW_SECONDS (60); `gate` below is its
        //   observedAt field (observedAt << 88, or 0).
        // A resumed group (after a slow-path record) re-reads its already validated header.
        //
        // Fast path, per record, with the feed word `slot` (layout in FeedSlotLib / `_applyOne`):
        // - Feed id: as decodeRecord (see idDrop). An id whose first byte is 0 is never configured
        //   (setFeedConfig), so it is never settled here.
        // - xor(slot, CONFIGURED) masked to the flag byte except BREACHED (CONFIGURED, PAUSED, RETIRED,
        //   history code, RESUMED) and observedAt is below `gate` = and(fresh, observedAt field mask)
        //   exactly when those bits are CONFIGURED alone (flag bits >= 2**248 dwarf the observedAt
        //   field) and the stored observedAt is older: configured, not retired, not paused, no history
        //   ring to write, no resume floor to check, not stale, in one comparison. `gate` is 0 for a
        //   future observedAt, so such a report never passes.
        // - Max age: no per-record check. `fresh` is 0 (the group takes the slow path) unless
        //   block.timestamp - 60 <= observedAt <= block.timestamp + 60: unsigned
        //   (block.timestamp - observedAt + 60) < 121. Every table age is at least 60 s
        //   (FeedSlotLib.MIN_MAX_AGE_SECONDS), so no record of such a group is expired; an older group
        //   takes the slow path, whose `_applyOne` checks the feed's age.
        // - No round check: before FAST_PATH_DEADLINE the 28-bit counter cannot reach 2**28 - 1, so the + 1
        //   of `fresh` never carries into the max-age code. Every publication (either path) has an
        //   observedAt strictly above the previous one, at least (its block time - max age) >=
        //   (deployment - MAX_MAX_AGE_SECONDS) and at most its block time + 60. Publications before
        //   FAST_PATH_DEADLINE = deployment + 2**28 - 1 day therefore number at most
        //   2**28 - 1 day + 60 + 18 h + 1 < 2**28 - 1. From FAST_PATH_DEADLINE on, `fresh` is 0 and every
        //   record takes the slow path, which checks the counter (`RoundsExhausted`).
        // - Bounds: (answer - min) <= (max - min) as unsigned words, min < max (setFeedConfig). An int24
        //   mantissa at bit p is sign-extended by sar(232, shl(232 - p, slot)) (as signextend(2, ...)).
        // Otherwise `_applyOne` finds the reason, in the documented order, or records the breach.
        // Publication = `_applyOne`'s: keep bounds, max age and CONFIGURED/PAUSED/RETIRED (history and
        // RESUMED are 0 here), clear BREACHED, write answer, observedAt, updatedAt and round + 1 (`fresh`
        // carries the last three, shared by the records of a group), and log `Published(feedId, word)`.
        assembly ("memory-safe") {
            let limit := add(reports.offset, reports.length)
            // `next` is the answer of the current record (its feed id ends there) until the end, and
            // `nextGroup` the current header, both as calldata positions until the end.
            nextGroup := add(reports.offset, group)
            next := add(reports.offset, offset)
            for {} 1 {} {
                let h := calldataload(nextGroup)
                let stride := add(byte(1, h), byte(2, h))
                let groupEnd := add(add(nextGroup, 7), mul(byte(0, h), stride))
                if or(
                    or(iszero(byte(0, h)), or(gt(sub(byte(1, h), 1), 31), gt(sub(byte(2, h), 1), 31))),
                    or(iszero(shr(224, shl(24, h))), gt(groupEnd, limit))
                ) { break } // malformed (only a new header: next == nextGroup)
                if eq(next, nextGroup) { next := add(nextGroup, 7) }
                next := add(next, byte(1, h)) // answer of the record
                let idDrop := sub(256, shl(3, byte(1, h)))
                let shift := sub(256, shl(3, byte(2, h)))
                // 0 unless observedAt is within [block.timestamp - 60, block.timestamp + 60] (60 =
                // MAX_FUTURE_SKEW_SECONDS = FeedSlotLib.MIN_MAX_AGE_SECONDS) and before the deadline.
                let fresh := mul(
                    or(and(shr(112, h), 0xffffffff0000000000000000000000), add(shl(120, timestamp()), shl(152, 1))),
                    and(
                        lt(add(sub(timestamp(), shr(224, shl(24, h))), 60), 121),
                        lt(timestamp(), fastUntil)
                    )
                )
                // The answer of a record starts before groupEnd exactly when the record does (fixed
                // stride, answerWidth >= 1).
                // A do-while (no test at the top): the loop is entered only with a record left.
                if lt(next, groupEnd) {
                    for {} 1 {} {
                        let feedId := shl(idDrop, calldataload(sub(next, 32)))
                        let answer := sar(shift, calldataload(next))
                        let slot := sload(feedId)
                        let minAnswer := shl(byte(5, slot), sar(232, shl(48, slot)))
                        if or(
                            gt(sub(answer, minAnswer), sub(shl(byte(1, slot), sar(232, shl(16, slot))), minAnswer)),
                            iszero(
                                lt(
                                    and(
                                        xor(slot, 0x0100000000000000000000000000000000000000000000000000000000000000),
                                        0xfb00000000000000000000000000000000ffffffff0000000000000000000000
                                    ),
                                    and(fresh, 0xffffffff0000000000000000000000)
                                )
                            )
                        ) { break }
                        let word := add(
                            or(
                                and(answer, 0xffffffffffffffffffffff),
                                and(slot, 0xfbffffffffffffffffffffffff00000000000000000000000000000000000000)
                            ),
                            fresh
                        )
                        sstore(feedId, word)
                        mstore(0, word)
                        log1(9, 23, feedId)
                        next := add(next, stride)
                        if iszero(lt(next, groupEnd)) { break }
                    }
                }
                next := sub(next, byte(1, h)) // back to the record's first byte
                // Unsettled record, or the last group done: the caller's turn.
                if lt(next, groupEnd) { break }
                if eq(next, limit) { break }
                nextGroup := next // the next group's header, not yet validated
            }
            next := sub(next, reports.offset)
            nextGroup := sub(nextGroup, reports.offset)
        }
    }

    /// @dev Slow path: logs every skipped report, or reverts with the first error if none was applied
    ///      (the revert also discards the ReportSkipped logs emitted before it).
    function _skipOrRevert(bytes calldata reports, uint256 statuses) private {
        bool anyApplied;
        bytes memory firstError;
        uint256 offset = 0;
        while (offset < reports.length) {
            (uint256 records, uint256 end, uint256 idWidth, uint256 answerWidth, uint64 observedAt) =
                ReportLib.decodeGroup(reports, offset);
            for (offset = records; offset < end;) {
                (bytes32 feedId,) = ReportLib.decodeRecord(reports, offset, idWidth, answerWidth);
                offset += idWidth + answerWidth;
                uint256 status;
                // Assembly: reads the status byte of the record ending at `offset` (see _processBatch).
                assembly ("memory-safe") {
                    status := byte(0, mload(add(statuses, offset)))
                }
                if (status == APPLIED) {
                    anyApplied = true;
                    continue;
                }
                bytes memory reason = _errorData(status, feedId, observedAt);
                if (firstError.length == 0) firstError = reason;
                emit ReportSkipped(feedId, reason);
            }
        }
        if (!anyApplied) _revertWith(firstError);
    }

    /// @dev Decodes (and thereby validates) packed reports.
    function _decode(bytes calldata reports) private pure returns (Report[] memory decoded) {
        if (reports.length == 0) revert MalformedReports(0);
        decoded = new Report[](reports.length / ReportLib.MIN_RECORD_BYTES);
        uint256 count;
        uint256 offset;
        while (offset < reports.length) {
            (uint256 records, uint256 end, uint256 idWidth, uint256 answerWidth, uint64 observedAt) =
                ReportLib.decodeGroup(reports, offset);
            for (offset = records; offset < end; offset += idWidth + answerWidth) {
                (bytes32 feedId, int256 answer) = ReportLib.decodeRecord(reports, offset, idWidth, answerWidth);
                decoded[count++] = Report(feedId, answer, observedAt);
            }
        }
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
        if (status == EXPIRED) {
            uint256 slot = _load(feedId);
            uint256 age = FeedSlotLib.maxAgeSeconds(slot.maxAgeCode());
            uint256 oldest = block.timestamp > age ? block.timestamp - age : 0;
            if (slot & FeedSlotLib.FLAG_RESUMED != 0 && _resumedAt(feedId) + 1 > oldest) oldest = _resumedAt(feedId) + 1;
            return abi.encodeWithSelector(ExpiredReport.selector, feedId, observedAt, uint64(oldest));
        }
        if (status == FUTURE) {
            return abi.encodeWithSelector(
                FutureReport.selector, feedId, observedAt, uint64(block.timestamp) + MAX_FUTURE_SKEW_SECONDS
            );
        }
        return abi.encodeWithSelector(StaleReport.selector, feedId, observedAt, _load(feedId).observedAt());
    }

    /// @dev Storage slot of a feed's resume floor.
    function _resumeSlot(bytes32 feedId) private pure returns (uint256 slot) {
        slot = uint256(keccak256(abi.encode(feedId, RESUME_SEED)));
    }

    /// @dev Block time of the feed's last unpause on this receiver (0 = never).
    function _resumedAt(bytes32 feedId) private view returns (uint64 resumedAt) {
        uint256 floorSlot = _resumeSlot(feedId);
        assembly ("memory-safe") {
            resumedAt := sload(floorSlot)
        }
    }

    /// @dev Storage slot of the history entry of `roundId` in a ring of `kept` (a power of two) rounds.
    function _historySlot(bytes32 feedId, uint64 roundId, uint16 kept) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(feedId, HISTORY_SEED))) + (roundId & (kept - 1));
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
