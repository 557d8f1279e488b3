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
import { hexToBytes } from "@noble/hashes/utils.js";
import type { Hex } from "viem";
import { isEcdsaK256Signature, type ExecuteOptions, type ExecuteRequest, type ExecuteResult, type LitRuntime, type LitClaim, type LitSchemeSignature, type LitSignature } from "../types.ts";
import { cidOf, isCidV0 } from "../cid.ts";
import { LitActionError, LitNetworkError } from "../errors.ts";
import { validateConditions, type AccessControlConditions } from "./acc.ts";
import { BarrierHub } from "./barriers.ts";
import { collectClaims, combineShares, extractResponseSignature, pickResponse, toV7Signature, tryParse, type LitV7Signature, type NodeOutcome, type OkOutcome, type SignShare } from "./client.ts";
import { describe, NodeExecution, TimeoutSignal, type ChipotleWalletGate, type ExecutionEnv, type LitLimits, type NodeFault, type RequestRun } from "./execution.ts";
import { assertOutsideNodeReach, NodeProcess } from "./node-process.ts";
import { openDirectoryMirror, prepareChipotleCode, type ModuleMirror } from "./mirror.ts";
import { encryptWith } from "./ops.ts";
import type { LitPricing, NodePaymentDetail } from "./payment.ts";
import type { SandboxFlavor } from "./sandbox.ts";
import { openStateStore } from "./state.ts";
import { addressOfPublicKey, LocalSigner, schemeSignature, type PkpInfo } from "./signer.ts";

export type { LitLimits, NodeFault } from "./execution.ts";
export type { DynamicPaymentItem, LitActionPriceComponent, LitPricing, NodePaymentDetail } from "./payment.ts";

/** The v8 client's result, plus each executing node's `paymentDetail` when the network prices actions (`pricing`). */
export type LocalExecuteResult<S extends LitSchemeSignature = LitSignature> = ExecuteResult<S> & { paymentDetail?: NodePaymentDetail[] };
export type { LitResponseSignature, LitV7Signature } from "./client.ts";

/** Nodes in a default local network. */
export const DEFAULT_NODE_COUNT = 5;
/** Naga's default action timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Chipotle's execution time limit, ms (15 min). */
export const CHIPOTLE_TIMEOUT_MS = 15 * 60_000;

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
  /**
   * Where Chipotle executions' CDN imports (`import … from "zod@3.22.4"`) come from: a directory
   * (`lit-oracle lit mirror add`) or a `ModuleMirror`. Without one, an action with imports fails
   * naming the first URL (see mirror.ts).
   */
  moduleMirror?: string | ModuleMirror;
  /**
   * Naga's dynamic payment enabled with these prices: `execute` results then carry each executing
   * node's `paymentDetail` (see payment.ts). Default: payment disabled, as on a network without it.
   */
  pricing?: LitPricing;
};

export type LocalExecuteOptions = ExecuteOptions & {
  /** The session's address (`Lit.Auth.authSigAddress`); the PKP owner has root access. */
  authSigAddress?: string;
  responseStrategy?: "leastCommon" | "mostCommon";
  headers?: Record<string, string>;
  /**
   * This request's action timeout per node, ms (default: the network's `timeoutMs`). For tests and
   * fault campaigns whose subject is the timeout: a short one for the request that must time out, the
   * network's generous one for the requests around it (so their verdict does not depend on speed).
   */
  timeoutMs?: number;
};

export type ChipotleExecuteResult = { response: unknown; logs: string; has_error: boolean };

/**
 * Chipotle's gateway hook: may the calling API key use this wallet (lowercase 0x address) in this
 * action (CID)? The REST face answers from its groups (`can_use_wallet_in_action`); without a gate,
 * `getPrivateKey` falls back to the PKP's permitted actions and `Encrypt`/`Decrypt` are open.
 */
export type { ChipotleWalletGate } from "./execution.ts";

export type ChipotleExecuteOptions = ExecuteOptions & { headers?: Record<string, string>; walletGate?: ChipotleWalletGate };

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
  /**
   * The v8 client's result, with the signatures of every scheme the action used. `S` is the caller's
   * statement of what its action signs: `LitSignature` (secp256k1 ECDSA, the default) or
   * `LitSchemeSignature` for any scheme (narrow with `isEcdsaK256Signature`).
   */
  execute<S extends LitSchemeSignature = LitSignature>(request: ExecuteRequest, options?: LocalExecuteOptions): Promise<LocalExecuteResult<S>>;
  /** v7 client shape of the same execution. */
  executeV7(request: ExecuteRequest, options?: LocalExecuteOptions): Promise<{ success: boolean; response: unknown; signatures: Record<string, LitV7Signature>; logs: string; claims: Record<string, LitClaim> }>;
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
  const moduleMirror = typeof params.moduleMirror === "string" ? openDirectoryMirror(params.moduleMirror) : params.moduleMirror;
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
  const env: ExecutionEnv = {
    mode,
    limits,
    signer,
    rpcUrls,
    baseFetch,
    pricing: params.pricing,
    pinned: (cid) => codeByCid.get(cid),
    processFor: workerFor,
    faultsOf: (index) => nodes[index]!.faultList,
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
    const exec = new NodeExecution(env, run, nodeIndex, [run.cid], 0);
    try {
      await exec.execute(run.code, run.flavor === "naga" ? (mode === "v8" ? { jsParams: run.jsParams } : run.jsParams) : {}, run.jsParams);
      return { kind: "ok", node: nodeIndex, response: exec.response ?? "", logs: exec.logs, signedData: exec.signedData, claimData: exec.claimData, paymentDetail: exec.paymentDetail };
    } catch (error) {
      return { kind: "error", node: nodeIndex, error: describe(error), timeout: error instanceof TimeoutSignal, logs: exec.logs };
    }
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
      timeoutMs: options.timeoutMs ?? (flavor === "chipotle" ? chipotleTimeoutMs : timeoutMs),
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

  /** Signs what every node agreed on: the PKP (after each node's own permission check) or the action key. */
  const signShare = (share: SignShare): LitSchemeSignature =>
    share.kind === "pkp"
      ? signer.signScheme(share.publicKey, share.scheme, hexToBytes(share.digest))
      : schemeSignature(share.scheme, signer.actionSchemeSecret(share.cid, share.scheme), hexToBytes(share.digest));
  const combine = (outcomes: OkOutcome[]): Record<string, LitSchemeSignature> => combineShares(outcomes, signShare);
  const execute = async (request: ExecuteRequest, options: LocalExecuteOptions = {}): Promise<LocalExecuteResult<LitSchemeSignature>> => {
    const outcomes = (await collect(request, options)) as Array<Extract<NodeOutcome, { kind: "ok" }>>;
    const signatures = combine(outcomes);
    const chosen = pickResponse(outcomes, options.responseStrategy ?? "leastCommon");
    let response: unknown = chosen.response;
    if (Object.keys(signatures).length > 0) response = tryParse(chosen.response);
    response = extractResponseSignature(response, signatures);
    const claims = collectClaims(outcomes);
    // Each node's response carries its priced items (lit-node `payment_detail`); shown with payment enabled.
    const paymentDetail: NodePaymentDetail[] | undefined = params.pricing ? outcomes.map((outcome) => ({ node: outcome.node, paymentDetail: outcome.paymentDetail })) : undefined;
    return { success: true, response, signatures, logs: chosen.logs, ...(Object.keys(claims).length > 0 ? { claims } : {}), ...(paymentDetail ? { paymentDetail } : {}) };
  };
  const executeTyped = <S extends LitSchemeSignature = LitSignature>(request: ExecuteRequest, options?: LocalExecuteOptions) =>
    execute(request, options) as Promise<LocalExecuteResult<S>>;

  const executeV7: LocalLitNetwork["executeV7"] = async (request, options = {}) => {
    const outcomes = (await collect(request, options)) as Array<Extract<NodeOutcome, { kind: "ok" }>>;
    const signatures = combine(outcomes);
    const chosen = pickResponse(outcomes, options.responseStrategy ?? "mostCommon");
    const response = Object.keys(signatures).length > 0 ? tryParse(chosen.response) : chosen.response;
    const v7: Record<string, LitV7Signature> = {};
    // Datil's runtime signs with EcdsaK256Sha256 only (v7 mode has no `sign`/`signAndCombine`/`signAsAction`).
    for (const [name, sig] of Object.entries(signatures)) if (isEcdsaK256Signature(sig)) v7[name] = toV7Signature(sig);
    return { success: true, claims: collectClaims(outcomes), signatures: v7, response, logs: chosen.logs };
  };

  const executeChipotle: LocalLitNetwork["executeChipotle"] = async (request, options = {}) => {
    const run = startRun({ code: request.code, jsParams: request.jsParams as Record<string, unknown> }, options, "chipotle");
    // Chipotle's pre-execution bundler: CDN imports inlined from the mirror (the CID stays the code's).
    const prepared = await prepareChipotleCode(run.code, moduleMirror);
    const exec = new NodeExecution(env, run, 0, [run.cid], 0);
    try {
      // lit-api-server: an omitted `js_params` reaches `main` as `null`.
      await exec.execute(prepared.code, {}, request.jsParams === undefined ? null : request.jsParams, prepared.imports);
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
    execute: executeTyped,
    executeV7,
    executeChipotle,
    encrypt: ({ accessControlConditions, dataToEncrypt }) =>
      encryptWith(signer, validateConditions(accessControlConditions), typeof dataToEncrypt === "string" ? new TextEncoder().encode(dataToEncrypt) : dataToEncrypt),
    actionWalletAddress: (cid) => addressOfPublicKey(signer.actionPublicKey(cid)),
    runtime: () => ({ kind: "local", execute: (request, options) => execute(request, options).then(ecdsaK256Only) }),
    close: async () => {
      closed = true;
      await Promise.all([...workers.values()].map((worker) => worker.close()));
      workers.clear();
    },
  };
  return network;
}

/**
 * The `LitRuntime` face (the keeper's) carries secp256k1 ECDSA signatures only: a signature of
 * another scheme is an error there, never a value the keeper could misread as an Ethereum signature.
 */
function ecdsaK256Only(result: ExecuteResult<LitSchemeSignature>): ExecuteResult<LitSignature> {
  const signatures: Record<string, LitSignature> = {};
  for (const [name, sig] of Object.entries(result.signatures)) {
    if (!isEcdsaK256Signature(sig)) {
      throw new LitActionError(`Signature "${name}" uses ${sig.sigType}: the LitRuntime interface carries EcdsaK256Sha256 signatures only (use network.execute for other schemes)`);
    }
    signatures[name] = sig;
  }
  return { ...result, signatures };
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
