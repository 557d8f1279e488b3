// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IFeedRouter} from "../interfaces/IFeedRouter.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title LitPriceFeed
/// @notice The consumer-facing address of one feed: Chainlink `AggregatorV3Interface`, reading through
///         the router to the receiver of the current (or a requested) phase. Deployed by the router.
contract LitPriceFeed is ILitPriceFeed {
    /// @dev Bits of `roundId` holding the round within a phase (Chainlink proxy layout).
    uint256 private constant PHASE_OFFSET = 64;
    /// @notice Version of this AggregatorV3 implementation.
    uint256 public constant override version = 1;

    IFeedRouter private immutable ROUTER;
    bytes32 private immutable FEED_ID;
    uint8 private immutable DECIMALS;
    string private _description;

    constructor(address router_, bytes32 feedId_, uint8 decimals_, string memory description_) {
        ROUTER = IFeedRouter(router_);
        FEED_ID = feedId_;
        DECIMALS = decimals_;
        _description = description_;
    }

    /// @inheritdoc ILitPriceFeed
    function feedId() external view returns (bytes32) {
        return FEED_ID;
    }

    /// @inheritdoc ILitPriceFeed
    function router() external view returns (address) {
        return address(ROUTER);
    }

    /// @notice Decimals of the answer (fixed).
    function decimals() external view returns (uint8) {
        return DECIMALS;
    }

    /// @notice Human-readable description, e.g. "BTC / USD".
    function description() external view returns (string memory) {
        return _description;
    }

    /// @inheritdoc ILitPriceFeed
    function heartbeat() external view returns (uint32) {
        return ROUTER.feedConfig(FEED_ID).heartbeatSeconds;
    }

    /// @notice The latest round; falls back to the previous phase until the current receiver has
    ///         published this feed. Reverts `NoDataPresent` (nothing yet) or `FeedBreached`.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        (uint16 phaseId, IPriceReceiver.FeedState memory state) = _latest();
        if (state.roundId == 0) revert NoDataPresent(FEED_ID);
        if (state.breached) revert FeedBreached(FEED_ID, state.answer, state.observedAt);
        roundId = _roundId(phaseId, state.roundId);
        return (roundId, state.answer, state.observedAt, state.updatedAt, roundId);
    }

    /// @notice A round of any phase, if it is that phase's latest; else `RoundNotAvailable`.
    function getRoundData(uint80 roundId_)
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        uint256 phase = uint256(roundId_) >> PHASE_OFFSET;
        uint64 inPhase = uint64(roundId_);
        (uint16 latestPhase,) = ROUTER.currentPhase();
        if (inPhase == 0 || phase == 0 || phase > latestPhase) revert RoundNotAvailable(roundId_);
        IPriceReceiver.FeedState memory state = IPriceReceiver(ROUTER.receiverOf(uint16(phase))).feedState(FEED_ID);
        if (state.roundId != inPhase) revert RoundNotAvailable(roundId_);
        if (state.breached) revert FeedBreached(FEED_ID, state.answer, state.observedAt);
        return (roundId_, state.answer, state.observedAt, state.updatedAt, roundId_);
    }

    /// @inheritdoc ILitPriceFeed
    function latestObservation()
        external
        view
        returns (uint80 roundId, int256 answer, uint64 observedAt, uint64 updatedAt, bool paused, bool breached)
    {
        (uint16 phaseId, IPriceReceiver.FeedState memory state) = _latest();
        roundId = state.roundId == 0 ? 0 : _roundId(phaseId, state.roundId);
        return (roundId, state.answer, state.observedAt, state.updatedAt, state.paused, state.breached);
    }

    /// @dev State of the current phase, or of the previous phase while the current one has no round yet.
    function _latest() private view returns (uint16 phaseId, IPriceReceiver.FeedState memory state) {
        address receiver;
        (phaseId, receiver) = ROUTER.currentPhase();
        if (receiver == address(0)) return (phaseId, state);
        state = IPriceReceiver(receiver).feedState(FEED_ID);
        if (state.roundId == 0 && !state.breached && phaseId > 1) {
            IPriceReceiver.FeedState memory previous =
                IPriceReceiver(ROUTER.receiverOf(phaseId - 1)).feedState(FEED_ID);
            if (previous.roundId != 0) {
                // The previous phase's round, with the current phase's pause flag.
                previous.paused = state.paused;
                return (phaseId - 1, previous);
            }
        }
    }

    function _roundId(uint16 phaseId, uint64 inPhase) private pure returns (uint80) {
        return uint80((uint256(phaseId) << PHASE_OFFSET) | inPhase);
    }
}
