// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IFeedRouter} from "../interfaces/IFeedRouter.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {FeedSlotLib} from "../libraries/FeedSlotLib.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {LitOracleRouter} from "../oracle/LitOracleRouter.sol";
import {OracleFixture} from "./OracleFixture.sol";

contract LitOracleRouterTest is OracleFixture {
    uint256 internal constant NEW_KEY = 0xC0FFEE;
    uint64 internal t;
    LitOracleReceiver internal next;

    function setUp() public override {
        super.setUp();
        t = uint64(START) - 100;
        next = new LitOracleReceiver(vm.addr(NEW_KEY), address(router));
    }

    function _pushWith(LitOracleReceiver target, uint256 key, bytes32 feedId, int256 answer, uint64 at) internal {
        IPriceReceiver.Report memory report = _report(feedId, answer, at);
        (bytes32 r, bytes32 vs) = _signReport(target, key, report);
        target.update(report, r, vs);
    }

    // ------------------------------------------------------------------ AggregatorV3

    function test_feed_aggregatorV3Shape() public {
        require(btcFeed.decimals() == 8 && btcFeed.version() == 2 && btcFeed.heartbeat() == 3600, "config");
        require(keccak256(bytes(btcFeed.description())) == keccak256("BTC / USD"), "description");
        require(btcFeed.feedId() == BTC && btcFeed.router() == address(router), "ids");
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.NoDataPresent.selector, BTC));
        btcFeed.latestRoundData();

        _push(BTC, 97_000e8, t);
        vm.warp(START + 30);
        _push(BTC, 97_500e8, t + 20);
        (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound) =
            btcFeed.latestRoundData();
        require(roundId == (uint80(1) << 64) + 2 && answeredInRound == roundId, "round");
        require(answer == 97_500e8 && startedAt == t + 20 && updatedAt == START + 30, "values");
        (uint80 again,,,,) = btcFeed.getRoundData(roundId);
        require(again == roundId, "getRoundData latest");
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.RoundNotAvailable.selector, roundId - 1));
        btcFeed.getRoundData(roundId - 1);
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.RoundNotAvailable.selector, uint80(7) << 64 | 1));
        btcFeed.getRoundData(uint80(7) << 64 | 1);
    }

    // ------------------------------------------------------------------ rotation

    function test_rotation_twoStepWithDelay_oldKeyNotNeeded() public {
        _push(BTC, 97_000e8, t);
        router.proposeReceiver(address(next));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.RotationNotReady.selector, uint64(START + DELAY), uint64(START)));
        router.confirmReceiver();
        vm.warp(START + DELAY);
        router.confirmReceiver();
        (uint16 phase, address current) = router.currentPhase();
        require(phase == 2 && current == address(next), "phase 2");

        // Until the new receiver publishes, consumers keep reading phase 1's last round.
        (uint80 roundId, int256 answer,,,) = btcFeed.latestRoundData();
        require(roundId == (uint80(1) << 64) + 1 && answer == 97_000e8, "fallback to phase 1");

        // The old receiver is closed to writes (even with a valid old-key signature)...
        IPriceReceiver.Report memory late = _report(BTC, 1, t + 1);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, late);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.FeedRetired.selector, BTC));
        receiver.update(late, r, vs);

        // ...and the new key publishes on the new receiver with the copied bounds.
        IPriceReceiver.FeedState memory s = next.feedState(BTC);
        require(s.configured && s.minAnswer <= 1e8 && s.maxAnswer >= 1e15, "config copied");
        _pushWith(next, NEW_KEY, BTC, 98_000e8, uint64(START + DELAY));
        (roundId, answer,,,) = btcFeed.latestRoundData();
        require(roundId == (uint80(2) << 64) + 1 && answer == 98_000e8, "phase 2 round");
        // The last round of phase 1 stays readable and ids keep increasing.
        (, int256 old,,,) = btcFeed.getRoundData((uint80(1) << 64) + 1);
        require(old == 97_000e8, "phase 1 readable");
    }

    function test_rotation_guardianCancels() public {
        router.proposeReceiver(address(next));
        vm.prank(GUARDIAN);
        router.cancelReceiver();
        vm.warp(START + DELAY);
        vm.expectRevert(IFeedRouter.NoPendingReceiver.selector);
        router.confirmReceiver();
    }

    function test_rotation_FailsIf_NotOwnerOrBadReceiver() public {
        vm.prank(GUARDIAN);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, GUARDIAN));
        router.proposeReceiver(address(next));
        LitOracleReceiver foreign = new LitOracleReceiver(vm.addr(NEW_KEY), address(0xdead));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InvalidReceiver.selector, address(foreign)));
        router.proposeReceiver(address(foreign));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InvalidReceiver.selector, address(receiver)));
        router.proposeReceiver(address(receiver));
        router.proposeReceiver(address(next));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.RotationAlreadyPending.selector, address(next)));
        router.proposeReceiver(address(next));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InitialReceiverAlreadySet.selector, address(receiver)));
        router.setInitialReceiver(address(next));
    }

    function test_rotation_FailsIf_DelayOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.RotationDelayOutOfRange.selector, uint32(59), uint32(1 hours), uint32(30 days)));
        new LitOracleRouter(address(this), GUARDIAN, 59);
    }

    function test_rotation_carriesPauseFlags() public {
        vm.prank(GUARDIAN);
        router.pause(SOL);
        router.proposeReceiver(address(next));
        vm.warp(START + DELAY);
        router.confirmReceiver();
        require(next.feedState(SOL).paused && !next.feedState(BTC).paused, "pause carried");
    }

    // ------------------------------------------------------------------ pause / roles / config

    function test_pause_guardianPausesOnlyOwnerUnpauses() public {
        vm.prank(GUARDIAN);
        router.pauseAll();
        require(receiver.feedState(BTC).paused && receiver.feedState(ETH).paused, "all paused");
        vm.prank(GUARDIAN);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, GUARDIAN));
        router.unpause(BTC);
        vm.prank(address(0xBAD));
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.NotGuardianOrOwner.selector, address(0xBAD)));
        router.pause(BTC);
        router.unpause(BTC);
        require(!receiver.feedState(BTC).paused && receiver.feedState(ETH).paused, "btc resumed");
    }

    function test_config_addFeedValidation() public {
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.FeedAlreadyRegistered.selector, BTC));
        router.addFeed(BTC, 8, 60, 1, 2, 3600, 0, "dup");
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InvalidFeedId.selector, bytes32(uint256(1))));
        router.addFeed(bytes32(uint256(1)), 8, 60, 1, 2, 3600, 0, "low");
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InvalidHeartbeat.selector, uint32(0)));
        router.addFeed(bytes32("X/Y"), 8, 0, 1, 2, 3600, 0, "hb");
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.InvalidDecimals.selector, uint8(37), uint8(36)));
        router.addFeed(bytes32("X/Y"), 37, 60, 1, 2, 3600, 0, "dec");
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.InvalidBounds.selector, int256(5), int256(5)));
        router.addFeed(bytes32("X/Y"), 8, 60, 5, 5, 3600, 0, "bounds");
        vm.expectRevert(abi.encodeWithSelector(IFeedRouter.FeedNotRegistered.selector, bytes32("X/Y")));
        router.setHeartbeat(bytes32("X/Y"), 60);
        router.setHeartbeat(BTC, 120);
        require(btcFeed.heartbeat() == 120, "heartbeat");
    }

    function test_config_setBoundsReachesReceiver() public {
        router.setBounds(BTC, 50_000e8, 200_000e8);
        (int256 min, int256 max) = router.bounds(BTC);
        IPriceReceiver.FeedState memory s = receiver.feedState(BTC);
        require(s.minAnswer == min && s.maxAnswer == max && min <= 50_000e8 && max >= 200_000e8, "bounds");
    }

    // ------------------------------------------------------------------ bounds encoding

    /// @dev Encoding rounds outward: the effective bounds contain the requested ones, tightly.
    function testFuzz_bounds_roundOutward(int256 a, int256 b) public pure {
        int256 lo = FeedSlotLib.MIN_STORABLE_ANSWER / 2;
        int256 hi = FeedSlotLib.MAX_STORABLE_ANSWER / 2;
        a = lo + int256(uint256(a) % uint256(hi - lo));
        b = lo + int256(uint256(b) % uint256(hi - lo));
        if (a == b) b = a + 1;
        (int256 min, int256 max) = a < b ? (a, b) : (b, a);
        (uint32 minEnc, uint32 maxEnc) = FeedSlotLib.encodeBounds(min, max);
        int256 effMin = FeedSlotLib.decodeBound(minEnc);
        int256 effMax = FeedSlotLib.decodeBound(maxEnc);
        require(effMin <= min && effMax >= max, "not outward");
        // at most one unit of 2**exponent away, i.e. within 2**-22 relative (or 1 for small values)
        require(min - effMin <= _abs(min) / (1 << 22) + 1, "min too loose");
        require(effMax - max <= _abs(max) / (1 << 22) + 1, "max too loose");
    }

    function _abs(int256 x) private pure returns (int256) {
        return x < 0 ? -x : x;
    }
}
