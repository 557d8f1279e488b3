// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IPriceReceiver} from "../interfaces/IPriceReceiver.sol";

/// @title FeedSlotLib
/// @notice Everything the write path needs about one feed lives in ONE 256-bit storage word, so an
///         update costs one cold SLOAD + one SSTORE (5,000 gas) and nothing else from storage.
///
///         bit   0 ..  87  answer      int88   latest published answer (two's complement)
///         bit  88 .. 119  observedAt  uint32  newest accepted observation (unix s; valid until 2106)
///         bit 120 .. 151  updatedAt   uint32  block timestamp of the publication of `answer`
///         bit 152 .. 179  roundId     uint28  rounds published on this receiver (0 = none)
///         bit 180 .. 183  maxAgeCode  uint4   index into MAX_AGE_TABLE: reports older are refused
///         bit 184 .. 215  minBound    float32 lowest publishable answer
///         bit 216 .. 247  maxBound    float32 highest publishable answer
///         bit 248 .. 251  flags       CONFIGURED | PAUSED | BREACHED | RETIRED
///         bit 252 .. 254  historyCode uint3   0 = no round history, k = the last 2**(k-1) rounds kept
///         bit 255         RESUMED     unpaused since the last accepted report (the resume floor applies)
///
///         Report age: a report is refused (`ExpiredReport`) when observedAt + maxAge < block.timestamp;
///         maxAge is one of the 16 values of MAX_AGE_TABLE (1 min .. 18 h), the largest not above the
///         requested age (rounded toward stricter). A feed whose flag byte is exactly CONFIGURED (or
///         CONFIGURED | BREACHED) is settled by the receiver's fast path; history and the resume floor
///         take the slow path (`_applyOne`).
///
///         Bounds are binary floats: low 24 bits a signed mantissa m (int24), high 8 bits an exponent e,
///         value = m * 2**e. Encoding rounds OUTWARD (min down, max up), so the effective bounds are
///         never tighter than requested and at most 2**-22 (relative) wider; `feedState` and the router
///         report the effective values. Binary (not decimal) so decoding is a shift, not an EXP.
///         Bounds must lie within int88, so every publishable answer fits the stored int88.
library FeedSlotLib {
    uint256 internal constant OBSERVED_AT_SHIFT = 88;
    uint256 internal constant UPDATED_AT_SHIFT = 120;
    uint256 internal constant ROUND_SHIFT = 152;
    uint256 internal constant MAX_AGE_SHIFT = 180;
    uint256 internal constant HISTORY_SHIFT = 252;
    uint256 internal constant MIN_BOUND_SHIFT = 184;
    uint256 internal constant MAX_BOUND_SHIFT = 216;
    uint256 internal constant FLAGS_SHIFT = 248;

    uint256 internal constant UINT32_MASK = 0xffffffff;
    uint256 internal constant ROUND_MASK = 0xfffffff;
    /// @notice Rounds a receiver can publish per feed (uint28); then `RoundsExhausted` (rotate).
    uint64 internal constant MAX_ROUND = 0xfffffff;
    uint256 internal constant ANSWER_MASK = uint256(type(uint88).max);

    uint256 internal constant FLAG_CONFIGURED = uint256(1) << 248;
    uint256 internal constant FLAG_PAUSED = uint256(1) << 249;
    uint256 internal constant FLAG_BREACHED = uint256(1) << 250;
    uint256 internal constant FLAG_RETIRED = uint256(1) << 251;
    uint256 internal constant FLAG_RESUMED = uint256(1) << 255;
    uint256 internal constant HISTORY_BITS = uint256(7) << HISTORY_SHIFT;
    uint256 internal constant MAX_AGE_BITS = uint256(0xf) << MAX_AGE_SHIFT;

    /// @notice Largest history code: 2**(7-1) = 64 rounds.
    uint8 internal constant MAX_HISTORY_CODE = 7;

    /// @notice The 16 report ages in seconds, 16 bits each, code 0 in the low bits:
    ///         1, 1.5, 2, 3, 5, 10, 15, 20, 30, 45 min, 1, 2, 3, 6, 12, 18 h.
    uint256 internal constant MAX_AGE_TABLE = (uint256(60)) | (uint256(90) << 16) | (uint256(120) << 32)
        | (uint256(180) << 48) | (uint256(300) << 64) | (uint256(600) << 80) | (uint256(900) << 96)
        | (uint256(1200) << 112) | (uint256(1800) << 128) | (uint256(2700) << 144) | (uint256(3600) << 160)
        | (uint256(7200) << 176) | (uint256(10800) << 192) | (uint256(21600) << 208) | (uint256(43200) << 224)
        | (uint256(64800) << 240);
    /// @notice Smallest and largest table age, in seconds. The receiver's fast path takes only reports
    ///         at most MIN_MAX_AGE_SECONDS old, which no feed can refuse as expired.
    uint256 internal constant MIN_MAX_AGE_SECONDS = 60;
    uint256 internal constant MAX_MAX_AGE_SECONDS = 64800;

    /// @dev Both encoded bounds.
    uint256 internal constant BOUNDS_BITS = uint256(type(uint64).max) << MIN_BOUND_SHIFT;

    /// @dev Bits kept by a publication: bounds, max age, history and CONFIGURED/PAUSED/RETIRED
    ///      (BREACHED and RESUMED cleared).
    uint256 internal constant KEEP_ON_PUBLISH =
        BOUNDS_BITS | MAX_AGE_BITS | HISTORY_BITS | FLAG_CONFIGURED | FLAG_PAUSED | FLAG_RETIRED;

    /// @dev Bits replaced by a breach: observedAt only (and BREACHED set).
    uint256 internal constant OBSERVED_AT_BITS = UINT32_MASK << OBSERVED_AT_SHIFT;

    int256 internal constant MIN_STORABLE_ANSWER = type(int88).min;
    int256 internal constant MAX_STORABLE_ANSWER = type(int88).max;

    int256 private constant MANTISSA_MIN = type(int24).min;
    int256 private constant MANTISSA_MAX = type(int24).max;
    /// @dev Largest exponent encodeMin/encodeMax may need for an int88 value with an int24 mantissa.
    uint256 private constant MAX_EXPONENT = 88 - 23;

    function answer(uint256 slot) internal pure returns (int256) {
        return int256(int88(uint88(slot)));
    }

    function observedAt(uint256 slot) internal pure returns (uint64) {
        return uint64((slot >> OBSERVED_AT_SHIFT) & UINT32_MASK);
    }

    function updatedAt(uint256 slot) internal pure returns (uint64) {
        return uint64((slot >> UPDATED_AT_SHIFT) & UINT32_MASK);
    }

    function roundId(uint256 slot) internal pure returns (uint64) {
        return uint64((slot >> ROUND_SHIFT) & ROUND_MASK);
    }

    function maxAgeCode(uint256 slot) internal pure returns (uint8) {
        return uint8((slot >> MAX_AGE_SHIFT) & 0xf);
    }

    function historyCode(uint256 slot) internal pure returns (uint8) {
        return uint8((slot >> HISTORY_SHIFT) & 7);
    }

    /// @notice Seconds of a max-age code (0..15).
    function maxAgeSeconds(uint8 code) internal pure returns (uint32) {
        return uint32((MAX_AGE_TABLE >> (16 * uint256(code & 0xf))) & 0xffff);
    }

    /// @notice The code of the largest table age not above `seconds_` (reverts below 30 s).
    function encodeMaxAge(uint32 seconds_) internal pure returns (uint8 code) {
        if (seconds_ < MIN_MAX_AGE_SECONDS) revert IPriceReceiver.InvalidMaxReportAge(seconds_);
        for (uint8 c = 15; c > 0; --c) {
            if (maxAgeSeconds(c) <= seconds_) return c;
        }
        return 0;
    }

    /// @notice Rounds kept by a history code: 0, else 2**(code-1).
    function historyRounds(uint8 code) internal pure returns (uint16) {
        return code == 0 ? 0 : uint16(1) << (code - 1);
    }

    /// @notice The smallest code keeping at least `rounds` rounds (reverts above 64).
    function encodeHistory(uint16 rounds) internal pure returns (uint8 code) {
        if (rounds > historyRounds(MAX_HISTORY_CODE)) revert IPriceReceiver.InvalidHistory(rounds);
        while (historyRounds(code) < rounds) ++code;
    }

    function minBound(uint256 slot) internal pure returns (uint32) {
        return uint32(slot >> MIN_BOUND_SHIFT);
    }

    function maxBound(uint256 slot) internal pure returns (uint32) {
        return uint32(slot >> MAX_BOUND_SHIFT);
    }

    /// @notice The value of an encoded bound: int24 mantissa shifted left by the exponent.
    function decodeBound(uint32 bound) internal pure returns (int256 value) {
        // Assembly: masks explicitly (bits above a uint32 may be dirty on the stack); signextend(2, .)
        // sign-extends the low 3 bytes (int24); shl multiplies by 2**e in
        // two's complement. |m| < 2**23 and e <= 255 are bounded by encode*, which keep m << e in int88.
        assembly {
            value := shl(and(shr(24, bound), 0xff), signextend(2, and(bound, 0xffffff)))
        }
    }

    /// @notice Encodes `value` rounding toward -infinity (for a lower bound).
    function encodeMin(int256 value) internal pure returns (uint32) {
        return _encode(value, false);
    }

    /// @notice Encodes `value` rounding toward +infinity (for an upper bound).
    function encodeMax(int256 value) internal pure returns (uint32) {
        return _encode(value, true);
    }

    /// @notice Validates and encodes a pair of bounds (min < max, both within int88).
    function encodeBounds(int256 minAnswer, int256 maxAnswer) internal pure returns (uint32 minEnc, uint32 maxEnc) {
        if (
            minAnswer >= maxAnswer || minAnswer < MIN_STORABLE_ANSWER || maxAnswer > MAX_STORABLE_ANSWER
        ) revert IPriceReceiver.InvalidBounds(minAnswer, maxAnswer);
        minEnc = encodeMin(minAnswer);
        maxEnc = encodeMax(maxAnswer);
        // Outward rounding can leave int88 at the extremes: reject rather than store an unusable bound.
        if (decodeBound(minEnc) < MIN_STORABLE_ANSWER || decodeBound(maxEnc) > MAX_STORABLE_ANSWER) {
            revert IPriceReceiver.InvalidBounds(minAnswer, maxAnswer);
        }
    }

    function _encode(int256 value, bool roundUp) private pure returns (uint32) {
        for (uint256 e = 0; e <= MAX_EXPONENT; ++e) {
            // `>>` on int256 is an arithmetic shift: floor division by 2**e. Ceil = -floor(-v / 2**e);
            // value is within int88 here, so the negation cannot overflow.
            int256 m = roundUp ? -((-value) >> e) : value >> e;
            if (m >= MANTISSA_MIN && m <= MANTISSA_MAX) {
                return uint32((e << 24) | (uint256(m) & 0xffffff));
            }
        }
        revert IPriceReceiver.InvalidBounds(value, value);
    }
}
