/**
 * One execution of one action: a fresh `node:vm` context with code generation from strings disabled
 * (as Lit's nodes run V8: no `eval`, no `new Function`), the Web platform and Lit globals built inside
 * the context by `BOOTSTRAP_SOURCE`, and a host bridge whose Lit operations the caller implements
 * (`SandboxHost`).
 *
 * The boundary: no object of this (host) realm is ever reachable from the context. The context is
 * created empty; the bootstrap receives four bridge functions and keeps them in its closure; they take
 * and return only strings, numbers and context callbacks; they never throw (errors come back as JSON);
 * the host never calls a method of a context object, never awaits a context promise and never passes
 * a host object into context code. Dynamic `import()` rejects with an error of the context's realm,
 * which needs `--experimental-vm-modules` (set on every node process, see node-process.ts); without
 * that flag Node rejects `import()` with an error of the host realm, so `runSandbox` refuses to run.
 * This is the first wall; the node process (no keys, no state directory, no child processes, no
 * workers) is the second.
 *
 * Completion follows Deno's: the action is done when its script's completion value (the IIFE's
 * promise, or `main(params)` in Chipotle mode) has settled *and* no host operation or timer is still
 * pending, so a node waiting at a barrier keeps running until the caller's timeout terminates it.
 */
import jsonwebtoken from "jsonwebtoken";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import { BOOTSTRAP_SOURCE } from "./bootstrap.js.ts";
import { SubtleKeys, subtleOp } from "./subtle.ts";

const require = createRequire(import.meta.url);

export type SandboxFlavor = "naga" | "chipotle";

/** A request as it crosses the bridge (and the process boundary). */
export type SerializedRequest = { url: string; method: string; headers: Array<[string, string]>; body: string | null; redirect: string };
/** A response as it crosses the bridge: body base64, null for none. */
export type SerializedResponse = { status: number; statusText: string; headers: Array<[string, string]>; body: string | null; url: string; redirected: boolean };

/** Operations the host implements. Throwing (or rejecting) surfaces as an `Error` inside the action. */
export type SandboxHost = {
  callSync(op: string, args: Record<string, unknown>): unknown;
  call(op: string, args: Record<string, unknown>): Promise<unknown>;
  /** `signal` aborts when the action aborts the fetch or the execution is terminated. */
  fetch(request: SerializedRequest, signal: AbortSignal): Promise<SerializedResponse>;
  /** Appends a console line; throws when the log limit is exceeded. */
  log(line: string): void;
};

export type SandboxParams = {
  code: string;
  flavor: SandboxFlavor;
  /** Naga (v8) or Datil (v7) runtime surface. */
  mode?: "v8" | "v7";
  /** Object assigned onto the global scope (Naga: `{ jsParams }` in v8 mode, the params themselves in v7). */
  injectedGlobals: Record<string, unknown>;
  /** Chipotle: the argument of `main(params)`. */
  mainParams?: unknown;
  /** Chipotle: the CDN modules bundled into `code` (`showImportDetails()`). */
  imports?: Array<{ url: string; hash: string }>;
  auth: Record<string, unknown>;
  headers: Array<[string, string]>;
  host: SandboxHost;
  /** V8 interrupt for synchronous code, ms. */
  syncTimeoutMs: number;
  filename?: string;
};

export type SandboxRun = {
  /** Resolves when the action is done (the response went through `setResponse`). Rejects with a `SandboxError`. */
  done: Promise<void>;
  /** Stops the execution: pending operations never settle, timers are cleared, fetches aborted. */
  terminate(): void;
};

/** The file name Lit gives the action in stack frames (`at <user_provided_script>:L:C`). */
export const ACTION_FILENAME = "<user_provided_script>";

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

/** True when this process rejects `import()` in a context with an error of that context. */
export function dynamicImportIsContained(): boolean {
  return process.execArgv.includes("--experimental-vm-modules");
}

/** How an action failed: a synchronous throw ("Uncaught …") or a rejection ("Uncaught (in promise) …"). */
export class SandboxError extends Error {
  override name = "SandboxError";
  readonly phase: "sync" | "async";
  readonly originalName: string | null;
  readonly stackText: string | undefined;
  constructor(phase: "sync" | "async", described: { name: string | null; message: string; stack?: string | undefined }) {
    super(described.message);
    this.phase = phase;
    this.originalName = described.name;
    this.stackText = described.stack;
  }
}

type Bootstrap = { complete(value: unknown): void; describe(error: unknown): string };

export function runSandbox(params: SandboxParams): SandboxRun {
  if (!dynamicImportIsContained()) {
    throw new Error("The Lit sandbox needs --experimental-vm-modules (run it in a node process, see lit/local/node-process.ts)");
  }
  let terminated = false;
  let pending = 0;
  const timers = new Map<number, NodeJS.Timeout>();
  const fetches = new Map<number, AbortController>();
  const termination = new AbortController();
  let nextTimerId = 1;
  let finished: { kind: string; json: string } | undefined;
  let timerError: string | undefined;
  let settle: ((outcome: { kind: string; json: string }) => void) | undefined;
  const outcome = new Promise<{ kind: string; json: string }>((resolve) => (settle = resolve));

  const isIdle = () => !terminated && pending === 0 && timers.size === 0 && finished !== undefined;
  /**
   * Called when an operation settles or a timer fires. The settlement has only just queued the
   * action's continuation as a microtask, which may start the next operation; so the verdict waits
   * for a macrotask (all microtasks drained) and the loop must still be idle then.
   */
  const checkIdle = () => {
    if (timerError !== undefined && !terminated) {
      settle?.({ kind: "async", json: timerError });
      return;
    }
    if (!isIdle()) return;
    setImmediate(() => {
      if (isIdle()) settle?.(finished!);
    });
  };
  const ok = (value: unknown) => JSON.stringify({ value: value ?? null });
  const fail = (error: unknown) => {
    const name = error instanceof Error && error.name !== "Error" ? error.name : undefined;
    return JSON.stringify({ error: error instanceof Error ? error.message : String(error), name });
  };

  const context = vm.createContext(Object.create(null), {
    name: "lit-action",
    codeGeneration: { strings: false, wasm: true },
    microtaskMode: undefined,
  });
  /** A new error of the context's realm: what `import()` rejects with. */
  const importRefusal = (): unknown => vm.runInContext('new TypeError("Dynamic import() is not supported by the local Lit runtime")', context);

  const syncOp = (op: string, args: Record<string, unknown>): unknown => {
    switch (op) {
      case "url.parse": {
        const url = args.base === null ? new URL(String(args.url)) : new URL(String(args.url), String(args.base));
        return urlParts(url);
      }
      case "url.set": {
        const url = new URL(String(args.href));
        const field = String(args.field);
        if (!URL_SETTABLE.has(field)) throw new TypeError(`URL.${field} cannot be set`);
        (url as unknown as Record<string, string>)[field] = String(args.value);
        return urlParts(url);
      }
      case "random": {
        const n = Number(args.bytes);
        if (!Number.isInteger(n) || n < 0 || n > 65_536) throw new RangeError("bad random length");
        return randomBytes(n).toString("base64");
      }
      case "now":
        return performance.now();
      case "loadEthers":
        getEthersScript().runInContext(context);
        return null;
      case "log":
        params.host.log(String(args.line));
        return null;
      case "fetch.abort":
        fetches.get(Number(args.id))?.abort(new DOMException("This operation was aborted", "AbortError"));
        return null;
      default:
        return params.host.callSync(op, args);
    }
  };
  const subtleKeys = new SubtleKeys();
  const asyncOp = async (op: string, args: Record<string, unknown>): Promise<unknown> => {
    switch (op) {
      case "subtle":
        return subtleOp(subtleKeys, args);
      case "digest":
        return createHash(String(args.hash)).update(Buffer.from(String(args.data), "base64")).digest("base64");
      case "fetch": {
        const id = Number(args.id);
        const abort = new AbortController();
        fetches.set(id, abort);
        try {
          const request: SerializedRequest = {
            url: String(args.url),
            method: String(args.method),
            headers: (args.headers as Array<[string, string]>).map(([k, v]) => [String(k), String(v)]),
            body: args.body === null ? null : String(args.body),
            redirect: String(args.redirect),
          };
          return await params.host.fetch(request, AbortSignal.any([abort.signal, termination.signal]));
        } finally {
          fetches.delete(id);
        }
      }
      default:
        return params.host.call(op, args);
    }
  };

  // The bridge: host functions, held only in the bootstrap's closure. None of them throws.
  const bridge = Object.freeze({
    sync: (op: string, argsJson: string): string => {
      try {
        return ok(syncOp(String(op), JSON.parse(String(argsJson)) as Record<string, unknown>));
      } catch (error) {
        return fail(error);
      }
    },
    async: (op: string, argsJson: string, done: (json: string) => void): void => {
      if (terminated) return;
      pending++;
      let run: Promise<unknown>;
      try {
        run = asyncOp(String(op), JSON.parse(String(argsJson)) as Record<string, unknown>);
      } catch (error) {
        run = Promise.reject(error);
      }
      run.then(ok, fail).then((json) => {
        pending--;
        if (!terminated) {
          try {
            done(json);
          } catch {
            // The callback is the bootstrap's own; it does not throw.
          }
        }
        checkIdle();
      });
    },
    timer: (fn: () => void, delayMs: number, repeat: boolean): number => {
      if (terminated) return 0;
      const id = nextTimerId++;
      const fire = () => {
        if (terminated) return;
        if (!repeat) timers.delete(id);
        try {
          fn();
        } catch (error) {
          timerError ??= bootstrap.describe(error);
        }
        checkIdle();
      };
      const delay = Math.max(0, Math.min(Number(delayMs) || 0, 2 ** 31 - 1));
      timers.set(id, repeat ? setInterval(fire, delay) : setTimeout(fire, delay));
      return id;
    },
    clearTimer: (id: number): void => {
      const handle = timers.get(Number(id));
      if (handle) {
        clearTimeout(handle);
        timers.delete(Number(id));
        checkIdle();
      }
    },
    finish: (kind: string, json: string): void => {
      if (finished) return;
      finished = { kind: String(kind), json: String(json) };
      if (finished.kind !== "ok") settle?.(finished);
      else checkIdle();
    },
  });

  const config = {
    flavor: params.flavor,
    mode: params.mode ?? "v8",
    injectedGlobals: params.injectedGlobals,
    mainParams: params.mainParams ?? null,
    imports: (params.imports ?? []).map(({ url, hash }) => ({ url: String(url), hash: String(hash) })),
    auth: params.auth,
    headers: params.headers.map(([k, v]) => [String(k).toLowerCase(), String(v)]),
    timeOrigin: performance.timeOrigin,
  };
  const bootstrap = (getBootstrapScript().runInContext(context) as (bridge: unknown, config: string) => Bootstrap)(bridge, JSON.stringify(config));

  const terminate = () => {
    if (terminated) return;
    terminated = true;
    for (const handle of timers.values()) clearTimeout(handle);
    timers.clear();
    termination.abort(new Error("The Lit Action was terminated"));
  };

  const done = (async () => {
    let completion: unknown;
    try {
      const script = new vm.Script(params.code, {
        filename: params.filename ?? ACTION_FILENAME,
        importModuleDynamically: () => {
          throw importRefusal();
        },
      });
      completion = script.runInContext(context, { timeout: params.syncTimeoutMs, breakOnSigint: false });
    } catch (error) {
      if (error instanceof Error && (error as Error & { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
      throw new SandboxError("sync", parseDescribed(bootstrap.describe(error)));
    }
    bootstrap.complete(completion);
    const result = await outcome;
    if (result.kind === "ok") return;
    throw new SandboxError("async", parseDescribed(result.json));
  })();
  return { done, terminate };
}

const URL_SETTABLE = new Set(["href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"]);

function urlParts(url: URL) {
  const { href, origin, protocol, username, password, host, hostname, port, pathname, search, hash } = url;
  return { href, origin, protocol, username, password, host, hostname, port, pathname, search, hash };
}

function parseDescribed(json: string): { name: string | null; message: string; stack?: string } {
  try {
    const parsed = JSON.parse(json) as { name?: unknown; message?: unknown; stack?: unknown };
    return {
      name: typeof parsed.name === "string" ? parsed.name : null,
      message: typeof parsed.message === "string" ? parsed.message : String(parsed.message),
      ...(typeof parsed.stack === "string" ? { stack: parsed.stack } : {}),
    };
  } catch {
    return { name: null, message: String(json) };
  }
}

/**
 * The synchronous Lit operations (`setResponse`, `jwt.*`), run where the sandbox runs (the node
 * process). `setResponse` hands the checked text to `sink`.
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
