/**
 * The slices of the lit-oracle ABIs a dapp needs, as human-readable signatures (viem `parseAbi`), so
 * the SDK depends on viem alone. `test/sdk/abi.test.ts` checks every entry against the compiled
 * contracts' ABIs.
 */
import { parseAbi } from "viem";

/** `ILitPriceFeed` (AggregatorV2V3Interface + lit-oracle extras and errors). */
export const litPriceFeedAbi = parseAbi([
  "function decimals() view returns (uint8)",
  "function description() view returns (string)",
  "function version() view returns (uint256)",
  "function latestRoundData() view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)",
  "function getRoundData(uint80 roundId) view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)",
  "function latestAnswer() view returns (int256)",
  "function latestTimestamp() view returns (uint256)",
  "function latestRound() view returns (uint256)",
  "function getAnswer(uint256 roundId) view returns (int256)",
  "function getTimestamp(uint256 roundId) view returns (uint256)",
  "function latestObservation() view returns (uint80 roundId, int256 answer, uint64 observedAt, uint64 updatedAt, bool paused, bool breached)",
  "function feedId() view returns (bytes32)",
  "function router() view returns (address)",
  "function receiver() view returns (address)",
  "function heartbeat() view returns (uint32)",
  "function maxReportAge() view returns (uint32)",
  "function historyRounds() view returns (uint16)",
  "error NoDataPresent(bytes32 feedId)",
  "error RoundNotAvailable(uint80 roundId)",
  "error FeedBreached(bytes32 feedId, int256 lastAnswer, uint64 breachObservedAt)",
]);

/** The receiver's write paths and the errors a submission can revert with. */
export const litReceiverAbi = parseAbi([
  "struct Report { bytes32 feedId; int256 answer; uint64 observedAt; }",
  "function update(Report report, bytes32 r, bytes32 vs)",
  "function updateBatch(bytes reports, bytes32 r, bytes32 vs)",
  "function SIGNER() view returns (address)",
  "function reportDigest(Report report) view returns (bytes32)",
  "function batchDigest(bytes reports) view returns (bytes32)",
  "function decodeReports(bytes reports) pure returns (Report[])",
  "error StaleReport(bytes32 feedId, uint64 given, uint64 current)",
  "error ExpiredReport(bytes32 feedId, uint64 given, uint64 oldestAllowed)",
  "error FutureReport(bytes32 feedId, uint64 given, uint64 latestAllowed)",
  "error FeedPaused(bytes32 feedId)",
  "error FeedRetired(bytes32 feedId)",
  "error UnknownFeed(bytes32 feedId)",
  "error WrongSigner(address recovered, address expected)",
  "error InvalidSignature()",
  "error MalleableSignature(bytes32 s)",
  "error MalformedReports(uint256 offset)",
  "event AnswerOutOfBounds(bytes32 indexed feedId, int256 answer, uint64 observedAt, int256 minAnswer, int256 maxAnswer)",
  "event ReportSkipped(bytes32 indexed feedId, bytes reason)",
]);

/** The router views needed to list a feed's phases. */
export const litRouterAbi = parseAbi([
  "function currentPhase() view returns (uint16 phaseId, address receiver)",
  "function receiverOf(uint16 phaseId) view returns (address)",
]);

/** Chainlink's AggregatorV3Interface (the L2 sequencer uptime feed). */
export const aggregatorV3Abi = parseAbi([
  "function latestRoundData() view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)",
]);
