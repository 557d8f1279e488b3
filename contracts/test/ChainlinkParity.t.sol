// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {AggregatorV2V3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV2V3Interface.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {MockV3Aggregator} from "@chainlink/contracts/src/v0.8/tests/MockV3Aggregator.sol";
import {AaveOracle} from "@aave/core-v3/contracts/misc/AaveOracle.sol";
import {IPoolAddressesProvider} from "@aave/core-v3/contracts/interfaces/IPoolAddressesProvider.sol";
import {IPriceOracleGetter} from "@aave/core-v3/contracts/interfaces/IPriceOracleGetter.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {OracleFixture} from "./OracleFixture.sol";

// Our own minimal versions of four consumer patterns found in production protocols (written from the
// patterns, not copied). Each returns what it decided, so the test can compare decisions and values.

/// @dev Liquity-style: latest round and the round before it, both inside try/catch; the feed is
///      "broken" if either call fails or returns a bad response, "frozen" if older than a timeout.
contract PrevRoundChecker {
    uint256 public constant TIMEOUT = 4 hours;

    struct Decision {
        bool broken;
        bool frozen;
        int256 answer;
        int256 previous;
        uint80 roundId;
    }

    function check(AggregatorV3Interface feed) external view returns (Decision memory d) {
        try feed.latestRoundData() returns (uint80 roundId, int256 answer, uint256, uint256 updatedAt, uint80) {
            if (roundId == 0 || answer <= 0 || updatedAt == 0 || updatedAt > block.timestamp) {
                d.broken = true;
                return d;
            }
            d.roundId = roundId;
            d.answer = answer;
            d.frozen = block.timestamp - updatedAt > TIMEOUT;
            try feed.getRoundData(roundId - 1) returns (uint80 prevId, int256 prev, uint256, uint256 prevAt, uint80) {
                if (prevId == 0 || prev <= 0 || prevAt == 0) d.broken = true;
                d.previous = prev;
            } catch {
                d.broken = true;
            }
        } catch {
            d.broken = true;
        }
    }
}

/// @dev AaveOracle-style: `latestAnswer()` with no try/catch; a non-positive answer means "use the
///      fallback oracle".
contract LatestAnswerReader {
    uint256 public constant FALLBACK_PRICE = 1;

    function price(AggregatorV2V3Interface feed) external view returns (uint256) {
        int256 answer = feed.latestAnswer();
        return answer > 0 ? uint256(answer) : FALLBACK_PRICE;
    }
}

/// @dev The fallback oracle of the real AaveOracle: a fixed price, so a fallback is visible.
contract FixedFallbackOracle is IPriceOracleGetter {
    uint256 public constant PRICE = 7;

    function BASE_CURRENCY() external pure returns (address) {
        return address(0);
    }

    function BASE_CURRENCY_UNIT() external pure returns (uint256) {
        return 1e8;
    }

    function getAssetPrice(address) external pure returns (uint256) {
        return PRICE;
    }
}

/// @dev L2 lending-style: refuses while the sequencer is down or within the grace period after it
///      came back, then reads latestRoundData.
contract SequencerChecker {
    uint256 public constant GRACE_PERIOD = 1 hours;

    error SequencerDown();
    error GracePeriodNotOver();

    function price(AggregatorV3Interface uptime, AggregatorV3Interface feed) external view returns (int256 answer) {
        (, int256 status, uint256 startedAt,,) = uptime.latestRoundData();
        if (status != 0) revert SequencerDown();
        if (block.timestamp - startedAt <= GRACE_PERIOD) revert GracePeriodNotOver();
        (, answer,,,) = feed.latestRoundData();
    }
}

/// @dev The classic staleness check: updatedAt within a heartbeat, answer positive.
contract StalenessChecker {
    error Stale(uint256 updatedAt);
    error BadAnswer(int256 answer);

    function price(AggregatorV3Interface feed, uint256 heartbeat) external view returns (int256 answer, uint256 updatedAt) {
        (, answer,, updatedAt,) = feed.latestRoundData();
        if (answer <= 0) revert BadAnswer(answer);
        if (block.timestamp - updatedAt > heartbeat) revert Stale(updatedAt);
    }
}

/// @dev Issue 10's done-when: the four patterns, and the real AaveOracle of @aave/core-v3 (unmodified),
///      read the same values from LitPriceFeed as from
///      Chainlink reference aggregator (MockV3Aggregator of the chainlink contracts package) fed the same
///      prices at the same times, across several updates, a pause, a stale period and a rotation; a
///      breach is the documented divergence (LitPriceFeed fails closed, Chainlink keeps the old
///      answer because OCR2 refuses the out-of-range transmission).
contract ChainlinkParityTest is OracleFixture {
    uint256 internal constant NEW_KEY = 0xC0FFEE;
    bytes32 internal constant LQ = bytes32("LQTY/USD");

    MockV3Aggregator internal chainlink;
    MockV3Aggregator internal uptime;
    AggregatorV2V3Interface internal lit;
    PrevRoundChecker internal liquity;
    LatestAnswerReader internal aave;
    SequencerChecker internal sequencer;
    StalenessChecker internal staleness;
    uint16 internal phase = 1;
    uint64 internal inPhase;
    uint256 internal now_ = START;
    /// @dev The real AaveOracle of @aave/core-v3 (unmodified, compiled here), one asset on each feed.
    AaveOracle internal aaveOracle;
    address internal constant ASSET_ON_LIT = address(0xA11);
    address internal constant ASSET_ON_CHAINLINK = address(0xC11);

    function setUp() public override {
        super.setUp();
        lit = AggregatorV2V3Interface(router.addFeed(LQ, 8, 3600, 1e6, 1e12, 3600, 4, "LQTY / USD"));
        chainlink = new MockV3Aggregator(8, 1);
        uptime = new MockV3Aggregator(0, 0);
        uptime.updateRoundData(1, 0, START - 2 hours, START - 2 hours); // up for 2 h
        liquity = new PrevRoundChecker();
        aave = new LatestAnswerReader();
        sequencer = new SequencerChecker();
        staleness = new StalenessChecker();
        address[] memory assets = new address[](2);
        address[] memory sources = new address[](2);
        (assets[0], sources[0]) = (ASSET_ON_LIT, address(lit));
        (assets[1], sources[1]) = (ASSET_ON_CHAINLINK, address(chainlink));
        // Aave v3: USD base currency (address 0) with 8 decimals. The provider is only read by the
        // admin setters, which this test never calls.
        aaveOracle = new AaveOracle(
            IPoolAddressesProvider(address(0xAD)), assets, sources, address(new FixedFallbackOracle()), address(0), 1e8
        );
    }

    function _aaveOracle(address asset) internal view returns (bool ok, bytes memory out) {
        try aaveOracle.getAssetPrice(asset) returns (uint256 p) {
            return (true, abi.encode(p));
        } catch (bytes memory reason) {
            return (false, reason);
        }
    }

    /// @dev The same price to both, observed 3 s before it lands.
    function _feed(int256 answer) internal {
        now_ += 60;
        vm.warp(now_);
        (, address current) = router.currentPhase();
        uint256 key = phase == 1 ? SIGNER_KEY : NEW_KEY;
        IPriceReceiver.Report memory report = _report(LQ, answer, uint64(now_ - 3));
        (bytes32 r, bytes32 vs) = _compact(key, LitOracleReceiver(current).reportDigest(report));
        LitOracleReceiver(current).update(report, r, vs);
        inPhase += 1;
        chainlink.updateRoundData(uint80((uint256(phase) << 64) | inPhase), answer, now_, now_ - 3);
    }

    function _same(bytes memory a, bytes memory b, string memory what) internal pure {
        require(keccak256(a) == keccak256(b), what);
    }

    function _liquity(AggregatorV3Interface feed) internal view returns (bytes memory) {
        return abi.encode(liquity.check(feed));
    }

    function _aave(AggregatorV2V3Interface feed) internal view returns (bool ok, bytes memory out) {
        try aave.price(feed) returns (uint256 p) {
            return (true, abi.encode(p));
        } catch (bytes memory reason) {
            return (false, reason);
        }
    }

    function _sequencer(AggregatorV3Interface feed) internal view returns (bytes memory) {
        try sequencer.price(uptime, feed) returns (int256 p) {
            return abi.encode(true, p);
        } catch (bytes memory reason) {
            return abi.encode(false, reason);
        }
    }

    function _staleness(AggregatorV3Interface feed) internal view returns (bytes memory) {
        try staleness.price(feed, 3600) returns (int256 p, uint256 updatedAt) {
            return abi.encode(true, p, updatedAt);
        } catch (bytes memory reason) {
            return abi.encode(false, reason);
        }
    }

    /// @dev Every pattern reads the same from both feeds.
    function _allSame(string memory step) internal view {
        AggregatorV3Interface a = AggregatorV3Interface(address(lit));
        AggregatorV3Interface b = AggregatorV3Interface(address(chainlink));
        _same(_liquity(a), _liquity(b), string.concat(step, ": liquity"));
        (bool okA, bytes memory outA) = _aave(lit);
        (bool okB, bytes memory outB) = _aave(AggregatorV2V3Interface(address(chainlink)));
        require(okA && okB, string.concat(step, ": aave reads"));
        _same(outA, outB, string.concat(step, ": aave"));
        (okA, outA) = _aaveOracle(ASSET_ON_LIT);
        (okB, outB) = _aaveOracle(ASSET_ON_CHAINLINK);
        require(okA && okB, string.concat(step, ": AaveOracle reads"));
        _same(outA, outB, string.concat(step, ": AaveOracle"));
        require(abi.decode(outA, (uint256)) != FixedFallbackOracle(aaveOracle.getFallbackOracle()).PRICE(), step);
        _same(_sequencer(a), _sequencer(b), string.concat(step, ": sequencer"));
        _same(_staleness(a), _staleness(b), string.concat(step, ": staleness"));
        (uint80 idA, int256 ansA, uint256 stA, uint256 upA, uint80 inA) = lit.latestRoundData();
        (uint80 idB, int256 ansB, uint256 stB, uint256 upB, uint80 inB) = chainlink.latestRoundData();
        require(idA == idB && ansA == ansB && stA == stB && upA == upB && inA == inB, string.concat(step, ": round"));
        require(lit.latestAnswer() == chainlink.latestAnswer() && lit.latestRound() == chainlink.latestRound(), step);
        require(lit.latestTimestamp() == chainlink.latestTimestamp(), step);
        require(lit.getAnswer(idA - 1) == chainlink.getAnswer(idB - 1), string.concat(step, ": getAnswer prev"));
    }

    function test_parity_acrossUpdatesPauseStaleBreachAndRotation() public {
        // Several updates.
        _feed(10e8);
        _feed(11e8);
        _allSame("updates");
        _feed(10.5e8);
        _feed(10.7e8);
        _allSame("more updates");
        require(!liquity.check(AggregatorV3Interface(address(lit))).broken, "liquity healthy on lit");

        // Pause: writes stop, reads keep the last round (Chainlink: no new rounds either).
        vm.prank(GUARDIAN);
        router.pause(LQ);
        now_ += 600;
        vm.warp(now_);
        _allSame("paused");

        // Stale period: beyond the heartbeat and Liquity's timeout, both are stale / frozen alike.
        now_ += 5 hours;
        vm.warp(now_);
        _allSame("stale");
        require(liquity.check(AggregatorV3Interface(address(lit))).frozen, "frozen");
        router.unpause(LQ);
        _feed(10.8e8);
        _allSame("unpaused");

        // Sequencer down, then back within the grace period: both refused alike.
        uptime.updateRoundData(2, 1, now_, now_);
        _allSame("sequencer down");
        uptime.updateRoundData(3, 0, now_ + 10, now_ + 10);
        vm.warp(now_ + 20);
        _allSame("sequencer grace");
        uptime.updateRoundData(4, 0, START - 2 hours, START - 2 hours);

        // Breach (the documented divergence): an out-of-bounds report. Chainlink's OCR2 refuses the
        // transmission, so its feed keeps the last answer; LitPriceFeed fails closed at once.
        now_ += 60;
        vm.warp(now_);
        IPriceReceiver.Report memory crash = _report(LQ, 1, uint64(now_ - 3));
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, crash);
        receiver.update(crash, r, vs);
        require(liquity.check(AggregatorV3Interface(address(lit))).broken, "liquity: lit broken (fails closed)");
        require(!liquity.check(AggregatorV3Interface(address(chainlink))).broken, "liquity: chainlink keeps the old answer");
        (bool okLit,) = _aave(lit);
        require(!okLit, "aave: lit reverts FeedBreached");
        // The real AaveOracle has no try/catch around latestAnswer(): on lit it reverts (FeedBreached)
        // instead of falling back; on Chainlink it keeps serving the last answer.
        (bool okOracle, bytes memory why) = _aaveOracle(ASSET_ON_LIT);
        require(!okOracle && bytes4(why) == ILitPriceFeed.FeedBreached.selector, "AaveOracle: lit reverts FeedBreached");
        (okOracle,) = _aaveOracle(ASSET_ON_CHAINLINK);
        require(okOracle, "AaveOracle: chainlink keeps the old answer");
        _feed(10.9e8); // recovery: an in-bounds report
        _allSame("recovered");

        // Rotation: phase 2 (Chainlink: the proxy's next phase). The first round of a phase has no
        // previous round in that phase for either, so Liquity-style checks say broken for both.
        LitOracleReceiver next = new LitOracleReceiver(vm.addr(NEW_KEY), address(router));
        router.proposeReceiver(address(next));
        now_ += DELAY;
        vm.warp(now_);
        router.confirmReceiver();
        phase = 2;
        inPhase = 0;
        _feed(11.1e8);
        AggregatorV3Interface a = AggregatorV3Interface(address(lit));
        AggregatorV3Interface b = AggregatorV3Interface(address(chainlink));
        _same(_liquity(a), _liquity(b), "rotation: liquity");
        require(liquity.check(a).broken, "first round of a phase: no previous in phase");
        _feed(11.2e8);
        _allSame("after rotation");
    }
}
