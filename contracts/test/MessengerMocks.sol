// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageRecipient} from "../messaging/ILitMessageRecipient.sol";
import {LitMessenger} from "../messaging/LitMessenger.sol";

/// @dev Records every call; reverts while `failing`; burns `burn` gas first when set.
contract RecordingRecipient is ILitMessageRecipient {
    bool public failing;
    uint256 public calls;
    bytes32 public lastId;
    uint64 public lastSrcChainId;
    address public lastSender;
    bytes public lastPayload;
    uint256 public gasAtEntry;

    error Refused(uint256 calls);

    function setFailing(bool value) external {
        failing = value;
    }

    function handleLitMessage(bytes32 id, uint64 srcChainId, address sender, bytes calldata payload) external {
        gasAtEntry = gasleft();
        if (failing) revert Refused(calls);
        calls += 1;
        lastId = id;
        lastSrcChainId = srcChainId;
        lastSender = sender;
        lastPayload = payload;
    }
}

/// @dev Refuses (reverts) unless it was called with at least NEED gas left at entry.
contract GasHungryRecipient is ILitMessageRecipient {
    uint256 public immutable NEED;

    error Starved(uint256 gasLeft, uint256 need);

    constructor(uint256 need) {
        NEED = need;
    }

    function handleLitMessage(bytes32, uint64, address, bytes calldata) external view {
        uint256 left = gasleft();
        if (left < NEED) revert Starved(left, NEED);
    }
}

/// @dev Reverts with `size` bytes of revert data, or returns them on success when `succeed`.
contract BombRecipient is ILitMessageRecipient {
    uint256 public immutable SIZE;
    bool public immutable SUCCEED;

    constructor(uint256 size, bool succeed) {
        SIZE = size;
        SUCCEED = succeed;
    }

    function handleLitMessage(bytes32, uint64, address, bytes calldata) external view {
        uint256 size = SIZE;
        bool succeed = SUCCEED;
        assembly ("memory-safe") {
            if succeed { return(0, size) }
            revert(0, size)
        }
    }
}

/// @dev Tries to re-enter the messenger with the message it is handling.
contract ReentrantRecipient is ILitMessageRecipient {
    LitMessenger public immutable MESSENGER;
    bytes public message;
    bytes32 public r;
    bytes32 public vs;
    bool public reentered;
    bytes public reentryError;

    constructor(LitMessenger messenger) {
        MESSENGER = messenger;
    }

    function arm(bytes calldata message_, bytes32 r_, bytes32 vs_) external {
        message = message_;
        r = r_;
        vs = vs_;
    }

    function handleLitMessage(bytes32, uint64, address, bytes calldata) external {
        try MESSENGER.deliver(message, r, vs) {
            reentered = true;
        } catch (bytes memory reason) {
            reentryError = reason;
        }
    }
}

/// @dev Exposes LitMessenger internals for the codec fuzz tests.
contract MessengerHarness is LitMessenger {
    constructor(address signer_) LitMessenger(msg.sender, msg.sender, signer_, 1 hours, 1 hours) {}

    function recover(bytes32 digest, bytes32 r, bytes32 vs) external view returns (address) {
        return _recover(digest, r, vs);
    }

    function handlerCalldata(bytes32 id, bytes calldata message) external pure returns (bytes memory) {
        return _handlerCalldata(id, message);
    }
}
