// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title RouteWordLib
/// @notice The one storage word a destination messenger keeps per route (source chain, source messenger):
///         exactly-once state (lowest undelivered nonce and a bitmap above it), the rate window, and flags.
///
///         Layout (bit offsets):
///           [0, 120)    window     bit i set: nonce next + i is delivered (bit 0 is always clear)
///           [120, 184)  next       lowest undelivered nonce (uint64)
///           [184, 216)  remaining  messages left in rate window `windowIndex` (uint32)
///           [216, 248)  windowIndex  block.timestamp / RATE_WINDOW_SECONDS of the last admitted message (uint32)
///           248         CONFIGURED
///           249         PAUSED
///
///         A nonce n is spent iff n < next, or n - next < NONCE_WINDOW and its window bit is set. Marking n
///         sets its bit and then moves `next` over the run of set bits at the bottom, so the window always
///         describes the nonces just above the lowest gap.
library RouteWordLib {
    uint256 internal constant NONCE_WINDOW = 120;
    uint256 internal constant WINDOW_MASK = (uint256(1) << 120) - 1;
    uint256 internal constant NEXT_SHIFT = 120;
    uint256 internal constant REMAINING_SHIFT = 184;
    uint256 internal constant WINDOW_INDEX_SHIFT = 216;
    uint256 internal constant CONFIGURED = uint256(1) << 248;
    uint256 internal constant PAUSED = uint256(1) << 249;
    /// @dev Bits of the rate fields (remaining and windowIndex).
    uint256 internal constant RATE_MASK = ((uint256(1) << 64) - 1) << REMAINING_SHIFT;

    /// @notice Outcome of `spend`.
    uint256 internal constant OK = 0;
    uint256 internal constant SPENT = 1;
    uint256 internal constant AHEAD = 2;

    function next(uint256 word) internal pure returns (uint64) {
        return uint64(word >> NEXT_SHIFT);
    }

    function window(uint256 word) internal pure returns (uint256) {
        return word & WINDOW_MASK;
    }

    function remaining(uint256 word) internal pure returns (uint32) {
        return uint32(word >> REMAINING_SHIFT);
    }

    function windowIndex(uint256 word) internal pure returns (uint32) {
        return uint32(word >> WINDOW_INDEX_SHIFT);
    }

    /// @notice Whether nonce `nonce` is spent in `word`.
    function isSpent(uint256 word, uint64 nonce) internal pure returns (bool) {
        uint64 low = next(word);
        if (nonce < low) return true;
        uint256 offset = uint256(nonce) - low;
        return offset < NONCE_WINDOW && (word >> offset) & 1 != 0;
    }

    /// @notice Marks `nonce` spent. Returns the new word and OK, or the unchanged word and SPENT/AHEAD.
    function spend(uint256 word, uint64 nonce) internal pure returns (uint256, uint256) {
        uint256 low = (word >> NEXT_SHIFT) & type(uint64).max;
        if (nonce < low) return (word, SPENT);
        uint256 offset = uint256(nonce) - low;
        // The last uint64 nonce is never issued (a lane would need 2^64 messages); refusing it keeps
        // `next` inside its 64 bits.
        if (offset >= NONCE_WINDOW || nonce == type(uint64).max) return (word, AHEAD);
        uint256 bits = word & WINDOW_MASK;
        uint256 bit = uint256(1) << offset;
        if (bits & bit != 0) return (word, SPENT);
        bits |= bit;
        // Move `next` over the set bits at the bottom (one step for an in-order delivery). `low` stays
        // below 2^64: it only passes nonces that were spent, and a nonce is a uint64.
        while (bits & 1 != 0) {
            bits >>= 1;
            ++low;
        }
        return ((word & ~(WINDOW_MASK | (uint256(type(uint64).max) << NEXT_SHIFT))) | (low << NEXT_SHIFT) | bits, OK);
    }

    /// @notice The word with rate fields `remaining_` in window `windowIndex_`.
    function withRate(uint256 word, uint32 windowIndex_, uint32 remaining_) internal pure returns (uint256) {
        return (word & ~RATE_MASK) | (uint256(windowIndex_) << WINDOW_INDEX_SHIFT) | (uint256(remaining_) << REMAINING_SHIFT);
    }
}
