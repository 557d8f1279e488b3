/**
 * Parent side of a node: one long-lived child process per node (worker.ts) in which that node's
 * executions run, each in a fresh `vm` context. Lit operations and `fetch` come back here.
 *
 * The process is the second wall around action code (the first is the context itself, sandbox.ts):
 * - it holds no key: PKP keys, the network secret and the signer stay in this (parent) process;
 * - Node's permission model (`--permission`) gives it read access to the emulator's own code and
 *   `node_modules` only — not the state directory, not the rest of the repository — and no write
 *   access, no child processes, no worker threads, no native addons, no WASI, no inspector;
 * - its environment is empty (no RPC keys, no API keys from the operator's environment);
 * - `--max-old-space-size` is the node's memory cap; a heap overflow kills only this process.
 * On timeout the execution is asked to stop; if the process does not answer a ping within
 * `KILL_GRACE_MS` (a busy loop), it is killed and respawned on next use.
 */
import { fork, type ChildProcess } from "node:child_process";
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { MainToWorker, SerializedRequest, SerializedResponse, WorkerStart, WorkerToMain } from "./worker.ts";

/** How long a node process has to stop an execution cooperatively before it is killed, ms. */
export const KILL_GRACE_MS = 100;
/** Bytes of a dying node process's stderr kept for the error message. */
const STDERR_TAIL_BYTES = 4096;

const require = createRequire(import.meta.url);
const WORKER_FILE = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** What a node process may read: this directory (the emulator's code) and the packages it loads. */
export function nodeReadPaths(): string[] {
  const paths = new Set<string>();
  const add = (path: string) => {
    paths.add(path);
    try {
      paths.add(realpathSync(path));
    } catch {
      // a path that does not exist stays as given
    }
  };
  add(dirname(WORKER_FILE));
  // The package.json files Node consults to decide that these .ts files are ES modules.
  add(join(dirname(WORKER_FILE), "..", "..", "package.json"));
  add(join(dirname(WORKER_FILE), "..", "package.json"));
  add(join(dirname(WORKER_FILE), "package.json"));
  add(join(dirname(WORKER_FILE), "..", "..", "node_modules"));
  for (const pkg of ["jsonwebtoken", "ethers"]) {
    const entry = require.resolve(pkg);
    const marker = `${sep}node_modules${sep}`;
    const root = entry.slice(0, entry.lastIndexOf(marker) + marker.length - 1);
    add(root);
  }
  return [...paths];
}

/** The flags of a node process: permission model, the read paths, contained `import()`, the heap cap. */
export function nodeExecArgv(memoryMb: number): string[] {
  return [
    "--permission",
    ...nodeReadPaths().map((path) => `--allow-fs-read=${path}`),
    "--experimental-vm-modules",
    "--disable-warning=ExperimentalWarning",
    `--max-old-space-size=${memoryMb}`,
  ];
}

/** Refuses a state directory a node process could read. */
export function assertOutsideNodeReach(stateDir: string): void {
  let real: string;
  try {
    real = realpathSync(stateDir);
  } catch {
    real = stateDir;
  }
  for (const allowed of nodeReadPaths()) {
    if (real === allowed || real.startsWith(`${allowed}${sep}`) || allowed.startsWith(`${real}${sep}`)) {
      throw new Error(`The Lit state directory ${stateDir} overlaps ${allowed}, which the nodes' processes can read; put it elsewhere`);
    }
  }
}

export type NodeExecHost = {
  call(op: string, args: Record<string, unknown>): Promise<unknown>;
  fetch(request: SerializedRequest, signal: AbortSignal): Promise<SerializedResponse>;
  log(line: string): void;
};

export type NodeExecOutcome = { response: string | undefined };

export class NodeExecFailure extends Error {
  readonly phase: "sync" | "async" | "host" | "memory";
  readonly originalName: string;
  constructor(phase: "sync" | "async" | "host" | "memory", name: string, message: string) {
    super(message);
    this.phase = phase;
    this.originalName = name;
  }
}

type Exec = { host: NodeExecHost; resolve: (outcome: NodeExecOutcome) => void; reject: (error: Error) => void; aborts: Map<number, AbortController> };

export class NodeProcess {
  readonly #memoryMb: number;
  readonly #label: string;
  #child: ChildProcess | undefined;
  #ready: Promise<void> | undefined;
  /** Set while a timed-out execution's process is being probed (and killed if busy). */
  #probe: Promise<void> | undefined;
  #execs = new Map<number, Exec>();
  #nextExecId = 1;

  constructor(params: { memoryMb: number; label: string }) {
    this.#memoryMb = params.memoryMb;
    this.#label = params.label;
  }

  /** The running process's id (for inspection), if any. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Resolves once the node's process has booted (an action's runtime is counted from then on). */
  async ready(): Promise<void> {
    while (this.#probe) await this.#probe;
    this.#ensure();
    return this.#ready!;
  }

  run(start: Omit<WorkerStart, "type" | "execId">, host: NodeExecHost): { done: Promise<NodeExecOutcome>; stop(hard: boolean): void } {
    const child = this.#ensure();
    const execId = this.#nextExecId++;
    const done = new Promise<NodeExecOutcome>((resolve, reject) => {
      this.#execs.set(execId, { host, resolve, reject, aborts: new Map() });
    });
    this.#hold(child);
    this.#send(child, { ...start, type: "start", execId });
    const stop = (hard: boolean) => {
      const exec = this.#execs.get(execId);
      if (!exec) return;
      this.#execs.delete(execId);
      this.#release(child);
      for (const abort of exec.aborts.values()) abort.abort();
      if (this.#child !== child) return;
      this.#send(child, { type: "terminate", execId });
      if (hard) {
        // A busy loop never yields to read the message: kill the process if it does not answer a ping in time.
        const ping = this.#nextExecId++;
        let settle = () => {};
        const probe = new Promise<void>((resolve) => (settle = resolve));
        this.#probe = probe;
        const finish = () => {
          child.off("message", onMessage);
          if (this.#probe === probe) this.#probe = undefined;
          settle();
        };
        const timer = setTimeout(() => {
          this.#kill(child, "The node was restarted after a Lit Action timed out");
          finish();
        }, KILL_GRACE_MS);
        const onMessage = (message: WorkerToMain) => {
          if (message.type === "failed" && message.execId === ping) {
            clearTimeout(timer);
            finish();
          }
        };
        child.on("message", onMessage);
        // A syntactically invalid start answers at once with "failed" when the process is responsive.
        this.#send(child, { type: "start", execId: ping, code: "(", filename: "ping.js", flavor: "naga", mode: "v8", injectedGlobals: {}, mainParams: {}, imports: [], auth: {}, headers: [], syncTimeoutMs: 10, maxResponseBytes: 0, maxLogBytes: 0 });
      }
    };
    return { done, stop };
  }

  async close(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    this.#ready = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.ref(); // keep this process alive until the exit is seen
      child.kill("SIGKILL");
      await exited;
    }
  }

  /** While a node boots or runs an execution, its IPC channel keeps this process's event loop alive. */
  #hold(child: ChildProcess): void {
    child.channel?.ref();
  }

  #release(child: ChildProcess): void {
    if (this.#execs.size === 0 && this.#child === child) child.channel?.unref();
  }

  #send(child: ChildProcess, message: MainToWorker): void {
    if (child.connected) child.send(message);
  }

  #ensure(): ChildProcess {
    if (this.#child) return this.#child;
    const child = fork(WORKER_FILE, [], {
      execArgv: nodeExecArgv(this.#memoryMb),
      env: {},
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    // Referenced (keeps this process alive) only while it boots or runs an execution: see #hold.
    child.unref();
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
    });
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    this.#ready = new Promise<void>((resolve, reject) => {
      child.once("message", () => {
        resolve();
        this.#release(child);
      });
      child.once("error", reject);
      child.once("exit", () => reject(new Error(`The node's process exited during start-up: ${stderr.trim().split("\n").slice(-3).join(" | ")}`)));
    });
    this.#ready.catch(() => {});
    child.on("message", (message: WorkerToMain) => this.#onMessage(child, message));
    child.on("error", (error) => this.#failAll(child, new NodeExecFailure("host", error.name, error.message)));
    child.on("exit", (code, signal) => {
      const memory = /heap out of memory|Reached heap limit/i.test(stderr);
      this.#failAll(
        child,
        memory
          ? new NodeExecFailure("memory", "RangeError", `The Lit Action ran out of memory (limit ${this.#memoryMb} MB) and was terminated.`)
          : new NodeExecFailure("host", "Error", `The node's process exited (${signal ?? `code ${code}`})`),
      );
    });
    this.#child = child;
    return child;
  }

  #kill(child: ChildProcess, reason: string): void {
    this.#failAll(child, new NodeExecFailure("host", "Error", reason));
    child.kill("SIGKILL");
  }

  #failAll(child: ChildProcess, error: Error): void {
    if (this.#child !== child) return;
    this.#child = undefined;
    this.#ready = undefined;
    const execs = [...this.#execs.values()];
    this.#execs.clear();
    for (const exec of execs) {
      for (const abort of exec.aborts.values()) abort.abort();
      exec.reject(error);
    }
  }

  #onMessage(child: ChildProcess, message: WorkerToMain): void {
    const exec = this.#execs.get(message.execId);
    if (!exec) return;
    switch (message.type) {
      case "log":
        try {
          exec.host.log(message.line);
        } catch {
          // The node process enforces the per-execution log cap; the root's total is best effort.
        }
        return;
      case "call":
        exec.host.call(message.op, message.args).then(
          (value) => this.#send(child, { type: "reply", callId: message.callId, ok: true, value: value ?? null }),
          (error: unknown) => this.#send(child, { type: "reply", callId: message.callId, ok: false, name: (error as Error)?.name ?? "Error", message: (error as Error)?.message ?? String(error) }),
        );
        return;
      case "abort":
        exec.aborts.get(message.callId)?.abort(new DOMException("This operation was aborted", "AbortError"));
        return;
      case "fetch": {
        const abort = new AbortController();
        exec.aborts.set(message.callId, abort);
        exec.host
          .fetch(message.request, abort.signal)
          .then((response) => this.#send(child, { type: "fetchReply", callId: message.callId, ok: true, response }))
          .catch((error: unknown) => this.#send(child, { type: "fetchReply", callId: message.callId, ok: false, name: (error as Error)?.name ?? "Error", message: (error as Error)?.message ?? String(error) }))
          .finally(() => exec.aborts.delete(message.callId));
        return;
      }
      case "done":
        this.#execs.delete(message.execId);
        this.#release(child);
        exec.resolve({ response: message.response });
        return;
      case "failed":
        this.#execs.delete(message.execId);
        this.#release(child);
        exec.reject(new NodeExecFailure(message.phase, message.name, message.message));
        return;
    }
  }
}
