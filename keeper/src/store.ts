/**
 * The keeper's durable state in an embedded SQLite database (`node:sqlite`): rounds, the last decision
 * per feed and chain, and every signed transaction BEFORE it is broadcast (nonce, hash, raw bytes), so a
 * restarted keeper re-watches or rebroadcasts what it already sent instead of sending it twice.
 * The schema is versioned (`PRAGMA user_version`) and migrated forward on open.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Hex } from "viem";

/** Settled transactions and finished rounds older than this are pruned (open transactions never are). */
export const STORE_RETENTION_SECONDS = 7 * 24 * 3_600;
/** Wait this long for another connection's write lock before failing. */
export const STORE_BUSY_TIMEOUT_MS = 5_000;

const MIGRATIONS: readonly string[] = [
  // v1
  `
  CREATE TABLE rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    keeper_id TEXT NOT NULL,
    trigger TEXT NOT NULL,
    feeds TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    status TEXT NOT NULL,
    error TEXT
  );
  CREATE TABLE feed_state (
    feed TEXT NOT NULL,
    chain_id INTEGER NOT NULL,
    decided_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    will_update INTEGER NOT NULL,
    answer TEXT,
    observed_at INTEGER,
    tx_hash TEXT,
    outcome TEXT,
    PRIMARY KEY (feed, chain_id)
  );
  CREATE TABLE transactions (
    chain_id INTEGER NOT NULL,
    sender TEXT NOT NULL,
    nonce INTEGER NOT NULL,
    hash TEXT NOT NULL,
    raw TEXT NOT NULL,
    to_address TEXT NOT NULL,
    feeds TEXT NOT NULL,
    max_fee_per_gas TEXT NOT NULL,
    max_priority_fee_per_gas TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    round_id INTEGER,
    created_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (chain_id, hash)
  );
  CREATE INDEX transactions_open ON transactions (chain_id, sender, status, nonce);
  `,
];

export type TxStatus = "signed" | "sent" | "confirmed" | "reverted" | "replaced" | "superseded" | "abandoned";

export type StoredTx = {
  chainId: number;
  sender: Hex;
  nonce: number;
  hash: Hex;
  raw: Hex;
  to: Hex;
  feeds: string[];
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
  attempt: number;
  roundId: number | undefined;
  createdAt: number;
  status: TxStatus;
};

export type FeedStateRow = {
  feed: string;
  chainId: number;
  decidedAt: number;
  reason: string;
  willUpdate: boolean;
  answer: string | undefined;
  observedAt: number | undefined;
  txHash: string | undefined;
  outcome: string | undefined;
};

export type Store = {
  readonly path: string;
  schemaVersion(): number;
  startRound(params: { keeperId: string; trigger: string; feeds: string[]; now: number }): number;
  finishRound(id: number, params: { status: "done" | "failed"; error?: string; now: number }): void;
  /** Rounds started but never finished (a crash mid-round). */
  unfinishedRounds(keeperId: string): { id: number; feeds: string[]; startedAt: number }[];
  recordDecision(row: FeedStateRow): void;
  setOutcome(params: { feed: string; chainId: number; outcome: string; txHash?: string }): void;
  feedStates(): FeedStateRow[];
  /** Persist a signed transaction before broadcasting it. */
  saveTx(tx: StoredTx): void;
  setTxStatus(chainId: number, hash: Hex, status: TxStatus): void;
  /** Marks every other attempt at the same nonce (replaced/superseded). */
  settleNonce(params: { chainId: number; sender: Hex; nonce: number; winner: Hex | undefined; status: TxStatus }): void;
  /** Transactions not yet settled (signed or sent), oldest nonce first. */
  openTxs(chainId: number, sender: Hex): StoredTx[];
  txsAtNonce(chainId: number, sender: Hex, nonce: number): StoredTx[];
  /** Deletes finished rounds and settled transactions created before `before` (Unix seconds); returns rows removed. */
  prune(before: number): number;
  close(): void;
};

type Row = Record<string, unknown>;

function toTx(row: Row): StoredTx {
  return {
    chainId: Number(row.chain_id),
    sender: row.sender as Hex,
    nonce: Number(row.nonce),
    hash: row.hash as Hex,
    raw: row.raw as Hex,
    to: row.to_address as Hex,
    feeds: JSON.parse(String(row.feeds)) as string[],
    maxFeePerGas: BigInt(String(row.max_fee_per_gas)),
    maxPriorityFeePerGas: BigInt(String(row.max_priority_fee_per_gas)),
    attempt: Number(row.attempt),
    roundId: row.round_id === null ? undefined : Number(row.round_id),
    createdAt: Number(row.created_at),
    status: row.status as TxStatus,
  };
}

/** Opens (creating and migrating) the store at `path` (":memory:" for a throwaway one). */
export function openStore(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: STORE_BUSY_TIMEOUT_MS });
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  const current = Number((db.prepare("PRAGMA user_version").get() as Row).user_version);
  if (current > MIGRATIONS.length) {
    db.close();
    throw new Error(`store ${path} has schema v${current}, newer than this keeper understands (v${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.exec("BEGIN");
    try {
      db.exec(MIGRATIONS[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      db.close();
      throw error;
    }
  }

  const insertRound = db.prepare("INSERT INTO rounds (keeper_id, trigger, feeds, started_at, status) VALUES (?, ?, ?, ?, 'running')");
  const finishRound = db.prepare("UPDATE rounds SET finished_at = ?, status = ?, error = ? WHERE id = ?");
  const unfinished = db.prepare("SELECT id, feeds, started_at FROM rounds WHERE keeper_id = ? AND status = 'running' ORDER BY id");
  const upsertDecision = db.prepare(`
    INSERT INTO feed_state (feed, chain_id, decided_at, reason, will_update, answer, observed_at, tx_hash, outcome)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (feed, chain_id) DO UPDATE SET decided_at = excluded.decided_at, reason = excluded.reason,
      will_update = excluded.will_update, answer = excluded.answer, observed_at = excluded.observed_at,
      tx_hash = COALESCE(excluded.tx_hash, feed_state.tx_hash), outcome = excluded.outcome`);
  const setOutcome = db.prepare("UPDATE feed_state SET outcome = ?, tx_hash = COALESCE(?, tx_hash) WHERE feed = ? AND chain_id = ?");
  const allStates = db.prepare("SELECT * FROM feed_state ORDER BY feed, chain_id");
  const insertTx = db.prepare(`
    INSERT OR REPLACE INTO transactions (chain_id, sender, nonce, hash, raw, to_address, feeds, max_fee_per_gas,
      max_priority_fee_per_gas, attempt, round_id, created_at, status)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const setTxStatus = db.prepare("UPDATE transactions SET status = ? WHERE chain_id = ? AND hash = ?");
  const settleOthers = db.prepare(
    "UPDATE transactions SET status = ? WHERE chain_id = ? AND sender = ? AND nonce = ? AND hash != ? AND status IN ('signed','sent')",
  );
  const openTxs = db.prepare("SELECT * FROM transactions WHERE chain_id = ? AND sender = ? AND status IN ('signed','sent') ORDER BY nonce, attempt");
  const pruneRounds = db.prepare("DELETE FROM rounds WHERE status != 'running' AND started_at < ?");
  const pruneTxs = db.prepare("DELETE FROM transactions WHERE status NOT IN ('signed','sent') AND created_at < ?");
  const atNonce = db.prepare("SELECT * FROM transactions WHERE chain_id = ? AND sender = ? AND nonce = ? ORDER BY attempt");

  return {
    path,
    schemaVersion: () => Number((db.prepare("PRAGMA user_version").get() as Row).user_version),
    startRound: ({ keeperId, trigger, feeds, now }) => Number(insertRound.run(keeperId, trigger, JSON.stringify(feeds), now).lastInsertRowid),
    finishRound: (id, { status, error, now }) => void finishRound.run(now, status, error ?? null, id),
    unfinishedRounds: (keeperId) =>
      (unfinished.all(keeperId) as Row[]).map((r) => ({ id: Number(r.id), feeds: JSON.parse(String(r.feeds)) as string[], startedAt: Number(r.started_at) })),
    recordDecision: (row) =>
      void upsertDecision.run(
        row.feed,
        row.chainId,
        row.decidedAt,
        row.reason,
        row.willUpdate ? 1 : 0,
        row.answer ?? null,
        row.observedAt ?? null,
        row.txHash ?? null,
        row.outcome ?? null,
      ),
    setOutcome: ({ feed, chainId, outcome, txHash }) => void setOutcome.run(outcome, txHash ?? null, feed, chainId),
    feedStates: () =>
      (allStates.all() as Row[]).map((r) => ({
        feed: String(r.feed),
        chainId: Number(r.chain_id),
        decidedAt: Number(r.decided_at),
        reason: String(r.reason),
        willUpdate: Number(r.will_update) === 1,
        answer: r.answer === null ? undefined : String(r.answer),
        observedAt: r.observed_at === null ? undefined : Number(r.observed_at),
        txHash: r.tx_hash === null ? undefined : String(r.tx_hash),
        outcome: r.outcome === null ? undefined : String(r.outcome),
      })),
    saveTx: (tx) =>
      void insertTx.run(
        tx.chainId,
        tx.sender.toLowerCase(),
        tx.nonce,
        tx.hash,
        tx.raw,
        tx.to,
        JSON.stringify(tx.feeds),
        tx.maxFeePerGas.toString(),
        tx.maxPriorityFeePerGas.toString(),
        tx.attempt,
        tx.roundId ?? null,
        tx.createdAt,
        tx.status,
      ),
    setTxStatus: (chainId, hash, status) => void setTxStatus.run(status, chainId, hash),
    settleNonce: ({ chainId, sender, nonce, winner, status }) => {
      db.exec("BEGIN");
      try {
        settleOthers.run(winner ? "replaced" : status, chainId, sender.toLowerCase(), nonce, winner ?? "");
        if (winner) setTxStatus.run(status, chainId, winner);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    openTxs: (chainId, sender) => (openTxs.all(chainId, sender.toLowerCase()) as Row[]).map(toTx),
    txsAtNonce: (chainId, sender, nonce) => (atNonce.all(chainId, sender.toLowerCase(), nonce) as Row[]).map(toTx),
    prune: (before) => Number(pruneRounds.run(before).changes) + Number(pruneTxs.run(before).changes),
    close: () => db.close(),
  };
}
