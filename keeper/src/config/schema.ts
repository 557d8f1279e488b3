/**
 * The keeper's configuration schema (zod). One file (YAML or JSON) + env + flags are merged by
 * `loadConfig` (./index.ts) and validated here; secrets are NOT part of this schema: they come from the
 * environment or an encrypted keystore only (see ./secrets.ts).
 */
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { validate as validateCron } from "node-cron";
import { isAddress } from "viem";
import { z } from "zod";
import { CHIPOTLE_DEFAULT_URL, chipotleApiBase } from "../../../lit/chipotle.ts";
import {
  RELAY_MAX_ATTEMPTS,
  RELAY_MAX_BATCH,
  RELAY_MAX_HANDLER_RETRIES,
  RELAY_MAX_PENDING_AGE_SECONDS,
  RELAY_POLL_INTERVAL_MS,
  RELAY_RETRY_BASE_MS,
  RELAY_RETRY_MAX_MS,
  RELAY_SCAN_BLOCKS,
} from "../relay/limits.ts";

/** Default cron (6 fields, seconds first): every 30 s. */
export const DEFAULT_FEED_SCHEDULE = "*/30 * * * * *";
/** Default deviation threshold: 0.5 % (parts per million). */
export const DEFAULT_DEVIATION_PPM = 5_000;
/** Default heartbeat: one hour. */
export const DEFAULT_HEARTBEAT_SECONDS = 3_600;
/** Default cap on maxFeePerGas. */
export const DEFAULT_MAX_FEE_PER_GAS_GWEI = 500;
/** Default cap on maxPriorityFeePerGas. */
export const DEFAULT_MAX_PRIORITY_FEE_PER_GAS_GWEI = 5;
/** Replacement bump; the network's floor for a replacement is 10 %. */
export const MIN_BUMP_PERCENT = 10;
export const DEFAULT_BUMP_PERCENT = 15;
/** Replace a transaction still unmined after this long. */
export const DEFAULT_REPLACE_AFTER_SECONDS = 30;
/** Replacements per transaction before giving up (the round fails and is retried next tick). */
export const DEFAULT_MAX_REPLACEMENTS = 3;
/** Receipt polling period. */
export const DEFAULT_POLL_INTERVAL_MS = 1_000;
/** Give up waiting for a receipt after this long (the pending tx stays in the store). */
export const DEFAULT_RECEIPT_TIMEOUT_SECONDS = 300;
/** Default Prometheus / health port. */
export const DEFAULT_HTTP_PORT = 9464;
/** Lit execution timeout (the Lit nodes' own limit is 30 s; leave room for the network). */
export const DEFAULT_LIT_TIMEOUT_MS = 45_000;

/** Lit executions of one split round that run at once. */
export const DEFAULT_LIT_PARALLEL_EXECUTIONS = 2;
/** Most messages one relay execution may carry (the relay action's own limit, MAX_RELAY_MESSAGES). */
export const RELAY_MAX_BATCH_LIMIT = 32;
/** Most delivery attempts / handler retries a route may be configured for. */
export const RELAY_MAX_ATTEMPTS_LIMIT = 100;
/** Largest scan range a route may be configured for, blocks (providers refuse larger eth_getLogs ranges). */
export const RELAY_SCAN_BLOCKS_LIMIT = 100_000;
/** Deepest confirmation rule a route may wait for, blocks (the relay manifest's own ceiling). */
export const RELAY_MAX_CONFIRMATIONS = 10_000;

const hexString = z.string().regex(/^0x[0-9a-fA-F]*$/, "expected a 0x-prefixed hex string");
const address = z.string().refine((v) => isAddress(v, { strict: false }), "expected a 20-byte 0x address");
const cron = z.string().refine((v) => validateCron(v), "expected a valid cron expression (5 or 6 fields)");
const symbol = z.string().regex(/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/, 'expected a symbol like "BTC/USD"').max(31);
const url = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "ws:" || u.protocol === "wss:";
  } catch {
    return false;
  }
}, "expected an http(s) or ws(s) URL");

export const feedSchema = z.strictObject({
  /** `BASE/QUOTE`; the on-chain feed id is its bytes32. */
  symbol,
  /** Fixed-point decimals of the answer (must match the receiver's feed). */
  decimals: z.number().int().min(0).max(36).default(8),
  /** Update when |offchain - onchain| / |onchain| exceeds this (parts per million). */
  deviationPpm: z.number().int().positive().max(1_000_000).default(DEFAULT_DEVIATION_PPM),
  /** Update when the on-chain answer is at least this old. */
  heartbeatSeconds: z.number().int().positive().default(DEFAULT_HEARTBEAT_SECONDS),
  /** Refresh this many seconds *before* the heartbeat is due so the feed never goes stale between ticks. Default: min(60, heartbeat/10). */
  heartbeatLeadSeconds: z.number().int().nonnegative().optional(),
  /** node-cron expression (6 fields with seconds, or 5). */
  schedule: cron.default(DEFAULT_FEED_SCHEDULE),
  /** Chain names this feed is pushed to (default: every configured chain). */
  chains: z.array(z.string().min(1)).min(1).optional(),
});

export const chainSchema = z.strictObject({
  /** A short name used in logs, metrics and `feeds[].chains`. */
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "expected letters, digits, - or _"),
  chainId: z.number().int().positive(),
  /** Tried in order; the next one takes over when one fails. */
  rpcUrls: z.array(url).min(1),
  /** The price receiver contract the reports are submitted to. */
  receiver: address,
  /** Block the receiver was deployed at (informational). */
  deployBlock: z.number().int().nonnegative().optional(),
  /** Blocks a receipt must be buried under before the update counts (1 = included). */
  confirmations: z.number().int().min(1).max(64).default(1),
  maxFeePerGasGwei: z.number().positive().default(DEFAULT_MAX_FEE_PER_GAS_GWEI),
  maxPriorityFeePerGasGwei: z.number().nonnegative().default(DEFAULT_MAX_PRIORITY_FEE_PER_GAS_GWEI),
  bumpPercent: z.number().int().min(MIN_BUMP_PERCENT).max(200).default(DEFAULT_BUMP_PERCENT),
  replaceAfterSeconds: z.number().positive().default(DEFAULT_REPLACE_AFTER_SECONDS),
  maxReplacements: z.number().int().min(0).max(20).default(DEFAULT_MAX_REPLACEMENTS),
  pollIntervalMs: z.number().int().min(10).default(DEFAULT_POLL_INTERVAL_MS),
  receiptTimeoutSeconds: z.number().positive().default(DEFAULT_RECEIPT_TIMEOUT_SECONDS),
  /** Warn (metric + log) when the signer's balance drops below this (wei, decimal string). */
  minBalanceWei: z.string().regex(/^\d+$/, "expected a decimal integer string (wei)").optional(),
  /** The LitMessenger on this chain (deployments/<network>.json contracts.messenger); checked against the relay manifest. */
  messenger: address.optional(),
  /** Block the messenger was deployed at: where a route from this chain starts scanning (before it has a cursor). */
  messengerDeployBlock: z.number().int().nonnegative().optional(),
});

const chainName = z.string().regex(/^[A-Za-z0-9_-]+$/, "expected a chain name (letters, digits, - or _)");
const relayFinality = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("finalized") }),
  z.strictObject({ kind: z.literal("depth"), confirmations: z.number().int().min(1).max(RELAY_MAX_CONFIRMATIONS) }),
]);

/**
 * One relay route: messages sent on chain `from` to chain `to` (or to each of several chains: one relay
 * loop per destination). Everything the relay action checks (providers, messengers, finality, allowed
 * destinations) is in its manifest; these are the keeper's own tunables.
 */
export const routeSchema = z.strictObject({
  /** Name in logs, metrics and the store (default `<from>-><to>`; with several destinations, a prefix: `<name>-><to>`). */
  name: z.string().regex(/^[A-Za-z0-9_.>-]+$/, "expected letters, digits, . _ - or >").max(64).optional(),
  /** Source chain (a `chains[].name`). */
  from: chainName,
  /** Destination chain(s) (`chains[].name`): one loop each. */
  to: z.union([chainName, z.array(chainName).min(1)]),
  /** First source block to scan before the route has a cursor (default `chains[from].messengerDeployBlock`). */
  startBlock: z.number().int().nonnegative().optional(),
  /** Wait for this before asking the action (default: the manifest's rule; never weaker than it). */
  finality: relayFinality.optional(),
  /** Messages per execution and per delivery transaction (also capped by the action's fetch budget). */
  maxBatch: z.number().int().min(1).max(RELAY_MAX_BATCH_LIMIT).default(RELAY_MAX_BATCH),
  /** Delivery attempts before a message is dead-lettered. */
  maxAttempts: z.number().int().min(1).max(RELAY_MAX_ATTEMPTS_LIMIT).default(RELAY_MAX_ATTEMPTS),
  /** `retry` attempts of a reverting handler before the message is dead-lettered. */
  maxHandlerRetries: z.number().int().min(1).max(RELAY_MAX_ATTEMPTS_LIMIT).default(RELAY_MAX_HANDLER_RETRIES),
  /** Backoff window after the first failure, ms (doubles per attempt, full jitter). */
  retryBaseMs: z.number().int().min(1).default(RELAY_RETRY_BASE_MS),
  /** Backoff ceiling, ms. */
  retryMaxMs: z.number().int().min(1).default(RELAY_RETRY_MAX_MS),
  /** Time between two ticks (scan, deliver, retry), ms. */
  pollIntervalMs: z.number().int().min(10).default(RELAY_POLL_INTERVAL_MS),
  /** Most source blocks per `eth_getLogs`. */
  scanBlocks: z.number().int().min(1).max(RELAY_SCAN_BLOCKS_LIMIT).default(RELAY_SCAN_BLOCKS),
  /** `/ready` fails when the oldest undelivered message, or the last complete scan, is older than this, seconds. */
  maxPendingAgeSeconds: z.number().int().positive().default(RELAY_MAX_PENDING_AGE_SECONDS),
});

/** Cross-chain messages: the relay action, the key it signs with, and the routes to relay. */
export const messagingSchema = z.strictObject({
  action: z.strictObject({
    /** The built relay action (its CID is computed and must equal `cid` when both are set). */
    file: z.string().min(1).optional(),
    /** The relay action's IPFS CID (what the PKP permits). */
    cid: z.string().regex(/^Qm[1-9A-HJ-NP-Za-km-z]{44}$/, "expected a CIDv0 (Qm…)").optional(),
    /** The messenger manifest compiled into that action (a JSON/YAML file, e.g. actions/dist/messenger-relay.manifest.json, or the object). */
    manifest: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  }),
  /** local / naga: the relay PKP's uncompressed public key (0x04…); the messengers' signer is its address. */
  pkpPublicKey: hexString.refine((v) => v.length === 132 && v.toLowerCase().startsWith("0x04"), "expected an uncompressed secp256k1 public key (0x04 + 128 hex)").optional(),
  /** chipotle: the relay PKP's wallet address (`getPrivateKey`). */
  pkpId: z.string().regex(/^0x[0-9a-fA-F]{40}$/, "expected the PKP's wallet address (0x + 40 hex)").optional(),
  routes: z.array(routeSchema).min(1),
});

export const litSchema = z.strictObject({
  /** `local`: the embedded emulator (dev/tests only); `chipotle`: Lit's REST API (LIT_API_KEY); `naga`: the v8 SDK. */
  runtime: z.enum(["local", "chipotle", "naga"]),
  /** Chipotle: the service origin (default https://api.chipotle.litprotocol.com; `/core/v1` is appended) or its API base. */
  url: url.optional(),
  network: z.string().optional(),
  /** The action, by IPFS CID (CIDv0) … */
  actionCid: z.string().regex(/^Qm[1-9A-HJ-NP-Za-km-z]{44}$/, "expected a CIDv0 (Qm…)").optional(),
  /** … or by a built file whose CID is computed locally. */
  actionFile: z.string().optional(),
  /** Uncompressed PKP public key (0x04…); the receivers' signer is its address. */
  pkpPublicKey: hexString
    .refine((v) => v.length === 132 && v.toLowerCase().startsWith("0x04"), "expected an uncompressed secp256k1 public key (0x04 + 128 hex)")
    .refine((v) => {
      try {
        secp256k1.Point.fromHex(v.slice(2));
        return true;
      } catch {
        return false;
      }
    }, "not a point on secp256k1"),
  timeoutMs: z.number().int().positive().default(DEFAULT_LIT_TIMEOUT_MS),
  /** Lit executions of one round run at once when the planner splits it (requests, signatures, response size). */
  maxParallelExecutions: z.number().int().min(1).max(16).default(DEFAULT_LIT_PARALLEL_EXECUTIONS),
  /** The manifest the action was built with (JSON or YAML), for the round planner; default `<actionFile>`'s `price-feed.manifest.json` beside it. */
  manifestFile: z.string().min(1).optional(),
  /** Chipotle: the PKP the action signs with (`getPrivateKey`): its wallet address, from `lit-oracle chipotle setup`. */
  pkpId: z.string().min(1).optional(),
  /** local: the emulator's state directory (PKPs, permissions), e.g. the one `lit-oracle dev` writes. */
  stateDir: z.string().min(1).optional(),
});

export const keeperSchema = z.strictObject({
  /** This instance's id (logs, store); redundant keepers need distinct ids. */
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, "expected letters, digits, . - or _").default("keeper"),
  /** Delay each scheduled tick by this much, so redundant keepers take turns (the first one lands, the rest find it done). */
  staggerSeconds: z.number().nonnegative().max(3_600).default(0),
  /** SQLite file for rounds and pending transactions (":memory:" for none). */
  database: z.string().min(1).default(".lit-oracle/keeper.sqlite"),
  http: z
    .strictObject({
      host: z.string().min(1).default("127.0.0.1"),
      /** 0 picks a free port. */
      port: z.number().int().min(0).max(65_535).default(DEFAULT_HTTP_PORT),
      enabled: z.boolean().default(true),
    })
    .prefault({}),
  log: z
    .strictObject({
      level: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
      pretty: z.union([z.boolean(), z.literal("auto")]).default("auto"),
    })
    .prefault({}),
});

export const signerSchema = z
  .strictObject({
    /** Encrypted JSON keystore (V3, as written by geth/ethers/viem tooling); its password comes from env. */
    keystore: z.string().min(1).optional(),
    /** Name of the env var holding the keystore password. */
    keystorePasswordEnv: z.string().min(1).default("KEEPER_KEYSTORE_PASSWORD"),
  })
  .prefault({});

export const configSchema = z
  .strictObject({
    keeper: keeperSchema.prefault({}),
    signer: signerSchema,
    lit: litSchema,
    chains: z.array(chainSchema).min(1),
    feeds: z.array(feedSchema).min(1),
    messaging: messagingSchema.optional(),
  })
  .superRefine((config, ctx) => {
    const names = new Set<string>();
    config.chains.forEach((chain, i) => {
      if (names.has(chain.name)) ctx.addIssue({ code: "custom", path: ["chains", i, "name"], message: `duplicate chain name "${chain.name}"` });
      names.add(chain.name);
    });
    const ids = new Set<number>();
    config.chains.forEach((chain, i) => {
      if (ids.has(chain.chainId)) ctx.addIssue({ code: "custom", path: ["chains", i, "chainId"], message: `duplicate chainId ${chain.chainId}` });
      ids.add(chain.chainId);
    });
    const symbols = new Set<string>();
    config.feeds.forEach((feed, i) => {
      if (symbols.has(feed.symbol)) ctx.addIssue({ code: "custom", path: ["feeds", i, "symbol"], message: `duplicate feed "${feed.symbol}"` });
      symbols.add(feed.symbol);
      feed.chains?.forEach((name, j) => {
        if (!names.has(name)) ctx.addIssue({ code: "custom", path: ["feeds", i, "chains", j], message: `unknown chain "${name}" (configured: ${[...names].join(", ")})` });
      });
      if (feed.heartbeatLeadSeconds !== undefined && feed.heartbeatLeadSeconds >= feed.heartbeatSeconds) {
        ctx.addIssue({ code: "custom", path: ["feeds", i, "heartbeatLeadSeconds"], message: "must be less than heartbeatSeconds" });
      }
    });
    if (!config.lit.actionCid && !config.lit.actionFile) {
      ctx.addIssue({ code: "custom", path: ["lit", "actionCid"], message: "set lit.actionCid or lit.actionFile" });
    }
    if (config.lit.runtime === "chipotle") {
      // The API key travels to this URL: https only (plain http to loopback for the local face).
      try {
        chipotleApiBase(config.lit.url ?? CHIPOTLE_DEFAULT_URL);
      } catch (error) {
        ctx.addIssue({ code: "custom", path: ["lit", "url"], message: (error as Error).message });
      }
      if (config.lit.pkpId !== undefined && !/^0x[0-9a-fA-F]{40}$/.test(config.lit.pkpId)) {
        ctx.addIssue({ code: "custom", path: ["lit", "pkpId"], message: "on Chipotle the PKP id is its wallet address (0x + 40 hex), as create_wallet answers" });
      }
    }
    if (config.messaging) checkMessaging(config.messaging, config, ctx);
  });

/** Route names of a `routes[]` entry, one per destination. */
export function routeNames(route: Pick<z.output<typeof routeSchema>, "name" | "from" | "to">): string[] {
  const to = typeof route.to === "string" ? [route.to] : route.to;
  if (route.name && to.length === 1) return [route.name];
  return to.map((dst) => `${route.name ?? route.from}->${dst}`);
}

function checkMessaging(
  messaging: z.output<typeof messagingSchema>,
  config: { lit: { runtime: string }; chains: readonly { name: string; chainId: number; messengerDeployBlock?: number | undefined }[] },
  ctx: z.core.$RefinementCtx,
): void {
  const at = (...path: (string | number)[]) => ["messaging", ...path];
  if (!messaging.action.file && !messaging.action.cid) ctx.addIssue({ code: "custom", path: at("action", "cid"), message: "set messaging.action.cid or messaging.action.file" });
  if (config.lit.runtime === "chipotle" && !messaging.pkpId) {
    ctx.addIssue({ code: "custom", path: at("pkpId"), message: "required on Chipotle: the relay PKP's wallet address (the destinations' messenger signer)" });
  }
  if (config.lit.runtime !== "chipotle" && !messaging.pkpPublicKey) {
    ctx.addIssue({ code: "custom", path: at("pkpPublicKey"), message: `required on the ${config.lit.runtime} runtime: the relay PKP's public key (0x04…)` });
  }
  if (messaging.pkpPublicKey) {
    try {
      secp256k1.Point.fromHex(messaging.pkpPublicKey.slice(2));
    } catch {
      ctx.addIssue({ code: "custom", path: at("pkpPublicKey"), message: "not a point on secp256k1" });
    }
  }
  const chains = new Map(config.chains.map((c) => [c.name, c]));
  const known = [...chains.keys()].join(", ");
  const names = new Map<string, number>();
  messaging.routes.forEach((route, i) => {
    const from = chains.get(route.from);
    if (!from) ctx.addIssue({ code: "custom", path: at("routes", i, "from"), message: `unknown chain "${route.from}" (configured: ${known})` });
    const to = typeof route.to === "string" ? [route.to] : route.to;
    to.forEach((dst, j) => {
      const path = typeof route.to === "string" ? at("routes", i, "to") : at("routes", i, "to", j);
      if (!chains.has(dst)) ctx.addIssue({ code: "custom", path, message: `unknown chain "${dst}" (configured: ${known})` });
      else if (dst === route.from) ctx.addIssue({ code: "custom", path, message: `a route cannot deliver to its own source chain "${dst}"` });
    });
    if (new Set(to).size !== to.length) ctx.addIssue({ code: "custom", path: at("routes", i, "to"), message: "a destination is listed twice" });
    for (const name of routeNames(route)) {
      if (names.has(name)) ctx.addIssue({ code: "custom", path: at("routes", i), message: `duplicate route "${name}" (also messaging.routes[${names.get(name)}])` });
      names.set(name, i);
    }
    if (from && route.startBlock === undefined && from.messengerDeployBlock === undefined) {
      ctx.addIssue({
        code: "custom",
        path: at("routes", i, "startBlock"),
        message: `set routes[${i}].startBlock or chains[].messengerDeployBlock of "${route.from}" (the messenger's deployment block): scanning from block 0 would read the whole chain`,
      });
    }
    if (route.retryBaseMs > route.retryMaxMs) ctx.addIssue({ code: "custom", path: at("routes", i, "retryBaseMs"), message: `must not exceed retryMaxMs (${route.retryMaxMs})` });
  });
}

export type ConfigInput = z.input<typeof configSchema>;
export type KeeperConfig = z.output<typeof configSchema>;
export type FeedConfig = KeeperConfig["feeds"][number];
export type ChainConfig = KeeperConfig["chains"][number];
export type LitConfig = KeeperConfig["lit"];
export type MessagingConfig = NonNullable<KeeperConfig["messaging"]>;
export type RouteConfig = MessagingConfig["routes"][number];
