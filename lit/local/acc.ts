/**
 * Access control conditions (unified form) for `encrypt` / `decryptAndCombine`, at the interface
 * level of Lit's: canonical formatting and hashing (the BLS identity
 * `lit-accesscontrolcondition://<sha256(canonical JSON)>/<dataToEncryptHash>`), `:currentActionIpfsId`
 * and `:userAddress` substitution, and evaluation of basic conditions.
 *
 * Supported evaluation: `evmBasic` (or no `conditionType`) conditions with empty `method` and
 * `contractAddress` whose single parameter is `:currentActionIpfsId` or `:userAddress`, compared with
 * `=`, `!=`, `contains`, `>`, `<`, `>=`, `<=`; nested groups joined by `{operator: "and" | "or"}`.
 * Anything else (contract calls, balances, Solana/Cosmos conditions) fails with a clear error instead
 * of being silently allowed.
 */
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
export type ConditionOperator = { operator: string };
export type AccessControlConditions = Array<EvmBasicCondition | ConditionOperator | AccessControlConditions>;

export class AccessControlError extends Error {
  override name = "AccessControlError";
}

export type ConditionContext = {
  /** Top of `actionIpfsIdStack` (substituted for `:currentActionIpfsId`). */
  currentActionIpfsId: string | undefined;
  /** The session's address (substituted for `:userAddress`). */
  userAddress: string | null;
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
    return {
      contractAddress: item.contractAddress,
      chain: item.chain,
      standardContractType: item.standardContractType,
      method: item.method,
      parameters: item.parameters,
      returnValueTest: { comparator: item.returnValueTest.comparator, value: item.returnValueTest.value },
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

export function evaluateConditions(conditions: AccessControlConditions, context: ConditionContext): boolean {
  let result: boolean | undefined;
  let pending: "and" | "or" | undefined;
  for (const item of conditions) {
    if (!Array.isArray(item) && "operator" in item) {
      pending = item.operator.toLowerCase() as "and" | "or";
      continue;
    }
    const value = Array.isArray(item) ? evaluateConditions(item, context) : evaluateOne(item, context);
    if (result === undefined) result = value;
    else if (pending === "or") result = result || value;
    else if (pending === "and") result = result && value;
    else throw new AccessControlError("Access control conditions must be joined by {operator: \"and\" | \"or\"}");
    pending = undefined;
  }
  if (result === undefined) throw new AccessControlError("Access control conditions contain no condition");
  return result;
}

function evaluateOne(condition: EvmBasicCondition, context: ConditionContext): boolean {
  const type = condition.conditionType ?? "evmBasic";
  if (type !== "evmBasic") throw new AccessControlError(`Unsupported access control condition type "${type}" in the local Lit network (only evmBasic)`);
  if (condition.method !== "" || condition.contractAddress !== "" || condition.standardContractType !== "") {
    throw new AccessControlError(
      `Unsupported access control condition (method "${condition.method}", standardContractType "${condition.standardContractType}"): the local Lit network evaluates only :currentActionIpfsId and :userAddress comparisons`,
    );
  }
  const [parameter] = condition.parameters;
  if (condition.parameters.length !== 1) throw new AccessControlError("Basic access control conditions take exactly one parameter");
  let actual: string;
  let caseInsensitive = false;
  if (parameter === ":currentActionIpfsId") actual = context.currentActionIpfsId ?? "";
  else if (parameter === ":userAddress") {
    actual = context.userAddress ?? "";
    caseInsensitive = true;
  } else throw new AccessControlError(`Unsupported access control parameter "${parameter}" (supported: :currentActionIpfsId, :userAddress)`);
  const expected = String(condition.returnValueTest.value);
  return compare(condition.returnValueTest.comparator, caseInsensitive ? actual.toLowerCase() : actual, caseInsensitive ? expected.toLowerCase() : expected);
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
