/**
 * Deploys a lit-oracle instance (router + first receiver + one `LitPriceFeed` per feed) with viem and
 * reads/writes `deployments/<network>.json`. Ownership goes to `owner` at the end with Ownable2Step
 * (the new owner must call `acceptOwnership`); until then the deployer owns the router.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Account,
  type Address,
  type Chain,
  type Hash,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
  getAddress,
  isAddress,
} from "viem";
import { z } from "zod";
import { feedIdOf } from "../../../actions/src/core/report.ts";
import { NonRetryableError } from "../../../common/errors.ts";
import { receiverAbi, routerAbi } from "./abi.ts";
import { readArtifact } from "./artifacts.ts";

/** Default rotation delay for new deployments: 2 days, in seconds. */
export const DEFAULT_ROTATION_DELAY_SECONDS = 2 * 24 * 60 * 60;
/** Shortest rotation delay the router accepts (LitOracleRouter.MIN_ROTATION_DELAY_SECONDS). */
export const MIN_ROTATION_DELAY_SECONDS = 60 * 60;
/** Longest rotation delay the router accepts (LitOracleRouter.MAX_ROTATION_DELAY_SECONDS). */
export const MAX_ROTATION_DELAY_SECONDS = 30 * 24 * 60 * 60;
/** Default max report age: reports observed longer ago are refused on chain (`ExpiredReport`), seconds. */
export const DEFAULT_MAX_REPORT_AGE_SECONDS = 60 * 60;
/** Smallest max report age the receiver has (FeedSlotLib.MAX_AGE_TABLE[0]), seconds. */
export const MIN_MAX_REPORT_AGE_SECONDS = 30;
/** Default rounds of on-chain history per feed (0 = only the latest: the cheapest update). */
export const DEFAULT_HISTORY_ROUNDS = 0;
/** Most rounds of history a feed can keep (FeedSlotLib: 2**(7-1)). */
export const MAX_HISTORY_ROUNDS = 64;
/** Answers and bounds are stored as int88 on chain (FeedSlotLib): |value| must stay below this. */
export const MAX_STORABLE_ANSWER = 2n ** 87n - 1n;
/** Committed deployments live here; the embedded stack passes its own state directory. */
export const DEFAULT_DEPLOYMENTS_DIR = fileURLToPath(new URL("../../../deployments/", import.meta.url));

const NETWORK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const address = z.string().refine(isAddress, "not an address").transform((a) => getAddress(a));
const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "not a bytes32") as unknown as z.ZodType<Hex>;
const bigintString = z.string().regex(/^-?\d+$/, "not an integer string");

/** One feed to deploy. Bounds are fixed-point integers with the feed's decimals. */
export const feedInputSchema = z.object({
  symbol: z.string().min(3),
  decimals: z.number().int().min(0).max(36),
  heartbeatSeconds: z.number().int().positive(),
  minAnswer: z.union([z.bigint(), bigintString.transform(BigInt)]),
  maxAnswer: z.union([z.bigint(), bigintString.transform(BigInt)]),
  description: z.string().max(200).optional(),
  /** Reports observed longer ago are refused on chain; rounded down to the receiver's table (30 s .. 7 d). */
  maxReportAgeSeconds: z.number().int().min(MIN_MAX_REPORT_AGE_SECONDS).max(2 ** 32 - 1).optional(),
  /** Past rounds `getRoundData` serves per phase (0..64, rounded up to a power of two). */
  historyRounds: z.number().int().min(0).max(MAX_HISTORY_ROUNDS).optional(),
});
export type FeedInput = z.input<typeof feedInputSchema>;

export const deployedFeedSchema = z.object({
  address,
  feedId: hex32,
  decimals: z.number().int(),
  heartbeatSeconds: z.number().int(),
  /** Effective (outward-rounded) bounds, decimal strings. */
  minAnswer: bigintString,
  maxAnswer: bigintString,
  description: z.string(),
  /** Effective max report age (seconds) and history length; absent in deployments made before them. */
  maxReportAgeSeconds: z.number().int().optional(),
  historyRounds: z.number().int().optional(),
});

/** `deployments/<network>.json`. */
export const deploymentSchema = z.object({
  network: z.string().regex(NETWORK_NAME),
  chainId: z.number().int().positive(),
  deployBlock: z.number().int().nonnegative(),
  /** The PKP address the current receiver accepts. */
  signer: address,
  owner: address,
  /** Set when ownership was handed to another address that has not accepted yet. */
  pendingOwner: address.optional(),
  guardian: address.optional(),
  rotationDelaySeconds: z.number().int().positive(),
  /** Phase of `contracts.receiver` on the router (1 for a fresh deployment). */
  phase: z.number().int().positive(),
  contracts: z.object({
    router: address,
    receiver: address,
    feeds: z.record(z.string(), deployedFeedSchema),
  }),
  /** The messaging half, when deployed (keeper/src/chain/messaging.ts). */
  messaging: z
    .object({
      messenger: address,
      /** Block of the messenger's deployment (chains[].messengerDeployBlock of the keeper config). */
      deployBlock: z.number().int().nonnegative(),
      /** The relay PKP address the messenger trusts. */
      signer: address,
      pingPong: address.optional(),
      /** The LitTokenBridge example (`lit-oracle send tokens`). */
      tokenBridge: address.optional(),
    })
    .optional(),
});
export type Deployment = z.infer<typeof deploymentSchema>;
export type DeployedFeed = z.infer<typeof deployedFeedSchema>;

export type DeployDeps = {
  walletClient: WalletClient<Transport, Chain | undefined, Account>;
  publicClient: PublicClient;
};

export type DeployOracleParameters = {
  /** Network name recorded in the deployment (default "local"). */
  network?: string;
  signer: Address;
  /** Final owner (default: the deployer). */
  owner?: Address;
  /** Pause guardian (default: none). */
  guardian?: Address;
  feeds: readonly FeedInput[];
  rotationDelaySeconds?: number;
};

async function confirm(deps: DeployDeps, hash: Hash, what: string) {
  const receipt = await deps.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") {
    throw new NonRetryableError(`${what} reverted`, { metaMessages: [`transaction ${hash}`] });
  }
  return receipt;
}

/** Deploys a receiver for `signer` bound to `router` (used by deployOracle and for signer rotation). */
export async function deployReceiver(deps: DeployDeps, params: { router: Address; signer: Address }) {
  const artifact = readArtifact("LitOracleReceiver");
  const hash = await deps.walletClient.deployContract({
    abi: receiverAbi,
    bytecode: artifact.bytecode,
    args: [getAddress(params.signer), getAddress(params.router)],
    chain: deps.walletClient.chain ?? null,
  });
  const receipt = await confirm(deps, hash, "receiver deployment");
  if (!receipt.contractAddress) throw new NonRetryableError("receiver deployment returned no address");
  return { address: receipt.contractAddress, blockNumber: Number(receipt.blockNumber) };
}

/** Deploys router + receiver + feeds and returns the deployment record (not written to disk). */
export async function deployOracle(deps: DeployDeps, params: DeployOracleParameters): Promise<Deployment> {
  const network = params.network ?? "local";
  if (!NETWORK_NAME.test(network)) throw new NonRetryableError(`invalid network name ${JSON.stringify(network)}`);
  if (!isAddress(params.signer)) throw new NonRetryableError(`invalid signer address ${params.signer}`);
  const delay = params.rotationDelaySeconds ?? DEFAULT_ROTATION_DELAY_SECONDS;
  if (!Number.isInteger(delay) || delay < MIN_ROTATION_DELAY_SECONDS || delay > MAX_ROTATION_DELAY_SECONDS) {
    throw new NonRetryableError(
      `rotation delay ${delay}s outside [${MIN_ROTATION_DELAY_SECONDS}, ${MAX_ROTATION_DELAY_SECONDS}]`,
    );
  }
  const feeds = params.feeds.map((feed, i) => {
    const parsed = feedInputSchema.safeParse(feed);
    if (!parsed.success) {
      throw new NonRetryableError(`invalid feed #${i}`, { metaMessages: [z.prettifyError(parsed.error)] });
    }
    const f = parsed.data;
    if (f.minAnswer >= f.maxAnswer) throw new NonRetryableError(`feed ${f.symbol}: minAnswer must be < maxAnswer`);
    if (f.minAnswer < -MAX_STORABLE_ANSWER || f.maxAnswer > MAX_STORABLE_ANSWER) {
      throw new NonRetryableError(`feed ${f.symbol}: bounds must lie within ±(2^87 - 1) (answers are stored as int88)`, {
        metaMessages: [`minAnswer ${f.minAnswer}`, `maxAnswer ${f.maxAnswer}`, `with ${f.decimals} decimals`],
      });
    }
    return {
      ...f,
      feedId: feedIdOf(f.symbol),
      description: f.description ?? f.symbol.replace("/", " / "),
      maxReportAgeSeconds: f.maxReportAgeSeconds ?? DEFAULT_MAX_REPORT_AGE_SECONDS,
      historyRounds: f.historyRounds ?? DEFAULT_HISTORY_ROUNDS,
    };
  });
  const symbols = new Set<string>();
  for (const f of feeds) {
    if (symbols.has(f.symbol)) throw new NonRetryableError(`feed ${f.symbol} listed twice`);
    symbols.add(f.symbol);
  }

  const { walletClient } = deps;
  const chain = walletClient.chain ?? null;
  const deployer = walletClient.account.address;
  const chainId = await deps.publicClient.getChainId();

  const routerHash = await walletClient.deployContract({
    abi: routerAbi,
    bytecode: readArtifact("LitOracleRouter").bytecode,
    args: [deployer, params.guardian ? getAddress(params.guardian) : "0x0000000000000000000000000000000000000000", delay],
    chain,
  });
  const routerReceipt = await confirm(deps, routerHash, "router deployment");
  const router = routerReceipt.contractAddress;
  if (!router) throw new NonRetryableError("router deployment returned no address");

  const receiver = await deployReceiver(deps, { router, signer: params.signer });
  await confirm(
    deps,
    await walletClient.writeContract({ address: router, abi: routerAbi, functionName: "setInitialReceiver", args: [receiver.address], chain }),
    "setInitialReceiver",
  );

  const deployed: Record<string, DeployedFeed> = {};
  for (const f of feeds) {
    await confirm(
      deps,
      await walletClient.writeContract({
        address: router,
        abi: routerAbi,
        functionName: "addFeed",
        args: [
          f.feedId,
          f.decimals,
          f.heartbeatSeconds,
          f.minAnswer,
          f.maxAnswer,
          f.maxReportAgeSeconds,
          f.historyRounds,
          f.description,
        ],
        chain,
      }),
      `addFeed ${f.symbol}`,
    );
    const config = await deps.publicClient.readContract({ address: router, abi: routerAbi, functionName: "feedConfig", args: [f.feedId] });
    const [minAnswer, maxAnswer] = await deps.publicClient.readContract({ address: router, abi: routerAbi, functionName: "bounds", args: [f.feedId] });
    const state = await deps.publicClient.readContract({ address: receiver.address, abi: receiverAbi, functionName: "feedState", args: [f.feedId] });
    deployed[f.symbol] = {
      address: getAddress(config.feed),
      feedId: f.feedId,
      decimals: f.decimals,
      heartbeatSeconds: f.heartbeatSeconds,
      minAnswer: minAnswer.toString(),
      maxAnswer: maxAnswer.toString(),
      description: f.description,
      maxReportAgeSeconds: state.maxReportAge,
      historyRounds: state.historyRounds,
    };
  }

  let pendingOwner: Address | undefined;
  const owner = params.owner ? getAddress(params.owner) : deployer;
  if (owner !== deployer) {
    await confirm(
      deps,
      await walletClient.writeContract({ address: router, abi: routerAbi, functionName: "transferOwnership", args: [owner], chain }),
      "transferOwnership",
    );
    pendingOwner = owner;
  }

  return deploymentSchema.parse({
    network,
    chainId,
    deployBlock: Number(routerReceipt.blockNumber),
    signer: getAddress(params.signer),
    owner: deployer,
    ...(pendingOwner ? { pendingOwner } : {}),
    ...(params.guardian ? { guardian: getAddress(params.guardian) } : {}),
    rotationDelaySeconds: delay,
    phase: 1,
    contracts: { router, receiver: receiver.address, feeds: deployed },
  });
}

function deploymentFile(network: string, dir: string): string {
  if (!NETWORK_NAME.test(network)) throw new NonRetryableError(`invalid network name ${JSON.stringify(network)}`);
  return join(dir, `${network}.json`);
}

/** Writes `<dir>/<network>.json` atomically (temp file + rename). Returns the path. */
export function writeDeployment(network: string, deployment: Deployment, dir: string = DEFAULT_DEPLOYMENTS_DIR): string {
  const file = deploymentFile(network, dir);
  const checked = deploymentSchema.parse(deployment);
  if (checked.network !== network) {
    throw new NonRetryableError(`deployment is for network ${checked.network}, not ${network}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(checked, null, 2)}\n`);
  renameSync(temp, file);
  return file;
}

/** Reads and validates `<dir>/<network>.json`. */
export function readDeployment(network: string, dir: string = DEFAULT_DEPLOYMENTS_DIR): Deployment {
  const file = deploymentFile(network, dir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new NonRetryableError(`cannot read deployment ${file}`, {
      cause: error,
      metaMessages: [`deploy first: lit-oracle deploy --network ${network} ...`],
    });
  }
  const parsed = deploymentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new NonRetryableError(`deployment ${file} is invalid`, { metaMessages: [z.prettifyError(parsed.error)] });
  }
  return parsed.data;
}
