/**
 * The transaction manager for one (chain, signer): simulate, price (EIP-1559, capped), nonce from the
 * chain, sign locally, persist, broadcast, watch, replace when stuck (bounded, >= 10 % bump), await the
 * receipt to the configured depth, and classify the outcome. One submission at a time per signer (a
 * mutex), so nonces never race inside one process; across processes the chain's `pending` nonce and the
 * receiver's monotonic `observedAt` keep redundant keepers safe.
 *
 * Every signed transaction is written to the store BEFORE it is broadcast, so a keeper that dies between
 * broadcast and receipt finds it on restart ({@link TxManager.recover}) and watches / rebroadcasts it
 * instead of sending a second one.
 */
import {
  keccak256,
  parseGwei,
  parseTransaction,
  type Address,
  type Hex,
  type LocalAccount,
  type TransactionReceipt,
  type TransactionSerializableEIP1559,
} from "viem";
import { AlreadyDoneError, NonRetryableError, RetryableError } from "../../../common/errors.ts";
import type { Logger } from "../internal/logger.ts";
import type { KeeperMetrics } from "../metrics.ts";
import { sleep as defaultSleep } from "../retry.ts";
import type { ChainClient } from "../rpc.ts";
import type { Store, StoredTx } from "../store.ts";
import { classifySimulationError, sendErrorKind, type RevertDecoder } from "./classify.ts";

/** Headroom on the gas estimate. */
export const GAS_LIMIT_BUFFER_PERCENT = 20;
/** maxFeePerGas = baseFee * this + priority (survives this many full blocks of base-fee growth: 2x ~ 6 blocks). */
export const BASE_FEE_MULTIPLIER = 2n;
/** Blocks of fee history sampled for the priority fee. */
export const FEE_HISTORY_BLOCKS = 5;
/** Percentile of recent priority fees paid. */
export const FEE_HISTORY_PERCENTILE = 50;
/** Priority-fee floor, wei (0.001 gwei): keeps replacement bumps meaningful on chains that report 0. */
export const MIN_PRIORITY_FEE_WEI = 1_000_000n;
/** A replacement must raise both fee fields by at least this much (geth's txpool rule). */
export const REPLACEMENT_MIN_BUMP_PERCENT = 10n;
/** Times a send is retried with a freshly synced nonce after "nonce too low/high". */
export const NONCE_RESYNC_ATTEMPTS = 3;

export type TxManagerDeps = {
  chain: ChainClient;
  account: LocalAccount;
  store: Store;
  logger: Logger;
  metrics?: KeeperMetrics;
  decodeRevert?: RevertDecoder;
  /** Wall clock in ms (tests may inject). */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Test/ops hook: called after each successful broadcast. */
  onBroadcast?: (tx: StoredTx) => void;
};

export type SubmitParameters = {
  to: Address;
  data: Hex;
  /** Feed symbols carried by the transaction (for the store, logs and recovery). */
  feeds: string[];
  roundId?: number;
  signal?: AbortSignal;
};

export type SubmitResult = {
  hash: Hex;
  nonce: number;
  receipt: TransactionReceipt;
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  /** Broadcasts at this nonce (1 = no replacement). */
  attempts: number;
  /** Where the submission's time went, ms (absent for a transaction resumed from the store). */
  timings?: SubmitTimings;
};

/**
 * Phases of one submission, ms: simulation (`eth_call`), gas estimate and fees (all three start at
 * once: each is its own time from that start), then nonce + signing + broadcast, and the wait for
 * the receipt (with confirmations).
 */
export type SubmitTimings = { simulateMs: number; estimateMs: number; feesMs: number; sendMs: number; minedMs: number };

export type RecoveredTx = { feeds: string[]; nonce: number; outcome: "confirmed" | "already-done" | "failed"; result?: SubmitResult; error?: unknown };

export type TxManager = {
  readonly address: Address;
  /** Simulate + send + wait. Throws AlreadyDoneError / RetryableError / NonRetryableError. */
  submit(parameters: SubmitParameters): Promise<SubmitResult>;
  /** Re-watches every transaction left open in the store (after a restart). */
  recover(signal?: AbortSignal): Promise<RecoveredTx[]>;
  /** Number of open (unsettled) transactions for this signer. */
  openCount(): number;
  balance(): Promise<bigint>;
};

type Fees = { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint };

function percentOf(value: bigint, percent: bigint): bigint {
  return (value * percent + 99n) / 100n;
}

function median(values: bigint[]): bigint {
  if (values.length === 0) return 0n;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function createTxManager(deps: TxManagerDeps): TxManager {
  const { chain, account, store, logger } = deps;
  const cfg = chain.config;
  const client = chain.client;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const address = account.address;
  const capMaxFee = parseGwei(String(cfg.maxFeePerGasGwei));
  const capPriority = parseGwei(String(cfg.maxPriorityFeePerGasGwei));
  const log = logger.child({ chain: cfg.name, chain_id: cfg.chainId });
  const labels = { chain: cfg.name };

  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }

  const updatePendingGauge = () => deps.metrics?.pendingTxs.set(labels, store.openTxs(cfg.chainId, address).length);

  async function suggestFees(): Promise<Fees> {
    const block = await client.getBlock({ blockTag: "latest" });
    const baseFee = block.baseFeePerGas;
    if (baseFee === null || baseFee === undefined) throw new NonRetryableError(`chain ${cfg.name} reports no baseFeePerGas (EIP-1559 required)`);
    let priority: bigint;
    try {
      const history = await client.getFeeHistory({ blockCount: FEE_HISTORY_BLOCKS, rewardPercentiles: [FEE_HISTORY_PERCENTILE], blockTag: "latest" });
      priority = median((history.reward ?? []).map((r) => r[0] ?? 0n));
    } catch {
      priority = await client.estimateMaxPriorityFeePerGas();
    }
    if (priority < MIN_PRIORITY_FEE_WEI) priority = MIN_PRIORITY_FEE_WEI;
    if (priority > capPriority) priority = capPriority;
    if (baseFee + priority > capMaxFee) {
      throw new RetryableError(`base fee ${baseFee} wei is above the cap of ${cfg.maxFeePerGasGwei} gwei on ${cfg.name}`, {
        metaMessages: ["the update waits for fees to fall (raise chains[].maxFeePerGasGwei to pay more)"],
      });
    }
    let maxFee = baseFee * BASE_FEE_MULTIPLIER + priority;
    if (maxFee > capMaxFee) maxFee = capMaxFee;
    return { maxFeePerGas: maxFee, maxPriorityFeePerGas: priority };
  }

  async function sign(tx: TransactionSerializableEIP1559): Promise<{ raw: Hex; hash: Hex }> {
    const raw = await account.signTransaction(tx);
    return { raw, hash: keccak256(raw) };
  }

  /**
   * Broadcasts a raw tx; "already known" counts as sent. Some nodes (Hardhat/EDR with automine) mine a
   * reverting transaction and still answer the send with an error: when the node knows the hash, it
   * was sent, and the receipt decides. Returns the send error kind on failure.
   */
  async function broadcast(raw: Hex): Promise<"ok" | ReturnType<typeof sendErrorKind>> {
    try {
      await client.sendRawTransaction({ serializedTransaction: raw });
      return "ok";
    } catch (error) {
      const kind = sendErrorKind(error);
      if (kind === "already-known") return "ok";
      if (kind === "other") {
        const known = await client.getTransaction({ hash: keccak256(raw) }).catch(() => undefined);
        if (known) {
          log.debug({ tx_hash: known.hash, err: error }, "the node rejected the send but has the transaction (mined and reverted?)");
          return "ok";
        }
      }
      log.warn({ reason: kind, err: error, detail: (error as Error).message?.slice(0, 800) }, "broadcast failed");
      return kind;
    }
  }

  async function receiptOf(hash: Hex): Promise<TransactionReceipt | undefined> {
    try {
      return await client.getTransactionReceipt({ hash });
    } catch (error) {
      if (error instanceof Error && error.name === "TransactionReceiptNotFoundError") return undefined;
      throw error;
    }
  }

  async function confirmations(receipt: TransactionReceipt, signal?: AbortSignal): Promise<void> {
    if (cfg.confirmations <= 1) return;
    const target = receipt.blockNumber + BigInt(cfg.confirmations - 1);
    for (;;) {
      signal?.throwIfAborted();
      const head = await client.getBlockNumber({ cacheTime: 0 });
      if (head >= target) {
        // Re-check the receipt is still canonical after the wait (a reorg drops it).
        const again = await receiptOf(receipt.transactionHash);
        if (!again || again.blockHash !== receipt.blockHash) throw new RetryableError(`transaction ${receipt.transactionHash} was reorged out`);
        return;
      }
      await sleep(cfg.pollIntervalMs, signal);
    }
  }

  /** Bumped fees for a replacement, or undefined when the cap forbids a valid (>= 10 %) bump. */
  async function bumpedFees(previous: Fees): Promise<Fees | undefined> {
    const bump = BigInt(100 + cfg.bumpPercent);
    let current: Fees | undefined;
    try {
      current = await suggestFees();
    } catch {
      current = undefined;
    }
    let priority = percentOf(previous.maxPriorityFeePerGas, bump);
    let maxFee = percentOf(previous.maxFeePerGas, bump);
    if (current && current.maxPriorityFeePerGas > priority) priority = current.maxPriorityFeePerGas;
    if (current && current.maxFeePerGas > maxFee) maxFee = current.maxFeePerGas;
    if (maxFee > capMaxFee) maxFee = capMaxFee;
    if (priority > maxFee) priority = maxFee;
    const minBump = 100n + REPLACEMENT_MIN_BUMP_PERCENT;
    if (maxFee < percentOf(previous.maxFeePerGas, minBump) || priority < percentOf(previous.maxPriorityFeePerGas, minBump)) return undefined;
    return { maxFeePerGas: maxFee, maxPriorityFeePerGas: priority };
  }

  async function explainRevert(tx: StoredTx, receipt: TransactionReceipt): Promise<Error> {
    const parsed = parseTransaction(tx.raw);
    try {
      await client.call({ account: address, to: parsed.to!, data: parsed.data!, blockNumber: receipt.blockNumber });
    } catch (error) {
      const classified = classifySimulationError(error, deps.decodeRevert);
      if (classified instanceof AlreadyDoneError) return classified;
      return new NonRetryableError(`transaction ${receipt.transactionHash} reverted on chain`, { cause: classified });
    }
    return new NonRetryableError(`transaction ${receipt.transactionHash} reverted on chain (reason unavailable)`);
  }

  /**
   * Watches the attempts at one nonce until one is mined (and buried `confirmations` deep), the nonce is
   * consumed by another transaction, or the receipt timeout passes. Replaces with bumped fees when stuck.
   */
  async function watch(attempts: StoredTx[], signal?: AbortSignal): Promise<SubmitResult> {
    const nonce = attempts[0]!.nonce;
    const startedAt = now();
    let lastBroadcastAt = now();
    let replacements = attempts.length - 1;
    const settle = (winner: Hex | undefined, status: "confirmed" | "reverted" | "superseded") => {
      store.settleNonce({ chainId: cfg.chainId, sender: address, nonce, winner, status });
      updatePendingGauge();
    };
    for (let first = true; ; first = false) {
      signal?.throwIfAborted();
      if (!first) await sleep(cfg.pollIntervalMs, signal);
      let receipt: TransactionReceipt | undefined;
      let winner: StoredTx | undefined;
      try {
        for (const tx of [...attempts].reverse()) {
          receipt = await receiptOf(tx.hash);
          if (receipt) {
            winner = tx;
            break;
          }
        }
      } catch (error) {
        log.warn({ nonce, err: error }, "receipt lookup failed; will retry");
        if (now() - startedAt >= cfg.receiptTimeoutSeconds * 1000) throw new RetryableError("RPC unavailable while waiting for a receipt", { cause: error });
        continue;
      }
      if (receipt && winner) {
        await confirmations(receipt, signal);
        const gasUsed = receipt.gasUsed;
        const price = receipt.effectiveGasPrice ?? 0n;
        deps.metrics?.gasSpent.inc(labels, Number(gasUsed));
        deps.metrics?.feesSpentWei.inc(labels, Number(gasUsed * price));
        if (receipt.status !== "success") {
          settle(winner.hash, "reverted");
          throw await explainRevert(winner, receipt);
        }
        settle(winner.hash, "confirmed");
        log.info({ tx_hash: winner.hash, nonce, attempt: attempts.length, gas_used: Number(gasUsed), block: Number(receipt.blockNumber) }, "transaction confirmed");
        return { hash: winner.hash, nonce, receipt, gasUsed, effectiveGasPrice: price, attempts: attempts.length };
      }
      let mined: number;
      try {
        mined = await client.getTransactionCount({ address, blockTag: "latest" });
      } catch (error) {
        log.warn({ nonce, err: error }, "nonce lookup failed; will retry");
        continue;
      }
      if (mined > nonce) {
        // Our nonce is used. One more receipt pass closes the race with the block that just landed.
        for (const tx of attempts) {
          const late = await receiptOf(tx.hash).catch(() => undefined);
          if (late) {
            receipt = late;
            winner = tx;
            break;
          }
        }
        if (!receipt) {
          settle(undefined, "superseded");
          throw new AlreadyDoneError(`nonce ${nonce} on ${cfg.name} was used by another transaction from ${address}`, {
            metaMessages: ["another keeper process with the same key sent first; the next round re-reads the chain"],
          });
        }
        continue;
      }
      const elapsed = now() - lastBroadcastAt;
      if (elapsed >= cfg.replaceAfterSeconds * 1000) {
        const latest = attempts.at(-1)!;
        const previous = { maxFeePerGas: latest.maxFeePerGas, maxPriorityFeePerGas: latest.maxPriorityFeePerGas };
        const fees = replacements < cfg.maxReplacements ? await bumpedFees(previous) : undefined;
        if (fees) {
          // Re-sign the same transaction (same nonce, to, data, gas) with the new fees; the old
          // signature fields must not leak into the new serialisation.
          const { r: _r, s: _s, v: _v, yParity: _y, ...unsigned } = parseTransaction(latest.raw) as TransactionSerializableEIP1559 & { r?: Hex; s?: Hex; v?: bigint; yParity?: number };
          const { raw, hash } = await sign({ ...unsigned, ...fees, type: "eip1559" });
          const stored: StoredTx = { ...latest, hash, raw, ...fees, attempt: latest.attempt + 1, createdAt: now(), status: "signed" };
          store.saveTx(stored);
          const outcome = await broadcast(raw);
          if (outcome === "ok" || outcome === "transport") {
            if (outcome === "ok") store.setTxStatus(cfg.chainId, hash, "sent");
            attempts.push({ ...stored, status: outcome === "ok" ? "sent" : "signed" });
            replacements++;
            deps.metrics?.txReplacements.inc(labels);
            log.warn(
              { tx_hash: hash, replaces: latest.hash, nonce, attempt: stored.attempt, max_fee_per_gas: fees.maxFeePerGas.toString(), max_priority_fee_per_gas: fees.maxPriorityFeePerGas.toString(), reason: "stuck" },
              "replaced stuck transaction with higher fees",
            );
            if (outcome === "ok") deps.onBroadcast?.(stored);
          } else {
            store.setTxStatus(cfg.chainId, hash, "abandoned");
          }
        } else {
          // At the replacement limit or the fee cap: keep the last one alive in every mempool.
          const outcome = await broadcast(latest.raw);
          log.warn({ tx_hash: latest.hash, nonce, attempt: latest.attempt, reason: replacements >= cfg.maxReplacements ? "replacement-limit" : "fee-cap", outcome }, "rebroadcast stuck transaction");
        }
        lastBroadcastAt = now();
      }
      if (now() - startedAt >= cfg.receiptTimeoutSeconds * 1000) {
        throw new RetryableError(`transaction at nonce ${nonce} not mined within ${cfg.receiptTimeoutSeconds} s on ${cfg.name}`, {
          metaMessages: ["it stays in the store and is watched again by the next round / restart"],
        });
      }
    }
  }

  async function resolveOpen(signal?: AbortSignal): Promise<RecoveredTx[]> {
    const open = store.openTxs(cfg.chainId, address);
    const byNonce = new Map<number, StoredTx[]>();
    for (const tx of open) byNonce.set(tx.nonce, [...(byNonce.get(tx.nonce) ?? []), tx]);
    const results: RecoveredTx[] = [];
    for (const [nonce, txs] of [...byNonce].sort((a, b) => a[0] - b[0])) {
      // Include every attempt at this nonce (some may already be marked) so any of them can win.
      const attempts = store.txsAtNonce(cfg.chainId, address, nonce).filter((t) => t.status === "signed" || t.status === "sent");
      const feeds = txs[0]!.feeds;
      log.info({ nonce, tx_hash: attempts.at(-1)!.hash, feeds }, "resuming transaction left open by a previous run");
      // The node may have lost it (restart, eviction): rebroadcast the newest attempt first.
      await broadcast(attempts.at(-1)!.raw);
      try {
        const result = await watch(attempts, signal);
        results.push({ feeds, nonce, outcome: "confirmed", result });
      } catch (error) {
        if (error instanceof AlreadyDoneError) results.push({ feeds, nonce, outcome: "already-done", error });
        else {
          results.push({ feeds, nonce, outcome: "failed", error });
          if (!(error instanceof NonRetryableError)) throw error;
        }
      }
    }
    return results;
  }

  async function submitUnlocked(parameters: SubmitParameters): Promise<SubmitResult> {
    const { to, data, signal } = parameters;
    // Anything left open (a previous timeout, a crash) must settle before this nonce is reused.
    if (store.openTxs(cfg.chainId, address).length > 0) await resolveOpen(signal);

    // Simulation, gas estimate and fees at once (independent reads; a 100-feed batch's eth_call and
    // estimate took ~300 + ~150 ms in turn on the embedded stack under load). The simulation's
    // verdict comes first: its revert is the one classified (StaleReport = already done).
    const t0 = performance.now();
    const stamp = <T>(p: Promise<T>): Promise<{ value: T; at: number }> => p.then((value) => ({ value, at: performance.now() }));
    const [simulated, estimated, suggested] = await Promise.allSettled([
      stamp(client.call({ account: address, to, data })),
      stamp(client.estimateGas({ account: address, to, data })),
      stamp(suggestFees()),
    ]);
    if (simulated.status === "rejected") throw classifySimulationError(simulated.reason, deps.decodeRevert);
    if (estimated.status === "rejected") throw classifySimulationError(estimated.reason, deps.decodeRevert);
    if (suggested.status === "rejected") throw suggested.reason;
    const gas = percentOf(estimated.value.value, BigInt(100 + GAS_LIMIT_BUFFER_PERCENT));
    const fees = suggested.value.value;
    const [t1, t2, t3] = [simulated.value.at, estimated.value.at, suggested.value.at];

    for (let resync = 0; ; resync++) {
      signal?.throwIfAborted();
      const nonce = await client.getTransactionCount({ address, blockTag: "pending" });
      const { raw, hash } = await sign({ type: "eip1559", chainId: cfg.chainId, to, data, gas, nonce, ...fees });
      const stored: StoredTx = {
        chainId: cfg.chainId,
        sender: address,
        nonce,
        hash,
        raw,
        to,
        feeds: parameters.feeds,
        ...fees,
        attempt: 1,
        roundId: parameters.roundId,
        createdAt: now(),
        status: "signed",
      };
      store.saveTx(stored);
      const outcome = await broadcast(raw);
      if (outcome === "ok" || outcome === "transport") {
        // On a transport error the node may or may not have it: watch() rebroadcasts it either way.
        if (outcome === "ok") store.setTxStatus(cfg.chainId, hash, "sent");
        updatePendingGauge();
        log.info({ tx_hash: hash, nonce, attempt: 1, feeds: parameters.feeds, max_fee_per_gas: fees.maxFeePerGas.toString() }, "transaction broadcast");
        if (outcome === "ok") deps.onBroadcast?.({ ...stored, status: "sent" });
        const t4 = performance.now();
        const result = await watch([stored], signal);
        return { ...result, timings: { simulateMs: t1 - t0, estimateMs: t2 - t0, feesMs: t3 - t0, sendMs: t4 - Math.max(t1, t2, t3), minedMs: performance.now() - t4 } };
      }
      store.setTxStatus(cfg.chainId, hash, "abandoned");
      if ((outcome === "nonce-too-low" || outcome === "nonce-too-high" || outcome === "underpriced") && resync < NONCE_RESYNC_ATTEMPTS) {
        log.warn({ nonce, reason: outcome, attempt: resync + 1 }, "resynchronising nonce from the chain");
        await sleep(cfg.pollIntervalMs, signal);
        continue;
      }
      if (outcome === "insufficient-funds") throw new NonRetryableError(`keeper signer ${address} has insufficient funds on ${cfg.name}`);
      throw new RetryableError(`could not broadcast on ${cfg.name}: ${outcome}`);
    }
  }

  return {
    address,
    submit: (parameters) => exclusive(() => submitUnlocked(parameters)),
    recover: (signal) => exclusive(() => resolveOpen(signal)),
    openCount: () => store.openTxs(cfg.chainId, address).length,
    balance: () => client.getBalance({ address }),
  };
}
