// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {LitPriceFeed} from "../oracle/LitPriceFeed.sol";
import {OracleFixture} from "./OracleFixture.sol";

/// @dev Round history, the AggregatorV2 readers, and the phase boundary.
contract LitPriceFeedHistoryTest is OracleFixture {
    uint256 internal constant NEW_KEY = 0xC0FFEE;
    bytes32 internal constant HIST = bytes32("HIST/USD");
    LitPriceFeed internal hist;
    uint64 internal at;

    function setUp() public override {
        super.setUp();
        hist = LitPriceFeed(router.addFeed(HIST, 8, 3600, 1, 1e15, 3600, 6, "HIST / USD")); // 6 -> 8 kept
        at = uint64(START) - 100;
    }

    function _round(uint256 inPhase) internal pure returns (uint80) {
        return uint80((uint256(1) << 64) | inPhase);
    }

    function _pushN(bytes32 feedId, uint256 n) internal {
        for (uint256 i = 0; i < n; ++i) {
            ++at;
            _push(feedId, int256(1000 + uint256(at)), at);
        }
    }

    function test_history_servesTheLastNRounds() public {
        require(hist.historyRounds() == 8, "rounded up to 8");
        _pushN(HIST, 20);
        (uint80 latest,,,,) = hist.latestRoundData();
        require(latest == _round(20), "latest");
        for (uint256 k = 0; k < 8; ++k) {
            (uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredIn) = hist.getRoundData(_round(20 - k));
            uint64 observed = uint64(START) - 100 + uint64(20 - k);
            require(id == _round(20 - k) && answeredIn == id, "ids");
            require(answer == int256(1000 + uint256(observed)) && startedAt == observed && updatedAt == START, "values");
            require(hist.getAnswer(id) == answer && hist.getTimestamp(id) == START, "v2 getters");
        }
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.RoundNotAvailable.selector, _round(12)));
        hist.getRoundData(_round(12));
        require(hist.getAnswer(_round(12)) == 0 && hist.getTimestamp(_round(12)) == 0, "gone: 0 as Chainlink");
        require(hist.getAnswer(_round(21)) == 0 && hist.getAnswer(type(uint256).max) == 0, "future / huge: 0");
    }

    /// @dev Liquity's check: latestRound - 1 must be readable.
    function test_history_previousRoundForLiquityStyleChecks() public {
        _pushN(HIST, 2);
        (uint80 latest,,,,) = hist.latestRoundData();
        (, int256 prev,,,) = hist.getRoundData(latest - 1);
        require(prev == int256(1000 + uint256(at) - 1), "prev");
    }

    function test_history_zeroRoundsKeepsOnlyTheLatest() public {
        _pushN(BTC, 3);
        (uint80 latest,,,,) = btcFeed.latestRoundData();
        btcFeed.getRoundData(latest);
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.RoundNotAvailable.selector, latest - 1));
        btcFeed.getRoundData(latest - 1);
    }

    function test_history_acrossAPhaseBoundary() public {
        _pushN(HIST, 10);
        LitOracleReceiver next = new LitOracleReceiver(vm.addr(NEW_KEY), address(router));
        router.proposeReceiver(address(next));
        vm.warp(START + DELAY);
        router.confirmReceiver();
        at = uint64(START + DELAY);
        IPriceReceiver.Report memory report = _report(HIST, 5555, at);
        (bytes32 r, bytes32 vs) = _signReport(next, NEW_KEY, report);
        next.update(report, r, vs);
        (uint80 latest, int256 answer,,,) = hist.latestRoundData();
        require(latest == (uint80(2) << 64 | 1) && answer == 5555, "phase 2");
        // Phase 1's last rounds stay readable by their phase-1 ids.
        for (uint256 k = 3; k <= 10; ++k) {
            (, int256 old,,,) = hist.getRoundData(_round(k));
            require(old == int256(1000 + START - 100 + k), "phase 1 history");
        }
        require(hist.getAnswer(uint80(2) << 64) == 0, "round 0 of phase 2 does not exist");
    }

    function test_v2_readersMatchLatestRoundData() public {
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.NoDataPresent.selector, BTC));
        btcFeed.latestAnswer();
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.NoDataPresent.selector, BTC));
        btcFeed.latestRound();
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.NoDataPresent.selector, BTC));
        btcFeed.latestTimestamp();
        _pushN(BTC, 2);
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = btcFeed.latestRoundData();
        require(btcFeed.latestAnswer() == answer && btcFeed.latestRound() == roundId, "v2 latest");
        require(btcFeed.latestTimestamp() == updatedAt && btcFeed.getAnswer(roundId) == answer, "v2 ts");
        // Breach: the V2 readers revert like latestRoundData; getAnswer of the withheld round is 0.
        ++at;
        _push(BTC, 1, at);
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.FeedBreached.selector, BTC, answer, at));
        btcFeed.latestAnswer();
        require(btcFeed.getAnswer(roundId) == 0, "breached latest round not served by getAnswer");
    }

    /// @dev Issue 10: after a rotation whose first report is out of bounds, the feed is breached, not
    ///      "no data" (it used to fall through to NoDataPresent).
    function test_rotation_firstReportOutOfBounds_isFeedBreached() public {
        _pushN(BTC, 1);
        LitOracleReceiver next = new LitOracleReceiver(vm.addr(NEW_KEY), address(router));
        router.proposeReceiver(address(next));
        vm.warp(START + DELAY);
        router.confirmReceiver();
        IPriceReceiver.Report memory report = _report(BTC, 1, uint64(START + DELAY));
        (bytes32 r, bytes32 vs) = _signReport(next, NEW_KEY, report);
        next.update(report, r, vs);
        vm.expectRevert(abi.encodeWithSelector(ILitPriceFeed.FeedBreached.selector, BTC, int256(0), uint64(START + DELAY)));
        btcFeed.latestRoundData();
    }

    function test_feed_metadata() public view {
        require(btcFeed.version() == 2 && btcFeed.receiver() == address(receiver), "meta");
        require(btcFeed.maxReportAge() == 3600 && btcFeed.historyRounds() == 0, "policy");
    }
}
