/**
 * Two in-process EDR chains, each with a LitMessenger whose lane and route point at the other, plus a
 * MessageSink on each. Used by the messenger tests and `bench/messenger.ts`.
 */
import { type Abi, type Address, type Hex, createPublicClient, createWalletClient, custom, defineChain, getAddress, getContractAddress, http } from "viem";
import { type FoundMessage, findMessages } from "../../actions/src/messenger/relayer.ts";
import { privateKeyToAccount } from "viem/accounts";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import { type ContractName, readArtifact } from "../../keeper/src/chain/artifacts.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";

export const CHAIN_A = 31_101;
export const CHAIN_B = 31_102;
export const ROTATION_DELAY_SECONDS = 3600;
export const RATE_WINDOW_SECONDS = 3600;
export const ROUTE_CAP = 1_000_000;
export const MAX_GAS_LIMIT = 2_000_000;

export type Side = {
  chain: LocalChain;
  wallet: ReturnType<typeof createWalletClient>;
  public: ReturnType<typeof createPublicClient>;
  messenger: Address;
  sink: Address;
};

export function clientsOf(chain: LocalChain, accountIndex = 0, viaHttp = false) {
  const viemChain = defineChain({
    id: chain.chainId,
    name: `local-${chain.chainId}`,
    nativeCurrency: { name: "ETH", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [chain.rpcUrl] } },
  });
  const account = privateKeyToAccount(chain.accounts[accountIndex]!.privateKey);
  const transport = viaHttp ? http(chain.rpcUrl) : custom(chain.provider);
  return {
    wallet: createWalletClient({ account, chain: viemChain, transport }),
    public: createPublicClient({ chain: viemChain, transport }),
  };
}

export async function deploy(side: Pick<Side, "wallet" | "public">, name: ContractName, args: readonly unknown[]): Promise<Address> {
  const artifact = readArtifact(name);
  const hash = await side.wallet.deployContract({ abi: artifact.abi as Abi, bytecode: artifact.bytecode, args, chain: side.wallet.chain, account: side.wallet.account! });
  const receipt = await side.public.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`${name} deployment failed`);
  return getAddress(receipt.contractAddress);
}

export async function write(side: Pick<Side, "wallet" | "public">, to: Address, abi: Abi, functionName: string, args: readonly unknown[], value?: bigint) {
  const hash = await side.wallet.writeContract({ address: to, abi, functionName, args, chain: side.wallet.chain, account: side.wallet.account!, ...(value ? { value } : {}) } as never);
  const receipt = await side.public.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`${functionName} reverted (${hash})`);
  return receipt;
}

/** Starts the two chains (A and B) with nothing deployed. */
export async function startPairChains(): Promise<[LocalChain, LocalChain]> {
  const chains = await Promise.all([startLocalChain({ chainId: CHAIN_A }), startLocalChain({ chainId: CHAIN_B })]);
  return chains as [LocalChain, LocalChain];
}

/** The messenger address `deployPair` will produce on a fresh chain (deployer account 0, nonce 0). */
export function predictedMessenger(chain: LocalChain): Address {
  return getContractAddress({ from: chain.accounts[0]!.address, nonce: 0n });
}

/**
 * Deploys a messenger (owner = account 0, guardian = account 2, trusting `signer`) and a MessageSink on
 * each chain, and points each messenger's lane and route at the other.
 */
export async function deployPair(chains: readonly [LocalChain, LocalChain], signer: Address): Promise<{ a: Side; b: Side }> {
  const sides: Side[] = [];
  for (const chain of chains) {
    const { wallet, public: pub } = clientsOf(chain);
    const guardian = chain.accounts[2]!.address;
    const messenger = await deploy({ wallet, public: pub }, "LitMessenger", [chain.accounts[0]!.address, guardian, signer, ROTATION_DELAY_SECONDS, RATE_WINDOW_SECONDS]);
    const sink = await deploy({ wallet, public: pub }, "MessageSink", [messenger]);
    sides.push({ chain, wallet, public: pub, messenger, sink });
  }
  const [a, b] = sides as [Side, Side];
  for (const [from, to] of [[a, b], [b, a]] as const) {
    await write(from, from.messenger, messengerAbi, "setOutboundLane", [BigInt(to.chain.chainId), to.messenger, MAX_GAS_LIMIT]);
    await write(to, to.messenger, messengerAbi, "setRoute", [BigInt(from.chain.chainId), from.messenger, ROUTE_CAP]);
  }
  return { a, b };
}

export async function startMessengerPair(params: { signer: Address }): Promise<{ a: Side; b: Side; close(): Promise<void> }> {
  const chains = await startPairChains();
  const { a, b } = await deployPair(chains, params.signer);
  return { a, b, close: async () => void (await Promise.allSettled(chains.map((c) => c.close()))) };
}

/** Sends one message from `from` to `to` and returns it as found in the receipt's logs. */
export async function sendMessage(from: Side, to: Side, params: { recipient?: Address; payload?: Hex; gasLimit?: number } = {}): Promise<FoundMessage> {
  const receipt = await write(from, from.messenger, messengerAbi, "sendMessage", [BigInt(to.chain.chainId), params.recipient ?? to.sink, params.payload ?? "0x68656c6c6f", params.gasLimit ?? 100_000]);
  const found = findMessages(receipt.logs, { chainId: BigInt(from.chain.chainId), messenger: from.messenger });
  if (found.length !== 1) throw new Error(`expected one MessageSent, found ${found.length}`);
  return found[0]!;
}

/** Mines `count` empty blocks. */
export async function mine(chain: LocalChain, count: number): Promise<void> {
  await chain.provider.request({ method: "hardhat_mine" as never, params: [`0x${count.toString(16)}`] as never });
}
