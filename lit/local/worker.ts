/**
 * Entry of a node process (see node-process.ts). It runs executions in fresh `vm` contexts
 * (`runSandbox`) and forwards Lit operations and `fetch` to the parent, where the barriers, the PKP
 * registry, the signer and the node's faults live. This process holds no key and cannot read the
 * state directory: it runs under Node's permission model with read access to the emulator's code and
 * its dependencies only, no child processes, no workers, no native addons, and an empty environment.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { SandboxFlavor, SandboxRun, SerializedRequest, SerializedResponse } from "./sandbox.ts";
import { callSyncOp, runSandbox, SandboxError } from "./sandbox.ts";

export type WorkerStart = {
  type: "start";
  execId: number;
  code: string;
  filename: string;
  flavor: SandboxFlavor;
  mode: "v8" | "v7";
  injectedGlobals: Record<string, unknown>;
  mainParams: unknown;
  /** Chipotle: the CDN modules inlined into `code`, as `showImportDetails()` lists them. */
  imports: Array<{ url: string; hash: string }>;
  auth: Record<string, unknown>;
  headers: Array<[string, string]>;
  syncTimeoutMs: number;
  maxResponseBytes: number;
  maxLogBytes: number;
};
export type WorkerToMain =
  | { type: "call"; execId: number; callId: number; op: string; args: Record<string, unknown> }
  | { type: "fetch"; execId: number; callId: number; request: SerializedRequest }
  | { type: "abort"; execId: number; callId: number }
  | { type: "log"; execId: number; line: string }
  | { type: "done"; execId: number; response: string | undefined }
  | { type: "failed"; execId: number; phase: "sync" | "async" | "host"; name: string; message: string }
  | { type: "ready"; execId: 0 };
export type MainToWorker =
  | WorkerStart
  | { type: "reply"; callId: number; ok: true; value: unknown }
  | { type: "reply"; callId: number; ok: false; name: string; message: string }
  | { type: "fetchReply"; callId: number; ok: true; response: SerializedResponse }
  | { type: "fetchReply"; callId: number; ok: false; name: string; message: string }
  | { type: "terminate"; execId: number };
export type { SerializedRequest, SerializedResponse };

type GcFunction = () => void;

if (process.send) {
  const send = (message: WorkerToMain) => process.send!(message);
  /**
   * A Lit node throws each execution's isolate away; here each execution leaves a dead `vm` context
   * (several MB with ethers loaded) that V8 would only collect near the heap cap, so the process
   * collects once it is idle. `--expose-gc` would put `gc` into every context, the actions' too, so
   * the flag is switched on only while one throwaway context is created to take the function.
   */
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc") as GcFunction;
  setFlagsFromString("--no-expose-gc");
  const collectWhenIdle = () =>
    setImmediate(() => {
      if (runs.size === 0) collectGarbage();
    });
  // An action's stray rejection must not take the node down (Deno reports it; see docs/lit-runtime.md).
  process.on("unhandledRejection", () => {});
  process.on("disconnect", () => process.exit(0));
  let nextCallId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const runs = new Map<number, SandboxRun>();
  const rpc = (message: { type: "call" | "fetch"; execId: number } & Record<string, unknown>, signal?: AbortSignal): Promise<unknown> => {
    const callId = nextCallId++;
    return new Promise((resolve, reject) => {
      pending.set(callId, { resolve, reject });
      process.send!({ ...message, callId });
      signal?.addEventListener(
        "abort",
        () => {
          if (!pending.has(callId)) return;
          pending.delete(callId);
          send({ type: "abort", execId: message.execId, callId });
          reject(signal.reason instanceof Error ? signal.reason : new Error("The fetch was aborted"));
        },
        { once: true },
      );
    });
  };
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  process.on("message", (message: MainToWorker) => {
    if (message.type === "reply" || message.type === "fetchReply") {
      const waiter = pending.get(message.callId);
      pending.delete(message.callId);
      if (!waiter) return;
      if (message.ok) waiter.resolve(message.type === "reply" ? message.value : message.response);
      else waiter.reject(named(message.name, message.message));
    } else if (message.type === "terminate") {
      runs.get(message.execId)?.terminate();
      runs.delete(message.execId);
    } else if (message.type === "start") {
      start(message);
    }
  });
  send({ type: "ready", execId: 0 });

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
        mode: message.mode,
        injectedGlobals: message.injectedGlobals,
        mainParams: message.mainParams,
        imports: message.imports,
        auth: message.auth,
        headers: message.headers,
        syncTimeoutMs: message.syncTimeoutMs,
        host: {
          callSync: (op, args) => callSyncOp(op, args, { maxResponseBytes: message.maxResponseBytes, setResponse: (text) => (response = text) }),
          log: (line) => {
            logBytes += Buffer.byteLength(line) + 1;
            if (logBytes > message.maxLogBytes) {
              throw new Error(`Console.log is printing something that is too long. Max length for all logs in a single request is ${message.maxLogBytes} bytes`);
            }
            send({ type: "log", execId, line });
          },
          call: (op, args) => rpc({ type: "call", execId, op, args }),
          fetch: async (request, signal) => (await rpc({ type: "fetch", execId, request }, signal)) as SerializedResponse,
        },
      });
    } catch (error) {
      send({ type: "failed", execId, phase: "host", name: (error as Error).name ?? "Error", message: (error as Error).message ?? String(error) });
      return;
    }
    runs.set(execId, run);
    run.done.then(
      () => {
        runs.delete(execId);
        send({ type: "done", execId, response });
        collectWhenIdle();
      },
      (error: unknown) => {
        runs.delete(execId);
        if (error instanceof SandboxError) send({ type: "failed", execId, phase: error.phase, name: error.originalName ?? "", message: error.message });
        else send({ type: "failed", execId, phase: "sync", name: (error as Error).name ?? "Error", message: (error as Error).message ?? String(error) });
        collectWhenIdle();
      },
    );
  }
}
