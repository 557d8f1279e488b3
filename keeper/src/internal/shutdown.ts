/**
 * Graceful shutdown: an AbortController plus callbacks run in reverse registration order. The first
 * SIGINT/SIGTERM starts a graceful stop (rounds in flight finish; broadcast transactions are already
 * persisted, so even an interrupted wait loses nothing); a second signal aborts at once.
 */
export type Shutdown = {
  readonly signal: AbortSignal;
  /** Registers a cleanup; returns a function that unregisters it. */
  add(callback: () => void | Promise<void>): () => void;
  /** Runs every callback once (idempotent); resolves when all have settled. */
  shutdown(reason?: string): Promise<void>;
  /** Installs SIGINT/SIGTERM handlers; returns a function removing them. */
  handleSignals(onSignal?: (signal: NodeJS.Signals, count: number) => void): () => void;
};

/** After a graceful stop was requested, wait this long before aborting in-flight work. */
export const SHUTDOWN_GRACE_MS = 30_000;

export function createShutdown(): Shutdown {
  const controller = new AbortController();
  const callbacks: (() => void | Promise<void>)[] = [];
  let done: Promise<void> | undefined;
  let graceTimer: NodeJS.Timeout | undefined;
  const shutdown = (reason = "shutdown") => {
    done ??= (async () => {
      graceTimer = setTimeout(() => controller.abort(new Error(`${reason}: grace period over`)), SHUTDOWN_GRACE_MS);
      graceTimer.unref();
      for (const cb of [...callbacks].reverse()) {
        try {
          await cb();
        } catch {
          // a failing cleanup must not stop the others
        }
      }
      clearTimeout(graceTimer);
      if (!controller.signal.aborted) controller.abort(new Error(reason));
    })();
    return done;
  };
  return {
    signal: controller.signal,
    add(callback) {
      callbacks.push(callback);
      return () => {
        const i = callbacks.indexOf(callback);
        if (i >= 0) callbacks.splice(i, 1);
      };
    },
    shutdown,
    handleSignals(onSignal) {
      let count = 0;
      const handler = (signal: NodeJS.Signals) => {
        count++;
        onSignal?.(signal, count);
        if (count === 1) void shutdown(`received ${signal}`);
        else controller.abort(new Error(`received ${signal} twice`));
      };
      process.on("SIGINT", handler);
      process.on("SIGTERM", handler);
      return () => {
        process.off("SIGINT", handler);
        process.off("SIGTERM", handler);
      };
    },
  };
}
