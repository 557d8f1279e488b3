/**
 * The Chipotle client's hardening and retry policy, and the Chipotle runtime wrapper semantics
 * (lit-actions `to_executable_code`, lit-api-server `handle_ops.rs`) as the loopback server runs them.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAddress, hashMessage, recoverAddress, type Hex } from "viem";
import { publicKeyToAddress } from "viem/accounts";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { cidOf } from "../../lit/cid.ts";
import { ChipotleApiError, ChipotleConfigError, chipotleApiBase, createChipotleClient, createChipotleRuntime, isLitSignature } from "../../lit/chipotle.ts";
import { LitNetworkError } from "../../lit/errors.ts";
import { createLitRuntime } from "../../lit/index.ts";
import { isRetryable } from "../../common/errors.ts";
import { NO_PERMISSIONS, noSleep, startChipotle, type ChipotleFixture } from "./chipotle-fixture.ts";

let f: ChipotleFixture;
let wildKey: string;
beforeAll(async () => {
  f = await startChipotle();
  // A key that may execute any code (wildcard group), for the runtime-semantics cases.
  wildKey = (await f.admin.addUsageApiKey({ name: "wild", description: "", ...NO_PERMISSIONS, execute_in_groups: [0] })).usage_api_key;
});
afterAll(async () => f.close());

const run = async (code: string, jsParams?: unknown) => (await f.client(wildKey).litAction({ code, ...(jsParams === undefined ? {} : { js_params: jsParams }) })).response;
const failure = async (promise: Promise<unknown>) => (await promise.then(() => undefined, (e: unknown) => e)) as ChipotleApiError;

describe("Chipotle runtime wrapper (as lit-actions runs an action)", () => {
  it("always awaits main(params): code without main fails with ReferenceError, even a legacy setResponse IIFE", async () => {
    expect(await run("async function main({ a, b }) { console.log('sum'); return { sum: a + b }; }", { a: 2, b: 3 })).toEqual({ sum: 5 });
    const legacy = await failure(run("(async () => { Lit.Actions.setResponse({ response: { legacy: true } }); })();"));
    expect(legacy.status).toBe(500);
    expect(legacy.serverMessage).toMatch(/main is not defined/);
  });

  it("a returned JSON string is parsed by the server; other strings stay strings; undefined gives \"\"", async () => {
    expect(await run('async function main() { return JSON.stringify({ a: 1 }) }')).toEqual({ a: 1 });
    expect(await run("async function main() { return '42' }")).toBe(42);
    expect(await run("async function main() { return 'plain text' }")).toBe("plain text");
    expect(await run("async function main() { return undefined }")).toBe("");
    expect(await run("async function main() { }")).toBe("");
    expect(await run("async function main() { return null }")).toBe(null);
    // setResponse inside main still counts when main returns nothing; a returned value replaces it.
    expect(await run("async function main() { Lit.Actions.setResponse({ response: { set: 1 } }) }")).toEqual({ set: 1 });
    expect(await run("async function main() { Lit.Actions.setResponse({ response: 'a' }); return 'b' }")).toBe("b");
  });

  it("an omitted js_params reaches main as null; any JSON value passes as is", async () => {
    expect(await run("async function main(p) { return { p, type: typeof p } }")).toEqual({ p: null, type: "object" });
    expect(await run("async function main(p) { return { p } }", [1, 2])).toEqual({ p: [1, 2] });
    expect(await run("async function main(p) { return { p } }", 7)).toEqual({ p: 7 });
  });

  it("globals: Lit.Auth is [], Deno exists (without build/permissions/version), LitActions is Lit.Actions, showImportDetails lists no modules", async () => {
    const globals = await run(`async function main() {
      return { auth: Lit.Auth, isArray: Array.isArray(Lit.Auth), deno: typeof Deno, build: typeof Deno.build, permissions: typeof Deno.permissions,
        same: LitActions === Lit.Actions, imports: Lit.Actions.showImportDetails(), global: global === globalThis };
    }`);
    expect(globals).toEqual({ auth: [], isArray: true, deno: "object", build: "undefined", permissions: "undefined", same: true, imports: [], global: true });
  });

  it("action keys: getLitActionPublicKey is compressed, addresses are lowercase, both match getLitActionPrivateKey", async () => {
    const code = `async function main({ other }) {
      const wallet = new ethers.Wallet(await Lit.Actions.getLitActionPrivateKey());
      return { signer: wallet.address, signature: await wallet.signMessage("price 42"),
        otherKey: await Lit.Actions.getLitActionPublicKey({ ipfsId: other }), otherAddress: await Lit.Actions.getLitActionWalletAddress({ ipfsId: other }) };
    }`;
    const other = cidOf("async function main() { return 'other' }");
    const response = (await run(code, { other })) as { signer: string; signature: Hex; otherKey: string; otherAddress: string };
    expect(response.otherKey).toMatch(/^0x0[23][0-9a-f]{64}$/);
    expect(response.otherAddress).toMatch(/^0x[0-9a-f]{40}$/);
    const uncompressed = `0x${secp256k1.Point.fromHex(response.otherKey.slice(2)).toHex(false)}` as Hex;
    expect(publicKeyToAddress(uncompressed).toLowerCase()).toBe(response.otherAddress);
    expect(response.otherAddress).toBe(f.network.actionWalletAddress(other).toLowerCase());
    expect(await recoverAddress({ hash: hashMessage("price 42"), signature: response.signature })).toBe(getAddress(f.network.actionWalletAddress(cidOf(code))));
  });

  it("Encrypt answers hex (nonce ‖ ciphertext ‖ tag) and Decrypt opens it, for a PKP in the action's group", async () => {
    const code = `async function main({ pkpId }) {
      const sealed = await Lit.Actions.Encrypt({ pkpId, message: "premium-api-key" });
      const wallet = new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId }));
      return { sealed, plain: await Lit.Actions.Decrypt({ pkpId, ciphertext: sealed }), address: wallet.address.toLowerCase() };
    }`;
    const scoped = await f.scoped(code);
    const response = (await f.client(scoped.usageKey).litAction({ code, js_params: { pkpId: scoped.pkp } })).response as { sealed: string; plain: string; address: string };
    expect(response.sealed).toMatch(/^[0-9a-f]+$/);
    expect(response.sealed.length).toBe(2 * (12 + "premium-api-key".length + 16));
    expect(response).toMatchObject({ plain: "premium-api-key", address: scoped.pkp });
  });

  it("getPrivateKey, Encrypt and Decrypt refuse a PKP outside the action's group — also one in another group of the same account", async () => {
    const code = `async function main({ pkpId, op }) {
      if (op === "key") return await Lit.Actions.getPrivateKey({ pkpId });
      if (op === "encrypt") return await Lit.Actions.Encrypt({ pkpId, message: "x" });
      return await Lit.Actions.Decrypt({ pkpId, ciphertext: "00".repeat(40) });
    }`;
    const mine = await f.scoped(code);
    const elsewhere = await f.scoped("async function main() { return 'other group' }"); // its PKP lives in another group
    for (const op of ["key", "encrypt", "decrypt"]) {
      const error = await failure(f.client(mine.usageKey).litAction({ code, js_params: { pkpId: elsewhere.pkp, op } }));
      expect(error.status).toBe(500);
      expect(error.serverMessage).toMatch(/API key cannot use selected wallet in selected action/);
    }
    // …and the wildcard key (execute_in_groups [0]) may use any wallet of the account, as on the real contract.
    expect(await run(code, { pkpId: elsewhere.pkp, op: "key" })).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("has no per-run key-request limit (the real server does not enforce max_get_keys_count)", async () => {
    const code = `async function main({ pkpId }) {
      const keys = [];
      for (let i = 0; i < 25; i++) keys.push(await Lit.Actions.getPrivateKey({ pkpId }));
      for (let i = 0; i < 25; i++) keys.push(await Lit.Actions.getLitActionPrivateKey());
      return keys.length;
    }`;
    const scoped = await f.scoped(code);
    expect((await f.client(scoped.usageKey).litAction({ code, js_params: { pkpId: scoped.pkp } })).response).toBe(50);
  });

  it("lifts a LitSignature-shaped `signatures` field into ExecuteResult.signatures", async () => {
    const code = `async function main({ digest }) {
      const key = new ethers.utils.SigningKey(await Lit.Actions.getLitActionPrivateKey());
      const sig = key.signDigest(digest);
      return { price: 7, signatures: { report: { signature: ethers.utils.hexConcat([sig.r, sig.s]), verifyingKey: key.publicKey, signedData: digest, recoveryId: sig.recoveryParam, publicKey: key.publicKey, sigType: "EcdsaK256Sha256" } } };
    }`;
    const digest = `0x${"ab".repeat(32)}` as Hex;
    const runtime = await createLitRuntime({ kind: "chipotle", baseUrl: f.server.url, apiKey: wildKey });
    const result = await runtime.execute({ code, jsParams: { digest } });
    expect(result.response).toEqual({ price: 7 });
    expect(isLitSignature(result.signatures.report)).toBe(true);
    const sig = result.signatures.report!;
    expect(await recoverAddress({ hash: digest, signature: `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex })).toBe(getAddress(f.network.actionWalletAddress(cidOf(code))));
  });
});

describe("Chipotle client: base URL, transport hardening, retries", () => {
  it("takes the origin or the API base and always reaches /core/v1/", async () => {
    const origin = f.server.url;
    for (const url of [origin, `${origin}/`, `${origin}/core/v1`, `${origin}/core/v1/`]) {
      expect(chipotleApiBase(url)).toBe(`${origin}/core/v1`);
      expect(await createChipotleClient({ baseUrl: url, apiKey: "" }).getLitActionIpfsId("x")).toBe(cidOf("x"));
    }
    expect(chipotleApiBase()).toBe("https://api.chipotle.litprotocol.com/core/v1");
  });

  it("requires https except to loopback, and refuses credentials or a query in the URL", () => {
    expect(() => createChipotleClient({ baseUrl: "http://api.chipotle.litprotocol.com", apiKey: "k" })).toThrow(ChipotleConfigError);
    expect(() => createChipotleClient({ baseUrl: "http://10.0.0.5:8000", apiKey: "k" })).toThrow(/must be https/);
    expect(() => createChipotleClient({ baseUrl: "ftp://127.0.0.1", apiKey: "k" })).toThrow(/must be https/);
    expect(() => createChipotleClient({ baseUrl: "https://user:pw@api.chipotle.litprotocol.com", apiKey: "k" })).toThrow(/credentials/);
    expect(() => createChipotleClient({ baseUrl: "https://api.chipotle.litprotocol.com/?key=1", apiKey: "k" })).toThrow(/query/);
    expect(() => createChipotleClient({ baseUrl: "not a url", apiKey: "k" })).toThrow(/not a URL/);
    for (const url of ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "https://api.chipotle.litprotocol.com"]) expect(() => createChipotleClient({ baseUrl: url, apiKey: "k" })).not.toThrow();
    expect(() => createChipotleRuntime({ baseUrl: f.server.url, apiKey: "" })).toThrow(/needs an API key/);
  });

  it("never follows a redirect: the key does not reach the other host", async () => {
    const seen: Array<string | undefined> = [];
    const thief = await listen((req, res) => {
      seen.push(req.headers["x-api-key"] as string | undefined);
      res.end("{}");
    });
    const redirector = await listen((_req, res) => {
      res.writeHead(307, { location: `http://127.0.0.1:${port(thief)}/core/v1/lit_action` });
      res.end();
    });
    try {
      const error = await failure(createChipotleClient({ baseUrl: `http://127.0.0.1:${port(redirector)}`, apiKey: "secret-key-1" }).litAction({ code: "x" }));
      expect(error).toBeInstanceOf(ChipotleApiError);
      expect(error.status).toBe(307);
      expect(error.message).toMatch(/redirects are not followed/);
      expect(isRetryable(error)).toBe(false);
      expect(seen).toEqual([]);
    } finally {
      await close(thief);
      await close(redirector);
    }
  });

  it("retries 429 with exponential backoff and full jitter, then succeeds; onRetry never sees the key", async () => {
    const delays: number[] = [];
    const infos: string[] = [];
    const client = createChipotleClient(
      { baseUrl: f.server.url, apiKey: wildKey, backoffBaseMs: 100, backoffMaxMs: 1000 },
      { sleep: async (ms) => void delays.push(ms), random: () => 0.5, onRetry: (info) => void infos.push(JSON.stringify(info)) },
    );
    f.server.overload(3);
    expect((await client.litAction({ code: "async function main() { return 'after shedding' }" })).response).toBe("after shedding");
    expect(delays).toEqual([50, 100, 200]);
    expect(infos.join()).not.toContain(wildKey);
    expect(infos[0]).toContain('"status":429');
  });

  it("gives up after maxAttempts of 429 with a retryable error that never contains the API key", async () => {
    const runtime = createChipotleRuntime({ baseUrl: f.server.url, apiKey: wildKey, maxAttempts: 3 }, { sleep: noSleep });
    f.server.overload(3);
    const error = (await runtime.execute({ code: "async function main() {}" }).catch((e: unknown) => e)) as LitNetworkError;
    expect(error).toBeInstanceOf(LitNetworkError);
    expect(error.status).toBe(429);
    expect(isRetryable(error)).toBe(true);
    expect(inspect(error, { depth: 10 })).not.toContain(wildKey);
  });

  it("retries a refused connection (nothing was sent), and says so without the key", async () => {
    let attempts = 0;
    const down = createChipotleRuntime({ baseUrl: "http://127.0.0.1:1", apiKey: "secret-key-2", maxAttempts: 3 }, { sleep: noSleep, onRetry: () => void attempts++ });
    const refused = await down.execute({ code: "1" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LitNetworkError);
    expect(attempts).toBe(2);
    expect(inspect(refused, { depth: 10 })).not.toContain("secret-key-2");
  });

  it("does not repeat a lit_action whose connection broke after it was sent (it may have run and been billed)", async () => {
    let hits = 0;
    const flaky = await listen((req) => {
      hits++;
      req.socket.destroy();
    });
    try {
      const error = await failure(createChipotleClient({ baseUrl: `http://127.0.0.1:${port(flaky)}`, apiKey: "k" }, { sleep: noSleep }).litAction({ code: "x" }));
      expect(error).toBeInstanceOf(LitNetworkError);
      expect(error.message).toMatch(/not repeated because it may have run/);
      expect(hits).toBe(1);
      // A read is repeated.
      hits = 0;
      await createChipotleClient({ baseUrl: `http://127.0.0.1:${port(flaky)}`, apiKey: "k", maxAttempts: 3 }, { sleep: noSleep }).listGroups().catch(() => {});
      expect(hits).toBe(3);
    } finally {
      await close(flaky);
    }
  });

  it("a gateway error on lit_action is retryable by the caller's next round but not repeated by the client", async () => {
    let hits = 0;
    const gateway = await listen((_req, res) => {
      hits++;
      res.writeHead(503, { "content-type": "text/html" });
      res.end("<html><body>Service Unavailable</body></html>");
    });
    try {
      const error = await failure(createChipotleClient({ baseUrl: `http://127.0.0.1:${port(gateway)}`, apiKey: "k" }, { sleep: noSleep }).litAction({ code: "x" }));
      expect(error).toBeInstanceOf(LitNetworkError);
      expect(isRetryable(error)).toBe(true);
      expect(error.message).toMatch(/503.*Service Unavailable/);
      expect(hits).toBe(1);
    } finally {
      await close(gateway);
    }
  });
});

type Handler = Parameters<typeof createServer>[1];
async function listen(handler: NonNullable<Handler>): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return server;
}
const port = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
