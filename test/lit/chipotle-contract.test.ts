/**
 * Chipotle's REST contract as lit-api-server's source and spec.json show it (paths under /core/v1/,
 * request and answer shapes, statuses, error bodies), checked twice per case: as raw HTTP against
 * the loopback server, and through our client (typed result or typed error with the same status).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChipotleApiError, type ChipotleClient } from "../../lit/chipotle.ts";
import { hashedCid } from "../../lit/chipotle-server.ts";
import { cidOf } from "../../lit/cid.ts";
import { isRetryable } from "../../common/errors.ts";
import { LitNetworkError } from "../../lit/errors.ts";
import { NO_PERMISSIONS, startChipotle, type ChipotleFixture } from "./chipotle-fixture.ts";

let f: ChipotleFixture;
let usage: { groupId: number; cid: string; pkp: string; usageKey: string };
const CODE = "async function main(params) { return { echo: params } }";

beforeAll(async () => {
  f = await startChipotle();
  usage = await f.scoped(CODE);
});
afterAll(async () => f.close());

type Raw = { method: "GET" | "POST"; path: string; key?: "account" | "usage" | "unknown" | "none"; body?: unknown; rawBody?: string; contentType?: string; accept?: string };

async function raw(request: Raw): Promise<{ status: number; type: string; body: unknown; text: string }> {
  const headers: Record<string, string> = { accept: request.accept ?? "application/json" };
  const key = request.key ?? "account";
  if (key === "account") headers["x-api-key"] = f.accountKey;
  if (key === "usage") headers["x-api-key"] = usage.usageKey;
  if (key === "unknown") headers["x-api-key"] = "bm90LWEta2V5";
  if (request.method === "POST") headers["content-type"] = request.contentType ?? "application/json";
  const response = await fetch(`${f.server.url}/core/v1${request.path}`, {
    method: request.method,
    headers,
    ...(request.method === "POST" ? { body: request.rawBody ?? JSON.stringify(request.body) } : {}),
    redirect: "manual",
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* HTML catcher */
  }
  return { status: response.status, type: response.headers.get("content-type") ?? "", body, text };
}

const catcher = (code: number) => expect.objectContaining({ error: expect.objectContaining({ code, reason: expect.any(String), description: expect.any(String) }) });

async function clientError(promise: Promise<unknown>): Promise<ChipotleApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChipotleApiError);
  return error as ChipotleApiError;
}

describe("Chipotle contract: paths, bodies and answers", () => {
  it("get_lit_action_ipfs_id takes a JSON string and answers a JSON string, without a key", async () => {
    const answer = await raw({ method: "POST", path: "/get_lit_action_ipfs_id", key: "none", body: CODE });
    expect(answer).toMatchObject({ status: 200, body: cidOf(CODE) });
    expect(answer.text).toBe(JSON.stringify(cidOf(CODE)));
    expect(await f.anon.getLitActionIpfsId(CODE)).toBe(cidOf(CODE));
    // An object body is a type error (422), as Rocket's Json<String> answers.
    expect(await raw({ method: "POST", path: "/get_lit_action_ipfs_id", key: "none", body: { code: CODE } })).toMatchObject({ status: 422, body: catcher(422) });
  });

  it("lit_action answers {response, logs, has_error}", async () => {
    const answer = await raw({ method: "POST", path: "/lit_action", key: "usage", body: { code: CODE, js_params: { a: 1 } } });
    expect(answer).toMatchObject({ status: 200, body: { response: { echo: { a: 1 } }, logs: "", has_error: false } });
    expect(await f.client(usage.usageKey).litAction({ code: CODE, js_params: { a: 1 } })).toEqual({ response: { echo: { a: 1 } }, logs: "", has_error: false });
  });

  it("new_account answers {api_key, wallet_address}; the new key exists, an unknown one does not", async () => {
    const answer = await raw({ method: "POST", path: "/new_account", key: "none", body: { account_name: "n", account_description: "d" } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ api_key: expect.any(String), wallet_address: expect.stringMatching(/^0x[0-9a-f]{40}$/) });
    const created = await f.anon.newAccount({ account_name: "n", account_description: "d" });
    expect(await f.client(created.api_key).accountExists()).toBe(true);
    expect(await f.client("bm90LWEta2V5").accountExists()).toBe(false);
    expect(await raw({ method: "POST", path: "/new_account", key: "none", body: { account_name: "n" } })).toMatchObject({ status: 422, body: catcher(422) });
  });

  it("create_wallet answers only {wallet_address} (lowercase); list_wallets holds it", async () => {
    const answer = await raw({ method: "GET", path: "/create_wallet" });
    expect(answer).toMatchObject({ status: 200, body: { wallet_address: expect.stringMatching(/^0x[0-9a-f]{40}$/) } });
    expect(Object.keys(answer.body as object)).toEqual(["wallet_address"]);
    const wallets = await f.admin.listWallets();
    expect(wallets.map((w) => w.wallet_address)).toContain((answer.body as { wallet_address: string }).wallet_address);
    expect(wallets[0]).toEqual({ id: expect.any(String), name: "AMW", description: "Account Master Wallet", wallet_address: expect.any(String) });
  });

  it("add_group answers {success, group_id} with the id as a decimal string; list_groups prints ids as 32-byte hex", async () => {
    const answer = await raw({ method: "POST", path: "/add_group", body: { group_name: "x", group_description: "y", pkp_ids_permitted: [], cid_hashes_permitted: [] } });
    expect(answer).toMatchObject({ status: 200, body: { success: true, group_id: expect.stringMatching(/^\d+$/) } });
    const id = Number((answer.body as { group_id: string }).group_id);
    const groups = await f.admin.listGroups();
    expect(groups).toContainEqual({ id: `0x${id.toString(16).padStart(64, "0")}`, name: "x", description: "y" });
    // Every list field is required (422 without), group_id in add_action_to_group is a number (422 for a string).
    expect(await raw({ method: "POST", path: "/add_group", body: { group_name: "x", group_description: "y" } })).toMatchObject({ status: 422 });
    expect(await raw({ method: "POST", path: "/add_action_to_group", body: { group_id: String(id), action_ipfs_cid: usage.cid } })).toMatchObject({ status: 422 });
  });

  it("actions: add_action by CID, list_actions by keccak256(CID), delete_action/remove_action_from_group by the hashed CID", async () => {
    const code = "async function main() { return 'managed' }";
    const cid = cidOf(code);
    expect(await f.admin.addAction({ action_ipfs_cid: cid, name: "managed", description: "d" })).toEqual({ success: true });
    expect(await f.admin.listActions()).toContainEqual({ id: hashedCid(cid), name: "managed", description: "d" });
    expect(await f.admin.updateActionMetadata({ hashed_cid: hashedCid(cid), name: "renamed", description: "d2" })).toEqual({ success: true });
    expect(await f.admin.listActions()).toContainEqual({ id: hashedCid(cid), name: "renamed", description: "d2" });
    const group = Number((await f.admin.addGroup({ group_name: "a", group_description: "" })).group_id);
    await f.admin.addActionToGroup({ group_id: group, action_ipfs_cid: cid });
    expect(await f.admin.listActions({ group_id: group })).toEqual([{ id: hashedCid(cid), name: "renamed", description: "d2" }]);
    await f.admin.removeActionFromGroup({ group_id: group, hashed_cid: hashedCid(cid) });
    expect(await f.admin.listActions({ group_id: group })).toEqual([]);
    await f.admin.deleteAction({ hashed_cid: hashedCid(cid) });
    expect((await f.admin.listActions()).map((a) => a.id)).not.toContain(hashedCid(cid));
    expect((await clientError(f.admin.deleteAction({ hashed_cid: "0x00" }))).status).toBe(400);
  });

  it("usage keys: add answers {success, usage_api_key}; list_api_keys shows the hash and permissions, never the key", async () => {
    const { usage_api_key } = await f.admin.addUsageApiKey({ name: "k", description: "", ...NO_PERMISSIONS, execute_in_groups: [usage.groupId] });
    const keys = await f.admin.listApiKeys();
    const listed = keys.find((k) => k.name === "k")!;
    expect(listed).toMatchObject({ api_key_hash: expect.stringMatching(/^0x[0-9a-f]{64}$/), can_execute_in_groups: [usage.groupId], balance: expect.any(Number), expiration: expect.stringMatching(/^\d+$/) });
    expect(JSON.stringify(keys)).not.toContain(usage_api_key);
    expect(await f.admin.updateUsageApiKeyMetadata({ usage_api_key, name: "k2", description: "x" })).toEqual({ success: true });
    expect(await f.admin.removeUsageApiKey({ usage_api_key: listed.api_key_hash })).toEqual({ success: true }); // the 0x hash works too
    expect((await f.admin.listApiKeys()).find((k) => k.api_key_hash === listed.api_key_hash)).toBeUndefined();
  });

  it("configuration endpoints answer without a key", async () => {
    expect(await f.anon.getNodeChainConfig()).toEqual({ chain_name: expect.any(String), chain_id: expect.any(Number), is_evm: true, testnet: expect.any(Boolean), token: expect.any(String), contract_address: expect.stringMatching(/^0x/) });
    expect((await f.anon.getChainConfigKeys()).keys).toContain("LIT_ACTION_DEFAULT_MAX_FETCH_COUNT");
    expect(await f.anon.getLitActionClientConfig()).toMatchObject({ timeout_ms: 900_000, memory_limit_mb: 64, max_fetch_count: 50, max_response_length: 102_400 });
    expect(Array.isArray(await f.anon.getApiPayers())).toBe(true);
    expect(await f.anon.getAdminApiPayer()).toMatch(/^0x[0-9a-f]{40}$/);
    expect((await f.anon.getVersion()).name).toBe("lit-api-server");
  });

  it("billing without Stripe is a 500 'Billing not configured' (a bare string)", async () => {
    const answer = await raw({ method: "GET", path: "/billing/balance" });
    expect(answer).toMatchObject({ status: 500, body: expect.stringMatching(/^Billing not configured/) });
    // A read is retried on 5xx (the chain or Stripe behind it may recover), then surfaces as retryable.
    const error = (await f.admin.billingBalance().catch((e: unknown) => e)) as LitNetworkError;
    expect(error).toBeInstanceOf(LitNetworkError);
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/Billing not configured/);
  });
});

describe("Chipotle contract: statuses and error shapes", () => {
  it("401 without a key: Rocket's catcher JSON when JSON is preferred, HTML otherwise", async () => {
    expect(await raw({ method: "POST", path: "/lit_action", key: "none", body: { code: CODE } })).toMatchObject({ status: 401, body: catcher(401) });
    const html = await raw({ method: "POST", path: "/lit_action", key: "none", body: { code: CODE }, accept: "text/html" });
    expect(html.status).toBe(401);
    expect(html.type).toMatch(/text\/html/);
    expect(await raw({ method: "POST", path: "/add_group", key: "none", body: {} })).toMatchObject({ status: 401 });
  });

  it("an unknown key: 500 from lit_action and the lists (AccountDoesNotExist), 403 from group writes (NoAccountAccess)", async () => {
    const run = await raw({ method: "POST", path: "/lit_action", key: "unknown", body: { code: CODE } });
    expect(run).toMatchObject({ status: 500, body: expect.stringContaining("AccountDoesNotExist") });
    const viaClient = await clientError(f.client("bm90LWEta2V5").litAction({ code: CODE }));
    expect(viaClient.status).toBe(500);
    expect(isRetryable(viaClient)).toBe(false);
    expect(await raw({ method: "GET", path: "/list_groups?page_number=0&page_size=10", key: "unknown" })).toMatchObject({ status: 500 });
    expect(await raw({ method: "POST", path: "/add_group", key: "unknown", body: { group_name: "x", group_description: "", pkp_ids_permitted: [], cid_hashes_permitted: [] } })).toMatchObject({ status: 403, body: "Permission denied" });
  });

  it("403 for a key without execute rights on the CID, with the CID and its hash in the bare-string body", async () => {
    const other = "async function main() { return 'not in any group' }";
    const answer = await raw({ method: "POST", path: "/lit_action", key: "usage", body: { code: other } });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(expect.stringContaining(`not authorized to execute the specified action (${cidOf(other)}/`));
    expect((await clientError(f.client(usage.usageKey).litAction({ code: other }))).status).toBe(403);
  });

  it("400 for a cache miss or neither code nor ipfs_id; ipfs_id works once the code ran", async () => {
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", body: { ipfs_id: cidOf("never sent") } })).toMatchObject({ status: 400, body: expect.stringContaining("cache miss for IPFS ID") });
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", body: {} })).toMatchObject({ status: 400, body: expect.stringContaining("Either `code` or `ipfs_id`") });
    await f.client(usage.usageKey).litAction({ code: CODE, js_params: 1 });
    expect(await f.client(usage.usageKey).litAction({ ipfs_id: usage.cid, js_params: 2 })).toMatchObject({ response: { echo: 2 } });
  });

  it("a failing action is a 500 'Actions failed with …' bare string, not retried by the client", async () => {
    const code = "async function main() { throw new Error('deterministic') }";
    const scoped = await f.scoped(code, { withPkp: false });
    const before = f.server.requests.filter((r) => r.path === "/lit_action").length;
    const error = await clientError(f.client(scoped.usageKey).litAction({ code }));
    expect(error.status).toBe(500);
    expect(error.serverMessage).toMatch(/^Actions failed with : .*deterministic/);
    expect(isRetryable(error)).toBe(false);
    expect(f.server.requests.filter((r) => r.path === "/lit_action").length - before).toBe(1);
  });

  it("404 catcher for paths outside /core/v1/, unknown routes, and a POST that is not application/json", async () => {
    const outside = await fetch(`${f.server.url}/lit_action`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: "{}" });
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual(catcher(404));
    expect(await raw({ method: "GET", path: "/no_such_endpoint" })).toMatchObject({ status: 404, body: catcher(404) });
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", rawBody: JSON.stringify({ code: CODE }), contentType: "text/plain" })).toMatchObject({ status: 404 });
  });

  it("400 catcher for malformed JSON, 422 for well-formed JSON of the wrong shape or query", async () => {
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", rawBody: "{not json" })).toMatchObject({ status: 400, body: catcher(400) });
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", body: { code: 42 } })).toMatchObject({ status: 422, body: catcher(422) });
    expect(await raw({ method: "GET", path: "/list_groups" })).toMatchObject({ status: 422 });
    expect(await raw({ method: "GET", path: "/list_groups?page_number=0&page_size=-1" })).toMatchObject({ status: 422 });
  });

  it("429 catcher when shedding load; the client retries it and succeeds", async () => {
    f.server.overload(1);
    expect(await raw({ method: "POST", path: "/lit_action", key: "usage", body: { code: CODE } })).toMatchObject({ status: 429, body: catcher(429) });
    f.server.overload(2);
    expect(await f.client(usage.usageKey).litAction({ code: CODE, js_params: "after" })).toMatchObject({ response: { echo: "after" } });
  });

  it("402 catcher when the account has no credit (billing mode); management calls cost credit", async () => {
    const billed = await startChipotle({ billing: { initialCreditsCents: 3 } });
    try {
      const scoped = await billed.scoped(CODE, { withPkp: false }).catch((e: unknown) => e);
      expect((scoped as ChipotleApiError).status).toBe(402); // 3 cents: add_group, add_action, add_action_to_group, then the key
      billed.server.setCredits(billed.accountKey, 100);
      const ok = await billed.scoped(CODE, { withPkp: false });
      expect((await billed.admin.billingBalance()).balance_cents).toBeLessThan(0);
      billed.server.setCredits(billed.accountKey, 0);
      expect((await billed.anon.getVersion()).name).toBe("lit-api-server"); // free
      const response = await fetch(`${billed.server.url}/core/v1/lit_action`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", "x-api-key": ok.usageKey }, body: JSON.stringify({ code: CODE }) });
      expect(response.status).toBe(402);
      expect(await response.json()).toEqual(catcher(402));
      expect((await clientError(billed.client(ok.usageKey).litAction({ code: CODE }))).status).toBe(402);
      expect((await billed.admin.billingBalance()).balance_display).toBe("No credits");
    } finally {
      await billed.close();
    }
  });
});

describe("Chipotle contract: keys and their scopes", () => {
  let zero: ChipotleClient;
  beforeAll(async () => {
    const { usage_api_key } = await f.admin.addUsageApiKey({ name: "zero", description: "", ...NO_PERMISSIONS });
    zero = f.client(usage_api_key);
  });

  it("a usage key with no permissions can do nothing: execute, groups, wallets, actions, keys, listings", async () => {
    expect((await clientError(zero.litAction({ code: CODE }))).status).toBe(403);
    expect((await clientError(zero.addGroup({ group_name: "x", group_description: "" }))).status).toBe(403);
    expect((await clientError(zero.removeGroup({ group_id: usage.groupId }))).status).toBe(403);
    expect((await clientError(zero.createWallet())).status).toBe(403);
    expect((await clientError(zero.addActionToGroup({ group_id: usage.groupId, action_ipfs_cid: cidOf("evil") }))).status).toBe(403);
    expect((await clientError(zero.addPkpToGroup({ group_id: usage.groupId, pkp_id: `0x${"11".repeat(20)}` }))).status).toBe(403);
    expect((await clientError(zero.removePkpFromGroup({ group_id: usage.groupId, pkp_id: usage.pkp }))).status).toBe(403);
    expect((await clientError(zero.addUsageApiKey({ name: "escalate", description: "", ...NO_PERMISSIONS, execute_in_groups: [0] }))).status).toBe(403);
    expect((await clientError(zero.addAction({ action_ipfs_cid: cidOf("evil"), name: "", description: "" }))).status).toBe(500); // NotMasterAccount
    expect((await clientError(zero.listGroups())).status).toBe(403);
    expect((await clientError(zero.listApiKeys())).status).toBe(403);
  });

  it("a scoped usage key executes only its group's actions and cannot widen its scope", async () => {
    const scopedClient = f.client(usage.usageKey);
    expect((await scopedClient.litAction({ code: CODE })).response).toEqual({ echo: null });
    expect((await clientError(scopedClient.litAction({ code: "async function main() { return 'anything' }" }))).status).toBe(403);
    expect((await clientError(scopedClient.addActionToGroup({ group_id: usage.groupId, action_ipfs_cid: cidOf("async function main() { return 'anything' }") }))).status).toBe(403);
    expect((await clientError(scopedClient.updateUsageApiKey({ usage_api_key: usage.usageKey, name: "x", description: "", ...NO_PERMISSIONS, execute_in_groups: [0] }))).status).toBe(403);
    expect((await clientError(scopedClient.updateGroup({ group_id: usage.groupId, name: "x", description: "", cid_hashes_permitted: ["0x00"] }))).status).toBe(500);
  });

  it("the account key administers but executes nothing (canExecuteAction consults usage keys only)", async () => {
    const error = await clientError(f.admin.litAction({ code: CODE }));
    expect(error.status).toBe(403);
    expect(error.serverMessage).toMatch(/not authorized to execute the specified action/);
  });

  it("the 0 wildcards: execute_in_groups [0] runs everywhere, a group with CID hash 0 admits any action", async () => {
    const { usage_api_key } = await f.admin.addUsageApiKey({ name: "wild", description: "", ...NO_PERMISSIONS, execute_in_groups: [0] });
    expect((await f.client(usage_api_key).litAction({ code: "async function main() { return 'wild' }" })).response).toBe("wild");
    const open = Number((await f.admin.addGroup({ group_name: "open", group_description: "", cid_hashes_permitted: ["0"] })).group_id); // decimal "0", as Lit's examples write it
    const { usage_api_key: openKey } = await f.admin.addUsageApiKey({ name: "open", description: "", ...NO_PERMISSIONS, execute_in_groups: [open] });
    expect((await f.client(openKey).litAction({ code: "async function main() { return 'any code' }" })).response).toBe("any code");
    await f.admin.removeGroup({ group_id: open });
    expect((await clientError(f.client(openKey).litAction({ code: "async function main() { return 'any code' }" }))).status).toBe(403);
  });

  it("permission lifecycle: granted, revoked by update, and a removed key is refused", async () => {
    const { usage_api_key } = await f.admin.addUsageApiKey({ name: "life", description: "", ...NO_PERMISSIONS });
    const life = f.client(usage_api_key);
    expect((await clientError(life.litAction({ code: CODE }))).status).toBe(403);
    await f.admin.updateUsageApiKey({ usage_api_key, name: "life", description: "", ...NO_PERMISSIONS, execute_in_groups: [usage.groupId] });
    expect((await life.litAction({ code: CODE })).response).toEqual({ echo: null });
    await f.admin.updateUsageApiKey({ usage_api_key, name: "life", description: "", ...NO_PERMISSIONS });
    expect((await clientError(life.litAction({ code: CODE }))).status).toBe(403);
    await f.admin.removeUsageApiKey({ usage_api_key });
    expect((await clientError(life.litAction({ code: CODE }))).status).toBe(500); // the key no longer exists
  });

  it("accounts are isolated: another account's key sees none of this account's groups and cannot run its actions", async () => {
    const other = await f.anon.newAccount({ account_name: "other", account_description: "" });
    const otherAdmin = f.client(other.api_key);
    expect(await otherAdmin.listGroups()).toEqual([]);
    expect((await clientError(otherAdmin.litAction({ code: CODE }))).status).toBe(403);
    expect((await clientError(otherAdmin.addPkpToGroup({ group_id: usage.groupId, pkp_id: usage.pkp }))).status).toBe(500); // its own account has no such group
    expect((await clientError(otherAdmin.removeUsageApiKey({ usage_api_key: usage.usageKey }))).status).toBe(500);
    expect((await f.client(usage.usageKey).litAction({ code: CODE })).response).toEqual({ echo: null });
  });

  it("accepts Authorization: Bearer as well as X-Api-Key", async () => {
    const response = await fetch(`${f.server.baseUrl}/lit_action`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${usage.usageKey}` },
      body: JSON.stringify({ code: CODE, js_params: "bearer" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response: { echo: "bearer" } });
  });
});
