// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {AggregatorV2V3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV2V3Interface.sol";

/// @title ILitPriceFeed
/// @notice One feed at its own address, natively Chainlink `AggregatorV2V3Interface`:
///         - `roundId = phaseId << 64 | roundInPhase` (Chainlink proxy layout), strictly increasing,
///           `answeredInRound == roundId`;
///         - `startedAt` = the signed observation time (`observedAt`), `updatedAt` = the block time at
///           which the round was published (like OCR2's observationsTimestamp / transmission time). The
///           receiver refuses reports older than the feed's max report age, so `updatedAt - startedAt`
///           never exceeds it (`maxReportAge()`); staleness checks on `updatedAt` are sound up to it;
///         - `getRoundData` serves the latest round of every phase and, per phase, the feed's last
///           `historyRounds()` rounds; other rounds revert `RoundNotAvailable`.
///         When the newest signed report was outside the feed's bounds, `latestRoundData` (and the V2
///         `latest*` readers) revert `FeedBreached` until an in-bounds report lands: a consumer never
///         gets a silently frozen answer (the LUNA failure); `latestObservation` never reverts.
///
///         Divergences from Chainlink's aggregators (all fail closed; docs/integrate.md):
///         - no data yet: `latestRoundData`, `latestAnswer`, `latestTimestamp`, `latestRound` revert
///           `NoDataPresent` (Chainlink returns zeros);
///         - breached: the same four revert `FeedBreached` (Chainlink keeps serving the last answer);
///         - `getRoundData` of a round not stored reverts `RoundNotAvailable` (as OCR2's "No data
///           present"), while `getAnswer` / `getTimestamp` return 0 for it (Chainlink's V2 convention).
///         The V2 events (`AnswerUpdated`, `NewRound`) are declared by the interface but not emitted
///         here: every publication is logged by the receiver (`IPriceReceiver.Published`).
interface ILitPriceFeed is AggregatorV2V3Interface {
    /// @notice No round published yet for this feed.
    error NoDataPresent(bytes32 feedId);

    /// @notice The requested round is not stored (each phase's latest and last `historyRounds` are).
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

    /// @notice The current receiver (the contract that takes this feed's signed reports).
    function receiver() external view returns (address);

    /// @notice The advisory heartbeat from the router's configuration, in seconds.
    function heartbeat() external view returns (uint32);

    /// @notice The effective max report age on the current receiver, in seconds.
    function maxReportAge() external view returns (uint32);

    /// @notice Past rounds kept per phase on the current receiver (0 = the latest only).
    function historyRounds() external view returns (uint16);
}
