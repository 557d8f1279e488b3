// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageRecipient} from "../messaging/ILitMessageRecipient.sol";

/// @title MessageSink
/// @notice The cheapest correct recipient: accepts messages only from its messenger and does nothing
///         else. The gas benchmark delivers to it, so the figures measure the messenger, not an app.
contract MessageSink is ILitMessageRecipient {
    address public immutable MESSENGER;

    error NotMessenger(address caller);

    constructor(address messenger) {
        MESSENGER = messenger;
    }

    function handleLitMessage(bytes32, uint64, address, bytes calldata) external view {
        if (msg.sender != MESSENGER) revert NotMessenger(msg.sender);
    }
}
