/**
 * Deploys the cross-chain messenger and the example apps (ping-pong, token bridge), and connects two
 * chains: on each source `setOutboundLane` (+ the apps' peers), on each destination `setRoute`.
 * Used by the embedded stack (`npm start`) and `lit-oracle deploy --messenger`. Connecting is
 * idempotent: a lane, route or peer already set as wanted is read and skipped (a re-run resumes).
 *
 * The relay action's manifest names the messengers, so the messenger's address must be known before
 * the action (and so the PKP) exists: {@link nextContractAddress} predicts it from the deployer's
 * nonce, the manifest and PKP are made, and {@link deployMessenger} then checks it landed there.
 */
import { type Account, type Address, type Chain, type Hash, type PublicClient, type Transport, type WalletClient, getAddress, getContractAddress } from "viem";
import { findMessages, type FoundMessage } from "../../../actions/src/messenger/relayer.ts";
import { NonRetryableError } from "../../../common/errors.ts";
import { messengerAbi, pingPongAbi, tokenBridgeAbi } from "./abi.ts";
import { readArtifact } from "./artifacts.ts";

/** Messenger signer rotation delay of a new deployment, seconds (the contract's minimum is 1 h). */
export const DEFAULT_MESSENGER_ROTATION_DELAY_SECONDS = 2 * 24 * 60 * 60;
/** Rate window of a new messenger, seconds. */
export const DEFAULT_RATE_WINDOW_SECONDS = 60 * 60;
/** Messages per rate window a new route accepts. */
export const DEFAULT_ROUTE_CAP = 10_000;
/** Largest handler gas a lane accepts. */
export const DEFAULT_LANE_MAX_GAS_LIMIT = 2_000_000;
/** Wei a new ping-pong app is funded with (pays its answers' fees; the example fee config charges 0). */
export const DEFAULT_APP_FUNDING_WEI = 10n ** 18n;
/** Bridge tokens (18 decimals) a new token bridge mints per window at most. */
export const DEFAULT_BRIDGE_MINT_CAP = 10n ** 24n;
/** Mint window of a new token bridge, seconds. */
export const DEFAULT_BRIDGE_MINT_WINDOW_SECONDS = 24 * 60 * 60;

export type MessagingDeps = {
  walletClient: WalletClient<Transport, Chain | undefined, Account>;
  publicClient: PublicClient;
};

/** What `deployments/<network>.json` records of the messaging half. */
export type MessagingDeployment = {
  messenger: Address;
  /** Block of the messenger's deployment: where relay routes from this chain start scanning. */
  deployBlock: number;
  signer: Address;
  guardian: Address;
  rotationDelaySeconds: number;
  rateWindowSeconds: number;
  pingPong?: Address;
  tokenBridge?: Address;
};

async function confirm(deps: MessagingDeps, hash: Hash, what: string) {
  const receipt = await deps.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new NonRetryableError(`${what} reverted`, { metaMessages: [`transaction ${hash}`] });
  return receipt;
}

/** The address the deployer's next contract creation (pending nonce + `offset`) gets. */
export async function nextContractAddress(deps: MessagingDeps, offset = 0): Promise<Address> {
  const nonce = await deps.publicClient.getTransactionCount({ address: deps.walletClient.account.address, blockTag: "pending" });
  return getContractAddress({ from: deps.walletClient.account.address, nonce: BigInt(nonce + offset) });
}

/** Deploys `LitMessenger(owner, guardian, signer, rotationDelay, rateWindow)` (and checks it landed at `expect`, when given). */
export async function deployMessenger(
  deps: MessagingDeps,
  params: { signer: Address; guardian?: Address; rotationDelaySeconds?: number; rateWindowSeconds?: number; expect?: Address },
): Promise<MessagingDeployment> {
  const owner = deps.walletClient.account.address;
  const guardian = getAddress(params.guardian ?? owner);
  const rotationDelaySeconds = params.rotationDelaySeconds ?? DEFAULT_MESSENGER_ROTATION_DELAY_SECONDS;
  const rateWindowSeconds = params.rateWindowSeconds ?? DEFAULT_RATE_WINDOW_SECONDS;
  const hash = await deps.walletClient.deployContract({
    abi: messengerAbi,
    bytecode: readArtifact("LitMessenger").bytecode,
    args: [owner, guardian, getAddress(params.signer), rotationDelaySeconds, rateWindowSeconds],
    chain: deps.walletClient.chain ?? null,
  });
  const receipt = await confirm(deps, hash, "messenger deployment");
  if (!receipt.contractAddress) throw new NonRetryableError("messenger deployment returned no address");
  const messenger = getAddress(receipt.contractAddress);
  if (params.expect && getAddress(params.expect) !== messenger) {
    throw new NonRetryableError(`the messenger landed at ${messenger}, not at ${params.expect} (the address the relay manifest names): did another transaction use the deployer's nonce?`);
  }
  return { messenger, deployBlock: Number(receipt.blockNumber), signer: getAddress(params.signer), guardian, rotationDelaySeconds, rateWindowSeconds };
}

/** Deploys the PingPong example app on `messenger` (owner: the deployer) and funds it. */
export async function deployPingPong(deps: MessagingDeps, params: { messenger: Address; fundingWei?: bigint }): Promise<Address> {
  const chain = deps.walletClient.chain ?? null;
  const hash = await deps.walletClient.deployContract({ abi: pingPongAbi, bytecode: readArtifact("PingPong").bytecode, args: [params.messenger, deps.walletClient.account.address], chain });
  const receipt = await confirm(deps, hash, "PingPong deployment");
  if (!receipt.contractAddress) throw new NonRetryableError("PingPong deployment returned no address");
  const app = getAddress(receipt.contractAddress);
  const funding = params.fundingWei ?? DEFAULT_APP_FUNDING_WEI;
  if (funding > 0n) await confirm(deps, await deps.walletClient.sendTransaction({ to: app, value: funding, chain, account: deps.walletClient.account }), "funding PingPong");
  return app;
}

/** Deploys the LitTokenBridge example on `messenger` (owner: the deployer); mints `initialSupply` to the deployer. */
export async function deployTokenBridge(
  deps: MessagingDeps,
  params: { messenger: Address; mintCapPerWindow?: bigint; mintWindowSeconds?: number; initialSupply?: bigint },
): Promise<Address> {
  const chain = deps.walletClient.chain ?? null;
  const owner = deps.walletClient.account.address;
  const hash = await deps.walletClient.deployContract({
    abi: tokenBridgeAbi,
    bytecode: readArtifact("LitTokenBridge").bytecode,
    args: [params.messenger, owner, params.mintCapPerWindow ?? DEFAULT_BRIDGE_MINT_CAP, params.mintWindowSeconds ?? DEFAULT_BRIDGE_MINT_WINDOW_SECONDS],
    chain,
  });
  const receipt = await confirm(deps, hash, "LitTokenBridge deployment");
  if (!receipt.contractAddress) throw new NonRetryableError("LitTokenBridge deployment returned no address");
  const bridge = getAddress(receipt.contractAddress);
  if (params.initialSupply && params.initialSupply > 0n) {
    await confirm(deps, await deps.walletClient.writeContract({ address: bridge, abi: tokenBridgeAbi, functionName: "mintInitial", args: [owner, params.initialSupply], chain }), "mintInitial");
  }
  return bridge;
}

export type MessagingSide = { deps: MessagingDeps; chainId: number; deployment: MessagingDeployment };

/**
 * Connects `from` -> `to`: the source's outbound lane to the destination messenger, the destination's
 * route from the source messenger (with its rate cap), and the apps' peers (on the destination, the
 * source's app is the trusted sender). Call it both ways for a two-way pair. What is already set as
 * wanted is skipped, so a re-run after a failure resumes; returns the calls it made.
 */
export async function connectMessaging(from: MessagingSide, to: MessagingSide, params: { routeCap?: number; maxGasLimit?: number } = {}): Promise<string[]> {
  const done: string[] = [];
  const send = async (side: MessagingSide, address: Address, abi: typeof messengerAbi | typeof pingPongAbi | typeof tokenBridgeAbi, functionName: string, args: readonly unknown[]) => {
    await confirm(side.deps, await side.deps.walletClient.writeContract({ address, abi, functionName, args, chain: side.deps.walletClient.chain ?? null } as never), `${functionName} on chain ${side.chainId}`);
    done.push(`${functionName} on chain ${side.chainId}`);
  };
  const read = (side: MessagingSide, address: Address, abi: typeof messengerAbi | typeof pingPongAbi | typeof tokenBridgeAbi, functionName: string, args: readonly unknown[]) =>
    side.deps.publicClient.readContract({ address, abi, functionName, args } as never) as Promise<unknown>;
  const maxGasLimit = params.maxGasLimit ?? DEFAULT_LANE_MAX_GAS_LIMIT;
  const routeCap = params.routeCap ?? DEFAULT_ROUTE_CAP;
  const lane = (await read(from, from.deployment.messenger, messengerAbi, "outboundLane", [BigInt(to.chainId)])) as { dstMessenger: Address; maxGasLimit: number };
  if (getAddress(lane.dstMessenger) !== getAddress(to.deployment.messenger) || lane.maxGasLimit !== maxGasLimit) {
    await send(from, from.deployment.messenger, messengerAbi, "setOutboundLane", [BigInt(to.chainId), to.deployment.messenger, maxGasLimit]);
  }
  const route = (await read(to, to.deployment.messenger, messengerAbi, "routeState", [BigInt(from.chainId), from.deployment.messenger])) as { configured: boolean; cap: number };
  if (!route.configured || route.cap !== routeCap) await send(to, to.deployment.messenger, messengerAbi, "setRoute", [BigInt(from.chainId), from.deployment.messenger, routeCap]);
  for (const [app, abi] of [["pingPong", pingPongAbi], ["tokenBridge", tokenBridgeAbi]] as const) {
    const mine = to.deployment[app];
    const theirs = from.deployment[app];
    if (!mine || !theirs) continue;
    const peer = (await read(to, mine, abi, "peer", [BigInt(from.chainId)])) as Address;
    if (getAddress(peer) !== getAddress(theirs)) await send(to, mine, abi, "setPeer", [BigInt(from.chainId), theirs]);
  }
  return done;
}

/**
 * Starts a ping-pong rally from the PingPong at `pingPong` to its peer on `dstChainId` (at most `hops`
 * messages: every delivery answers with the next hop). Returns the transaction and the message it sent.
 */
export async function sendPing(deps: MessagingDeps, params: { pingPong: Address; messenger: Address; dstChainId: number; hops: bigint }): Promise<{ txHash: Hash; message: FoundMessage }> {
  const chain = deps.walletClient.chain ?? null;
  const hash = await deps.walletClient.writeContract({ address: params.pingPong, abi: pingPongAbi, functionName: "ping", args: [BigInt(params.dstChainId), params.hops], chain });
  const receipt = await confirm(deps, hash, "ping");
  const chainId = await deps.publicClient.getChainId();
  const found = findMessages(receipt.logs, { chainId: BigInt(chainId), messenger: params.messenger });
  if (found.length !== 1) throw new NonRetryableError(`the ping transaction ${hash} emitted ${found.length} MessageSent logs of ${params.messenger}, expected one`);
  return { txHash: hash, message: found[0]! };
}
