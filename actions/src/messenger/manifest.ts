/**
 * The messenger manifest: everything that decides what the relay action signs, compiled into the bundle
 * (its CID is what the PKP permits). jsParams only say which source chain and which logs.
 * `kind` is the manifest family (`actions/build.ts` builds the relay bundles from it), `name` a label.
 *
 * Per source chain: its chain id, the messenger whose logs count, at least two independent JSON-RPC
 * providers that must agree, the finality rule, and the destinations (chain id + messenger) the action
 * may sign for. The bundle is public (IPFS): provider URLs must not carry secrets.
 */
import { getAddress, isAddress } from "viem";
import { z } from "zod";
import { NonRetryableError } from "../../../common/errors.ts";
import { checkPinnedUrl, duplicatesOf } from "../core/manifest.ts";

/** The `kind` of a messenger manifest (its family in actions/build.ts). */
export const MESSENGER_MANIFEST_KIND = "lit-oracle/messenger";

/** Fewest independent providers per source chain. */
export const MIN_PROVIDERS = 2;
/** Most providers per source chain (each costs requests against the 50-fetch limit of an execution). */
export const MAX_PROVIDERS = 4;
/** Default per-request timeout, milliseconds. */
export const DEFAULT_RPC_TIMEOUT_MS = 5_000;
/** Deepest confirmation rule accepted for chains without a `finalized` tag, blocks. */
export const MAX_CONFIRMATIONS = 10_000;

const address = z
  .string()
  .refine((v) => isAddress(v, { strict: false }), "must be a 20-byte hex address")
  .transform((v) => getAddress(v))
  .refine((v) => BigInt(v) !== 0n, "must not be the zero address");

/** Syntax only; the pinned-URL rule (https, loopback http only when `local`) is checked with the whole manifest. */
const providerUrl = z.string().min(1).max(2048);

const finality = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("finalized") }).strict(),
  z.object({ kind: z.literal("depth"), confirmations: z.number().int().min(1).max(MAX_CONFIRMATIONS) }).strict(),
]);

const source = z
  .object({
    chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    messenger: address,
    providers: z.array(providerUrl).min(MIN_PROVIDERS).max(MAX_PROVIDERS),
    finality,
    destinations: z.array(z.object({ chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), messenger: address }).strict()).min(1),
    rpcTimeoutMs: z.number().int().min(100).max(60_000).default(DEFAULT_RPC_TIMEOUT_MS),
  })
  .strict()
  .superRefine((s, ctx) => {
    const urls = s.providers.flatMap((u) => (URL.canParse(u) ? [new URL(u)] : []));
    if (duplicatesOf(urls, (u) => `${u.protocol}//${u.host}${u.pathname}`).length > 0) ctx.addIssue({ code: "custom", message: "providers must be distinct" });
    // Independent: distinct hosts, except on loopback where tests run several providers on one machine.
    if (duplicatesOf(urls.filter((u) => u.protocol === "https:"), (u) => u.hostname).length > 0) ctx.addIssue({ code: "custom", message: "providers must be on distinct hosts (independent)" });
    if (duplicatesOf(s.destinations, (d) => String(d.chainId)).length > 0) ctx.addIssue({ code: "custom", message: "one destination per chain id" });
    const dst = s.destinations.map((d) => d.chainId);
    if (dst.includes(s.chainId)) ctx.addIssue({ code: "custom", message: "a destination cannot be the source chain" });
  });

export const messengerManifestSchema = z
  .object({
    kind: z.literal(MESSENGER_MANIFEST_KIND),
    version: z.literal(1),
    /** A label for people (the CID, not the name, is the identity). */
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "letters, digits, dot, dash, underscore; at most 64"),
    /** The embedded stack's manifest: the only kind that may reach loopback providers over plain http. */
    local: z.boolean().default(false),
    sources: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "source names are lowercase, digits and dashes"), source),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = Object.values(m.sources).map((s) => s.chainId);
    if (ids.length === 0) ctx.addIssue({ code: "custom", message: "at least one source chain" });
    if (duplicatesOf(ids).length > 0) ctx.addIssue({ code: "custom", message: "one source entry per chain id" });
    for (const [name, source] of Object.entries(m.sources)) {
      source.providers.forEach((url, i) => {
        const problem = checkPinnedUrl(url, m.local);
        if (problem) ctx.addIssue({ code: "custom", path: ["sources", name, "providers", i], message: problem });
      });
    }
  });

export type MessengerManifest = z.output<typeof messengerManifestSchema>;
export type SourceChain = MessengerManifest["sources"][string];
export type MessengerManifestInput = z.input<typeof messengerManifestSchema>;

/** Thrown for a manifest that cannot be built or run; `issues` lists every problem with its path. */
export class ManifestError extends NonRetryableError {
  override name = "ManifestError";
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid messenger manifest (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
    this.issues = issues;
  }
}

/** Parses and validates a manifest; throws `ManifestError` listing every problem. */
export function parseMessengerManifest(input: unknown): MessengerManifest {
  const parsed = messengerManifestSchema.safeParse(input);
  // Issue paths and messages only: a provider URL (possibly with a key) is never echoed.
  if (!parsed.success) throw new ManifestError(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  return parsed.data;
}
