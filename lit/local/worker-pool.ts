/**
 * Main-thread side of `isolation: "worker"`: one long-lived worker thread per node, with V8's
 * `resourceLimits` as the node's real memory cap. Executions run in fresh contexts inside it; Lit
 * operations and `fetch` come back here. On timeout the execution is asked to stop; if the worker does
 * not acknowledge within `WORKER_KILL_GRACE_MS` (a busy loop), the worker is terminated and respawned
 * on next use. A worker that dies (out of memory) fails every execution it was running.
 */
import { Worker } from "node:worker_threads";
import type { MainToWorker, SerializedRequest, WorkerStart, WorkerToMain } from "./worker.ts";

/** How long a worker has to stop an execution cooperatively before it is killed, ms. */
export const WORKER_KILL_GRACE_MS = 100;

/**
 * One lock for the whole process around the moment a worker switches V8's process-wide `--expose-gc`
 * flag on to take the `gc` function and off again (see worker.ts): without it, one worker could switch
 * the flag off between another's switch-on and its context creation.
 */
const GC_FLAG_LOCK = new Int32Array(new SharedArrayBuffer(4));

export type WorkerExecHost = {
  call(op: string, args: Record<string, unknown>): Promise<unknown>;
  fetch(request: SerializedRequest, signal: AbortSignal): Promise<Response>;
  log(line: string): void;
};

export type WorkerExecOutcome = { response: string | undefined; mainResultJson: string | undefined };

export class WorkerExecFailure extends Error {
  readonly phase: "sync" | "async" | "host" | "memory";
  readonly originalName: string;
  constructor(phase: "sync" | "async" | "host" | "memory", name: string, message: string) {
    super(message);
    this.phase = phase;
    this.originalName = name;
  }
}

type Exec = { host: WorkerExecHost; resolve: (outcome: WorkerExecOutcome) => void; reject: (error: Error) => void; aborts: Set<AbortController> };

export class NodeWorker {
  readonly #memoryMb: number;
  readonly #label: string;
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  /** Set while a timed-out execution's worker is being probed (and killed if busy). */
  #probe: Promise<void> | undefined;
  #execs = new Map<number, Exec>();
  #nextExecId = 1;

  constructor(params: { memoryMb: number; label: string }) {
    this.#memoryMb = params.memoryMb;
    this.#label = params.label;
  }

  /** Resolves once the node's worker has booted (an action's runtime is counted from then on). */
  async ready(): Promise<void> {
    while (this.#probe) await this.#probe;
    this.#ensure();
    return this.#ready!;
  }

  run(start: Omit<WorkerStart, "type" | "execId">, host: WorkerExecHost): { done: Promise<WorkerExecOutcome>; stop(hard: boolean): void } {
    const worker = this.#ensure();
    const execId = this.#nextExecId++;
    const done = new Promise<WorkerExecOutcome>((resolve, reject) => {
      this.#execs.set(execId, { host, resolve, reject, aborts: new Set() });
    });
    worker.postMessage({ ...start, type: "start", execId } satisfies MainToWorker);
    const stop = (hard: boolean) => {
      const exec = this.#execs.get(execId);
      if (!exec) return;
      this.#execs.delete(execId);
      for (const abort of exec.aborts) abort.abort();
      if (this.#worker !== worker) return;
      worker.postMessage({ type: "terminate", execId } satisfies MainToWorker);
      if (hard) {
        // A busy loop never yields to read the message: kill the thread if it does not answer a ping in time.
        const ping = this.#nextExecId++;
        let settle = () => {};
        const probe = new Promise<void>((resolve) => (settle = resolve));
        this.#probe = probe;
        const finish = () => {
          worker.off("message", onMessage);
          if (this.#probe === probe) this.#probe = undefined;
          settle();
        };
        const timer = setTimeout(() => {
          this.#kill(worker, "The node was restarted after a Lit Action timed out");
          finish();
        }, WORKER_KILL_GRACE_MS);
        const onMessage = (message: WorkerToMain) => {
          if (message.type === "failed" && message.execId === ping) {
            clearTimeout(timer);
            finish();
          }
        };
        worker.on("message", onMessage);
        // An empty, syntactically invalid start answers at once with "failed" when the thread is responsive.
        worker.postMessage({ type: "start", execId: ping, code: "(", filename: "ping.js", flavor: "naga", injectedGlobals: {}, mainParams: {}, auth: {}, headers: [], syncTimeoutMs: 10, maxResponseBytes: 0, maxLogBytes: 0 } satisfies MainToWorker);
      }
    };
    return { done, stop };
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = undefined;
    if (worker) await worker.terminate();
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      name: this.#label,
      resourceLimits: { maxOldGenerationSizeMb: this.#memoryMb },
      workerData: { gcFlagLock: GC_FLAG_LOCK },
    });
    worker.unref();
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
      worker.once("exit", () => reject(new Error("The node's worker exited during start-up")));
    });
    this.#ready.catch(() => {});
    worker.on("message", (message: WorkerToMain) => this.#onMessage(worker, message));
    worker.on("error", (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#failAll(
        worker,
        memory
          ? new WorkerExecFailure("memory", "RangeError", `The Lit Action ran out of memory (limit ${this.#memoryMb} MB) and was terminated.`)
          : new WorkerExecFailure("host", error.name, error.message),
      );
    });
    worker.on("exit", () => this.#failAll(worker, new WorkerExecFailure("host", "Error", "The node's worker exited")));
    this.#worker = worker;
    return worker;
  }

  #kill(worker: Worker, reason: string): void {
    this.#failAll(worker, new WorkerExecFailure("host", "Error", reason));
    void worker.terminate();
  }

  #failAll(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
    const execs = [...this.#execs.values()];
    this.#execs.clear();
    for (const exec of execs) {
      for (const abort of exec.aborts) abort.abort();
      exec.reject(error);
    }
  }

  #onMessage(worker: Worker, message: WorkerToMain): void {
    const exec = this.#execs.get(message.execId);
    if (!exec) return;
    switch (message.type) {
      case "log":
        try {
          exec.host.log(message.line);
        } catch {
          // The worker enforces the per-execution log cap; the root's total is best effort.
        }
        return;
      case "call":
        exec.host.call(message.op, message.args).then(
          (value) => worker.postMessage({ type: "reply", callId: message.callId, ok: true, value: value ?? null } satisfies MainToWorker),
          (error: unknown) =>
            worker.postMessage({ type: "reply", callId: message.callId, ok: false, name: (error as Error)?.name ?? "Error", message: (error as Error)?.message ?? String(error) } satisfies MainToWorker),
        );
        return;
      case "fetch": {
        const abort = new AbortController();
        exec.aborts.add(abort);
        exec.host
          .fetch(message.request, abort.signal)
          .then(async (response) => {
            const body = await response.arrayBuffer();
            worker.postMessage(
              { type: "fetchReply", callId: message.callId, ok: true, status: response.status, statusText: response.statusText, headers: [...response.headers.entries()], body } satisfies MainToWorker,
              [body],
            );
          })
          .catch((error: unknown) =>
            worker.postMessage({ type: "fetchReply", callId: message.callId, ok: false, name: (error as Error)?.name ?? "Error", message: (error as Error)?.message ?? String(error) } satisfies MainToWorker),
          )
          .finally(() => exec.aborts.delete(abort));
        return;
      }
      case "done":
        this.#execs.delete(message.execId);
        exec.resolve({ response: message.response, mainResultJson: message.mainResultJson });
        return;
      case "failed":
        this.#execs.delete(message.execId);
        exec.reject(new WorkerExecFailure(message.phase, message.name, message.message));
        return;
    }
  }
}
