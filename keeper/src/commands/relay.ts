/**
 * `lit-oracle relay status [--json]`: per route, the scan cursor and how many messages are pending,
 * in flight, failed (handler reverted, being retried), delivered and dead-lettered, the oldest
 * undelivered message's age, and every dead letter with its reason.
 * `lit-oracle relay retry <id>`: re-queues a dead-lettered (or failed) message now, attempts reset.
 * Both read the relay tables of the keeper's SQLite store (`--store`, or `keeper.database` of `--config`).
 */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { isHex, type Hex } from "viem";
import { loadConfig } from "../config/index.ts";
import { openRelayStore, type RelayState, type RelayStore } from "../relay/store.ts";

/** Dead letters listed by `relay status` (most recent routes first; `--json` lists them all). */
export const STATUS_DEAD_LETTERS_SHOWN = 50;

export type RelayStatus = {
  routes: { route: string; nextBlock: string | undefined; pending: number; submitted: number; failed: number; delivered: number; dead: number; oldestUndeliveredAgeSeconds: number | undefined }[];
  dead: { id: Hex; route: string; nonce: string; reason: string | undefined; attempts: number }[];
  failed: { id: Hex; route: string; nonce: string; reason: string | undefined; attempts: number; nextAttemptAt: number }[];
};

/** The status summary (pure over the store). */
export function relayStatus(store: RelayStore, now: number): RelayStatus {
  const byRoute = new Map<string, RelayStatus["routes"][number]>();
  const entry = (route: string) => {
    let e = byRoute.get(route);
    if (!e) {
      e = { route, nextBlock: undefined, pending: 0, submitted: 0, failed: 0, delivered: 0, dead: 0, oldestUndeliveredAgeSeconds: undefined };
      byRoute.set(route, e);
    }
    return e;
  };
  for (const r of store.routes()) entry(r.route).nextBlock = r.nextBlock.toString();
  for (const c of store.counts()) {
    const e = entry(c.route);
    e[c.state as RelayState] = c.count;
    if (c.state === "pending" || c.state === "submitted" || c.state === "failed") {
      const age = Math.max(0, Math.round((now - c.oldestSentAt) / 1000));
      e.oldestUndeliveredAgeSeconds = Math.max(e.oldestUndeliveredAgeSeconds ?? 0, age);
    }
  }
  const dead = store.list({ states: ["dead"] }).map((m) => ({ id: m.id, route: m.route, nonce: m.nonce.toString(), reason: m.deadReason, attempts: m.attempts }));
  const failed = store.list({ states: ["failed"] }).map((m) => ({ id: m.id, route: m.route, nonce: m.nonce.toString(), reason: m.lastReason, attempts: m.attempts, nextAttemptAt: m.nextAttemptAt }));
  return { routes: [...byRoute.values()], dead, failed };
}

export function formatRelayStatus(status: RelayStatus): string {
  const lines: string[] = [];
  if (status.routes.length === 0) lines.push("no relay routes in this store yet");
  for (const r of status.routes) {
    const age = r.oldestUndeliveredAgeSeconds === undefined ? "" : `, oldest undelivered ${r.oldestUndeliveredAgeSeconds} s`;
    lines.push(`${r.route}: next block ${r.nextBlock ?? "-"}; pending ${r.pending}, in flight ${r.submitted}, failed ${r.failed}, delivered ${r.delivered}, dead ${r.dead}${age}`);
  }
  if (status.failed.length > 0) {
    lines.push("", "failed handlers (retried with backoff):");
    for (const f of status.failed) lines.push(`  ${f.id} ${f.route} nonce ${f.nonce} attempts ${f.attempts}: ${f.reason ?? "-"}`);
  }
  if (status.dead.length > 0) {
    lines.push("", "dead letters (lit-oracle relay retry <id> re-queues one):");
    for (const d of status.dead.slice(0, STATUS_DEAD_LETTERS_SHOWN)) lines.push(`  ${d.id} ${d.route} nonce ${d.nonce}: ${d.reason ?? "-"}`);
    if (status.dead.length > STATUS_DEAD_LETTERS_SHOWN) lines.push(`  … ${status.dead.length - STATUS_DEAD_LETTERS_SHOWN} more (--json lists all)`);
  }
  return `${lines.join("\n")}\n`;
}

type StoreOptions = { store?: string; config?: string };

async function storePath(options: StoreOptions): Promise<string> {
  let path = options.store;
  if (!path && options.config) path = (await loadConfig({ file: options.config, env: process.env, flags: {} })).keeper.database;
  if (!path) throw new Error("give --store <file> or --config <file> (whose keeper.database is the store)");
  if (!existsSync(path)) throw new Error(`no store at ${path}`);
  return path;
}

export function register(program: Command): void {
  const relay = program.command("relay").description("the cross-chain relay loop's queue (reads the keeper's store)");
  relay
    .command("status")
    .description("per route: cursor, pending / in flight / failed / delivered / dead, oldest undelivered age; dead letters with reasons")
    .option("--store <file>", "the keeper's SQLite store")
    .option("--config <file>", "keeper config (its keeper.database is the store)")
    .option("--json", "print one JSON object")
    .action(async (options: StoreOptions & { json?: boolean }) => {
      const store = openRelayStore(await storePath(options));
      try {
        const status = relayStatus(store, Date.now());
        process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatRelayStatus(status));
      } finally {
        store.close();
      }
    });
  relay
    .command("retry")
    .description("re-queue a dead-lettered or failed message now (attempts reset); the running loop picks it up")
    .argument("<id>", "message id (0x + 64 hex)")
    .option("--store <file>", "the keeper's SQLite store")
    .option("--config <file>", "keeper config (its keeper.database is the store)")
    .action(async (id: string, options: StoreOptions) => {
      if (!isHex(id) || id.length !== 66) throw new Error(`message id must be 0x + 64 hex, got "${id}"`);
      const store = openRelayStore(await storePath(options));
      try {
        const before = store.get(id);
        if (!before) throw new Error(`no message ${id} in the store`);
        if (before.state !== "dead" && before.state !== "failed") throw new Error(`message ${id} is ${before.state}; only dead or failed messages are re-queued`);
        const after = store.requeue(id, Date.now())!;
        process.stdout.write(`re-queued ${id} (${before.state} -> ${after.state}); was: ${before.deadReason ?? before.lastReason ?? "-"}\n`);
      } finally {
        store.close();
      }
    });
}
