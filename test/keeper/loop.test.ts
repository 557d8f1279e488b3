/**
 * The whole loop on the real embedded stack (two EDR chains, local Lit network, market simulator,
 * deployed receivers): decisions, landing on both chains, metrics and readiness.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedIdOf } from "../../actions/src/core/report.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { RECEIVER_ABI } from "../../keeper/src/feeds/receiver-ops.ts";
import { createPublicClient, http } from "viem";
import { capturedLogger, keeperOn, nextSecond, rpc, stack } from "./helpers.ts";

describe("keeper loop on the embedded stack", () => {
  let s: EmbeddedStack;
  let keeper: Keeper;
  let log: ReturnType<typeof capturedLogger>;
  let offsetSeconds = 0;

  beforeAll(async () => {
    s = await stack();
    log = capturedLogger([s.secrets.privateKey]);
    keeper = keeperOn(s, s.config, { logger: log.logger, now: () => Date.now() / 1000 + offsetSeconds });
    await keeper.start({ schedule: false });
  });
  afterAll(async () => {
    await keeper?.stop();
    await s?.close();
  });

  const onChain = async (chainIndex: number, symbol: string) => {
    const client = createPublicClient({ transport: http(s.chains[chainIndex]!.rpcUrl) });
    return client.readContract({ address: s.config.chains[chainIndex]!.receiver as `0x${string}`, abi: RECEIVER_ABI, functionName: "feedState", args: [feedIdOf(symbol)] });
  };

  it("is not ready before the first round (no answer on chain)", async () => {
    const ready = await fetch(`${keeper.httpUrl()}/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { stale: unknown[] };
    expect(body.stale.length).toBe(6);
    expect((await fetch(`${keeper.httpUrl()}/health`)).status).toBe(200);
  });

  it("first round: every feed lands on both chains (reason initial), verified signature, one batch tx per chain", async () => {
    const result = await keeper.runRoundNow();
    expect(result.outcomes).toHaveLength(6);
    for (const o of result.outcomes) {
      expect(o).toMatchObject({ outcome: "updated", reason: "initial" });
      expect(o.txHash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(o.sourcesUsed).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(result.outcomes.map((o) => o.txHash)).size).toBe(2);
    for (const chainIndex of [0, 1]) {
      const btc = await onChain(chainIndex, "BTC/USD");
      expect(btc.answer).toBeGreaterThan(66_000n * 10n ** 8n);
      expect(btc.answer).toBeLessThan(68_000n * 10n ** 8n);
      expect(Number(btc.observedAt)).toBe(result.observedAt);
    }
    const ready = await fetch(`${keeper.httpUrl()}/ready`);
    expect(ready.status).toBe(200);
  });

  it("skips within the threshold, and logs every decision with its reason", async () => {
    await nextSecond();
    const result = await keeper.runRoundNow();
    for (const o of result.outcomes) expect(o).toMatchObject({ outcome: "skipped", reason: "within-threshold" });
    const decisions = log.lines().map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => typeof l.msg === "string" && (l.msg as string).startsWith("decision:"));
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    for (const d of decisions) {
      expect(d).toHaveProperty("reason");
      expect(d).toHaveProperty("feed");
      expect(d).toHaveProperty("chain_id");
    }
  });

  it("updates only the feed that moved beyond its deviation threshold", async () => {
    s.sim.setPrice("ETH", 3_500 * 1.01);
    await nextSecond();
    const result = await keeper.runRoundNow();
    const eth = result.outcomes.filter((o) => o.feed === "ETH/USD");
    const others = result.outcomes.filter((o) => o.feed !== "ETH/USD");
    for (const o of eth) expect(o).toMatchObject({ outcome: "updated", reason: "deviation" });
    for (const o of others) expect(o).toMatchObject({ outcome: "skipped", reason: "within-threshold" });
    // A single-feed update uses the single-report path.
    expect((await onChain(1, "ETH/USD")).answer).toBeGreaterThan(3_530n * 10n ** 8n);
  });

  it("a move beyond the action's move limit is refused once, then confirmed by the next round", async () => {
    s.sim.setPrice("SOL", 150 * 1.15);
    await nextSecond();
    const refused = await keeper.runRoundNow(["SOL/USD"]);
    for (const o of refused.outcomes) expect(o).toMatchObject({ outcome: "skipped", reason: "no-answer" });
    await nextSecond();
    const confirmed = await keeper.runRoundNow(["SOL/USD"]);
    for (const o of confirmed.outcomes) expect(o).toMatchObject({ outcome: "updated", reason: "deviation" });
    expect((await onChain(0, "SOL/USD")).answer).toBeGreaterThan(170n * 10n ** 8n);
  });

  it("updates every feed when the heartbeat is due", async () => {
    const jump = s.config.feeds[0]!.heartbeatSeconds;
    offsetSeconds += jump;
    s.sim.advance(jump * 1000);
    await rpc(s, 0, "evm_increaseTime", [jump]);
    await rpc(s, 1, "evm_increaseTime", [jump]);
    await rpc(s, 0, "evm_mine");
    await rpc(s, 1, "evm_mine");
    const result = await keeper.runRoundNow();
    for (const o of result.outcomes) expect(o).toMatchObject({ outcome: "updated", reason: "heartbeat" });
    // The reports carry the Lit nodes' (real) clock, which no test can move: take the keeper's clock
    // back so the next cases do not find every feed due again.
    offsetSeconds -= jump;
  });

  it("serialises concurrent rounds of the same feed within one keeper: one update per chain, nothing fails", async () => {
    s.sim.setPrice("BTC", 67_000 * 1.03);
    await nextSecond();
    const [a, b] = await Promise.all([keeper.runRoundNow(["BTC/USD"]), keeper.runRoundNow(["BTC/USD"])]);
    const all = [...a.outcomes, ...b.outcomes];
    expect(all.filter((o) => o.outcome === "updated")).toHaveLength(2);
    expect(all.filter((o) => o.outcome === "failed")).toHaveLength(0);
  });

  it("exposes the operator metrics", async () => {
    const text = await (await fetch(`${keeper.httpUrl()}/metrics`)).text();
    for (const name of [
      "lit_oracle_feed_answer_age_seconds",
      "lit_oracle_updates_total",
      "lit_oracle_skipped_total",
      "lit_oracle_failures_total",
      "lit_oracle_gas_spent_total",
      "lit_oracle_signer_balance_wei",
      "lit_oracle_lit_execution_seconds_bucket",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/lit_oracle_updates_total\{feed="BTC\/USD",chain="local-31337",reason="initial",keeper="dev"\} 1/);
    expect(text).toMatch(/lit_oracle_skipped_total\{feed="BTC\/USD",chain="local-31337",reason="within-threshold",keeper="dev"\} [1-9]/);
    expect(text).toMatch(/lit_oracle_gas_spent_total\{chain="local-31337",keeper="dev"\} [1-9]\d+/);
    expect(text).not.toMatch(/lit_oracle_failures_total\{[^}]*\} [1-9]/);
  });

  it("never logs the keeper key", () => {
    const all = log.lines().join("\n");
    expect(all.length).toBeGreaterThan(1000);
    expect(all.toLowerCase()).not.toContain(s.secrets.privateKey.slice(2).toLowerCase());
  });

  it("reports /ready 503 with the stale feeds once the heartbeat has passed", async () => {
    offsetSeconds += 10_000;
    const ready = await fetch(`${keeper.httpUrl()}/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { stale: { feed: string; chain: string }[] };
    expect(body.stale).toHaveLength(6);
    offsetSeconds -= 10_000;
  });
});
