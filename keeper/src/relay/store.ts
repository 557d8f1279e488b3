/**
 * The relay loop's durable state, in the keeper's SQLite file (its own connection and its own tables,
 * so keeper/src/store.ts stays untouched): a scan cursor per route and one row per message found.
 *
 * Exactly-once bookkeeping: the messages of a scanned block range and the cursor past it are written in
 * ONE transaction, so a restart rescans nothing twice and skips nothing; a message row is keyed by its id
 * (INSERT OR IGNORE), so even a rescan could not duplicate it. What happens after the scan is idempotent:
 * before anything is signed or sent, the loop asks the destination whether the nonce is already spent.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Hex } from "viem";
import type { LitMessage } from "../../../actions/src/messenger/message.ts";
import { STORE_BUSY_TIMEOUT_MS } from "../store.ts";

/** Schema version of the relay tables (kept in `relay_meta`, independent of the keeper store's). */
export const RELAY_SCHEMA_VERSION = 1;

/**
 * pending: found, not yet delivered (or a delivery is in flight: `submitted`);
 * failed: delivered but the handler reverted (status Failed on the destination), retried with backoff;
 * delivered: consumed on the destination (handler succeeded, or a retry did);
 * dead: will never land without an operator (reason in `dead_reason`); `relay retry <id>` re-queues it.
 */
export type RelayState = "pending" | "submitted" | "failed" | "delivered" | "dead";

export type RelayRow = {
  id: Hex;
  route: string;
  nonce: bigint;
  txHash: Hex;
  logIndex: number;
  blockNumber: bigint;
  message: LitMessage;
  state: RelayState;
  attempts: number;
  nextAttemptAt: number;
  lastReason: string | undefined;
  deadReason: string | undefined;
  /** Source block timestamp, ms (the message's send time). */
  sentAt: number;
  foundAt: number;
  deliveredAt: number | undefined;
  deliveryTx: Hex | undefined;
};

export type NewRelayMessage = { id: Hex; txHash: Hex; logIndex: number; blockNumber: bigint; message: LitMessage; sentAt: number };

export type RelayStore = {
  readonly path: string;
  /** Next source block to scan for `route`, or undefined before the first scan. */
  cursor(route: string): bigint | undefined;
  /** Atomically records the messages found in a scanned range and moves the cursor to `nextBlock`. Returns rows inserted. */
  recordScan(route: string, messages: readonly NewRelayMessage[], nextBlock: bigint, now: number): number;
  /** Pending/submitted (state `pending`) or failed (state `failed`) messages due at `now`, lowest nonce first. */
  due(route: string, states: readonly RelayState[], now: number, limit: number): RelayRow[];
  setState(id: Hex, patch: { state: RelayState; reason?: string; attempts?: number; nextAttemptAt?: number; deliveredAt?: number; deliveryTx?: Hex; deadReason?: string }): void;
  /** Operator re-queue (`relay retry <id>`): a dead or failed message becomes due now with its attempts reset. */
  requeue(id: Hex, now: number): RelayRow | undefined;
  get(id: Hex): RelayRow | undefined;
  /** Messages of `route` recorded delivered at or after `since` (ms), newest first: the ones a destination reorg could still undo. */
  recentlyDelivered(route: string, since: number, limit: number): RelayRow[];
  list(params?: { route?: string; states?: readonly RelayState[]; limit?: number }): RelayRow[];
  /** The newest deliveries of `route`, newest first. */
  recentDeliveries(route: string, limit: number): RelayRow[];
  counts(): { route: string; state: RelayState; count: number; oldestSentAt: number }[];
  routes(): { route: string; nextBlock: bigint; updatedAt: number }[];
  close(): void;
};

type Row = Record<string, unknown>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS relay_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS relay_cursor (route TEXT PRIMARY KEY, next_block INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS relay_messages (
  id TEXT PRIMARY KEY,
  route TEXT NOT NULL,
  nonce TEXT NOT NULL,
  nonce_sort INTEGER NOT NULL,
  tx_hash TEXT NOT NULL,
  log_index INTEGER NOT NULL,
  block_number INTEGER NOT NULL,
  message TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_reason TEXT,
  dead_reason TEXT,
  sent_at INTEGER NOT NULL,
  found_at INTEGER NOT NULL,
  delivered_at INTEGER,
  delivery_tx TEXT
);
CREATE INDEX IF NOT EXISTS relay_messages_due ON relay_messages (route, state, next_attempt_at, nonce_sort);
`;

function messageToJson(m: LitMessage): string {
  return JSON.stringify({ ...m, srcChainId: m.srcChainId.toString(), nonce: m.nonce.toString(), dstChainId: m.dstChainId.toString() });
}

function messageFromJson(text: string): LitMessage {
  const raw = JSON.parse(text) as Record<string, unknown>;
  return { ...(raw as unknown as LitMessage), srcChainId: BigInt(String(raw.srcChainId)), nonce: BigInt(String(raw.nonce)), dstChainId: BigInt(String(raw.dstChainId)) };
}

function toRow(r: Row): RelayRow {
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : v);
  return {
    id: r.id as Hex,
    route: String(r.route),
    nonce: BigInt(String(r.nonce)),
    txHash: r.tx_hash as Hex,
    logIndex: Number(r.log_index),
    blockNumber: BigInt(String(r.block_number)),
    message: messageFromJson(String(r.message)),
    state: r.state as RelayState,
    attempts: Number(r.attempts),
    nextAttemptAt: Number(r.next_attempt_at),
    lastReason: opt(r.last_reason) as string | undefined,
    deadReason: opt(r.dead_reason) as string | undefined,
    sentAt: Number(r.sent_at),
    foundAt: Number(r.found_at),
    deliveredAt: opt(r.delivered_at) === undefined ? undefined : Number(r.delivered_at),
    deliveryTx: opt(r.delivery_tx) as Hex | undefined,
  };
}

/** Opens the relay tables in the SQLite file at `path` (the keeper's store file, or ":memory:"). */
export function openRelayStore(path: string): RelayStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: STORE_BUSY_TIMEOUT_MS });
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  db.exec(SCHEMA);
  const version = db.prepare("SELECT value FROM relay_meta WHERE key = 'schema'").get() as Row | undefined;
  if (version && Number(version.value) > RELAY_SCHEMA_VERSION) {
    db.close();
    throw new Error(`relay tables in ${path} have schema v${String(version.value)}, newer than this keeper understands (v${RELAY_SCHEMA_VERSION})`);
  }
  if (!version) db.prepare("INSERT INTO relay_meta (key, value) VALUES ('schema', ?)").run(String(RELAY_SCHEMA_VERSION));

  const getCursor = db.prepare("SELECT next_block FROM relay_cursor WHERE route = ?");
  const setCursor = db.prepare(
    "INSERT INTO relay_cursor (route, next_block, updated_at) VALUES (?, ?, ?) ON CONFLICT (route) DO UPDATE SET next_block = excluded.next_block, updated_at = excluded.updated_at",
  );
  const insert = db.prepare(`
    INSERT OR IGNORE INTO relay_messages (id, route, nonce, nonce_sort, tx_hash, log_index, block_number, message, state, attempts, next_attempt_at, sent_at, found_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`);
  const getOne = db.prepare("SELECT * FROM relay_messages WHERE id = ?");

  const get = (id: Hex) => {
    const row = getOne.get(id.toLowerCase()) as Row | undefined;
    return row ? toRow(row) : undefined;
  };

  return {
    path,
    cursor: (route) => {
      const row = getCursor.get(route) as Row | undefined;
      return row ? BigInt(String(row.next_block)) : undefined;
    },
    recordScan: (route, messages, nextBlock, now) => {
      db.exec("BEGIN IMMEDIATE");
      try {
        let inserted = 0;
        for (const m of messages) {
          const r = insert.run(m.id.toLowerCase(), route, m.message.nonce.toString(), Number(m.message.nonce), m.txHash, m.logIndex, Number(m.blockNumber), messageToJson(m.message), now, m.sentAt, now);
          inserted += Number(r.changes);
        }
        setCursor.run(route, Number(nextBlock), now);
        db.exec("COMMIT");
        return inserted;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    due: (route, states, now, limit) => {
      const marks = states.map(() => "?").join(",");
      const rows = db
        .prepare(`SELECT * FROM relay_messages WHERE route = ? AND state IN (${marks}) AND next_attempt_at <= ? ORDER BY nonce_sort LIMIT ?`)
        .all(route, ...states, now, limit) as Row[];
      return rows.map(toRow);
    },
    setState: (id, patch) => {
      db.prepare(
        `UPDATE relay_messages SET state = ?, last_reason = COALESCE(?, last_reason), attempts = COALESCE(?, attempts), next_attempt_at = COALESCE(?, next_attempt_at),
         delivered_at = COALESCE(?, delivered_at), delivery_tx = COALESCE(?, delivery_tx), dead_reason = COALESCE(?, dead_reason) WHERE id = ?`,
      ).run(patch.state, patch.reason ?? null, patch.attempts ?? null, patch.nextAttemptAt ?? null, patch.deliveredAt ?? null, patch.deliveryTx ?? null, patch.deadReason ?? null, id.toLowerCase());
    },
    requeue: (id, now) => {
      const row = get(id);
      if (!row || (row.state !== "dead" && row.state !== "failed")) return row;
      // A dead message that was consumed on chain (Failed) goes back to `failed`; one never delivered to `pending`.
      const state: RelayState = row.state === "failed" || /handler|recipient/.test(row.deadReason ?? "") ? "failed" : "pending";
      db.prepare("UPDATE relay_messages SET state = ?, attempts = 0, next_attempt_at = ?, dead_reason = NULL, last_reason = 're-queued by the operator' WHERE id = ?").run(state, now, id.toLowerCase());
      return get(id);
    },
    get,
    recentlyDelivered: (route, since, limit) =>
      (db.prepare("SELECT * FROM relay_messages WHERE route = ? AND state = 'delivered' AND delivered_at >= ? ORDER BY delivered_at DESC, nonce_sort DESC LIMIT ?").all(route, since, limit) as Row[]).map(toRow),
    list: (params = {}) => {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (params.route) {
        where.push("route = ?");
        args.push(params.route);
      }
      if (params.states?.length) {
        where.push(`state IN (${params.states.map(() => "?").join(",")})`);
        args.push(...params.states);
      }
      const sql = `SELECT * FROM relay_messages ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY route, nonce_sort LIMIT ?`;
      return (db.prepare(sql).all(...args, params.limit ?? 1000) as Row[]).map(toRow);
    },
    recentDeliveries: (route, limit) =>
      (db.prepare("SELECT * FROM relay_messages WHERE route = ? AND state = 'delivered' ORDER BY delivered_at DESC, nonce_sort DESC LIMIT ?").all(route, limit) as Row[]).map(toRow),
    counts: () =>
      (db.prepare("SELECT route, state, COUNT(*) AS n, MIN(sent_at) AS oldest FROM relay_messages GROUP BY route, state ORDER BY route, state").all() as Row[]).map((r) => ({
        route: String(r.route),
        state: r.state as RelayState,
        count: Number(r.n),
        oldestSentAt: Number(r.oldest),
      })),
    routes: () =>
      (db.prepare("SELECT * FROM relay_cursor ORDER BY route").all() as Row[]).map((r) => ({ route: String(r.route), nextBlock: BigInt(String(r.next_block)), updatedAt: Number(r.updated_at) })),
    close: () => db.close(),
  };
}
