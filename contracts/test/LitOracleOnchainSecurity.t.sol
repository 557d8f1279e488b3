// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IFeedRouter} from "../interfaces/IFeedRouter.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {OracleFixture} from "./OracleFixture.sol";
import {Vm} from "./Vm.sol";

/// @dev Issue 9's on-chain attacks, as the attacker would run them, each shown failing:
///      item 6 (signed reports never expire: held back and landed late, or signed before a pause and
///      landed after the unpause) and item 9's guardian point (the owner replaces the guardian while a
///      rotation is pending, or just before proposing one, to remove its veto).
contract LitOracleOnchainSecurityTest is OracleFixture {
    address internal constant ATTACKER = address(0xA77AC4);
    uint256 internal constant NEW_KEY = 0xC0FFEE;

    function _sign1(bytes32 feedId, int256 answer, uint64 at) internal view returns (IPriceReceiver.Report memory report, bytes32 r, bytes32 vs) {
        report = _report(feedId, answer, at);
        (r, vs) = _signReport(receiver, SIGNER_KEY, report);
    }

    // ------------------------------------------------------------------ item 6: report expiry

    /// @dev A report signed now and held back (by the keeper, a relayer, anyone who saw it) cannot be
    ///      landed after the feed's max report age: `updatedAt` (landing time) would make it look fresh.
    function test_attack_heldBackReport_isRefusedAfterMaxAge() public {
        (IPriceReceiver.Report memory report, bytes32 r, bytes32 vs) = _sign1(BTC, 97_000e8, uint64(START));
        vm.warp(START + 3601); // max age of BTC/USD is 3600 s
        vm.prank(ATTACKER);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, BTC, uint64(START), uint64(START + 1)));
        receiver.update(report, r, vs);
        // Exactly at the bound it still lands (age 3600 <= 3600).
        vm.warp(START + 3600);
        receiver.update(report, r, vs);
        require(receiver.feedState(BTC).roundId == 1, "in bound");
    }

    /// @dev The same through a batch (fast path): the expired record is skipped with the reason, the
    ///      fresh one lands.
    function test_attack_heldBackBatchRecord_isSkipped() public {
        IPriceReceiver.Report[] memory list = new IPriceReceiver.Report[](2);
        list[0] = _report(BTC, 97_000e8, uint64(START) - 3000); // older group
        list[1] = _report(ETH, 3_400e18, uint64(START));
        bytes memory packed = _pack(list);
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.warp(START + 700);
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).roundId == 0 && receiver.feedState(ETH).roundId == 1, "btc expired, eth landed");
    }

    /// @dev A report signed before a pause (say, during the incident that caused it) cannot land after
    ///      the unpause, however young it still is.
    function test_attack_reportSignedBeforePause_isRefusedAfterUnpause() public {
        (IPriceReceiver.Report memory report, bytes32 r, bytes32 vs) = _sign1(BTC, 50_000e8, uint64(START));
        vm.prank(GUARDIAN);
        router.pause(BTC);
        vm.warp(START + 60);
        router.unpause(BTC);
        vm.prank(ATTACKER);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, BTC, uint64(START), uint64(START + 61)));
        receiver.update(report, r, vs);
        // Through a batch as well (the RESUMED flag sends the record to the slow path).
        bytes memory packed = _pack(_one(BTC, 50_000e8, uint64(START)));
        (bytes32 br, bytes32 bvs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, BTC, uint64(START), uint64(START + 61)));
        receiver.updateBatch(packed, br, bvs);
        // A report observed after the unpause lands and clears the flag (fast path again).
        vm.warp(START + 61);
        _push(BTC, 97_000e8, uint64(START + 61));
        IPriceReceiver.FeedState memory s = receiver.feedState(BTC);
        require(s.roundId == 1 && s.resumedAt == START + 60 && s.answer == 97_000e8, "fresh report lands");
    }

    /// @dev The owner can tighten or loosen the bound; it is rounded down to the table (stricter).
    function test_reportPolicy_roundsDownAndApplies() public {
        router.setReportPolicy(BTC, 3599, 5);
        IPriceReceiver.FeedState memory s = receiver.feedState(BTC);
        require(s.maxReportAge == 2700 && s.historyRounds == 8, "effective policy");
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.InvalidMaxReportAge.selector, uint32(59)));
        router.setReportPolicy(BTC, 59, 0);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.InvalidHistory.selector, uint16(65)));
        router.setReportPolicy(BTC, 3600, 65);
        (IPriceReceiver.Report memory report, bytes32 r, bytes32 vs) = _sign1(BTC, 97_000e8, uint64(START));
        vm.warp(START + 2701);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, BTC, uint64(START), uint64(START + 1)));
        receiver.update(report, r, vs);
    }

    /// @dev The bound holds across a rotation (the router copies it to the new receiver).
    function test_reportPolicy_copiedOnRotation() public {
        router.setReportPolicy(SOL, 300, 0);
        LitOracleReceiver next = new LitOracleReceiver(vm.addr(NEW_KEY), address(router));
        router.proposeReceiver(address(next));
        vm.warp(START + DELAY);
        router.confirmReceiver();
        require(next.feedState(SOL).maxReportAge == 300 && next.feedState(BTC).maxReportAge == 3600, "copied");
    }

    // ------------------------------------------------------------------ item 9: guardian veto

    /// @dev Attack 1: propose a malicious receiver, then replace the guardian before it cancels.
    function test_attack_ownerReplacesGuardianMidRotation_isBlocked() public {
        LitOracleReceiver evil = new LitOracleReceiver(vm.addr(OTHER_KEY), address(router));
        router.proposeReceiver(address(evil));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.RotationPending.selector, address(evil)));
        router.setGuardian(address(this));
        // The guardian in office keeps its veto.
        vm.prank(GUARDIAN);
        router.cancelReceiver();
    }

    /// @dev Attack 2: replace the guardian first, then propose at once: the change only takes effect
    ///      after the rotation delay, and no rotation can be proposed while it is pending.
    function test_attack_ownerReplacesGuardianThenRotates_isDelayed() public {
        router.setGuardian(address(this));
        require(router.guardian() == GUARDIAN, "old guardian still in office");
        IFeedRouter.PendingGuardian memory pending = router.pendingGuardian();
        require(pending.guardian == address(this) && pending.eta == START + DELAY, "pending");
        LitOracleReceiver evil = new LitOracleReceiver(vm.addr(OTHER_KEY), address(router));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.GuardianChangePending.selector, address(this), uint64(START + DELAY)));
        router.proposeReceiver(address(evil));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.GuardianChangeNotReady.selector, uint64(START + DELAY), uint64(START)));
        router.confirmGuardian();
        // During the delay the old guardian can still act (pause: the alarm).
        vm.prank(GUARDIAN);
        router.pause(BTC);
        vm.warp(START + DELAY);
        router.confirmGuardian();
        require(router.guardian() == address(this), "new guardian after the delay");
        // Only now can a rotation be proposed, and it has its own full delay.
        router.proposeReceiver(address(evil));
        require(router.pendingReceiver().eta == START + 2 * DELAY, "rotation delay restarts");
    }

    function test_guardian_changeCanBeCancelled_andIsOwnerOnly() public {
        vm.prank(ATTACKER);
        vm.expectRevert();
        router.setGuardian(ATTACKER);
        router.setGuardian(address(0));
        router.cancelGuardian();
        vm.expectRevert(IFeedRouter.NoPendingGuardian.selector);
        router.confirmGuardian();
        require(router.guardian() == GUARDIAN, "unchanged");
    }

    // ------------------------------------------------------------------ Published log

    /// @dev Every publication logs LOG1(topic = feedId, data = 23 bytes of the word); the fast path
    ///      and the slow path log the same.
    function test_published_logCarriesTheRound() public {
        vm.recordLogs();
        _push(BTC, 97_000e8, uint64(START) - 5);
        bytes memory packed = _pack(_one(BTC, 97_100e8, uint64(START) - 4));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.warp(START + 12);
        receiver.updateBatch(packed, r, vs);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        require(logs.length == 2, "two publications");
        for (uint256 i = 0; i < 2; ++i) {
            require(logs[i].emitter == address(receiver) && logs[i].topics.length == 1 && logs[i].topics[0] == BTC, "topic");
            require(logs[i].data.length == 23, "23 bytes");
            uint256 word = uint256(bytes32(logs[i].data)) >> 72;
            require(int256(int88(uint88(word))) == (i == 0 ? int256(97_000e8) : int256(97_100e8)), "answer");
            require(uint32(word >> 88) == START - 5 + i, "observedAt");
            require(uint32(word >> 120) == (i == 0 ? START : START + 12), "updatedAt");
            require((word >> 152) & 0xfffffff == i + 1, "round");
        }
    }
}

/// @dev The fast path (batch) and the slow path (`update`) agree on expiry for every age and code.
contract ExpiryPathsAgreeTest is OracleFixture {
    function testFuzz_expiry_fastAndSlowPathsAgree(uint8 codeSeed, uint32 ageSeed, bool throughBatch) public {
        uint8 code = codeSeed % 16;
        LitOracleReceiver fresh = new LitOracleReceiver(vm.addr(SIGNER_KEY), address(this));
        fresh.setFeedConfig(BTC, uint32(1), uint32((40 << 24) | 0x7fffff), code, 0, false);
        uint64 age = uint64(ageSeed % 70_000);
        uint64 at = uint64(START) - age;
        uint32 maxAge = fresh.feedState(BTC).maxReportAge;
        bool accepted;
        if (throughBatch) {
            bytes memory packed = _pack(_one(BTC, 5e8, at));
            (bytes32 r, bytes32 vs) = _compact(SIGNER_KEY, fresh.batchDigest(packed));
            try fresh.updateBatch(packed, r, vs) {
                accepted = true;
            } catch (bytes memory reason) {
                require(bytes4(reason) == IPriceReceiver.ExpiredReport.selector, "batch reason");
            }
        } else {
            IPriceReceiver.Report memory report = _report(BTC, 5e8, at);
            (bytes32 r, bytes32 vs) = _compact(SIGNER_KEY, fresh.reportDigest(report));
            try fresh.update(report, r, vs) {
                accepted = true;
            } catch (bytes memory reason) {
                require(bytes4(reason) == IPriceReceiver.ExpiredReport.selector, "update reason");
            }
        }
        require(accepted == (age <= maxAge), "accepted iff within the max age");
        require((fresh.feedState(BTC).roundId == 1) == accepted, "stored iff accepted");
    }
}
