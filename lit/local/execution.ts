/**
 * One execution of an action on one node: it runs in the node's process (node-process.ts), under the
 * request's timeout and abort signal, with the per-execution limits (fetches, sign and broadcast
 * operations, contract calls, logs) counted across the action and its children (`Lit.Actions.call`).
 * Lit operations coming back from the process are dispatched by ops.ts; `fetch` goes through the
 * node's faults (a stub `fetch`, `wrongValue`).
 */
import type { SandboxFlavor, SerializedRequest, SerializedResponse } from "./sandbox.ts";
import { ACTION_FILENAME } from "./sandbox.ts";
import type { BarrierHub } from "./barriers.ts";
import { BarrierKeys, leaderOf } from "./barriers.ts";
import type { SignShare } from "./client.ts";
import type { LocalSigner } from "./signer.ts";
import { NodeExecFailure, type NodeProcess } from "./node-process.ts";
import type { ImportDetail } from "./mirror.ts";
import { dispatchOp } from "./ops.ts";
import { DynamicPayment, type LitActionPriceComponent, type LitPricing } from "./payment.ts";

/** Per-execution limits (lit-peer `action_client.rs` defaults; Chipotle `limits.mdx`). */
export type LitLimits = {
  maxCodeBytes: number;
  maxResponseBytes: number;
  maxLogBytes: number;
  maxFetches: number;
  maxSignOps: number;
  maxBroadcastOps: number;
  maxContractCalls: number;
  maxCallDepth: number;
};

export type NodeFault =
  /**
   * The node is down: it does not answer the client's handshake, so the client leaves it out of the
   * request's node set (v8 picks `threshold` nodes among those that answered). Fewer reachable nodes
   * than the threshold fails the request before any execution.
   */
  | { kind: "offline" }
  /**
   * The node answered the handshake, then never answers the request: it stays in the node set, so the
   * others wait for it at every barrier and time out, and the client lacks its response.
   */
  | { kind: "crash" }
  /** The node starts executing `delayMs` late. */
  | { kind: "slow"; delayMs: number }
  /** The node reports a different value: `transform` rewrites its broadcast values and fetched bodies (default: numbers doubled, text suffixed). */
  | { kind: "wrongValue"; transform?: (value: string, where: { op: "broadcast" | "fetch"; name: string }) => string }
  /** The node's `fetch` implementation (e.g. a stub exchange). */
  | { kind: "fetch"; fetch: typeof fetch };

/** What an execution needs from its network. */
export type ExecutionEnv = {
  readonly mode: "v8" | "v7";
  readonly limits: LitLimits;
  readonly signer: LocalSigner;
  /** `getRpcUrl` answers and the RPCs behind `getLatestNonce`, `callContract` and EVM conditions. */
  readonly rpcUrls: Readonly<Record<string, string>>;
  readonly baseFetch: typeof fetch;
  /** Naga's dynamic payment; `undefined` is payment disabled (every `paymentDetail` empty). */
  readonly pricing: LitPricing | undefined;
  /** The local "IPFS". */
  pinned(cid: string): string | undefined;
  /** The node's process; -1 is the Chipotle process. */
  processFor(node: number): NodeProcess;
  faultsOf(node: number): readonly NodeFault[];
};

/** Chipotle's gateway hook: may the calling API key use this wallet (lowercase 0x address) in this action (CID)? */
export type ChipotleWalletGate = (walletAddress: string, cid: string) => boolean;

/** One request as every node of its set sees it. */
export type RequestRun = {
  requestId: string;
  code: string;
  cid: string;
  jsParams: Record<string, unknown>;
  participants: number[];
  barriers: BarrierHub;
  authSigAddress: string | null;
  flavor: SandboxFlavor;
  headers: Array<[string, string]>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** Chipotle only: the REST face's group check for wallet operations. */
  walletGate: ChipotleWalletGate | undefined;
};

/** The execution ran past its timeout (retryable on the client side, as on Lit). */
export class TimeoutSignal extends Error {}

/** One node's answer to `claimKey` (lit-node `JsonPKPClaimKeyResponse`): its wallet's signature over the derived key id. */
export type NodeClaim = { signature: string; derivedKeyId: string };

type Counters = { fetches: number; signOps: number; broadcastOps: number; contractCalls: number };

export class NodeExecution {
  response: string | undefined;
  logs = "";
  /** Signature shares recorded by this execution and its children, by `sigName`. */
  signedData: Record<string, SignShare> = {};
  /** `Lit.Actions.claimKey` results of this execution and its children, by `keyId`. */
  claimData: Record<string, NodeClaim> = {};
  readonly env: ExecutionEnv;
  readonly run: RequestRun;
  readonly node: number;
  /** The CIDs from the request's action down to this one. */
  readonly stack: readonly string[];
  /** 0 for the request's action, n for a child n calls deep. */
  readonly depth: number;
  readonly #counters: Counters = { fetches: 0, signOps: 0, broadcastOps: 0, contractCalls: 0 };
  readonly #keys = new BarrierKeys();
  readonly #parent: NodeExecution | undefined;
  /** The request's priced items on this node (the root's; children add to it). */
  readonly #payment: DynamicPayment;

  constructor(env: ExecutionEnv, run: RequestRun, node: number, stack: readonly string[], depth: number, parent?: NodeExecution) {
    this.env = env;
    this.run = run;
    this.node = node;
    this.stack = stack;
    this.depth = depth;
    this.#parent = parent;
    this.#payment = parent ? parent.#payment : new DynamicPayment(run.flavor === "naga" ? env.pricing : undefined);
  }

  /** lit-node's `paymentDetail` of this node's response. */
  get paymentDetail() {
    return [...this.#payment.items];
  }

  /** Bills one item (lit-node `pay`); throws when payment is enabled and the item cannot be paid. */
  pay(component: LitActionPriceComponent, quantity = 1): void {
    this.#payment.add(component, quantity);
  }

  /** The request's execution on this node: where counters, logs and shares accumulate. */
  get root(): NodeExecution {
    return this.#parent?.root ?? this;
  }

  get faults(): readonly NodeFault[] {
    return this.env.faultsOf(this.node);
  }

  get currentCid(): string {
    return this.stack.at(-1)!;
  }

  /** A child execution (`Lit.Actions.call`) on the same node, one level deeper. */
  child(cid: string): NodeExecution {
    return new NodeExecution(this.env, this.run, this.node, [...this.stack, cid], this.depth + 1, this);
  }

  /** `imports`: the CDN modules inlined into `code` (Chipotle's `showImportDetails()`). */
  async execute(code: string, injectedGlobals: Record<string, unknown>, mainParams: unknown, imports: ImportDetail[] = []): Promise<void> {
    const { env, run } = this;
    // lit-node's execute_js: the base amount before anything runs.
    if (!this.#parent) this.pay("BaseAmount");
    // Chipotle sends an empty auth context (`Lit.Auth` is `[]`).
    const auth: Record<string, unknown> = run.flavor === "chipotle" ? ([] as unknown as Record<string, unknown>) : {
      actionIpfsIdStack: [...this.stack],
      authSigAddress: run.authSigAddress,
      authMethodContexts: [],
      resources: [],
      customAuthResource: "",
    };
    if (env.mode === "v7") auth.actionIpfsIds = [...this.stack];
    const timeoutMessage = `Your function exceeded the maximum runtime of ${run.timeoutMs}ms and was terminated.`;
    const process = env.processFor(run.flavor === "chipotle" ? -1 : this.node);
    try {
      await process.ready();
    } catch (error) {
      throw new Error(`The node could not start: ${describe(error)}`);
    }
    const handle = process.run(
      {
        code,
        filename: ACTION_FILENAME,
        flavor: run.flavor,
        mode: env.mode,
        injectedGlobals,
        mainParams,
        imports,
        auth,
        headers: run.headers,
        syncTimeoutMs: run.timeoutMs,
        maxResponseBytes: env.limits.maxResponseBytes,
        maxLogBytes: env.limits.maxLogBytes,
      },
      {
        call: (op, args) => dispatchOp(this, op, args),
        fetch: (request, signal) => this.#fetch(request, signal),
        log: (line) => this.#log(line),
      },
    );
    const done = handle.done.then((outcome) => {
      if (outcome.response !== undefined) this.response = outcome.response;
    });
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new TimeoutSignal(timeoutMessage));
      }, run.timeoutMs);
    });
    const aborted = new Promise<never>((_, reject) => {
      if (run.signal?.aborted) reject(new Error("The request was aborted"));
      run.signal?.addEventListener("abort", () => reject(new Error("The request was aborted")), { once: true });
    });
    aborted.catch(() => {}); // may reject after the race has settled
    timeout.catch(() => {});
    try {
      await Promise.race([done, timeout, aborted]);
    } catch (error) {
      if (error instanceof TimeoutSignal) throw error;
      if (error instanceof Error && /Script execution timed out/.test(error.message)) throw new TimeoutSignal(timeoutMessage);
      if (error instanceof NodeExecFailure) {
        if (error.phase === "sync" || error.phase === "async") {
          const text = error.originalName === "" ? error.message : describe({ name: error.originalName, message: error.message });
          throw new Error(`${error.phase === "sync" ? "Uncaught" : "Uncaught (in promise)"} ${text}`);
        }
        throw new Error(error.message);
      }
      throw new Error(`Uncaught ${describe(error)}`);
    } finally {
      clearTimeout(timer);
      handle.stop(timedOut);
    }
  }

  // --- Limits, counted over the request's execution on this node (children included) -------------

  countSign(): void {
    const { maxSignOps } = this.env.limits;
    if (++this.root.#counters.signOps > maxSignOps) {
      throw new Error(`You may not sign more than ${maxSignOps} times per session and you have attempted to exceed that limit.`);
    }
  }

  countBroadcast(): void {
    const { maxBroadcastOps } = this.env.limits;
    if (++this.root.#counters.broadcastOps > maxBroadcastOps) {
      throw new Error(`You may not perform more than ${maxBroadcastOps} broadcast operations per session and you have attempted to exceed that limit.`);
    }
  }

  countContractCall(): void {
    const { maxContractCalls } = this.env.limits;
    if (++this.root.#counters.contractCalls > maxContractCalls) {
      throw new Error(`You may not call contracts more than ${maxContractCalls} times per session and you have attempted to exceed that limit.`);
    }
  }

  /** The key of this node's next arrival at the barrier `(kind, name)`. */
  barrierKey(kind: string, name: string): string {
    return this.root.#keys.next(kind, name);
  }

  isLeader(): boolean {
    return leaderOf(this.run.requestId, this.run.participants) === this.node;
  }

  leader(): number {
    return leaderOf(this.run.requestId, this.run.participants);
  }

  /** Applies the node's `wrongValue` faults to a value it reports. */
  wrong(value: string, where: { op: "broadcast" | "fetch"; name: string }): string {
    let out = value;
    for (const fault of this.faults) {
      if (fault.kind === "wrongValue") out = (fault.transform ?? defaultWrongValue)(out, where);
    }
    return out;
  }

  #log(line: string): void {
    const root = this.root;
    const next = `${root.logs}${line}\n`;
    if (Buffer.byteLength(next) > this.env.limits.maxLogBytes) {
      throw new Error(`Console.log is printing something that is too long. Max length for all logs in a single request is ${this.env.limits.maxLogBytes} bytes`);
    }
    root.logs = next;
  }

  async #fetch(request: SerializedRequest, signal: AbortSignal): Promise<SerializedResponse> {
    const { maxFetches } = this.env.limits;
    // lit-node's IncrementFetchCount pays a fetch before counting it.
    this.pay("Fetches");
    if (++this.root.#counters.fetches > maxFetches) {
      throw new Error(`You may not send more than ${maxFetches} HTTP requests per session and you have attempted to exceed that limit.`);
    }
    const override = [...this.faults].reverse().find((fault) => fault.kind === "fetch");
    const impl = override?.kind === "fetch" ? override.fetch : this.env.baseFetch;
    const response = await impl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body === null ? undefined : Buffer.from(request.body, "base64"),
      redirect: request.redirect as "follow" | "error" | "manual",
      signal,
    });
    let body = Buffer.from(await response.arrayBuffer());
    if (this.faults.some((fault) => fault.kind === "wrongValue")) body = Buffer.from(this.wrong(body.toString("utf8"), { op: "fetch", name: request.url }));
    return {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: request.method === "HEAD" ? null : body.toString("base64"),
      url: response.url || request.url,
      redirected: response.redirected,
    };
  }
}

function defaultWrongValue(value: string): string {
  const number = Number(value);
  if (value.trim() !== "" && Number.isFinite(number)) return String(number * 2);
  return `${value}-wrong`;
}

/** `Name: message` for errors of any realm; runtime messages that are already final pass unchanged. */
export function describe(error: unknown): string {
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    const { name, message } = error as { name?: unknown; message: string };
    if (message.startsWith("Uncaught ") || message.startsWith("Your function exceeded")) return message;
    return `${typeof name === "string" && name ? name : "Error"}: ${message}`;
  }
  return String(error);
}
