/**
 * lit-oracle SDK for dapps (viem): read a feed with the consumer checks, follow published rounds from
 * logs, and pull mode (fetch the keeper's signed reports and land them). Depends on viem and zod only;
 * nothing here imports from keeper/. Guide: docs/integrate.md.
 */
export { aggregatorV3Abi, litPriceFeedAbi, litReceiverAbi, litRouterAbi } from "./abi.ts";
export { LitFeedError, type LitFeedErrorCode, LogDecodeError, PullError } from "./errors.ts";
export { decodePublishedLog, getPublishedRounds, PHASE_OFFSET_BITS, PUBLISHED_DATA_BYTES, type PublishedRound, type PublishedRoundAt, type RawLog } from "./events.ts";
export { type LitPrice, readLitPrice, type ReadLitPriceParameters } from "./reader.ts";
export {
  DEFAULT_PULL_TIMEOUT_MS,
  fetchLatestReports,
  type FetchLatestReportsParameters,
  type LatestReports,
  latestReportsSchema,
  MAX_PULL_RESPONSE_BYTES,
  type SubmitDeps,
  submitLatestReports,
} from "./pull.ts";
export {
  fetchVerifiedUpdate,
  type FetchVerifiedUpdateDeps,
  type FetchVerifiedUpdateParameters,
  prepareUpdateAndRead,
  type PrepareUpdateAndReadParameters,
  type SignedReport,
  type UpdateAndReadCall,
  type VerifiedUpdate,
  writeUpdateAndRead,
  type WriteUpdateAndReadDeps,
} from "./update-and-read.ts";
