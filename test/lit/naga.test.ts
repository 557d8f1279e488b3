import { describe, expect, it } from "vitest";
import { createLitRuntime } from "../../lit/index.ts";
import { createNagaRuntime, NAGA_INSTALL_COMMAND, NagaSdkMissingError, normaliseNagaResult } from "../../lit/naga.ts";
import { isRetryable } from "../../common/errors.ts";
import { NoValidSharesError } from "../../lit/errors.ts";

const KEY = `0x${"11".repeat(32)}` as const;

describe("Naga (v8 SDK) client", () => {
  it("fails with an actionable, non-retryable error when the SDK is not installed", async () => {
    const runtime = await createLitRuntime({ kind: "naga", network: "naga-dev", privateKey: KEY });
    const error = await runtime.execute({ code: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NagaSdkMissingError);
    expect(isRetryable(error)).toBe(false);
    expect((error as Error).message).toContain(NAGA_INSTALL_COMMAND);
  });

  it("drives createLitClient → EOA auth context → executeJs and normalises the result", async () => {
    const calls: Array<[string, unknown]> = [];
    const modules: Record<string, unknown> = {
      "@lit-protocol/lit-client": {
        createLitClient: async (params: unknown) => {
          calls.push(["createLitClient", params]);
          return {
            executeJs: async (params: Record<string, unknown>) => {
              calls.push(["executeJs", params]);
              return {
                success: true,
                response: { ok: 1 },
                logs: "l",
                signatures: { s: { signature: `0x${"aa".repeat(64)}`, verifyingKey: "0x04", signedData: `0x${"bb".repeat(32)}`, recoveryId: 1, publicKey: "0x04cc", sigType: "EcdsaK256Sha256" } },
              };
            },
          };
        },
      },
      "@lit-protocol/networks": { nagaDev: { name: "naga-dev" } },
      "@lit-protocol/auth": {
        storagePlugins: { localStorageNode: (p: unknown) => ({ storage: p }) },
        createAuthManager: () => ({
          createEoaAuthContext: async (params: { authConfig: { resources: unknown } }) => {
            calls.push(["createEoaAuthContext", params.authConfig.resources]);
            return { ctx: true };
          },
        }),
      },
    };
    const runtime = createNagaRuntime({ network: "naga-dev", privateKey: KEY }, { importModule: async (spec) => modules[spec] });
    const first = await runtime.execute({ code: "code", jsParams: { a: 1 } });
    await runtime.execute({ ipfsId: "QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX" });
    expect(first).toEqual({
      success: true,
      response: { ok: 1 },
      logs: "l",
      signatures: { s: { signature: `0x${"aa".repeat(64)}`, verifyingKey: "0x04", signedData: `0x${"bb".repeat(32)}`, recoveryId: 1, publicKey: "0x04cc", sigType: "EcdsaK256Sha256" } },
    });
    expect(calls.filter(([name]) => name === "createLitClient")).toHaveLength(1);
    expect(calls.filter(([name]) => name === "createEoaAuthContext")).toHaveLength(1); // cached until refresh
    const executes = calls.filter(([name]) => name === "executeJs").map(([, params]) => params as Record<string, unknown>);
    expect(executes[0]).toMatchObject({ code: "code", jsParams: { a: 1 }, authContext: { ctx: true } });
    expect(executes[1]).toMatchObject({ ipfsId: "QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX", jsParams: {} });
  });

  it("classifies NoValidShares from the SDK as retryable", async () => {
    const modules: Record<string, unknown> = {
      "@lit-protocol/lit-client": { createLitClient: async () => ({ executeJs: async () => { throw Object.assign(new Error("No valid lit action shares to combine"), { name: "NoValidShares" }); } }) },
      "@lit-protocol/networks": { nagaDev: {} },
      "@lit-protocol/auth": { storagePlugins: { localStorageNode: () => ({}) }, createAuthManager: () => ({ createEoaAuthContext: async () => ({}) }) },
    };
    const runtime = createNagaRuntime({ network: "naga-dev", privateKey: KEY }, { importModule: async (spec) => modules[spec] });
    const error = await runtime.execute({ code: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoValidSharesError);
  });

  it("normalises hex prefixes and skips the response_signature quirk entry", () => {
    const out = normaliseNagaResult({
      response: "r",
      signatures: {
        a: { signature: "aa".repeat(64), signedData: "bb".repeat(32), publicKey: "04dd", recoveryId: 0 },
        response_signature: { r: "1", s: "2", v: 0, signature: "0x" },
      },
    });
    expect(Object.keys(out.signatures)).toEqual(["a"]);
    expect(out.signatures.a!.signature).toBe(`0x${"aa".repeat(64)}`);
    expect(out.signatures.a!.publicKey).toBe("0x04dd");
  });
});
