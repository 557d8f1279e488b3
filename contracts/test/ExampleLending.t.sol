// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {MockV3Aggregator} from "@chainlink/contracts/src/v0.8/tests/MockV3Aggregator.sol";
import {ExampleLending} from "../consumer/ExampleLending.sol";
import {LitFeedLib} from "../consumer/LitFeedLib.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {OracleFixture} from "./OracleFixture.sol";

/// @dev The consumer kit through the example lending market: every check of LitFeedLib, and pull mode.
contract ExampleLendingTest is OracleFixture {
    address internal constant ALICE = address(0xA11CE0);
    address internal constant BOB = address(0xB0B0);
    ILitPriceFeed internal ethFeed;
    MockV3Aggregator internal uptime;
    ExampleLending internal lending;

    function setUp() public override {
        super.setUp();
        ethFeed = ILitPriceFeed(router.feedConfig(ETH).feed); // 18 decimals, heartbeat 3600
        uptime = new MockV3Aggregator(0, 0);
        uptime.updateRoundData(1, 0, START - 1 days, START - 1 days);
        lending = new ExampleLending(ethFeed, LitFeedLib.Checks(60, address(uptime), 1 hours));
        _push(ETH, 2_000e18, uint64(START) - 10);
        vm.deal(ALICE, 10 ether);
        vm.prank(ALICE);
        lending.deposit{value: 1 ether}();
    }

    function test_borrow_withinLtv_andRefusedAbove() public {
        require(lending.collateralValueUsd(ALICE) == 2_000e8, "1 ETH = 2000 USD");
        vm.prank(ALICE);
        lending.borrow(1_500e8);
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(ExampleLending.Undercollateralized.selector, 1_501e8, 1_500e8));
        lending.borrow(1e8);
    }

    function test_liquidate_afterAPriceDrop() public {
        vm.prank(ALICE);
        lending.borrow(1_500e8);
        vm.expectRevert(abi.encodeWithSelector(ExampleLending.Healthy.selector, 1_500e8, 1_700e8));
        lending.liquidate(ALICE);
        vm.warp(START + 10);
        _push(ETH, 1_700e18, uint64(START + 5));
        vm.prank(BOB);
        lending.liquidate(ALICE);
        require(BOB.balance == 1 ether && lending.debtOf(ALICE) == 0, "seized");
    }

    function test_read_refusesStale() public {
        vm.warp(START + 3600 + 60 + 1); // updatedAt START + heartbeat 3600 + slack 60
        vm.expectRevert(
            abi.encodeWithSelector(LitFeedLib.StaleAnswer.selector, address(ethFeed), START, uint256(3660), START + 3661)
        );
        lending.collateralValueUsd(ALICE);
    }

    function test_read_refusesPausedAndBreached() public {
        vm.prank(GUARDIAN);
        router.pause(ETH);
        vm.expectRevert(abi.encodeWithSelector(LitFeedLib.FeedIsPaused.selector, address(ethFeed)));
        lending.collateralValueUsd(ALICE);
        router.unpause(ETH);
        vm.warp(START + 5);
        _push(ETH, 1, uint64(START + 5)); // below the 1e18 minimum: breach
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.FeedBreached.selector, ETH, int256(2_000e18), uint64(START + 5)));
        lending.collateralValueUsd(ALICE);
    }

    function test_read_refusesSequencerDownAndGracePeriod() public {
        uptime.updateRoundData(2, 1, START, START);
        vm.expectRevert(abi.encodeWithSelector(LitFeedLib.SequencerDown.selector, address(uptime), int256(1)));
        lending.collateralValueUsd(ALICE);
        uptime.updateRoundData(3, 0, START - 10, START - 10);
        vm.expectRevert(abi.encodeWithSelector(LitFeedLib.SequencerGracePeriod.selector, address(uptime), START - 10, uint256(1 hours)));
        lending.collateralValueUsd(ALICE);
    }

    /// @dev Pull mode: a fresh report travels with the borrow and lands in the same transaction; a
    ///      report already landed (stale) is ignored and the read decides.
    function test_pull_borrowWithUpdate_landsTheReportFirst() public {
        vm.warp(START + 4000); // the stored price is stale now
        vm.prank(ALICE);
        vm.expectRevert();
        lending.borrow(100e8);
        bytes memory packed = _pack(_one(ETH, 2_100e18, uint64(START + 3998)));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        bytes memory update = abi.encodeCall(IPriceReceiver.updateBatch, (packed, r, vs));
        vm.prank(ALICE);
        lending.borrowWithUpdate(1_575e8, update); // 75 % of 2100
        require(lending.debtOf(ALICE) == 1_575e8 && receiver.feedState(ETH).answer == 2_100e18, "landed and used");
        // The same calldata again: StaleReport inside, ignored; the price is fresh, the LTV decides.
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(ExampleLending.Undercollateralized.selector, 1_576e8, 1_575e8));
        lending.borrowWithUpdate(1e8, update);
    }

    function test_pull_refusesCalldataThatIsNotAnUpdate() public {
        bytes memory other = abi.encodeCall(IPriceReceiver.closeFeeds, (new bytes32[](0)));
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(LitFeedLib.NotAnUpdate.selector, IPriceReceiver.closeFeeds.selector));
        lending.borrowWithUpdate(1e8, other);
    }
}
