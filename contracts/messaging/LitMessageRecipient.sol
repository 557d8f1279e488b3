// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageRecipient} from "./ILitMessageRecipient.sol";

/// @title LitMessageRecipient
/// @notice Base for applications that receive lit-oracle messages: only the messenger may call, and only
///         a registered peer (one trusted sender per source chain, as with LayerZero OApps) is accepted.
///         A message from anyone else reverts `UnknownSender`: the messenger records it as failed, and it can
///         never succeed on retry unless that sender becomes a peer.
abstract contract LitMessageRecipient is ILitMessageRecipient {
    /// @notice The destination messenger this app trusts.
    address public immutable MESSENGER;

    mapping(uint64 srcChainId => address sender) private _peers;

    event PeerSet(uint64 indexed chainId, address peer);

    error NotMessenger(address caller, address messenger);
    error UnknownSender(uint64 srcChainId, address sender, address peer);

    constructor(address messenger) {
        MESSENGER = messenger;
    }

    /// @notice The trusted sender on `chainId` (zero: none).
    function peer(uint64 chainId) public view returns (address) {
        return _peers[chainId];
    }

    /// @inheritdoc ILitMessageRecipient
    function handleLitMessage(bytes32 id, uint64 srcChainId, address sender, bytes calldata payload) external {
        if (msg.sender != MESSENGER) revert NotMessenger(msg.sender, MESSENGER);
        address trusted = _peers[srcChainId];
        if (sender != trusted || sender == address(0)) revert UnknownSender(srcChainId, sender, trusted);
        _handle(id, srcChainId, sender, payload);
    }

    /// @dev Sets the peer of `chainId`; the inheriting contract decides who may call it.
    function _setPeer(uint64 chainId, address peer_) internal {
        _peers[chainId] = peer_;
        emit PeerSet(chainId, peer_);
    }

    /// @dev The application's handler: called only by the messenger, for a message from a peer.
    function _handle(bytes32 id, uint64 srcChainId, address sender, bytes calldata payload) internal virtual;
}
