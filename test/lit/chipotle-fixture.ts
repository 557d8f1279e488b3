/**
 * A loopback Chipotle for tests: emulator + REST face, one account, a group holding one action and
 * one PKP, and a usage key scoped to that group (what `lit-oracle chipotle setup` builds).
 */
import { createChipotleClient, type ChipotleClient } from "../../lit/chipotle.ts";
import { serveChipotle, type ChipotleServer, type ChipotleServerParams } from "../../lit/chipotle-server.ts";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../lit/local/network.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

export const noSleep = async () => {};

export const NO_PERMISSIONS = {
  can_create_groups: false,
  can_delete_groups: false,
  can_create_pkps: false,
  manage_ipfs_ids_in_groups: [],
  add_pkp_to_groups: [],
  remove_pkp_from_groups: [],
  execute_in_groups: [],
};

export type ChipotleFixture = {
  network: LocalLitNetwork;
  server: ChipotleServer;
  accountKey: string;
  admin: ChipotleClient;
  anon: ChipotleClient;
  client(apiKey: string): ChipotleClient;
  /** A group with `code`'s CID and a fresh PKP, and a usage key that may execute in it. */
  scoped(code: string, options?: { withPkp?: boolean }): Promise<{ groupId: number; cid: string; pkp: string; usageKey: string }>;
  close(): Promise<void>;
};

export async function startChipotle(params: ChipotleServerParams = {}): Promise<ChipotleFixture> {
  const network = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, chipotleTimeoutMs: LIT_HANG_GUARD_MS });
  const server = await serveChipotle(network, params);
  const client = (apiKey: string) => createChipotleClient({ baseUrl: server.url, apiKey }, { sleep: noSleep });
  const anon = client("");
  const { api_key: accountKey } = await anon.newAccount({ account_name: "test", account_description: "fixture" });
  const admin = client(accountKey);
  return {
    network,
    server,
    accountKey,
    admin,
    anon,
    client,
    scoped: async (code, options = {}) => {
      const cid = await anon.getLitActionIpfsId(code);
      const groupId = Number((await admin.addGroup({ group_name: `g-${cid.slice(2, 8)}`, group_description: "" })).group_id);
      await admin.addAction({ action_ipfs_cid: cid, name: "action", description: "" });
      await admin.addActionToGroup({ group_id: groupId, action_ipfs_cid: cid });
      let pkp = "";
      if (options.withPkp !== false) {
        pkp = (await admin.createWallet()).wallet_address;
        await admin.addPkpToGroup({ group_id: groupId, pkp_id: pkp });
      }
      const { usage_api_key: usageKey } = await admin.addUsageApiKey({ name: "exec", description: "", ...NO_PERMISSIONS, execute_in_groups: [groupId] });
      return { groupId, cid, pkp, usageKey };
    },
    close: async () => {
      await server.close();
      await network.close();
    },
  };
}
