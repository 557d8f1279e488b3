// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IFeedRouter
/// @notice The stable registry of a lit-oracle deployment: the feeds, their configuration, and the
///         sequence of receivers ("phases"). Consumers read feeds (`ILitPriceFeed`) whose answers come
///         from the router's current receiver; earlier phases stay readable (Chainlink proxy model:
///         `roundId = phaseId << 64 | roundInPhase`).
///
///         Roles: the owner (two-step transfer) configures feeds and rotates the receiver; the guardian
///         (a separate key) can pause feeds and cancel a pending rotation, nothing else. The owner
///         cannot take the guardian's veto away: a guardian change is proposed, takes effect only after
///         `ROTATION_DELAY_SECONDS` (`confirmGuardian`), and cannot be proposed while a rotation is
///         pending, nor a rotation while a guardian change is pending. So every rotation is confirmable
///         only after the guardian in office when it was proposed had the whole delay to cancel it.
///
///         Signer rotation without the old key: the owner deploys a receiver for the new signer and
///         proposes it; after `ROTATION_DELAY_SECONDS` the owner confirms. Confirmation copies every
///         feed's bounds and pause flag to the new receiver, makes it the current phase, and retires
///         the old receiver's feeds (closed to writes, last rounds kept readable). The guardian or the
///         owner can cancel a pending proposal at any time before confirmation.
interface IFeedRouter {
    // =============================================================
    //                            STRUCTS
    // =============================================================

    /// @notice Per-feed configuration.
    /// @param feed The consumer-facing `ILitPriceFeed` of this feed.
    /// @param decimals Decimals of the answer (fixed for the feed's life).
    /// @param heartbeatSeconds Longest expected interval between updates (advisory: keepers push at
    ///        least this often; consumers should treat an older `updatedAt` as stale).
    /// @param minBound Encoded lower bound (FeedSlotLib float).
    /// @param maxBound Encoded upper bound (FeedSlotLib float).
    /// @param paused Whether writes are paused.
    /// @param maxAgeCode Max report age as a FeedSlotLib table code (`maxReportAge` decodes it).
    /// @param historyCode Rounds of history as a FeedSlotLib code (`historyRounds` decodes it).
    struct FeedConfig {
        address feed;
        uint8 decimals;
        uint32 heartbeatSeconds;
        uint32 minBound;
        uint32 maxBound;
        bool paused;
        uint8 maxAgeCode;
        uint8 historyCode;
    }

    /// @notice A proposed guardian and the earliest time it can be confirmed.
    struct PendingGuardian {
        address guardian;
        uint64 eta;
    }

    /// @notice A proposed receiver and the earliest time it can be confirmed.
    struct PendingReceiver {
        address receiver;
        uint64 eta;
    }

    // =============================================================
    //                            EVENTS
    // =============================================================

    event GuardianSet(address indexed previousGuardian, address indexed newGuardian);
    event GuardianProposed(address indexed guardian, uint64 eta);
    event GuardianProposalCancelled(address indexed guardian);
    /// @notice Effective values (the table age not above the requested one; history rounded up to a
    ///         power of two).
    event FeedReportPolicySet(bytes32 indexed feedId, uint32 maxReportAgeSeconds, uint16 historyRounds);
    event FeedAdded(bytes32 indexed feedId, address indexed feed, uint8 decimals, uint32 heartbeatSeconds, string description);
    event FeedBoundsSet(
        bytes32 indexed feedId, int256 requestedMin, int256 requestedMax, int256 effectiveMin, int256 effectiveMax
    );
    event FeedHeartbeatSet(bytes32 indexed feedId, uint32 heartbeatSeconds);
    event FeedPausedBy(bytes32 indexed feedId, address indexed by);
    event FeedUnpaused(bytes32 indexed feedId);
    event ReceiverProposed(address indexed receiver, address indexed signer, uint64 eta);
    event ReceiverProposalCancelled(address indexed receiver, address indexed by);
    event ReceiverActivated(uint16 indexed phaseId, address indexed receiver, address indexed signer, address previous);

    // =============================================================
    //                            ERRORS
    // =============================================================

    error NotGuardianOrOwner(address sender);
    error FeedNotRegistered(bytes32 feedId);
    error FeedAlreadyRegistered(bytes32 feedId);
    /// @notice Feed ids are ASCII symbols left-aligned in a bytes32: the first byte must be nonzero.
    error InvalidFeedId(bytes32 feedId);
    error InvalidDecimals(uint8 decimals, uint8 max);
    error InvalidHeartbeat(uint32 heartbeatSeconds);
    error TooManyFeeds(uint256 max);
    error RotationDelayOutOfRange(uint32 given, uint32 min, uint32 max);
    error InitialReceiverAlreadySet(address current);
    error NoReceiver();
    error NoPendingReceiver();
    error RotationNotReady(uint64 eta, uint64 nowTimestamp);
    error RotationAlreadyPending(address pending);
    /// @notice The receiver is not bound to this router, or is already a phase.
    error InvalidReceiver(address receiver);
    error PhaseNotFound(uint16 phaseId);
    error ZeroAddress();
    /// @notice The guardian cannot change while a rotation is pending (it must keep its veto).
    error RotationPending(address receiver);
    /// @notice No rotation may be proposed while a guardian change is pending.
    error GuardianChangePending(address guardian, uint64 eta);
    error NoPendingGuardian();
    error GuardianChangeNotReady(uint64 eta, uint64 nowTimestamp);

    // =============================================================
    //                         OWNER / GUARDIAN
    // =============================================================

    /// @notice Proposes a new guardian (owner only; address(0) disables the role), confirmable after
    ///         `ROTATION_DELAY_SECONDS`. Reverts `RotationPending` while a rotation is pending; a new
    ///         proposal replaces a pending one (and restarts the delay).
    function setGuardian(address guardian) external;

    /// @notice Makes the pending guardian effective once its eta has passed (owner only).
    function confirmGuardian() external;

    /// @notice Withdraws the pending guardian change (owner only).
    function cancelGuardian() external;

    /// @notice Registers a feed, deploys its `ILitPriceFeed` (CREATE2, salt = feedId) and configures
    ///         it on the current receiver (owner only).
    /// @param maxReportAgeSeconds Reports observed longer ago are refused on chain (`ExpiredReport`):
    ///        rounded down to a FeedSlotLib table value (30 s .. 7 d), at least 30.
    /// @param historyRounds Past rounds kept readable by `getRoundData` (0 = only each phase's latest,
    ///        the cheapest update; else rounded up to a power of two, at most 64).
    /// @return feed The consumer-facing feed address.
    function addFeed(
        bytes32 feedId,
        uint8 decimals,
        uint32 heartbeatSeconds,
        int256 minAnswer,
        int256 maxAnswer,
        uint32 maxReportAgeSeconds,
        uint16 historyRounds,
        string calldata description
    ) external returns (address feed);

    /// @notice Sets a feed's max report age and history length (owner only; see `addFeed`).
    function setReportPolicy(bytes32 feedId, uint32 maxReportAgeSeconds, uint16 historyRounds) external;

    /// @notice Sets a feed's bounds (rounded outward, see FeedSlotLib) on the current receiver (owner only).
    function setBounds(bytes32 feedId, int256 minAnswer, int256 maxAnswer) external;

    /// @notice Sets a feed's advisory heartbeat (owner only).
    function setHeartbeat(bytes32 feedId, uint32 heartbeatSeconds) external;

    /// @notice Pauses writes to a feed (guardian or owner).
    function pause(bytes32 feedId) external;

    /// @notice Pauses writes to every feed (guardian or owner).
    function pauseAll() external;

    /// @notice Resumes writes to a feed (owner only).
    function unpause(bytes32 feedId) external;

    /// @notice Activates the first receiver without delay (owner only, once).
    function setInitialReceiver(address receiver) external;

    /// @notice Proposes a new receiver (new signer); confirmable after the rotation delay (owner only).
    function proposeReceiver(address receiver) external;

    /// @notice Cancels the pending proposal (guardian or owner).
    function cancelReceiver() external;

    /// @notice Activates the pending receiver once its eta has passed (owner only).
    function confirmReceiver() external;

    // =============================================================
    //                            VIEWS
    // =============================================================

    /// @notice Minimum seconds between a proposal and its confirmation.
    function ROTATION_DELAY_SECONDS() external view returns (uint32);

    function guardian() external view returns (address);

    function pendingGuardian() external view returns (PendingGuardian memory);

    /// @notice The current phase and its receiver (phase 0 / address(0) before the first receiver).
    function currentPhase() external view returns (uint16 phaseId, address receiver);

    /// @notice The receiver of a phase (reverts `PhaseNotFound` for an unknown phase).
    function receiverOf(uint16 phaseId) external view returns (address);

    function pendingReceiver() external view returns (PendingReceiver memory);

    /// @notice A feed's configuration (reverts `FeedNotRegistered`).
    function feedConfig(bytes32 feedId) external view returns (FeedConfig memory);

    /// @notice Effective (decoded) bounds of a feed.
    function bounds(bytes32 feedId) external view returns (int256 minAnswer, int256 maxAnswer);

    /// @notice All registered feed ids, in registration order.
    function feedIds() external view returns (bytes32[] memory);
}
