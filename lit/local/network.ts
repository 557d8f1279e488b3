/**
 * The local Lit network: N in-process nodes with Naga (v8) semantics and a v7 (Datil) mode.
 *
 * A request goes to `threshold = max(3, floor(2n/3))` nodes (v8; every node in v7 mode). Each node
 * runs the action in its own fresh `vm` context (`sandbox.ts`), with its own `fetch` (fault-injectable)
 * and limits. Barriers (`broadcastAndCollect`, `runOnce`, `signAndCombineEcdsa`, `decrypt*`) wait for
 * every node of the executing set, so a node that skips one makes the others hit the timeout, as on
 * Lit. The client side then does what `@lit-protocol/lit-client` does: needs every executing node to
 * answer, combines signature shares per `sigName` only if every node asked for the same digest (else
 * "No valid lit action shares to combine"), picks the `leastCommon` response, JSON-parses it when there
 * are signatures, and applies the `r,s,v` extraction quirk.
 */
import { randomBytes } from "node:crypto";
import { sha256 } from "@noble/hashes/sha2.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { parseTransaction, type Hex } from "viem";
import type { ExecuteOptions, ExecuteRequest, ExecuteResult, LitRuntime, LitSignature } from "../types.ts";
import { cidOf, isCidV0 } from "../cid.ts";
import { LitActionError, LitNetworkError, NoValidSharesError } from "../errors.ts";
import {
  AccessControlError,
  dataHash,
  encryptionIdentity,
  evaluateConditions,
  validateConditions,
  type AccessControlConditions,
} from "./acc.ts";
import { openStateStore } from "./state.ts";
import { addressOfPublicKey, LocalSigner, parsePublicKey, SCOPE_PERSONAL_SIGN, SCOPE_SIGN_ANYTHING, signDigest, strip0x, toHex, tokenIdOf, type PkpInfo } from "./signer.ts";
import { ACTION_FILENAME, type SandboxFlavor, type SerializedRequest, type SerializedResponse } from "./sandbox.ts";
import { assertOutsideNodeReach, NodeExecFailure, NodeProcess } from "./node-process.ts";

/** Nodes in a default local network. */
export const DEFAULT_NODE_COUNT = 5;
/** Naga's default action timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Chipotle's execution time limit, ms (15 min). */
export const CHIPOTLE_TIMEOUT_MS = 15 * 60_000;

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
export const NAGA_LIMITS: LitLimits = {
  maxCodeBytes: 16 * 1024 * 1024,
  maxResponseBytes: 100 * 1024,
  maxLogBytes: 100 * 1024,
  maxFetches: 50,
  maxSignOps: 10,
  maxBroadcastOps: 30,
  maxContractCalls: 30,
  maxCallDepth: 5,
};
/** Chipotle's `js_params` size limit, bytes. */
export const CHIPOTLE_MAX_PARAMS_BYTES = 64 * 1024;
/** Naga's memory limit per action, MB. */
export const NAGA_MEMORY_LIMIT_MB = 256;
/** Chipotle's memory limit per action, MB. */
export const CHIPOTLE_MEMORY_LIMIT_MB = 64;

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

export type LocalLitNode = {
  readonly index: number;
  readonly url: string;
  readonly faults: readonly NodeFault[];
  inject(fault: NodeFault): void;
  clearFaults(): void;
};

export type LocalLitNetworkParams = {
  nodes?: number;
  stateDir?: string;
  mode?: "v8" | "v7";
  /** Action timeout per node, ms (default 30 000, Naga's). */
  timeoutMs?: number;
  /** Chipotle-flavoured executions' timeout, ms (default 15 min). */
  chipotleTimeoutMs?: number;
  /** `getRpcUrl({chain})` answers. */
  rpcUrls?: Record<string, string>;
  /** The nodes' default `fetch`. */
  fetch?: typeof fetch;
  limits?: Partial<LitLimits>;
  /** Heap cap per node process, MB (Naga: 256; Chipotle executions: 64). */
  memoryLimitMb?: number;
};

export type LitResponseSignature = { r: string; s: string; v: number; recovery: number; signature: Hex };

export type LocalExecuteOptions = ExecuteOptions & {
  /** The session's address (`Lit.Auth.authSigAddress`); the PKP owner has root access. */
  authSigAddress?: string;
  responseStrategy?: "leastCommon" | "mostCommon";
  headers?: Record<string, string>;
};

/** The v7 (`lit-node-client` 7.x) signature shape. */
export type LitV7Signature = { r: string; s: string; recid: 0 | 1; signature: Hex; publicKey: string; dataSigned: string };

export type ChipotleExecuteResult = { response: unknown; logs: string; has_error: boolean };

/**
 * Chipotle's gateway hook: may the calling API key use this wallet (lowercase 0x address) in this
 * action (CID)? The REST face answers from its groups (`can_use_wallet_in_action`); without a gate,
 * `getPrivateKey` falls back to the PKP's permitted actions and `Encrypt`/`Decrypt` are open.
 */
export type ChipotleWalletGate = (walletAddress: string, cid: string) => boolean;

export type ChipotleExecuteOptions = ExecuteOptions & { headers?: Record<string, string>; walletGate?: ChipotleWalletGate };

type ChipotlePkp = NonNullable<ReturnType<LocalSigner["find"]>>;

type SignShare = { digest: string; publicKey: string; sigName: string };
type NodeOutcome =
  | { kind: "ok"; node: number; response: string; logs: string; signedData: Record<string, SignShare> }
  | { kind: "error"; node: number; error: string; timeout: boolean; logs: string }
  | { kind: "offline"; node: number };

export type LocalLitNetwork = {
  readonly nodes: readonly LocalLitNode[];
  readonly mode: "v8" | "v7";
  readonly stateDir: string | undefined;
  /** Nodes that execute one request: `max(3, floor(2n/3))` in v8 (capped at n), all in v7. */
  readonly threshold: number;
  /** Every node runs its executions in its own restricted child process (see node-process.ts). */
  readonly isolation: "process";
  /** Process ids of the running node processes (node index → pid; -1 is the Chipotle process). */
  nodeProcessIds(): Map<number, number>;
  mintPkp(params?: { owner?: string }): PkpInfo;
  permitAction(pkpPublicKey: string, cid: string, params?: { scopes?: number[]; caller?: string }): void;
  revokeAction(pkpPublicKey: string, cid: string, params?: { caller?: string }): void;
  /** Burns the PKP NFT: no owner root access, permissions frozen. */
  burnPkp(pkpPublicKey: string, params?: { caller?: string }): void;
  /** Mints a PKP, permits `cid`, and burns it: an immutable PKP only that action can sign with. */
  mintImmutablePkpFor(cid: string): PkpInfo;
  isPermittedAction(pkpPublicKey: string, cid: string): boolean;
  getPkp(identifier: string): PkpInfo;
  listPkps(): PkpInfo[];
  /** The local "IPFS": stores code by its CID so `ipfsId` requests and `Lit.Actions.call` resolve. */
  pin(code: string): string;
  /** Code previously pinned or executed inline under this CID. */
  pinned(cid: string): string | undefined;
  execute(request: ExecuteRequest, options?: LocalExecuteOptions): Promise<ExecuteResult>;
  /** v7 client shape of the same execution. */
  executeV7(request: ExecuteRequest, options?: LocalExecuteOptions): Promise<{ success: boolean; response: unknown; signatures: Record<string, LitV7Signature>; logs: string; claims: Record<string, never> }>;
  /** One execution in Chipotle mode (`main(params)`, `getPrivateKey`, `Encrypt`…), as the REST API runs it. */
  executeChipotle(request: { code: string; jsParams?: unknown }, options?: ChipotleExecuteOptions): Promise<ChipotleExecuteResult>;
  /** Client-side encryption (the SDK's `encrypt`): anyone can encrypt; only the conditions decide who decrypts. */
  encrypt(params: { accessControlConditions: AccessControlConditions; dataToEncrypt: string | Uint8Array }): { ciphertext: string; dataToEncryptHash: string };
  /** Chipotle `getLitActionWalletAddress({ipfsId})` from outside (to pin the signer in a consumer contract). */
  actionWalletAddress(cid: string): Hex;
  runtime(): LitRuntime;
  close(): Promise<void>;
};

export async function createLocalLitNetwork(params: LocalLitNetworkParams = {}): Promise<LocalLitNetwork> {
  const nodeCount = params.nodes ?? DEFAULT_NODE_COUNT;
  if (!Number.isInteger(nodeCount) || nodeCount < 1) throw new Error(`nodes must be a positive integer, got ${nodeCount}`);
  const mode = params.mode ?? "v8";
  const timeoutMs = params.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const chipotleTimeoutMs = params.chipotleTimeoutMs ?? CHIPOTLE_TIMEOUT_MS;
  const limits: LitLimits = { ...NAGA_LIMITS, ...params.limits };
  // Before the state file exists: the node processes must never be able to read it.
  if (params.stateDir) assertOutsideNodeReach(params.stateDir);
  const store = openStateStore({ stateDir: params.stateDir });
  const signer = new LocalSigner({ store });
  const codeByCid = new Map<string, string>();
  const rpcUrls = { ...params.rpcUrls };
  const baseFetch = params.fetch ?? globalThis.fetch;
  const memoryLimitMb = params.memoryLimitMb ?? NAGA_MEMORY_LIMIT_MB;
  const workers = new Map<number, NodeProcess>();
  /** Node index → its process; -1 is the Chipotle "TEE". */
  const workerFor = (index: number): NodeProcess => {
    let worker = workers.get(index);
    if (!worker) {
      worker = new NodeProcess({ memoryMb: index === -1 ? Math.min(memoryLimitMb, CHIPOTLE_MEMORY_LIMIT_MB) : memoryLimitMb, label: index === -1 ? "lit-chipotle" : `lit-node-${index}` });
      workers.set(index, worker);
    }
    return worker;
  };
  const threshold = mode === "v8" ? Math.min(nodeCount, Math.max(3, Math.floor((2 * nodeCount) / 3))) : nodeCount;
  let closed = false;

  const nodes: Array<LocalLitNode & { faultList: NodeFault[] }> = Array.from({ length: nodeCount }, (_, index) => {
    const faultList: NodeFault[] = [];
    return {
      index,
      url: `local://lit-node-${index}`,
      faultList,
      get faults() {
        return [...faultList];
      },
      inject(fault: NodeFault) {
        faultList.push(fault);
      },
      clearFaults() {
        faultList.length = 0;
      },
    };
  });

  const pin = (code: string): string => {
    const cid = cidOf(code);
    codeByCid.set(cid, code);
    return cid;
  };

  const resolveCode = (request: ExecuteRequest): { code: string; cid: string } => {
    if (request.code !== undefined && request.ipfsId !== undefined) throw new LitActionError("Provide either code or ipfsId, not both");
    if (request.code !== undefined) {
      if (typeof request.code !== "string") throw new LitActionError("code must be a string");
      if (Buffer.byteLength(request.code) > limits.maxCodeBytes) throw new LitActionError(`Code is too large: the limit is ${limits.maxCodeBytes} bytes`);
      return { code: request.code, cid: pin(request.code) };
    }
    if (request.ipfsId !== undefined) {
      if (!isCidV0(request.ipfsId)) throw new LitActionError(`Invalid ipfsId "${request.ipfsId}": expected a CIDv0 (Qm…)`);
      const code = codeByCid.get(request.ipfsId);
      if (code === undefined) throw new LitActionError(`Could not fetch IPFS file ${request.ipfsId}: it is not pinned on the local network (network.pin(code))`);
      return { code, cid: request.ipfsId };
    }
    throw new LitActionError("Either code or ipfsId is required");
  };

  const checkParams = (jsParams: unknown): Record<string, unknown> => {
    if (jsParams === undefined) return {};
    if (jsParams === null || typeof jsParams !== "object" || Array.isArray(jsParams)) throw new LitActionError("jsParams must be an object");
    const record = jsParams as Record<string, unknown>;
    for (const reserved of ["Lit", "LitActions", "LitAuth", "LitHeaders"]) {
      if (Object.hasOwn(record, reserved)) {
        throw new LitActionError(`Error injecting params as globals: "${reserved}" is a reserved global and cannot be passed in jsParams`);
      }
    }
    try {
      JSON.stringify(record);
    } catch (cause) {
      throw new LitActionError("jsParams must be JSON-serialisable", { cause });
    }
    return record;
  };

  /** Runs the action on one node; resolves to its outcome (never rejects). */
  const runNode = async (run: RequestRun, nodeIndex: number): Promise<NodeOutcome> => {
    const node = nodes[nodeIndex]!;
    if (node.faultList.some((fault) => fault.kind === "offline" || fault.kind === "crash")) return { kind: "offline", node: nodeIndex };
    const delay = node.faultList.reduce((sum, fault) => sum + (fault.kind === "slow" ? fault.delayMs : 0), 0);
    if (delay > 0) await sleep(delay);
    const exec = new NodeExecution(run, nodeIndex, [run.cid], 0);
    try {
      await exec.run(run.code, run.flavor === "naga" ? (mode === "v8" ? { jsParams: run.jsParams } : run.jsParams) : {}, run.jsParams);
      return { kind: "ok", node: nodeIndex, response: exec.response ?? "", logs: exec.logs, signedData: exec.signedData };
    } catch (error) {
      return { kind: "error", node: nodeIndex, error: describe(error), timeout: error instanceof TimeoutSignal, logs: exec.logs };
    }
  };

  type RequestRun = {
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
    walletGate: ChipotleWalletGate | undefined;
  };

  class TimeoutSignal extends Error {}

  class NodeExecution {
    response: string | undefined;
    mainResult: unknown;
    logs = "";
    signedData: Record<string, SignShare> = {};
    #fetches = 0;
    #signOps = 0;
    #broadcastOps = 0;
    #contractCalls = 0;
    #nameUses = new Map<string, number>();
    readonly #run: RequestRun;
    readonly #node: number;
    readonly #stack: string[];
    readonly #depth: number;
    readonly #shared: NodeExecution | undefined;

    constructor(run: RequestRun, node: number, stack: string[], depth: number, shared?: NodeExecution) {
      this.#run = run;
      this.#node = node;
      this.#stack = stack;
      this.#depth = depth;
      this.#shared = shared;
    }

    get #root(): NodeExecution {
      return this.#shared ?? this;
    }
    get #faults(): NodeFault[] {
      return nodes[this.#node]!.faultList;
    }

    async run(code: string, injectedGlobals: Record<string, unknown>, mainParams: unknown): Promise<void> {
      // Chipotle sends an empty auth context (`Lit.Auth` is `[]`).
      const auth: Record<string, unknown> = this.#run.flavor === "chipotle" ? ([] as unknown as Record<string, unknown>) : {
        actionIpfsIdStack: this.#stack,
        authSigAddress: this.#run.authSigAddress,
        authMethodContexts: [],
        resources: [],
        customAuthResource: "",
      };
      if (mode === "v7") auth.actionIpfsIds = this.#stack;
      const timeoutMessage = `Your function exceeded the maximum runtime of ${this.#run.timeoutMs}ms and was terminated.`;
      try {
        await workerFor(this.#run.flavor === "chipotle" ? -1 : this.#node).ready();
      } catch (error) {
        throw new Error(`The node could not start: ${describe(error)}`);
      }
      const execution = this.#startInWorker(code, injectedGlobals, mainParams, auth);
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new TimeoutSignal(timeoutMessage));
        }, this.#run.timeoutMs);
      });
      const aborted = new Promise<never>((_, reject) => {
        if (this.#run.signal?.aborted) reject(new Error("The request was aborted"));
        this.#run.signal?.addEventListener("abort", () => reject(new Error("The request was aborted")), { once: true });
      });
      aborted.catch(() => {}); // may reject after the race has settled
      timeout.catch(() => {});
      try {
        this.mainResult = await Promise.race([execution.done, timeout, aborted]);
      } catch (error) {
        if (error instanceof TimeoutSignal) throw error;
        const failure = error as { phase?: string; original?: unknown; message?: string };
        if (typeof failure.message === "string" && /Script execution timed out/.test(failure.message)) throw new TimeoutSignal(timeoutMessage);
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
        execution.stop(timedOut);
      }
    }

    #startInWorker(code: string, injectedGlobals: Record<string, unknown>, mainParams: unknown, auth: Record<string, unknown>): { done: Promise<unknown>; stop(hard: boolean): void } {
      const worker = workerFor(this.#run.flavor === "chipotle" ? -1 : this.#node);
      const handle = worker.run(
        {
          code,
          filename: ACTION_FILENAME,
          flavor: this.#run.flavor,
          injectedGlobals,
          mainParams,
          auth,
          headers: this.#run.headers,
          syncTimeoutMs: this.#run.timeoutMs,
          maxResponseBytes: limits.maxResponseBytes,
          maxLogBytes: limits.maxLogBytes,
        },
        {
          call: (op, args) => this.#call(op, args),
          fetch: (request, signal) => this.#fetch(request, signal),
          log: (line) => this.#log(line),
        },
      );
      const done = handle.done.then((outcome) => {
        if (outcome.response !== undefined) this.response = outcome.response;
        return outcome.mainResultJson === undefined ? undefined : (JSON.parse(outcome.mainResultJson) as unknown);
      });
      return { done, stop: (hard) => handle.stop(hard) };
    }

    #log(line: string): void {
      const root = this.#root;
      const next = `${root.logs}${line}\n`;
      if (Buffer.byteLength(next) > limits.maxLogBytes) {
        throw new Error(`Console.log is printing something that is too long. Max length for all logs in a single request is ${limits.maxLogBytes} bytes`);
      }
      root.logs = next;
    }

    #barrierKey(kind: string, name: string): string {
      const key = `${kind}:${name}`;
      const uses = this.#nameUses.get(key) ?? 0;
      this.#nameUses.set(key, uses + 1);
      return `${key}#${uses}`;
    }

    /** A Chipotle wallet op's PKP, after the gateway's `can_use_wallet_in_action` (or `fallback` without a gate). */
    #chipotleWallet(pkpId: string, fallback: (pkp: ChipotlePkp) => boolean): ChipotlePkp {
      const pkp = signer.find(pkpId);
      const cid = this.#stack.at(-1)!;
      const allowed = pkp !== undefined && (this.#run.walletGate ? this.#run.walletGate(pkp.ethAddress.toLowerCase(), cid) : fallback(pkp));
      if (!allowed) throw new Error("API key cannot use selected wallet in selected action");
      return pkp;
    }

    #countSign(): void {
      const root = this.#root;
      if (++root.#signOps > limits.maxSignOps) {
        throw new Error(`You may not sign more than ${limits.maxSignOps} times per session and you have attempted to exceed that limit.`);
      }
    }

    #countBroadcast(): void {
      const root = this.#root;
      if (++root.#broadcastOps > limits.maxBroadcastOps) {
        throw new Error(`You may not perform more than ${limits.maxBroadcastOps} broadcast operations per session and you have attempted to exceed that limit.`);
      }
    }

    #authorize(publicKey: string, scope: number) {
      return signer.authorize({ publicKey, actionIpfsIdStack: this.#stack, authSigAddress: this.#run.authSigAddress, scope });
    }

    #leader(): number {
      const hash = BigInt(`0x${bytesToHex(sha256(new TextEncoder().encode(this.#run.requestId)))}`);
      return this.#run.participants[Number(hash % BigInt(this.#run.participants.length))]!;
    }

    #wrong(value: string, where: { op: "broadcast" | "fetch"; name: string }): string {
      let out = value;
      for (const fault of this.#faults) {
        if (fault.kind === "wrongValue") out = (fault.transform ?? defaultWrongValue)(out, where);
      }
      return out;
    }

    async #fetch(request: SerializedRequest, signal: AbortSignal): Promise<SerializedResponse> {
      const root = this.#root;
      if (++root.#fetches > limits.maxFetches) {
        throw new Error(`You may not send more than ${limits.maxFetches} HTTP requests per session and you have attempted to exceed that limit.`);
      }
      const override = [...this.#faults].reverse().find((fault) => fault.kind === "fetch");
      const impl = override?.kind === "fetch" ? override.fetch : baseFetch;
      const response = await impl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body === null ? undefined : Buffer.from(request.body, "base64"),
        redirect: request.redirect as "follow" | "error" | "manual",
        signal,
      });
      let body = Buffer.from(await response.arrayBuffer());
      if (this.#faults.some((fault) => fault.kind === "wrongValue")) body = Buffer.from(this.#wrong(body.toString("utf8"), { op: "fetch", name: request.url }));
      return {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers.entries()],
        body: request.method === "HEAD" ? null : body.toString("base64"),
        url: response.url || request.url,
        redirected: response.redirected,
      };
    }

    async #call(op: string, args: Record<string, unknown>): Promise<unknown> {
      const run = this.#run;
      switch (op) {
        case "signEcdsa":
        case "sign": {
          if (op === "sign" && args.signingScheme !== undefined && args.signingScheme !== "EcdsaK256Sha256") {
            throw new Error(`Signing scheme ${String(args.signingScheme)} is not supported by the local Lit network (EcdsaK256Sha256 only)`);
          }
          this.#countSign();
          const digest = Uint8Array.from(args.toSign as number[]);
          if (digest.length !== 32) throw new Error("Message length to be signed is not 32 bytes");
          const pkp = this.#authorize(String(args.publicKey), SCOPE_SIGN_ANYTHING);
          this.#root.signedData[String(args.sigName)] = { digest: bytesToHex(digest), publicKey: pkp.publicKey, sigName: String(args.sigName) };
          return "success";
        }
        case "ethPersonalSignMessageEcdsa": {
          this.#countSign();
          const message = args.message as { text?: string; bytes?: number[] };
          const body = message.text !== undefined ? new TextEncoder().encode(message.text) : Uint8Array.from(message.bytes ?? []);
          const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${body.length}`);
          const digest = keccak_256(Buffer.concat([prefix, body]));
          const pkp = this.#authorize(String(args.publicKey), SCOPE_PERSONAL_SIGN);
          this.#root.signedData[String(args.sigName)] = { digest: bytesToHex(digest), publicKey: pkp.publicKey, sigName: String(args.sigName) };
          return "success";
        }
        case "signAndCombineEcdsa": {
          if (args.signingScheme !== undefined && args.signingScheme !== "EcdsaK256Sha256") {
            throw new Error(`Signing scheme ${String(args.signingScheme)} is not supported by the local Lit network (EcdsaK256Sha256 only)`);
          }
          this.#countSign();
          this.#countBroadcast();
          const digest = Uint8Array.from(args.toSign as number[]);
          if (digest.length !== 32) throw new Error("Message length to be signed is not 32 bytes");
          const pkp = this.#authorize(String(args.publicKey), SCOPE_SIGN_ANYTHING);
          const all = await run.barriers.arrive(this.#barrierKey("signAndCombine", String(args.sigName)), this.#node, bytesToHex(digest));
          if (new Set(all.values()).size !== 1) {
            throw new Error("Failed to combine and verify signature shares: the nodes were asked to sign different messages");
          }
          const signature = signer.sign(pkp.publicKey, digest);
          const r = signature.signature.slice(2, 66);
          const s = signature.signature.slice(66, 130);
          // Naga: r is the 32-byte scalar; Datil (v7 mode): r is the compressed R point (02/03 prefix).
          const rOut = mode === "v7" ? `${signature.recoveryId === 1 ? "03" : "02"}${r}` : r;
          return JSON.stringify({ r: rOut, s, v: signature.recoveryId });
        }
        case "signAsAction": {
          this.#countSign();
          const digest = Uint8Array.from(args.toSign as number[]);
          if (digest.length !== 32) throw new Error("Message length to be signed is not 32 bytes");
          const sig = signDigest(signer.actionPrivateKey(this.#stack.at(-1)!), digest);
          return JSON.stringify({ signature: sig.signature, verifying_key: sig.publicKey, signed_data: sig.signedData, recovery_id: sig.recoveryId });
        }
        case "getActionPublicKey":
          return Array.from(signer.actionPublicKey(String(args.actionIpfsCid)));
        case "verifyActionSignature": {
          const parsed = JSON.parse(String(args.signOutput)) as { signature?: string };
          if (!parsed.signature) return false;
          const digest = Uint8Array.from(args.toSign as number[]);
          return secp256k1.verify(hexToBytes(strip0x(parsed.signature)), digest, signer.actionPublicKey(String(args.actionIpfsCid)), { prehash: false });
        }
        case "broadcastAndCollect": {
          this.#countBroadcast();
          const name = String(args.name);
          const value = this.#wrong(String(args.value), { op: "broadcast", name });
          const all = await run.barriers.arrive(this.#barrierKey("broadcast", name), this.#node, value);
          const others = run.participants.filter((node) => node !== this.#node).map((node) => all.get(node)!);
          return [...others, all.get(this.#node)!];
        }
        case "isLeader":
          return this.#leader() === this.#node;
        case "runOnceShare": {
          this.#countBroadcast();
          const all = await run.barriers.arrive(this.#barrierKey("runOnce", String(args.name)), this.#node, args.value === null ? null : String(args.value));
          return all.get(this.#leader()) ?? null;
        }
        case "encrypt": {
          const conditions = validateConditions(args.accessControlConditions);
          const plaintext = Uint8Array.from(args.to_encrypt as number[]);
          return encryptWith(conditions, plaintext);
        }
        case "decryptAndCombine":
        case "decryptToSingleNode": {
          this.#countBroadcast();
          const conditions = validateConditions(args.accessControlConditions);
          const allowed = evaluateConditions(conditions, { currentActionIpfsId: this.#stack.at(-1), userAddress: run.authSigAddress });
          if (!allowed) throw new AccessControlError("Access control conditions check failed. Check that you are allowed to decrypt this item.");
          const hash = String(args.dataToEncryptHash);
          await run.barriers.arrive(this.#barrierKey("decrypt", hash), this.#node, "share");
          const plaintext = signer.decrypt(encryptionIdentity(conditions, hash), Buffer.from(String(args.ciphertext), "base64"));
          if (op === "decryptToSingleNode" && this.#leader() !== this.#node) return "";
          return new TextDecoder().decode(plaintext);
        }
        case "checkConditions": {
          const conditions = validateConditions(args.conditions);
          return evaluateConditions(conditions, { currentActionIpfsId: this.#stack.at(-1), userAddress: run.authSigAddress });
        }
        case "getRpcUrl": {
          const chain = String(args.chain);
          return rpcUrls[chain] ?? `Error getting RPC URL: no RPC URL is configured for chain "${chain}"`;
        }
        case "getLatestNonce": {
          const url = rpcUrlOrThrow(String(args.chain));
          return rpc(url, "eth_getTransactionCount", [String(args.address), "latest"]);
        }
        case "callContract": {
          if (++this.#root.#contractCalls > limits.maxContractCalls) {
            throw new Error(`You may not call contracts more than ${limits.maxContractCalls} times per session and you have attempted to exceed that limit.`);
          }
          const url = rpcUrlOrThrow(String(args.chain));
          const tx = parseTransaction(String(args.txn) as Hex);
          return rpc(url, "eth_call", [{ to: tx.to, data: tx.data, gas: "0x989680" }, "latest"]);
        }
        case "call": {
          if (this.#depth + 1 >= limits.maxCallDepth) throw new Error(`Maximum call depth of ${limits.maxCallDepth} exceeded`);
          const cid = String(args.ipfsId);
          const code = codeByCid.get(cid);
          if (code === undefined) throw new Error(`Could not fetch IPFS file ${cid}: it is not pinned on the local network`);
          const child = new NodeExecution(run, this.#node, [...this.#stack, cid], this.#depth + 1, this.#root);
          const params = (args.params ?? {}) as Record<string, unknown>;
          await child.run(code, mode === "v8" ? { jsParams: params } : params, params);
          return child.response ?? "";
        }
        case "isPermittedAction":
          return signer.isPermittedAction(String(args.tokenId), String(args.ipfsId));
        case "getPermittedActions":
          return signer.permittedActionCids(String(args.tokenId));
        case "pubkeyToTokenId":
          return tokenIdOf(parsePublicKey(String(args.publicKey)));
        // --- Chipotle (lit-api-server handle_ops.rs: no per-run key limit, hex/compressed/lowercase formats) ---
        case "getPrivateKey": {
          const pkp = this.#chipotleWallet(String(args.pkpId), (p) => signer.isPermittedAction(p.publicKey, this.#stack.at(-1)!) || Boolean(run.authSigAddress && run.authSigAddress.toLowerCase() === p.owner.toLowerCase()));
          return signer.exportPrivateKey(pkp.publicKey);
        }
        case "getLitActionPrivateKey":
          return toHex(signer.actionPrivateKey(this.#stack.at(-1)!));
        case "getLitActionPublicKey":
          return toHex(secp256k1.Point.fromBytes(signer.actionPublicKey(String(args.ipfsId))).toBytes(true));
        case "getLitActionWalletAddress":
          return addressOfPublicKey(signer.actionPublicKey(String(args.ipfsId))).toLowerCase();
        case "chipotleEncrypt": {
          const pkp = this.#chipotleWallet(String(args.pkpId), () => true);
          return Buffer.from(signer.encrypt(`chipotle-pkp:${pkp.tokenId}`, new TextEncoder().encode(String(args.message)))).toString("hex");
        }
        case "chipotleDecrypt": {
          const pkp = this.#chipotleWallet(String(args.pkpId), () => true);
          const hex = String(args.ciphertext).replace(/^0x/i, "");
          if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new Error("Invalid hex string.");
          const sealed = Buffer.from(hex, "hex");
          if (sealed.length < 12 + 16) throw new Error("Invalid ciphertext: too short");
          return new TextDecoder().decode(signer.decrypt(`chipotle-pkp:${pkp.tokenId}`, sealed));
        }
        default:
          throw new Error(`Unknown operation ${op}`);
      }
    }
  }

  const rpcUrlOrThrow = (chain: string): string => {
    const url = rpcUrls[chain];
    if (!url) throw new Error(`Error getting RPC URL: no RPC URL is configured for chain "${chain}"`);
    return url;
  };

  const rpc = async (url: string, method: string, rpcParams: unknown[]): Promise<unknown> => {
    const response = await baseFetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: rpcParams }) });
    const body = (await response.json()) as { result?: unknown; error?: { message?: string } };
    if (body.error) throw new Error(`RPC ${method} failed: ${body.error.message ?? JSON.stringify(body.error)}`);
    return body.result;
  };

  const encryptWith = (conditions: AccessControlConditions, plaintext: Uint8Array) => {
    const dataToEncryptHash = dataHash(plaintext);
    const ciphertext = Buffer.from(signer.encrypt(encryptionIdentity(conditions, dataToEncryptHash), plaintext)).toString("base64");
    return { ciphertext, dataToEncryptHash };
  };

  /**
   * The client's handshake: the nodes that answer (every node but the `offline` ones). v8 sends the
   * request to the first `threshold` of them (the real client takes the cheapest); v7 to all of them.
   */
  const handshake = (): number[] => {
    const reachable = nodes.filter((node) => !node.faultList.some((fault) => fault.kind === "offline")).map((node) => node.index);
    const needed = mode === "v8" ? threshold : Math.min(nodeCount, Math.max(3, Math.floor((2 * nodeCount) / 3)));
    if (reachable.length < needed) {
      throw new LitNetworkError(`Could not handshake with nodes after timeout: ${reachable.length} of ${nodeCount} nodes answered, ${needed} required`, {
        nodeErrors: nodes.filter((node) => !reachable.includes(node.index)).map((node) => `node ${node.index}: no handshake (offline)`),
      });
    }
    return mode === "v8" ? reachable.slice(0, threshold) : reachable;
  };

  const startRun = (request: ExecuteRequest, options: LocalExecuteOptions, flavor: SandboxFlavor): RequestRun => {
    if (closed) throw new LitActionError("The local Lit network is closed");
    const { code, cid } = resolveCode(request);
    let jsParams = flavor === "naga" ? checkParams(request.jsParams) : ((request.jsParams ?? {}) as Record<string, unknown>);
    // The v7 client turns top-level ArrayBuffers / typed arrays into number arrays; v8 sends them as JSON ({"0": …}).
    if (flavor === "naga" && mode === "v7") jsParams = normaliseV7Params(jsParams);
    const requestId = randomBytes(16).toString("hex");
    const participants = flavor === "chipotle" ? [0] : handshake();
    return {
      requestId,
      code,
      cid,
      jsParams,
      participants,
      barriers: new BarrierHub(participants),
      authSigAddress: options.authSigAddress ?? null,
      flavor,
      headers: Object.entries({ "content-type": "application/json", "x-request-id": requestId, ...options.headers }),
      timeoutMs: flavor === "chipotle" ? chipotleTimeoutMs : timeoutMs,
      signal: options.signal,
      walletGate: (options as ChipotleExecuteOptions).walletGate,
    };
  };

  /** Runs one request on its node set; the client-side checks of the v8/v7 SDKs follow. */
  const collect = async (request: ExecuteRequest, options: LocalExecuteOptions): Promise<NodeOutcome[]> => {
    const run = startRun(request, options, "naga");
    const outcomes = await Promise.all(run.participants.map((node) => runNode(run, node)));
    const failed = outcomes.filter((outcome) => outcome.kind !== "ok");
    if (failed.length > 0) {
      const nodeErrors = outcomes.map((outcome) =>
        outcome.kind === "ok" ? `node ${outcome.node}: ok` : outcome.kind === "offline" ? `node ${outcome.node}: no response (offline)` : `node ${outcome.node}: ${outcome.error}`,
      );
      const logs = outcomes.map((outcome) => (outcome.kind === "offline" ? "" : outcome.logs)).find((text) => text) ?? "";
      const firstError = failed.find((outcome) => outcome.kind === "error");
      const retryable = failed.some((outcome) => outcome.kind === "offline" || (outcome.kind === "error" && outcome.timeout));
      const shortMessage = `ExecuteJs batch failed: ${outcomes.length - failed.length} of ${outcomes.length} nodes succeeded, ${outcomes.length} required (${firstError?.kind === "error" ? firstError.error : "nodes did not respond"})`;
      throw retryable ? new LitNetworkError(shortMessage, { nodeErrors, logs }) : new LitActionError(shortMessage, { nodeErrors, logs });
    }
    return outcomes;
  };

  const combine = (outcomes: Array<Extract<NodeOutcome, { kind: "ok" }>>): Record<string, LitSignature> => {
    const names = new Set(outcomes.flatMap((outcome) => Object.keys(outcome.signedData)));
    const signatures: Record<string, LitSignature> = {};
    for (const sigName of [...names].sort()) {
      const shares = outcomes.map((outcome) => outcome.signedData[sigName]);
      const first = shares[0];
      const valid = first !== undefined && shares.every((share) => share !== undefined && share.digest === first.digest && share.publicKey === first.publicKey);
      if (!valid || !first) {
        throw new NoValidSharesError("No valid lit action shares to combine", {
          details: `sigName "${sigName}": every executing node must sign the same 32-byte digest with the same PKP`,
          nodeErrors: outcomes.map((outcome) => `node ${outcome.node}: ${outcome.signedData[sigName] ? `digest 0x${outcome.signedData[sigName].digest}` : "no share"}`),
        });
      }
      signatures[sigName] = signer.sign(first.publicKey, hexToBytes(first.digest));
    }
    return signatures;
  };

  const pickResponse = (outcomes: Array<Extract<NodeOutcome, { kind: "ok" }>>, strategy: "leastCommon" | "mostCommon") => {
    const counts = new Map<string, number>();
    for (const outcome of outcomes) counts.set(outcome.response, (counts.get(outcome.response) ?? 0) + 1);
    let chosen = outcomes[0]!;
    for (const outcome of outcomes) {
      const count = counts.get(outcome.response)!;
      const best = counts.get(chosen.response)!;
      if (strategy === "leastCommon" ? count < best : count > best) chosen = outcome;
    }
    return chosen;
  };

  const execute = async (request: ExecuteRequest, options: LocalExecuteOptions = {}): Promise<ExecuteResult> => {
    const outcomes = (await collect(request, options)) as Array<Extract<NodeOutcome, { kind: "ok" }>>;
    const signatures = combine(outcomes);
    const chosen = pickResponse(outcomes, options.responseStrategy ?? "leastCommon");
    let response: unknown = chosen.response;
    if (Object.keys(signatures).length > 0) response = tryParse(chosen.response);
    response = extractResponseSignature(response, signatures);
    return { success: true, response, signatures, logs: chosen.logs };
  };

  const executeV7: LocalLitNetwork["executeV7"] = async (request, options = {}) => {
    const outcomes = (await collect(request, options)) as Array<Extract<NodeOutcome, { kind: "ok" }>>;
    const signatures = combine(outcomes);
    const chosen = pickResponse(outcomes, options.responseStrategy ?? "mostCommon");
    const response = Object.keys(signatures).length > 0 ? tryParse(chosen.response) : chosen.response;
    const v7: Record<string, LitV7Signature> = {};
    for (const [name, sig] of Object.entries(signatures)) v7[name] = toV7Signature(sig);
    return { success: true, claims: {}, signatures: v7, response, logs: chosen.logs };
  };

  const executeChipotle: LocalLitNetwork["executeChipotle"] = async (request, options = {}) => {
    const run = startRun({ code: request.code, jsParams: request.jsParams as Record<string, unknown> }, options, "chipotle");
    const exec = new NodeExecution(run, 0, [run.cid], 0);
    try {
      // lit-api-server: an omitted `js_params` reaches `main` as `null`.
      await exec.run(run.code, {}, request.jsParams === undefined ? null : request.jsParams);
    } catch (error) {
      const message = describe(error);
      if (error instanceof TimeoutSignal) throw new LitNetworkError(message, { logs: exec.logs });
      throw new LitActionError(message, { logs: exec.logs });
    }
    // The server JSON-parses the response text when it can (so a returned JSON string arrives parsed),
    // else passes it as a string; nothing set (`return undefined`) is "".
    const response = tryParse(exec.response ?? "");
    return { response, logs: exec.logs, has_error: false };
  };

  // Nodes are up before the first request (the nodes a request goes to, in node order).
  await Promise.all(Array.from({ length: threshold }, (_, index) => workerFor(index).ready()));

  const network: LocalLitNetwork = {
    nodes,
    mode,
    stateDir: params.stateDir,
    threshold,
    isolation: "process",
    nodeProcessIds: () => new Map([...workers].flatMap(([index, worker]) => (worker.pid === undefined ? [] : [[index, worker.pid] as [number, number]]))),
    mintPkp: (p) => signer.mintPkp(p),
    permitAction: (pk, cid, p) => signer.permitAction(pk, cid, p),
    revokeAction: (pk, cid, p) => signer.revokeAction(pk, cid, p),
    burnPkp: (pk, p) => signer.burnPkp(pk, p),
    mintImmutablePkpFor: (cid) => {
      const pkp = signer.mintPkp();
      signer.permitAction(pkp.publicKey, cid);
      signer.burnPkp(pkp.publicKey);
      return pkp;
    },
    isPermittedAction: (pk, cid) => signer.isPermittedAction(pk, cid),
    getPkp: (identifier) => signer.getInfo(identifier),
    listPkps: () => signer.listPkps(),
    pin,
    pinned: (cid) => codeByCid.get(cid),
    execute,
    executeV7,
    executeChipotle,
    encrypt: ({ accessControlConditions, dataToEncrypt }) =>
      encryptWith(validateConditions(accessControlConditions), typeof dataToEncrypt === "string" ? new TextEncoder().encode(dataToEncrypt) : dataToEncrypt),
    actionWalletAddress: (cid) => addressOfPublicKey(signer.actionPublicKey(cid)),
    runtime: () => ({ kind: "local", execute: (request, options) => execute(request, options) }),
    close: async () => {
      closed = true;
      await Promise.all([...workers.values()].map((worker) => worker.close()));
      workers.clear();
    },
  };
  return network;
}

/** Waits for every participant of the node set at each named barrier. */
class BarrierHub {
  readonly #participants: number[];
  readonly #barriers = new Map<string, { values: Map<number, unknown>; waiters: Array<() => void> }>();
  constructor(participants: number[]) {
    this.#participants = participants;
  }
  arrive<T>(key: string, node: number, value: T): Promise<Map<number, T>> {
    let barrier = this.#barriers.get(key);
    if (!barrier) {
      barrier = { values: new Map(), waiters: [] };
      this.#barriers.set(key, barrier);
    }
    const state = barrier;
    state.values.set(node, value);
    return new Promise((resolve) => {
      state.waiters.push(() => resolve(state.values as Map<number, T>));
      if (this.#participants.every((participant) => state.values.has(participant))) {
        for (const waiter of state.waiters.splice(0)) waiter();
      }
    });
  }
}

export function toV7Signature(sig: LitSignature): LitV7Signature {
  const r = sig.signature.slice(2, 66);
  const s = sig.signature.slice(66, 130);
  return {
    r,
    s,
    recid: sig.recoveryId,
    signature: `0x${r}${s}${sig.recoveryId === 0 ? "1b" : "1c"}`,
    publicKey: strip0x(sig.publicKey).toUpperCase(),
    dataSigned: strip0x(sig.signedData).toUpperCase(),
  };
}

/** The v8 SDK's quirk: an `{r, s, v}` object in the parsed response is moved to `signatures.response_signature`. */
function extractResponseSignature(response: unknown, signatures: Record<string, LitSignature>): unknown {
  if (!response || typeof response !== "object" || Array.isArray(response)) return response;
  const record = { ...(response as Record<string, unknown>) };
  const asRsv = (value: unknown): LitResponseSignature | undefined => {
    if (!value || typeof value !== "object") return undefined;
    const { r, s, v } = value as Record<string, unknown>;
    if (typeof r !== "string" || typeof s !== "string" || (typeof v !== "number" && typeof v !== "string")) return undefined;
    const recovery = Number(v);
    return { r, s, v: recovery, recovery, signature: `0x${strip0x(r)}${strip0x(s)}${recovery.toString(16).padStart(2, "0")}` };
  };
  const top = asRsv(record);
  const sink = signatures as Record<string, unknown>;
  if (top) {
    sink.response_signature = top;
    delete record.r;
    delete record.s;
    delete record.v;
    return record;
  }
  for (const [key, value] of Object.entries(record)) {
    const nested = asRsv(value);
    if (nested) {
      sink.response_signature = nested;
      delete record[key];
      return record;
    }
  }
  return response;
}

function normaliseV7Params(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value instanceof ArrayBuffer) out[key] = Array.from(new Uint8Array(value));
    else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) out[key] = Array.from(value as unknown as ArrayLike<number>);
    else out[key] = value;
  }
  return out;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function defaultWrongValue(value: string): string {
  const number = Number(value);
  if (value.trim() !== "" && Number.isFinite(number)) return String(number * 2);
  return `${value}-wrong`;
}

/** `Name: message` for errors of any realm; runtime messages that are already final pass unchanged. */
function describe(error: unknown): string {
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    const { name, message } = error as { name?: unknown; message: string };
    if (message.startsWith("Uncaught ") || message.startsWith("Your function exceeded")) return message;
    return `${typeof name === "string" && name ? name : "Error"}: ${message}`;
  }
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
