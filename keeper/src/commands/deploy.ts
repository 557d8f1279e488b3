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
import { redactUrls } from "../internal/logger.ts";

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

/** Registers the `deploy` command. */
export function register(program: Command): void {
  program
    .command("deploy")
    .description(`deploy router, receiver and feeds; writes deployments/<network>.json (key from $${DEPLOYER_KEY_ENV})`)
    .requiredOption("--rpc <url>", "JSON-RPC endpoint")
    .requiredOption("--network <name>", "network name (file name of the deployment)")
    .requiredOption("--signer <address>", "PKP address the receiver accepts")
    .requiredOption("--feeds <file|list>", "feeds file (JSON/YAML) or SYMBOL[:decimals[:heartbeat[:min[:max]]]],...")
    .option("--owner <address>", "final owner (two-step: must call acceptOwnership); default: the deployer")
    .option("--guardian <address>", "pause guardian")
    .option("--rotation-delay <seconds>", "signer rotation delay", String(DEFAULT_ROTATION_DELAY_SECONDS))
    .option("--out-dir <dir>", "where to write <network>.json", DEFAULT_DEPLOYMENTS_DIR)
    .action(async (options: {
      rpc: string;
      network: string;
      signer: string;
      feeds: string;
      owner?: string;
      guardian?: string;
      rotationDelay: string;
      outDir: string;
    }) => {
      const key = process.env[DEPLOYER_KEY_ENV];
      if (!key || !isHex(key) || key.length !== 66) {
        throw new NonRetryableError(`set ${DEPLOYER_KEY_ENV} to the deployer's 32-byte hex private key`);
      }
      const signer = addressOption("signer", options.signer)!;
      const owner = addressOption("owner", options.owner);
      const guardian = addressOption("guardian", options.guardian);
      const rotationDelaySeconds = Number(options.rotationDelay);
      const feeds = parseFeedsOption(options.feeds);
      const account = privateKeyToAccount(key as Hex);
      // The RPC URL may carry a provider key: errors name its origin only.
      const rpc = redactUrls(options.rpc);
      const publicClient = createPublicClient({ transport: http(options.rpc) });
      let chainId: number;
      try {
        chainId = await publicClient.getChainId();
      } catch (error) {
        throw new NonRetryableError(`cannot reach the RPC at ${rpc}: eth_chainId failed`, { details: redactUrls((error as { details?: string }).details ?? (error as Error).message) });
      }
      const chain = defineChain({
        id: chainId,
        name: options.network,
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        rpcUrls: { default: { http: [options.rpc] } },
      });
      const walletClient = createWalletClient({ account, chain, transport: http(options.rpc) });
      let deployment;
      try {
        deployment = await deployOracle(
          { walletClient, publicClient },
          { network: options.network, signer, feeds, rotationDelaySeconds, ...(owner ? { owner } : {}), ...(guardian ? { guardian } : {}) },
        );
      } catch (error) {
        if (error instanceof BaseError) throw error;
        const e = error as { shortMessage?: string; details?: string; message?: string };
        throw new NonRetryableError(`deploying on chain ${chainId} via ${rpc} failed: ${redactUrls(e.shortMessage ?? e.message ?? String(error))}`, { ...(e.details ? { details: redactUrls(e.details) } : {}) });
      }
      const file = writeDeployment(options.network, deployment, options.outDir);
      process.stderr.write(`deployed to chain ${chainId}: router ${deployment.contracts.router}, receiver ${deployment.contracts.receiver}\n`);
      process.stdout.write(`${file}\n`);
    });
}
