/**
 * `lit-oracle chipotle setup` end to end on the loopback Chipotle, and the keeper running a round
 * through the loopback server at the real base URL shape (origin; the client adds /core/v1).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import { compileAction } from "../../actions/build.ts";
import { cidOf } from "../../lit/cid.ts";
import { hashedCid, serveChipotle } from "../../lit/chipotle-server.ts";
import { CHIPOTLE_SETUP_HELPER, chipotleSetup, ChipotleSetupError } from "../../keeper/src/commands/chipotle.ts";
import { loadConfig } from "../../keeper/src/config/index.ts";
import { createRuntimeFromConfig, loadAction } from "../../keeper/src/lit-runtime.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { capturedLogger, keeperOn, stack } from "../keeper/helpers.ts";
import { startChipotle, type ChipotleFixture } from "./chipotle-fixture.ts";
import { ChipotleApiError } from "../../lit/chipotle.ts";

const ACTION_FILE = new URL("../../actions/dist/price-feed.chipotle.js", import.meta.url).pathname;
const PREMIUM = "premium-data-key-4b1e";

describe("lit-oracle chipotle setup on the loopback Chipotle", () => {
  let f: ChipotleFixture;
  let code: string;
  beforeAll(async () => {
    f = await startChipotle();
    code = await readFile(ACTION_FILE, "utf8");
  });
  afterAll(async () => f.close());

  it("builds account → action → PKP → group (exactly the CID and PKP) → usage key, and encrypts the premium key", async () => {
    const progress: string[] = [];
    const { result, secrets } = await chipotleSetup({ progress: (line) => void progress.push(line) }, { url: f.server.url, newAccount: { name: "op", description: "" }, actionCode: code, actionFile: ACTION_FILE, premiumKey: PREMIUM, premiumSource: "coingecko" });
    expect(result.actionCid).toBe(cidOf(code));
    expect(result.pkpId).toMatch(/^0x[0-9a-f]{40}$/);
    expect(result.pkpPublicKey).toMatch(/^0x04[0-9a-f]{128}$/);
    expect(f.network.getPkp(result.pkpId).publicKey.toLowerCase()).toBe(result.pkpPublicKey.toLowerCase());
    expect(result.manifest).toEqual({ runtime: "chipotle", actionCid: result.actionCid, signer: { pkpId: result.pkpId, publicKey: result.pkpPublicKey }, premium: { source: "coingecko", pkpId: result.pkpId, ciphertext: expect.stringMatching(/^[0-9a-f]+$/) } });
    expect(result.keeperLit).toEqual({ runtime: "chipotle", url: f.server.url, actionFile: ACTION_FILE, actionCid: result.actionCid, pkpPublicKey: result.pkpPublicKey, pkpId: result.pkpId });
    // No secret in what is printed or written.
    expect(JSON.stringify(result)).not.toContain(PREMIUM);
    expect(JSON.stringify(result) + progress.join()).not.toContain(secrets.usageKey);
    expect(JSON.stringify(result) + progress.join()).not.toContain(secrets.accountKey!);

    const admin = f.client(secrets.accountKey!);
    // The temporary helper group and key are gone: one group, holding exactly the CID and the PKP; one usage key.
    expect(await admin.listGroups()).toEqual([{ id: expect.any(String), name: "lit-oracle", description: expect.any(String) }]);
    expect(await admin.listActions({ group_id: result.groupId })).toEqual([{ id: hashedCid(result.actionCid), name: "lit-oracle", description: expect.any(String) }]);
    expect((await admin.listWalletsInGroup({ group_id: result.groupId })).map((w) => w.wallet_address)).toEqual([result.pkpId]);
    const keys = await admin.listApiKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ can_execute_in_groups: [result.groupId], can_create_groups: false, can_delete_groups: false, can_create_pkps: false, can_manage_ipfs_ids_in_groups: [], can_add_pkp_to_groups: [], can_remove_pkp_from_groups: [] });

    // The usage key runs the oracle's CID and nothing else — not even the setup helper any more.
    const keeperKey = f.client(secrets.usageKey);
    const other = (await keeperKey.litAction({ code: "async function main() { return 1 }" }).catch((e: unknown) => e)) as ChipotleApiError;
    expect(other.status).toBe(403);
    const helper = (await keeperKey.litAction({ code: CHIPOTLE_SETUP_HELPER, js_params: { pkpId: result.pkpId } }).catch((e: unknown) => e)) as ChipotleApiError;
    expect(helper.status).toBe(403);
    expect((await keeperKey.litAction({ code, js_params: null })).response).toBeDefined(); // runs (and refuses the missing params itself)

    // The ciphertext opens with the PKP (on the emulator directly: the oracle's group admits no test code).
    const opened = await f.network.executeChipotle({ code: "async function main({ pkpId, ciphertext }) { return await Lit.Actions.Decrypt({ pkpId, ciphertext }) }", jsParams: { pkpId: result.pkpId, ciphertext: result.premium!.ciphertext } });
    expect(opened.response).toBe(PREMIUM);
  });

  it("refuses without an account key, with an unknown key, and with a malformed --pkp", async () => {
    await expect(chipotleSetup({}, { url: f.server.url, actionCode: code })).rejects.toThrow(ChipotleSetupError);
    await expect(chipotleSetup({}, { url: f.server.url, accountKey: "bm90LWEta2V5", actionCode: code })).rejects.toThrow(/not known to Chipotle/);
    await expect(chipotleSetup({}, { url: f.server.url, accountKey: f.accountKey, actionCode: code, pkp: "my-oracle-pkp" })).rejects.toThrow(/wallet address/);
    await expect(chipotleSetup({}, { url: "http://chipotle.example", accountKey: f.accountKey, actionCode: code })).rejects.toThrow(/must be https/);
  });

  it("the CLI writes the keys to 0600 files and prints neither", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chipotle-setup-"));
    try {
      const out = await cli(["chipotle", "setup", "--url", f.server.url, "--action", ACTION_FILE, "--new-account", "--account-key-out", join(dir, "account"), "--usage-key-out", join(dir, "usage"), "--out", join(dir, "setup.json")], { [`LIT_ORACLE_PREMIUM_API_KEY`]: PREMIUM });
      expect(out.code).toBe(0);
      const usageKey = readFileSync(join(dir, "usage"), "utf8").trim();
      const accountKey = readFileSync(join(dir, "account"), "utf8").trim();
      expect(statSync(join(dir, "usage")).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, "account")).mode & 0o777).toBe(0o600);
      for (const text of [out.stdout, out.stderr, readFileSync(join(dir, "setup.json"), "utf8")]) {
        expect(text).not.toContain(usageKey);
        expect(text).not.toContain(accountKey);
        expect(text).not.toContain(PREMIUM);
      }
      const result = JSON.parse(readFileSync(join(dir, "setup.json"), "utf8")) as { actionCid: string; premium: { ciphertext: string } };
      expect(result.actionCid).toBe(cidOf(code));
      expect(out.stdout).toContain(`actionCid: "${result.actionCid}"`);
      const refused = await cli(["chipotle", "setup", "--url", f.server.url, "--action", ACTION_FILE, "--new-account"], {});
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/--account-key-out/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the keeper runs a round through the loopback Chipotle at the real base URL shape", () => {
  let s: EmbeddedStack;
  let keeper: Keeper | undefined;
  let server: Awaited<ReturnType<typeof serveChipotle>>;
  beforeAll(async () => {
    s = await stack();
    server = await serveChipotle(s.lit);
  }, 600_000); // hang guard: the embedded stack (two chains, contracts, Lit nodes) starts slowly on a loaded machine
  afterAll(async () => {
    await keeper?.stop();
    await server?.close();
    await s?.close();
  });

  it("setup against the stack's signer PKP, then a round lands every feed with a Chipotle signature", async () => {
    const account = server.newAccount({ name: "operator" });
    server.importWallet(account.api_key, s.pkp.ethAddress); // the receivers already trust this PKP
    // The Chipotle bundle built with the stack's own manifest (the simulator and the loopback chains are pinned in it).
    const actionFile = join(s.stateDir, "price-feed.chipotle.js");
    await writeFile(actionFile, (await compileAction("price-feed.chipotle", s.manifest)).code);
    const code = await readFile(actionFile, "utf8");
    const { result, secrets } = await chipotleSetup({}, { url: server.url, accountKey: account.api_key, actionCode: code, actionFile, pkp: s.pkp.ethAddress });
    expect(result.pkpPublicKey.toLowerCase()).toBe(s.pkp.publicKey.toLowerCase());
    const input = structuredClone(s.configInput);
    input.lit = { ...result.keeperLit, timeoutMs: 60_000 };
    const config = await loadConfig({ file: input as Record<string, unknown> });
    expect(config.lit.url).toBe(server.url); // the origin, as https://api.chipotle.litprotocol.com is configured
    const runtime = await createRuntimeFromConfig(config.lit, { ...s.secrets, litApiKey: secrets.usageKey });
    const action = await loadAction(config.lit);
    const log = capturedLogger([s.secrets.privateKey, secrets.usageKey]);
    keeper = keeperOn(s, config, { lit: runtime, action: { code: action.code!, cid: action.cid! }, logger: log.logger });
    await keeper.start({ schedule: false });
    const before = server.requests.length;
    const round = await keeper.runRoundNow();
    expect(round.outcomes.length).toBeGreaterThan(0);
    for (const outcome of round.outcomes) expect(outcome).toMatchObject({ outcome: "updated", reason: "initial" });
    const executions = server.requests.slice(before).filter((r) => r.path === "/lit_action");
    expect(executions.length).toBeGreaterThan(0);
    expect(executions.every((r) => r.status === 200)).toBe(true);
    expect(log.lines().join("\n")).not.toContain(secrets.usageKey);
  });
});

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [new URL("../../bin/lit-oracle.js", import.meta.url).pathname, ...args], { env: { ...process.env, ...env, LIT_ACCOUNT_API_KEY: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
