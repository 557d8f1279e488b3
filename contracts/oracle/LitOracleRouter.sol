// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IFeedRouter} from "../interfaces/IFeedRouter.sol";
import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {FeedSlotLib} from "../libraries/FeedSlotLib.sol";
import {LitPriceFeed} from "./LitPriceFeed.sol";

/// @title LitOracleRouter
/// @notice Feeds, their configuration, the guardian, and the receiver phases. Not on the write path:
///         keepers send reports straight to the current receiver.
contract LitOracleRouter is IFeedRouter, Ownable2Step {
    // =============================================================
    //                           CONSTANTS
    // =============================================================

    /// @notice Shortest allowed rotation delay: 1 hour (time for the guardian to notice and cancel).
    uint32 public constant MIN_ROTATION_DELAY_SECONDS = 1 hours;
    /// @notice Longest allowed rotation delay: 30 days.
    uint32 public constant MAX_ROTATION_DELAY_SECONDS = 30 days;
    /// @notice Most feeds per router: bounds the configuration copy done by `confirmReceiver`
    ///         (about 30k gas per feed: 256 feeds are about 7.7M gas, a quarter of a 30M block).
    uint256 public constant MAX_FEEDS = 256;
    /// @notice Most decimals a feed may declare.
    uint8 public constant MAX_DECIMALS = 36;

    // =============================================================
    //                       IMMUTABLES & STORAGE
    // =============================================================

    /// @inheritdoc IFeedRouter
    uint32 public immutable ROTATION_DELAY_SECONDS;

    /// @inheritdoc IFeedRouter
    address public guardian;

    /// @dev phase id - 1 => receiver.
    address[] private _phases;
    PendingReceiver private _pending;
    PendingGuardian private _pendingGuardian;
    bytes32[] private _feedIds;
    mapping(bytes32 feedId => FeedConfig) private _configs;

    constructor(address owner_, address guardian_, uint32 rotationDelaySeconds) Ownable(owner_) {
        if (rotationDelaySeconds < MIN_ROTATION_DELAY_SECONDS || rotationDelaySeconds > MAX_ROTATION_DELAY_SECONDS) {
            revert RotationDelayOutOfRange(rotationDelaySeconds, MIN_ROTATION_DELAY_SECONDS, MAX_ROTATION_DELAY_SECONDS);
        }
        ROTATION_DELAY_SECONDS = rotationDelaySeconds;
        guardian = guardian_;
        emit GuardianSet(address(0), guardian_);
    }

    // =============================================================
    //                          MODIFIERS
    // =============================================================

    modifier onlyGuardianOrOwner() {
        if (msg.sender != guardian && msg.sender != owner()) revert NotGuardianOrOwner(msg.sender);
        _;
    }

    // =============================================================
    //                        FEED CONFIGURATION
    // =============================================================

    /// @inheritdoc IFeedRouter
    function setGuardian(address guardian_) external onlyOwner {
        if (_pending.receiver != address(0)) revert RotationPending(_pending.receiver);
        uint64 eta = uint64(block.timestamp) + ROTATION_DELAY_SECONDS;
        _pendingGuardian = PendingGuardian(guardian_, eta);
        emit GuardianProposed(guardian_, eta);
    }

    /// @inheritdoc IFeedRouter
    function confirmGuardian() external onlyOwner {
        PendingGuardian memory pending = _pendingGuardian;
        if (pending.eta == 0) revert NoPendingGuardian();
        if (block.timestamp < pending.eta) revert GuardianChangeNotReady(pending.eta, uint64(block.timestamp));
        delete _pendingGuardian;
        emit GuardianSet(guardian, pending.guardian);
        guardian = pending.guardian;
    }

    /// @inheritdoc IFeedRouter
    function cancelGuardian() external onlyOwner {
        PendingGuardian memory pending = _pendingGuardian;
        if (pending.eta == 0) revert NoPendingGuardian();
        delete _pendingGuardian;
        emit GuardianProposalCancelled(pending.guardian);
    }

    /// @inheritdoc IFeedRouter
    function addFeed(
        bytes32 feedId,
        uint8 decimals,
        uint32 heartbeatSeconds,
        int256 minAnswer,
        int256 maxAnswer,
        uint32 maxReportAgeSeconds,
        uint16 historyRounds,
        string calldata description
    ) external onlyOwner returns (address feed) {
        // The first byte must be nonzero: receivers store a feed at storage slot `feedId`, which then
        // can never meet Solidity's own low slots.
        if (uint256(feedId) >> 248 == 0) revert InvalidFeedId(feedId);
        if (_configs[feedId].feed != address(0)) revert FeedAlreadyRegistered(feedId);
        if (_feedIds.length >= MAX_FEEDS) revert TooManyFeeds(MAX_FEEDS);
        if (decimals > MAX_DECIMALS) revert InvalidDecimals(decimals, MAX_DECIMALS);
        if (heartbeatSeconds == 0) revert InvalidHeartbeat(heartbeatSeconds);
        (uint32 minBound, uint32 maxBound) = FeedSlotLib.encodeBounds(minAnswer, maxAnswer);
        uint8 maxAgeCode = FeedSlotLib.encodeMaxAge(maxReportAgeSeconds);
        uint8 historyCode = FeedSlotLib.encodeHistory(historyRounds);

        feed = address(new LitPriceFeed{salt: feedId}(address(this), feedId, decimals, description));
        _feedIds.push(feedId);
        _configs[feedId] = FeedConfig({
            feed: feed,
            decimals: decimals,
            heartbeatSeconds: heartbeatSeconds,
            minBound: minBound,
            maxBound: maxBound,
            paused: false,
            maxAgeCode: maxAgeCode,
            historyCode: historyCode
        });
        emit FeedAdded(feedId, feed, decimals, heartbeatSeconds, description);
        emit FeedBoundsSet(
            feedId, minAnswer, maxAnswer, FeedSlotLib.decodeBound(minBound), FeedSlotLib.decodeBound(maxBound)
        );
        emit FeedReportPolicySet(feedId, FeedSlotLib.maxAgeSeconds(maxAgeCode), FeedSlotLib.historyRounds(historyCode));
        _pushConfig(feedId);
    }

    /// @inheritdoc IFeedRouter
    function setReportPolicy(bytes32 feedId, uint32 maxReportAgeSeconds, uint16 historyRounds) external onlyOwner {
        FeedConfig storage config = _config(feedId);
        config.maxAgeCode = FeedSlotLib.encodeMaxAge(maxReportAgeSeconds);
        config.historyCode = FeedSlotLib.encodeHistory(historyRounds);
        emit FeedReportPolicySet(
            feedId, FeedSlotLib.maxAgeSeconds(config.maxAgeCode), FeedSlotLib.historyRounds(config.historyCode)
        );
        _pushConfig(feedId);
    }

    /// @inheritdoc IFeedRouter
    function setBounds(bytes32 feedId, int256 minAnswer, int256 maxAnswer) external onlyOwner {
        FeedConfig storage config = _config(feedId);
        (uint32 minBound, uint32 maxBound) = FeedSlotLib.encodeBounds(minAnswer, maxAnswer);
        config.minBound = minBound;
        config.maxBound = maxBound;
        emit FeedBoundsSet(
            feedId, minAnswer, maxAnswer, FeedSlotLib.decodeBound(minBound), FeedSlotLib.decodeBound(maxBound)
        );
        _pushConfig(feedId);
    }

    /// @inheritdoc IFeedRouter
    function setHeartbeat(bytes32 feedId, uint32 heartbeatSeconds) external onlyOwner {
        if (heartbeatSeconds == 0) revert InvalidHeartbeat(heartbeatSeconds);
        _config(feedId).heartbeatSeconds = heartbeatSeconds;
        emit FeedHeartbeatSet(feedId, heartbeatSeconds);
    }

    /// @inheritdoc IFeedRouter
    function pause(bytes32 feedId) external onlyGuardianOrOwner {
        _setPaused(feedId, true);
    }

    /// @inheritdoc IFeedRouter
    function pauseAll() external onlyGuardianOrOwner {
        for (uint256 i = 0; i < _feedIds.length; ++i) {
            if (!_configs[_feedIds[i]].paused) _setPaused(_feedIds[i], true);
        }
    }

    /// @inheritdoc IFeedRouter
    function unpause(bytes32 feedId) external onlyOwner {
        _setPaused(feedId, false);
    }

    // =============================================================
    //                        RECEIVER ROTATION
    // =============================================================

    /// @inheritdoc IFeedRouter
    function setInitialReceiver(address receiver) external onlyOwner {
        if (_phases.length != 0) revert InitialReceiverAlreadySet(_phases[_phases.length - 1]);
        _activate(receiver);
    }

    /// @inheritdoc IFeedRouter
    function proposeReceiver(address receiver) external onlyOwner {
        if (_phases.length == 0) revert NoReceiver();
        if (_pending.receiver != address(0)) revert RotationAlreadyPending(_pending.receiver);
        if (_pendingGuardian.eta != 0) revert GuardianChangePending(_pendingGuardian.guardian, _pendingGuardian.eta);
        _checkReceiver(receiver);
        uint64 eta = uint64(block.timestamp) + ROTATION_DELAY_SECONDS;
        _pending = PendingReceiver(receiver, eta);
        emit ReceiverProposed(receiver, IPriceReceiver(receiver).SIGNER(), eta);
    }

    /// @inheritdoc IFeedRouter
    function cancelReceiver() external onlyGuardianOrOwner {
        address receiver = _pending.receiver;
        if (receiver == address(0)) revert NoPendingReceiver();
        delete _pending;
        emit ReceiverProposalCancelled(receiver, msg.sender);
    }

    /// @inheritdoc IFeedRouter
    function confirmReceiver() external onlyOwner {
        PendingReceiver memory pending = _pending;
        if (pending.receiver == address(0)) revert NoPendingReceiver();
        if (block.timestamp < pending.eta) revert RotationNotReady(pending.eta, uint64(block.timestamp));
        delete _pending;
        address previous = _phases[_phases.length - 1];
        _activate(pending.receiver);
        // INTERACTIONS: close the old phase to writes (its last rounds stay readable).
        IPriceReceiver(previous).closeFeeds(_feedIds);
    }

    // =============================================================
    //                             VIEWS
    // =============================================================

    /// @inheritdoc IFeedRouter
    function currentPhase() external view returns (uint16 phaseId, address receiver) {
        phaseId = uint16(_phases.length);
        if (phaseId != 0) receiver = _phases[phaseId - 1];
    }

    /// @inheritdoc IFeedRouter
    function receiverOf(uint16 phaseId) external view returns (address) {
        if (phaseId == 0 || phaseId > _phases.length) revert PhaseNotFound(phaseId);
        return _phases[phaseId - 1];
    }

    /// @inheritdoc IFeedRouter
    function pendingReceiver() external view returns (PendingReceiver memory) {
        return _pending;
    }

    /// @inheritdoc IFeedRouter
    function pendingGuardian() external view returns (PendingGuardian memory) {
        return _pendingGuardian;
    }

    /// @inheritdoc IFeedRouter
    function feedConfig(bytes32 feedId) external view returns (FeedConfig memory) {
        return _config(feedId);
    }

    /// @inheritdoc IFeedRouter
    function bounds(bytes32 feedId) external view returns (int256 minAnswer, int256 maxAnswer) {
        FeedConfig storage config = _config(feedId);
        return (FeedSlotLib.decodeBound(config.minBound), FeedSlotLib.decodeBound(config.maxBound));
    }

    /// @inheritdoc IFeedRouter
    function feedIds() external view returns (bytes32[] memory) {
        return _feedIds;
    }

    // =============================================================
    //                           INTERNALS
    // =============================================================

    function _config(bytes32 feedId) private view returns (FeedConfig storage config) {
        config = _configs[feedId];
        if (config.feed == address(0)) revert FeedNotRegistered(feedId);
    }

    function _setPaused(bytes32 feedId, bool paused) private {
        _config(feedId).paused = paused;
        if (paused) emit FeedPausedBy(feedId, msg.sender);
        else emit FeedUnpaused(feedId);
        if (_phases.length != 0) IPriceReceiver(_phases[_phases.length - 1]).setPaused(feedId, paused);
    }

    /// @dev Writes a feed's bounds and pause flag to the current receiver (if any).
    function _pushConfig(bytes32 feedId) private {
        if (_phases.length == 0) return;
        FeedConfig storage config = _configs[feedId];
        IPriceReceiver(_phases[_phases.length - 1]).setFeedConfig(
            feedId, config.minBound, config.maxBound, config.maxAgeCode, config.historyCode, config.paused
        );
    }

    function _checkReceiver(address receiver) private view {
        if (receiver == address(0)) revert ZeroAddress();
        if (receiver.code.length == 0 || IPriceReceiver(receiver).ROUTER() != address(this)) {
            revert InvalidReceiver(receiver);
        }
        for (uint256 i = 0; i < _phases.length; ++i) {
            if (_phases[i] == receiver) revert InvalidReceiver(receiver);
        }
    }

    /// @dev Appends `receiver` as the newest phase and copies every feed's configuration to it.
    function _activate(address receiver) private {
        _checkReceiver(receiver);
        address previous = _phases.length == 0 ? address(0) : _phases[_phases.length - 1];
        _phases.push(receiver);
        emit ReceiverActivated(uint16(_phases.length), receiver, IPriceReceiver(receiver).SIGNER(), previous);
        for (uint256 i = 0; i < _feedIds.length; ++i) {
            _pushConfig(_feedIds[i]);
        }
    }
}
