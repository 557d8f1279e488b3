// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ILitMessenger} from "../messaging/ILitMessenger.sol";
import {LitMessageRecipient} from "../messaging/LitMessageRecipient.sol";

/// @title PingPong
/// @notice Example app: a ping carries a counter; each side answers with counter + 1 until `maxHops`.
///         The answer's fee is paid from this contract's balance (fund it), quoted on chain.
contract PingPong is LitMessageRecipient, Ownable {
    /// @notice Gas the answer's handler gets on the other side.
    uint32 public constant HOP_GAS_LIMIT = 150_000;

    uint256 public lastCounter;
    uint256 public received;

    event Ping(uint64 indexed dstChainId, uint256 counter, bytes32 id);
    event Pong(uint64 indexed srcChainId, uint256 counter, bytes32 id);

    error NotFunded(uint256 balanceWei, uint256 feeWei);

    constructor(address messenger, address owner_) LitMessageRecipient(messenger) Ownable(owner_) {}

    receive() external payable {}

    function setPeer(uint64 chainId, address peer_) external onlyOwner {
        _setPeer(chainId, peer_);
    }

    /// @notice Starts a rally of at most `maxHops` messages to the peer on `dstChainId`.
    function ping(uint64 dstChainId, uint256 maxHops) external payable returns (bytes32 id) {
        return _send(dstChainId, 1, maxHops);
    }

    function _handle(bytes32 id, uint64 srcChainId, address, bytes calldata payload) internal override {
        (uint256 counter, uint256 maxHops) = abi.decode(payload, (uint256, uint256));
        lastCounter = counter;
        received += 1;
        emit Pong(srcChainId, counter, id);
        if (counter < maxHops) _send(srcChainId, counter + 1, maxHops);
    }

    function _send(uint64 dstChainId, uint256 counter, uint256 maxHops) private returns (bytes32 id) {
        bytes memory payload = abi.encode(counter, maxHops);
        uint256 fee = ILitMessenger(MESSENGER).quote(dstChainId, payload.length, HOP_GAS_LIMIT);
        if (address(this).balance < fee) revert NotFunded(address(this).balance, fee);
        (id,) = ILitMessenger(MESSENGER).sendMessage{value: fee}(dstChainId, peer(dstChainId), payload, HOP_GAS_LIMIT);
        emit Ping(dstChainId, counter, id);
    }
}
