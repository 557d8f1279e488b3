/**
 * Access control conditions (unified form) for `encrypt` / `decryptAndCombine` / `checkConditions`,
 * at the interface level of Lit's: canonical formatting and hashing (the BLS identity
 * `lit-accesscontrolcondition://<sha256(canonical JSON)>/<dataToEncryptHash>`), `:currentActionIpfsId`
 * and `:userAddress` substitution, and evaluation:
 * - `evmBasic` with an empty `method`: the (substituted) first parameter is the value tested, so
 *   `:currentActionIpfsId`, `:userAddress` and literals (the always-true `parameters: ["1"]`) work;
 * - `evmBasic` `eth_getBalance` (`[address, block]`) through the chain's RPC;
 * - `evmBasic` contract reads with `standardContractType` ERC20 / ERC721 (`balanceOf`, `ownerOf`) and
 *   ERC1155 (`balanceOf`), and `evmContract` conditions with their `functionAbi`, through `eth_call`;
 * - nested groups joined by `{operator: "and" | "or"}`.
 * Anything else (Solana, Cosmos, Lit-Action conditions, timestamps, POAP) fails with a clear error
 * instead of being silently allowed.
 */
import { decodeFunctionResult, encodeFunctionData, parseAbi, type Abi, type AbiFunction } from "viem";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

export type EvmBasicCondition = {
  conditionType?: string;
  contractAddress: string;
  standardContractType: string;
  chain: string;
  method: string;
  parameters: string[];
  returnValueTest: { comparator: string; value: string };
};
export type EvmContractCondition = {
  conditionType: "evmContract";
  contractAddress: string;
  chain: string;
  functionName: string;
  functionParams: string[];
  functionAbi: AbiFunction;
  returnValueTest: { key?: string; comparator: string; value: string };
};
export type ConditionOperator = { operator: string };
export type AccessControlConditions = Array<EvmBasicCondition | EvmContractCondition | ConditionOperator | AccessControlConditions>;

export class AccessControlError extends Error {
  override name = "AccessControlError";
}

export type ConditionContext = {
  /** Top of `actionIpfsIdStack` (substituted for `:currentActionIpfsId`). */
  currentActionIpfsId: string | undefined;
  /** The session's address (substituted for `:userAddress`). */
  userAddress: string | null;
  /** JSON-RPC on the condition's chain (balances, contract reads); absent: such conditions fail clearly. */
  rpc?: (chain: string, method: string, params: unknown[]) => Promise<unknown>;
};

/** Checks the structure; throws `AccessControlError` naming the first problem. */
export function validateConditions(conditions: unknown): AccessControlConditions {
  if (!Array.isArray(conditions) || conditions.length === 0) {
    throw new AccessControlError("accessControlConditions must be a non-empty array (unified access control conditions)");
  }
  for (const item of conditions) {
    if (Array.isArray(item)) {
      validateConditions(item);
      continue;
    }
    if (!item || typeof item !== "object") throw new AccessControlError(`Invalid access control condition: ${JSON.stringify(item)}`);
    const record = item as Record<string, unknown>;
    if ("operator" in record) {
      if (record.operator !== "and" && record.operator !== "or") throw new AccessControlError(`Invalid operator ${JSON.stringify(record.operator)}: expected "and" or "or"`);
      continue;
    }
    if (record.conditionType === "evmContract") {
      for (const key of ["contractAddress", "chain", "functionName"] as const) {
        if (typeof record[key] !== "string") throw new AccessControlError(`evmContract condition is missing string field "${key}"`);
      }
      if (!Array.isArray(record.functionParams)) throw new AccessControlError(`evmContract condition is missing "functionParams"`);
      if (!record.functionAbi || typeof record.functionAbi !== "object") throw new AccessControlError(`evmContract condition is missing "functionAbi"`);
      const test = record.returnValueTest as Record<string, unknown> | undefined;
      if (!test || typeof test.comparator !== "string" || test.value === undefined) throw new AccessControlError(`evmContract condition is missing "returnValueTest" {key, comparator, value}`);
      continue;
    }
    for (const key of ["contractAddress", "standardContractType", "chain", "method"] as const) {
      if (typeof record[key] !== "string") throw new AccessControlError(`Access control condition is missing string field "${key}"`);
    }
    if (!Array.isArray(record.parameters)) throw new AccessControlError(`Access control condition is missing "parameters"`);
    const test = record.returnValueTest as Record<string, unknown> | undefined;
    if (!test || typeof test.comparator !== "string" || test.value === undefined) {
      throw new AccessControlError(`Access control condition is missing "returnValueTest" {comparator, value}`);
    }
  }
  return conditions as AccessControlConditions;
}

/** Canonical form (key order of Lit's formatter; `conditionType` dropped). */
export function canonicalConditions(conditions: AccessControlConditions): unknown[] {
  return conditions.map((item) => {
    if (Array.isArray(item)) return canonicalConditions(item);
    if ("operator" in item) return { operator: item.operator.toLowerCase() };
    if (item.conditionType === "evmContract") {
      const contract = item as EvmContractCondition;
      return {
        contractAddress: contract.contractAddress,
        functionName: contract.functionName,
        functionParams: contract.functionParams,
        functionAbi: contract.functionAbi,
        chain: contract.chain,
        returnValueTest: { key: contract.returnValueTest.key ?? "", comparator: contract.returnValueTest.comparator, value: contract.returnValueTest.value },
      };
    }
    const basic = item as EvmBasicCondition;
    return {
      contractAddress: basic.contractAddress,
      chain: basic.chain,
      standardContractType: basic.standardContractType,
      method: basic.method,
      parameters: basic.parameters,
      returnValueTest: { comparator: basic.returnValueTest.comparator, value: basic.returnValueTest.value },
    };
  });
}

export function hashConditions(conditions: AccessControlConditions): string {
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(canonicalConditions(conditions)))));
}

/** The identity the ciphertext is bound to. */
export function encryptionIdentity(conditions: AccessControlConditions, dataToEncryptHash: string): string {
  return `lit-accesscontrolcondition://${hashConditions(conditions)}/${dataToEncryptHash}`;
}

export function dataHash(plaintext: Uint8Array): string {
  return bytesToHex(sha256(plaintext));
}

/** The condition that lets only the action with this CID decrypt. */
export function onlyActionCondition(cid: string, chain = "ethereum"): AccessControlConditions {
  return [
    {
      conditionType: "evmBasic",
      contractAddress: "",
      standardContractType: "",
      chain,
      method: "",
      parameters: [":currentActionIpfsId"],
      returnValueTest: { comparator: "=", value: cid },
    },
  ];
}

export async function evaluateConditions(conditions: AccessControlConditions, context: ConditionContext): Promise<boolean> {
  let result: boolean | undefined;
  let pending: "and" | "or" | undefined;
  for (const item of conditions) {
    if (!Array.isArray(item) && "operator" in item) {
      pending = item.operator.toLowerCase() as "and" | "or";
      continue;
    }
    const value = Array.isArray(item) ? await evaluateConditions(item, context) : await evaluateOne(item, context);
    if (result === undefined) result = value;
    else if (pending === "or") result = result || value;
    else if (pending === "and") result = result && value;
    else throw new AccessControlError("Access control conditions must be joined by {operator: \"and\" | \"or\"}");
    pending = undefined;
  }
  if (result === undefined) throw new AccessControlError("Access control conditions contain no condition");
  return result;
}

/** ERC read methods an `evmBasic` condition may name, by `standardContractType`. */
const STANDARD_ABIS: Record<string, Abi> = {
  ERC20: parseAbi(["function balanceOf(address) view returns (uint256)"]),
  ERC721: parseAbi(["function balanceOf(address) view returns (uint256)", "function ownerOf(uint256) view returns (address)"]),
  ERC1155: parseAbi(["function balanceOf(address,uint256) view returns (uint256)"]),
};

function substitute(parameter: string, context: ConditionContext): { value: string; address: boolean } {
  if (parameter === ":currentActionIpfsId") return { value: context.currentActionIpfsId ?? "", address: false };
  if (parameter === ":userAddress") return { value: context.userAddress ?? "", address: true };
  if (parameter.startsWith(":")) throw new AccessControlError(`Unsupported access control parameter "${parameter}" (supported: :currentActionIpfsId, :userAddress)`);
  return { value: parameter, address: false };
}

function needRpc(context: ConditionContext) {
  if (!context.rpc) throw new AccessControlError("This access control condition needs an RPC: configure rpcUrls for its chain");
  return context.rpc;
}

async function evaluateOne(condition: EvmBasicCondition | EvmContractCondition, context: ConditionContext): Promise<boolean> {
  const type = condition.conditionType ?? "evmBasic";
  if (type === "evmContract") return evaluateContract(condition as EvmContractCondition, context);
  if (type !== "evmBasic") throw new AccessControlError(`Unsupported access control condition type "${type}" in the local Lit network (evmBasic and evmContract only)`);
  const basic = condition as EvmBasicCondition;
  const params = basic.parameters.map((parameter) => substitute(String(parameter), context));
  const expected = String(basic.returnValueTest.value);
  if (basic.method === "" && basic.contractAddress === "" && basic.standardContractType === "") {
    const first = params[0];
    if (!first) throw new AccessControlError("A basic access control condition needs a parameter");
    return compare(basic.returnValueTest.comparator, first.address ? first.value.toLowerCase() : first.value, first.address ? expected.toLowerCase() : expected);
  }
  if (basic.method === "eth_getBalance") {
    const [address, block] = params;
    if (!address?.value) throw new AccessControlError("eth_getBalance needs an address (:userAddress needs a session)");
    const balance = await needRpc(context)(basic.chain, "eth_getBalance", [address.value, block?.value ?? "latest"]);
    return compare(basic.returnValueTest.comparator, BigInt(String(balance)).toString(), expected);
  }
  const abi = STANDARD_ABIS[basic.standardContractType];
  if (!abi) {
    throw new AccessControlError(`Unsupported access control condition (method "${basic.method}", standardContractType "${basic.standardContractType}") in the local Lit network`);
  }
  const fn = abi.find((item): item is AbiFunction => item.type === "function" && item.name === basic.method);
  if (!fn) throw new AccessControlError(`${basic.standardContractType} has no method "${basic.method}" the local Lit network can call`);
  const value = await callView(context, basic.chain, basic.contractAddress, fn, params.map((p) => p.value));
  const addressResult = fn.outputs[0]?.type === "address";
  return compare(basic.returnValueTest.comparator, addressResult ? String(value).toLowerCase() : String(value), addressResult ? expected.toLowerCase() : expected);
}

async function evaluateContract(condition: EvmContractCondition, context: ConditionContext): Promise<boolean> {
  const fn = condition.functionAbi;
  if (fn.type !== undefined && fn.type !== "function") throw new AccessControlError("evmContract functionAbi must describe a function");
  const params = condition.functionParams.map((parameter) => substitute(String(parameter), context).value);
  const decoded = await callView(context, condition.chain, condition.contractAddress, { ...fn, type: "function" }, params, true);
  const key = condition.returnValueTest.key ?? "";
  let value: unknown = decoded;
  if (key !== "") {
    const index = fn.outputs.findIndex((output) => output.name === key);
    if (index < 0) throw new AccessControlError(`evmContract returnValueTest.key "${key}" is not an output of ${fn.name}`);
    value = Array.isArray(decoded) ? decoded[index] : decoded;
  } else if (Array.isArray(decoded)) value = decoded[0];
  return compare(condition.returnValueTest.comparator, String(value).toLowerCase(), String(condition.returnValueTest.value).toLowerCase());
}

async function callView(context: ConditionContext, chain: string, to: string, fn: AbiFunction, args: string[], raw = false): Promise<unknown> {
  let data: string;
  try {
    data = encodeFunctionData({ abi: [fn], functionName: fn.name, args });
  } catch (cause) {
    throw new AccessControlError(`Cannot encode ${fn.name}(${args.join(", ")}) for the condition: ${(cause as Error).message.split("\n")[0]}`);
  }
  const result = await needRpc(context)(chain, "eth_call", [{ to, data }, "latest"]);
  const decoded = decodeFunctionResult({ abi: [fn], functionName: fn.name, data: String(result) as `0x${string}` });
  return raw ? decoded : Array.isArray(decoded) ? decoded[0] : decoded;
}

function compare(comparator: string, actual: string, expected: string): boolean {
  switch (comparator) {
    case "=":
      return actual === expected;
    case "!=":
      return actual !== expected;
    case "contains":
      return actual.includes(expected);
    case ">":
    case "<":
    case ">=":
    case "<=": {
      const a = toBigInt(actual);
      const b = toBigInt(expected);
      if (a === undefined || b === undefined) throw new AccessControlError(`Comparator "${comparator}" needs integer operands`);
      return comparator === ">" ? a > b : comparator === "<" ? a < b : comparator === ">=" ? a >= b : a <= b;
    }
    default:
      throw new AccessControlError(`Unsupported comparator "${comparator}"`);
  }
}

function toBigInt(value: string): bigint | undefined {
  try {
    return BigInt(value);
  } catch {
    return undefined;
  }
}
