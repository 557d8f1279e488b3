import { describe, expect, it } from "vitest";
import { silentLogger } from "../../keeper/src/internal/logger.ts";
import { createScheduler } from "../../keeper/src/feeds/scheduler.ts";
import { until } from "../wait.ts";

function manualCron() {
  const tasks: { expression: string; fn: () => void; running: boolean }[] = [];
  return {
    tasks,
    createCronTask: (expression: string, fn: () => void) => {
      const task = { expression, fn, running: false };
      tasks.push(task);
      return { start: () => void (task.running = true), stop: () => void (task.running = false) };
    },
    tick: () => tasks.filter((t) => t.running).forEach((t) => t.fn()),
  };
}

/** Lets pending timers run; only for checks that something did NOT happen (they cannot fail spuriously). */
const settle = () => new Promise((r) => setTimeout(r, 30));

describe("scheduler", () => {
  it("coalesces ticks of several feeds into one round and registers one cron per feed", async () => {
    const cron = manualCron();
    const rounds: string[][] = [];
    const scheduler = createScheduler(
      { logger: silentLogger(), createCronTask: cron.createCronTask, runRound: async (feeds) => void rounds.push(feeds) },
      { feeds: [{ symbol: "A", schedule: "*/5 * * * * *" }, { symbol: "B", schedule: "*/10 * * * * *" }], staggerSeconds: 0, coalesceMs: 10 },
    );
    scheduler.start();
    expect(cron.tasks.map((t) => t.expression)).toEqual(["*/5 * * * * *", "*/10 * * * * *"]);
    cron.tick();
    await until(() => rounds.length > 0);
    await settle();
    expect(rounds).toEqual([["A", "B"]]);
    await scheduler.stop();
  });

  it("skips a feed whose previous round is still running, with the reason", async () => {
    const cron = manualCron();
    const skips: [string, string][] = [];
    let release!: () => void;
    let calls = 0;
    const scheduler = createScheduler(
      {
        logger: silentLogger(),
        createCronTask: cron.createCronTask,
        onSkip: (feed, reason) => skips.push([feed, reason]),
        runRound: async () => {
          calls++;
          await new Promise<void>((r) => (release = r));
        },
      },
      { feeds: [{ symbol: "A", schedule: "* * * * * *" }], staggerSeconds: 0, coalesceMs: 5 },
    );
    scheduler.start();
    cron.tick();
    await until(() => calls === 1);
    expect(scheduler.busy().has("A")).toBe(true);
    cron.tick();
    await until(() => skips.length > 0);
    expect(calls).toBe(1);
    expect(skips).toEqual([["A", "overlap"]]);
    release();
    await until(() => scheduler.busy().size === 0);
    expect(scheduler.busy().size).toBe(0);
    await scheduler.stop();
  });

  it("delays ticks by the stagger offset, and stop() waits for the round in flight", async () => {
    const cron = manualCron();
    const waits: number[] = [];
    let finished = false;
    const scheduler = createScheduler(
      {
        logger: silentLogger(),
        createCronTask: cron.createCronTask,
        sleep: async (ms) => void waits.push(ms),
        runRound: async () => {
          await new Promise((r) => setTimeout(r, 50));
          finished = true;
        },
      },
      { feeds: [{ symbol: "A", schedule: "* * * * * *" }], staggerSeconds: 7, coalesceMs: 5 },
    );
    scheduler.start();
    cron.tick();
    await until(() => scheduler.busy().has("A")); // the round is in flight
    expect(waits).toEqual([7_000]);
    await scheduler.stop();
    expect(finished).toBe(true);
    cron.tick();
    await settle();
    expect(waits).toEqual([7_000]);
  });
});
