/**
 * One node's execution of one action: a fresh `node:vm` context with code generation from strings
 * disabled (the nodes run V8 with `--disallow-code-generation-from-strings`: no `eval`, no
 * `new Function`), the Lit globals built by `BOOTSTRAP_SOURCE`, and a host bridge whose operations
 * the caller implements (`SandboxHost`).
 *
 * Completion follows Deno's: the action is done when its script's completion value (the IIFE's
 * promise, or `main(params)` in Chipotle mode) has settled *and* no host operation or timer is still
 * pending, so a node waiting at a barrier keeps running until the caller's timeout terminates it.
 *
 * Limits of an in-process `vm` context (documented in docs/lit-runtime.md): synchronous top-level
 * code is interrupted at the timeout by V8, but a busy loop that starts after an `await` cannot be
 * interrupted; there is no per-context heap cap; Web-platform objects (`Response`, `URL`, `crypto`)
 * come from the host realm. The emulator is a faithful runtime for trusted code, not a security sandbox.
 */
import jsonwebtoken from "jsonwebtoken";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { formatWithOptions } from "node:util";
import vm from "node:vm";
import { BOOTSTRAP_SOURCE } from "./bootstrap.js.ts";

const require = createRequire(import.meta.url);

export type SandboxFlavor = "naga" | "chipotle";

/** Operations the host implements. Throwing (or rejecting) surfaces as an `Error` inside the action. */
export type SandboxHost = {
  callSync(op: string, args: Record<string, unknown>): unknown;
  call(op: string, args: Record<string, unknown>): Promise<unknown>;
  /** `signal` aborts when the execution is terminated. */
  fetch(input: unknown, init: unknown, signal: AbortSignal): Promise<Response>;
  /** Appends a formatted console line; throws when the log limit is exceeded. */
  log(line: string): void;
};

export type SandboxParams = {
  code: string;
  flavor: SandboxFlavor;
  /** Object assigned onto the global scope (Naga: `{ jsParams }` in v8 mode, the params themselves in v7). */
  injectedGlobals: Record<string, unknown>;
  /** Chipotle: the argument of `main(params)`. */
  mainParams?: unknown;
  auth: Record<string, unknown>;
  headers: Array<[string, string]>;
  host: SandboxHost;
  /** V8 interrupt for synchronous code, ms. */
  syncTimeoutMs: number;
  filename?: string;
};

export type SandboxRun = {
  /** Resolves when the action is done; `mainResult` is Chipotle's `main` return value. Rejects with the action's error. */
  done: Promise<{ mainResult: unknown }>;
  /** Stops the execution: pending operations never settle, timers are cleared, fetches aborted. */
  terminate(): void;
  readonly signal: AbortSignal;
};

let ethersScript: vm.Script | undefined;
function getEthersScript(): vm.Script {
  ethersScript ??= new vm.Script(readFileSync(require.resolve("ethers/dist/ethers.umd.min.js"), "utf8"), { filename: "ethers-5.7.2.umd.min.js" });
  return ethersScript;
}
let bootstrapScript: vm.Script | undefined;
function getBootstrapScript(): vm.Script {
  bootstrapScript ??= new vm.Script(BOOTSTRAP_SOURCE, { filename: "lit-bootstrap.js" });
  return bootstrapScript;
}

/** Compiles once so a syntax error is reported before any node runs. */
export function compileAction(code: string, filename = "lit-action.js"): vm.Script {
  return new vm.Script(code, { filename });
}

export function runSandbox(params: SandboxParams, script: vm.Script = compileAction(params.code, params.filename)): SandboxRun {
  const abort = new AbortController();
  let terminated = false;
  let pending = 0;
  const timers = new Map<number, NodeJS.Timeout>();
  let nextTimerId = 1;
  let idleWaiter: (() => void) | undefined;
  let asyncError: { error: unknown } | undefined;
  const isIdle = () => !terminated && pending === 0 && timers.size === 0 && idleWaiter !== undefined;
  /**
   * Called when an operation settles or a timer fires. The settlement has only just queued the
   * action's continuation as a microtask, which may start the next operation; so the verdict waits
   * for a macrotask (all microtasks drained) and the loop must still be idle then.
   */
  const checkIdle = () => {
    if (!isIdle()) return;
    setImmediate(() => {
      if (!isIdle()) return;
      const waiter = idleWaiter!;
      idleWaiter = undefined;
      waiter();
    });
  };
  /** Wraps a host promise: counts it as pending work and never settles after termination. */
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending++;
    return new Promise<T>((resolve, reject) => {
      promise.then(
        (value) => {
          pending--;
          if (!terminated) resolve(value);
          checkIdle();
        },
        (error: unknown) => {
          pending--;
          if (!terminated) reject(error);
          checkIdle();
        },
      );
    });
  };
  const encode = (fn: () => unknown): string => {
    try {
      return JSON.stringify({ value: fn() ?? null });
    } catch (error) {
      return JSON.stringify(errorPayload(error));
    }
  };

  const context = vm.createContext(Object.create(null), {
    name: "lit-action",
    codeGeneration: { strings: false, wasm: true },
  });
  const host = {
    flavor: params.flavor,
    injectedJson: JSON.stringify(params.injectedGlobals),
    paramsJson: params.flavor === "chipotle" ? JSON.stringify(params.mainParams === undefined ? null : params.mainParams) : "{}",
    authJson: JSON.stringify(params.auth),
    headersJson: JSON.stringify(params.headers),
    call: (op: string, argsJson: string): Promise<string> => {
      if (terminated) return new Promise<string>(() => {});
      const run = (async () => params.host.call(op, JSON.parse(argsJson) as Record<string, unknown>))();
      return track(run.then((value) => JSON.stringify({ value: value ?? null }), (error: unknown) => JSON.stringify(errorPayload(error))));
    },
    callSync: (op: string, argsJson: string): string => encode(() => params.host.callSync(op, JSON.parse(argsJson) as Record<string, unknown>)),
    fetch: (input: unknown, init: unknown): Promise<Response> => {
      if (terminated) return new Promise<Response>(() => {});
      return track(params.host.fetch(input, init, abort.signal));
    },
    log: (args: unknown[]): string => {
      try {
        params.host.log(formatWithOptions({ colors: false, depth: 4 }, ...args));
        return "";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    setTimer: (fn: () => void, delayMs: number, repeat: boolean): number => {
      if (terminated) return 0;
      const id = nextTimerId++;
      const fire = () => {
        if (terminated) return;
        if (!repeat) timers.delete(id);
        try {
          fn();
        } catch (error) {
          asyncError ??= { error };
          if (idleWaiter) idleWaiter();
        }
        checkIdle();
      };
      timers.set(id, repeat ? setInterval(fire, delayMs) : setTimeout(fire, delayMs));
      return id;
    },
    clearTimer: (id: number) => {
      const timer = timers.get(id);
      if (timer) {
        clearTimeout(timer);
        timers.delete(id);
        checkIdle();
      }
    },
    loadEthers: () => getEthersScript().runInContext(context),
    textEncode: (text: string) => Array.from(new TextEncoder().encode(text)),
    textDecode: (bytes: number[]) => new TextDecoder().decode(Uint8Array.from(bytes)),
    base64Encode: (bytes: number[]) => Buffer.from(bytes).toString("base64"),
    base64Decode: (text: string) => Array.from(Buffer.from(text, "base64")),
    atob: (text: string) => atob(text),
    btoa: (text: string) => btoa(text),
    crypto: globalThis.crypto,
    URL,
    URLSearchParams,
    Headers,
    Request,
    Response,
    AbortController,
    AbortSignal,
    structuredClone,
    queueMicrotask,
    performance: Object.freeze({ now: () => performance.now(), timeOrigin: performance.timeOrigin }),
  };

  const terminate = () => {
    if (terminated) return;
    terminated = true;
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    abort.abort(new Error("The Lit Action was terminated"));
  };

  const done = (async () => {
    const bootstrap = getBootstrapScript().runInContext(context) as (host: unknown) => unknown;
    const mainParams = bootstrap(host);
    let completion: unknown;
    try {
      completion = script.runInContext(context, { timeout: params.syncTimeoutMs, breakOnSigint: false });
    } catch (error) {
      throw new SandboxError("sync", error);
    }
    if (params.flavor === "chipotle") completion = runChipotleMain(context, mainParams);
    let mainResult: unknown;
    try {
      mainResult = await completion;
    } catch (error) {
      throw new SandboxError("async", error);
    }
    // Deno-style: finish only once no operation or timer of this action is still pending.
    if (pending > 0 || timers.size > 0) {
      await new Promise<void>((resolve) => {
        idleWaiter = resolve;
        checkIdle();
      });
    }
    if (asyncError) throw new SandboxError("async", asyncError.error);
    return { mainResult: params.flavor === "chipotle" ? mainResult : undefined };
  })();
  return { done, terminate, signal: abort.signal };
}

/**
 * Chipotle's runtime wrapper (lit-actions `to_executable_code`): right after the script's synchronous
 * part, `await main(params)` (a `ReferenceError` when the code defines no `main`); a value other than
 * `undefined` becomes the response through `setResponse` (strings as they are, anything else as JSON).
 * The wrapper is a chipotle-only hook: the Naga flavour never reaches it.
 */
function runChipotleMain(context: vm.Context, mainParams: unknown): Promise<unknown> {
  const wrapper = vm.runInContext(
    "(async (params) => { const data = await main(params); if (typeof data !== 'undefined') LitActions.setResponse({ response: data }); })",
    context,
  ) as (p: unknown) => Promise<unknown>;
  return wrapper(mainParams);
}

/** How an action failed: a synchronous throw ("Uncaught …") or a rejection ("Uncaught (in promise) …"). */
export class SandboxError extends Error {
  override name = "SandboxError";
  readonly phase: "sync" | "async";
  readonly original: unknown;
  constructor(phase: "sync" | "async", original: unknown) {
    super(original && typeof original === "object" && typeof (original as { message?: unknown }).message === "string" ? (original as { message: string }).message : String(original));
    this.phase = phase;
    this.original = original;
  }
}

function errorPayload(error: unknown): { error: string; name?: string } {
  if (error instanceof Error) return { error: error.message, name: error.name === "Error" ? undefined : error.name } as { error: string; name?: string };
  return { error: String(error) };
}

/**
 * The synchronous Lit operations (`setResponse`, `jwt.*`): one implementation for both isolations,
 * a node's worker thread and this thread. `setResponse` hands the checked text to `sink`.
 */
export function callSyncOp(op: string, args: Record<string, unknown>, sink: { maxResponseBytes: number; setResponse(text: string): void }): unknown {
  switch (op) {
    case "setResponse": {
      const text = String(args.response);
      if (Buffer.byteLength(text) > sink.maxResponseBytes) throw new Error(`Response is too long. Max length is ${sink.maxResponseBytes} bytes`);
      sink.setResponse(text);
      return null;
    }
    case "jwt.sign":
      return jsonwebtoken.sign(args.payload as object, args.secret as string, (args.options ?? {}) as jsonwebtoken.SignOptions);
    case "jwt.verify":
      return jsonwebtoken.verify(args.token as string, args.secret as string, (args.options ?? {}) as jsonwebtoken.VerifyOptions);
    case "jwt.decode":
      return jsonwebtoken.decode(args.token as string, (args.options ?? {}) as jsonwebtoken.DecodeOptions);
    default:
      throw new Error(`Unknown operation ${op}`);
  }
}
