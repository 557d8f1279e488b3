/**
 * Entry of a node's worker thread (`isolation: "worker"`). The worker runs executions in fresh `vm`
 * contexts exactly as the in-process mode does (`runSandbox`), under the worker's own V8 heap limit,
 * and forwards Lit operations and `fetch` to the main thread, where the barriers, the signer and the
 * node's faults live. The main thread terminates the whole worker at the timeout, so even a busy
 * loop after an `await` is stopped.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { callSyncOp, runSandbox, SandboxError, type SandboxFlavor, type SandboxRun } from "./sandbox.ts";

export type WorkerStart = {
  type: "start";
  execId: number;
  code: string;
  filename: string;
  flavor: SandboxFlavor;
  injectedGlobals: Record<string, unknown>;
  mainParams: unknown;
  auth: Record<string, unknown>;
  headers: Array<[string, string]>;
  syncTimeoutMs: number;
  maxResponseBytes: number;
  maxLogBytes: number;
};
export type WorkerToMain =
  | { type: "call"; execId: number; callId: number; op: string; args: Record<string, unknown> }
  | { type: "fetch"; execId: number; callId: number; request: SerializedRequest }
  | { type: "log"; execId: number; line: string }
  | { type: "done"; execId: number; response: string | undefined; mainResultJson: string | undefined }
  | { type: "failed"; execId: number; phase: "sync" | "async" | "host"; name: string; message: string }
  | { type: "ready"; execId: 0 };
export type MainToWorker =
  | WorkerStart
  | { type: "reply"; callId: number; ok: true; value: unknown }
  | { type: "reply"; callId: number; ok: false; name: string; message: string }
  | { type: "fetchReply"; callId: number; ok: true; status: number; statusText: string; headers: Array<[string, string]>; body: ArrayBuffer }
  | { type: "fetchReply"; callId: number; ok: false; name: string; message: string }
  | { type: "terminate"; execId: number };
export type SerializedRequest = { url: string; method: string; headers: Array<[string, string]>; body: ArrayBuffer | undefined };

/**
 * A full garbage collection of this worker's heap. A Lit node throws each execution's isolate away;
 * here each execution leaves a dead `vm` context (several MB with a bundled action) that V8 would only
 * collect when the heap nears its cap, so a long-running keeper's RSS would climb to the cap of every
 * node. The flag is switched on just long enough to take the function, so action contexts never see a
 * `gc` global.
 */
function takeGc(lock: Int32Array): () => void {
  /** How long to sleep between attempts to take the lock, ms. */
  const LOCK_RETRY_MS = 1;
  while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1, LOCK_RETRY_MS);
  setFlagsFromString("--expose-gc");
  try {
    return runInNewContext("gc") as () => void;
  } finally {
    setFlagsFromString("--no-expose-gc");
    Atomics.store(lock, 0, 0);
    Atomics.notify(lock, 0);
  }
}

const port = parentPort;
if (port) {
  const collectGarbage = takeGc((workerData as { gcFlagLock: Int32Array }).gcFlagLock);
  /** Collects once the worker has no execution left: off the critical path of the reply. */
  const collectWhenIdle = () =>
    setImmediate(() => {
      if (runs.size === 0) collectGarbage();
    });
  let nextCallId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const runs = new Map<number, SandboxRun>();
  const send = (message: WorkerToMain) => port.postMessage(message);
  const rpc = (message: { type: "call" | "fetch" } & Record<string, unknown>): Promise<unknown> => {
    const callId = nextCallId++;
    return new Promise((resolve, reject) => {
      pending.set(callId, { resolve, reject });
      port.postMessage({ ...message, callId });
    });
  };
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  port.postMessage({ type: "ready", execId: 0 } satisfies WorkerToMain);
  port.on("message", (message: MainToWorker) => {
    if (message.type === "reply") {
      const waiter = pending.get(message.callId);
      pending.delete(message.callId);
      if (!waiter) return;
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(named(message.name, message.message));
    } else if (message.type === "fetchReply") {
      const waiter = pending.get(message.callId);
      pending.delete(message.callId);
      if (!waiter) return;
      if (message.ok) waiter.resolve(new Response(message.body, { status: message.status, statusText: message.statusText, headers: message.headers }));
      else waiter.reject(named(message.name, message.message));
    } else if (message.type === "terminate") {
      runs.get(message.execId)?.terminate();
      runs.delete(message.execId);
    } else if (message.type === "start") {
      start(message);
    }
  });

  function start(message: WorkerStart): void {
    const { execId } = message;
    let response: string | undefined;
    let logBytes = 0;
    let run: SandboxRun;
    try {
      run = runSandbox({
        code: message.code,
        filename: message.filename,
        flavor: message.flavor,
        injectedGlobals: message.injectedGlobals,
        mainParams: message.mainParams,
        auth: message.auth,
        headers: message.headers,
        syncTimeoutMs: message.syncTimeoutMs,
        host: {
          callSync: (op, args) =>
            callSyncOp(op, args, { maxResponseBytes: message.maxResponseBytes, setResponse: (text) => (response = text) }),
          log: (line) => {
            logBytes += Buffer.byteLength(line) + 1;
            if (logBytes > message.maxLogBytes) {
              throw new Error(`Console.log is printing something that is too long. Max length for all logs in a single request is ${message.maxLogBytes} bytes`);
            }
            send({ type: "log", execId, line });
          },
          call: (op, args) => rpc({ type: "call", execId, op, args }),
          fetch: async (input, init, signal) => {
            const request = new Request(input as string | URL | Request, { ...(init as RequestInit), signal });
            const body = request.body ? await request.arrayBuffer() : undefined;
            const serialized: SerializedRequest = { url: request.url, method: request.method, headers: [...request.headers.entries()], body };
            return (await rpc({ type: "fetch", execId, request: serialized })) as Response;
          },
        },
      });
    } catch (error) {
      send({ type: "failed", execId, phase: "sync", name: (error as Error).name ?? "Error", message: (error as Error).message ?? String(error) });
      return;
    }
    runs.set(execId, run);
    run.done.then(
      ({ mainResult }) => {
        runs.delete(execId);
        let mainResultJson: string | undefined;
        try {
          mainResultJson = mainResult === undefined ? undefined : JSON.stringify(mainResult);
        } catch (error) {
          send({ type: "failed", execId, phase: "async", name: "TypeError", message: `main() returned a value that cannot be serialised: ${(error as Error).message}` });
          return;
        }
        send({ type: "done", execId, response, mainResultJson });
        collectWhenIdle();
      },
      (error: unknown) => {
        runs.delete(execId);
        if (error instanceof SandboxError) {
          const original = error.original as { name?: unknown; message?: unknown } | undefined;
          send({
            type: "failed",
            execId,
            phase: error.phase,
            name: typeof original?.name === "string" ? original.name : "Error",
            message: typeof original?.message === "string" ? original.message : String(error.original),
          });
        } else send({ type: "failed", execId, phase: "host", name: (error as Error).name ?? "Error", message: (error as Error).message ?? String(error) });
        collectWhenIdle();
      },
    );
  }
}
