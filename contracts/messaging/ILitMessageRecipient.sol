// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title ILitMessageRecipient
/// @notice The handler a destination messenger calls once per delivered message. It is called with
///         exactly the gas the sender asked for (`gasLimit`); a revert does not block the route: the
///         messenger records the message as failed, anyone can retry it, and the recipient can abandon it.
/// @dev    The messenger authenticates the source chain, the source messenger and the nonce (one PKP
///         signature over an EIP-712 digest). Which *senders* to trust is the recipient's business:
///         check `msg.sender == messenger` and `(srcChainId, sender)` against your own peers
///         (`LitMessageRecipient` does both).
interface ILitMessageRecipient {
    /// @notice Handles one message.
    /// @param id The message id (EIP-712 struct hash of the `LitMessage`, see `MessageLib`).
    /// @param srcChainId The chain the message was sent on.
    /// @param sender The account that called `sendMessage` on the source messenger.
    /// @param payload The application bytes.
    function handleLitMessage(bytes32 id, uint64 srcChainId, address sender, bytes calldata payload) external;
}
