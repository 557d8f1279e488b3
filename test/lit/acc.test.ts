import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import {
  AccessControlError,
  canonicalConditions,
  encryptionIdentity,
  evaluateConditions,
  onlyActionCondition,
  validateConditions,
  type AccessControlConditions,
} from "../../lit/local/acc.ts";

const CID = "QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX";
const user = (comparator: string, value: string): AccessControlConditions => [
  { contractAddress: "", standardContractType: "", chain: "ethereum", method: "", parameters: [":userAddress"], returnValueTest: { comparator, value } },
];

describe("access control conditions", () => {
  it("canonicalises in Lit's key order, drops conditionType, and builds the identity", () => {
    const acc = onlyActionCondition(CID);
    const canonical = canonicalConditions(acc);
    expect(JSON.stringify(canonical)).toBe(
      `[{"contractAddress":"","chain":"ethereum","standardContractType":"","method":"","parameters":[":currentActionIpfsId"],"returnValueTest":{"comparator":"=","value":"${CID}"}}]`,
    );
    const hash = bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(canonical))));
    expect(encryptionIdentity(acc, "ab")).toBe(`lit-accesscontrolcondition://${hash}/ab`);
  });

  it("substitutes :currentActionIpfsId and :userAddress (case-insensitive) and compares", async () => {
    const ctx = { currentActionIpfsId: CID, userAddress: "0xAbC0000000000000000000000000000000000001" };
    expect(await evaluateConditions(onlyActionCondition(CID), ctx)).toBe(true);
    expect(await evaluateConditions(onlyActionCondition(CID), { ...ctx, currentActionIpfsId: "QmOther" })).toBe(false);
    expect(await evaluateConditions(user("=", "0xabc0000000000000000000000000000000000001"), ctx)).toBe(true);
    expect(await evaluateConditions(user("!=", "0xabc0000000000000000000000000000000000001"), ctx)).toBe(false);
    expect(await evaluateConditions(user(">", "0x1"), ctx)).toBe(true);
    expect(await evaluateConditions(user("contains", "abc"), ctx)).toBe(true);
  });

  it("joins with and/or and nests groups", async () => {
    const ctx = { currentActionIpfsId: CID, userAddress: "0x01" };
    const no = onlyActionCondition("QmNope")[0]!;
    const yes = onlyActionCondition(CID)[0]!;
    expect(await evaluateConditions([no, { operator: "or" }, yes], ctx)).toBe(true);
    expect(await evaluateConditions([no, { operator: "and" }, yes], ctx)).toBe(false);
    expect(await evaluateConditions([[no, { operator: "or" }, yes], { operator: "and" }, yes], ctx)).toBe(true);
    await expect(evaluateConditions([yes, yes], ctx)).rejects.toThrow(/must be joined/);
  });

  it("fails clearly on malformed or unsupported conditions", async () => {
    expect(() => validateConditions([])).toThrow(AccessControlError);
    expect(() => validateConditions([{ chain: "ethereum" }])).toThrow(/missing string field "contractAddress"/);
    expect(() => validateConditions([{ operator: "xor" }])).toThrow(/Invalid operator/);
    const ctx = { currentActionIpfsId: CID, userAddress: null };
    await expect(evaluateConditions([{ ...onlyActionCondition(CID)[0]!, conditionType: "solRpc" } as never], ctx)).rejects.toThrow(/Unsupported access control condition type "solRpc"/);
    await expect(evaluateConditions(user("~", "x"), ctx)).rejects.toThrow(/Unsupported comparator/);
    await expect(evaluateConditions(user(">", "abc"), { ...ctx, userAddress: "0x1" })).rejects.toThrow(/integer operands/);
  });
});
