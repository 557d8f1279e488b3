// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {FeedSlotLib} from "../libraries/FeedSlotLib.sol";
import {ReportLib} from "../libraries/ReportLib.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {OracleFixture} from "./OracleFixture.sol";
import {Vm} from "./Vm.sol";

/// @dev The receiver's write paths against a plain-Solidity reference of the validation order and the
///      publication (written with FeedSlotLib's getters, no assembly): for arbitrary feed words (any flags,
///      history code, resume floor, bounds, max age, round, stored times) and reports, `update` (its
///      assembly fast path and `_applyOne`) and `updateDirect` (`_run` and `_applyOne`) each end in
///      exactly the reference's state, log and revert data. Also the one-pass report digest against
///      OpenZeppelin's typed-data hash.
contract ReceiverPathsTest is OracleFixture {
    using FeedSlotLib for uint256;

    bytes32 private constant FEED = bytes32("BTC/USD");
    uint256 private constant RESUME_SEED = uint256(keccak256("lit-oracle.receiver.resumedAt"));
    uint256 private constant HISTORY_SEED = uint256(keccak256("lit-oracle.receiver.history"));

    LitOracleReceiver private single;
    LitOracleReceiver private direct;

    struct Outcome {
        bytes err; // empty: applied (published or breach)
        uint256 word; // the feed word afterwards
        bool breach;
        uint256 ringSlot; // 0 unless a history entry is written
    }

    function setUp() public override {
        vm.warp(START);
        // This contract is the router of both: feed words are written with vm.store.
        single = new LitOracleReceiver(vm.addr(SIGNER_KEY), address(this));
        direct = new LitOracleReceiver(vm.addr(SIGNER_KEY), address(this));
    }

    // ------------------------------------------------------------------ reference

    function _reference(uint256 slot, uint256 floor, int256 answer, uint64 at) private view returns (Outcome memory o) {
        o.word = slot;
        bool configured = slot & FeedSlotLib.FLAG_CONFIGURED != 0;
        bool resumed = slot & FeedSlotLib.FLAG_RESUMED != 0;
        uint256 maxAge = FeedSlotLib.maxAgeSeconds(slot.maxAgeCode());
        bool expired = uint256(at) + maxAge < block.timestamp || (resumed && at <= floor);
        if (!configured) {
            o.err = abi.encodeWithSelector(IPriceReceiver.UnknownFeed.selector, FEED);
        } else if (slot & FeedSlotLib.FLAG_RETIRED != 0) {
            o.err = abi.encodeWithSelector(IPriceReceiver.FeedRetired.selector, FEED);
        } else if (slot & FeedSlotLib.FLAG_PAUSED != 0) {
            o.err = abi.encodeWithSelector(IPriceReceiver.FeedPaused.selector, FEED);
        } else if (at > block.timestamp + 60) {
            o.err = abi.encodeWithSelector(IPriceReceiver.FutureReport.selector, FEED, at, uint64(block.timestamp + 60));
        } else if (at <= slot.observedAt()) {
            o.err = abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, FEED, at, slot.observedAt());
        } else if (expired) {
            uint256 oldest = block.timestamp > maxAge ? block.timestamp - maxAge : 0;
            if (resumed && floor + 1 > oldest) oldest = floor + 1;
            o.err = abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, FEED, at, uint64(oldest));
        } else if (slot.roundId() == FeedSlotLib.MAX_ROUND) {
            o.err = abi.encodeWithSelector(IPriceReceiver.RoundsExhausted.selector, FEED);
        } else if (
            answer < FeedSlotLib.decodeBound(slot.minBound()) || answer > FeedSlotLib.decodeBound(slot.maxBound())
        ) {
            o.breach = true;
            o.word = (slot & ~(FeedSlotLib.OBSERVED_AT_BITS | FeedSlotLib.FLAG_RESUMED))
                | (uint256(at) << FeedSlotLib.OBSERVED_AT_SHIFT) | FeedSlotLib.FLAG_BREACHED;
        } else {
            uint256 round = slot.roundId() + 1;
            o.word = (slot & FeedSlotLib.KEEP_ON_PUBLISH) | (uint256(answer) & FeedSlotLib.ANSWER_MASK)
                | (uint256(at) << FeedSlotLib.OBSERVED_AT_SHIFT) | (block.timestamp << FeedSlotLib.UPDATED_AT_SHIFT)
                | (round << FeedSlotLib.ROUND_SHIFT);
            uint16 kept = FeedSlotLib.historyRounds(slot.historyCode());
            if (kept != 0) o.ringSlot = uint256(keccak256(abi.encode(FEED, HISTORY_SEED))) + (round % kept);
        }
    }

    // ------------------------------------------------------------------ cases

    /// @dev A feed word with every field drawn from `seed` (flags mostly plausible, bounds valid as
    ///      setFeedConfig guarantees), a resume floor and a report near the edges of every check.
    function _case(uint256 seed, uint256 seed2)
        private
        view
        returns (uint256 slot, uint256 floor, int256 answer, uint64 at)
    {
        uint256 nowTs = block.timestamp;
        int256 lo = int256(bound(seed2, 0, 2e20)) - 1e20;
        int256 hi = lo + 1 + int256(bound(seed2 >> 80, 0, 2e20));
        (uint32 minBound, uint32 maxBound) = FeedSlotLib.encodeBounds(lo, hi);
        int256 minAnswer = FeedSlotLib.decodeBound(minBound);
        int256 maxAnswer = FeedSlotLib.decodeBound(maxBound);
        uint256 pick = (seed2 >> 160) % 8;
        if (pick == 0) answer = minAnswer;
        else if (pick == 1) answer = maxAnswer;
        else if (pick == 2) answer = minAnswer - 1;
        else if (pick == 3) answer = maxAnswer + 1;
        else if (pick == 4) answer = int256(seed2); // anything
        else answer = minAnswer + int256(bound(seed2 >> 168, 0, uint256(maxAnswer - minAnswer)));

        uint256 flags = FeedSlotLib.FLAG_CONFIGURED;
        if (seed % 16 == 0) flags = 0;
        if ((seed >> 4) % 8 == 0) flags |= FeedSlotLib.FLAG_PAUSED;
        if ((seed >> 7) % 8 == 0) flags |= FeedSlotLib.FLAG_RETIRED;
        if ((seed >> 10) % 2 == 0) flags |= FeedSlotLib.FLAG_BREACHED;
        if ((seed >> 11) % 4 == 0) flags |= FeedSlotLib.FLAG_RESUMED;
        uint256 historyCode = (seed >> 13) % 2 == 0 ? 0 : (seed >> 14) % 8;
        uint256 maxAgeCode = (seed >> 17) % 16;
        uint256 maxAge = FeedSlotLib.maxAgeSeconds(uint8(maxAgeCode));

        uint256 roundPick = (seed >> 21) % 8;
        uint256 round = roundPick == 0 ? FeedSlotLib.MAX_ROUND : roundPick == 1 ? FeedSlotLib.MAX_ROUND - 1 : (seed >> 24) % 1000;

        // Report time: around the expiry edge, around the future edge, or anywhere.
        uint256 timePick = (seed >> 34) % 6;
        uint256 atTs;
        if (timePick == 0) atTs = nowTs - maxAge + ((seed >> 37) % 3) - 1;
        else if (timePick == 1) atTs = nowTs + 59 + ((seed >> 37) % 3);
        else if (timePick == 2) atTs = nowTs - ((seed >> 37) % 120);
        else if (timePick == 3) atTs = nowTs - ((seed >> 37) % 70_000);
        else if (timePick == 4) atTs = nowTs + ((seed >> 37) % 60);
        else atTs = (seed >> 37) % (1 << 32); // 0 .. uint32 max
        if (atTs == 0) atTs = 1; // the packed format cannot carry 0
        at = uint64(atTs);
        // Stored observedAt: just below, at, or above the report's; or anything.
        uint256 storedPick = (seed >> 70) % 4;
        uint256 stored = (seed >> 73) % (1 << 32);
        if (storedPick == 0 && atTs > 1000) stored = atTs - 1 - (seed >> 73) % 1000; // older
        else if (storedPick == 1) stored = atTs; // same second: stale
        else if (storedPick == 2) stored = atTs + 1; // newer: stale
        floor = (seed >> 110) % 3 == 0 ? atTs - 1 : (seed >> 110) % 3 == 1 ? atTs : (seed >> 112) % (1 << 32);

        slot = (uint256(uint88(uint256(seed >> 120))) & FeedSlotLib.ANSWER_MASK) | (stored << 88)
            | (((seed >> 208) & FeedSlotLib.UINT32_MASK) << 120) | (round << 152) | (maxAgeCode << 180)
            | (uint256(minBound) << 184) | (uint256(maxBound) << 216) | flags | (historyCode << 252);
    }

    // ------------------------------------------------------------------ the differential test

    function testFuzz_writePaths_equalTheReference(uint256 seed, uint256 seed2, uint32 warpBy) public {
        vm.warp(START + warpBy % 1e8);
        (uint256 slot, uint256 floor, int256 answer, uint64 at) = _case(seed, seed2);
        Outcome memory want = _reference(slot, floor, answer, at);

        IPriceReceiver.Report memory report = _report(FEED, answer, at);
        (bytes32 r, bytes32 vs) = _compact(SIGNER_KEY, single.reportDigest(report));
        _check(single, slot, floor, abi.encodeCall(LitOracleReceiver.update, (report, r, vs)), want, address(this), answer, at);

        // `_run` skips the round check: before FAST_PATH_DEADLINE no feed reaches the last round (its
        // argument in LitOracleReceiver), so a stored word at the last round is out of its domain.
        if (slot.roundId() == FeedSlotLib.MAX_ROUND) return;
        IPriceReceiver.Report[] memory list = new IPriceReceiver.Report[](1);
        list[0] = report;
        _check(direct, slot, floor, abi.encodeCall(LitOracleReceiver.updateDirect, (_pack(list))), want, vm.addr(SIGNER_KEY), answer, at);
    }

    function _check(
        LitOracleReceiver target,
        uint256 slot,
        uint256 floor,
        bytes memory data,
        Outcome memory want,
        address sender,
        int256 answer,
        uint64 at
    ) private {
        bytes32 ringSlot = bytes32(want.ringSlot);
        bytes32 ringBefore = vm.load(address(target), ringSlot);
        vm.store(address(target), FEED, bytes32(slot));
        vm.store(address(target), keccak256(abi.encode(FEED, RESUME_SEED)), bytes32(floor));
        vm.recordLogs();
        vm.prank(sender);
        (bool ok, bytes memory ret) = address(target).call(data);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        if (want.err.length != 0) {
            require(!ok, "accepted a report the reference refuses");
            require(keccak256(ret) == keccak256(want.err), "different error");
            require(uint256(vm.load(address(target), FEED)) == slot, "refused but written");
            return;
        }
        require(ok, "refused a report the reference accepts");
        require(uint256(vm.load(address(target), FEED)) == want.word, "different feed word");
        require(logs.length == 1 && logs[0].emitter == address(target), "one log");
        if (want.breach) {
            require(logs[0].topics.length == 2, "breach topics");
            require(logs[0].topics[0] == IPriceReceiver.AnswerOutOfBounds.selector && logs[0].topics[1] == FEED, "breach log");
            (int256 a, uint256 t,,) = abi.decode(logs[0].data, (int256, uint256, int256, int256));
            require(a == answer && t == at, "breach evidence");
        } else {
            require(logs[0].topics.length == 1 && logs[0].topics[0] == FEED, "published topic");
            require(keccak256(logs[0].data) == keccak256(abi.encodePacked(uint184(want.word))), "published data");
            if (want.ringSlot != 0) {
                require(uint256(vm.load(address(target), ringSlot)) == want.word, "history entry");
            } else {
                require(vm.load(address(target), ringSlot) == ringBefore, "ring untouched");
            }
        }
    }

    // ------------------------------------------------------------------ digest

    function testFuzz_reportTypedDigest_equalsOpenZeppelin(bytes32 separator, bytes32 feedId, int256 answer, uint64 at)
        public
        pure
    {
        bytes32 expected = MessageHashUtils.toTypedDataHash(
            separator, keccak256(abi.encode(ReportLib.REPORT_TYPEHASH, feedId, answer, at))
        );
        require(ReportLib.reportTypedDigest(separator, feedId, answer, at) == expected, "digest");
    }

    /// @dev The cached separator is only used on the deployment chain: elsewhere `update` rebuilds it
    ///      (OpenZeppelin's path), so a report signed for the new chain lands and the old one does not.
    function test_update_rebuildsTheDomainOnAnotherChain() public {
        vm.store(address(single), FEED, bytes32(_liveWord()));
        IPriceReceiver.Report memory report = _report(FEED, 1e12, uint64(block.timestamp));
        (bytes32 r, bytes32 vs) = _compact(SIGNER_KEY, single.reportDigest(report));
        vm.chainId(8453);
        (bytes32 r2, bytes32 vs2) = _compact(SIGNER_KEY, single.reportDigest(report));
        require(r2 != r, "same digest on another chain");
        vm.expectRevert();
        single.update(report, r, vs);
        single.update(report, r2, vs2);
        require(uint256(vm.load(address(single), FEED)).answer() == 1e12, "not published");
    }

    function _liveWord() private pure returns (uint256) {
        (uint32 minBound, uint32 maxBound) = FeedSlotLib.encodeBounds(1, 1e15);
        return FeedSlotLib.FLAG_CONFIGURED | (uint256(minBound) << 184) | (uint256(maxBound) << 216) | (uint256(10) << 180);
    }

    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}
