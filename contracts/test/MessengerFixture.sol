// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageReceiver} from "../messaging/ILitMessageReceiver.sol";
import {ILitMessenger} from "../messaging/ILitMessenger.sol";
import {LitMessenger} from "../messaging/LitMessenger.sol";
import {RecordingRecipient} from "./MessengerMocks.sol";
import {CheatCodes} from "./Vm.sol";

/// @dev Cheatcodes these tests use beyond Vm.sol's.
interface VmExtra {
    function deal(address account, uint256 balance) external;
}

/// @dev A destination messenger on this chain trusting SIGNER_KEY, with a route from a messenger on
///      SRC_CHAIN; helpers to build, sign and deliver packed messages.
abstract contract MessengerFixture is CheatCodes {
    uint256 internal constant SIGNER_KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B;
    address internal constant GUARDIAN = address(0x6A2D);
    address internal constant SRC_MESSENGER = address(0x5AC0);
    address internal constant APP = address(0xA99);
    uint64 internal constant SRC_CHAIN = 8453;
    uint32 internal constant DELAY = 1 hours;
    uint32 internal constant WINDOW = 1 hours;
    uint32 internal constant CAP = 1000;
    uint32 internal constant GAS = 500_000;
    uint256 internal constant START = 1_800_000_000;
    /// @dev secp256k1 group order.
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    VmExtra internal constant vmx = VmExtra(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    LitMessenger internal messenger;
    RecordingRecipient internal recipient;

    function setUp() public virtual {
        vm.warp(START);
        messenger = new LitMessenger(address(this), GUARDIAN, vm.addr(SIGNER_KEY), DELAY, WINDOW);
        messenger.setRoute(SRC_CHAIN, SRC_MESSENGER, CAP);
        recipient = new RecordingRecipient();
    }

    function _packed(uint64 nonce, address to, uint32 gasLimit, bytes memory payload) internal pure returns (bytes memory) {
        return _packedFrom(SRC_CHAIN, SRC_MESSENGER, nonce, APP, to, gasLimit, payload);
    }

    function _packedFrom(
        uint64 srcChainId,
        address srcMessenger,
        uint64 nonce,
        address sender,
        address to,
        uint32 gasLimit,
        bytes memory payload
    ) internal pure returns (bytes memory) {
        return abi.encodePacked(uint8(1), srcChainId, srcMessenger, nonce, sender, to, gasLimit, payload);
    }

    function _msg(uint64 nonce) internal view returns (bytes memory) {
        return _packed(nonce, address(recipient), GAS, abi.encode("hello", nonce));
    }

    function _compact(uint256 key, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(key, digest);
        r = r_;
        vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }

    function _sign(LitMessenger target, uint256 key, bytes memory packed) internal view returns (bytes32 r, bytes32 vs) {
        return _compact(key, target.messageDigest(packed));
    }

    function _deliver(bytes memory packed) internal {
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, packed);
        messenger.deliver(packed, r, vs);
    }

    function _signBatch(LitMessenger target, uint256 key, bytes[] memory messages) internal view returns (bytes32 r, bytes32 vs) {
        bytes32[] memory ids = new bytes32[](messages.length);
        for (uint256 i = 0; i < messages.length; ++i) ids[i] = target.messageId(messages[i]);
        return _compact(key, target.batchDigest(ids));
    }

    // Minimal assertions (forge-std does not resolve under Hardhat 3).
    function assertEq(uint256 a, uint256 b) internal pure {
        require(a == b, "assertEq(uint256) failed");
    }

    function assertEq(uint256 a, uint256 b, string memory why) internal pure {
        require(a == b, why);
    }

    function assertEq(bytes32 a, bytes32 b) internal pure {
        require(a == b, "assertEq(bytes32) failed");
    }

    function assertEq(address a, address b) internal pure {
        require(a == b, "assertEq(address) failed");
    }

    function assertTrue(bool a) internal pure {
        require(a, "assertTrue failed");
    }

    function assertFalse(bool a) internal pure {
        require(!a, "assertFalse failed");
    }

    function assertLt(uint256 a, uint256 b) internal pure {
        require(a < b, "assertLt failed");
    }

    function _id(bytes memory packed) internal view returns (bytes32) {
        return messenger.messageId(packed);
    }
}
