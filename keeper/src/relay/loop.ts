/**
 * The relay loop of one route (source chain -> destination chain). One `tick`:
 *
 * 1. settle what a previous run left in flight (the transaction manager re-watches its open
 *    transactions before anything new is sent);
 * 2. scan `MessageSent` logs of the source messenger for the destination, from the persisted cursor up to
 *    the last FINAL block (the manifest's rule: `finalized` tag or a confirmation depth), and record them
 *    with the cursor in one transaction;
 * 2b. re-read the destination for messages delivered within the reorg watch (newest first, bounded per
 *    tick): a delivery a destination reorg undid goes back to pending (or to failed, for an undone retry);
 * 3. for the due pending messages (lowest nonce first, at most `maxBatch`): ask the destination whether
 *    each nonce is already spent (a restart after broadcast, another relayer) and settle those; run the
 *    relay action through the `LitRuntime` for the rest; check every returned job (destination, message
 *    ids, digest recomputed here, signature recovers to the destination's `signer()`) BEFORE any gas is
 *    spent; submit `deliver` / `deliverBatch` through the transaction manager; read the receipt's
 *    `MessageFailed` / `MessageSkipped` events to classify each message;
 * 4. retry failed handlers (`retry(message, gasLimit)`), with backoff;
 * 5. dead-letter what can never land (a permanent refusal by the action, a recipient without code,
 *    attempts exhausted), with its reason.
 *
 * Every decision is logged with its reason. Backoff is the keeper's full-jitter rule (retry.ts), applied
 * through `next_attempt_at` in the store, so it survives restarts. `tick` never sleeps: `start` calls it
 * every `pollIntervalMs`; tests call it directly.
 */
import { type Address, type Hex, type Log, type PublicClient, decodeErrorResult, decodeEventLog, getAddress, recoverAddress, serializeSignature } from "viem";
import { type FoundMessage, MESSENGER_RELAY_ABI, buildRelayParams, compactSignature, encodeDeliver, encodeDeliverBatch, encodeRetry, findMessages } from "../../../actions/src/messenger/relayer.ts";
import { type LitMessage, batchDigest, decodePackedMessage, messageDigest } from "../../../actions/src/messenger/message.ts";
import { MAX_FETCHES, type RelayJob, type RelayRefusal } from "../../../actions/src/messenger/relay.ts";
import type { RelayResponse } from "../../../actions/src/messenger/run.ts";
import type { LitRuntime, LitSignature } from "../../../lit/types.ts";
import { messengerAbi, pingPongAbi, tokenBridgeAbi } from "../chain/abi.ts";
import { AlreadyDoneError, BaseError, NonRetryableError } from "../../../common/errors.ts";
import type { Logger } from "../internal/logger.ts";
import { backoffDelayMs, sleep as defaultSleep } from "../retry.ts";
import { type DecodedRevert, revertDataOf } from "../tx/classify.ts";
import type { TxManager } from "../tx/manager.ts";
import type { RelayMetrics } from "./metrics.ts";
import type { RelayRow, RelayStore } from "./store.ts";

import { RELAY_MAX_ATTEMPTS, RELAY_MAX_BATCH, RELAY_MAX_HANDLER_RETRIES, RELAY_POLL_INTERVAL_MS, RELAY_REORG_CHECKS_PER_TICK, RELAY_REORG_WATCH_MS, RELAY_RETRY_BASE_MS, RELAY_RETRY_MAX_MS, RELAY_SCAN_BLOCKS } from "./limits.ts";

export * from "./limits.ts";

/** The messenger's `Status` enum. */
const STATUS = ["none", "failed", "retried", "abandoned"] as const;

/** Refusal reasons of the action that no retry can change (see actions/src/messenger/relay.ts). */
const PERMANENT_REFUSAL = [/the transaction reverted/, /not the configured messenger/, /unsupported message version/, /is not allowed for/, /does not match its fields/, /not a MessageSent log/];

/** Decodes revert data against the messenger's and the example apps' errors. */
const REVERT_ABIS = [messengerAbi, pingPongAbi, tokenBridgeAbi] as const;

export function describeRevert(data: Hex): string {
  if (data === "0x") return "empty revert";
  for (const abi of REVERT_ABIS) {
    try {
      const decoded = decodeErrorResult({ abi, data });
      const args = (decoded.args ?? []).map((a) => (typeof a === "bigint" ? a.toString() : String(a)));
      // retry's wrapper: say what the handler reverted with.
      if (decoded.errorName === "RetryFailed" && typeof decoded.args?.[1] === "string") return `RetryFailed: ${describeRevert(decoded.args[1] as Hex)}`;
      return `${decoded.errorName}(${args.join(", ")})`;
    } catch {
      // next ABI
    }
  }
  return `revert ${data.slice(0, 10)}`;
}

/** Messenger errors that mean "someone already did it" (the tx manager then reports AlreadyDone). */
const ALREADY_DONE_MESSENGER_ERRORS = new Set(["AlreadyDelivered"]);

/** The transaction manager's revert decoder for messenger calls (`deliver`, `deliverBatch`, `retry`). */
export function decodeMessengerRevert(data: Hex): DecodedRevert | undefined {
  try {
    const decoded = decodeErrorResult({ abi: messengerAbi, data });
    return { name: decoded.errorName, alreadyDone: ALREADY_DONE_MESSENGER_ERRORS.has(decoded.errorName), args: (decoded.args ?? []) as readonly unknown[], message: describeRevert(data) };
  } catch {
    return undefined;
  }
}

export type RelayRoute = {
  /** Route name in the store and metrics, e.g. "chain-a->chain-b". */
  name: string;
  /** Source chain name in the messenger manifest (what the action's `sourceChain` param names). */
  sourceChain: string;
  source: {
    client: PublicClient;
    chainId: number;
    messenger: Address;
    /** The manifest's rule for this source chain. */
    finality: { kind: "finalized" } | { kind: "depth"; confirmations: number };
    /** First block to scan when the route has no cursor yet (the messenger's deployment block). */
    startBlock: bigint;
    /** Providers the manifest lists for this source: each costs requests against the action's fetch limit. */
    providers: number;
  };
  destination: { client: PublicClient; chainId: number; messenger: Address; tx: TxManager };
  /** The relay action: inline code (local network) or the CID pinned on IPFS. */
  action: { code: string } | { ipfsId: string };
  /** Which key the action signs with (Naga: `publicKey`; Chipotle: `pkpId`). */
  signer: { publicKey: string } | { pkpId: string };
};

export type RelayLoopDeps = {
  store: RelayStore;
  lit: LitRuntime;
  logger: Logger;
  metrics?: RelayMetrics;
  /** Wall clock, ms. */
  now?: () => number;
  /** Randomness for the backoff jitter, [0, 1). */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Test/ops hook: called after the action's signatures were checked, before the transaction is sent. */
  onSigned?: (ids: Hex[]) => void;
};

export type RelayLoopParameters = {
  maxBatch?: number;
  maxAttempts?: number;
  maxHandlerRetries?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  pollIntervalMs?: number;
  scanBlocks?: number;
  reorgWatchMs?: number;
};

export type TickResult = { scanned: number; found: number; delivered: number; failed: number; dead: number; retried: number; reorged: number };

/** What the loop has done since it was created (dashboard, `/ready`). */
export type RelayLoopStats = {
  running: boolean;
  /** Wall clock (ms) of the last tick whose scan completed, or undefined. */
  lastScanAt: number | undefined;
  lastTickAt: number | undefined;
  /** The last step failure of the last tick (cleared by a clean tick). */
  lastError: string | undefined;
  /** Failed attempts by reason label since start. */
  failures: Record<string, number>;
};

export type RelayLoop = {
  readonly route: RelayRoute;
  stats(): RelayLoopStats;
  /** One pass (scan, deliver, retry); throws only on an abort. */
  tick(signal?: AbortSignal): Promise<TickResult>;
  /** Ticks every `pollIntervalMs` until `signal` aborts (`onTick` after each tick). */
  start(signal: AbortSignal, onTick?: (result: TickResult) => void): Promise<void>;
  /** Refreshes the queue gauges from the store. */
  refreshGauges(): void;
};

class RelayCheckError extends NonRetryableError {
  override name = "RelayCheckError";
}

function reasonOf(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage;
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

/** A short, label-safe reason class for metrics. */
function reasonLabel(reason: string): string {
  const m = /^([A-Za-z][A-Za-z0-9]*)\(/.exec(reason);
  if (m) return m[1]!;
  if (/wrong signer|recovers to/.test(reason)) return "wrong-signer";
  if (/not final/.test(reason)) return "not-final";
  if (/nodes disagree/.test(reason)) return "lit-disagree";
  if (/lit|execution|action/i.test(reason)) return "lit";
  return reason.replace(/[^a-z-]+/gi, "-").slice(0, 32).toLowerCase();
}

export function createRelayLoop(deps: RelayLoopDeps, route: RelayRoute, parameters: RelayLoopParameters = {}): RelayLoop {
  const { store, lit, metrics } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const maxBatch = parameters.maxBatch ?? RELAY_MAX_BATCH;
  const maxAttempts = parameters.maxAttempts ?? RELAY_MAX_ATTEMPTS;
  const maxHandlerRetries = parameters.maxHandlerRetries ?? RELAY_MAX_HANDLER_RETRIES;
  const scanBlocks = BigInt(parameters.scanBlocks ?? RELAY_SCAN_BLOCKS);
  const src = route.source;
  const dst = route.destination;
  const log = deps.logger.child({ route: route.name, src_chain_id: src.chainId, dst_chain_id: dst.chainId });
  const labels = { route: route.name };

  const stats: RelayLoopStats = { running: false, lastScanAt: undefined, lastTickAt: undefined, lastError: undefined, failures: {} };
  const countFailure = (reason: string) => {
    metrics?.failures.inc({ ...labels, reason });
    stats.failures[reason] = (stats.failures[reason] ?? 0) + 1;
  };

  const backoff = (attempts: number) =>
    now() + backoffDelayMs(Math.max(0, attempts - 1), { baseDelayMs: parameters.retryBaseMs ?? RELAY_RETRY_BASE_MS, maxDelayMs: parameters.retryMaxMs ?? RELAY_RETRY_MAX_MS, random: deps.random });

  function refreshGauges(): void {
    if (!metrics) return;
    const t = now();
    let oldest = Number.POSITIVE_INFINITY;
    for (const state of ["pending", "submitted", "failed"] as const) metrics.queueDepth.set({ ...labels, state }, 0);
    for (const c of store.counts()) {
      if (c.route !== route.name || c.state === "delivered" || c.state === "dead") continue;
      metrics.queueDepth.set({ ...labels, state: c.state }, c.count);
      oldest = Math.min(oldest, c.oldestSentAt);
    }
    metrics.oldestPendingAge.set(labels, Number.isFinite(oldest) ? Math.max(0, (t - oldest) / 1000) : 0);
  }

  function deadLetter(row: RelayRow, reason: string): void {
    store.setState(row.id, { state: "dead", deadReason: reason, reason });
    metrics?.deadLettered.inc({ ...labels, reason: reasonLabel(reason) });
    log.error({ message_id: row.id, nonce: row.nonce.toString(), reason }, "dead-lettered: will not land without an operator (lit-oracle relay retry <id> re-queues it)");
  }

  /** A failed attempt: back off, or dead-letter once attempts are exhausted. */
  function attemptFailed(row: RelayRow, reason: string, limit = maxAttempts, state: "pending" | "failed" = "pending"): "retry" | "dead" {
    const attempts = row.attempts + 1;
    countFailure(reasonLabel(reason));
    if (attempts >= limit) {
      store.setState(row.id, { state: state === "failed" ? "failed" : "pending", attempts, reason });
      deadLetter({ ...row, attempts }, `${state === "failed" ? "handler kept reverting" : "gave up"} after ${attempts} attempts: ${reason}`);
      return "dead";
    }
    const nextAttemptAt = backoff(attempts);
    store.setState(row.id, { state, attempts, reason, nextAttemptAt });
    log.warn({ message_id: row.id, nonce: row.nonce.toString(), attempt: attempts, reason, retry_in_ms: Math.max(0, nextAttemptAt - now()) }, "relay attempt failed; backing off");
    return "retry";
  }

  function markDelivered(row: RelayRow, how: "single" | "batch" | "retry" | "elsewhere", txHash?: Hex): void {
    const t = now();
    store.setState(row.id, { state: "delivered", deliveredAt: t, ...(txHash ? { deliveryTx: txHash } : {}), reason: how === "elsewhere" ? "already delivered on the destination" : `delivered (${how})` });
    metrics?.delivered.inc({ ...labels, how });
    if (how !== "elsewhere") metrics?.deliveryLatency.observe(labels, Math.max(0, (t - row.sentAt) / 1000));
    log.info({ message_id: row.id, nonce: row.nonce.toString(), tx_hash: txHash, how, latency_ms: t - row.sentAt }, "message delivered");
  }

  function markHandlerFailed(row: RelayRow, reason: string, txHash: Hex | undefined): "failed" | "dead" {
    countFailure(reasonLabel(reason));
    if (/^RecipientHasNoCode/.test(reason)) {
      store.setState(row.id, { state: "failed", reason, ...(txHash ? { deliveryTx: txHash } : {}) });
      deadLetter(row, `recipient has no code: ${reason} (retrying cannot help until code is deployed there)`);
      return "dead";
    }
    store.setState(row.id, { state: "failed", reason: `handler reverted: ${reason}`, attempts: 0, nextAttemptAt: backoff(1), ...(txHash ? { deliveryTx: txHash } : {}) });
    log.warn({ message_id: row.id, nonce: row.nonce.toString(), tx_hash: txHash, reason }, "delivered but the handler reverted: recorded failed, will retry");
    return "failed";
  }

  async function finalHead(): Promise<bigint> {
    if (src.finality.kind === "finalized") {
      const block = await src.client.getBlock({ blockTag: "finalized" });
      return block.number ?? -1n;
    }
    return (await src.client.getBlockNumber({ cacheTime: 0 })) - BigInt(src.finality.confirmations);
  }

  async function scan(): Promise<{ scanned: number; found: number }> {
    const from = store.cursor(route.name) ?? src.startBlock;
    const head = await finalHead();
    if (head < from) return { scanned: 0, found: 0 };
    const to = head < from + scanBlocks - 1n ? head : from + scanBlocks - 1n;
    const logs = (await src.client.getLogs({
      address: src.messenger,
      event: MESSENGER_RELAY_ABI[0],
      args: { dstChainId: BigInt(dst.chainId) },
      fromBlock: from,
      toBlock: to,
      strict: true,
    })) as unknown as Log[];
    const found = findMessages(logs, { chainId: BigInt(src.chainId), messenger: src.messenger }).filter(
      (f) => f.message.dstChainId === BigInt(dst.chainId) && getAddress(f.message.dstMessenger) === getAddress(dst.messenger),
    );
    const times = new Map<bigint, number>();
    for (const block of new Set(found.map((f) => f.blockNumber))) {
      times.set(block, Number((await src.client.getBlock({ blockNumber: block })).timestamp) * 1000);
    }
    const inserted = store.recordScan(
      route.name,
      found.map((f: FoundMessage) => ({ id: f.id, txHash: f.txHash, logIndex: f.logIndex, blockNumber: f.blockNumber, message: f.message, sentAt: times.get(f.blockNumber)! })),
      to + 1n,
      now(),
    );
    if (found.length > 0 || to - from > 0n) log.debug({ from: Number(from), to: Number(to), found: found.length, new: inserted }, "scanned final source blocks");
    for (const f of found) log.info({ message_id: f.id, nonce: f.message.nonce.toString(), tx_hash: f.txHash, block: Number(f.blockNumber) }, "message found (final on the source)");
    return { scanned: Number(to - from + 1n), found: inserted };
  }

  async function onChainStatus(row: RelayRow): Promise<{ spent: boolean; status: (typeof STATUS)[number] }> {
    const spent = await dst.client.readContract({ address: dst.messenger, abi: MESSENGER_RELAY_ABI, functionName: "isDelivered", args: [BigInt(src.chainId), row.message.srcMessenger, row.nonce] });
    if (!spent) return { spent, status: "none" };
    const status = await dst.client.readContract({ address: dst.messenger, abi: MESSENGER_RELAY_ABI, functionName: "status", args: [row.id] });
    return { spent, status: STATUS[status] ?? "none" };
  }

  /** Checks a signed job against what we asked for; returns the messages in delivery order. Throws RelayCheckError. */
  async function checkJob(job: RelayJob, signature: LitSignature | undefined, asked: Map<string, RelayRow>, expectedSigner: Address): Promise<RelayRow[]> {
    if (job.dstChainId !== dst.chainId || getAddress(job.dstMessenger) !== getAddress(dst.messenger)) {
      throw new RelayCheckError(`job ${job.sigName} is for ${job.dstChainId}/${job.dstMessenger}, not this route's destination`);
    }
    if (!signature) throw new RelayCheckError(`the Lit result has no signature "${job.sigName}"`);
    const rows: RelayRow[] = [];
    const messages: LitMessage[] = [];
    for (const m of job.messages) {
      const row = asked.get(m.id.toLowerCase());
      if (!row) throw new RelayCheckError(`job ${job.sigName} carries message ${m.id}, which was not asked for`);
      const decoded = decodePackedMessage(m.packed, { dstChainId: BigInt(dst.chainId), dstMessenger: dst.messenger });
      const mine = row.message;
      if (decoded.nonce !== mine.nonce || decoded.payload.toLowerCase() !== mine.payload.toLowerCase() || decoded.recipient !== mine.recipient || decoded.sender !== mine.sender || decoded.gasLimit !== mine.gasLimit) {
        throw new RelayCheckError(`job ${job.sigName} message ${m.id} differs from the log we found`);
      }
      rows.push(row);
      messages.push(mine);
    }
    if (rows.length === 0) throw new RelayCheckError(`job ${job.sigName} carries no message`);
    if (job.kind === "single" && rows.length !== 1) throw new RelayCheckError("a single job must carry exactly one message");
    const digest = job.kind === "single" ? messageDigest(messages[0]!) : batchDigest({ dstChainId: BigInt(dst.chainId), dstMessenger: dst.messenger }, rows.map((r) => r.id));
    if (digest.toLowerCase() !== job.digest.toLowerCase() || digest.toLowerCase() !== signature.signedData.toLowerCase()) {
      throw new RelayCheckError(`signature digest mismatch for ${job.sigName}: recomputed ${digest}, action said ${job.digest}, Lit signed ${signature.signedData}`);
    }
    const hex = signature.signature.replace(/^0x/, "");
    const recovered = await recoverAddress({ hash: digest, signature: serializeSignature({ r: `0x${hex.slice(0, 64)}`, s: `0x${hex.slice(64)}`, yParity: signature.recoveryId }) });
    if (getAddress(recovered) !== getAddress(expectedSigner)) {
      throw new RelayCheckError(`wrong signer: the signature recovers to ${recovered}, the destination messenger trusts ${expectedSigner}; nothing was sent`);
    }
    return rows;
  }

  /** Outcome per message id from a delivery receipt's logs. */
  function outcomes(logs: readonly Log[]): Map<string, { kind: "failed" | "skipped"; reason: string }> {
    const out = new Map<string, { kind: "failed" | "skipped"; reason: string }>();
    for (const l of logs) {
      if (getAddress(l.address) !== getAddress(dst.messenger)) continue;
      try {
        const ev = decodeEventLog({ abi: messengerAbi, topics: l.topics as [Hex, ...Hex[]], data: l.data });
        if (ev.eventName === "MessageFailed") out.set((ev.args as { id: Hex }).id.toLowerCase(), { kind: "failed", reason: describeRevert((ev.args as { reason: Hex }).reason) });
        if (ev.eventName === "MessageSkipped") out.set((ev.args as { id: Hex }).id.toLowerCase(), { kind: "skipped", reason: describeRevert((ev.args as { reason: Hex }).reason) });
      } catch {
        // another event
      }
    }
    return out;
  }

  async function deliverDue(signal: AbortSignal | undefined, result: TickResult): Promise<void> {
    const due = store.due(route.name, ["pending", "submitted"], now(), maxBatch);
    if (due.length === 0) return;
    const todo: RelayRow[] = [];
    for (const row of due) {
      const { spent, status } = await onChainStatus(row);
      if (!spent) {
        todo.push(row);
        continue;
      }
      log.info({ message_id: row.id, nonce: row.nonce.toString(), status, reason: "nonce already spent on the destination" }, "settling from the destination's state");
      if (status === "failed") result.failed += markHandlerFailed(row, "handler reverted (status Failed on the destination)", undefined) === "failed" ? 1 : 0;
      else if (status === "abandoned") deadLetter(row, "abandoned by the recipient");
      else {
        markDelivered(row, "elsewhere");
        result.delivered++;
      }
    }
    if (todo.length === 0) return;
    // The action reads a receipt and a block per transaction from every provider, plus a chain id and a
    // head each, within MAX_FETCHES: name at most that many distinct transactions (the rest wait a tick).
    const maxTxs = Math.max(1, Math.floor((MAX_FETCHES / src.providers - 2) / 2));
    const txs = new Set<string>();
    const fits = todo.filter((r) => {
      if (txs.has(r.txHash) || txs.size < maxTxs) {
        txs.add(r.txHash);
        return true;
      }
      return false;
    });
    if (fits.length < todo.length) log.debug({ messages: todo.length, taken: fits.length, max_transactions: maxTxs, reason: "action fetch limit" }, "batch trimmed");
    todo.length = 0;
    todo.push(...fits);

    const asked = new Map(todo.map((r) => [r.id.toLowerCase(), r]));
    const jsParams = { ...buildRelayParams(route.sourceChain, todo), signer: route.signer };
    let response: RelayResponse;
    let signatures: Record<string, LitSignature>;
    const started = now();
    try {
      const exec = await lit.execute({ ...route.action, jsParams }, { signal });
      response = (typeof exec.response === "string" ? JSON.parse(exec.response) : exec.response) as RelayResponse;
      signatures = exec.signatures;
    } catch (error) {
      signal?.throwIfAborted();
      const reason = `Lit execution failed: ${reasonOf(error)}`;
      for (const row of todo) result.dead += attemptFailed(row, reason) === "dead" ? 1 : 0;
      return;
    }
    log.debug({ ms: now() - started, messages: todo.length, ok: response.ok }, "relay action ran");
    if (!response.ok) {
      const reason = `action refused the request: ${response.error}`;
      for (const row of todo) result.dead += attemptFailed(row, reason) === "dead" ? 1 : 0;
      return;
    }
    const byLog = new Map(todo.map((r) => [`${r.txHash.toLowerCase()}:${r.logIndex}`, r]));
    for (const refusal of response.refused as RelayRefusal[]) {
      const row = byLog.get(`${refusal.txHash.toLowerCase()}:${refusal.logIndex}`);
      if (!row) continue;
      asked.delete(row.id.toLowerCase());
      if (PERMANENT_REFUSAL.some((p) => p.test(refusal.reason))) {
        deadLetter(row, `the action refuses it: ${refusal.reason}`);
        result.dead++;
      } else result.dead += attemptFailed(row, `action refused: ${refusal.reason}`) === "dead" ? 1 : 0;
    }

    const expectedSigner = getAddress(await dst.client.readContract({ address: dst.messenger, abi: messengerAbi, functionName: "signer" }));
    for (const job of response.jobs) {
      signal?.throwIfAborted();
      let rows: RelayRow[];
      try {
        rows = await checkJob(job, signatures[job.sigName], asked, expectedSigner);
      } catch (error) {
        const reason = reasonOf(error);
        log.error({ sig_name: job.sigName, reason }, "refusing to spend gas on a signed job that fails the checks");
        for (const m of job.messages) {
          const row = asked.get(m.id.toLowerCase());
          if (row) {
            asked.delete(m.id.toLowerCase());
            result.dead += attemptFailed(row, reason) === "dead" ? 1 : 0;
          }
        }
        continue;
      }
      const sig = compactSignature(signatures[job.sigName]!);
      const data = job.kind === "single" ? encodeDeliver(rows[0]!.message, sig) : encodeDeliverBatch(rows.map((r) => r.message), sig);
      for (const r of rows) store.setState(r.id, { state: "submitted", reason: `signed (${job.kind} of ${rows.length}); submitting` });
      deps.onSigned?.(rows.map((r) => r.id));
      signal?.throwIfAborted();
      log.info({ sig_name: job.sigName, kind: job.kind, messages: rows.length, nonces: rows.map((r) => r.nonce.toString()) }, "signature checked (recovers to the destination's signer); submitting");
      try {
        const sent = await dst.tx.submit({ to: dst.messenger, data, feeds: rows.map((r) => `relay:${route.name}:${r.nonce}`), signal });
        const byId = outcomes(sent.receipt.logs as Log[]);
        for (const row of rows) {
          const o = byId.get(row.id.toLowerCase());
          if (!o) {
            markDelivered(row, job.kind, sent.hash);
            result.delivered++;
          } else if (o.kind === "failed") {
            const r = markHandlerFailed(row, o.reason, sent.hash);
            if (r === "dead") result.dead++;
            else result.failed++;
          } else result.dead += attemptFailed(row, `skipped in the batch: ${o.reason}`) === "dead" ? 1 : 0;
        }
      } catch (error) {
        signal?.throwIfAborted();
        if (error instanceof AlreadyDoneError) {
          // Another relayer (or our previous run) got there first: the next tick reads the destination.
          for (const row of rows) store.setState(row.id, { state: "pending", reason: `already done: ${reasonOf(error)}` });
          log.info({ reason: reasonOf(error) }, "delivery already done; the destination's state settles it next tick");
          continue;
        }
        const reason = error instanceof BaseError && error.cause ? `${reasonOf(error)}: ${reasonOf(error.cause)}` : reasonOf(error);
        for (const row of rows) result.dead += attemptFailed(row, reason) === "dead" ? 1 : 0;
      }
    }
  }

  async function retryFailed(signal: AbortSignal | undefined, result: TickResult): Promise<void> {
    for (const row of store.due(route.name, ["failed"], now(), maxBatch)) {
      signal?.throwIfAborted();
      const { status } = await onChainStatus(row);
      if (status === "retried" || status === "none") {
        // none: not spent at all (should not happen for a failed row): hand it back to delivery.
        if (status === "retried") markDelivered(row, "retry");
        else store.setState(row.id, { state: "pending", reason: "not spent on the destination; delivering again" });
        continue;
      }
      if (status === "abandoned") {
        deadLetter(row, "abandoned by the recipient");
        result.dead++;
        continue;
      }
      log.info({ message_id: row.id, nonce: row.nonce.toString(), attempt: row.attempts + 1, reason: row.lastReason }, "retrying the failed handler");
      try {
        const sent = await dst.tx.submit({ to: dst.messenger, data: encodeRetry(row.message, row.message.gasLimit), feeds: [`relay-retry:${route.name}:${row.nonce}`], signal });
        markDelivered(row, "retry", sent.hash);
        result.retried++;
        result.delivered++;
      } catch (error) {
        signal?.throwIfAborted();
        if (error instanceof AlreadyDoneError) continue;
        const data = revertDataOf(error);
        const reason = data ? describeRevert(data) : reasonOf((error instanceof Error ? error.cause : undefined) ?? error);
        result.dead += attemptFailed(row, `retry reverted: ${reason}`, maxHandlerRetries, "failed") === "dead" ? 1 : 0;
      }
    }
  }

  /**
   * Re-reads the destination for messages recorded delivered within the reorg watch: one whose nonce is no
   * longer spent (the delivery's block was reorganised away) is delivered again; one whose retry was undone
   * (status Failed again) is retried again.
   */
  async function recheckDelivered(signal: AbortSignal | undefined, result: TickResult): Promise<void> {
    const since = now() - (parameters.reorgWatchMs ?? RELAY_REORG_WATCH_MS);
    for (const row of store.recentlyDelivered(route.name, since, RELAY_REORG_CHECKS_PER_TICK)) {
      signal?.throwIfAborted();
      const spent = await dst.client.readContract({ address: dst.messenger, abi: MESSENGER_RELAY_ABI, functionName: "isDelivered", args: [BigInt(src.chainId), row.message.srcMessenger, row.nonce] });
      // Only a delivery by `retry` can be undone while the nonce stays spent (the retry's block reorganised away).
      const status = spent && row.lastReason === "delivered (retry)" ? (await onChainStatus(row)).status : "none";
      if (spent && status !== "failed") continue;
      const reason = spent ? "the retry was reorganised away on the destination (status Failed again); retrying" : "the delivery was reorganised away on the destination; delivering again";
      store.setState(row.id, { state: spent ? "failed" : "pending", reason, attempts: 0, nextAttemptAt: now() });
      metrics?.failures.inc({ ...labels, reason: "destination-reorg" });
      log.warn({ message_id: row.id, nonce: row.nonce.toString(), delivery_tx: row.deliveryTx, reason }, "delivered message undone by a destination reorg");
      result.reorged++;
    }
  }

  async function tick(signal?: AbortSignal): Promise<TickResult> {
    const result: TickResult = { scanned: 0, found: 0, delivered: 0, failed: 0, dead: 0, retried: 0, reorged: 0 };
    const errors: string[] = [];
    const step = async (what: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (error) {
        signal?.throwIfAborted();
        countFailure(what);
        errors.push(`${what}: ${reasonOf(error)}`);
        log.warn({ reason: reasonOf(error), step: what }, "relay step failed; the next tick tries again");
      }
    };
    await step("recover", async () => {
      await dst.tx.recover(signal);
    });
    await step("scan", async () => {
      const s = await scan();
      result.scanned = s.scanned;
      result.found = s.found;
      stats.lastScanAt = now();
    });
    await step("recheck", () => recheckDelivered(signal, result));
    await step("deliver", () => deliverDue(signal, result));
    await step("retry", () => retryFailed(signal, result));
    refreshGauges();
    stats.lastTickAt = now();
    stats.lastError = errors.length ? errors.join("; ") : undefined;
    return result;
  }

  return {
    route,
    tick,
    refreshGauges,
    stats: () => ({ ...stats, failures: { ...stats.failures } }),
    async start(signal, onTick) {
      stats.running = true;
      log.info({ cursor: store.cursor(route.name)?.toString() ?? "none" }, "relay loop started");
      while (!signal.aborted) {
        await tick(signal).then(
          (result) => onTick?.(result),
          (error: unknown) => {
            if (!signal.aborted) log.error({ reason: reasonOf(error) }, "relay tick failed");
          },
        );
        await sleep(parameters.pollIntervalMs ?? RELAY_POLL_INTERVAL_MS, signal).catch(() => undefined);
      }
      stats.running = false;
      log.info({}, "relay loop stopped");
    },
  };
}
