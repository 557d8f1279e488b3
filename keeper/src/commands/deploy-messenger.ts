/**
 * `lit-oracle deploy --messenger`: the messaging half of a deployment, on every configured chain, in
 * two steps (the relay manifest names the messengers, the PKP permits the manifest's CID, and the
 * messengers trust the PKP, so the addresses are predicted first):
 *
 *  1. `--plan`: reads each deployer's next contract address (pending nonce) on every `--chain`, writes
 *     the relay manifest naming those messengers, the `--provider`s, the finality rule and every other
 *     chain as a destination (`--manifest`), builds both relay bundles next to it and prints their
 *     CIDs. Nothing is sent. Then mint a PKP for the CID (`chipotle setup --action …`, or Naga).
 *  2. `--manifest FILE --signer PKP`: checks everything first (every chain reachable and a source of
 *     the manifest, every deployment file present, each messenger either already deployed at the
 *     manifest's address with this signer or exactly the deployer's next contract), then deploys the
 *     messengers, the example apps if asked (`--ping-pong`, `--token-bridge`), the lanes, routes and
 *     peers between every pair the manifest allows, records each contract in
 *     `<out-dir>/<network>.json` as soon as it exists, and prints the keeper's `messaging` config.
 *
 * A re-run resumes: what exists (read on chain and in the deployment files) is kept, what is set as
 * wanted is skipped. The deployer key comes from $DEPLOYER_PRIVATE_KEY; RPC URLs (which may carry a
 * provider key) are never written to the manifest and appear in errors by origin only.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Address, type Hex, type PublicClient, createPublicClient, createWalletClient, getAddress, http, isAddress, isHex } from "viem";
import { privateKeyToAccount, publicKeyToAddress } from "viem/accounts";
import { stringify as toYaml } from "yaml";
import { compileAction, readManifestFile } from "../../../actions/build.ts";
import { canonicalJson } from "../../../actions/src/core/manifest.ts";
import { MESSENGER_MANIFEST_KIND, type MessengerManifest, type MessengerManifestInput, parseMessengerManifest } from "../../../actions/src/messenger/manifest.ts";
import { cidOf } from "../../../lit/cid.ts";
import { BaseError, NonRetryableError } from "../../../common/errors.ts";
import { messengerAbi } from "../chain/abi.ts";
import { type Deployment, readDeployment, writeDeployment } from "../chain/deploy.ts";
import {
  type MessagingDeployment,
  type MessagingDeps,
  connectMessaging,
  deployMessenger,
  deployPingPong,
  deployTokenBridge,
  nextContractAddress,
} from "../chain/messaging.ts";
import { redactUrls } from "../internal/logger.ts";
import { chainOf } from "../rpc.ts";

/** Decimals of the example bridge token. */
const TOKEN_DECIMALS = 18n;
/** File names of the bundles `--plan` writes next to the manifest. */
export const RELAY_BUNDLE_FILES = { naga: "messenger-relay.js", chipotle: "messenger-relay.chipotle.js" } as const;

export type MessengerChainSpec = { network: string; rpcUrl: string };

export type MessengerDeployOptions = {
  chains: readonly string[];
  providers: readonly string[];
  finality: string;
  local: boolean;
  name: string;
  manifest: string | undefined;
  plan: boolean;
  signer: string | undefined;
  guardian: string | undefined;
  rotationDelaySeconds: number;
  routeCap: number;
  maxGasLimit: number;
  pingPong: boolean;
  tokenBridge: boolean;
  tokenSupply: string;
  outDir: string;
  privateKey: string | undefined;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
};

type Side = { network: string; rpcUrl: string; chainId: number; deps: MessagingDeps };

export type MessengerPlanResult = {
  manifest: string;
  name: string;
  cids: { naga: string; chipotle: string };
  bundles: { naga: string; chipotle: string };
  messengers: Record<string, Address>;
};

export type MessengerDeployResult = {
  manifest: string;
  cids: { naga: string; chipotle: string };
  deployments: Record<string, string>;
  chains: { name: string; chainId: number; messenger: Address; messengerDeployBlock: number; pingPong?: Address; tokenBridge?: Address }[];
  /** Calls made (a re-run of a finished deployment makes none). */
  sent: string[];
  /** The keeper config's `messaging` section and the `chains[]` fields to add. */
  config: Record<string, unknown>;
};

const NETWORK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function fail(message: string, metaMessages: string[] = []): never {
  throw new NonRetryableError(message, { metaMessages });
}

/** `--chain network=rpcUrl` (repeatable). */
export function parseChainSpecs(values: readonly string[]): MessengerChainSpec[] {
  const specs = values.map((value) => {
    const eq = value.indexOf("=");
    const network = value.slice(0, eq);
    const rpcUrl = value.slice(eq + 1);
    if (eq <= 0 || !NETWORK_NAME.test(network)) fail(`--chain ${redactUrls(value)}: expected <network>=<rpc url> (network: letters, digits, . _ -)`);
    if (!URL.canParse(rpcUrl) || !/^https?:$/.test(new URL(rpcUrl).protocol)) fail(`--chain ${network}: ${redactUrls(rpcUrl)} is not an http(s) URL`);
    return { network, rpcUrl };
  });
  if (specs.length < 2) fail("--messenger needs at least two --chain <network>=<rpc url> (messages go between chains)");
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.network)) fail(`--chain ${s.network} is given twice`);
    seen.add(s.network);
  }
  return specs;
}

/** `--provider network=url1,url2` (repeatable): the relay action's providers for that chain (public; in the bundle). */
function parseProviders(values: readonly string[], chains: readonly MessengerChainSpec[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of values) {
    const eq = value.indexOf("=");
    const network = value.slice(0, eq);
    if (eq <= 0) fail(`--provider ${redactUrls(value)}: expected <network>=<url>[,<url>...]`);
    if (!chains.some((c) => c.network === network)) fail(`--provider ${network}: no --chain ${network} (chains: ${chains.map((c) => c.network).join(", ")})`);
    out.set(network, [...(out.get(network) ?? []), ...value.slice(eq + 1).split(",").map((u) => u.trim()).filter(Boolean)]);
  }
  const missing = chains.filter((c) => !out.has(c.network)).map((c) => c.network);
  if (missing.length > 0) {
    fail(`no --provider for ${missing.join(", ")}`, [
      "the relay action reads each source chain from two or more independent providers named in its manifest (public URLs, no keys: the bundle is public)",
      `e.g. --provider ${missing[0]}=https://rpc-1.example,https://rpc-2.example`,
    ]);
  }
  return out;
}

function parseFinality(value: string): MessengerManifestInput["sources"][string]["finality"] {
  if (value === "finalized") return { kind: "finalized" };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--finality must be "finalized" or a confirmation depth (a positive integer), got ${JSON.stringify(value)}`);
  return { kind: "depth", confirmations: n };
}

function deployerKey(key: string | undefined): Hex {
  if (!key || !isHex(key) || key.length !== 66) fail("set DEPLOYER_PRIVATE_KEY to the deployer's 32-byte hex private key");
  return key as Hex;
}

/** `--signer`: the relay PKP's address (Chipotle `pkpId`) or its uncompressed public key (Naga, local). */
function parseSigner(value: string | undefined): { address: Address; publicKey?: Hex; pkpId?: string } {
  if (value === undefined) fail("--messenger needs --signer <relay PKP address or public key> (or --plan first)", ["run `lit-oracle deploy --messenger --plan ...` to write the manifest, mint a PKP for its CID, then deploy with --signer"]);
  if (/^0x04[0-9a-fA-F]{128}$/.test(value)) return { address: publicKeyToAddress(value as Hex), publicKey: value as Hex };
  // Chipotle names a wallet by its address as create_wallet answered it: kept verbatim as the pkpId.
  if (isAddress(value)) return { address: getAddress(value), pkpId: value };
  fail(`--signer is neither an address nor an uncompressed public key (0x04 + 128 hex): ${value}`);
}

/** Connects to every chain (eth_chainId), with a clear error naming the chain and the RPC's origin. */
async function connect(specs: readonly MessengerChainSpec[], key: Hex): Promise<Side[]> {
  const account = privateKeyToAccount(key);
  const sides = await Promise.all(
    specs.map(async (spec) => {
      const probe = createPublicClient({ transport: http(spec.rpcUrl, { retryCount: 1 }) });
      let chainId: number;
      try {
        chainId = await probe.getChainId();
      } catch (error) {
        fail(`cannot reach --chain ${spec.network} at ${redactUrls(spec.rpcUrl)}: eth_chainId failed`, [redactUrls((error as { shortMessage?: string }).shortMessage ?? (error as Error).message)]);
      }
      const chain = chainOf({ chainId, name: spec.network, rpcUrls: [spec.rpcUrl] });
      const publicClient = createPublicClient({ chain, transport: http(spec.rpcUrl), pollingInterval: 250 }) as PublicClient;
      const walletClient = createWalletClient({ chain, account, transport: http(spec.rpcUrl) });
      return { network: spec.network, rpcUrl: spec.rpcUrl, chainId, deps: { publicClient, walletClient } };
    }),
  );
  const ids = new Map<number, string>();
  for (const s of sides) {
    if (ids.has(s.chainId)) fail(`--chain ${ids.get(s.chainId)} and --chain ${s.network} serve the same chain (${s.chainId})`);
    ids.set(s.chainId, s.network);
  }
  return sides;
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The manifest's name for a source chain (lowercase, digits, dashes). */
function sourceName(network: string): string {
  return network.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+/, "").slice(0, 32) || "chain";
}

async function buildRelay(manifest: unknown) {
  const [naga, chipotle] = [await compileAction("messenger-relay", manifest), await compileAction("messenger-relay.chipotle", manifest)];
  return { naga, chipotle };
}

/** Step 1: predicts the messengers, writes the manifest and both bundles. Sends nothing. */
export async function planMessenger(options: MessengerDeployOptions): Promise<MessengerPlanResult> {
  const key = deployerKey(options.privateKey);
  const specs = parseChainSpecs(options.chains);
  const providers = parseProviders(options.providers, specs);
  const finality = parseFinality(options.finality);
  if (!options.manifest) fail("--plan needs --manifest <file> (where the relay manifest is written)");
  const sides = await connect(specs, key);
  const predicted = await Promise.all(sides.map((s) => nextContractAddress(s.deps)));
  const input: MessengerManifestInput = {
    kind: MESSENGER_MANIFEST_KIND,
    version: 1,
    name: options.name,
    ...(options.local ? { local: true } : {}),
    sources: Object.fromEntries(
      sides.map((s, i) => [
        sourceName(s.network),
        {
          chainId: s.chainId,
          messenger: predicted[i]!,
          providers: providers.get(s.network)!,
          finality,
          destinations: sides.filter((d) => d !== s).map((d) => ({ chainId: d.chainId, messenger: predicted[sides.indexOf(d)]! })),
        },
      ]),
    ),
  };
  parseMessengerManifest(input);
  const built = await buildRelay(input);
  const file = resolve(options.manifest);
  const dir = dirname(file);
  writeAtomic(file, `${JSON.stringify(JSON.parse(canonicalJson(input)), null, 2)}\n`);
  const bundles = { naga: join(dir, RELAY_BUNDLE_FILES.naga), chipotle: join(dir, RELAY_BUNDLE_FILES.chipotle) };
  writeAtomic(bundles.naga, built.naga.code);
  writeAtomic(bundles.chipotle, built.chipotle.code);
  return { manifest: file, name: options.name, cids: { naga: built.naga.cid, chipotle: built.chipotle.cid }, bundles, messengers: Object.fromEntries(sides.map((s, i) => [s.network, predicted[i]!])) };
}

/** The first block at which `address` has code (binary search over eth_getCode; needs history). */
async function deployBlockOf(client: PublicClient, address: Address): Promise<number> {
  let lo = 0n;
  let hi = await client.getBlockNumber();
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    const code = await client.getCode({ address, blockNumber: mid });
    if (code && code !== "0x") hi = mid;
    else lo = mid + 1n;
  }
  return Number(lo);
}

const hasCode = async (client: PublicClient, address: Address) => {
  const code = await client.getCode({ address });
  return code !== undefined && code !== "0x";
};

function wrapChainError(error: unknown, side: Side): never {
  if (error instanceof BaseError) throw error;
  const e = error as { shortMessage?: string; details?: string; message?: string };
  throw new NonRetryableError(`deploying on ${side.network} (chain ${side.chainId}) via ${redactUrls(side.rpcUrl)} failed: ${redactUrls(e.shortMessage ?? e.message ?? String(error))}`, {
    ...(e.details ? { details: redactUrls(e.details) } : {}),
    metaMessages: ["what landed is recorded in the deployment file; run the same command again to resume"],
  });
}

/** Step 2: deploys (or resumes) the messaging half from a planned manifest. */
export async function deployMessengerCommand(options: MessengerDeployOptions): Promise<MessengerDeployResult> {
  const log = options.log ?? (() => undefined);
  const key = deployerKey(options.privateKey);
  const specs = parseChainSpecs(options.chains);
  if (!options.manifest) fail("--messenger needs --manifest <file> (written by --plan)");
  const signer = parseSigner(options.signer);
  const guardian = options.guardian === undefined ? undefined : isAddress(options.guardian) ? getAddress(options.guardian) : fail(`--guardian is not an address: ${options.guardian}`);
  if (!Number.isInteger(options.routeCap) || options.routeCap < 1 || options.routeCap > 2 ** 32 - 1) fail("--route-cap must be an integer in [1, 2^32-1]");
  if (!Number.isInteger(options.maxGasLimit) || options.maxGasLimit < 21_000 || options.maxGasLimit > 2 ** 32 - 1) fail("--max-gas-limit must be an integer in [21000, 2^32-1]");
  if (!Number.isInteger(options.rotationDelaySeconds) || options.rotationDelaySeconds < 3600) fail("--rotation-delay must be an integer of at least 3600 seconds (the messenger's minimum)");
  if (!/^\d+$/.test(options.tokenSupply)) fail(`--token-supply must be a whole number of tokens, got ${JSON.stringify(options.tokenSupply)}`);
  const tokenSupply = BigInt(options.tokenSupply) * 10n ** TOKEN_DECIMALS;
  const manifestFile = resolve(options.manifest);
  const raw = await readManifestFile(manifestFile);
  let manifest: MessengerManifest;
  try {
    manifest = parseMessengerManifest(raw);
  } catch (error) {
    fail(`${manifestFile}: ${(error as BaseError).shortMessage ?? (error as Error).message}`, (error as { issues?: string[] }).issues ?? []);
  }
  const built = await buildRelay(raw);

  // --- checks: nothing is sent until every chain, file and address is as expected ---
  const sides = await connect(specs, key);
  const sourceOf = (side: Side) => Object.values(manifest.sources).find((s) => s.chainId === side.chainId);
  const problems: string[] = [];
  for (const side of sides) if (!sourceOf(side)) problems.push(`--chain ${side.network} serves chain ${side.chainId}, which is not a source of the manifest (sources: ${Object.values(manifest.sources).map((s) => s.chainId).join(", ")})`);
  for (const source of Object.values(manifest.sources)) if (!sides.some((s) => s.chainId === source.chainId)) problems.push(`the manifest's source chain ${source.chainId} has no --chain`);
  const deployments = new Map<Side, Deployment>();
  for (const side of sides) {
    try {
      const d = readDeployment(side.network, options.outDir);
      if (d.chainId !== side.chainId) problems.push(`${side.network}: the deployment file is for chain ${d.chainId}, but the RPC serves chain ${side.chainId}`);
      const messenger = sourceOf(side)?.messenger;
      if (d.messaging && messenger && getAddress(d.messaging.messenger) !== getAddress(messenger)) {
        problems.push(`${side.network}: the deployment file already records messenger ${d.messaging.messenger}; the manifest names ${messenger} (a new messaging deployment needs its own --out-dir, or move the old record first)`);
      }
      deployments.set(side, d);
    } catch (error) {
      problems.push(`${side.network}: ${(error as BaseError).shortMessage ?? (error as Error).message} (deploy the oracle there first: lit-oracle deploy --network ${side.network} ...)`);
    }
  }
  if (problems.length > 0) fail(`cannot deploy the messenger (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was sent`, problems);
  const existing = new Map<Side, boolean>();
  for (const side of sides) {
    const messenger = getAddress(sourceOf(side)!.messenger);
    try {
      if (await hasCode(side.deps.publicClient, messenger)) {
        const current = getAddress((await side.deps.publicClient.readContract({ address: messenger, abi: messengerAbi, functionName: "signer" })) as Address);
        if (current !== signer.address) problems.push(`${side.network}: the messenger at ${messenger} trusts signer ${current}, not --signer ${signer.address}`);
        existing.set(side, true);
      } else {
        const next = await nextContractAddress(side.deps);
        if (next !== messenger) {
          problems.push(`${side.network}: the deployer's next contract lands at ${next}, not at the manifest's messenger ${messenger}: the deployer sent a transaction since --plan (re-plan: a new manifest, CID and PKP)`);
        }
        existing.set(side, false);
      }
    } catch (error) {
      wrapChainError(error, side);
    }
  }
  if (problems.length > 0) fail(`cannot deploy the messenger (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was sent`, problems);

  // --- the messengers first (each must be the deployer's next contract), each recorded at once ---
  const sent: string[] = [];
  const records = new Map<Side, MessagingDeployment>();
  const save = (side: Side, record: MessagingDeployment) => {
    records.set(side, record);
    const d = deployments.get(side)!;
    const next: Deployment = {
      ...d,
      messaging: {
        messenger: record.messenger,
        deployBlock: record.deployBlock,
        signer: record.signer,
        ...(record.pingPong ? { pingPong: record.pingPong } : {}),
        ...(record.tokenBridge ? { tokenBridge: record.tokenBridge } : {}),
      },
    };
    writeDeployment(side.network, next, options.outDir);
    deployments.set(side, next);
  };
  for (const side of sides) {
    const messenger = getAddress(sourceOf(side)!.messenger);
    const recorded = deployments.get(side)!.messaging;
    try {
      if (existing.get(side)) {
        const deployBlock = recorded?.deployBlock ?? (await deployBlockOf(side.deps.publicClient, messenger));
        const [guardianNow, delay, window] = await Promise.all(
          (["guardian", "ROTATION_DELAY_SECONDS", "RATE_WINDOW_SECONDS"] as const).map((fn) => side.deps.publicClient.readContract({ address: messenger, abi: messengerAbi, functionName: fn } as never) as Promise<unknown>),
        );
        save(side, { messenger, deployBlock, signer: signer.address, guardian: getAddress(guardianNow as Address), rotationDelaySeconds: Number(delay), rateWindowSeconds: Number(window), ...(recorded?.pingPong ? { pingPong: recorded.pingPong } : {}), ...(recorded?.tokenBridge ? { tokenBridge: recorded.tokenBridge } : {}) });
        log(`${side.network}: messenger ${messenger} already deployed (block ${deployBlock})`);
      } else {
        const d = await deployMessenger(side.deps, { signer: signer.address, rotationDelaySeconds: options.rotationDelaySeconds, expect: messenger, ...(guardian ? { guardian } : {}) });
        sent.push(`LitMessenger on ${side.network}`);
        save(side, d);
        log(`${side.network}: messenger ${messenger} deployed (block ${d.deployBlock})`);
      }
    } catch (error) {
      wrapChainError(error, side);
    }
  }

  // --- the example apps, each recorded at once ---
  for (const [i, side] of sides.entries()) {
    const record = records.get(side)!;
    try {
      if (options.pingPong && !(record.pingPong && (await hasCode(side.deps.publicClient, record.pingPong)))) {
        const pingPong = await deployPingPong(side.deps, { messenger: record.messenger, fundingWei: 0n });
        sent.push(`PingPong on ${side.network}`);
        save(side, { ...record, pingPong });
        log(`${side.network}: PingPong ${pingPong}`);
      }
      const now = records.get(side)!;
      if (options.tokenBridge && !(now.tokenBridge && (await hasCode(side.deps.publicClient, now.tokenBridge)))) {
        const tokenBridge = await deployTokenBridge(side.deps, { messenger: now.messenger, initialSupply: i === 0 ? tokenSupply : 0n });
        sent.push(`LitTokenBridge on ${side.network}`);
        save(side, { ...now, tokenBridge });
        log(`${side.network}: LitTokenBridge ${tokenBridge}${i === 0 && tokenSupply > 0n ? ` (${options.tokenSupply} tokens minted to the deployer)` : ""}`);
      }
    } catch (error) {
      wrapChainError(error, side);
    }
  }

  // --- lanes, routes and peers for every pair the manifest allows ---
  for (const from of sides) {
    for (const to of sides) {
      if (from === to || !sourceOf(from)!.destinations.some((d) => d.chainId === to.chainId)) continue;
      try {
        const calls = await connectMessaging({ deps: from.deps, chainId: from.chainId, deployment: records.get(from)! }, { deps: to.deps, chainId: to.chainId, deployment: records.get(to)! }, { routeCap: options.routeCap, maxGasLimit: options.maxGasLimit });
        sent.push(...calls);
        if (calls.length > 0) log(`${from.network} -> ${to.network}: ${calls.join(", ")}`);
      } catch (error) {
        wrapChainError(error, from);
      }
    }
  }

  // --- the keeper's config ---
  const dir = dirname(manifestFile);
  const runtime = signer.publicKey ? "naga" : "chipotle";
  const bundle = built[runtime];
  const bundleFile = join(dir, RELAY_BUNDLE_FILES[runtime]);
  const file = await import("node:fs/promises").then((fs) => fs.readFile(bundleFile, "utf8")).then((code) => (cidOf(code) === bundle.cid ? bundleFile : undefined), () => undefined);
  const chains = sides.map((side) => {
    const r = records.get(side)!;
    return { name: side.network, chainId: side.chainId, messenger: r.messenger, messengerDeployBlock: r.deployBlock, ...(r.pingPong ? { pingPong: r.pingPong } : {}), ...(r.tokenBridge ? { tokenBridge: r.tokenBridge } : {}) };
  });
  const config = {
    chains: chains.map((c) => ({ name: c.name, messenger: c.messenger, messengerDeployBlock: c.messengerDeployBlock })),
    messaging: {
      action: { cid: bundle.cid, ...(file ? { file } : {}), manifest: manifestFile },
      ...(signer.publicKey ? { pkpPublicKey: signer.publicKey } : { pkpId: signer.pkpId ?? signer.address }),
      routes: sides
        .map((from) => ({ from: from.network, to: sides.filter((to) => to !== from && sourceOf(from)!.destinations.some((d) => d.chainId === to.chainId)).map((to) => to.network) }))
        .filter((r) => r.to.length > 0),
    },
  };
  return {
    manifest: manifestFile,
    cids: { naga: built.naga.cid, chipotle: built.chipotle.cid },
    deployments: Object.fromEntries(sides.map((s) => [s.network, join(options.outDir, `${s.network}.json`)])),
    chains,
    sent,
    config,
  };
}

/** The YAML the operator merges into keeper.yaml. */
export function messagingConfigYaml(result: MessengerDeployResult): string {
  return `# merge into keeper.yaml: the chains[] fields by name, and the messaging section\n${toYaml(result.config)}`;
}
