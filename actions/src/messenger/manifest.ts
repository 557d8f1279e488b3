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
import * as z from "zod/mini";
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

// zod/mini: the same validation as classic zod, tree-shaken to what is used (the bundle carries it).
const address = z.pipe(
  z.string().check(z.refine((v) => isAddress(v, { strict: false }), "must be a 20-byte hex address")),
  z.transform((v: string) => getAddress(v)),
).check(z.refine((v) => BigInt(v) !== 0n, "must not be the zero address"));

const chainId = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));

/** Syntax only; the pinned-URL rule (https, loopback http only when `local`) is checked with the whole manifest. */
const providerUrl = z.string().check(z.minLength(1), z.maxLength(2048));

const finality = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("finalized") }),
  z.strictObject({ kind: z.literal("depth"), confirmations: z.int().check(z.minimum(1), z.maximum(MAX_CONFIRMATIONS)) }),
]);

const source = z
  .strictObject({
    chainId,
    messenger: address,
    providers: z.array(providerUrl).check(z.minLength(MIN_PROVIDERS), z.maxLength(MAX_PROVIDERS)),
    finality,
    destinations: z.array(z.strictObject({ chainId, messenger: address })).check(z.minLength(1)),
    rpcTimeoutMs: z._default(z.int().check(z.minimum(100), z.maximum(60_000)), DEFAULT_RPC_TIMEOUT_MS),
  })
  .check(
    z.superRefine((s, ctx) => {
      const urls = s.providers.flatMap((u) => (URL.canParse(u) ? [new URL(u)] : []));
      if (duplicatesOf(urls, (u) => `${u.protocol}//${u.host}${u.pathname}`).length > 0) ctx.addIssue({ code: "custom", message: "providers must be distinct" });
      // Independent: distinct hosts, except on loopback where tests run several providers on one machine.
      if (duplicatesOf(urls.filter((u) => u.protocol === "https:"), (u) => u.hostname).length > 0) ctx.addIssue({ code: "custom", message: "providers must be on distinct hosts (independent)" });
      if (duplicatesOf(s.destinations, (d) => String(d.chainId)).length > 0) ctx.addIssue({ code: "custom", message: "one destination per chain id" });
      if (s.destinations.some((d) => d.chainId === s.chainId)) ctx.addIssue({ code: "custom", message: "a destination cannot be the source chain" });
    }),
  );

export const messengerManifestSchema = z
  .strictObject({
    kind: z.literal(MESSENGER_MANIFEST_KIND),
    version: z.literal(1),
    /** A label for people (the CID, not the name, is the identity). */
    name: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "letters, digits, dot, dash, underscore; at most 64")),
    /** The embedded stack's manifest: the only kind that may reach loopback providers over plain http. */
    local: z._default(z.boolean(), false),
    sources: z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "source names are lowercase, digits and dashes")), source),
  })
  .check(
    z.superRefine((m, ctx) => {
      const ids = Object.values(m.sources).map((s) => s.chainId);
      if (ids.length === 0) ctx.addIssue({ code: "custom", message: "at least one source chain" });
      if (duplicatesOf(ids).length > 0) ctx.addIssue({ code: "custom", message: "one source entry per chain id" });
      for (const [name, source] of Object.entries(m.sources)) {
        source.providers.forEach((url, i) => {
          const problem = checkPinnedUrl(url, m.local);
          if (problem) ctx.addIssue({ code: "custom", path: ["sources", name, "providers", i], message: problem });
        });
      }
    }),
  );

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
