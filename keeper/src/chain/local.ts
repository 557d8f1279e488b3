/**
 * In-process EVM chains for the embedded stack and the tests: an EDR (Hardhat 3) simulated chain,
 * served on a loopback HTTP JSON-RPC port so the keeper talks to it by URL exactly as it would to a
 * real RPC. Several chains with different chain ids can run in one process; the HTTP face can be
 * stopped and restarted on the same port to simulate an RPC outage while the chain keeps its state.
 *
 * The chain itself is Hardhat's EDR (`hre.network.create`), so every `hardhat_*` / `evm_*` method
 * (`evm_mine`, `evm_increaseTime`, `evm_setNextBlockTimestamp`, `evm_setAutomine`,
 * `evm_setIntervalMining`, `hardhat_setBalance`, ...) is available on both the provider and the URL.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Address, EIP1193Provider, Hex } from "viem";
import { mnemonicToAccount, privateKeyToAddress } from "viem/accounts";
import { NonRetryableError } from "../../../common/errors.ts";

/** Hardhat's well-known development mnemonic: deterministic, funded, and obviously not secret. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
/** Chain id of the default local chain (Hardhat's default). */
export const DEFAULT_LOCAL_CHAIN_ID = 31337;
/** Dev accounts derived from {@link DEV_MNEMONIC} unless `accounts` is given. */
export const DEFAULT_DEV_ACCOUNT_COUNT = 10;
/** Balance of each dev account, in wei (10,000 ETH). */
export const DEFAULT_DEV_BALANCE_WEI = 10_000n * 10n ** 18n;
/** Largest JSON-RPC request body the loopback server accepts, in bytes. */
export const MAX_RPC_BODY_BYTES = 16 * 1024 * 1024;
const LOOPBACK_HOST = "127.0.0.1";

export type DevAccount = { address: Address; privateKey: Hex };

export type StartLocalChainParameters = {
  /** Default {@link DEFAULT_LOCAL_CHAIN_ID}. */
  chainId?: number;
  /** Loopback port for the JSON-RPC server; 0 (default) picks a free one. */
  port?: number;
  /** Funded accounts; default: {@link DEFAULT_DEV_ACCOUNT_COUNT} keys from {@link DEV_MNEMONIC}. */
  accounts?: readonly { privateKey: Hex; balanceWei?: bigint }[];
  /** Mine a block per transaction (default true). With `false`, use `blockTimeMs` or `evm_mine`. */
  automine?: boolean;
  /** Interval mining period in milliseconds (in addition to automine when both are set). */
  blockTimeMs?: number;
  /** Timestamp of the genesis block (default: now). */
  initialDate?: Date;
  /**
   * Blocks mined within one wall-clock second may share its timestamp, as a live chain's
   * transactions share a block (default false: every block one second after the last at least, so
   * a burst of automined transactions runs the chain's clock ahead of the wall clock).
   */
  sameTimestampBlocks?: boolean;
};

export type LocalChain = {
  rpcUrl: string;
  chainId: number;
  /** The in-process provider (no HTTP hop); same chain as `rpcUrl`. */
  provider: EIP1193Provider;
  accounts: DevAccount[];
  /** Stops the HTTP face only (simulated RPC outage); the chain keeps running. Idempotent. */
  stopServer(): Promise<void>;
  /** Restarts the HTTP face on the same port. Idempotent. */
  startServer(): Promise<void>;
  /** Stops the HTTP server and the chain. */
  close(): Promise<void>;
};

/** Derives the deterministic dev accounts (`count` keys of {@link DEV_MNEMONIC}). */
export function devAccounts(count: number = DEFAULT_DEV_ACCOUNT_COUNT): DevAccount[] {
  return Array.from({ length: count }, (_, addressIndex) => {
    const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex });
    const key = account.getHdKey().privateKey;
    if (!key) throw new Error("HD derivation returned no private key");
    return { address: account.address, privateKey: `0x${Buffer.from(key).toString("hex")}` as Hex };
  });
}

type HardhatRuntime = Awaited<ReturnType<typeof import("hardhat/hre").createHardhatRuntimeEnvironment>>;
let runtime: Promise<HardhatRuntime> | undefined;

/** One Hardhat runtime per process, with an inline config (no dependency on the working directory). */
function hardhatRuntime(): Promise<HardhatRuntime> {
  runtime ??= import("hardhat/hre").then(({ createHardhatRuntimeEnvironment }) =>
    createHardhatRuntimeEnvironment({
      networks: { local: { type: "edr-simulated", chainType: "l1", hardfork: "prague" } },
    }),
  );
  return runtime;
}

/** Starts an EDR chain and serves it on a loopback HTTP JSON-RPC port. */
export async function startLocalChain(params: StartLocalChainParameters = {}): Promise<LocalChain> {
  const chainId = params.chainId ?? DEFAULT_LOCAL_CHAIN_ID;
  if (!Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new NonRetryableError(`invalid chain id ${params.chainId}`);
  }
  const keys: readonly { privateKey: Hex; balanceWei?: bigint }[] =
    params.accounts ?? devAccounts().map(({ privateKey }) => ({ privateKey }));
  const accounts = keys.map(({ privateKey }) => ({
    address: privateKeyToAddress(privateKey),
    privateKey,
  }));

  const hre = await hardhatRuntime();
  const connection = await hre.network.create({
    network: "local",
    override: {
      chainId,
      accounts: keys.map(({ privateKey, balanceWei }) => ({
        privateKey,
        balance: (balanceWei ?? DEFAULT_DEV_BALANCE_WEI).toString(),
      })),
      mining: {
        auto: params.automine ?? true,
        ...(params.blockTimeMs === undefined ? {} : { interval: params.blockTimeMs }),
      },
      ...(params.initialDate ? { initialDate: params.initialDate } : {}),
      ...(params.sameTimestampBlocks ? { allowBlocksWithSameTimestamp: true } : {}),
    },
  });
  const provider = connection.provider as unknown as EIP1193Provider;

  let server: Server | undefined;
  let port = params.port ?? 0;
  const sockets = new Set<import("node:net").Socket>();

  const startServer = async (): Promise<void> => {
    if (server) return;
    const next = createServer((request, response) => void handleRpc(provider, request, response));
    next.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      next.once("error", reject);
      next.listen(port, LOOPBACK_HOST, () => {
        next.off("error", reject);
        resolve();
      });
    });
    port = (next.address() as AddressInfo).port;
    server = next;
  };

  const stopServer = async (): Promise<void> => {
    const current = server;
    if (!current) return;
    server = undefined;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    await closed;
  };

  try {
    await startServer();
  } catch (error) {
    await connection.close();
    throw new NonRetryableError(`cannot listen on ${LOOPBACK_HOST}:${port}`, { cause: error });
  }

  return {
    rpcUrl: `http://${LOOPBACK_HOST}:${port}`,
    chainId,
    provider,
    accounts,
    stopServer,
    startServer,
    async close() {
      await stopServer();
      await connection.close();
    },
  };
}

type JsonRpcRequest = { jsonrpc?: string; id?: unknown; method?: unknown; params?: unknown };

async function answer(provider: EIP1193Provider, request: JsonRpcRequest): Promise<unknown> {
  const id = request.id ?? null;
  if (typeof request.method !== "string") {
    return { jsonrpc: "2.0", id, error: { code: -32600, message: "invalid request: method must be a string" } };
  }
  try {
    const params = request.params === undefined ? [] : request.params;
    const result = await provider.request({ method: request.method, params } as never);
    return { jsonrpc: "2.0", id, result: result ?? null };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown; data?: unknown };
    return {
      jsonrpc: "2.0",
      id,
      error: {
        code: typeof e.code === "number" ? e.code : -32603,
        message: typeof e.message === "string" ? e.message : String(error),
        ...(e.data === undefined ? {} : { data: e.data }),
      },
    };
  }
}

async function handleRpc(provider: EIP1193Provider, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body, (_key, value) => (typeof value === "bigint" ? `0x${value.toString(16)}` : value)));
  };
  if (request.method !== "POST") {
    reply(405, { jsonrpc: "2.0", id: null, error: { code: -32600, message: "use POST" } });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_RPC_BODY_BYTES) {
      reply(413, { jsonrpc: "2.0", id: null, error: { code: -32600, message: "request too large" } });
      return;
    }
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    reply(200, { jsonrpc: "2.0", id: null, error: { code: -32700, message: "parse error" } });
    return;
  }
  if (Array.isArray(parsed)) {
    const results = [];
    // Sequential on purpose: a batch of eth_sendRawTransaction must keep its nonce order.
    for (const item of parsed) results.push(await answer(provider, item as JsonRpcRequest));
    reply(200, results);
    return;
  }
  reply(200, await answer(provider, parsed as JsonRpcRequest));
}
