// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ILitMessageReceiver} from "../messaging/ILitMessageReceiver.sol";
import {ILitMessageRecipient} from "../messaging/ILitMessageRecipient.sol";
import {MessageLib} from "../libraries/MessageLib.sol";
import {RouteWordLib} from "../libraries/RouteWordLib.sol";
import {MessengerFixture} from "./MessengerFixture.sol";
import {MessengerHarness} from "./MessengerMocks.sol";

/// @dev Calldata views of MessageLib's packed readers.
contract PackedReader {
    function hashPacked(bytes calldata m, uint64 dstChainId, address dstMessenger) external pure returns (bytes32) {
        return MessageLib.hashPacked(m, dstChainId, dstMessenger);
    }
}

/// @dev The assembly paths against plain references: packed hashing, the handler calldata, recovery,
///      and the route word's nonce window against a set of spent nonces.
contract MessengerCodecTest is MessengerFixture {
    PackedReader internal reader;
    MessengerHarness internal harness;

    function setUp() public override {
        super.setUp();
        reader = new PackedReader();
        harness = new MessengerHarness(vm.addr(SIGNER_KEY));
    }

    function test_typehashes_matchTheEip712TypeStrings() public pure {
        assertEq(
            MessageLib.MESSAGE_TYPEHASH,
            keccak256(
                "LitMessage(uint8 version,uint64 srcChainId,address srcMessenger,uint64 nonce,address sender,uint64 dstChainId,address dstMessenger,address recipient,uint32 gasLimit,bytes payload)"
            )
        );
        assertEq(MessageLib.BATCH_TYPEHASH, keccak256("LitMessageBatch(bytes32[] ids)"));
    }

    function testFuzz_hashPacked_equalsHashMessage(
        uint8 version,
        uint64 srcChainId,
        address srcMessenger,
        uint64 nonce,
        address sender,
        uint64 dstChainId,
        address dstMessenger,
        address to,
        uint32 gasLimit,
        bytes memory payload
    ) public view {
        bytes memory m = abi.encodePacked(version, srcChainId, srcMessenger, nonce, sender, to, gasLimit, payload);
        bytes32 expected = MessageLib.hashMessage(
            version, srcChainId, srcMessenger, nonce, sender, dstChainId, dstMessenger, to, gasLimit, keccak256(payload)
        );
        assertEq(reader.hashPacked(m, dstChainId, dstMessenger), expected);
    }

    function testFuzz_decodeMessage_roundTrips(uint64 srcChainId, uint64 nonce, address sender, address to, uint32 gasLimit, bytes memory payload)
        public
        view
    {
        bytes memory m = abi.encodePacked(uint8(1), srcChainId, SRC_MESSENGER, nonce, sender, to, gasLimit, payload);
        ILitMessageReceiver.Message memory d = messenger.decodeMessage(m);
        require(d.version == 1 && d.srcChainId == srcChainId && d.srcMessenger == SRC_MESSENGER && d.nonce == nonce, "header");
        require(d.sender == sender && d.recipient == to && d.gasLimit == gasLimit, "addresses");
        assertEq(keccak256(d.payload), keccak256(payload));
    }

    function testFuzz_handlerCalldata_equalsAbiEncodeCall(bytes32 id, uint64 srcChainId, address sender, bytes memory payload)
        public
        view
    {
        bytes memory m = abi.encodePacked(uint8(1), srcChainId, SRC_MESSENGER, uint64(7), sender, address(recipient), GAS, payload);
        bytes memory expected = abi.encodeCall(ILitMessageRecipient.handleLitMessage, (id, srcChainId, sender, payload));
        assertEq(keccak256(harness.handlerCalldata(id, m)), keccak256(expected));
    }

    function testFuzz_recover_equalsOpenZeppelin(uint256 key, bytes32 digest, bytes32 r, bytes32 vs, bool useRandom) public view {
        if (!useRandom) {
            key = 1 + key % (N - 1);
            (r, vs) = _compact(key, digest);
        }
        (address expected, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, r, vs);
        try harness.recover(digest, r, vs) returns (address got) {
            require(err == ECDSA.RecoverError.NoError, "accepted what OpenZeppelin refuses");
            assertEq(got, expected);
            if (!useRandom) assertEq(got, vm.addr(key));
        } catch (bytes memory reason) {
            require(err != ECDSA.RecoverError.NoError, "refused what OpenZeppelin accepts");
            bytes4 selector = bytes4(reason);
            if (err == ECDSA.RecoverError.InvalidSignatureS) {
                require(selector == ILitMessageReceiver.MalleableSignature.selector, "high s error");
            } else {
                require(selector == ILitMessageReceiver.InvalidSignature.selector, "invalid error");
            }
        }
    }

    /// @dev Random deliveries near the watermark against a reference set: spend agrees on every outcome,
    ///      and isSpent agrees on every nonce afterwards.
    function testFuzz_routeWord_matchesReferenceSet(uint256 seed) public pure {
        uint256 word = RouteWordLib.CONFIGURED;
        bool[400] memory spent;
        uint256 lowest = 0; // reference: lowest unspent nonce
        for (uint256 step = 0; step < 60; ++step) {
            seed = uint256(keccak256(abi.encode(seed, step)));
            uint64 nonce = uint64(lowest + seed % 150 >= 400 ? 399 : lowest + seed % 150);
            if (seed % 7 == 0 && lowest > 0) nonce = uint64(seed % lowest); // an old nonce
            (uint256 next, uint256 outcome) = RouteWordLib.spend(word, nonce);
            uint256 expected;
            if (spent[nonce]) expected = RouteWordLib.SPENT;
            else if (nonce >= lowest + RouteWordLib.NONCE_WINDOW) expected = RouteWordLib.AHEAD;
            else expected = RouteWordLib.OK;
            assertEq(outcome, expected);
            if (outcome == RouteWordLib.OK) {
                spent[nonce] = true;
                while (lowest < 400 && spent[lowest]) ++lowest;
                word = next;
            } else {
                assertEq(next, word);
            }
            assertEq(RouteWordLib.next(word), lowest);
            require(word & RouteWordLib.CONFIGURED != 0 && RouteWordLib.window(word) & 1 == 0, "flags or bit 0");
        }
        for (uint64 n = 0; n < 400; ++n) {
            require(RouteWordLib.isSpent(word, n) == spent[n], "isSpent disagrees");
        }
    }

    function test_routeWord_lastNonceRefused() public pure {
        uint256 word = RouteWordLib.CONFIGURED | (uint256(type(uint64).max - 1) << RouteWordLib.NEXT_SHIFT);
        (uint256 next, uint256 outcome) = RouteWordLib.spend(word, type(uint64).max - 1);
        assertEq(outcome, RouteWordLib.OK);
        assertEq(RouteWordLib.next(next), type(uint64).max);
        (, outcome) = RouteWordLib.spend(next, type(uint64).max);
        assertEq(outcome, RouteWordLib.AHEAD);
    }
}
