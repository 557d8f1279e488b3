/**
 * `lit-oracle chipotle setup`: the operator's path on Lit's Chipotle service, in the order the real
 * API needs it (every step a documented `/core/v1/` endpoint):
 *
 *  1. the account: the account key from `LIT_ACCOUNT_API_KEY`, or a new account (`--new-account`,
 *     its key written once to `--account-key-out`, mode 0600);
 *  2. the action: its CID computed locally from the built file and checked against the server's
 *     `get_lit_action_ipfs_id`, then registered (`add_action`);
 *  3. the PKP: a new wallet (`create_wallet`) or `--pkp <address>`;
 *  4. the group: `add_group`, then exactly that CID (`add_action_to_group`, no wildcard) and that PKP
 *     (`add_pkp_to_group`) — only this code can use this key;
 *  5. the PKP's public key (the receivers' signer) and, when `LIT_ORACLE_PREMIUM_API_KEY` is set,
 *     the premium key encrypted to the PKP (`Encrypt`): both by a one-off helper action in a
 *     temporary group with a temporary usage key, both removed afterwards, so the oracle's group
 *     never admits other code;
 *  6. the keeper's usage key: `add_usage_api_key` with `execute_in_groups: [group]` (plus the
 *     `--usage-group`s of an earlier setup: the keeper has one LIT_API_KEY for the price feed and the
 *     relay action, each in its own group with its own PKP) and nothing else, written to
 *     `--usage-key-out` (mode 0600) — the keeper's LIT_API_KEY.
 *
 * Output (`--out`, and stdout with `--json`): everything that is not a secret — the CID, group, PKP
 * address and public key, the premium key's ciphertext (the pieces the build-time manifest needs) and
 * the keeper's `lit:` section. Secrets are never printed or logged.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { cidOf } from "../../../lit/cid.ts";
import { CHIPOTLE_DEFAULT_URL, createChipotleClient, type ChipotleClient, type ChipotleClientDeps } from "../../../lit/chipotle.ts";
import { BaseError } from "../../../common/errors.ts";
import { LitNetworkError } from "../../../lit/errors.ts";

export const ACCOUNT_KEY_ENV = "LIT_ACCOUNT_API_KEY";
export const PREMIUM_KEY_ENV = "LIT_ORACLE_PREMIUM_API_KEY";
export const DEFAULT_CHIPOTLE_ACTION_FILE = "actions/dist/price-feed.chipotle.js";
export const DEFAULT_USAGE_KEY_FILE = ".lit-oracle/chipotle-usage-key";
export const DEFAULT_SETUP_OUT = ".lit-oracle/chipotle-setup.json";
/** File mode for files holding an API key: owner read/write only. */
const SECRET_FILE_MODE = 0o600;

/**
 * The one-off helper: the PKP's public key (uncompressed, the receivers' signer) and, when given,
 * a secret encrypted to the PKP. Fixed code: its CID is what the temporary group admits.
 */
export const CHIPOTLE_SETUP_HELPER = `async function main(params) {
  const wallet = new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId: params.pkpId }));
  const out = { publicKey: wallet.publicKey, address: wallet.address.toLowerCase() };
  if (typeof params.secret === "string") out.ciphertext = await Lit.Actions.Encrypt({ pkpId: params.pkpId, message: params.secret });
  return out;
}
`;

const NO_PERMISSIONS = {
  can_create_groups: false,
  can_delete_groups: false,
  can_create_pkps: false,
  manage_ipfs_ids_in_groups: [],
  add_pkp_to_groups: [],
  remove_pkp_from_groups: [],
  execute_in_groups: [],
};

export class ChipotleSetupError extends BaseError {
  override name = "ChipotleSetupError";
}

export type ChipotleSetupParams = {
  /** Service origin or API base (default production). */
  url?: string;
  /** The account key; omit with `newAccount`. */
  accountKey?: string;
  newAccount?: { name: string; description: string };
  actionCode: string;
  actionFile?: string;
  /** Reuse this wallet (0x address) instead of creating one. */
  pkp?: string;
  /** The premium data key to encrypt to the PKP. */
  premiumKey?: string;
  /** Premium source name the action uses the key for (for the manifest). */
  premiumSource?: string;
  name?: string;
  /** Groups of earlier setups the keeper's usage key may execute in too (e.g. the price feed's, for the relay action's key). */
  usageGroups?: readonly number[];
};

export type ChipotleSetupResult = {
  url: string;
  apiBase: string;
  actionCid: string;
  actionFile: string | undefined;
  groupId: number;
  pkpId: string;
  pkpPublicKey: string;
  premium: { source: string | undefined; pkpId: string; ciphertext: string } | undefined;
  /** What the build-time manifest takes from Chipotle. */
  manifest: { runtime: "chipotle"; actionCid: string; signer: { pkpId: string; publicKey: string }; premium?: { source: string | undefined; pkpId: string; ciphertext: string } };
  /** The keeper's `lit:` config section (LIT_API_KEY = the usage key). */
  keeperLit: { runtime: "chipotle"; url: string; actionFile?: string; actionCid: string; pkpPublicKey: string; pkpId: string };
};

export type ChipotleSetupSecrets = { usageKey: string; accountKey: string | undefined };

export type ChipotleSetupDeps = ChipotleClientDeps & {
  /** One line per step, for the operator (never a secret). */
  progress?: (line: string) => void;
};

export async function chipotleSetup(deps: ChipotleSetupDeps, params: ChipotleSetupParams): Promise<{ result: ChipotleSetupResult; secrets: ChipotleSetupSecrets }> {
  const url = params.url ?? CHIPOTLE_DEFAULT_URL;
  const progress = deps.progress ?? (() => {});
  const name = params.name ?? "lit-oracle";
  const client = (apiKey: string): ChipotleClient => createChipotleClient({ baseUrl: url, apiKey }, deps);
  const anon = client("");

  // 1. account
  let accountKey = params.accountKey;
  let createdAccountKey: string | undefined;
  if (!accountKey) {
    if (!params.newAccount) throw new ChipotleSetupError(`no account key: set ${ACCOUNT_KEY_ENV} or pass --new-account`);
    const created = await anon.newAccount({ account_name: params.newAccount.name, account_description: params.newAccount.description });
    accountKey = createdAccountKey = created.api_key;
    progress(`account created (wallet ${created.wallet_address})`);
  }
  const admin = client(accountKey);
  if (!(await admin.accountExists())) throw new ChipotleSetupError("the account key is not known to Chipotle (account_exists is false)");

  // 2. action
  const actionCid = cidOf(params.actionCode);
  const serverCid = await anon.getLitActionIpfsId(params.actionCode);
  if (serverCid !== actionCid) {
    throw new ChipotleSetupError("Chipotle computes a different CID for the action than lit-oracle does", { metaMessages: [`local: ${actionCid}`, `server: ${serverCid}`] });
  }
  await admin.addAction({ action_ipfs_cid: actionCid, name, description: `lit-oracle action ${actionCid}` });
  progress(`action ${actionCid} registered`);

  // 3. PKP
  let pkpId: string;
  if (params.pkp) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(params.pkp)) throw new ChipotleSetupError(`--pkp must be a wallet address (0x + 40 hex), got ${JSON.stringify(params.pkp)}`);
    pkpId = params.pkp.toLowerCase();
    progress(`PKP ${pkpId} (existing)`);
  } else {
    pkpId = (await admin.createWallet()).wallet_address.toLowerCase();
    progress(`PKP ${pkpId} created`);
  }

  // 4. the oracle's group: exactly this CID and this PKP
  const groupId = Number((await admin.addGroup({ group_name: name, group_description: `only ${actionCid} may use ${pkpId}` })).group_id);
  await admin.addActionToGroup({ group_id: groupId, action_ipfs_cid: actionCid });
  await admin.addPkpToGroup({ group_id: groupId, pkp_id: pkpId });
  progress(`group ${groupId}: action ${actionCid}, PKP ${pkpId}`);

  // 5. public key and premium ciphertext through a temporary group + key, removed afterwards
  const helperCid = cidOf(CHIPOTLE_SETUP_HELPER);
  const setupGroup = Number((await admin.addGroup({ group_name: `${name}-setup`, group_description: "temporary: lit-oracle chipotle setup" })).group_id);
  let helperKey: string | undefined;
  let helper: { publicKey: string; address: string; ciphertext?: string };
  try {
    await admin.addActionToGroup({ group_id: setupGroup, action_ipfs_cid: helperCid });
    await admin.addPkpToGroup({ group_id: setupGroup, pkp_id: pkpId });
    helperKey = (await admin.addUsageApiKey({ name: `${name}-setup`, description: "temporary", ...NO_PERMISSIONS, execute_in_groups: [setupGroup] })).usage_api_key;
    const response = await client(helperKey).litAction({ code: CHIPOTLE_SETUP_HELPER, js_params: { pkpId, ...(params.premiumKey !== undefined ? { secret: params.premiumKey } : {}) } });
    helper = response.response as typeof helper;
  } finally {
    if (helperKey) await admin.removeUsageApiKey({ usage_api_key: helperKey });
    await admin.removeGroup({ group_id: setupGroup });
  }
  if (!helper || typeof helper.publicKey !== "string" || !/^0x04[0-9a-fA-F]{128}$/.test(helper.publicKey)) {
    throw new ChipotleSetupError("the setup helper did not return the PKP's public key", { metaMessages: [JSON.stringify(helper).slice(0, 200)] });
  }
  if (helper.address !== pkpId) throw new ChipotleSetupError(`the PKP's key belongs to ${helper.address}, not ${pkpId}`);
  const premium = params.premiumKey !== undefined ? { source: params.premiumSource, pkpId, ciphertext: String(helper.ciphertext) } : undefined;
  progress(`PKP public key read${premium ? "; premium key encrypted to the PKP" : ""}; temporary group ${setupGroup} removed`);

  // 6. the keeper's usage key: execute in the oracle's group, nothing else
  const groups = [groupId, ...(params.usageGroups ?? []).filter((g) => g !== groupId)];
  const usageKey = (await admin.addUsageApiKey({ name: `${name}-keeper`, description: `executes in groups ${groups.join(", ")} only`, ...NO_PERMISSIONS, execute_in_groups: groups })).usage_api_key;
  progress(`usage key created (execute in group${groups.length === 1 ? "" : "s"} ${groups.join(", ")} only)`);

  const apiBase = admin.apiBase;
  const result: ChipotleSetupResult = {
    url,
    apiBase,
    actionCid,
    actionFile: params.actionFile,
    groupId,
    pkpId,
    pkpPublicKey: helper.publicKey,
    premium,
    manifest: { runtime: "chipotle", actionCid, signer: { pkpId, publicKey: helper.publicKey }, ...(premium ? { premium } : {}) },
    keeperLit: { runtime: "chipotle", url, ...(params.actionFile ? { actionFile: params.actionFile } : {}), actionCid, pkpPublicKey: helper.publicKey, pkpId },
  };
  return { result, secrets: { usageKey, accountKey: createdAccountKey } };
}

type SetupOptions = {
  url: string;
  action: string;
  pkp?: string;
  newAccount?: boolean;
  accountKeyOut?: string;
  usageKeyOut: string;
  out: string;
  premiumSource?: string;
  name: string;
  usageGroup?: string[];
  json?: boolean;
};

export function register(program: Command): void {
  const chipotle = program.command("chipotle").description("Lit's Chipotle service (REST API under /core/v1/)");
  chipotle
    .command("setup")
    .description("account, action, PKP, group, usage key and encrypted premium key on Chipotle, for the keeper")
    .option("--url <url>", "Chipotle service origin (https; plain http only to loopback)", CHIPOTLE_DEFAULT_URL)
    .option("--action <file>", "the built Chipotle action", DEFAULT_CHIPOTLE_ACTION_FILE)
    .option("--pkp <address>", "use this wallet of the account instead of creating one")
    .option("--new-account", `create a new account (else the account key comes from ${ACCOUNT_KEY_ENV})`)
    .option("--account-key-out <file>", "where a new account's key is written (mode 0600)")
    .option("--usage-key-out <file>", "where the keeper's usage key is written (mode 0600)", DEFAULT_USAGE_KEY_FILE)
    .option("--out <file>", "where the non-secret result is written (JSON)", DEFAULT_SETUP_OUT)
    .option("--premium-source <name>", "the premium source the encrypted key is for (recorded for the manifest)")
    .option("--name <name>", "name of the action, group and keys on Chipotle", "lit-oracle")
    .option("--usage-group <id>", "a group of an earlier setup the keeper's usage key may execute in too (repeat; e.g. the price feed's when setting up the relay action)", (v: string, prev: string[] = []) => [...prev, v])
    .option("--json", "print the result as JSON on stdout")
    .action(async (options: SetupOptions) => {
      if (options.newAccount && !options.accountKeyOut) throw new ChipotleSetupError("--new-account needs --account-key-out <file> (the account key is shown only once)");
      const actionFile = options.action;
      let actionCode: string;
      try {
        actionCode = readFileSync(resolve(actionFile), "utf8");
      } catch (error) {
        throw new ChipotleSetupError(`cannot read the action ${actionFile}`, { cause: error });
      }
      const premiumKey = process.env[PREMIUM_KEY_ENV] || undefined;
      const usageGroups = (options.usageGroup ?? []).map((g) => {
        if (!/^\d+$/.test(g)) throw new ChipotleSetupError(`--usage-group must be a group id (an integer), got ${JSON.stringify(g)}`);
        return Number(g);
      });
      const { result, secrets } = await chipotleSetupReachable(options.url, () => chipotleSetup(
        { progress: (line) => process.stderr.write(`chipotle setup: ${line}\n`) },
        {
          url: options.url,
          ...(process.env[ACCOUNT_KEY_ENV] ? { accountKey: process.env[ACCOUNT_KEY_ENV] } : {}),
          ...(options.newAccount ? { newAccount: { name: options.name, description: "lit-oracle" } } : {}),
          actionCode,
          actionFile,
          ...(options.pkp ? { pkp: options.pkp } : {}),
          ...(premiumKey !== undefined ? { premiumKey } : {}),
          ...(options.premiumSource ? { premiumSource: options.premiumSource } : {}),
          name: options.name,
          ...(usageGroups.length > 0 ? { usageGroups } : {}),
        },
      ));
      writeSecret(options.usageKeyOut, secrets.usageKey);
      if (secrets.accountKey && options.accountKeyOut) writeSecret(options.accountKeyOut, secrets.accountKey);
      mkdirSync(dirname(resolve(options.out)), { recursive: true });
      writeFileSync(resolve(options.out), `${JSON.stringify(result, null, 2)}\n`);
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        process.stdout.write(
          [
            `Chipotle setup done (${result.apiBase}). Non-secret result: ${options.out}`,
            `The keeper's LIT_API_KEY (usage key, execute in group ${[result.groupId, ...usageGroups].join(", ")} only) is in ${options.usageKeyOut}.`,
            "",
            "keeper config:",
            "lit:",
            ...Object.entries(result.keeperLit).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
            "",
          ].join("\n"),
        );
      }
    });
}

/** Turns "could not connect" into an error that names the service the operator pointed at. */
async function chipotleSetupReachable<T>(url: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LitNetworkError && /network error/.test(error.shortMessage)) {
      let origin = url;
      try {
        origin = new URL(url).origin;
      } catch {
        // chipotleApiBase has already refused a malformed URL
      }
      throw new ChipotleSetupError(`cannot reach Chipotle at ${origin}: is the URL right and the service up?`, { metaMessages: [error.shortMessage] });
    }
    throw error;
  }
}

function writeSecret(file: string, value: string): void {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${value}\n`, { mode: SECRET_FILE_MODE });
  chmodSync(path, SECRET_FILE_MODE);
}
