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
///         bit 152 .. 183  roundId     uint32  rounds published on this receiver (0 = none)
///         bit 184 .. 215  minBound    float32 lowest publishable answer
///         bit 216 .. 247  maxBound    float32 highest publishable answer
///         bit 248 .. 255  flags       uint8   CONFIGURED | PAUSED | BREACHED | RETIRED
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
    uint256 internal constant MIN_BOUND_SHIFT = 184;
    uint256 internal constant MAX_BOUND_SHIFT = 216;
    uint256 internal constant FLAGS_SHIFT = 248;

    uint256 internal constant UINT32_MASK = 0xffffffff;
    uint256 internal constant ANSWER_MASK = uint256(type(uint88).max);

    uint256 internal constant FLAG_CONFIGURED = uint256(1) << 248;
    uint256 internal constant FLAG_PAUSED = uint256(1) << 249;
    uint256 internal constant FLAG_BREACHED = uint256(1) << 250;
    uint256 internal constant FLAG_RETIRED = uint256(1) << 251;

    /// @dev Both encoded bounds.
    uint256 internal constant BOUNDS_BITS = uint256(type(uint64).max) << MIN_BOUND_SHIFT;

    /// @dev Bits kept by a publication: bounds and the CONFIGURED/PAUSED/RETIRED flags (BREACHED cleared).
    uint256 internal constant KEEP_ON_PUBLISH = BOUNDS_BITS | FLAG_CONFIGURED | FLAG_PAUSED | FLAG_RETIRED;

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
        return uint64((slot >> ROUND_SHIFT) & UINT32_MASK);
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
