// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MessageLib} from "../libraries/MessageLib.sol";
import {RouteWordLib} from "../libraries/RouteWordLib.sol";
import {ILitMessageReceiver} from "./ILitMessageReceiver.sol";
import {ILitMessageRecipient} from "./ILitMessageRecipient.sol";
import {ILitMessenger} from "./ILitMessenger.sol";

/// @title LitMessenger
/// @notice One per chain: the source (`ILitMessenger`) and the destination (`ILitMessageReceiver`) of
///         lit-oracle messages. The signer is a PKP bound to the relay action's CID.
/// @dev    Hot path of a delivery: one signature recovery, one storage word (the route word, stored under
///         keccak(srcChainId, srcMessenger, recovered signer): a signature by anyone but the current signer
///         finds an empty word, so the signer itself is never read), one call to the handler.
///         Rotation re-keys every route word to the new signer.
contract LitMessenger is ILitMessenger, ILitMessageReceiver, EIP712, Ownable2Step {
    using RouteWordLib for uint256;
    using MessageLib for bytes;

    // =============================================================
    //                           CONSTANTS
    // =============================================================

    /// @notice Destination gas of a delivery beyond the handler's `gasLimit`, charged by `quote`.
    uint256 public constant DELIVERY_OVERHEAD_GAS = 40_000;
    /// @notice Largest payload, bytes.
    uint256 public constant MAX_PAYLOAD_BYTES = 10_000;
    /// @notice Most messages in one `deliverBatch`.
    uint256 public constant MAX_BATCH = 64;
    /// @notice Most routes a destination accepts (bounds rotation and `pauseAll`).
    uint256 public constant MAX_ROUTES = 64;
    /// @notice Bytes of a handler's revert data kept in `MessageFailed` (the rest is never copied).
    uint256 public constant MAX_REASON_BYTES = 256;
    /// @notice Gas kept back for the instructions between the gas check and the CALL (they cost well under
    ///         this): the check errs on the side of requiring more gas, never of forwarding less.
    uint256 public constant CALL_RESERVE_GAS = 1_000;
    uint32 public constant MIN_ROTATION_DELAY_SECONDS = 1 hours;
    uint32 public constant MAX_ROTATION_DELAY_SECONDS = 30 days;
    uint32 public constant MIN_RATE_WINDOW_SECONDS = 1 minutes;
    uint32 public constant MAX_RATE_WINDOW_SECONDS = 7 days;
    /// @dev secp256k1 group order / 2: the largest s accepted (EIP-2).
    uint256 private constant HALF_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // =============================================================
    //                       IMMUTABLES & STORAGE
    // =============================================================

    uint32 public immutable ROTATION_DELAY_SECONDS;
    /// @notice Length of a rate window: a route admits at most its cap of messages per window.
    uint32 public immutable RATE_WINDOW_SECONDS;

    /// @inheritdoc ILitMessageReceiver
    address public signer;
    /// @inheritdoc ILitMessageReceiver
    address public guardian;
    PendingSigner private _pending;
    PendingSigner private _pendingGuardian;

    /// @dev Source side.
    mapping(uint64 dstChainId => OutboundLane) private _outbound;
    mapping(uint64 dstChainId => FeeConfig) private _fees;

    /// @dev Destination side: route word (RouteWordLib) by keccak(srcChainId, srcMessenger, signer).
    mapping(bytes32 key => uint256 word) private _words;
    /// @dev Rate cap per route id (read when a rate window rolls over); nonzero for a listed route.
    mapping(bytes32 routeId => uint32 cap) private _caps;
    /// @dev Every route ever configured (rotation re-keys each, `pauseAll` pauses each).
    Route[] private _routes;
    mapping(bytes32 id => Status) private _status;

    struct Route {
        uint64 srcChainId;
        address srcMessenger;
    }

    /// @param owner_ Configures lanes, routes, fees and the signer (two-step transfer).
    /// @param guardian_ Pauses routes and cancels rotations.
    /// @param signer_ The PKP's Ethereum address.
    constructor(address owner_, address guardian_, address signer_, uint32 rotationDelaySeconds, uint32 rateWindowSeconds)
        EIP712("LitMessenger", "1")
        Ownable(owner_)
    {
        if (signer_ == address(0) || guardian_ == address(0)) revert ZeroAddress();
        if (rotationDelaySeconds < MIN_ROTATION_DELAY_SECONDS || rotationDelaySeconds > MAX_ROTATION_DELAY_SECONDS) {
            revert RotationDelayOutOfRange(rotationDelaySeconds, MIN_ROTATION_DELAY_SECONDS, MAX_ROTATION_DELAY_SECONDS);
        }
        if (rateWindowSeconds < MIN_RATE_WINDOW_SECONDS || rateWindowSeconds > MAX_RATE_WINDOW_SECONDS) {
            revert RateWindowOutOfRange(rateWindowSeconds, MIN_RATE_WINDOW_SECONDS, MAX_RATE_WINDOW_SECONDS);
        }
        ROTATION_DELAY_SECONDS = rotationDelaySeconds;
        RATE_WINDOW_SECONDS = rateWindowSeconds;
        signer = signer_;
        guardian = guardian_;
        emit GuardianSet(address(0), guardian_);
        emit SignerRotated(address(0), signer_);
    }

    modifier onlyGuardianOrOwner() {
        if (msg.sender != guardian && msg.sender != owner()) revert NotGuardianOrOwner(msg.sender);
        _;
    }

    // =============================================================
    //                            SOURCE
    // =============================================================

    /// @inheritdoc ILitMessenger
    function sendMessage(uint64 dstChainId, address recipient, bytes calldata payload, uint32 gasLimit)
        external
        payable
        returns (bytes32 id, uint64 nonce)
    {
        OutboundLane storage lane = _outbound[dstChainId];
        address dstMessenger = lane.dstMessenger;
        if (dstMessenger == address(0)) revert UnknownDestination(dstChainId);
        if (recipient == address(0)) revert ZeroRecipient();
        uint32 maxGasLimit = lane.maxGasLimit;
        if (gasLimit == 0 || gasLimit > maxGasLimit) revert GasLimitOutOfRange(gasLimit, 1, maxGasLimit);
        if (payload.length > MAX_PAYLOAD_BYTES) revert PayloadTooLarge(payload.length, MAX_PAYLOAD_BYTES);
        uint256 fee = _quote(dstChainId, payload.length, gasLimit);
        if (msg.value < fee) revert InsufficientFee(msg.value, fee);

        nonce = lane.nextNonce;
        lane.nextNonce = nonce + 1;
        id = MessageLib.hashMessage(
            MessageLib.VERSION,
            uint64(block.chainid),
            address(this),
            nonce,
            msg.sender,
            dstChainId,
            dstMessenger,
            recipient,
            gasLimit,
            keccak256(payload)
        );
        emit MessageSent(id, dstChainId, msg.sender, nonce, dstMessenger, recipient, gasLimit, MessageLib.VERSION, payload);
    }

    /// @inheritdoc ILitMessenger
    function quote(uint64 dstChainId, uint256 payloadLength, uint32 gasLimit) external view returns (uint256) {
        if (_outbound[dstChainId].dstMessenger == address(0)) revert UnknownDestination(dstChainId);
        return _quote(dstChainId, payloadLength, gasLimit);
    }

    /// @inheritdoc ILitMessenger
    function outboundLane(uint64 dstChainId) external view returns (OutboundLane memory) {
        return _outbound[dstChainId];
    }

    /// @inheritdoc ILitMessenger
    function setOutboundLane(uint64 dstChainId, address dstMessenger, uint32 maxGasLimit) external onlyOwner {
        if (dstMessenger == address(0)) revert ZeroAddress();
        if (dstChainId == block.chainid) revert SameChain(dstChainId);
        if (maxGasLimit == 0) revert GasLimitOutOfRange(maxGasLimit, 1, type(uint32).max);
        OutboundLane storage lane = _outbound[dstChainId];
        lane.dstMessenger = dstMessenger;
        lane.maxGasLimit = maxGasLimit;
        emit OutboundLaneSet(dstChainId, dstMessenger, maxGasLimit);
    }

    /// @inheritdoc ILitMessenger
    function setFeeConfig(uint64 dstChainId, FeeConfig calldata config) external onlyOwner {
        _fees[dstChainId] = config;
        emit FeeConfigSet(dstChainId, config.baseFeeWei, config.gasPriceWei, config.perByteWei);
    }

    /// @inheritdoc ILitMessenger
    function withdrawFees(address payable to) external onlyOwner {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = address(this).balance;
        emit FeesWithdrawn(to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WithdrawFailed(to, amount);
    }

    function _quote(uint64 dstChainId, uint256 payloadLength, uint32 gasLimit) private view returns (uint256) {
        FeeConfig memory fees = _fees[dstChainId];
        return uint256(fees.baseFeeWei) + (uint256(gasLimit) + DELIVERY_OVERHEAD_GAS) * fees.gasPriceWei
            + payloadLength * fees.perByteWei;
    }

    // =============================================================
    //                          DESTINATION
    // =============================================================

    /// @inheritdoc ILitMessageReceiver
    function deliver(bytes calldata message, bytes32 r, bytes32 vs) external {
        bytes32 id = _messageId(message);
        address recovered = _recover(_hashTypedDataV4(id), r, vs);
        bytes32 key = _routeKey(message.srcChainIdOf(), message.srcMessengerOf(), recovered);
        (uint256 word, bytes memory failure) = _admit(_words[key], message, id, recovered);
        if (failure.length != 0) _bubble(failure);
        _words[key] = word;
        _execute(id, message);
    }

    /// @inheritdoc ILitMessageReceiver
    function deliverBatch(bytes[] calldata messages, bytes32 r, bytes32 vs) external {
        uint256 count = messages.length;
        if (count == 0) revert EmptyBatch();
        if (count > MAX_BATCH) revert BatchTooLarge(count, MAX_BATCH);
        bytes32[] memory ids = new bytes32[](count);
        for (uint256 i = 0; i < count; ++i) {
            ids[i] = _messageId(messages[i]);
        }
        address recovered = _recover(_hashTypedDataV4(MessageLib.hashBatch(ids)), r, vs);
        for (uint256 i = 0; i < count; ++i) {
            bytes calldata message = messages[i];
            bytes32 key = _routeKey(message.srcChainIdOf(), message.srcMessengerOf(), recovered);
            (uint256 word, bytes memory failure) = _admit(_words[key], message, ids[i], recovered);
            if (failure.length != 0) {
                emit MessageSkipped(ids[i], bytes4(failure));
                continue;
            }
            _words[key] = word;
            _execute(ids[i], message);
        }
    }

    /// @inheritdoc ILitMessageReceiver
    function retry(bytes calldata message, uint32 gasLimit) external {
        bytes32 id = _messageId(message);
        Status current = _status[id];
        if (current != Status.Failed) revert NotFailed(id, current);
        uint32 required = message.gasLimitOf();
        if (gasLimit < required) revert RetryGasTooLow(gasLimit, required);
        // EFFECTS before the call: a re-entrant retry finds Retried.
        _status[id] = Status.Retried;
        (bool ok, bytes memory reason) = _callHandler(id, message, gasLimit);
        if (!ok) revert RetryFailed(id, reason);
        emit MessageRetried(id, msg.sender);
    }

    /// @inheritdoc ILitMessageReceiver
    function abandon(bytes calldata message) external {
        bytes32 id = _messageId(message);
        Status current = _status[id];
        if (current != Status.Failed) revert NotFailed(id, current);
        address recipient = message.recipientOf();
        if (msg.sender != recipient) revert NotRecipient(msg.sender, recipient);
        _status[id] = Status.Abandoned;
        emit MessageAbandoned(id);
    }

    // =============================================================
    //                         ROUTES & ROLES
    // =============================================================

    /// @inheritdoc ILitMessageReceiver
    function setRoute(uint64 srcChainId, address srcMessenger, uint32 cap) external onlyOwner {
        if (srcMessenger == address(0)) revert ZeroAddress();
        if (cap == 0) revert InvalidCap(cap);
        bytes32 id = routeId(srcChainId, srcMessenger);
        if (_caps[id] == 0) {
            if (_routes.length >= MAX_ROUTES) revert TooManyRoutes(MAX_ROUTES);
            _routes.push(Route(srcChainId, srcMessenger));
        }
        _caps[id] = cap;
        bytes32 key = _routeKey(srcChainId, srcMessenger, signer);
        uint256 word = _words[key] | RouteWordLib.CONFIGURED;
        // A lower cap takes effect in the current window too.
        if (word.remaining() > cap) word = word.withRate(word.windowIndex(), cap);
        _words[key] = word;
        emit RouteSet(id, srcChainId, srcMessenger, cap);
    }

    /// @inheritdoc ILitMessageReceiver
    function disableRoute(uint64 srcChainId, address srcMessenger) external onlyOwner {
        bytes32 key = _configuredKey(srcChainId, srcMessenger);
        _words[key] &= ~RouteWordLib.CONFIGURED;
        emit RouteDisabled(routeId(srcChainId, srcMessenger));
    }

    /// @inheritdoc ILitMessageReceiver
    function pauseRoute(uint64 srcChainId, address srcMessenger) external onlyGuardianOrOwner {
        _setPaused(_configuredKey(srcChainId, srcMessenger), routeId(srcChainId, srcMessenger), true);
    }

    /// @inheritdoc ILitMessageReceiver
    function pauseAll() external onlyGuardianOrOwner {
        address current = signer;
        for (uint256 i = 0; i < _routes.length; ++i) {
            Route memory route = _routes[i];
            bytes32 key = _routeKey(route.srcChainId, route.srcMessenger, current);
            if (_words[key] & RouteWordLib.PAUSED == 0) {
                _setPaused(key, routeId(route.srcChainId, route.srcMessenger), true);
            }
        }
    }

    /// @inheritdoc ILitMessageReceiver
    function unpauseRoute(uint64 srcChainId, address srcMessenger) external onlyOwner {
        _setPaused(_configuredKey(srcChainId, srcMessenger), routeId(srcChainId, srcMessenger), false);
    }

    /// @inheritdoc ILitMessageReceiver
    function proposeGuardian(address guardian_) external onlyOwner {
        if (guardian_ == address(0)) revert ZeroAddress();
        if (_pending.signer != address(0)) revert RotationPending(_pending.signer);
        if (_pendingGuardian.signer != address(0)) revert RotationAlreadyPending(_pendingGuardian.signer);
        uint64 eta = uint64(block.timestamp) + ROTATION_DELAY_SECONDS;
        _pendingGuardian = PendingSigner(guardian_, eta);
        emit GuardianProposed(guardian_, eta);
    }

    /// @inheritdoc ILitMessageReceiver
    function cancelGuardian() external onlyGuardianOrOwner {
        address proposed = _pendingGuardian.signer;
        if (proposed == address(0)) revert NoPendingGuardian();
        delete _pendingGuardian;
        emit GuardianProposalCancelled(proposed, msg.sender);
    }

    /// @inheritdoc ILitMessageReceiver
    function confirmGuardian() external onlyOwner {
        PendingSigner memory pending = _pendingGuardian;
        if (pending.signer == address(0)) revert NoPendingGuardian();
        if (block.timestamp < pending.eta) revert RotationNotReady(pending.eta, uint64(block.timestamp));
        delete _pendingGuardian;
        emit GuardianSet(guardian, pending.signer);
        guardian = pending.signer;
    }

    /// @inheritdoc ILitMessageReceiver
    function pendingGuardian() external view returns (PendingSigner memory) {
        return _pendingGuardian;
    }

    /// @inheritdoc ILitMessageReceiver
    function proposeSigner(address signer_) external onlyOwner {
        if (signer_ == address(0)) revert ZeroAddress();
        if (signer_ == signer) revert SameSigner(signer_);
        if (_pending.signer != address(0)) revert RotationAlreadyPending(_pending.signer);
        // The guardian whose veto counts is the current one: no rotation while it is being replaced.
        if (_pendingGuardian.signer != address(0)) revert RotationPending(_pendingGuardian.signer);
        uint64 eta = uint64(block.timestamp) + ROTATION_DELAY_SECONDS;
        _pending = PendingSigner(signer_, eta);
        emit SignerProposed(signer_, eta);
    }

    /// @inheritdoc ILitMessageReceiver
    function cancelSigner() external onlyGuardianOrOwner {
        address proposed = _pending.signer;
        if (proposed == address(0)) revert NoPendingSigner();
        delete _pending;
        emit SignerProposalCancelled(proposed, msg.sender);
    }

    /// @inheritdoc ILitMessageReceiver
    function confirmSigner() external onlyOwner {
        PendingSigner memory pending = _pending;
        if (pending.signer == address(0)) revert NoPendingSigner();
        if (block.timestamp < pending.eta) revert RotationNotReady(pending.eta, uint64(block.timestamp));
        delete _pending;
        address previous = signer;
        signer = pending.signer;
        // Re-key every route word: the old key's words are cleared, so its signatures find nothing.
        for (uint256 i = 0; i < _routes.length; ++i) {
            Route memory route = _routes[i];
            bytes32 oldKey = _routeKey(route.srcChainId, route.srcMessenger, previous);
            _words[_routeKey(route.srcChainId, route.srcMessenger, pending.signer)] = _words[oldKey];
            delete _words[oldKey];
        }
        emit SignerRotated(previous, pending.signer);
    }

    // =============================================================
    //                             VIEWS
    // =============================================================

    /// @inheritdoc ILitMessageReceiver
    function pendingSigner() external view returns (PendingSigner memory) {
        return _pending;
    }

    /// @inheritdoc ILitMessageReceiver
    function routeId(uint64 srcChainId, address srcMessenger) public pure returns (bytes32) {
        return keccak256(abi.encode(srcChainId, srcMessenger));
    }

    /// @inheritdoc ILitMessageReceiver
    function routeState(uint64 srcChainId, address srcMessenger) external view returns (RouteState memory state) {
        uint256 word = _words[_routeKey(srcChainId, srcMessenger, signer)];
        state = RouteState({
            configured: word & RouteWordLib.CONFIGURED != 0,
            paused: word & RouteWordLib.PAUSED != 0,
            next: word.next(),
            window: word.window(),
            cap: _caps[routeId(srcChainId, srcMessenger)],
            remaining: word.remaining(),
            windowIndex: word.windowIndex()
        });
    }

    /// @inheritdoc ILitMessageReceiver
    function isDelivered(uint64 srcChainId, address srcMessenger, uint64 nonce) external view returns (bool) {
        return _words[_routeKey(srcChainId, srcMessenger, signer)].isSpent(nonce);
    }

    /// @inheritdoc ILitMessageReceiver
    function status(bytes32 id) external view returns (Status) {
        return _status[id];
    }

    /// @inheritdoc ILitMessageReceiver
    function messageId(bytes calldata message) external view returns (bytes32) {
        return _messageId(message);
    }

    /// @inheritdoc ILitMessageReceiver
    function decodeMessage(bytes calldata message) external pure returns (Message memory) {
        if (message.length < MessageLib.HEADER_BYTES) revert MalformedMessage(message.length);
        return Message({
            version: message.versionOf(),
            srcChainId: message.srcChainIdOf(),
            srcMessenger: message.srcMessengerOf(),
            nonce: message.nonceOf(),
            sender: message.senderOf(),
            recipient: message.recipientOf(),
            gasLimit: message.gasLimitOf(),
            payload: message.payloadOf()
        });
    }

    /// @inheritdoc ILitMessageReceiver
    function messageDigest(bytes calldata message) external view returns (bytes32) {
        return _hashTypedDataV4(_messageId(message));
    }

    /// @inheritdoc ILitMessageReceiver
    function batchDigest(bytes32[] calldata ids) external view returns (bytes32) {
        return _hashTypedDataV4(MessageLib.hashBatch(ids));
    }

    // =============================================================
    //                           INTERNALS
    // =============================================================

    /// @dev The id of packed `message` as addressed to this chain (at this moment: a fork changes
    ///      block.chainid) and this contract. Reverts `MalformedMessage` if shorter than its header.
    function _messageId(bytes calldata message) private view returns (bytes32) {
        if (message.length < MessageLib.HEADER_BYTES) revert MalformedMessage(message.length);
        return MessageLib.hashPacked(message, uint64(block.chainid), address(this));
    }

    function _routeKey(uint64 srcChainId, address srcMessenger, address signer_) private pure returns (bytes32 key) {
        // Assembly: keccak256(abi.encode(srcChainId, srcMessenger, signer_)) in scratch past the free pointer.
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, and(srcChainId, 0xffffffffffffffff))
            mstore(add(p, 0x20), and(srcMessenger, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x40), and(signer_, 0xffffffffffffffffffffffffffffffffffffffff))
            key := keccak256(p, 0x60)
        }
    }

    function _configuredKey(uint64 srcChainId, address srcMessenger) private view returns (bytes32 key) {
        key = _routeKey(srcChainId, srcMessenger, signer);
        if (_words[key] & RouteWordLib.CONFIGURED == 0) revert UnknownRoute(srcChainId, srcMessenger);
    }

    function _setPaused(bytes32 key, bytes32 id, bool paused) private {
        if (paused) {
            _words[key] |= RouteWordLib.PAUSED;
            emit RoutePaused(id, msg.sender);
        } else {
            _words[key] &= ~RouteWordLib.PAUSED;
            emit RouteUnpaused(id);
        }
    }

    /// @dev Recovers the signer of `digest` from an EIP-2098 signature: high s refused (EIP-2), no signer
    ///      (the precompile's empty answer) refused. Same result as OpenZeppelin's `ECDSA.tryRecover` with
    ///      those errors (fuzzed against it in MessengerCodec.t.sol).
    function _recover(bytes32 digest, bytes32 r, bytes32 vs) internal view returns (address recovered) {
        bytes32 s = vs & bytes32(type(uint256).max >> 1);
        if (uint256(s) > HALF_ORDER) revert MalleableSignature(s);
        // Assembly: the ecrecover precompile with its four words past the free pointer (scratch), the
        // answer in the scratch word at 0 (cleared first: an invalid signature returns no data).
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, digest)
            mstore(add(p, 0x20), add(27, shr(255, vs)))
            mstore(add(p, 0x40), r)
            mstore(add(p, 0x60), s)
            mstore(0x00, 0)
            pop(staticcall(gas(), 1, p, 0x80, 0x00, 0x20))
            recovered := mload(0x00)
        }
        if (recovered == address(0)) revert InvalidSignature();
    }

    /// @dev Every check of a message against its route word, in order: version, route (and signer),
    ///      pause, nonce, rate cap. Returns the updated word, or the encoded error of the first failed
    ///      check (word unchanged). Pure except for the cap read when a rate window rolls over.
    function _admit(uint256 word, bytes calldata message, bytes32 id, address recovered)
        private
        view
        returns (uint256, bytes memory failure)
    {
        if (message.versionOf() != MessageLib.VERSION) {
            return (word, abi.encodeWithSelector(UnsupportedVersion.selector, message.versionOf()));
        }
        if (word & RouteWordLib.CONFIGURED == 0) {
            address expected = signer;
            if (recovered != expected) return (word, abi.encodeWithSelector(WrongSigner.selector, recovered, expected));
            return (word, abi.encodeWithSelector(UnknownRoute.selector, message.srcChainIdOf(), message.srcMessengerOf()));
        }
        if (word & RouteWordLib.PAUSED != 0) {
            return (word, abi.encodeWithSelector(RoutePausedError.selector, message.srcChainIdOf(), message.srcMessengerOf()));
        }
        uint256 outcome;
        (word, outcome) = word.spend(message.nonceOf());
        if (outcome != RouteWordLib.OK) {
            if (outcome == RouteWordLib.SPENT) {
                return (word, abi.encodeWithSelector(AlreadyDelivered.selector, id, message.nonceOf()));
            }
            return (word, abi.encodeWithSelector(NonceAhead.selector, message.nonceOf(), word.next()));
        }
        uint32 index = uint32(block.timestamp / RATE_WINDOW_SECONDS);
        uint32 left = word.windowIndex() == index ? word.remaining() : _caps[routeId(message.srcChainIdOf(), message.srcMessengerOf())];
        if (left == 0) {
            uint32 cap = _caps[routeId(message.srcChainIdOf(), message.srcMessengerOf())];
            return (word, abi.encodeWithSelector(RateCapped.selector, message.srcChainIdOf(), message.srcMessengerOf(), cap));
        }
        return (word.withRate(index, left - 1), failure);
    }

    /// @dev Calls the handler of an admitted message and records a failure.
    function _execute(bytes32 id, bytes calldata message) private {
        (bool ok, bytes memory reason) = _callHandler(id, message, message.gasLimitOf());
        // A success emits nothing (a LOG2 would add 1,125 gas to every delivery): `isDelivered` and
        // `status` are the record, and only failures need one.
        if (!ok) {
            _status[id] = Status.Failed;
            emit MessageFailed(id, message.recipientOf(), reason);
        }
    }

    /// @dev Calls `recipient.handleLitMessage` with exactly `gasLimit` gas, or reverts the whole
    ///      transaction if that much cannot be forwarded (a relayer cannot starve a handler into failing).
    ///      Return data is never copied on success and at most MAX_REASON_BYTES of it on failure.
    function _callHandler(bytes32 id, bytes calldata message, uint256 gasLimit)
        private
        returns (bool ok, bytes memory reason)
    {
        address recipient = message.recipientOf();
        if (recipient.code.length == 0) {
            return (false, abi.encodeWithSelector(RecipientHasNoCode.selector, recipient));
        }
        bytes memory data = _handlerCalldata(id, message);
        uint256 available = gasleft();
        // EIP-150: a CALL forwards at most all but 1/64 of the gas left after its own cost.
        if (available < CALL_RESERVE_GAS || (available - CALL_RESERVE_GAS) * 63 / 64 < gasLimit) {
            revert NotEnoughGasForHandler(available, gasLimit);
        }
        // Assembly: a CALL with no return buffer (Solidity's would copy all return data: a bomb).
        assembly ("memory-safe") {
            ok := call(gasLimit, recipient, 0, add(data, 0x20), mload(data), 0, 0)
        }
        if (!ok) {
            uint256 size = MAX_REASON_BYTES;
            // Assembly: copies at most MAX_REASON_BYTES of the revert data.
            assembly ("memory-safe") {
                if lt(returndatasize(), size) { size := returndatasize() }
                reason := mload(0x40)
                mstore(reason, size)
                returndatacopy(add(reason, 0x20), 0, size)
                mstore(0x40, add(add(reason, 0x20), and(add(size, 31), not(31))))
            }
        }
    }

    /// @dev abi.encodeCall(ILitMessageRecipient.handleLitMessage, (id, srcChainId, sender, payload)) of a
    ///      packed message (fuzzed against that expression in MessengerCodec.t.sol).
    function _handlerCalldata(bytes32 id, bytes calldata message) internal pure returns (bytes memory data) {
        bytes4 selector = ILitMessageRecipient.handleLitMessage.selector;
        uint64 srcChainId = message.srcChainIdOf();
        address sender = message.senderOf();
        uint256 headerBytes = MessageLib.HEADER_BYTES;
        // Assembly: selector, three static words, the payload's offset (0x80) and length, then the payload
        // padded with zeros to a whole word; the free pointer moves past it.
        assembly ("memory-safe") {
            let len := sub(message.length, headerBytes)
            let padded := and(add(len, 31), not(31))
            data := mload(0x40)
            let p := add(data, 0x20)
            mstore(p, selector)
            mstore(add(p, 0x04), id)
            mstore(add(p, 0x24), srcChainId)
            mstore(add(p, 0x44), sender)
            mstore(add(p, 0x64), 0x80)
            mstore(add(p, 0x84), len)
            mstore(add(add(p, 0xa4), sub(padded, 0x20)), 0)
            calldatacopy(add(p, 0xa4), add(message.offset, headerBytes), len)
            mstore(data, add(0xa4, padded))
            mstore(0x40, add(p, add(0xa4, padded)))
        }
    }

    /// @dev Reverts with already-encoded error data.
    function _bubble(bytes memory failure) private pure {
        assembly ("memory-safe") {
            revert(add(failure, 0x20), mload(failure))
        }
    }
}
