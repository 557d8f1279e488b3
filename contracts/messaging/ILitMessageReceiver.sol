// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title ILitMessageReceiver
/// @notice The destination side of lit-oracle messaging. A relayer (anyone) submits messages with one
///         PKP signature over the EIP-712 digest of their ids; the messenger checks chain, route, signer,
///         replay, pause and rate cap, then calls each recipient's `handleLitMessage` with exactly the
///         message's `gasLimit` and records the outcome.
///
///         EIP-712 domain {name "LitMessenger", version "1", chainId: block.chainid at verification,
///         verifyingContract: this}. Types (see `MessageLib`):
///           LitMessage(uint8 version,uint64 srcChainId,address srcMessenger,uint64 nonce,address sender,
///                      uint64 dstChainId,address dstMessenger,address recipient,uint32 gasLimit,bytes payload)
///           LitMessageBatch(bytes32[] ids)
///         The message id is hashStruct(LitMessage) (it binds every routing field and the payload hash);
///         a single message is signed as the typed-data digest of its id, a batch as that of the batch.
///
///         Exactly-once: per route (source chain, source messenger) one storage word holds the lowest
///         undelivered nonce `next` and a bitmap of the `NONCE_WINDOW` nonces above it. A nonce below `next`
///         or with its bit set is spent; a nonce `NONCE_WINDOW` or more above `next` waits (`NonceAhead`)
///         until the earlier ones are delivered. A delivered message whose handler reverted counts as spent
///         (its `status` is Failed, retryable by anyone, abandonable by its recipient).
///
///         Roles: the owner configures routes and rotates the signer (propose, then confirm after
///         `ROTATION_DELAY_SECONDS`; the old key plays no part); the guardian (a separate key) pauses routes
///         and cancels a pending rotation; a new guardian takes effect only after the same delay (and the
///         current guardian can cancel that too), so the owner cannot remove the guardian's veto first.
interface ILitMessageReceiver {
    // =============================================================
    //                            STRUCTS
    // =============================================================

    /// @notice A message as delivered to this chain, decoded (`decodeMessage`). On the wire (calldata of
    ///         `deliver`, `deliverBatch`, `retry`, `abandon`) it is packed, 81 header bytes then the payload:
    ///           version (1) | srcChainId (8) | srcMessenger (20) | nonce (8) | sender (20) | recipient (20) |
    ///           gasLimit (4) | payload (rest)
    ///         dstChainId and dstMessenger are this chain and this contract: part of the id, not of the wire.
    struct Message {
        uint8 version;
        uint64 srcChainId;
        address srcMessenger;
        uint64 nonce;
        address sender;
        address recipient;
        uint32 gasLimit;
        bytes payload;
    }

    /// @notice A route's configuration and state, decoded (`routeState`).
    struct RouteState {
        bool configured;
        bool paused;
        /// @dev Lowest undelivered nonce.
        uint64 next;
        /// @dev Bit i set: nonce next + i is delivered (bit 0 is always clear).
        uint256 window;
        /// @dev Messages per rate window (`RATE_WINDOW_SECONDS`).
        uint32 cap;
        /// @dev Messages left in the current rate window (`remaining` of `windowIndex`).
        uint32 remaining;
        uint32 windowIndex;
    }

    /// @notice Outcome of a delivered message (only non-success outcomes are stored).
    enum Status {
        None,
        Failed,
        Retried,
        Abandoned
    }

    /// @notice A proposed signer and the earliest time it can be confirmed.
    struct PendingSigner {
        address signer;
        uint64 eta;
    }

    // =============================================================
    //                            EVENTS
    // =============================================================

    /// @notice The handler reverted (or the recipient has no code); `reason` is its revert data, truncated
    ///         to `MAX_REASON_BYTES`.
    event MessageFailed(bytes32 indexed id, address indexed recipient, bytes reason);
    event MessageRetried(bytes32 indexed id, address indexed by);
    event MessageAbandoned(bytes32 indexed id);
    /// @notice A message of a batch was not delivered and not consumed (`reason` is the error selector of
    ///         the check that failed; the same error `deliver` would revert with).
    event MessageSkipped(bytes32 indexed id, bytes4 reason);
    event RouteSet(bytes32 indexed routeId, uint64 indexed srcChainId, address indexed srcMessenger, uint32 cap);
    event RouteDisabled(bytes32 indexed routeId);
    event RoutePaused(bytes32 indexed routeId, address indexed by);
    event RouteUnpaused(bytes32 indexed routeId);
    event GuardianSet(address indexed previousGuardian, address indexed newGuardian);
    event GuardianProposed(address indexed guardian, uint64 eta);
    event GuardianProposalCancelled(address indexed guardian, address indexed by);
    event SignerProposed(address indexed signer, uint64 eta);
    event SignerProposalCancelled(address indexed signer, address indexed by);
    event SignerRotated(address indexed previousSigner, address indexed signer);

    // =============================================================
    //                            ERRORS
    // =============================================================

    error UnsupportedVersion(uint8 version);
    /// @notice A packed message shorter than its 81-byte header.
    error MalformedMessage(uint256 length);
    error UnknownRoute(uint64 srcChainId, address srcMessenger);
    error RoutePausedError(uint64 srcChainId, address srcMessenger);
    error WrongSigner(address recovered, address expected);
    error InvalidSignature();
    /// @notice s above n/2 (EIP-2): the malleable twin of a valid signature.
    error MalleableSignature(bytes32 s);
    error AlreadyDelivered(bytes32 id, uint64 nonce);
    /// @notice `nonce` is NONCE_WINDOW or more above the route's lowest undelivered nonce `next`.
    error NonceAhead(uint64 nonce, uint64 next);
    error RateCapped(uint64 srcChainId, address srcMessenger, uint32 cap);
    /// @notice Not enough gas left to give the handler exactly `gasLimit` (EIP-150 keeps 1/64 back).
    error NotEnoughGasForHandler(uint256 gasLeft, uint256 gasLimit);
    error EmptyBatch();
    error BatchTooLarge(uint256 length, uint256 max);
    error NotFailed(bytes32 id, Status status);
    error NotRecipient(address caller, address recipient);
    error RetryGasTooLow(uint32 given, uint32 required);
    /// @notice The handler reverted on `retry`; the message stays Failed.
    error RetryFailed(bytes32 id, bytes reason);
    error InvalidCap(uint32 cap);
    error TooManyRoutes(uint256 max);
    error ZeroAddress();
    error NotGuardianOrOwner(address caller);
    error RotationDelayOutOfRange(uint32 given, uint32 min, uint32 max);
    error RateWindowOutOfRange(uint32 given, uint32 min, uint32 max);
    error NoPendingSigner();
    error NoPendingGuardian();
    error RotationAlreadyPending(address pending);
    error RotationNotReady(uint64 eta, uint64 nowTimestamp);
    error RotationPending(address pending);
    error SameSigner(address signer);
    /// @notice The recipient address has no code (recorded as the failure reason).
    error RecipientHasNoCode(address recipient);

    // =============================================================
    //                           DELIVERY
    // =============================================================

    /// @notice Delivers one message signed (as `messageDigest`) by the current signer. Reverts with the
    ///         failing check's error; a reverting handler does not revert this call (status Failed).
    /// @param r,vs The EIP-2098 compact signature.
    function deliver(bytes calldata message, bytes32 r, bytes32 vs) external;

    /// @notice Delivers several messages under one signature over `batchDigest(ids)`. Each message fails on
    ///         its own: a spent, ahead, paused, capped or unknown-route message is skipped
    ///         (`MessageSkipped`), a reverting handler is recorded as Failed; only a bad signature, an
    ///         empty or oversized batch, or too little gas for a handler revert the whole call.
    function deliverBatch(bytes[] calldata messages, bytes32 r, bytes32 vs) external;

    /// @notice Re-runs the handler of a Failed message with `gasLimit` (at least the original). Anyone may
    ///         call. Reverts `RetryFailed` (status unchanged) if the handler reverts again.
    function retry(bytes calldata message, uint32 gasLimit) external;

    /// @notice The recipient gives up a Failed message for good (status Abandoned; never retryable).
    function abandon(bytes calldata message) external;

    // =============================================================
    //                         ROUTES & ROLES
    // =============================================================

    /// @notice Owner: accepts messages from `srcMessenger` on `srcChainId`, at most `cap` per rate window.
    ///         Re-enabling a disabled route keeps its replay state.
    function setRoute(uint64 srcChainId, address srcMessenger, uint32 cap) external;

    /// @notice Owner: stops accepting messages of a route (its replay state is kept).
    function disableRoute(uint64 srcChainId, address srcMessenger) external;

    /// @notice Guardian or owner: pauses a route (messages wait, nothing is consumed).
    function pauseRoute(uint64 srcChainId, address srcMessenger) external;

    /// @notice Guardian or owner: pauses every route.
    function pauseAll() external;

    /// @notice Owner: unpauses a route.
    function unpauseRoute(uint64 srcChainId, address srcMessenger) external;

    /// @notice Owner: proposes a new guardian, effective after `ROTATION_DELAY_SECONDS` (`confirmGuardian`).
    ///         Refused while a signer rotation is pending or another guardian change is pending.
    function proposeGuardian(address guardian) external;

    /// @notice Guardian or owner: cancels the pending guardian change.
    function cancelGuardian() external;

    /// @notice Owner: makes the pending guardian current (after its eta).
    function confirmGuardian() external;

    /// @notice The proposed guardian (in a PendingSigner record: address and eta).
    function pendingGuardian() external view returns (PendingSigner memory);

    /// @notice Owner: proposes `signer` as the next PKP address; confirmable after the delay.
    /// @notice Refused while a guardian change is pending (the current guardian keeps its veto).
    function proposeSigner(address signer) external;

    /// @notice Guardian or owner: cancels the pending proposal.
    function cancelSigner() external;

    /// @notice Owner: makes the pending signer current (after its eta). Messages signed by the previous key
    ///         and not yet delivered must be signed again by the new one (their ids do not change).
    function confirmSigner() external;

    // =============================================================
    //                             VIEWS
    // =============================================================

    function signer() external view returns (address);

    function guardian() external view returns (address);

    function pendingSigner() external view returns (PendingSigner memory);

    function routeId(uint64 srcChainId, address srcMessenger) external pure returns (bytes32);

    function routeState(uint64 srcChainId, address srcMessenger) external view returns (RouteState memory);

    /// @notice Whether `nonce` of the route is spent (delivered, failed, retried or abandoned).
    function isDelivered(uint64 srcChainId, address srcMessenger, uint64 nonce) external view returns (bool);

    /// @notice The stored outcome of a delivered message (None for a success or an unknown id).
    function status(bytes32 id) external view returns (Status);

    /// @notice The id of `message` addressed to this chain and contract.
    function messageId(bytes calldata message) external view returns (bytes32);

    /// @notice Decodes a packed message (reverts `MalformedMessage` if shorter than its header).
    function decodeMessage(bytes calldata message) external pure returns (Message memory);

    /// @notice The EIP-712 digest the signer signs for one message.
    function messageDigest(bytes calldata message) external view returns (bytes32);

    /// @notice The EIP-712 digest the signer signs for a batch of message ids (in delivery order).
    function batchDigest(bytes32[] calldata ids) external view returns (bytes32);
}
