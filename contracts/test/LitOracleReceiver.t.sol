// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {ReportLib} from "../libraries/ReportLib.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {OracleFixture} from "./OracleFixture.sol";

contract LitOracleReceiverTest is OracleFixture {
    event AnswerOutOfBounds(bytes32 indexed feedId, int256 answer, uint64 observedAt, int256 minAnswer, int256 maxAnswer);
    event ReportSkipped(bytes32 indexed feedId, bytes reason);

    uint64 internal t;

    function setUp() public override {
        super.setUp();
        t = uint64(START) - 100;
    }

    // ------------------------------------------------------------------ typehashes

    function test_typehashes_matchTheEip712TypeStrings() public pure {
        require(
            ReportLib.REPORT_TYPEHASH == keccak256("Report(bytes32 feedId,int256 answer,uint64 observedAt)"), "report"
        );
        require(
            ReportLib.REPORT_BATCH_TYPEHASH
                == keccak256("ReportBatch(bytes reports)"),
            "batch"
        );
    }

    function test_domain_isLitOracleV1OnThisChainAndReceiver() public view {
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = receiver.eip712Domain();
        require(keccak256(bytes(name)) == keccak256("LitOracle"), "name");
        require(keccak256(bytes(version)) == keccak256("1"), "version");
        require(chainId == block.chainid && verifying == address(receiver), "domain");
    }

    // ------------------------------------------------------------------ single update

    function test_update_storesReport() public {
        _push(BTC, 97_000e8, t);
        IPriceReceiver.FeedState memory s = receiver.feedState(BTC);
        require(s.answer == 97_000e8 && s.observedAt == t && s.updatedAt == START && s.roundId == 1, "state");
        _push(BTC, 96_000e8, t + 1);
        s = receiver.feedState(BTC);
        require(s.answer == 96_000e8 && s.roundId == 2 && !s.breached, "second");
    }

    function test_update_negativeAnswerWithinBounds() public {
        router.setBounds(SOL, -1e12, 1e12);
        _push(SOL, -5e8, t);
        require(receiver.feedState(SOL).answer == -5e8, "negative");
    }

    function test_update_FailsIf_WrongSigner() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, OTHER_KEY, report);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.WrongSigner.selector, vm.addr(OTHER_KEY), vm.addr(SIGNER_KEY)));
        receiver.update(report, r, vs);
    }

    /// @dev EIP-2098 can carry any s below 2**255; the upper half of the curve order (n/2, 2**255) is
    ///      the malleable range and must be refused before ecrecover (the twin n - s of a real signature
    ///      is almost never below 2**255, so the check is exercised with a crafted s).
    function test_update_FailsIf_SignatureIsMalleable() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (, bytes32 r,) = vm.sign(SIGNER_KEY, receiver.reportDigest(report));
        uint256 highS = N / 2 + 1;
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.MalleableSignature.selector, bytes32(highS)));
        receiver.update(report, r, bytes32(highS));
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.MalleableSignature.selector, bytes32(highS)));
        receiver.update(report, r, bytes32(highS | (1 << 255)));
    }

    function test_update_FailsIf_SignatureIsGarbage() public {
        vm.expectRevert(IPriceReceiver.InvalidSignature.selector);
        receiver.update(_report(BTC, 1e12, t), bytes32(0), bytes32(uint256(1)));
    }

    function test_update_FailsIf_ReportFieldChanged() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        report.answer += 1;
        // A different message recovers a different (random) address.
        vm.expectRevert();
        receiver.update(report, r, vs);
    }

    function test_update_FailsIf_StaleOrEqualTimestamp() public {
        _push(BTC, 1e12, t);
        IPriceReceiver.Report memory same = _report(BTC, 2e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, same);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t, t));
        receiver.update(same, r, vs);
        IPriceReceiver.Report memory older = _report(BTC, 2e12, t - 1);
        (r, vs) = _signReport(receiver, SIGNER_KEY, older);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t - 1, t));
        receiver.update(older, r, vs);
    }

    function test_update_FailsIf_ReplayedAfterLanding() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        receiver.update(report, r, vs);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t, t));
        receiver.update(report, r, vs);
    }

    function test_update_FailsIf_TooFarInTheFuture() public {
        uint64 limit = uint64(START) + receiver.MAX_FUTURE_SKEW_SECONDS();
        _push(BTC, 1e12, limit); // exactly at the limit is accepted
        IPriceReceiver.Report memory report = _report(BTC, 1e12, limit + 1);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.FutureReport.selector, BTC, limit + 1, limit));
        receiver.update(report, r, vs);
    }

    function test_update_FailsIf_TimestampBeyondUint32() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, uint64(1) << 40);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.expectRevert(
            abi.encodeWithSelector(IPriceReceiver.FutureReport.selector, BTC, uint64(1) << 40, uint64(START) + 60)
        );
        receiver.update(report, r, vs);
    }

    function test_update_FailsIf_FeedUnknown() public {
        IPriceReceiver.Report memory report = _report(bytes32("XAU/USD"), 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.UnknownFeed.selector, bytes32("XAU/USD")));
        receiver.update(report, r, vs);
    }

    function test_update_FailsIf_Paused_andResumesAfterUnpause() public {
        vm.prank(GUARDIAN);
        router.pause(BTC);
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.FeedPaused.selector, BTC));
        receiver.update(report, r, vs);
        router.unpause(BTC);
        // Signed before the unpause: refused by the resume floor (issue 9, item 6).
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.ExpiredReport.selector, BTC, t, uint64(START + 1)));
        receiver.update(report, r, vs);
        vm.warp(START + 1);
        _push(BTC, 1e12, uint64(START + 1));
        require(receiver.feedState(BTC).roundId == 1 && receiver.feedState(BTC).resumedAt == START, "resumed");
    }

    // ------------------------------------------------------------------ bounds (breach)

    function test_update_outOfBounds_recordsBreach_andFeedRevertsUntilRecovery() public {
        _push(BTC, 97_000e8, t);
        (, int256 min,,,) = _boundsOf(BTC);
        vm.expectEmit(true, false, false, true);
        emit AnswerOutOfBounds(BTC, 1, t + 1, min, receiver.feedState(BTC).maxAnswer);
        _push(BTC, 1, t + 1); // below the 1e8 minimum: LUNA-style crash
        IPriceReceiver.FeedState memory s = receiver.feedState(BTC);
        require(s.breached && s.answer == 97_000e8 && s.roundId == 1 && s.observedAt == t + 1, "breach state");
        vm.expectRevert(abi.encodeWithSignature("FeedBreached(bytes32,int256,uint64)", BTC, int256(97_000e8), t + 1));
        btcFeed.latestRoundData();
        (,,,, bool paused, bool breached) = btcFeed.latestObservation();
        require(breached && !paused, "observation");
        // An older in-bounds report cannot clear the breach...
        IPriceReceiver.Report memory older = _report(BTC, 96_000e8, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, older);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t, t + 1));
        receiver.update(older, r, vs);
        // ...a newer one does.
        _push(BTC, 95_000e8, t + 2);
        (uint80 roundId, int256 answer,,,) = btcFeed.latestRoundData();
        require(answer == 95_000e8 && roundId == (uint80(1) << 64 | 2), "recovered");
    }

    function test_update_aboveMax_isBreach() public {
        _push(BTC, 1e15 + 1e14, t);
        require(receiver.feedState(BTC).breached && receiver.feedState(BTC).roundId == 0, "breach");
    }

    function _boundsOf(bytes32 feedId) internal view returns (bytes32, int256 min, int256 max, bool, bool) {
        IPriceReceiver.FeedState memory s = receiver.feedState(feedId);
        return (feedId, s.minAnswer, s.maxAnswer, s.paused, s.breached);
    }

    // ------------------------------------------------------------------ batches

    function _three(uint64 at) internal pure returns (IPriceReceiver.Report[] memory list) {
        list = new IPriceReceiver.Report[](3);
        list[0] = _report(BTC, 97_000e8, at);
        list[1] = _report(ETH, 3_400e18, at);
        list[2] = _report(SOL, 240e8, at);
    }

    function test_batch_oneSignatureCoversAllFeeds() public {
        bytes memory packed = _pack(_three(t));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).answer == 97_000e8, "btc");
        require(receiver.feedState(ETH).answer == 3_400e18, "eth");
        require(receiver.feedState(SOL).answer == 240e8 && receiver.feedState(SOL).roundId == 1, "sol");
    }

    function test_batch_singleRecord() public {
        bytes memory packed = _pack(_one(ETH, 3_000e18, t));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(ETH).answer == 3_000e18, "eth");
    }

    function test_batch_FailsIf_SignatureCoversADifferentOrder() public {
        IPriceReceiver.Report[] memory list = _three(t);
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, _pack(list));
        (list[0], list[1]) = (list[1], list[0]);
        vm.expectRevert();
        receiver.updateBatch(_pack(list), r, vs);
    }

    function test_batch_FailsIf_WrongSigner_noEffect() public {
        bytes memory packed = _pack(_three(t));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, OTHER_KEY, packed);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.WrongSigner.selector, vm.addr(OTHER_KEY), vm.addr(SIGNER_KEY)));
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).roundId == 0, "no effect");
    }

    function test_batch_skipsStaleAndPaused_appliesTheRest() public {
        _push(ETH, 3_000e18, t + 5);
        vm.prank(GUARDIAN);
        router.pause(SOL);
        bytes memory packed = _pack(_three(t + 1));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(ETH, abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, ETH, t + 1, t + 5));
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(SOL, abi.encodeWithSelector(IPriceReceiver.FeedPaused.selector, SOL));
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).roundId == 1, "btc applied");
        require(receiver.feedState(ETH).answer == 3_000e18, "eth untouched");
    }

    function test_batch_severalObservedAtGroups_skipInsideAGroup() public {
        _push(ETH, 3_000e18, t + 5);
        IPriceReceiver.Report[] memory list = new IPriceReceiver.Report[](5);
        list[0] = _report(BTC, 97_000e8, t + 1);
        list[1] = _report(SOL, 240e8, t + 1); // shares t + 1
        list[2] = _report(ETH, 3_400e18, t + 2); // a new group, stale: skipped
        list[3] = _report(BTC, 96_000e8, t + 2); // same group as the skipped record
        list[4] = _report(SOL, 250e8, t + 3); // a new group again
        bytes memory packed = _pack(list);
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(ETH, abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, ETH, t + 2, t + 5));
        receiver.updateBatch(packed, r, vs);
        IPriceReceiver.FeedState memory btc = receiver.feedState(BTC);
        require(btc.answer == 96_000e8 && btc.observedAt == t + 2 && btc.roundId == 2, "btc");
        IPriceReceiver.FeedState memory sol = receiver.feedState(SOL);
        require(sol.answer == 250e8 && sol.observedAt == t + 3 && sol.roundId == 2, "sol");
        require(receiver.feedState(ETH).answer == 3_000e18, "eth untouched");
    }

    function test_batch_futureGroupIsSkipped_sharedRecordsToo() public {
        uint64 future = uint64(START) + receiver.MAX_FUTURE_SKEW_SECONDS() + 1;
        IPriceReceiver.Report[] memory list = new IPriceReceiver.Report[](3);
        list[0] = _report(BTC, 97_000e8, t);
        list[1] = _report(SOL, 240e8, future);
        list[2] = _report(ETH, 3_400e18, future); // shares the future observedAt
        bytes memory packed = _pack(list);
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(SOL, abi.encodeWithSelector(IPriceReceiver.FutureReport.selector, SOL, future, uint64(START) + 60));
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(ETH, abi.encodeWithSelector(IPriceReceiver.FutureReport.selector, ETH, future, uint64(START) + 60));
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).roundId == 1, "btc applied");
        require(receiver.feedState(SOL).roundId == 0 && receiver.feedState(ETH).roundId == 0, "future skipped");
    }

    function test_batch_FailsIf_NothingApplied_withFirstError() public {
        bytes memory packed = _pack(_three(t));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        receiver.updateBatch(packed, r, vs);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t, t));
        receiver.updateBatch(packed, r, vs);
    }

    function test_batch_FailsIf_Empty() public {
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.MalformedReports.selector, 0));
        receiver.updateBatch("", bytes32(0), bytes32(0));
    }

    function test_batch_FailsIf_Truncated() public {
        bytes memory packed = _pack(_three(t));
        bytes memory cut = new bytes(packed.length - 1);
        for (uint256 i = 0; i < cut.length; ++i) cut[i] = packed[i];
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.MalformedReports.selector, 0));
        receiver.updateBatch(cut, bytes32(0), bytes32(0));
    }

    /// @dev Every malformed group header is rejected with its offset, on every path that decodes.
    function test_batch_FailsIf_MalformedGroup() public {
        // count 0
        _expectMalformed(hex"000101000000014101", 0);
        // idWidth 0, idWidth 33
        _expectMalformed(hex"0100010000000141", 0);
        _expectMalformed(
            hex"012101000000014141414141414141414141414141414141414141414141414141414141414141414101", 0
        );
        // answerWidth 0, answerWidth 33
        _expectMalformed(hex"0101000000000141", 0);
        _expectMalformed(
            hex"010121000000014101010101010101010101010101010101010101010101010101010101010101010101", 0
        );
        // observedAt 0
        _expectMalformed(hex"010101000000004101", 0);
        // header cut short, record cut short, count beyond the records present
        _expectMalformed(hex"0101010000", 0);
        _expectMalformed(hex"0102010000000141", 0);
        _expectMalformed(hex"02010100000001410141", 0);
        // a valid first group (applied by the fast path) then a malformed one: nothing survives
        bytes memory first = _pack(_one(BTC, 97_000e8, t));
        _expectMalformed(abi.encodePacked(first, hex"00"), first.length);
        _expectMalformed(abi.encodePacked(first, hex"010801000000014254432f55534401"), first.length);
        require(receiver.feedState(BTC).roundId == 0, "no effect");
    }

    function _expectMalformed(bytes memory packed, uint256 offset) internal {
        bytes memory expected = abi.encodeWithSelector(IPriceReceiver.MalformedReports.selector, offset);
        vm.expectRevert(expected);
        receiver.updateBatch(packed, bytes32(0), bytes32(0));
        vm.expectRevert(expected);
        receiver.decodeReports(packed);
        vm.expectRevert(expected);
        receiver.batchDigest(packed);
        vm.prank(vm.addr(SIGNER_KEY));
        vm.expectRevert(expected);
        receiver.updateDirect(packed);
    }

    /// @dev Widths wider than needed are valid (ids zero-padded, answers sign-extended), and a feed id is
    ///      whatever its idWidth bytes say: one not configured (a first byte of 0 included) is skipped.
    function test_batch_wideWidthsAndUnknownIds() public {
        bytes memory packed = abi.encodePacked(
            uint8(3), uint8(32), uint8(32), uint32(t), BTC, int256(97_000e8), bytes32("NOPE/USD"), int256(1)
        );
        packed = abi.encodePacked(packed, bytes32(uint256(BTC) >> 8), int256(2));
        packed = abi.encodePacked(packed, uint8(1), uint8(7), uint8(16), uint32(t + 1), bytes7(SOL), int128(-1));
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        IPriceReceiver.Report[] memory back = receiver.decodeReports(packed);
        require(back.length == 4 && back[3].feedId == SOL && back[3].answer == -1 && back[3].observedAt == t + 1, "decoded");
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(bytes32("NOPE/USD"), abi.encodeWithSelector(IPriceReceiver.UnknownFeed.selector, bytes32("NOPE/USD")));
        vm.expectEmit(true, false, false, true);
        emit ReportSkipped(
            bytes32(uint256(BTC) >> 8), abi.encodeWithSelector(IPriceReceiver.UnknownFeed.selector, bytes32(uint256(BTC) >> 8))
        );
        receiver.updateBatch(packed, r, vs);
        require(receiver.feedState(BTC).answer == 97_000e8, "btc applied");
        require(receiver.feedState(SOL).breached, "sol: -1 is a breach");
    }

    function test_decodeReports_roundTrips() public view {
        IPriceReceiver.Report[] memory list = _three(t);
        list[2].observedAt = t + 7;
        list[1].answer = -1;
        IPriceReceiver.Report[] memory back = receiver.decodeReports(_pack(list));
        require(back.length == 3, "length");
        for (uint256 i = 0; i < 3; ++i) {
            require(
                back[i].feedId == list[i].feedId && back[i].answer == list[i].answer
                    && back[i].observedAt == list[i].observedAt,
                "field"
            );
        }
    }

    // ------------------------------------------------------------------ direct path

    function test_direct_signerSendsWithoutSignature() public {
        vm.prank(vm.addr(SIGNER_KEY));
        receiver.updateDirect(_pack(_three(t)));
        require(receiver.feedState(SOL).answer == 240e8, "applied");
    }

    function test_direct_FailsIf_NotSigner() public {
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.NotSigner.selector, address(this), vm.addr(SIGNER_KEY)));
        receiver.updateDirect(_pack(_three(t)));
    }

    function test_direct_sharesValidation() public {
        vm.prank(vm.addr(SIGNER_KEY));
        receiver.updateDirect(_pack(_one(BTC, 1e12, t)));
        vm.prank(vm.addr(SIGNER_KEY));
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.StaleReport.selector, BTC, t, t));
        receiver.updateDirect(_pack(_one(BTC, 1e12, t)));
    }

    // ------------------------------------------------------------------ replay across chains/contracts

    function test_replay_FailsOnAnotherReceiver() public {
        LitOracleReceiver twin = new LitOracleReceiver(vm.addr(SIGNER_KEY), address(this));
        twin.setFeedConfig(BTC, 1, uint32((40 << 24) | 0x7fffff), 10, 0, false);
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.expectRevert();
        twin.update(report, r, vs);
    }

    function test_replay_FailsOnAnotherChain() public {
        IPriceReceiver.Report memory report = _report(BTC, 1e12, t);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        vm.chainId(8453);
        vm.expectRevert();
        receiver.update(report, r, vs);
    }

    // ------------------------------------------------------------------ access control

    function test_config_FailsIf_NotRouter() public {
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.NotRouter.selector, address(this), address(router)));
        receiver.setPaused(BTC, true);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.NotRouter.selector, address(this), address(router)));
        receiver.setFeedConfig(BTC, 0, 1, 10, 0, false);
        bytes32[] memory ids = new bytes32[](1);
        vm.expectRevert(abi.encodeWithSelector(IPriceReceiver.NotRouter.selector, address(this), address(router)));
        receiver.closeFeeds(ids);
    }

    // ------------------------------------------------------------------ fuzz

    /// @dev Any signed in-bounds, fresh report lands; the stored fields equal the report's.
    function testFuzz_update_acceptsValidReports(uint256 keySeed, uint256 answerSeed, uint32 age) public {
        uint256 key = bound(keySeed, 1, N - 1);
        int256 answer = int256(bound(answerSeed, 1e8, 1e15));
        LitOracleReceiver fresh = new LitOracleReceiver(vm.addr(key), address(this));
        fresh.setFeedConfig(BTC, uint32(1), uint32((40 << 24) | 0x7fffff), 10, 0, false);
        uint64 at = uint64(START) - uint64(bound(age, 0, 3600)); // within the feed max age (code 10 = 3600 s)
        IPriceReceiver.Report memory report = _report(BTC, answer, at);
        (bytes32 r, bytes32 vs) = _compact(key, fresh.reportDigest(report));
        fresh.update(report, r, vs);
        IPriceReceiver.FeedState memory s = fresh.feedState(BTC);
        require(s.answer == answer && s.observedAt == at && s.roundId == 1, "stored");
    }

    /// @dev A signature by any other key, or over any other field, is rejected.
    function testFuzz_update_rejectsForgeries(uint256 keySeed, int256 answer, uint64 at, uint8 which) public {
        uint256 key = bound(keySeed, 1, N - 1);
        vm.assume(key != SIGNER_KEY);
        IPriceReceiver.Report memory report = _report(BTC, answer, at);
        (bytes32 r, bytes32 vs) = _compact(key, receiver.reportDigest(report));
        if (which % 2 == 1) {
            (r, vs) = _compact(SIGNER_KEY, receiver.reportDigest(report));
            report.observedAt = at ^ 1;
        }
        (bool ok,) = address(receiver).call(abi.encodeCall(receiver.update, (report, r, vs)));
        require(!ok, "forgery accepted");
    }

    /// @dev The assembly decoder of the write paths (`_run`) and ReportLib's reference decoder agree: a
    ///      batch in one or two groups with fuzzed (possibly wider than needed) widths, signed as sent,
    ///      stores exactly what decodeReports returns.
    function testFuzz_batch_decodeAgreesWithWritePath(uint256 aSeed, uint256 bSeed, uint256 cSeed, uint256 shape)
        public
    {
        int256 a = int256(bound(aSeed, 1e8, 1e15));
        int256 b = int256(bound(bSeed, 1e18, 1e24));
        int256 c = int256(bound(cSeed, 1e6, 1e12));
        IPriceReceiver.Report[] memory list = new IPriceReceiver.Report[](3);
        list[0] = _report(BTC, a, t);
        list[1] = _report(ETH, b, t);
        list[2] = _report(SOL, c, t);
        // split: 0 = one group of three, 1 = BTC | ETH SOL, 2 = BTC ETH | SOL
        uint256 split = shape % 3;
        uint64 gap = uint64(1 + (shape >> 8) % 50);
        bytes memory packed;
        for (uint256 g = 0; g < 2; ++g) {
            uint256 from = g == 0 ? 0 : (split == 0 ? 3 : split);
            uint256 to = g == 0 ? (split == 0 ? 3 : split) : 3;
            if (from == to) continue;
            uint256 idWidth = bound(uint8(shape >> (16 + 16 * g)), 7, 32);
            uint256 answerWidth = bound(uint8(shape >> (24 + 16 * g)), 11, 32); // ETH's 1e24 needs 11 bytes
            uint64 at = g == 0 ? t : t + gap;
            packed = abi.encodePacked(packed, uint8(to - from), uint8(idWidth), uint8(answerWidth), uint32(at));
            for (uint256 i = from; i < to; ++i) {
                list[i].observedAt = at;
                packed = abi.encodePacked(packed, _record(list[i], idWidth, answerWidth));
            }
        }
        IPriceReceiver.Report[] memory back = receiver.decodeReports(packed);
        (bytes32 r, bytes32 vs) = _signBatch(receiver, SIGNER_KEY, packed);
        receiver.updateBatch(packed, r, vs);
        require(back.length == 3, "length");
        for (uint256 i = 0; i < 3; ++i) {
            IPriceReceiver.FeedState memory state = receiver.feedState(list[i].feedId);
            require(back[i].feedId == list[i].feedId, "id");
            require(state.answer == back[i].answer && back[i].answer == list[i].answer, "answer");
            require(state.observedAt == back[i].observedAt && back[i].observedAt == list[i].observedAt, "observedAt");
            require(state.roundId == 1, "round");
        }
    }

    /// @dev Arbitrary bytes never make the write path misbehave: either MalformedReports or a
    ///      signature failure, never a write.
    function testFuzz_batch_garbageNeverWrites(bytes calldata garbage, bytes32 r, bytes32 vs) public {
        (bool ok,) = address(receiver).call(abi.encodeCall(receiver.updateBatch, (garbage, r, vs)));
        require(!ok, "garbage accepted");
        require(receiver.feedState(BTC).roundId == 0, "written");
    }

    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + (x % (max - min + 1));
    }
}
