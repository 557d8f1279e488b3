import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import axios from "axios";
import { recoverAddress, hashMessage, type Hex } from "viem";
import { cidOf } from "../../lit/cid.ts";
import { createChipotleRuntime, isLitSignature } from "../../lit/chipotle.ts";
import { serveChipotle, type ChipotleServer } from "../../lit/chipotle-server.ts";
import { LitActionError, LitNetworkError } from "../../lit/errors.ts";
import { createLitRuntime } from "../../lit/index.ts";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../lit/local/network.ts";
import { isRetryable } from "../../keeper/src/internal/errors.ts";

const API_KEY = "test-key-6f1d9a";
const LIMITED_KEY = "limited-key";
const noSleep = async () => {};

let network: LocalLitNetwork;
let server: ChipotleServer;
beforeAll(async () => {
  network = await createLocalLitNetwork({ nodes: 3 });
  server = await serveChipotle(network, { apiKeys: [API_KEY, { key: LIMITED_KEY, actions: [cidOf("async function main() { return 1 }")] }] });
});
afterAll(async () => {
  await server.close();
  await network.close();
});

describe("Chipotle REST face + client", () => {
  it("runs main(params) and returns its value as response", async () => {
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY });
    const result = await runtime.execute({ code: "async function main(params) { console.log('hi', params.a); return { sum: params.a + params.b }; }", jsParams: { a: 2, b: 3 } });
    expect(result).toEqual({ success: true, response: { sum: 5 }, signatures: {}, logs: "hi 2\n" });
  });

  it("still supports the legacy setResponse IIFE", async () => {
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY });
    const result = await runtime.execute({ code: "(async () => { Lit.Actions.setResponse({ response: { legacy: true } }); })();" });
    expect(result.response).toEqual({ legacy: true });
  });

  it("signs with the CID-derived action key, matching getLitActionWalletAddress", async () => {
    const code = `async function main({ message }) {
      const wallet = new ethers.Wallet(await Lit.Actions.getLitActionPrivateKey());
      const me = await Lit.Actions.getLitActionWalletAddress({ ipfsId: Lit.Auth.actionIpfsIdStack[0] });
      return { signature: await wallet.signMessage(message), address: wallet.address, me };
    }`;
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY });
    const { response } = await runtime.execute({ code, jsParams: { message: "price 42" } });
    const { signature, address, me } = response as { signature: Hex; address: string; me: string };
    expect(address).toBe(me);
    expect(address).toBe(network.actionWalletAddress(cidOf(code)));
    expect(await recoverAddress({ hash: hashMessage("price 42"), signature })).toBe(address);
  });

  it("getPrivateKey and Encrypt/Decrypt work for a PKP grouped with the action", async () => {
    const code = `async function main({ pkpId }) {
      const wallet = new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId }));
      const sealed = await Lit.Actions.Encrypt({ pkpId, message: "api-key-123" });
      return { address: wallet.address, plain: await Lit.Actions.Decrypt({ pkpId, ciphertext: sealed }), sealedDiffers: sealed !== "api-key-123" };
    }`;
    const headers = { "x-api-key": API_KEY };
    const wallet = (await axios.get(`${server.baseUrl}/create_wallet`, { headers })).data as { pkp_id: string; wallet_address: string };
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY }, { sleep: noSleep });
    const denied = await runtime.execute({ code, jsParams: { pkpId: wallet.pkp_id } }).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(LitNetworkError); // 500 after retries: the action threw (not in a group yet)
    const { group_id } = (await axios.post(`${server.baseUrl}/add_group`, {}, { headers })).data as { group_id: number };
    await axios.post(`${server.baseUrl}/add_pkp_to_group`, { group_id, pkp_id: wallet.pkp_id }, { headers });
    await axios.post(`${server.baseUrl}/add_action_to_group`, { group_id, action_ipfs_cid: cidOf(code) }, { headers });
    const { response } = await runtime.execute({ code, jsParams: { pkpId: wallet.pkp_id } });
    expect(response).toEqual({ address: wallet.wallet_address, plain: "api-key-123", sealedDiffers: true });
  });

  it("maps statuses: 401 bad key, 403 key not allowed for the CID, 400 cache miss, all non-retryable", async () => {
    const bad = await createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: "wrong" }).execute({ code: "async function main() {}" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(LitActionError);
    expect((bad as LitActionError).status).toBe(401);
    const limited = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: LIMITED_KEY });
    expect((await limited.execute({ code: "async function main() { return 1 }" })).response).toBe(1);
    const forbidden = (await limited.execute({ code: "async function main() { return 2 }" }).catch((e: unknown) => e)) as LitActionError;
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toMatch(/not authorized to execute the specified action/);
    const miss = (await limited.execute({ ipfsId: cidOf("never sent") }).catch((e: unknown) => e)) as LitActionError;
    expect(miss.status).toBe(400);
    expect(miss.message).toMatch(/cache miss for IPFS ID/);
    expect(isRetryable(miss)).toBe(false);
  });

  it("resolves ipfs_id from code it has seen, and computes CIDs without a key", async () => {
    const code = "async function main() { return 'cached' }";
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY });
    await runtime.execute({ code });
    expect((await runtime.execute({ ipfsId: cidOf(code) })).response).toBe("cached");
    const { data } = await axios.post(`${server.baseUrl}/get_lit_action_ipfs_id`, { code });
    expect(data).toEqual({ ipfs_id: cidOf(code) });
  });

  it("retries 429 with exponential backoff and jitter, then succeeds", async () => {
    const delays: number[] = [];
    const runtime = createChipotleRuntime(
      { baseUrl: server.baseUrl, apiKey: API_KEY, backoffBaseMs: 100, backoffMaxMs: 1000 },
      { sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
    );
    server.overload(3);
    const result = await runtime.execute({ code: "async function main() { return 'after shedding' }" });
    expect(result.response).toBe("after shedding");
    expect(delays).toEqual([50, 100, 200]);
  });

  it("gives up after maxAttempts with a retryable error that never contains the API key", async () => {
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY, maxAttempts: 3 }, { sleep: noSleep });
    server.overload(3);
    const error = (await runtime.execute({ code: "async function main() {}" }).catch((e: unknown) => e)) as LitNetworkError;
    expect(error).toBeInstanceOf(LitNetworkError);
    expect(error.status).toBe(429);
    expect(isRetryable(error)).toBe(true);
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
    const down = createChipotleRuntime({ baseUrl: "http://127.0.0.1:1/core/v1", apiKey: API_KEY, maxAttempts: 2 }, { sleep: noSleep });
    const refused = await down.execute({ code: "1" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LitNetworkError);
    expect(inspect(refused, { depth: 10 })).not.toContain(API_KEY);
  });

  it("lifts a LitSignature-shaped `signatures` field out of the response", async () => {
    const code = `async function main({ digest }) {
      const key = new ethers.utils.SigningKey(await Lit.Actions.getLitActionPrivateKey());
      const sig = key.signDigest(digest);
      return { price: 7, signatures: { report: { signature: ethers.utils.hexConcat([sig.r, sig.s]), verifyingKey: key.publicKey, signedData: digest, recoveryId: sig.recoveryParam, publicKey: key.publicKey, sigType: "EcdsaK256Sha256" } } };
    }`;
    const digest = `0x${"ab".repeat(32)}`;
    const runtime = await createLitRuntime({ kind: "chipotle", baseUrl: server.baseUrl, apiKey: API_KEY });
    const result = await runtime.execute({ code, jsParams: { digest } });
    expect(result.response).toEqual({ price: 7 });
    expect(isLitSignature(result.signatures.report)).toBe(true);
    const sig = result.signatures.report!;
    expect(await recoverAddress({ hash: digest as Hex, signature: `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex })).toBe(network.actionWalletAddress(cidOf(code)));
  });

  it("enforces the 64 KB js_params limit and refuses missing keys in the client", async () => {
    const runtime = createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: API_KEY });
    const big = (await runtime.execute({ code: "async function main() {}", jsParams: { blob: "x".repeat(70_000) } }).catch((e: unknown) => e)) as LitActionError;
    expect(big.status).toBe(400);
    expect(() => createChipotleRuntime({ baseUrl: server.baseUrl, apiKey: "" })).toThrow(/needs an API key/);
  });
});
