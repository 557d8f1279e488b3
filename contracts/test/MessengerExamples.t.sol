// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageReceiver} from "../messaging/ILitMessageReceiver.sol";
import {ILitMessenger} from "../messaging/ILitMessenger.sol";
import {LitMessageRecipient} from "../messaging/LitMessageRecipient.sol";
import {LitTokenBridge} from "../examples/LitTokenBridge.sol";
import {PingPong} from "../examples/PingPong.sol";
import {MessengerFixture} from "./MessengerFixture.sol";

/// @dev The example apps on one chain: messages "from" SRC_CHAIN are signed here; messages to SRC_CHAIN
///      are sent through this messenger's lane (the two-chain flow runs in test/messenger/).
contract MessengerExamplesTest is MessengerFixture {
    address internal constant REMOTE_BRIDGE = address(0xB41D6E);
    address internal constant ALICE = address(0xA11CE5);
    LitTokenBridge internal bridge;
    PingPong internal pingPong;

    function setUp() public override {
        super.setUp();
        messenger.setOutboundLane(SRC_CHAIN, SRC_MESSENGER, 1_000_000);
        bridge = new LitTokenBridge(address(messenger), address(this), 1_000e18, 1 days);
        bridge.setPeer(SRC_CHAIN, REMOTE_BRIDGE);
        pingPong = new PingPong(address(messenger), address(this));
        pingPong.setPeer(SRC_CHAIN, REMOTE_BRIDGE);
    }

    function _fromPeer(address app, uint64 nonce, address sender, bytes memory payload, uint32 gasLimit) internal returns (bytes memory m) {
        m = _packedFrom(SRC_CHAIN, SRC_MESSENGER, nonce, sender, app, gasLimit, payload);
        _deliver(m);
    }

    function test_bridge_mintsOnceForPeer() public {
        bytes memory m = _fromPeer(address(bridge), 0, REMOTE_BRIDGE, abi.encode(ALICE, 5e18), 100_000);
        assertEq(bridge.balanceOf(ALICE), 5e18);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        vm.expectRevert();
        messenger.deliver(m, r, vs);
        assertEq(bridge.totalSupply(), 5e18);
    }

    function test_bridge_FailsIf_NotPeerOrNotMessenger() public {
        bytes memory m = _fromPeer(address(bridge), 0, address(0xE71), abi.encode(ALICE, 5e18), 100_000);
        assertEq(bridge.balanceOf(ALICE), 0);
        assertEq(uint8(messenger.status(_id(m))), uint8(ILitMessageReceiver.Status.Failed));
        vm.expectRevert(abi.encodeWithSelector(LitMessageRecipient.NotMessenger.selector, address(this), address(messenger)));
        bridge.handleLitMessage(bytes32(0), SRC_CHAIN, REMOTE_BRIDGE, abi.encode(ALICE, 5e18));
        // The recipient gives the forged mint up for good.
        vm.prank(address(bridge));
        messenger.abandon(m);
    }

    function test_bridge_mintCap_failsThenRetriesNextWindow() public {
        _fromPeer(address(bridge), 0, REMOTE_BRIDGE, abi.encode(ALICE, 900e18), 100_000);
        bytes memory big = _fromPeer(address(bridge), 1, REMOTE_BRIDGE, abi.encode(ALICE, 200e18), 100_000);
        assertEq(uint8(messenger.status(_id(big))), uint8(ILitMessageReceiver.Status.Failed));
        vm.expectRevert();
        messenger.retry(big, 100_000);
        vm.warp(START + 1 days);
        messenger.retry(big, 100_000);
        assertEq(bridge.balanceOf(ALICE), 1_100e18);
    }

    function test_bridge_burnsAndSends() public {
        bridge.mintInitial(ALICE, 10e18);
        uint256 fee = bridge.quote(SRC_CHAIN);
        vmx.deal(ALICE, 1 ether);
        vm.prank(ALICE);
        bridge.bridge{value: fee}(SRC_CHAIN, address(0xB0B0), 4e18);
        assertEq(bridge.balanceOf(ALICE), 6e18);
        assertEq(bridge.totalSupply(), 6e18);
        assertEq(messenger.outboundLane(SRC_CHAIN).nextNonce, 1);
        vm.prank(ALICE);
        vm.expectRevert(LitTokenBridge.ZeroBeneficiary.selector);
        bridge.bridge(SRC_CHAIN, address(0), 1);
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(LitTokenBridge.NoPeer.selector, uint64(1)));
        bridge.bridge(1, ALICE, 1);
    }

    function test_pingPong_answersUntilMaxHops() public {
        vmx.deal(address(pingPong), 1 ether);
        _fromPeer(address(pingPong), 0, REMOTE_BRIDGE, abi.encode(uint256(1), uint256(3)), 300_000);
        assertEq(pingPong.lastCounter(), 1);
        assertEq(messenger.outboundLane(SRC_CHAIN).nextNonce, 1); // answered with 2
        _fromPeer(address(pingPong), 1, REMOTE_BRIDGE, abi.encode(uint256(3), uint256(3)), 300_000);
        assertEq(pingPong.lastCounter(), 3);
        assertEq(messenger.outboundLane(SRC_CHAIN).nextNonce, 1); // rally over: no answer
        assertEq(pingPong.received(), 2);
    }
}
