import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CircuitOpenError, createCircuitBreaker } from "../../keeper/src/breaker.ts";
import { NonRetryableError, RetryableError } from "../../common/errors.ts";
import { createLogger, redactSecrets } from "../../keeper/src/internal/logger.ts";
import { backoffDelayMs, withRetry } from "../../keeper/src/retry.ts";
import { openStore, type StoredTx } from "../../keeper/src/store.ts";

describe("retry", () => {
  it("full jitter stays within the exponential window and the cap", () => {
    expect(backoffDelayMs(0, { baseDelayMs: 100, random: () => 0.999 })).toBe(99);
    expect(backoffDelayMs(3, { baseDelayMs: 100, random: () => 0.5 })).toBe(400);
    expect(backoffDelayMs(20, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 })).toBe(999);
  });

  it("retries retryable errors only, up to the attempt limit", async () => {
    let calls = 0;
    const sleep = async () => {};
    await expect(withRetry(async () => (++calls < 3 ? Promise.reject(new RetryableError("x")) : "ok"), { sleep })).resolves.toBe("ok");
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new NonRetryableError("bad"))), { sleep })).rejects.toThrow("bad");
    expect(calls).toBe(1);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new RetryableError("down"))), { sleep, attempts: 4 })).rejects.toThrow("down");
    expect(calls).toBe(4);
  });
});

describe("circuit breaker", () => {
  it("opens after the threshold, fails fast, half-opens after the window, closes on success", async () => {
    let t = 0;
    const breaker = createCircuitBreaker({ name: "t", failureThreshold: 2, openMs: 1000, now: () => t });
    const fail = () => breaker.run(() => Promise.reject(new Error("boom")));
    await expect(fail()).rejects.toThrow("boom");
    await expect(fail()).rejects.toThrow("boom");
    expect(breaker.state()).toBe("open");
    let called = false;
    await expect(breaker.run(async () => (called = true))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(false);
    t = 1000;
    expect(breaker.state()).toBe("half-open");
    await expect(fail()).rejects.toThrow("boom");
    expect(breaker.state()).toBe("open");
    t = 2000;
    await expect(breaker.run(async () => 7)).resolves.toBe(7);
    expect(breaker.state()).toBe("closed");
  });
});

describe("logger", () => {
  it("never writes a registered secret, whatever field or message carries it", async () => {
    const secret = "0x" + "5e".repeat(32);
    const apiKey = "lit-api-key-abcdef123456";
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
    const log = createLogger({ pretty: false, secrets: [secret, apiKey], destination });
    log.info({ privateKey: secret, nested: { note: `key is ${secret.slice(2)}` }, apiKey }, `starting with ${apiKey}`);
    log.error({ err: new Error(`bad key ${secret}`) }, "failed");
    log.info({ config: { lit: { apiKey: "x".repeat(20) } } }, "config");
    await new Promise((r) => setImmediate(r));
    const out = lines.join("");
    expect(out).not.toContain(secret.slice(2));
    expect(out).not.toContain(apiKey);
    expect(out).not.toContain("x".repeat(20));
    expect(out).toContain("[redacted]");
    expect(redactSecrets({ a: [secret] }, [secret])).toEqual({ a: ["[redacted]"] });
  });
});

describe("store", () => {
  it("migrates, records rounds, decisions and transactions, and settles a nonce", () => {
    const store = openStore(":memory:");
    expect(store.schemaVersion()).toBe(1);
    const round = store.startRound({ keeperId: "k", trigger: "manual", feeds: ["BTC/USD"], now: 1 });
    expect(store.unfinishedRounds("k")).toEqual([{ id: round, feeds: ["BTC/USD"], startedAt: 1 }]);
    store.finishRound(round, { status: "done", now: 2 });
    expect(store.unfinishedRounds("k")).toEqual([]);
    const sender = "0x00000000000000000000000000000000000000AA" as const;
    const tx: StoredTx = { chainId: 1, sender, nonce: 3, hash: "0x01", raw: "0xaa", to: "0x02", feeds: ["BTC/USD"], maxFeePerGas: 10n, maxPriorityFeePerGas: 1n, attempt: 1, roundId: round, createdAt: 5, status: "sent" };
    store.saveTx(tx);
    store.saveTx({ ...tx, hash: "0x03", attempt: 2, maxFeePerGas: 12n });
    expect(store.openTxs(1, sender).map((t) => t.hash)).toEqual(["0x01", "0x03"]);
    store.settleNonce({ chainId: 1, sender, nonce: 3, winner: "0x03", status: "confirmed" });
    expect(store.openTxs(1, sender)).toEqual([]);
    expect(store.txsAtNonce(1, sender, 3).map((t) => [t.hash, t.status])).toEqual([
      ["0x01", "replaced"],
      ["0x03", "confirmed"],
    ]);
    store.recordDecision({ feed: "BTC/USD", chainId: 1, decidedAt: 9, reason: "initial", willUpdate: true, answer: "1", observedAt: 9, txHash: undefined, outcome: "pending" });
    store.setOutcome({ feed: "BTC/USD", chainId: 1, outcome: "updated", txHash: "0x03" });
    expect(store.feedStates()[0]).toMatchObject({ reason: "initial", outcome: "updated", txHash: "0x03" });
    // pruning keeps open transactions and running rounds, drops settled history
    store.saveTx({ ...tx, nonce: 4, hash: "0x04", createdAt: 1, status: "sent" });
    store.startRound({ keeperId: "k", trigger: "manual", feeds: [], now: 1 });
    expect(store.prune(100)).toBe(3); // the finished round + 2 settled txs at nonce 3
    expect(store.openTxs(1, sender).map((t) => t.hash)).toEqual(["0x04"]);
    expect(store.unfinishedRounds("k")).toHaveLength(1);
    store.close();
  });
});
