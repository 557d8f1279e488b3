/**
 * `lit-oracle deploy`: deploys router + receiver + feeds to any JSON-RPC endpoint and writes
 * `deployments/<network>.json`. The deployer key comes from the environment, never from a flag.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { createPublicClient, createWalletClient, defineChain, http, isAddress, isHex, parseUnits, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { parse as parseYaml } from "yaml";
import { DEFAULT_DEPLOYMENTS_DIR, DEFAULT_ROTATION_DELAY_SECONDS, deployOracle, type FeedInput, writeDeployment } from "../chain/deploy.ts";
import { BaseError, NonRetryableError } from "../../../common/errors.ts";
import { DEFAULT_LANE_MAX_GAS_LIMIT, DEFAULT_ROUTE_CAP } from "../chain/messaging.ts";
import { redactUrls } from "../internal/logger.ts";

/** Bridge tokens (whole tokens) `deploy --messenger --token-bridge` mints to the deployer on the first chain. */
export const DEFAULT_TOKEN_SUPPLY = 1_000_000n;

/** Environment variable holding the deployer's private key. */
export const DEPLOYER_KEY_ENV = "DEPLOYER_PRIVATE_KEY";
/** Defaults for feeds given inline (`--feeds BTC/USD,ETH/USD`). */
export const DEFAULT_FEED_DECIMALS = 8;
export const DEFAULT_FEED_HEARTBEAT_SECONDS = 3600;
/**
 * Default bounds: the smallest positive unit up to one trillion (human units), capped at 2^86 raw so it
 * fits the on-chain int88 answer after outward rounding (matters for 18-decimal feeds).
 */
export const DEFAULT_FEED_MAX_HUMAN = "1000000000000";
export const DEFAULT_FEED_MAX_RAW_CAP = 2n ** 86n;

type HumanFeed = {
  symbol: string;
  decimals?: number;
  heartbeatSeconds?: number;
  min?: string | number;
  max?: string | number;
  description?: string;
  maxReportAgeSeconds?: number;
  historyRounds?: number;
};

function minBigint(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function toFeedInput(feed: HumanFeed, where: string): FeedInput {
  if (typeof feed?.symbol !== "string") throw new NonRetryableError(`${where}: feed needs a "symbol"`);
  const decimals = feed.decimals ?? DEFAULT_FEED_DECIMALS;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 36) throw new NonRetryableError(`${where}: decimals must be 0..36`);
  const units = (value: string | number | undefined, fallback: bigint) => {
    if (value === undefined) return fallback;
    try {
      return parseUnits(String(value), decimals);
    } catch (error) {
      throw new NonRetryableError(`${where}: bound ${JSON.stringify(value)} is not a decimal number`, { cause: error });
    }
  };
  return {
    symbol: feed.symbol,
    decimals,
    heartbeatSeconds: feed.heartbeatSeconds ?? DEFAULT_FEED_HEARTBEAT_SECONDS,
    minAnswer: units(feed.min, 1n),
    maxAnswer: units(feed.max, minBigint(parseUnits(DEFAULT_FEED_MAX_HUMAN, decimals), DEFAULT_FEED_MAX_RAW_CAP)),
    ...(feed.description ? { description: feed.description } : {}),
    ...(feed.maxReportAgeSeconds !== undefined ? { maxReportAgeSeconds: feed.maxReportAgeSeconds } : {}),
    ...(feed.historyRounds !== undefined ? { historyRounds: feed.historyRounds } : {}),
  };
}

/**
 * `--feeds`: a JSON/YAML file (array of `{ symbol, decimals?, heartbeatSeconds?, min?, max?, description?,
 * maxReportAgeSeconds?, historyRounds? }`,
 * bounds in human units) or an inline list `SYMBOL[:decimals[:heartbeat[:min[:max]]]],...`.
 */
export function parseFeedsOption(value: string): FeedInput[] {
  const looksLikeFile = /\.(json|ya?ml)$/i.test(value);
  if (looksLikeFile) {
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(value, "utf8"));
    } catch (error) {
      throw new NonRetryableError(`cannot read feeds file ${value}`, { cause: error });
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { feeds?: unknown })?.feeds;
    if (!Array.isArray(list) || list.length === 0) throw new NonRetryableError(`${value}: expected a non-empty list of feeds`);
    return list.map((feed, i) => toFeedInput(feed as HumanFeed, `${value} #${i}`));
  }
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new NonRetryableError("--feeds is empty");
  return items.map((item) => {
    const [symbol, decimals, heartbeat, min, max] = item.split(":");
    const num = (s: string | undefined, name: string) => {
      if (s === undefined || s === "") return undefined;
      const n = Number(s);
      if (!Number.isInteger(n)) throw new NonRetryableError(`--feeds ${item}: ${name} must be an integer`);
      return n;
    };
    return toFeedInput(
      {
        symbol: symbol ?? "",
        ...(num(decimals, "decimals") === undefined ? {} : { decimals: num(decimals, "decimals")! }),
        ...(num(heartbeat, "heartbeat") === undefined ? {} : { heartbeatSeconds: num(heartbeat, "heartbeat")! }),
        ...(min ? { min } : {}),
        ...(max ? { max } : {}),
      },
      `--feeds ${item}`,
    );
  });
}

function addressOption(name: string, value: string | undefined): Address | undefined {
  if (value === undefined) return undefined;
  if (!isAddress(value)) throw new NonRetryableError(`--${name} is not an address: ${value}`);
  return value;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

type DeployOptions = {
  rpc?: string;
  network?: string;
  signer?: string;
  feeds?: string;
  owner?: string;
  guardian?: string;
  rotationDelay: string;
  outDir: string;
  messenger?: boolean;
  plan?: boolean;
  chain?: string[];
  provider?: string[];
  finality: string;
  local?: boolean;
  name: string;
  manifest?: string;
  pingPong?: boolean;
  tokenBridge?: boolean;
  tokenSupply: string;
  routeCap: string;
  maxGasLimit: string;
  json?: boolean;
};

/** `deploy --messenger [--plan]` (keeper/src/commands/deploy-messenger.ts). */
async function deployMessaging(options: DeployOptions): Promise<void> {
  const { deployMessengerCommand, messagingConfigYaml, planMessenger } = await import("./deploy-messenger.ts");
  for (const flag of ["rpc", "network", "feeds", "owner"] as const) {
    if (options[flag] !== undefined) throw new NonRetryableError(`--${flag} is for the oracle deploy; with --messenger give every chain as --chain <network>=<rpc url>`);
  }
  const common = {
    chains: options.chain ?? [],
    providers: options.provider ?? [],
    finality: options.finality,
    local: Boolean(options.local),
    name: options.name,
    manifest: options.manifest,
    plan: Boolean(options.plan),
    signer: options.signer,
    guardian: options.guardian,
    rotationDelaySeconds: Number(options.rotationDelay),
    routeCap: Number(options.routeCap),
    maxGasLimit: Number(options.maxGasLimit),
    pingPong: Boolean(options.pingPong),
    tokenBridge: Boolean(options.tokenBridge),
    tokenSupply: options.tokenSupply,
    outDir: options.outDir,
    privateKey: process.env[DEPLOYER_KEY_ENV],
    log: (line: string) => process.stderr.write(`${line}\n`),
  };
  if (options.plan) {
    if (options.signer !== undefined) throw new NonRetryableError("--plan comes before the PKP exists: drop --signer (give it to the deploy step)");
    const plan = await planMessenger(common);
    if (options.json) process.stdout.write(`${JSON.stringify(plan)}\n`);
    else {
      for (const [network, messenger] of Object.entries(plan.messengers)) process.stderr.write(`${network}: the messenger will be the deployer's next contract, ${messenger}\n`);
      process.stdout.write(`manifest ${plan.manifest}\nmessenger-relay          ${plan.cids.naga}  ${plan.bundles.naga}\nmessenger-relay.chipotle ${plan.cids.chipotle}  ${plan.bundles.chipotle}\n`);
      process.stderr.write("next: mint a PKP permitted for the CID (lit-oracle chipotle setup --action <chipotle bundle>), then deploy --messenger --manifest <file> --signer <PKP>; send nothing else from the deployer until then\n");
    }
    return;
  }
  const result = await deployMessengerCommand(common);
  process.stderr.write(`${result.sent.length === 0 ? "nothing to do: " : ""}messaging deployed on ${result.chains.map((c) => `${c.name} (${c.messenger})`).join(", ")}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : messagingConfigYaml(result));
}

/** Registers the `deploy` command. */
export function register(program: Command): void {
  program
    .command("deploy")
    .description(`deploy router, receiver and feeds (or with --messenger the messaging half); writes deployments/<network>.json (key from $${DEPLOYER_KEY_ENV})`)
    .option("--rpc <url>", "JSON-RPC endpoint (oracle deploy)")
    .option("--network <name>", "network name (file name of the deployment; oracle deploy)")
    .option("--signer <address>", "PKP the contracts accept: the receiver's (oracle) or the messengers' (--messenger: address, or public key on Naga)")
    .option("--feeds <file|list>", "feeds file (JSON/YAML) or SYMBOL[:decimals[:heartbeat[:min[:max]]]],...")
    .option("--owner <address>", "final owner (two-step: must call acceptOwnership); default: the deployer")
    .option("--guardian <address>", "pause guardian")
    .option("--rotation-delay <seconds>", "signer rotation delay", String(DEFAULT_ROTATION_DELAY_SECONDS))
    .option("--out-dir <dir>", "where to write <network>.json", DEFAULT_DEPLOYMENTS_DIR)
    .option("--messenger", "deploy the cross-chain messenger on every --chain instead (see --plan)")
    .option("--plan", "with --messenger: predict the messengers, write the relay manifest (--manifest) and bundles, send nothing")
    .option("--chain <network=url>", "with --messenger: a chain and the deployer's RPC endpoint (repeat per chain)", collect)
    .option("--provider <network=urls>", "with --plan: the relay action's providers for a chain, comma-separated, public (repeat per chain)", collect)
    .option("--finality <rule>", "with --plan: finalized, or a confirmation depth", "finalized")
    .option("--local", "with --plan: a local manifest (plain http to loopback providers allowed)")
    .option("--name <name>", "with --plan: the manifest's name", "deployment")
    .option("--manifest <file>", "with --messenger: the relay manifest (--plan writes it)")
    .option("--ping-pong", "with --messenger: deploy the PingPong example on every chain")
    .option("--token-bridge", "with --messenger: deploy the LitTokenBridge example on every chain")
    .option("--token-supply <tokens>", "with --token-bridge: whole tokens minted to the deployer on the first chain", String(DEFAULT_TOKEN_SUPPLY))
    .option("--route-cap <messages>", "with --messenger: messages per rate window each route accepts", String(DEFAULT_ROUTE_CAP))
    .option("--max-gas-limit <gas>", "with --messenger: largest handler gas a lane accepts", String(DEFAULT_LANE_MAX_GAS_LIMIT))
    .option("--json", "with --messenger: print the result as JSON")
    .action(async (options: DeployOptions) => {
      if (options.messenger || options.plan) {
        await deployMessaging(options);
        return;
      }
      for (const flag of ["rpc", "network", "signer", "feeds"] as const) {
        if (options[flag] === undefined) throw new NonRetryableError(`required option '--${flag}' not specified (or deploy the messenger with --messenger)`);
      }
      const key = process.env[DEPLOYER_KEY_ENV];
      if (!key || !isHex(key) || key.length !== 66) {
        throw new NonRetryableError(`set ${DEPLOYER_KEY_ENV} to the deployer's 32-byte hex private key`);
      }
      const signer = addressOption("signer", options.signer)!;
      const owner = addressOption("owner", options.owner);
      const guardian = addressOption("guardian", options.guardian);
      const rotationDelaySeconds = Number(options.rotationDelay);
      const feeds = parseFeedsOption(options.feeds!);
      const rpcUrl = options.rpc!;
      const networkName = options.network!;
      const account = privateKeyToAccount(key as Hex);
      // The RPC URL may carry a provider key: errors name its origin only.
      const rpc = redactUrls(rpcUrl);
      const publicClient = createPublicClient({ transport: http(rpcUrl) });
      let chainId: number;
      try {
        chainId = await publicClient.getChainId();
      } catch (error) {
        throw new NonRetryableError(`cannot reach the RPC at ${rpc}: eth_chainId failed`, { details: redactUrls((error as { details?: string }).details ?? (error as Error).message) });
      }
      const chain = defineChain({
        id: chainId,
        name: networkName,
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        rpcUrls: { default: { http: [rpcUrl] } },
      });
      const walletClient = createWalletClient({ account, chain, transport: http(rpcUrl) });
      let deployment;
      try {
        deployment = await deployOracle(
          { walletClient, publicClient },
          { network: networkName, signer, feeds, rotationDelaySeconds, ...(owner ? { owner } : {}), ...(guardian ? { guardian } : {}) },
        );
      } catch (error) {
        if (error instanceof BaseError) throw error;
        const e = error as { shortMessage?: string; details?: string; message?: string };
        throw new NonRetryableError(`deploying on chain ${chainId} via ${rpc} failed: ${redactUrls(e.shortMessage ?? e.message ?? String(error))}`, { ...(e.details ? { details: redactUrls(e.details) } : {}) });
      }
      const file = writeDeployment(networkName, deployment, options.outDir);
      process.stderr.write(`deployed to chain ${chainId}: router ${deployment.contracts.router}, receiver ${deployment.contracts.receiver}\n`);
      process.stdout.write(`${file}\n`);
    });
}
