/**
 * The transaction manager against a real EDR chain on a loopback RPC: failover from a dead URL,
 * an RPC outage mid-wait, a dropped transaction replaced with a >= 10 % bump, and a restart between
 * broadcast and receipt that re-watches the stored transaction instead of sending another, and a
 * transaction that passed simulation but reverted once mined.
 */
import { parseTransaction, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonRetryableError } from "../../common/errors.ts";
import { startLocalChain, type LocalChain } from "../../keeper/src/chain/local.ts";
import { chainSchema } from "../../keeper/src/config/schema.ts";
import { silentLogger } from "../../keeper/src/internal/logger.ts";
import { createMetrics } from "../../keeper/src/metrics.ts";
import { createChainClient } from "../../keeper/src/rpc.ts";
import { openStore, type StoredTx } from "../../keeper/src/store.ts";
import { createTxManager } from "../../keeper/src/tx/manager.ts";
import { closedPortUrl } from "./helpers.ts";

const TARGET = "0x000000000000000000000000000000000000dEaD" as const;

function chainConfig(chain: LocalChain, overrides: Record<string, unknown> = {}) {
  return chainSchema.parse({ name: "t", chainId: chain.chainId, rpcUrls: [chain.rpcUrl], receiver: TARGET, pollIntervalMs: 20, replaceAfterSeconds: 0.2, ...overrides });
}

function rpc(chain: LocalChain, method: string, params: unknown[] = []) {
  return chain.provider.request({ method, params } as never) as Promise<unknown>;
}

describe("transaction manager", () => {
  let chain: LocalChain;
  beforeAll(async () => {
    chain = await startLocalChain({ chainId: 31_400 });
  });
  afterAll(async () => {
    await chain?.close();
  });

  it("fails over from a dead RPC URL and lands the transaction", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const client = createChainClient({ metrics }, chainConfig(chain, { rpcUrls: [await closedPortUrl(), chain.rpcUrl] }));
    const account = privateKeyToAccount(chain.accounts[1]!.privateKey);
    const tx = createTxManager({ chain: client, account, store: openStore(":memory:"), logger: silentLogger(), metrics });
    const result = await tx.submit({ to: TARGET, data: "0x1234", feeds: ["BTC/USD"] });
    expect(result.receipt.status).toBe("success");
    expect(result.attempts).toBe(1);
    const failovers = await metrics.registry.getSingleMetricAsString("lit_oracle_rpc_failovers_total");
    expect(failovers).toMatch(/lit_oracle_rpc_failovers_total\{chain="t"\} [1-9]/);
  });

  it("replaces a dropped transaction with fees bumped by at least 10 %", async () => {
    await rpc(chain, "evm_setAutomine", [false]);
    try {
      const client = createChainClient({}, chainConfig(chain));
      const account = privateKeyToAccount(chain.accounts[2]!.privateKey);
      const store = openStore(":memory:");
      const sent: StoredTx[] = [];
      const tx = createTxManager({
        chain: client,
        account,
        store,
        logger: silentLogger(),
        onBroadcast: (t) => {
          sent.push(t);
          // The first broadcast vanishes from the mempool (a node restart, an eviction).
          if (sent.length === 1) void rpc(chain, "hardhat_dropTransaction", [t.hash]);
          // The replacement gets mined.
          else void rpc(chain, "evm_mine");
        },
      });
      const result = await tx.submit({ to: TARGET, data: "0xabcd", feeds: ["ETH/USD"] });
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(result.hash).not.toBe(sent[0]!.hash);
      expect(result.attempts).toBeGreaterThanOrEqual(2);
      const first = parseTransaction(sent[0]!.raw);
      const second = parseTransaction(sent[1]!.raw);
      expect(second.nonce).toBe(first.nonce);
      expect(second.maxFeePerGas! * 100n).toBeGreaterThanOrEqual(first.maxFeePerGas! * 110n);
      expect(second.maxPriorityFeePerGas! * 100n).toBeGreaterThanOrEqual(first.maxPriorityFeePerGas! * 110n);
      expect(store.openTxs(chain.chainId, account.address)).toEqual([]);
    } finally {
      await rpc(chain, "evm_setAutomine", [true]);
    }
  });

  it("survives the RPC going away while it waits for the receipt", async () => {
    await rpc(chain, "evm_setAutomine", [false]);
    try {
      const client = createChainClient({}, chainConfig(chain, { replaceAfterSeconds: 60 }));
      const account = privateKeyToAccount(chain.accounts[3]!.privateKey);
      const tx = createTxManager({
        chain: client,
        account,
        store: openStore(":memory:"),
        logger: silentLogger(),
        onBroadcast: () => {
          void (async () => {
            await chain.stopServer();
            await new Promise((r) => setTimeout(r, 300));
            await rpc(chain, "evm_mine");
            await chain.startServer();
          })();
        },
      });
      const result = await tx.submit({ to: TARGET, data: "0x01", feeds: ["SOL/USD"] });
      expect(result.receipt.status).toBe("success");
      expect(result.attempts).toBe(1);
    } finally {
      await chain.startServer();
      await rpc(chain, "evm_setAutomine", [true]);
    }
  });

  it("after a crash between broadcast and receipt, a new instance re-watches the stored tx and does not send another", async () => {
    await rpc(chain, "evm_setAutomine", [false]);
    const dir = (await import("node:fs")).mkdtempSync(`${(await import("node:os")).tmpdir()}/keeper-store-`);
    const path = `${dir}/keeper.sqlite`;
    const account = privateKeyToAccount(chain.accounts[4]!.privateKey);
    try {
      // Instance A: broadcasts, then "dies" (its wait is aborted; nothing after the broadcast runs).
      const crash = new AbortController();
      const storeA = openStore(path);
      let broadcast: Hex | undefined;
      const a = createTxManager({
        chain: createChainClient({}, chainConfig(chain, { replaceAfterSeconds: 60 })),
        account,
        store: storeA,
        logger: silentLogger(),
        onBroadcast: (t) => {
          broadcast = t.hash;
          crash.abort(new Error("killed"));
        },
      });
      await expect(a.submit({ to: TARGET, data: "0xfeed", feeds: ["BTC/USD"], signal: crash.signal })).rejects.toThrow();
      storeA.close();
      expect(broadcast).toBeDefined();

      // Instance B: same store. It finds the open tx and watches it; the block lands meanwhile.
      const storeB = openStore(path);
      expect(storeB.openTxs(chain.chainId, account.address).map((t) => t.hash)).toEqual([broadcast]);
      const b = createTxManager({ chain: createChainClient({}, chainConfig(chain, { replaceAfterSeconds: 60 })), account, store: storeB, logger: silentLogger() });
      setTimeout(() => void rpc(chain, "evm_mine"), 200);
      const recovered = await b.recover();
      expect(recovered).toHaveLength(1);
      expect(recovered[0]).toMatchObject({ outcome: "confirmed", feeds: ["BTC/USD"] });
      expect(recovered[0]!.result!.hash).toBe(broadcast);
      // Exactly one transaction was ever sent from this key.
      const nonce = await createChainClient({}, chainConfig(chain)).client.getTransactionCount({ address: account.address });
      expect(nonce).toBe(1);
      expect(storeB.openTxs(chain.chainId, account.address)).toEqual([]);
      storeB.close();
    } finally {
      await rpc(chain, "evm_setAutomine", [true]);
    }
  });

  it("a transaction that passed simulation but reverted once mined: non-retryable, explained, settled, not resent", async () => {
    // A target that reverts once its slot 0 is set: PUSH0 SLOAD ISZERO PUSH1 9 JUMPI PUSH0 PUSH0 REVERT JUMPDEST STOP.
    const guard = "0x00000000000000000000000000000000000beef0" as const;
    await rpc(chain, "hardhat_setCode", [guard, "0x5f54156009575f5ffd5b00"]);
    await rpc(chain, "evm_setAutomine", [false]);
    const account = privateKeyToAccount(chain.accounts[5]!.privateKey);
    const store = openStore(":memory:");
    try {
      let sends = 0;
      const tx = createTxManager({
        chain: createChainClient({}, chainConfig(chain, { replaceAfterSeconds: 60 })),
        account,
        store,
        logger: silentLogger(),
        onBroadcast: () => {
          sends += 1;
          // The chain moves between simulation and inclusion (another keeper, a pause).
          void (async () => {
            await rpc(chain, "hardhat_setStorageAt", [guard, "0x0", `0x${"1".padStart(64, "0")}`]);
            await rpc(chain, "evm_mine");
          })();
        },
      });
      const failure = await tx.submit({ to: guard, data: "0x01", feeds: ["ADA/USD"] }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(NonRetryableError);
      expect(String((failure as Error).message)).toMatch(/reverted on chain/);
      expect(sends).toBe(1);
      expect(store.openTxs(chain.chainId, account.address)).toEqual([]);
      const nonce = await createChainClient({}, chainConfig(chain)).client.getTransactionCount({ address: account.address });
      expect(nonce).toBe(1);
    } finally {
      await rpc(chain, "evm_setAutomine", [true]);
    }
  });
});
