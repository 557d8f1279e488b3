// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitMessageReceiver} from "../messaging/ILitMessageReceiver.sol";
import {ILitMessenger} from "../messaging/ILitMessenger.sol";
import {LitMessenger} from "../messaging/LitMessenger.sol";
import {MessageLib} from "../libraries/MessageLib.sol";
import {MessengerFixture} from "./MessengerFixture.sol";
import {BombRecipient, GasHungryRecipient, ReentrantRecipient, RecordingRecipient} from "./MessengerMocks.sol";

contract LitMessengerDeliveryTest is MessengerFixture {
    function test_deliver_callsHandlerOnce_withRoutingFields() public {
        bytes memory m = _msg(0);
        _deliver(m);
        assertEq(recipient.calls(), 1);
        assertEq(recipient.lastId(), _id(m));
        assertEq(recipient.lastSrcChainId(), SRC_CHAIN);
        assertEq(recipient.lastSender(), APP);
        assertEq(keccak256(recipient.lastPayload()), keccak256(abi.encode("hello", uint64(0))));
        assertTrue(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, 0));
        assertFalse(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, 1));
        assertEq(uint8(messenger.status(_id(m))), uint8(ILitMessageReceiver.Status.None));
    }

    function test_deliver_FailsIf_DeliveredTwice() public {
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        messenger.deliver(m, r, vs);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.AlreadyDelivered.selector, _id(m), uint64(0)));
        messenger.deliver(m, r, vs);
        assertEq(recipient.calls(), 1);
    }

    function test_deliver_outOfOrderWithinWindow_thenWatermarkMoves() public {
        _deliver(_msg(2));
        _deliver(_msg(0));
        ILitMessageReceiver.RouteState memory state = messenger.routeState(SRC_CHAIN, SRC_MESSENGER);
        assertEq(state.next, 1);
        assertEq(state.window, 2); // nonce 2 = next + 1
        _deliver(_msg(1));
        state = messenger.routeState(SRC_CHAIN, SRC_MESSENGER);
        assertEq(state.next, 3);
        assertEq(state.window, 0);
        for (uint64 n = 0; n < 3; ++n) assertTrue(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, n));
        bytes memory again = _msg(2);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, again);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.AlreadyDelivered.selector, _id(again), uint64(2)));
        messenger.deliver(again, r, vs);
    }

    function test_deliver_FailsIf_NonceBeyondWindow() public {
        bytes memory far = _msg(120);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, far);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NonceAhead.selector, uint64(120), uint64(0)));
        messenger.deliver(far, r, vs);
        _deliver(_msg(119));
        _deliver(_msg(0));
        messenger.deliver(far, r, vs); // next is now 1: 120 is inside the window
        assertEq(recipient.calls(), 3);
    }

    function test_replay_FailsIf_OtherDestinationChain() public {
        bytes memory m = _msg(0);
        bytes32 digest = messenger.messageDigest(m);
        bytes32 id = _id(m);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        // A fork (or another chain with a messenger at the same address): block.chainid at verification
        // changes both the domain and the id, so the signature recovers some other address.
        vm.chainId(block.chainid + 1);
        assertTrue(messenger.messageDigest(m) != digest);
        assertTrue(_id(m) != id);
        vm.expectRevert();
        messenger.deliver(m, r, vs);
        assertEq(recipient.calls(), 0);
    }

    function test_replay_FailsIf_OtherDestinationMessenger() public {
        LitMessenger twin = new LitMessenger(address(this), GUARDIAN, vm.addr(SIGNER_KEY), DELAY, WINDOW);
        twin.setRoute(SRC_CHAIN, SRC_MESSENGER, CAP);
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        address recovered = _recoverFor(twin, m, r, vs);
        assertTrue(recovered != vm.addr(SIGNER_KEY));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.WrongSigner.selector, recovered, vm.addr(SIGNER_KEY)));
        twin.deliver(m, r, vs);
    }

    function test_replay_FailsIf_FieldChanged() public {
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        bytes[] memory forged = new bytes[](6);
        forged[0] = _msg(1); // other nonce
        forged[1] = _packed(0, address(recipient), GAS + 1, abi.encode("hello", uint64(0))); // gas limit
        forged[2] = _packed(0, address(recipient), GAS, abi.encode("hellO", uint64(0))); // payload
        forged[3] = _packedFrom(SRC_CHAIN, SRC_MESSENGER, 0, address(0xBAD), address(recipient), GAS, abi.encode("hello", uint64(0))); // sender
        forged[4] = _packedFrom(SRC_CHAIN + 1, SRC_MESSENGER, 0, APP, address(recipient), GAS, abi.encode("hello", uint64(0))); // source chain
        forged[5] = _packed(0, address(0xBEEF), GAS, abi.encode("hello", uint64(0))); // recipient
        for (uint256 i = 0; i < forged.length; ++i) {
            vm.expectRevert();
            messenger.deliver(forged[i], r, vs);
        }
        assertEq(recipient.calls(), 0);
    }

    function test_deliver_FailsIf_HighS() public {
        bytes memory m = _msg(0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(SIGNER_KEY, messenger.messageDigest(m));
        // The malleable twin (n - s, other parity): in EIP-2098 form its s loses the top bit to the parity,
        // so it recovers another address; an s in (n/2, 2^255) is refused before recovery.
        uint256 twinS = N - uint256(s);
        bytes32 twin = bytes32(twinS | (uint256(v == 27 ? 1 : 0) << 255));
        vm.expectRevert();
        messenger.deliver(m, r, twin);
        uint256 highS = N / 2 + 1;
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.MalleableSignature.selector, bytes32(highS)));
        messenger.deliver(m, r, bytes32(highS));
        assertEq(recipient.calls(), 0);
    }

    function test_deliver_FailsIf_WrongSignerOrGarbage() public {
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, OTHER_KEY, m);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.WrongSigner.selector, vm.addr(OTHER_KEY), vm.addr(SIGNER_KEY)));
        messenger.deliver(m, r, vs);
        vm.expectRevert(ILitMessageReceiver.InvalidSignature.selector);
        messenger.deliver(m, bytes32(0), bytes32(0));
    }

    function test_deliver_FailsIf_UnknownRouteOrVersion() public {
        bytes memory foreign = _packedFrom(SRC_CHAIN, address(0xF0E), 0, APP, address(recipient), GAS, "x");
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, foreign);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.UnknownRoute.selector, SRC_CHAIN, address(0xF0E)));
        messenger.deliver(foreign, r, vs);

        bytes memory v2 = abi.encodePacked(uint8(2), SRC_CHAIN, SRC_MESSENGER, uint64(0), APP, address(recipient), GAS, "x");
        (r, vs) = _sign(messenger, SIGNER_KEY, v2);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.UnsupportedVersion.selector, uint8(2)));
        messenger.deliver(v2, r, vs);

        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.MalformedMessage.selector, uint256(80)));
        messenger.deliver(new bytes(80), r, vs);
    }

    function test_disableRoute_keepsReplayState() public {
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        messenger.deliver(m, r, vs);
        messenger.disableRoute(SRC_CHAIN, SRC_MESSENGER);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.UnknownRoute.selector, SRC_CHAIN, SRC_MESSENGER));
        messenger.deliver(m, r, vs);
        messenger.setRoute(SRC_CHAIN, SRC_MESSENGER, CAP);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.AlreadyDelivered.selector, _id(m), uint64(0)));
        messenger.deliver(m, r, vs);
    }

    function _recoverFor(LitMessenger target, bytes memory m, bytes32 r, bytes32 vs) private view returns (address) {
        bytes32 s = vs & bytes32(type(uint256).max >> 1);
        uint8 v = uint8(uint256(vs) >> 255) + 27;
        return ecrecover(target.messageDigest(m), v, r, s);
    }
}

contract LitMessengerHandlerTest is MessengerFixture {
    function test_handlerRevert_storedFailed_retriedByAnyone() public {
        recipient.setFailing(true);
        bytes memory m = _msg(0);
        bytes32 id = _id(m);
        vm.expectEmit(true, true, false, true);
        emit ILitMessageReceiver.MessageFailed(id, address(recipient), abi.encodeWithSelector(RecordingRecipient.Refused.selector, uint256(0)));
        _deliver(m);
        assertEq(uint8(messenger.status(id)), uint8(ILitMessageReceiver.Status.Failed));
        assertTrue(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, 0));
        // The route is not blocked.
        recipient.setFailing(false);
        _deliver(_msg(1));
        assertEq(recipient.calls(), 1);

        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RetryGasTooLow.selector, GAS - 1, GAS));
        messenger.retry(m, GAS - 1);
        recipient.setFailing(true);
        vm.expectRevert(
            abi.encodeWithSelector(ILitMessageReceiver.RetryFailed.selector, id, abi.encodeWithSelector(RecordingRecipient.Refused.selector, uint256(1)))
        );
        messenger.retry(m, GAS);
        recipient.setFailing(false);
        vm.prank(address(0xCAFE));
        messenger.retry(m, GAS);
        assertEq(recipient.calls(), 2);
        assertEq(uint8(messenger.status(id)), uint8(ILitMessageReceiver.Status.Retried));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotFailed.selector, id, ILitMessageReceiver.Status.Retried));
        messenger.retry(m, GAS);
    }

    function test_retry_FailsIf_NeverDeliveredOrForged() public {
        bytes memory m = _msg(0);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotFailed.selector, _id(m), ILitMessageReceiver.Status.None));
        messenger.retry(m, GAS);
    }

    function test_abandon_onlyRecipient() public {
        recipient.setFailing(true);
        bytes memory m = _msg(0);
        bytes32 id = _id(m);
        _deliver(m);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotRecipient.selector, address(this), address(recipient)));
        messenger.abandon(m);
        vm.prank(address(recipient));
        messenger.abandon(m);
        assertEq(uint8(messenger.status(id)), uint8(ILitMessageReceiver.Status.Abandoned));
        recipient.setFailing(false);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotFailed.selector, id, ILitMessageReceiver.Status.Abandoned));
        messenger.retry(m, GAS);
    }

    function test_recipientWithoutCode_failed() public {
        bytes memory m = _packed(0, address(0xC0DE1E55), GAS, "x");
        _deliver(m);
        assertEq(uint8(messenger.status(_id(m))), uint8(ILitMessageReceiver.Status.Failed));
    }

    function testFuzz_gasStarvation_relayerCannotMakeHandlerFail(uint256 txGas) public {
        // The handler needs 490k of its 500k; whatever gas the relayer sends, either the whole call
        // reverts (nothing consumed) or the handler ran with its full gas limit and succeeded.
        GasHungryRecipient hungry = new GasHungryRecipient(GAS - 10_000);
        txGas = 30_000 + txGas % 600_000;
        bytes memory m = _packed(0, address(hungry), GAS, "feed me");
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        try messenger.deliver{gas: txGas}(m, r, vs) {
            assertTrue(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, 0));
            assertEq(uint8(messenger.status(_id(m))), uint8(ILitMessageReceiver.Status.None), "starved handler recorded as failed");
        } catch {
            assertFalse(messenger.isDelivered(SRC_CHAIN, SRC_MESSENGER, 0));
        }
    }

    function test_gasStarvation_justBelowLimit_revertsWhole() public {
        GasHungryRecipient hungry = new GasHungryRecipient(GAS - 10_000);
        bytes memory m = _packed(0, address(hungry), GAS, "feed me");
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        // 500k * 64/63 ~ 508k are needed at the CALL; 507k for the whole call is too little.
        try messenger.deliver{gas: 507_000}(m, r, vs) {
            revert("should not deliver with less than the handler's gas");
        } catch (bytes memory reason) {
            assertEq(bytes4(reason), ILitMessageReceiver.NotEnoughGasForHandler.selector);
        }
        messenger.deliver{gas: 560_000}(m, r, vs);
        assertEq(uint8(messenger.status(_id(m))), uint8(ILitMessageReceiver.Status.None));
    }

    function test_returnDataBomb_revertTruncated_successIgnored() public {
        BombRecipient reverting = new BombRecipient(200_000, false);
        BombRecipient returning = new BombRecipient(200_000, true);
        bytes memory m0 = _packed(0, address(reverting), 1_000_000, "boom");
        bytes memory m1 = _packed(1, address(returning), 1_000_000, "boom");
        (bytes32 r0, bytes32 vs0) = _sign(messenger, SIGNER_KEY, m0);
        (bytes32 r1, bytes32 vs1) = _sign(messenger, SIGNER_KEY, m1);
        uint256 before = gasleft();
        messenger.deliver(m0, r0, vs0);
        uint256 spentFailed = before - gasleft();
        before = gasleft();
        messenger.deliver(m1, r1, vs1);
        uint256 spentOk = before - gasleft();
        assertEq(uint8(messenger.status(_id(m0))), uint8(ILitMessageReceiver.Status.Failed));
        assertEq(uint8(messenger.status(_id(m1))), uint8(ILitMessageReceiver.Status.None));
        // The callee paid for its 200 kB of memory; copying it back would have cost the caller as much again.
        // What the caller spends beyond the handler is bounded by the 256 bytes it copies.
        assertLt(spentOk, 1_000_000);
        assertLt(spentFailed, spentOk + 60_000);
    }

    function test_reentrantDelivery_seesConsumedNonce() public {
        ReentrantRecipient reentrant = new ReentrantRecipient(messenger);
        bytes memory m = _packed(0, address(reentrant), GAS, "again");
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        reentrant.arm(m, r, vs);
        messenger.deliver(m, r, vs);
        assertFalse(reentrant.reentered());
        assertEq(bytes4(reentrant.reentryError()), ILitMessageReceiver.AlreadyDelivered.selector);
    }
}

contract LitMessengerBatchTest is MessengerFixture {
    function test_batch_eachMessageFailsOnItsOwn() public {
        _deliver(_msg(1)); // spent before the batch
        messenger.setRoute(SRC_CHAIN + 1, SRC_MESSENGER, CAP);
        messenger.pauseRoute(SRC_CHAIN + 1, SRC_MESSENGER);
        RecordingRecipient failing = new RecordingRecipient();
        failing.setFailing(true);
        bytes[] memory batch = new bytes[](6);
        batch[0] = _msg(0);
        batch[1] = _msg(1); // replay
        batch[2] = _packedFrom(SRC_CHAIN, address(0xF0E), 0, APP, address(recipient), GAS, "x"); // unknown route
        batch[3] = _packed(2, address(failing), GAS, "x"); // handler reverts
        batch[4] = _packedFrom(SRC_CHAIN + 1, SRC_MESSENGER, 0, APP, address(recipient), GAS, "x"); // paused
        batch[5] = _msg(3);
        (bytes32 r, bytes32 vs) = _signBatch(messenger, SIGNER_KEY, batch);
        vm.expectEmit(true, false, false, true);
        emit ILitMessageReceiver.MessageSkipped(_id(batch[1]), ILitMessageReceiver.AlreadyDelivered.selector);
        vm.expectEmit(true, false, false, true);
        emit ILitMessageReceiver.MessageSkipped(_id(batch[2]), ILitMessageReceiver.UnknownRoute.selector);
        messenger.deliverBatch(batch, r, vs);
        assertEq(recipient.calls(), 3); // nonce 1 earlier, then 0 and 3
        assertEq(uint8(messenger.status(_id(batch[3]))), uint8(ILitMessageReceiver.Status.Failed));
        // The paused message was not consumed: it goes through once unpaused.
        assertFalse(messenger.isDelivered(SRC_CHAIN + 1, SRC_MESSENGER, 0));
        messenger.unpauseRoute(SRC_CHAIN + 1, SRC_MESSENGER);
        (r, vs) = _sign(messenger, SIGNER_KEY, batch[4]);
        messenger.deliver(batch[4], r, vs);
        assertTrue(messenger.isDelivered(SRC_CHAIN + 1, SRC_MESSENGER, 0));
    }

    function test_batch_FailsIf_SignatureOverOtherIdsOrOrder() public {
        bytes[] memory batch = new bytes[](2);
        batch[0] = _msg(0);
        batch[1] = _msg(1);
        (bytes32 r, bytes32 vs) = _signBatch(messenger, SIGNER_KEY, batch);
        bytes[] memory swapped = new bytes[](2);
        swapped[0] = batch[1];
        swapped[1] = batch[0];
        // A different digest recovers some other address, which has no route words: every message skipped.
        messenger.deliverBatch(swapped, r, vs);
        assertEq(recipient.calls(), 0);
        // A single-message signature does not work as a batch of one, nor the reverse.
        (bytes32 r1, bytes32 vs1) = _sign(messenger, SIGNER_KEY, batch[0]);
        bytes[] memory one = new bytes[](1);
        one[0] = batch[0];
        messenger.deliverBatch(one, r1, vs1);
        assertEq(recipient.calls(), 0);
        messenger.deliverBatch(batch, r, vs);
        assertEq(recipient.calls(), 2);
    }

    function test_batch_FailsIf_EmptyOrTooLarge() public {
        vm.expectRevert(ILitMessageReceiver.EmptyBatch.selector);
        messenger.deliverBatch(new bytes[](0), bytes32(0), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.BatchTooLarge.selector, uint256(65), uint256(64)));
        messenger.deliverBatch(new bytes[](65), bytes32(0), bytes32(0));
    }
}

contract LitMessengerControlsTest is MessengerFixture {
    function test_rateCap_perWindow() public {
        messenger.setRoute(SRC_CHAIN, SRC_MESSENGER, 2);
        _deliver(_msg(0));
        _deliver(_msg(1));
        bytes memory third = _msg(2);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, third);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RateCapped.selector, SRC_CHAIN, SRC_MESSENGER, uint32(2)));
        messenger.deliver(third, r, vs);
        vm.warp(START + WINDOW);
        messenger.deliver(third, r, vs);
        assertEq(recipient.calls(), 3);
        assertEq(messenger.routeState(SRC_CHAIN, SRC_MESSENGER).remaining, 1);
    }

    function test_rateCap_loweredMidWindow_appliesNow() public {
        _deliver(_msg(0));
        messenger.setRoute(SRC_CHAIN, SRC_MESSENGER, 1);
        _deliver(_msg(1));
        bytes memory m = _msg(2);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RateCapped.selector, SRC_CHAIN, SRC_MESSENGER, uint32(1)));
        messenger.deliver(m, r, vs);
    }

    function test_pause_guardianPauses_onlyOwnerUnpauses() public {
        vm.prank(GUARDIAN);
        messenger.pauseRoute(SRC_CHAIN, SRC_MESSENGER);
        bytes memory m = _msg(0);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RoutePausedError.selector, SRC_CHAIN, SRC_MESSENGER));
        messenger.deliver(m, r, vs);
        vm.prank(GUARDIAN);
        vm.expectRevert();
        messenger.unpauseRoute(SRC_CHAIN, SRC_MESSENGER);
        vm.prank(address(0xBAD));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotGuardianOrOwner.selector, address(0xBAD)));
        messenger.pauseRoute(SRC_CHAIN, SRC_MESSENGER);
        messenger.unpauseRoute(SRC_CHAIN, SRC_MESSENGER);
        messenger.deliver(m, r, vs);
        vm.prank(GUARDIAN);
        messenger.pauseAll();
        assertTrue(messenger.routeState(SRC_CHAIN, SRC_MESSENGER).paused);
    }

    function test_routes_onlyOwner_andBounded() public {
        vm.prank(GUARDIAN);
        vm.expectRevert();
        messenger.setRoute(1, address(1), 1);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.InvalidCap.selector, uint32(0)));
        messenger.setRoute(1, address(1), 0);
        for (uint160 i = 1; i < 64; ++i) messenger.setRoute(1, address(i), 1);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.TooManyRoutes.selector, uint256(64)));
        messenger.setRoute(1, address(64), 1);
    }

    function test_rotation_delayed_oldKeyNotNeeded_stateKept() public {
        _deliver(_msg(0));
        address next = vm.addr(OTHER_KEY);
        messenger.proposeSigner(next);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RotationNotReady.selector, uint64(START + DELAY), uint64(START)));
        messenger.confirmSigner();
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RotationPending.selector, next));
        messenger.proposeGuardian(address(0x1234));
        vm.warp(START + DELAY);
        messenger.confirmSigner();
        assertEq(messenger.signer(), next);
        // The old key is refused, the new one accepted, and the replay state moved with the route.
        bytes memory m = _msg(1);
        (bytes32 r, bytes32 vs) = _sign(messenger, SIGNER_KEY, m);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.WrongSigner.selector, vm.addr(SIGNER_KEY), next));
        messenger.deliver(m, r, vs);
        bytes memory old = _msg(0);
        (r, vs) = _sign(messenger, OTHER_KEY, old);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.AlreadyDelivered.selector, _id(old), uint64(0)));
        messenger.deliver(old, r, vs);
        (r, vs) = _sign(messenger, OTHER_KEY, m);
        messenger.deliver(m, r, vs);
        assertEq(recipient.calls(), 2);
        assertEq(messenger.routeState(SRC_CHAIN, SRC_MESSENGER).next, 2);
    }

    function test_rotation_guardianCancels_andChecks() public {
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.SameSigner.selector, vm.addr(SIGNER_KEY)));
        messenger.proposeSigner(vm.addr(SIGNER_KEY));
        messenger.proposeSigner(vm.addr(OTHER_KEY));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RotationAlreadyPending.selector, vm.addr(OTHER_KEY)));
        messenger.proposeSigner(address(0x77));
        vm.prank(GUARDIAN);
        messenger.cancelSigner();
        vm.warp(START + DELAY);
        vm.expectRevert(ILitMessageReceiver.NoPendingSigner.selector);
        messenger.confirmSigner();
        vm.prank(GUARDIAN);
        vm.expectRevert();
        messenger.proposeSigner(address(0x77));
    }

    function test_guardianChange_delayed_cancellableByGuardian_blocksRotation() public {
        messenger.proposeGuardian(address(0x1234));
        // While the guardian is being replaced, no rotation can start (the current guardian keeps its veto).
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RotationPending.selector, address(0x1234)));
        messenger.proposeSigner(vm.addr(OTHER_KEY));
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.RotationNotReady.selector, uint64(START + DELAY), uint64(START)));
        messenger.confirmGuardian();
        vm.prank(GUARDIAN);
        messenger.cancelGuardian();
        vm.expectRevert(ILitMessageReceiver.NoPendingGuardian.selector);
        messenger.confirmGuardian();
        messenger.proposeGuardian(address(0x1234));
        vm.warp(START + DELAY);
        vm.prank(GUARDIAN);
        vm.expectRevert();
        messenger.confirmGuardian();
        messenger.confirmGuardian();
        assertEq(messenger.guardian(), address(0x1234));
        vm.prank(GUARDIAN);
        vm.expectRevert(abi.encodeWithSelector(ILitMessageReceiver.NotGuardianOrOwner.selector, GUARDIAN));
        messenger.pauseAll();
    }
}

contract LitMessengerSourceTest is MessengerFixture {
    uint64 internal constant DST = 42161;
    address internal constant DST_MESSENGER = address(0xD57);

    function setUp() public override {
        super.setUp();
        messenger.setOutboundLane(DST, DST_MESSENGER, 1_000_000);
        messenger.setFeeConfig(DST, ILitMessenger.FeeConfig({baseFeeWei: 1e12, gasPriceWei: 1e6, perByteWei: 1e9}));
    }

    function test_send_quote_nonce_idMatchesDestinationView() public {
        bytes memory payload = "ping";
        uint256 fee = messenger.quote(DST, payload.length, 100_000);
        assertEq(fee, 1e12 + (100_000 + messenger.DELIVERY_OVERHEAD_GAS()) * 1e6 + 4 * 1e9);
        (bytes32 id0, uint64 n0) = messenger.sendMessage{value: fee}(DST, address(0xBEEF), payload, 100_000);
        (bytes32 id1, uint64 n1) = messenger.sendMessage{value: fee + 1}(DST, address(0xBEEF), payload, 100_000);
        assertEq(n0, 0);
        assertEq(n1, 1);
        assertTrue(id0 != id1);
        assertEq(messenger.outboundLane(DST).nextNonce, 2);
        bytes32 expected = MessageLib.hashMessage(
            1, uint64(block.chainid), address(messenger), 0, address(this), DST, DST_MESSENGER, address(0xBEEF), 100_000, keccak256(payload)
        );
        assertEq(id0, expected);
        assertEq(address(messenger).balance, 2 * fee + 1);
    }

    function test_send_FailsIf_BadInput() public {
        vm.expectRevert(abi.encodeWithSelector(ILitMessenger.UnknownDestination.selector, uint64(7)));
        messenger.sendMessage(7, address(0xBEEF), "x", 100_000);
        vm.expectRevert(ILitMessenger.ZeroRecipient.selector);
        messenger.sendMessage(DST, address(0), "x", 100_000);
        vm.expectRevert(abi.encodeWithSelector(ILitMessenger.GasLimitOutOfRange.selector, uint32(1_000_001), uint32(1), uint32(1_000_000)));
        messenger.sendMessage(DST, address(0xBEEF), "x", 1_000_001);
        vm.expectRevert(abi.encodeWithSelector(ILitMessenger.PayloadTooLarge.selector, uint256(10_001), uint256(10_000)));
        messenger.sendMessage(DST, address(0xBEEF), new bytes(10_001), 100_000);
        uint256 fee = messenger.quote(DST, 1, 100_000);
        vm.expectRevert(abi.encodeWithSelector(ILitMessenger.InsufficientFee.selector, fee - 1, fee));
        messenger.sendMessage{value: fee - 1}(DST, address(0xBEEF), "x", 100_000);
        vm.expectRevert(abi.encodeWithSelector(ILitMessenger.SameChain.selector, uint64(block.chainid)));
        messenger.setOutboundLane(uint64(block.chainid), DST_MESSENGER, 1);
    }

    function test_withdrawFees_onlyOwner() public {
        uint256 fee = messenger.quote(DST, 1, 100_000);
        messenger.sendMessage{value: fee}(DST, address(0xBEEF), "x", 100_000);
        vm.prank(GUARDIAN);
        vm.expectRevert();
        messenger.withdrawFees(payable(GUARDIAN));
        messenger.withdrawFees(payable(address(0xFEE)));
        assertEq(address(0xFEE).balance, fee);
    }
}
