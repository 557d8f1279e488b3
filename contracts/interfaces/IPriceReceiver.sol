// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IPriceReceiver
/// @notice The write side of a lit-oracle phase: verifies EIP-712 reports signed by one PKP (a
///         threshold secp256k1 key held by Lit nodes) and stores the latest value of every feed in a
///         single storage slot. Consumers never read a receiver directly: they read a per-feed
///         `ILitPriceFeed` (Chainlink `AggregatorV3Interface`) that routes to the current receiver.
///
/// @dev    Signed data (EIP-712, domain {name "LitOracle", version "1", chainId, verifyingContract =
///         this receiver}):
///             Report(bytes32 feedId,int256 answer,uint64 observedAt)
///             ReportBatch(bytes reports)        (`reports`: the packed encoding below, as sent)
///         Replay protection: the domain binds the chain and this contract; `observedAt` must strictly
///         increase per feed, so a report lands at most once and an older one never overwrites a newer.
///
///         Validation shared by every write path, in this order (first failure wins):
///             feed configured (`UnknownFeed`) -> not retired (`FeedRetired`) -> not paused (`FeedPaused`)
///             -> observedAt <= block.timestamp + MAX_FUTURE_SKEW_SECONDS (`FutureReport`)
///             -> observedAt > stored observedAt (`StaleReport`)
///             -> observedAt + the feed's max report age >= block.timestamp, and observedAt after the
///                feed's last unpause (`ExpiredReport`): a signed report cannot be held back and landed
///                late, nor signed before a pause and landed after it
///             -> round counter below 2**28 - 1 (`RoundsExhausted`)
///             -> answer within the feed's bounds, else the report is recorded as a *breach*
///                (`AnswerOutOfBounds` event): the answer is not published and the feed's readers
///                revert with `FeedBreached` until an in-bounds report lands.
///
///         Packed report encoding used by `updateBatch` and `updateDirect`: a sequence of groups
///         (concatenated, no padding, at least one), each a header followed by fixed-width records:
///             uint8  count          1..255: records in the group
///             uint8  idWidth        1..32: bytes of every feed id of the group
///             uint8  answerWidth    1..32: bytes of every answer of the group
///             uint32 observedAt     unix seconds, nonzero, shared by the group's records. Reports after
///                                   2106-02-07 cannot be encoded.
///             count x { bytes feedId[idWidth]  the leading bytes of the feed id (the remaining bytes
///                                              of the bytes32 are zero)
///                       bytes answer[answerWidth] big-endian two's complement, sign-extended to int256 }
///         Records are applied in order (the order is signed). Malformed input (empty, count 0, a width
///         0 or above 32, observedAt 0, a group running past the end) reverts `MalformedReports(offset)`
///         with the offset of the group header. Encoders put consecutive reports with the same observedAt
///         in one group, with the widest id (trailing zero bytes dropped) and the widest minimal answer.
///         Encoder and decoder: actions/src/core/packed.ts; `decodeReports` decodes on chain.
interface IPriceReceiver {
    // =============================================================
    //                            STRUCTS
    // =============================================================

    /// @notice One signed observation, exactly the EIP-712 `Report` struct.
    /// @param feedId The ASCII symbol ("BTC/USD") left-aligned in a bytes32.
    /// @param answer The price as a fixed-point integer with the feed's decimals.
    /// @param observedAt Unix seconds at which the sources were observed.
    struct Report {
        bytes32 feedId;
        int256 answer;
        uint64 observedAt;
    }

    /// @notice The unpacked state of one feed on this receiver.
    /// @param answer The latest published (in-bounds) answer.
    /// @param observedAt The observation time of the newest accepted report (a breach advances it).
    /// @param updatedAt The block timestamp at which `answer` was published.
    /// @param roundId Round counter on this receiver; 0 = nothing published yet.
    /// @param minAnswer Lowest publishable answer (inclusive; effective value after encoding).
    /// @param maxAnswer Highest publishable answer (inclusive; effective value after encoding).
    /// @param configured Whether the feed exists on this receiver.
    /// @param paused Whether writes are paused by the guardian or owner.
    /// @param breached Whether the newest accepted report was outside the bounds.
    /// @param retired Whether this receiver was replaced by a newer phase (writes closed forever).
    /// @param maxReportAge Effective max report age in seconds (a table value, see FeedSlotLib).
    /// @param historyRounds Rounds kept readable by `roundData` (0 = the latest only).
    /// @param resumedAt Block time of the last unpause (0 = never); reports observed at or before it
    ///        are refused.
    struct FeedState {
        int256 answer;
        uint64 observedAt;
        uint64 updatedAt;
        uint64 roundId;
        int256 minAnswer;
        int256 maxAnswer;
        bool configured;
        bool paused;
        bool breached;
        bool retired;
        uint32 maxReportAge;
        uint16 historyRounds;
        uint64 resumedAt;
    }

    // =============================================================
    //                            EVENTS
    // =============================================================

    /// @notice A round was published: LOG1 whose only topic is the feed id and whose data is 23 bytes,
    ///         the low 184 bits of the feed's storage word after the publication (FeedSlotLib layout),
    ///         big-endian: answer (int88, bits 0..87), observedAt (88..119), updatedAt (120..151), round
    ///         in this phase (152..179; bits 180..183 are the max-age code). Follow one feed with
    ///         `eth_getLogs({ address: <receivers of every phase>, topics: [feedId] })`. Not an ABI
    ///         event (its data is not 32-byte words): 934 gas, the cheapest log that can be filtered
    ///         per feed (docs/contracts.md has the comparison). Decoder: sdk/src/events.ts.
    ///         (Declared here for documentation only; the receiver emits it with LOG1 in assembly.)

    /// @notice A signed report outside the feed's bounds was recorded as a breach (not published).
    event AnswerOutOfBounds(bytes32 indexed feedId, int256 answer, uint64 observedAt, int256 minAnswer, int256 maxAnswer);

    /// @notice A report of a batch was not applied; `reason` is the ABI-encoded custom error
    ///         (`StaleReport`, `FutureReport`, `FeedPaused`, `FeedRetired`, `UnknownFeed`).
    event ReportSkipped(bytes32 indexed feedId, bytes reason);

    /// @notice The router (re)configured a feed's bounds and pause flag on this receiver.
    event FeedConfigured(
        bytes32 indexed feedId, int256 minAnswer, int256 maxAnswer, uint32 maxReportAge, uint16 historyRounds, bool paused
    );

    /// @notice The router paused or unpaused a feed on this receiver.
    event FeedPauseSet(bytes32 indexed feedId, bool paused);

    /// @notice The router retired this receiver's copy of a feed (a newer phase took over).
    event FeedRetiredOnReceiver(bytes32 indexed feedId);

    // =============================================================
    //                            ERRORS
    // =============================================================

    /// @notice The signature does not recover to any address (bad `r`/`s`/`v`).
    error InvalidSignature();

    /// @notice `s` is in the upper half of the curve order: the malleable twin of a valid signature.
    error MalleableSignature(bytes32 s);

    /// @notice The signature is valid but was not made by this receiver's signer.
    error WrongSigner(address recovered, address expected);

    /// @notice `updateDirect` was not sent by the signer.
    error NotSigner(address sender, address expected);

    /// @notice Configuration calls come from the router only.
    error NotRouter(address sender, address router);

    /// @notice Feed ids are ASCII symbols left-aligned in a bytes32: the first byte must be nonzero.
    error InvalidFeedId(bytes32 feedId);

    /// @notice No feed with this id is configured on this receiver.
    error UnknownFeed(bytes32 feedId);

    /// @notice Writes to this feed are paused.
    error FeedPaused(bytes32 feedId);

    /// @notice This receiver was replaced; its feeds accept no writes.
    error FeedRetired(bytes32 feedId);

    /// @notice `observedAt` is not newer than the stored observation (already done or out of order).
    error StaleReport(bytes32 feedId, uint64 given, uint64 current);

    /// @notice `observedAt` is further in the future than `MAX_FUTURE_SKEW_SECONDS` allows.
    error FutureReport(bytes32 feedId, uint64 given, uint64 latestAllowed);

    /// @notice The report is older than the feed allows: observed before `oldestAllowed` (the later of
    ///         block.timestamp - max report age and the second after the last unpause).
    error ExpiredReport(bytes32 feedId, uint64 given, uint64 oldestAllowed);

    /// @notice A max report age below 30 s (the smallest table value).
    error InvalidMaxReportAge(uint32 maxReportAgeSeconds);

    /// @notice More history rounds than a feed can keep (64).
    error InvalidHistory(uint16 historyRounds);

    /// @notice The feed's uint28 round counter is exhausted on this receiver (rotate to a new phase).
    error RoundsExhausted(bytes32 feedId);

    /// @notice The packed reports are empty or a group is malformed (count 0, a width 0 or above 32,
    ///         observedAt 0, or its records run past the end); `offset` is that group header's.
    error MalformedReports(uint256 offset);

    /// @notice Bounds must satisfy min < max and fit the stored answer type (int88).
    error InvalidBounds(int256 minAnswer, int256 maxAnswer);

    // =============================================================
    //                         WRITE PATHS
    // =============================================================

    /// @notice Publishes one report signed by the signer (EIP-2098 compact signature `r`, `vs`).
    /// @dev Reverts with the first failed check (see the contract NatSpec); an out-of-bounds answer is
    ///      recorded as a breach and does not revert.
    function update(Report calldata report, bytes32 r, bytes32 vs) external;

    /// @notice Publishes a batch of packed reports covered by ONE signature over
    ///         `ReportBatch(bytes reports)`: the packed records exactly as sent (order significant).
    /// @dev A bad signature reverts the whole batch. A report that fails validation is skipped with
    ///      `ReportSkipped` so one stale or paused feed does not block the others; if no report at all
    ///      could be applied, the call reverts with the first report's error instead.
    function updateBatch(bytes calldata reports, bytes32 r, bytes32 vs) external;

    /// @notice The "transaction sent from Lit" path: the signer itself sends packed reports; no
    ///         signature in calldata. Same validation and skip rules as `updateBatch`.
    function updateDirect(bytes calldata reports) external;

    // =============================================================
    //                      ROUTER-ONLY CONFIG
    // =============================================================

    /// @notice Creates or reconfigures a feed: bounds as encoded floats, max report age and history as
    ///         codes (see `FeedSlotLib`), pause flag.
    function setFeedConfig(
        bytes32 feedId,
        uint32 minBound,
        uint32 maxBound,
        uint8 maxAgeCode,
        uint8 historyCode,
        bool paused
    ) external;

    /// @notice Pauses or unpauses writes to a feed. An unpause sets the feed's resume floor to
    ///         block.timestamp: reports observed at or before it are refused (`ExpiredReport`).
    function setPaused(bytes32 feedId, bool paused) external;

    /// @notice Closes writes to the given feeds forever (called when a newer phase is confirmed).
    function closeFeeds(bytes32[] calldata feedIds) external;

    // =============================================================
    //                            VIEWS
    // =============================================================

    /// @notice The address whose signatures this receiver accepts (fixed for the receiver's life).
    function SIGNER() external view returns (address);

    /// @notice The router allowed to configure this receiver.
    function ROUTER() external view returns (address);

    /// @notice How far `observedAt` may be ahead of `block.timestamp`, in seconds.
    function MAX_FUTURE_SKEW_SECONDS() external view returns (uint64);

    /// @notice The unpacked state of a feed (all zero / false for an unknown feed).
    function feedState(bytes32 feedId) external view returns (FeedState memory);

    /// @notice Round `roundId` (in this phase) of a feed, if stored: the latest round always, older ones
    ///         while they are among the feed's last `historyRounds`.
    /// @return found Whether the round is stored; the other values are zero when not.
    function roundData(bytes32 feedId, uint64 roundId)
        external
        view
        returns (bool found, int256 answer, uint64 observedAt, uint64 updatedAt);

    /// @notice The EIP-712 digest the signer signs for one report on this receiver and chain.
    function reportDigest(Report calldata report) external view returns (bytes32);

    /// @notice The EIP-712 digest the signer signs for a batch of packed reports.
    function batchDigest(bytes calldata reports) external view returns (bytes32);

    /// @notice Decodes packed reports (for tooling and transparency).
    function decodeReports(bytes calldata reports) external pure returns (Report[] memory);
}
