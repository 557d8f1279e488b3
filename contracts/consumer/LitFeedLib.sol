// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title LitFeedLib
/// @notice Reads a lit-oracle feed with the checks integrators forget, in one call:
///         - L2 sequencer up (Chainlink's sequencer uptime feed: answer 0 = up), and up for longer than
///           a grace period (positions could not be defended while it was down);
///         - the feed not paused (a paused feed is frozen on purpose) and not breached (`latestRoundData`
///           reverts `FeedBreached`, propagated);
///         - answer > 0;
///         - fresh: `block.timestamp - updatedAt <= heartbeat + slack`, the heartbeat read from the feed
///           itself (`ILitPriceFeed.heartbeat()`), so a reconfigured heartbeat needs no consumer change.
///         Every failure reverts with evidence. The same checks in TypeScript: sdk/src/reader.ts.
///         Pull mode: `updateAndRead` lands a signed report (the keeper's `/v1/reports/latest` calldata)
///         in the caller's own transaction, then reads with the same checks.
library LitFeedLib {
    /// @notice Checks of a read. `sequencerUptimeFeed` = address(0) on L1 (no sequencer check).
    /// @param heartbeatSlackSeconds Added to the feed's heartbeat (keepers push at least every
    ///        heartbeat; allow for landing time).
    /// @param sequencerUptimeFeed Chainlink L2 sequencer uptime feed, or address(0).
    /// @param sequencerGracePeriodSeconds How long the sequencer must have been up.
    struct Checks {
        uint32 heartbeatSlackSeconds;
        address sequencerUptimeFeed;
        uint32 sequencerGracePeriodSeconds;
    }

    /// @notice The checked result of a read.
    struct Price {
        uint80 roundId;
        uint256 answer;
        uint8 decimals;
        uint256 updatedAt;
    }

    error SequencerDown(address uptimeFeed, int256 status);
    error SequencerGracePeriod(address uptimeFeed, uint256 upSince, uint256 gracePeriodSeconds);
    error FeedIsPaused(address feed);
    error NonPositiveAnswer(address feed, int256 answer);
    error StaleAnswer(address feed, uint256 updatedAt, uint256 maxAgeSeconds, uint256 nowTimestamp);
    /// @notice `updateAndRead` was given calldata that is not `update` / `updateBatch`.
    error NotAnUpdate(bytes4 selector);

    /// @notice Reads `feed` with every check (see the library NatSpec).
    function read(ILitPriceFeed feed, Checks memory checks) internal view returns (Price memory price) {
        if (checks.sequencerUptimeFeed != address(0)) {
            checkSequencer(AggregatorV3Interface(checks.sequencerUptimeFeed), checks.sequencerGracePeriodSeconds);
        }
        (,,,, bool paused,) = feed.latestObservation();
        if (paused) revert FeedIsPaused(address(feed));
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = feed.latestRoundData(); // reverts if breached
        if (answer <= 0) revert NonPositiveAnswer(address(feed), answer);
        uint256 maxAge = uint256(feed.heartbeat()) + checks.heartbeatSlackSeconds;
        if (block.timestamp > updatedAt + maxAge) revert StaleAnswer(address(feed), updatedAt, maxAge, block.timestamp);
        price = Price({roundId: roundId, answer: uint256(answer), decimals: feed.decimals(), updatedAt: updatedAt});
    }

    /// @notice Reverts unless the sequencer is up and has been for more than `gracePeriodSeconds`.
    function checkSequencer(AggregatorV3Interface uptimeFeed, uint256 gracePeriodSeconds) internal view {
        (, int256 status, uint256 startedAt,,) = uptimeFeed.latestRoundData();
        if (status != 0) revert SequencerDown(address(uptimeFeed), status);
        if (block.timestamp - startedAt <= gracePeriodSeconds) {
            revert SequencerGracePeriod(address(uptimeFeed), startedAt, gracePeriodSeconds);
        }
    }

    /// @notice Pull mode: submits `update` (calldata of `update` or `updateBatch` signed for the feed's
    ///         current receiver, e.g. `updates[i].data` of the keeper's `/v1/reports/latest`), then
    ///         reads with every check. A submission that fails (most often `StaleReport`: a report at
    ///         least as new already landed) is ignored: the read's checks decide.
    /// @return price The checked price; `landed` whether the submission succeeded.
    function updateAndRead(ILitPriceFeed feed, bytes memory update, Checks memory checks)
        internal
        returns (Price memory price, bool landed)
    {
        bytes4 selector = update.length >= 4 ? bytes4(update) : bytes4(0);
        if (selector != IPriceReceiver.updateBatch.selector && selector != IPriceReceiver.update.selector) {
            revert NotAnUpdate(selector);
        }
        (landed,) = feed.receiver().call(update);
        price = read(feed, checks);
    }
}
