// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";
import {LitOracleReceiver} from "../oracle/LitOracleReceiver.sol";
import {LitOracleRouter} from "../oracle/LitOracleRouter.sol";
import {LitPriceFeed} from "../oracle/LitPriceFeed.sol";
import {CheatCodes} from "./Vm.sol";

/// @dev Shared setup: a router owned by this contract, a guardian, a receiver for SIGNER_KEY and three
///      feeds; helpers to sign single reports and batches and to pack records (test-only encoder, the
///      TypeScript one in actions/src/core/packed.ts is checked against the contract in vitest).
abstract contract OracleFixture is CheatCodes {
    uint256 internal constant SIGNER_KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B;
    address internal constant GUARDIAN = address(0x6A2D);
    uint32 internal constant DELAY = 1 hours;
    uint256 internal constant START = 1_800_000_000;
    /// @dev secp256k1 group order.
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    bytes32 internal constant BTC = bytes32("BTC/USD");
    bytes32 internal constant ETH = bytes32("ETH/USD");
    bytes32 internal constant SOL = bytes32("SOL/USD");

    LitOracleRouter internal router;
    LitOracleReceiver internal receiver;
    LitPriceFeed internal btcFeed;

    function setUp() public virtual {
        vm.warp(START);
        router = new LitOracleRouter(address(this), GUARDIAN, DELAY);
        receiver = new LitOracleReceiver(vm.addr(SIGNER_KEY), address(router));
        router.setInitialReceiver(address(receiver));
        btcFeed = LitPriceFeed(router.addFeed(BTC, 8, 3600, 1e8, 1e15, 3600, 0, "BTC / USD"));
        router.addFeed(ETH, 18, 3600, 1e18, 1e24, 3600, 0, "ETH / USD");
        router.addFeed(SOL, 8, 600, 1e6, 1e12, 3600, 0, "SOL / USD");
    }

    function _report(bytes32 feedId, int256 answer, uint64 observedAt) internal pure returns (IPriceReceiver.Report memory) {
        return IPriceReceiver.Report(feedId, answer, observedAt);
    }

    function _compact(uint256 key, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(key, digest);
        r = r_;
        vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }

    function _signReport(LitOracleReceiver target, uint256 key, IPriceReceiver.Report memory report)
        internal
        view
        returns (bytes32 r, bytes32 vs)
    {
        return _compact(key, target.reportDigest(report));
    }

    function _signBatch(LitOracleReceiver target, uint256 key, bytes memory packed)
        internal
        view
        returns (bytes32 r, bytes32 vs)
    {
        return _compact(key, target.batchDigest(packed));
    }

    /// @dev Test encoder of the packed format: consecutive reports with equal observedAt form a group,
    ///      with the widest trimmed id and the widest minimal answer of the group.
    function _pack(IPriceReceiver.Report[] memory reports) internal pure returns (bytes memory out) {
        uint256 start = 0;
        while (start < reports.length) {
            uint256 end = start + 1;
            while (end < reports.length && end - start < 255 && reports[end].observedAt == reports[start].observedAt) ++end;
            uint256 idWidth = 1;
            uint256 answerWidth = 1;
            for (uint256 i = start; i < end; ++i) {
                uint256 idLength = 32;
                while (idLength > 1 && reports[i].feedId[idLength - 1] == 0) --idLength;
                if (idLength > idWidth) idWidth = idLength;
                uint256 answerLength = _minimalAnswerWidth(reports[i].answer);
                if (answerLength > answerWidth) answerWidth = answerLength;
            }
            out = abi.encodePacked(
                out, uint8(end - start), uint8(idWidth), uint8(answerWidth), uint32(reports[start].observedAt)
            );
            for (uint256 i = start; i < end; ++i) out = abi.encodePacked(out, _record(reports[i], idWidth, answerWidth));
            start = end;
        }
    }

    /// @dev Bytes of the minimal big-endian two's complement encoding of `answer`.
    function _minimalAnswerWidth(int256 answer) internal pure returns (uint256 length) {
        length = 1;
        while (length < 32) {
            int256 limit = int256(1) << (8 * length - 1);
            if (answer >= -limit && answer < limit) break;
            ++length;
        }
    }

    /// @dev One fixed-width record: the idWidth leading bytes of the id, the answer in answerWidth bytes.
    function _record(IPriceReceiver.Report memory report, uint256 idWidth, uint256 answerWidth)
        internal
        pure
        returns (bytes memory record)
    {
        record = new bytes(idWidth + answerWidth);
        for (uint256 j = 0; j < idWidth; ++j) record[j] = report.feedId[j];
        for (uint256 j = 0; j < answerWidth; ++j) {
            record[idWidth + j] = bytes1(uint8(uint256(report.answer) >> (8 * (answerWidth - 1 - j))));
        }
    }

    function _one(bytes32 feedId, int256 answer, uint64 observedAt) internal pure returns (IPriceReceiver.Report[] memory list) {
        list = new IPriceReceiver.Report[](1);
        list[0] = _report(feedId, answer, observedAt);
    }

    function _push(bytes32 feedId, int256 answer, uint64 observedAt) internal {
        IPriceReceiver.Report memory report = _report(feedId, answer, observedAt);
        (bytes32 r, bytes32 vs) = _signReport(receiver, SIGNER_KEY, report);
        receiver.update(report, r, vs);
    }
}
