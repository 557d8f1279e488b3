/**
 * From the keeper config's `messaging` section to the routes the relay loops run: reads the relay
 * action (file -> code and CID) and the messenger manifest compiled into it, and checks every route
 * against that manifest before anything starts (the action would refuse every message of a route the
 * manifest does not allow, so a mismatch is a configuration error, named by its path).
 *
 * - `from` must be a source of the manifest (by chain id); its messenger, if `chains[].messenger` is
 *   set, must be the manifest's;
 * - every `to` must be one of that source's destinations (chain id + messenger);
 * - `finality`, if set, must not be weaker than the manifest's rule (the action refuses anything less
 *   final, so a weaker wait only burns executions).
 */
import { readFile } from "node:fs/promises";
import type { Address } from "viem";
import { parse as parseYaml } from "yaml";
import { type MessengerManifest, parseMessengerManifest } from "../../../actions/src/messenger/manifest.ts";
import { canonicalJson } from "../../../actions/src/core/manifest.ts";
import { cidOf } from "../../../lit/cid.ts";
import { ConfigError } from "../config/index.ts";
import { type ChainConfig, type KeeperConfig, type RouteConfig, routeNames } from "../config/schema.ts";
import type { RelayLoopParameters, RelayRoute } from "./loop.ts";
import { RELAY_REORG_WATCH_MS } from "./limits.ts";

export type RelayFinality = RelayRoute["source"]["finality"];

/** One relay loop's settings, resolved (clients and transaction managers are added by the keeper). */
export type ResolvedRoute = {
  name: string;
  from: ChainConfig;
  to: ChainConfig;
  /** The manifest's name for the source chain (the action's `sourceChain` param). */
  sourceChain: string;
  sourceMessenger: Address;
  destinationMessenger: Address;
  finality: RelayFinality;
  startBlock: bigint;
  /** Providers the manifest lists for the source (each costs requests of the action's fetch budget). */
  providers: number;
  parameters: Required<RelayLoopParameters>;
  maxPendingAgeSeconds: number;
};

export type ResolvedMessaging = {
  action: { code: string; cid: string } | { cid: string };
  manifest: MessengerManifest;
  signer: RelayRoute["signer"];
  routes: ResolvedRoute[];
};

async function readManifest(source: string | Record<string, unknown>, issues: string[]): Promise<unknown> {
  if (typeof source !== "string") return source;
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch (error) {
    issues.push(`messaging.action.manifest: cannot read ${source}: ${(error as Error).message}`);
    return undefined;
  }
  try {
    return /\.ya?ml$/i.test(source) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    issues.push(`messaging.action.manifest: ${source} is not valid ${/\.ya?ml$/i.test(source) ? "YAML" : "JSON"}: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

function weaker(mine: RelayFinality, manifest: RelayFinality): boolean {
  if (manifest.kind === "finalized") return mine.kind !== "finalized";
  return mine.kind === "depth" && mine.confirmations < manifest.confirmations;
}

const describe = (f: RelayFinality) => (f.kind === "finalized" ? "finalized" : `depth ${f.confirmations}`);

/**
 * Resolves `config.messaging` (undefined when the section is absent). Throws {@link ConfigError}
 * listing every problem, each with its config path.
 */
export async function resolveMessaging(config: KeeperConfig): Promise<ResolvedMessaging | undefined> {
  const messaging = config.messaging;
  if (!messaging) return undefined;
  const issues: string[] = [];

  let action: ResolvedMessaging["action"] | undefined;
  if (messaging.action.file) {
    try {
      const code = await readFile(messaging.action.file, "utf8");
      const cid = cidOf(code);
      if (messaging.action.cid && messaging.action.cid !== cid) issues.push(`messaging.action.file: ${messaging.action.file} has CID ${cid}, not messaging.action.cid ${messaging.action.cid}`);
      action = { code, cid };
    } catch (error) {
      issues.push(`messaging.action.file: cannot read ${messaging.action.file}: ${(error as Error).message}`);
    }
  } else action = { cid: messaging.action.cid! };

  const raw = await readManifest(messaging.action.manifest, issues);
  let manifest: MessengerManifest | undefined;
  if (raw !== undefined) {
    try {
      manifest = parseMessengerManifest(raw);
    } catch (error) {
      const listed = (error as { issues?: string[] }).issues;
      issues.push(`messaging.action.manifest: ${listed ? `invalid messenger manifest: ${listed.join("; ")}` : (error as Error).message}`);
    }
  }
  // The action signs by the manifest compiled into it; routes checked against another one would be wrong.
  if (manifest && action && "code" in action && !action.code.includes(JSON.stringify(canonicalJson(raw)))) {
    issues.push(`messaging.action.manifest: not the manifest compiled into ${messaging.action.file} (build the action with this manifest: lit-oracle action build --manifest <file>)`);
  }
  if (!manifest || !action || issues.length > 0) throw new ConfigError(`invalid messaging configuration (${issues.length} problem${issues.length === 1 ? "" : "s"})`, issues);

  const chains = new Map(config.chains.map((c) => [c.name, c]));
  const routes: ResolvedRoute[] = [];
  messaging.routes.forEach((route: RouteConfig, i) => {
    const from = chains.get(route.from)!;
    const entry = Object.entries(manifest.sources).find(([, s]) => s.chainId === from.chainId);
    if (!entry) {
      issues.push(`messaging.routes[${i}].from: chain "${from.name}" (${from.chainId}) is not a source of the relay manifest (sources: ${Object.entries(manifest.sources).map(([n, s]) => `${n} (${s.chainId})`).join(", ")})`);
      return;
    }
    const [sourceChain, source] = entry;
    if (from.messenger && from.messenger.toLowerCase() !== source.messenger.toLowerCase()) {
      issues.push(`chains[${config.chains.indexOf(from)}].messenger: ${from.messenger} is not the messenger the relay manifest names for chain ${from.chainId} (${source.messenger})`);
    }
    const finality: RelayFinality = route.finality ?? source.finality;
    if (weaker(finality, source.finality)) {
      issues.push(`messaging.routes[${i}].finality: ${describe(finality)} is weaker than the manifest's rule for ${sourceChain} (${describe(source.finality)}): the action refuses every message until then`);
    }
    const to = typeof route.to === "string" ? [route.to] : route.to;
    const names = routeNames(route);
    to.forEach((dstName, j) => {
      const dst = chains.get(dstName)!;
      const allowed = source.destinations.find((d) => d.chainId === dst.chainId);
      const path = typeof route.to === "string" ? `messaging.routes[${i}].to` : `messaging.routes[${i}].to[${j}]`;
      if (!allowed) {
        issues.push(`${path}: the relay manifest does not allow ${sourceChain} -> chain ${dst.chainId} ("${dst.name}"; allowed: ${source.destinations.map((d) => d.chainId).join(", ")})`);
        return;
      }
      if (dst.messenger && dst.messenger.toLowerCase() !== allowed.messenger.toLowerCase()) {
        issues.push(`chains[${config.chains.indexOf(dst)}].messenger: ${dst.messenger} is not the destination messenger the relay manifest allows for chain ${dst.chainId} (${allowed.messenger})`);
      }
      routes.push({
        name: names[j]!,
        from,
        to: dst,
        sourceChain,
        sourceMessenger: source.messenger as Address,
        destinationMessenger: allowed.messenger as Address,
        finality,
        startBlock: BigInt(route.startBlock ?? from.messengerDeployBlock ?? 0),
        providers: source.providers.length,
        parameters: {
          maxBatch: route.maxBatch,
          maxAttempts: route.maxAttempts,
          maxHandlerRetries: route.maxHandlerRetries,
          retryBaseMs: route.retryBaseMs,
          retryMaxMs: route.retryMaxMs,
          pollIntervalMs: route.pollIntervalMs,
          scanBlocks: route.scanBlocks,
          reorgWatchMs: RELAY_REORG_WATCH_MS,
        },
        maxPendingAgeSeconds: route.maxPendingAgeSeconds,
      });
    });
  });
  if (issues.length > 0) throw new ConfigError(`invalid messaging configuration (${issues.length} problem${issues.length === 1 ? "" : "s"})`, issues);
  const signer: RelayRoute["signer"] = config.lit.runtime === "chipotle" ? { pkpId: messaging.pkpId! } : { publicKey: messaging.pkpPublicKey! };
  return { action, manifest, signer, routes };
}
