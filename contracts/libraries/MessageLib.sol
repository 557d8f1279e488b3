// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title MessageLib
/// @notice EIP-712 struct hashing of lit-oracle messages. Must agree with
///         `actions/src/messenger/message.ts` (tested against it).
library MessageLib {
    /// @notice Version of the message format (the first field of every message).
    uint8 internal constant VERSION = 1;

    bytes32 internal constant MESSAGE_TYPEHASH = keccak256(
        "LitMessage(uint8 version,uint64 srcChainId,address srcMessenger,uint64 nonce,address sender,uint64 dstChainId,address dstMessenger,address recipient,uint32 gasLimit,bytes payload)"
    );

    bytes32 internal constant BATCH_TYPEHASH = keccak256("LitMessageBatch(bytes32[] ids)");

    /// @notice hashStruct(LitMessage): the message id.
    function hashMessage(
        uint8 version,
        uint64 srcChainId,
        address srcMessenger,
        uint64 nonce,
        address sender,
        uint64 dstChainId,
        address dstMessenger,
        address recipient,
        uint32 gasLimit,
        bytes32 payloadHash
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                MESSAGE_TYPEHASH,
                version,
                srcChainId,
                srcMessenger,
                nonce,
                sender,
                dstChainId,
                dstMessenger,
                recipient,
                gasLimit,
                payloadHash
            )
        );
    }

    /// @notice hashStruct(LitMessageBatch): an EIP-712 `bytes32[]` member is keccak256 of the packed ids.
    function hashBatch(bytes32[] memory ids) internal pure returns (bytes32) {
        return keccak256(abi.encode(BATCH_TYPEHASH, keccak256(abi.encodePacked(ids))));
    }

    // =============================================================
    //                    PACKED WIRE FORMAT
    // =============================================================
    // version (1) | srcChainId (8) | srcMessenger (20) | nonce (8) | sender (20) | recipient (20) |
    // gasLimit (4) | payload (rest). Offsets below; fields are big-endian.

    uint256 internal constant HEADER_BYTES = 81;
    uint256 private constant SRC_CHAIN_OFFSET = 1;
    uint256 private constant SRC_MESSENGER_OFFSET = 9;
    uint256 private constant NONCE_OFFSET = 29;
    uint256 private constant SENDER_OFFSET = 37;
    uint256 private constant RECIPIENT_OFFSET = 57;
    uint256 private constant GAS_LIMIT_OFFSET = 77;

    // The readers below assume `m.length >= HEADER_BYTES` (checked by the caller): every read is then
    // inside `m`, and a 32-byte calldataload past a short field only picks up bytes the shift drops.

    function versionOf(bytes calldata m) internal pure returns (uint8 v) {
        assembly ("memory-safe") {
            v := shr(248, calldataload(m.offset))
        }
    }

    function srcChainIdOf(bytes calldata m) internal pure returns (uint64 v) {
        assembly ("memory-safe") {
            v := shr(192, calldataload(add(m.offset, SRC_CHAIN_OFFSET)))
        }
    }

    function srcMessengerOf(bytes calldata m) internal pure returns (address v) {
        assembly ("memory-safe") {
            v := shr(96, calldataload(add(m.offset, SRC_MESSENGER_OFFSET)))
        }
    }

    function nonceOf(bytes calldata m) internal pure returns (uint64 v) {
        assembly ("memory-safe") {
            v := shr(192, calldataload(add(m.offset, NONCE_OFFSET)))
        }
    }

    function senderOf(bytes calldata m) internal pure returns (address v) {
        assembly ("memory-safe") {
            v := shr(96, calldataload(add(m.offset, SENDER_OFFSET)))
        }
    }

    function recipientOf(bytes calldata m) internal pure returns (address v) {
        assembly ("memory-safe") {
            v := shr(96, calldataload(add(m.offset, RECIPIENT_OFFSET)))
        }
    }

    function gasLimitOf(bytes calldata m) internal pure returns (uint32 v) {
        assembly ("memory-safe") {
            v := shr(224, calldataload(add(m.offset, GAS_LIMIT_OFFSET)))
        }
    }

    function payloadOf(bytes calldata m) internal pure returns (bytes calldata p) {
        p = m[HEADER_BYTES:];
    }

    /// @notice hashStruct(LitMessage) of a packed message addressed to (dstChainId, dstMessenger). Equal to
    ///         `hashMessage` of the decoded fields (fuzzed against it).
    function hashPacked(bytes calldata m, uint64 dstChainId, address dstMessenger) internal pure returns (bytes32 id) {
        bytes32 typehash = MESSAGE_TYPEHASH;
        // Assembly: the payload is copied past the free pointer and hashed, then the 11 words of the
        // struct are written over the same scratch space (the pointer does not move) and hashed.
        assembly ("memory-safe") {
            let p := mload(0x40)
            let len := sub(m.length, HEADER_BYTES)
            calldatacopy(p, add(m.offset, HEADER_BYTES), len)
            let payloadHash := keccak256(p, len)
            mstore(p, typehash)
            mstore(add(p, 0x20), shr(248, calldataload(m.offset)))
            mstore(add(p, 0x40), shr(192, calldataload(add(m.offset, SRC_CHAIN_OFFSET))))
            mstore(add(p, 0x60), shr(96, calldataload(add(m.offset, SRC_MESSENGER_OFFSET))))
            mstore(add(p, 0x80), shr(192, calldataload(add(m.offset, NONCE_OFFSET))))
            mstore(add(p, 0xa0), shr(96, calldataload(add(m.offset, SENDER_OFFSET))))
            mstore(add(p, 0xc0), and(dstChainId, 0xffffffffffffffff))
            mstore(add(p, 0xe0), and(dstMessenger, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x100), shr(96, calldataload(add(m.offset, RECIPIENT_OFFSET))))
            mstore(add(p, 0x120), shr(224, calldataload(add(m.offset, GAS_LIMIT_OFFSET))))
            mstore(add(p, 0x140), payloadHash)
            id := keccak256(p, 0x160)
        }
    }
}
