/**
 * When rounds run. Each feed has its own node-cron schedule; a tick is delayed by the keeper's stagger
 * offset (so redundant keepers take turns: the first lands the report, the others find it already on
 * chain), then ticks arriving within a short window are coalesced into ONE round (one Lit execution,
 * one batch transaction per chain). A feed whose previous round is still running is skipped, and the
 * skip is logged with its reason. The clock is pluggable so the bench can drive ticks by hand.
 */
import { createTask, type ScheduledTask } from "node-cron";
import type { Logger } from "../internal/logger.ts";
import { sleep as defaultSleep } from "../retry.ts";

/** Ticks for different feeds arriving within this window run as one round. */
export const COALESCE_WINDOW_MS = 50;

export type SchedulerFeed = { symbol: string; schedule: string };

export type SchedulerDeps = {
  logger: Logger;
  /** Runs one round for these feeds; resolves when it is finished (success or not). */
  runRound: (feeds: string[], trigger: "schedule" | "manual") => Promise<void>;
  /** Called when a tick is skipped (metrics). */
  onSkip?: (feed: string, reason: "overlap" | "stopping") => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Creates a cron task; default node-cron (the bench injects a manual clock). */
  createCronTask?: (expression: string, fn: () => void) => { start(): void; stop(): void; destroy?(): void };
};

export type SchedulerParameters = {
  feeds: readonly SchedulerFeed[];
  staggerSeconds: number;
  coalesceMs?: number;
};

export type Scheduler = {
  start(): void;
  /** Stops the cron tasks and waits for rounds in flight to finish. */
  stop(): Promise<void>;
  /** Requests a round for these feeds now (no stagger); resolves when that round is done. */
  trigger(feeds: readonly string[], trigger?: "schedule" | "manual"): Promise<void>;
  /** Feeds whose round is in flight. */
  busy(): ReadonlySet<string>;
};

function defaultCronTask(expression: string, fn: () => void) {
  const task: ScheduledTask = createTask(expression, fn, { noOverlap: false });
  return { start: () => void task.start(), stop: () => void task.stop(), destroy: () => void task.destroy() };
}

export function createScheduler(deps: SchedulerDeps, parameters: SchedulerParameters): Scheduler {
  const sleep = deps.sleep ?? defaultSleep;
  const coalesceMs = parameters.coalesceMs ?? COALESCE_WINDOW_MS;
  const log = deps.logger;
  const inFlight = new Set<string>();
  const rounds = new Set<Promise<void>>();
  const abort = new AbortController();
  let pending: { feeds: Set<string>; trigger: "schedule" | "manual"; waiters: (() => void)[]; timer: NodeJS.Timeout } | undefined;
  const tasks: { start(): void; stop(): void; destroy?(): void }[] = [];
  let stopping = false;

  const flush = () => {
    const batch = pending;
    pending = undefined;
    if (!batch) return;
    const feeds = [...batch.feeds].filter((f) => {
      if (!inFlight.has(f)) return true;
      log.info({ feed: f, reason: "overlap" }, "tick skipped: the previous round for this feed is still running");
      deps.onSkip?.(f, "overlap");
      return false;
    });
    if (feeds.length === 0) {
      for (const w of batch.waiters) w();
      return;
    }
    for (const f of feeds) inFlight.add(f);
    const round = deps
      .runRound(feeds, batch.trigger)
      .catch((error: unknown) => log.error({ feeds, err: error }, "round crashed"))
      .finally(() => {
        for (const f of feeds) inFlight.delete(f);
        rounds.delete(round);
        for (const w of batch.waiters) w();
      });
    rounds.add(round);
  };

  const request = (feeds: readonly string[], trigger: "schedule" | "manual"): Promise<void> =>
    new Promise<void>((resolve) => {
      if (stopping) {
        for (const f of feeds) deps.onSkip?.(f, "stopping");
        return resolve();
      }
      if (!pending) pending = { feeds: new Set(), trigger, waiters: [], timer: setTimeout(flush, coalesceMs) };
      for (const f of feeds) pending.feeds.add(f);
      if (trigger === "manual") pending.trigger = "manual";
      pending.waiters.push(resolve);
    });

  return {
    start() {
      for (const feed of parameters.feeds) {
        const task = (deps.createCronTask ?? defaultCronTask)(feed.schedule, () => {
          void (async () => {
            try {
              if (parameters.staggerSeconds > 0) await sleep(parameters.staggerSeconds * 1000, abort.signal);
            } catch {
              return;
            }
            await request([feed.symbol], "schedule");
          })();
        });
        task.start();
        tasks.push(task);
      }
      log.info({ feeds: parameters.feeds.map((f) => `${f.symbol} @ ${f.schedule}`), stagger_seconds: parameters.staggerSeconds }, "scheduler started");
    },
    async stop() {
      stopping = true;
      abort.abort(new Error("scheduler stopped"));
      for (const t of tasks) {
        t.stop();
        t.destroy?.();
      }
      tasks.length = 0;
      if (pending) {
        clearTimeout(pending.timer);
        const waiters = pending.waiters;
        pending = undefined;
        for (const w of waiters) w();
      }
      await Promise.allSettled([...rounds]);
    },
    trigger: (feeds, trigger = "manual") => request(feeds, trigger),
    busy: () => inFlight,
  };
}
