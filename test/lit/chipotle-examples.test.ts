/**
 * Our own equivalents of the flows in Lit's Chipotle examples (their scripts talk plain `fetch` to
 * `${LIT_API_BASE}/core/v1/<endpoint>`; their actions read public HTTP sources and sign with the
 * CID-derived key or a PKP): the same calls and behaviours, written here, against the loopback server.
 * External HTTP is served locally through the emulator's `fetch`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ed25519 } from "@noble/curves/ed25519.js";
import { base58 } from "@scure/base";
import { getAddress, recoverMessageAddress, type Hex } from "viem";
import { addToMirror } from "../../lit/local/mirror.ts";
import { serveChipotle, type ChipotleServer } from "../../lit/chipotle-server.ts";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../lit/local/network.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

/** Three public venues as the examples' action reads them, answered locally. */
const VENUES: Record<string, (path: string) => unknown> = {
  "venue-a.example": (path) => (path.endsWith("/spot") ? { data: { amount: "3500.10", currency: "USD" } } : undefined),
  "venue-b.example": () => ({ error: [], result: { XETHZUSD: { c: ["3499.90", "1.0"] } } }),
  "venue-c.example": () => ({ last: "3500.40" }),
};

let network: LocalLitNetwork;
let server: ChipotleServer;
let base: string;
let accountKey: string;
const outbound: string[] = [];
/** The CDN modules the ed25519 wallet action imports, mirrored from node_modules as an operator would. */
const mirrorDir = mkdtempSync(join(tmpdir(), "lit-examples-mirror-"));

beforeAll(async () => {
  await addToMirror({ dir: mirrorDir, url: "@noble/curves@2.0.1/ed25519.js" });
  await addToMirror({ dir: mirrorDir, url: "@scure/base@2.0.0" });
  network = await createLocalLitNetwork({
    moduleMirror: mirrorDir,
    nodes: 3,
    timeoutMs: LIT_HANG_GUARD_MS,
    chipotleTimeoutMs: LIT_HANG_GUARD_MS,
    fetch: (async (input: string | URL | Request) => {
      const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      outbound.push(url.host);
      const body = VENUES[url.host]?.(url.pathname);
      return body === undefined ? new Response("not found", { status: 404 }) : Response.json(body);
    }) as typeof fetch,
  });
  server = await serveChipotle(network);
  base = server.url; // LIT_API_BASE: the origin, as the examples configure it
  accountKey = server.newAccount({ name: "examples" }).api_key;
});
afterAll(async () => {
  await server.close();
  await network.close();
  rmSync(mirrorDir, { recursive: true, force: true });
});

/** The examples' REST helper: JSON in, JSON out, throw on non-2xx with the body. */
async function call<T>(apiKey: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${base}/core/v1/${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "X-Api-Key": apiKey, "Content-Type": "application/json" },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw Object.assign(new Error(`${path} -> ${response.status}`), { status: response.status, body });
  return body;
}

const ORACLE = `
const LIMIT_BPS = 100;
async function read(url, pick) { const r = await fetch(url); if (!r.ok) throw new Error(url + " " + r.status); return Number(pick(await r.json())); }
async function main({ asset, deadline }) {
  const settled = await Promise.allSettled([
    read("https://venue-a.example/v2/prices/" + asset + "-USD/spot", (b) => b.data.amount),
    read("https://venue-b.example/0/public/Ticker?pair=" + asset + "USD", (b) => Object.values(b.result)[0].c[0]),
    read("https://venue-c.example/api/v2/ticker/" + asset.toLowerCase() + "usd/", (b) => b.last),
  ]);
  const prices = settled.filter((s) => s.status === "fulfilled").map((s) => s.value).sort((a, b) => a - b);
  if (prices.length < 2) return { authorized: false, reason: "too few sources" };
  const median = prices[Math.floor(prices.length / 2)];
  const spread = Math.round(((prices[prices.length - 1] - prices[0]) / median) * 10000);
  if (spread > LIMIT_BPS) return { authorized: false, reason: "spread" };
  const digest = ethers.utils.keccak256(ethers.utils.defaultAbiCoder.encode(["string", "uint256", "uint256"], [asset, Math.round(median * 1e8), deadline]));
  const wallet = new ethers.Wallet(await Lit.Actions.getLitActionPrivateKey());
  return { authorized: true, digest, signature: await wallet.signMessage(ethers.utils.arrayify(digest)), signer: wallet.address, median, spread };
}`;

const DERIVER = "async function main({ ipfsId }) { return { walletAddress: await Lit.Actions.getLitActionWalletAddress({ ipfsId }) }; }";

const NO_PERMISSIONS = { can_create_groups: false, can_delete_groups: false, can_create_pkps: false, manage_ipfs_ids_in_groups: [], add_pkp_to_groups: [], remove_pkp_from_groups: [] };

describe("Lit's example flows, our own code, on the loopback Chipotle", () => {
  it("multi-source oracle: CID from the server, wildcard setup group + usage key, signer derived, then the pinned action signs a median", async () => {
    const cid = await call<string>(accountKey, "get_lit_action_ipfs_id", { body: ORACLE });
    expect(cid).toMatch(/^Qm/);
    // Derivation needs execute rights: a group admitting any action ("0"), and a usage key for it.
    const setupGroup = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "setup", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: ["0"] } })).group_id);
    const setupKey = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "setup", description: "", ...NO_PERMISSIONS, execute_in_groups: [setupGroup] } })).usage_api_key;
    // The account key itself may not execute (the contract consults usage keys only).
    await expect(call(accountKey, "lit_action", { body: { code: DERIVER, js_params: { ipfsId: cid } } })).rejects.toMatchObject({ status: 403 });
    const derived = await call<{ response: { walletAddress: string }; has_error: boolean }>(setupKey, "lit_action", { body: { code: DERIVER, js_params: { ipfsId: cid } } });
    expect(derived.has_error).toBe(false);
    const signer = derived.response.walletAddress;

    // Pin exactly the oracle's CID in its own group, with an executor key.
    const group = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "oracle", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: [] } })).group_id);
    await call(accountKey, "add_action", { body: { action_ipfs_cid: cid, name: "oracle", description: "" } });
    await call(accountKey, "add_action_to_group", { body: { group_id: group, action_ipfs_cid: cid } });
    const executor = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "exec", description: "", ...NO_PERMISSIONS, execute_in_groups: [group] } })).usage_api_key;
    await call(accountKey, "remove_usage_api_key", { body: { usage_api_key: setupKey } });
    await call(accountKey, "remove_group", { body: { group_id: String(setupGroup) } });

    const deadline = Math.floor(Date.now() / 1000) + 300;
    const result = await call<{ response: { authorized: boolean; digest: Hex; signature: Hex; signer: string; median: number; spread: number } }>(executor, "lit_action", { body: { code: ORACLE, js_params: { asset: "ETH", deadline } } });
    expect(result.response).toMatchObject({ authorized: true, median: 3500.1, spread: 1 });
    expect(getAddress(result.response.signer)).toBe(getAddress(signer));
    expect(await recoverMessageAddress({ message: { raw: result.response.digest }, signature: result.response.signature })).toBe(getAddress(signer));
    expect(new Set(outbound)).toEqual(new Set(["venue-a.example", "venue-b.example", "venue-c.example"]));
    // The executor runs nothing else (not even the deriver, now that its group is gone).
    await expect(call(executor, "lit_action", { body: { code: DERIVER, js_params: { ipfsId: cid } } })).rejects.toMatchObject({ status: 403 });
  });

  it("sealed credentials: a one-off action encrypts a key to a PKP; the pinned action decrypts it and uses it, and a usage key outside the group cannot", async () => {
    const SEAL = "async function main({ pkpId, secret }) { return { ciphertext: await Lit.Actions.Encrypt({ pkpId, message: secret }) }; }";
    const USE = "async function main({ pkpId, ciphertext }) { const key = await Lit.Actions.Decrypt({ pkpId, ciphertext }); return { keyLength: key.length, prefix: key.slice(0, 3) }; }";
    const pkp = (await call<{ wallet_address: string }>(accountKey, "create_wallet")).wallet_address;
    const group = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "vault", group_description: "", pkp_ids_permitted: [pkp], cid_hashes_permitted: [] } })).group_id);
    for (const code of [SEAL, USE]) {
      const cid = await call<string>(accountKey, "get_lit_action_ipfs_id", { body: code });
      await call(accountKey, "add_action_to_group", { body: { group_id: group, action_ipfs_cid: cid } });
    }
    const key = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "vault", description: "", ...NO_PERMISSIONS, execute_in_groups: [group] } })).usage_api_key;
    const sealed = await call<{ response: { ciphertext: string } }>(key, "lit_action", { body: { code: SEAL, js_params: { pkpId: pkp, secret: "sk-live-123456" } } });
    expect(sealed.response.ciphertext).toMatch(/^[0-9a-f]+$/);
    const used = await call<{ response: unknown }>(key, "lit_action", { body: { code: USE, js_params: { pkpId: pkp, ciphertext: sealed.response.ciphertext } } });
    expect(used.response).toEqual({ keyLength: 14, prefix: "sk-" });

    // Another group of the same account, with its own key, cannot open the vault's ciphertext.
    const other = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "other", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: ["0"] } })).group_id);
    const otherKey = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "other", description: "", ...NO_PERMISSIONS, execute_in_groups: [other] } })).usage_api_key;
    const refused = await call(otherKey, "lit_action", { body: { code: USE, js_params: { pkpId: pkp, ciphertext: sealed.response.ciphertext } } }).catch((e: { status: number; body: unknown }) => e);
    expect(refused).toMatchObject({ status: 500, body: expect.stringContaining("API key cannot use selected wallet in selected action") });
  });

  it("keyless ed25519 wallet (solana-signer's flow): CDN imports from the mirror, the address bound to the CID, a capped signer", async () => {
    // Our own action in the example's shape: pinned jsDelivr imports, the CID-derived identity key
    // as an ed25519 seed, a base58 address, a policy check before signing the exact bytes.
    const WALLET = `import { ed25519 } from "@noble/curves@2.0.1/ed25519.js";
import { base58 } from "@scure/base@2.0.0";
const CAP = 500000000n;
const fromHex = (h) => Uint8Array.from(h.replace(/^0x/, "").match(/../g), (b) => parseInt(b, 16));
async function main({ op, message }) {
  const seed = fromHex(await Lit.Actions.getLitActionPrivateKey());
  const publicKey = ed25519.getPublicKey(seed);
  const address = base58.encode(publicKey);
  if (op === "address") return { address, imports: Lit.Actions.showImportDetails().map((m) => m.url) };
  const bytes = Uint8Array.from(atob(message), (c) => c.charCodeAt(0));
  const lamports = new DataView(bytes.buffer).getBigUint64(0, true);
  if (lamports > CAP) return { authorized: false, reason: "transfer of " + lamports + " lamports exceeds cap " + CAP };
  return { authorized: true, address, signature: btoa(String.fromCharCode(...ed25519.sign(bytes, seed))) };
}`;
    const cid = await call<string>(accountKey, "get_lit_action_ipfs_id", { body: WALLET });
    const group = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "sol", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: ["0"] } })).group_id);
    const key = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "sol", description: "", ...NO_PERMISSIONS, execute_in_groups: [group] } })).usage_api_key;
    await call(accountKey, "add_action", { body: { action_ipfs_cid: cid, name: "wallet", description: "" } });
    await call(accountKey, "add_action_to_group", { body: { group_id: group, action_ipfs_cid: cid } });

    const run = async (code: string, js_params: unknown) => (await call<{ response: Record<string, unknown>; has_error: boolean }>(key, "lit_action", { body: { code, js_params } })).response;
    const first = await run(WALLET, { op: "address" });
    expect(first.imports).toEqual(["https://cdn.jsdelivr.net/npm/@noble/curves@2.0.1/ed25519.js", "https://cdn.jsdelivr.net/npm/@scure/base@2.0.0/+esm"]);
    expect((await run(WALLET, { op: "address" })).address).toBe(first.address);
    // One byte more code, another CID, another wallet.
    expect((await run(`${WALLET}\n`, { op: "address" })).address).not.toBe(first.address);

    const payload = new Uint8Array(40);
    new DataView(payload.buffer).setBigUint64(0, 10_000_000n, true);
    const signed = await run(WALLET, { op: "sign", message: Buffer.from(payload).toString("base64") });
    expect(signed).toMatchObject({ authorized: true, address: first.address });
    expect(ed25519.verify(Buffer.from(String(signed.signature), "base64"), payload, base58.decode(String(first.address)))).toBe(true);
    new DataView(payload.buffer).setBigUint64(0, 600_000_000n, true);
    expect(await run(WALLET, { op: "sign", message: Buffer.from(payload).toString("base64") })).toEqual({ authorized: false, reason: "transfer of 600000000 lamports exceeds cap 500000000" });
  });

  it("a fresh usage key answers at once (the examples poll because the live grant is eventually consistent)", async () => {
    const group = Number((await call<{ group_id: string }>(accountKey, "add_group", { body: { group_name: "now", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: ["0"] } })).group_id);
    const key = (await call<{ usage_api_key: string }>(accountKey, "add_usage_api_key", { body: { name: "now", description: "", ...NO_PERMISSIONS, execute_in_groups: [group] } })).usage_api_key;
    expect((await call<{ response: unknown }>(key, "lit_action", { body: { code: "async function main() { return 'ready' }" } })).response).toBe("ready");
  });
});
