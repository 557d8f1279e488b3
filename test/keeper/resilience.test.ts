/**
 * Incidents, on the real embedded stack: RPC URLs down or dying, two keepers racing, a keeper killed
 * between broadcast and receipt, and a response whose signature does not come from the PKP.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPublicClient, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { StoredTx } from "../../keeper/src/store.ts";
import { capturedLogger, closedPortUrl, configFor, keeperOn, nextSecond, rpc, stack } from "./helpers.ts";

async function metric(url: string, pattern: RegExp): Promise<string[]> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text.split("\n").filter((l) => pattern.test(l));
}

describe("keeper resilience on the embedded stack", () => {
  let s: EmbeddedStack;
  beforeAll(async () => {
    s = await stack();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("fails over from a dead first RPC URL, and a chain whose RPC is down fails alone and recovers next round", async () => {
    const dead = await closedPortUrl();
    const config = await configFor(s, (c) => ({
      ...c,
      keeper: { ...c.keeper, id: "failover", database: ":memory:" },
      chains: c.chains.map((chain, i) => (i === 0 ? { ...chain, rpcUrls: [dead, ...chain.rpcUrls] } : chain)),
    }));
    const { logger } = capturedLogger();
    const keeper = keeperOn(s, config, { logger });
    await keeper.start({ schedule: false });
    try {
      await s.chains[1]!.stopServer();
      const first = await keeper.runRoundNow();
      for (const o of first.outcomes.filter((o) => o.chain === "local-31337")) expect(o).toMatchObject({ outcome: "updated" });
      for (const o of first.outcomes.filter((o) => o.chain === "local-31338")) expect(o).toMatchObject({ outcome: "failed", reason: "rpc" });
      expect(await metric(keeper.httpUrl()!, /^lit_oracle_rpc_failovers_total\{chain="local-31337"/)).toEqual([expect.stringMatching(/ [1-9]\d*$/)]);
      expect(await metric(keeper.httpUrl()!, /^lit_oracle_failures_total\{feed="BTC\/USD",chain="local-31338",reason="rpc"/)).toHaveLength(1);

      await s.chains[1]!.startServer();
      await nextSecond();
      const second = await keeper.runRoundNow();
      for (const o of second.outcomes.filter((o) => o.chain === "local-31338")) expect(o).toMatchObject({ outcome: "updated", reason: "initial" });
      for (const o of second.outcomes.filter((o) => o.chain === "local-31337")) expect(o.outcome).toBe("skipped");
    } finally {
      await s.chains[1]!.startServer();
      await keeper.stop();
    }
  });

  it("two keepers racing on the same feeds: one update lands per feed and chain, the other counts already-done, no failures", async () => {
    s.sim.setPrice("BTC", 67_000 * 1.02);
    s.sim.setPrice("ETH", 3_500 * 1.02);
    s.sim.setPrice("SOL", 150 * 1.02);
    const make = async (id: string, accountIndex: number) => {
      const config = await configFor(s, (c) => ({ ...c, keeper: { ...c.keeper, id, database: ":memory:" } }));
      const { logger } = capturedLogger();
      return keeperOn(s, config, { logger, secrets: { privateKey: s.accounts[accountIndex]!.privateKey, litApiKey: undefined } });
    };
    const a = await make("racer-a", 5);
    const b = await make("racer-b", 6);
    await a.start({ schedule: false });
    await b.start({ schedule: false });
    try {
      await nextSecond();
      const [ra, rb] = await Promise.all([a.runRoundNow(), b.runRoundNow()]);
      for (const chain of ["local-31337", "local-31338"]) {
        for (const feed of ["BTC/USD", "ETH/USD", "SOL/USD"]) {
          const outcomes = [...ra.outcomes, ...rb.outcomes].filter((o) => o.feed === feed && o.chain === chain).map((o) => o.outcome).sort();
          // Reports carry the Lit nodes' clock: two executions read in the same second sign the same
          // report (one lands, the other is already done); across a second boundary the later one is
          // newer and lands too. Never a failure, never two updates with the same observedAt.
          expect(outcomes, JSON.stringify([...ra.outcomes, ...rb.outcomes].filter((o) => o.outcome === "failed").map((o) => [o.feed, o.chain, o.reason, o.error]))).toContain("updated");
          for (const o of outcomes) expect(["already-done", "updated"]).toContain(o);
          if (outcomes.every((o) => o === "updated")) expect(ra.observedAt).not.toBe(rb.observedAt);
        }
      }
      for (const k of [a, b]) expect(await metric(k.httpUrl()!, /^lit_oracle_failures_total\{/)).toEqual([]);
      if (ra.observedAt === rb.observedAt) {
        const doneLines = [...(await metric(a.httpUrl()!, /^lit_oracle_already_done_total\{/)), ...(await metric(b.httpUrl()!, /^lit_oracle_already_done_total\{/))];
        expect(doneLines.length).toBeGreaterThan(0);
      }
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it("a keeper killed between broadcast and receipt: the restarted one re-watches the stored tx and sends nothing twice", async () => {
    s.sim.setPrice("BTC", 67_000 * 0.97);
    const database = join(mkdtempSync(join(tmpdir(), "keeper-restart-")), "keeper.sqlite");
    const key = s.accounts[7]!.privateKey;
    const address = privateKeyToAccount(key).address;
    const config = await configFor(s, (c) => ({ ...c, keeper: { ...c.keeper, id: "restart", database }, chains: c.chains.map((chain) => ({ ...chain, replaceAfterSeconds: 600 })) }));
    await rpc(s, 0, "evm_setAutomine", [false]);
    await rpc(s, 1, "evm_setAutomine", [false]);
    try {
      const broadcasts: StoredTx[] = [];
      const first = keeperOn(s, config, {
        logger: capturedLogger().logger,
        secrets: { privateKey: key, litApiKey: undefined },
        onBroadcast: (tx) => {
          broadcasts.push(tx);
          // Both chains broadcast: the process "dies" before any receipt.
          if (broadcasts.length === 2) first.abort("killed mid-round");
        },
      });
      await first.start({ schedule: false });
      await nextSecond();
      const interrupted = await first.runRoundNow(["BTC/USD"]);
      expect(broadcasts).toHaveLength(2);
      expect(interrupted.outcomes.every((o) => o.outcome === "failed")).toBe(true);
      await first.stop();

      const { logger, lines } = capturedLogger();
      const second = keeperOn(s, config, { logger, secrets: { privateKey: key, litApiKey: undefined } });
      const mining = setInterval(() => {
        void rpc(s, 0, "evm_mine");
        void rpc(s, 1, "evm_mine");
      }, 100);
      try {
        await second.start({ schedule: false });
      } finally {
        clearInterval(mining);
      }
      await rpc(s, 0, "evm_setAutomine", [true]);
      await rpc(s, 1, "evm_setAutomine", [true]);
      expect(lines().some((l) => l.includes("resuming transaction left open by a previous run"))).toBe(true);
      expect(second.status().filter((st) => st.feed === "BTC/USD").map((st) => st.lastOutcome)).toEqual(["confirmed", "confirmed"]);

      await nextSecond();
      const after = await second.runRoundNow(["BTC/USD"]);
      for (const o of after.outcomes) expect(o).toMatchObject({ outcome: "skipped", reason: "within-threshold" });
      for (const chain of s.chains) {
        const client = createPublicClient({ transport: http(chain.rpcUrl) });
        expect(await client.getTransactionCount({ address })).toBe(1);
      }
      await second.stop();
    } finally {
      await rpc(s, 0, "evm_setAutomine", [true]);
      await rpc(s, 1, "evm_setAutomine", [true]);
    }
  });

  it("refuses a report signed by a key that is not the receivers' signer, before spending gas", async () => {
    const other = s.lit.mintImmutablePkpFor(s.action.cid);
    const config = await configFor(s, (c) => ({ ...c, keeper: { ...c.keeper, id: "wrong-pkp", database: ":memory:" }, lit: { ...c.lit, pkpPublicKey: other.publicKey } }));
    const key = s.accounts[8]!.privateKey;
    const keeper = keeperOn(s, config, { logger: capturedLogger().logger, secrets: { privateKey: key, litApiKey: undefined } });
    await keeper.start({ schedule: false });
    try {
      s.sim.setPrice("SOL", 150 * 1.05);
      await nextSecond();
      const result = await keeper.runRoundNow(["SOL/USD"]);
      // The action signs with the configured PKP; the receivers accept only the embedded PKP (read from
      // SIGNER() at start): the keeper refuses the signature itself and sends nothing.
      for (const o of result.outcomes) {
        expect(o).toMatchObject({ outcome: "failed", reason: "bad-signature" });
        expect(o.error).toMatch(/not the receiver's signer/);
      }
      const client = createPublicClient({ transport: http(s.chains[0]!.rpcUrl) });
      expect(await client.getTransactionCount({ address: privateKeyToAccount(key).address })).toBe(0);
    } finally {
      await keeper.stop();
    }
  });
});

describe("Lit runtime failures", () => {
  let s: EmbeddedStack;
  beforeAll(async () => {
    s = await stack({ chainIds: [31_350] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("are retried, counted by reason, and open the Lit circuit breaker so later rounds fail fast", async () => {
    const { LitNetworkError } = await import("../../lit/errors.ts");
    let executions = 0;
    const flaky = {
      kind: "local" as const,
      execute: async () => {
        executions++;
        throw new LitNetworkError("too few node responses (simulated)");
      },
    };
    const config = await configFor(s, (c) => ({ ...c, keeper: { ...c.keeper, id: "lit-down", database: ":memory:" } }));
    const keeper = keeperOn(s, config, { logger: capturedLogger().logger, lit: flaky });
    await keeper.start({ schedule: false });
    try {
      const first = await keeper.runRoundNow(["BTC/USD"]);
      expect(first.outcomes[0], JSON.stringify(first.outcomes[0])).toMatchObject({ outcome: "failed", reason: "lit" });
      expect(executions).toBe(3); // LIT_EXECUTE_ATTEMPTS, then the breaker (threshold 3) opens
      const second = await keeper.runRoundNow(["BTC/USD"]);
      expect(second.outcomes[0]).toMatchObject({ outcome: "failed", reason: "circuit-open" });
      expect(executions).toBe(3);
      const text = await (await fetch(`${keeper.httpUrl()}/metrics`)).text();
      expect(text).toMatch(/lit_oracle_circuit_open\{breaker="lit",keeper="lit-down"\} 1/);
      expect(text).toMatch(/lit_oracle_failures_total\{feed="BTC\/USD",chain="local-31350",reason="lit",keeper="lit-down"\} 1/);
    } finally {
      await keeper.stop();
    }
  });
});
