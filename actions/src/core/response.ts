/**
 * The JSON envelope the price-feed action returns (`setResponse` on Naga, `return` on Chipotle), and
 * its parser for the keeper (the action builds it with `envelope.ts`, which stays free of zod). Integers are decimal strings; digests and addresses are hex.
 *
 * Pure: no I/O, no clock.
 */
import { z } from "zod";
import { NonRetryableError } from "../../../common/errors.ts";

const intString = z.string().regex(/^-?\d+$/);
const hex = z.string().regex(/^0x[0-9a-fA-F]*$/);

const feedSchema = z.object({
  feed: z.string(),
  feedId: hex,
  decimals: z.number().int(),
  /** Integer answer in feed decimals, or null when refused. */
  answer: intString.nullable(),
  sourcesUsed: z.number().int(),
  spreadPpm: z.number().int(),
  nodeCount: z.number().int(),
  nodesTotal: z.number().int(),
  reason: z.string().optional(),
});

const signedReportSchema = z.object({
  /** Key of this destination's signature in the Lit result's `signatures`. */
  sigName: z.string(),
  chainId: z.number().int(),
  receiver: hex,
  kind: z.enum(["report", "batch", "tx"]),
  digest: hex,
  reports: z.array(z.object({ feed: z.string(), feedId: hex, answer: intString, observedAt: z.number().int() })),
});

const transactionSchema = z.object({
  sigName: z.string(),
  chainId: z.number().int(),
  receiver: hex,
  /** Hash of the signed transaction, when it could be signed. */
  txHash: hex.optional(),
  /** What the RPC said to `eth_sendRawTransaction` (the runOnce leader's answer). */
  sent: z.boolean(),
  error: z.string().optional(),
});

const refusalSchema = z.object({
  feed: z.string(),
  code: z.string(),
  reason: z.string(),
  /** Set when only one destination refused the feed (the move limit against its receiver's answer). */
  chainId: z.number().int().optional(),
  receiver: hex.optional(),
});

/** The large moves refused this round, signed as `signatures[sigName]`: pass back as jsParams `confirm`. */
const candidatesSchema = z.object({
  sigName: z.string(),
  observedAt: z.number().int(),
  digest: hex,
  list: z.array(z.object({ feed: z.string(), answer: intString })),
});

export const priceFeedResponseSchema = z.object({
  /** True when every feed was accepted and every destination signed (or sent). */
  ok: z.boolean(),
  observedAt: z.number().int().optional(),
  feeds: z.array(feedSchema),
  reports: z.array(signedReportSchema),
  transactions: z.array(transactionSchema),
  refusals: z.array(refusalSchema),
  candidates: candidatesSchema.optional(),
  /** Why parts of the caller's input were ignored (an unverifiable confirmation, …). */
  notes: z.array(z.string()).optional(),
  /** One node's per-source view (differs per node; never signed). */
  sources: z
    .array(z.object({ feed: z.string(), source: z.string(), symbol: z.string(), status: z.enum(["used", "outlier", "rejected"]), reason: z.string().optional() }))
    .optional(),
  /** A fatal error (invalid params, a runtime failure): nothing was signed. */
  error: z.string().optional(),
});

export type PriceFeedResponse = z.infer<typeof priceFeedResponseSchema>;
export type PriceFeedTransaction = z.infer<typeof transactionSchema>;

/**
 * Parses what a Lit runtime returned as `response` (an object, or the raw JSON string). Throws a
 * `NonRetryableError` naming the first mismatches when it is not a price-feed envelope.
 */
export function parsePriceFeedResponse(response: unknown): PriceFeedResponse {
  let value = response;
  if (typeof response === "string") {
    try {
      value = JSON.parse(response);
    } catch (cause) {
      throw new NonRetryableError("price-feed response is not JSON", { cause, details: response.slice(0, 200) });
    }
  }
  const parsed = priceFeedResponseSchema.safeParse(value);
  if (!parsed.success) {
    throw new NonRetryableError("price-feed response has an unexpected shape", {
      metaMessages: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    });
  }
  return parsed.data;
}
