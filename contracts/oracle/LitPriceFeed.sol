// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IFeedRouter} from "../interfaces/IFeedRouter.sol";
import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title LitPriceFeed
/// @notice The consumer-facing address of one feed: Chainlink `AggregatorV2V3Interface`, reading through
///         the router to the receiver of the current (or a requested) phase. Deployed by the router.
contract LitPriceFeed is ILitPriceFeed {
    /// @dev Bits of `roundId` holding the round within a phase (Chainlink proxy layout).
    uint256 private constant PHASE_OFFSET = 64;
    /// @notice Version of this implementation: 2 = round history, the V2 readers, `Published` logs.
    uint256 public constant override version = 2;

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

    /// @inheritdoc ILitPriceFeed
    function receiver() external view returns (address current) {
        (, current) = ROUTER.currentPhase();
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

    /// @inheritdoc ILitPriceFeed
    function maxReportAge() external view returns (uint32) {
        (, address current) = ROUTER.currentPhase();
        return IPriceReceiver(current).feedState(FEED_ID).maxReportAge;
    }

    /// @inheritdoc ILitPriceFeed
    function historyRounds() external view returns (uint16) {
        (, address current) = ROUTER.currentPhase();
        return IPriceReceiver(current).feedState(FEED_ID).historyRounds;
    }

    // =============================================================
    //                        AGGREGATOR V3
    // =============================================================

    /// @notice The latest round; falls back to the previous phase until the current receiver has
    ///         published this feed. Reverts `NoDataPresent` (nothing yet) or `FeedBreached`.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        IPriceReceiver.FeedState memory state;
        (roundId, state) = _latestChecked();
        return (roundId, state.answer, state.observedAt, state.updatedAt, roundId);
    }

    /// @notice A stored round of any phase (each phase's latest and its last `historyRounds`); else
    ///         `RoundNotAvailable`. The latest round of the current phase reverts `FeedBreached` while
    ///         the feed is breached (as `latestRoundData`); past rounds are history and are served.
    function getRoundData(uint80 roundId_)
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        (bool found, int256 value, uint64 observedAt, uint64 publishedAt) = _round(roundId_, true);
        if (!found) revert RoundNotAvailable(roundId_);
        return (roundId_, value, observedAt, publishedAt, roundId_);
    }

    // =============================================================
    //                        AGGREGATOR V2
    // =============================================================

    /// @notice The latest answer; reverts exactly when `latestRoundData` does.
    function latestAnswer() external view returns (int256) {
        (, IPriceReceiver.FeedState memory state) = _latestChecked();
        return state.answer;
    }

    /// @notice The latest round's `updatedAt`; reverts exactly when `latestRoundData` does.
    function latestTimestamp() external view returns (uint256) {
        (, IPriceReceiver.FeedState memory state) = _latestChecked();
        return state.updatedAt;
    }

    /// @notice The latest round id; reverts exactly when `latestRoundData` does.
    function latestRound() external view returns (uint256 roundId) {
        (roundId,) = _latestChecked();
    }

    /// @notice The answer of a stored round, 0 for a round not stored (Chainlink's V2 convention) or
    ///         the breached latest round.
    function getAnswer(uint256 roundId_) external view returns (int256 answer) {
        if (roundId_ > type(uint80).max) return 0;
        (, answer,,) = _round(uint80(roundId_), false);
    }

    /// @notice The `updatedAt` of a stored round, 0 for a round not stored or the breached latest round.
    function getTimestamp(uint256 roundId_) external view returns (uint256 updatedAt) {
        if (roundId_ > type(uint80).max) return 0;
        (,,, updatedAt) = _round(uint80(roundId_), false);
    }

    // =============================================================
    //                          LIT EXTRAS
    // =============================================================

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

    // =============================================================
    //                           INTERNALS
    // =============================================================

    /// @dev The latest round, reverting `FeedBreached` (first: a rotation whose first report is out of
    ///      bounds is a breach, not "no data") or `NoDataPresent`.
    function _latestChecked() private view returns (uint80 roundId, IPriceReceiver.FeedState memory state) {
        uint16 phaseId;
        (phaseId, state) = _latest();
        if (state.breached) revert FeedBreached(FEED_ID, state.answer, state.observedAt);
        if (state.roundId == 0) revert NoDataPresent(FEED_ID);
        roundId = _roundId(phaseId, state.roundId);
    }

    /// @dev State of the current phase, or of the previous phase while the current one has no round
    ///      yet and is not breached.
    function _latest() private view returns (uint16 phaseId, IPriceReceiver.FeedState memory state) {
        address current;
        (phaseId, current) = ROUTER.currentPhase();
        if (current == address(0)) return (phaseId, state);
        state = IPriceReceiver(current).feedState(FEED_ID);
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

    /// @dev A stored round, or found = false. The latest round of a breached phase is not served.
    ///      `revertOnBreach`: revert `FeedBreached` for it instead (getRoundData) of found = false.
    function _round(uint80 roundId_, bool revertOnBreach)
        private
        view
        returns (bool found, int256 answer, uint64 observedAt, uint64 updatedAt)
    {
        uint256 phase = uint256(roundId_) >> PHASE_OFFSET;
        uint64 inPhase = uint64(roundId_);
        (uint16 latestPhase,) = ROUTER.currentPhase();
        if (inPhase == 0 || phase == 0 || phase > latestPhase) return (false, 0, 0, 0);
        IPriceReceiver phaseReceiver = IPriceReceiver(ROUTER.receiverOf(uint16(phase)));
        (found, answer, observedAt, updatedAt) = phaseReceiver.roundData(FEED_ID, inPhase);
        if (!found) return (false, 0, 0, 0);
        IPriceReceiver.FeedState memory state = phaseReceiver.feedState(FEED_ID);
        if (state.breached && state.roundId == inPhase) {
            if (revertOnBreach) revert FeedBreached(FEED_ID, state.answer, state.observedAt);
            return (false, 0, 0, 0);
        }
    }

    function _roundId(uint16 phaseId, uint64 inPhase) private pure returns (uint80) {
        return uint80((uint256(phaseId) << PHASE_OFFSET) | inPhase);
    }
}
