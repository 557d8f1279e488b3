// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

/// @title ILitPriceFeed
/// @notice One feed at its own address, natively Chainlink `AggregatorV3Interface`:
///         - `roundId = phaseId << 64 | roundInPhase` (Chainlink proxy layout), strictly increasing,
///           `answeredInRound == roundId`;
///         - `startedAt` = the signed observation time (`observedAt`), `updatedAt` = the block time at
///           which the round was published (like OCR2's observationsTimestamp / transmission time);
///         - `getRoundData` serves the latest round of every phase; other rounds revert
///           `RoundNotAvailable` (one storage word per feed: no per-round history on chain).
///         When the newest signed report was outside the feed's bounds, `latestRoundData` and
///         `getRoundData` revert `FeedBreached` until an in-bounds report lands: a consumer never gets a
///         silently frozen answer (the LUNA failure); `latestObservation` never reverts.
interface ILitPriceFeed is AggregatorV3Interface {
    /// @notice No round published yet for this feed.
    error NoDataPresent(bytes32 feedId);

    /// @notice The requested round is not stored (only each phase's latest round is).
    error RoundNotAvailable(uint80 roundId);

    /// @notice The newest signed report was outside the bounds; the last in-bounds answer is withheld.
    error FeedBreached(bytes32 feedId, int256 lastAnswer, uint64 breachObservedAt);

    /// @notice The raw latest state, never reverting (for consumers that handle flags themselves).
    /// @return roundId As in latestRoundData (0 if nothing published).
    /// @return answer The last published answer.
    /// @return observedAt Newest accepted observation time (a breach advances it).
    /// @return updatedAt Block time of the last publication.
    /// @return paused Writes paused by the guardian/owner.
    /// @return breached The newest report was out of bounds.
    function latestObservation()
        external
        view
        returns (uint80 roundId, int256 answer, uint64 observedAt, uint64 updatedAt, bool paused, bool breached);

    /// @notice The feed id (ASCII symbol left-aligned in a bytes32).
    function feedId() external view returns (bytes32);

    /// @notice The router this feed reads through.
    function router() external view returns (address);

    /// @notice The advisory heartbeat from the router's configuration, in seconds.
    function heartbeat() external view returns (uint32);
}
