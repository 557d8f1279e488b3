/**
 * The messenger manifest: everything that decides what the relay action signs, compiled into the bundle
 * (its CID is what the PKP permits). jsParams only say which source chain and which logs.
 *
 * Per source chain: its chain id, the messenger whose logs count, at least two independent JSON-RPC
 * providers that must agree, the finality rule, and the destinations (chain id + messenger) the action
 * may sign for. The bundle is public (IPFS): provider URLs must not carry secrets.
 */
import { getAddress, isAddress } from "viem";
import { z } from "zod";

/** Fewest independent providers per source chain. */
export const MIN_PROVIDERS = 2;
/** Most providers per source chain (each costs requests against the 50-fetch limit of an execution). */
export const MAX_PROVIDERS = 4;
/** Default per-request timeout, milliseconds. */
export const DEFAULT_RPC_TIMEOUT_MS = 5_000;
/** Deepest confirmation rule accepted for chains without a `finalized` tag, blocks. */
export const MAX_CONFIRMATIONS = 10_000;

const address = z.string().refine((v) => isAddress(v, { strict: false }), "must be a 20-byte hex address").transform((v) => getAddress(v));

const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

/** https, no credentials or query (plain http only to loopback, in a manifest marked `local`: checked below). */
const providerUrl = z.string().url().refine((v) => {
  const url = new URL(v);
  if (url.username !== "" || url.password !== "" || url.hash !== "") return false;
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
}, "must be https without credentials (http only to loopback)");

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
    const urls = s.providers.map((u) => new URL(u));
    const keys = urls.map((u) => `${u.protocol}//${u.host}${u.pathname}`);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", message: "providers must be distinct" });
    // Independent: distinct hosts, except on loopback where tests run several providers on one machine.
    const remoteHosts = urls.filter((u) => u.protocol === "https:").map((u) => u.hostname);
    if (new Set(remoteHosts).size !== remoteHosts.length) ctx.addIssue({ code: "custom", message: "providers must be on distinct hosts (independent)" });
    const dst = s.destinations.map((d) => d.chainId);
    if (new Set(dst).size !== dst.length) ctx.addIssue({ code: "custom", message: "one destination per chain id" });
    if (dst.includes(s.chainId)) ctx.addIssue({ code: "custom", message: "a destination cannot be the source chain" });
  });

export const messengerManifestSchema = z
  .object({
    version: z.literal(1),
    /** The embedded stack's manifest: the only kind that may reach loopback providers over plain http. */
    local: z.boolean().default(false),
    sources: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "source names are lowercase, digits and dashes"), source),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = Object.values(m.sources).map((s) => s.chainId);
    if (ids.length === 0) ctx.addIssue({ code: "custom", message: "at least one source chain" });
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "one source entry per chain id" });
    for (const [name, source] of Object.entries(m.sources)) {
      if (!m.local && source.providers.some((u) => u.startsWith("http:"))) {
        ctx.addIssue({ code: "custom", path: ["sources", name, "providers"], message: "plain http (loopback) only in a manifest marked local: true" });
      }
    }
  });

export type MessengerManifest = z.output<typeof messengerManifestSchema>;
export type SourceChain = MessengerManifest["sources"][string];
export type MessengerManifestInput = z.input<typeof messengerManifestSchema>;

export class ManifestError extends Error {
  override name = "ManifestError";
}

/** Parses and validates a manifest; throws `ManifestError` listing every problem. */
export function parseMessengerManifest(input: unknown): MessengerManifest {
  const parsed = messengerManifestSchema.safeParse(input);
  if (!parsed.success) {
    // Issue paths and messages only: a provider URL (possibly with a key) is never echoed.
    throw new ManifestError(`invalid messenger manifest: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}
