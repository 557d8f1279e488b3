// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title ILitMessenger
/// @notice The source side of lit-oracle messaging: an application calls `sendMessage`, pays the
///         on-chain `quote`, and the messenger emits one `MessageSent` event that carries everything the
///         relay Lit Action needs to rebuild the message id. The relay action (whose CID the signing PKP
///         is bound to) reads that event from several independent RPC providers, waits for finality, and
///         signs the message for the destination messenger (`ILitMessageReceiver`).
///
///         Lanes: the messenger numbers its messages per destination chain ("lane"), from 0. A
///         destination keeps a sliding bitmap over each lane's nonces (exactly-once in one storage
///         word per message), which needs the nonces of one lane to be dense.
interface ILitMessenger {
    // =============================================================
    //                            STRUCTS
    // =============================================================

    /// @notice Outbound configuration and state of one destination chain (one storage word).
    /// @param dstMessenger The destination chain's messenger (the EIP-712 verifying contract there).
    /// @param nextNonce The nonce of the next message on this lane.
    /// @param maxGasLimit Largest `gasLimit` a sender may request on this lane.
    struct OutboundLane {
        address dstMessenger;
        uint64 nextNonce;
        uint32 maxGasLimit;
    }

    /// @notice Fee schedule of one destination chain, in wei of the source chain (one storage word).
    ///         fee = baseFeeWei + (gasLimit + DELIVERY_OVERHEAD_GAS) * gasPriceWei + payload.length * perByteWei
    struct FeeConfig {
        uint96 baseFeeWei;
        uint96 gasPriceWei;
        uint64 perByteWei;
    }

    // =============================================================
    //                            EVENTS
    // =============================================================

    /// @notice One message sent. With the emitting contract (srcMessenger) and the chain it was emitted on
    ///         (srcChainId), it carries every field of the `LitMessage` whose struct hash is `id`.
    event MessageSent(
        bytes32 indexed id,
        uint64 indexed dstChainId,
        address indexed sender,
        uint64 nonce,
        address dstMessenger,
        address recipient,
        uint32 gasLimit,
        uint8 version,
        bytes payload
    );
    event OutboundLaneSet(uint64 indexed dstChainId, address dstMessenger, uint32 maxGasLimit);
    event FeeConfigSet(uint64 indexed dstChainId, uint96 baseFeeWei, uint96 gasPriceWei, uint64 perByteWei);
    event FeesWithdrawn(address indexed to, uint256 amountWei);

    // =============================================================
    //                            ERRORS
    // =============================================================

    /// @notice No lane to `dstChainId` is configured on this messenger.
    error UnknownDestination(uint64 dstChainId);
    /// @notice A message to this messenger's own chain.
    error SameChain(uint64 chainId);
    error ZeroRecipient();
    error GasLimitOutOfRange(uint32 gasLimit, uint32 min, uint32 max);
    error PayloadTooLarge(uint256 length, uint256 max);
    error InsufficientFee(uint256 paidWei, uint256 requiredWei);
    error WithdrawFailed(address to, uint256 amountWei);

    // =============================================================
    //                           FUNCTIONS
    // =============================================================

    /// @notice Sends `payload` to `recipient` on `dstChainId`; `recipient.handleLitMessage` will be called
    ///         there with exactly `gasLimit` gas. `msg.value` must be at least `quote(...)`; any excess is
    ///         kept as fee (not refunded: a refund would be a second value transfer on every send).
    /// @return id The message id (EIP-712 struct hash of the `LitMessage`).
    /// @return nonce The message's nonce on its lane.
    function sendMessage(uint64 dstChainId, address recipient, bytes calldata payload, uint32 gasLimit)
        external
        payable
        returns (bytes32 id, uint64 nonce);

    /// @notice The fee, in wei, of `sendMessage(dstChainId, _, payload of payloadLength bytes, gasLimit)`.
    function quote(uint64 dstChainId, uint256 payloadLength, uint32 gasLimit) external view returns (uint256 feeWei);

    /// @notice The lane to `dstChainId` (zero `dstMessenger` if none).
    function outboundLane(uint64 dstChainId) external view returns (OutboundLane memory);

    /// @notice Owner: configures (or reconfigures) the lane to `dstChainId`; its nonce is kept.
    function setOutboundLane(uint64 dstChainId, address dstMessenger, uint32 maxGasLimit) external;

    /// @notice Owner: sets the fee schedule of `dstChainId`.
    function setFeeConfig(uint64 dstChainId, FeeConfig calldata config) external;

    /// @notice Owner: sends the collected fees to `to`.
    function withdrawFees(address payable to) external;
}
