/**
 * The keeper's Lit runtime and action, from config: the action's code (from `lit.actionFile`, CID
 * computed locally and checked against `lit.actionCid` when both are given) or CID only, and the
 * runtime (`local` emulator state dir | `chipotle` REST with LIT_API_KEY | `naga` SDK).
 */
import { readFile } from "node:fs/promises";
import { cidOf } from "../../lit/cid.ts";
import { CHIPOTLE_DEFAULT_URL } from "../../lit/chipotle.ts";
import type { LitRuntime } from "../../lit/types.ts";
import { ConfigError } from "./config/index.ts";
import type { LitConfig } from "./config/schema.ts";
import type { Secrets } from "./config/secrets.ts";

export type KeeperAction = { code?: string; cid?: string };

export async function loadAction(config: LitConfig): Promise<KeeperAction> {
  if (!config.actionFile) return { cid: config.actionCid! };
  let code: string;
  try {
    code = await readFile(config.actionFile, "utf8");
  } catch (error) {
    throw new ConfigError(`lit.actionFile: cannot read ${config.actionFile}`, [(error as Error).message], error);
  }
  const cid = cidOf(code);
  if (config.actionCid && config.actionCid !== cid) {
    throw new ConfigError("lit.actionFile does not match lit.actionCid", [`lit.actionFile: ${config.actionFile} has CID ${cid}`, `lit.actionCid: ${config.actionCid}`]);
  }
  return { code, cid };
}

/**
 * The runtime's module is imported here, on use: the keeper on Chipotle never loads the emulator
 * (node processes, sandbox) or the Naga SDK shim.
 */
export async function createRuntimeFromConfig(config: LitConfig, secrets: Secrets): Promise<LitRuntime> {
  switch (config.runtime) {
    case "local": {
      const { createLitRuntime } = await import("../../lit/index.ts");
      return createLitRuntime({ kind: "local", ...(config.stateDir ? { stateDir: config.stateDir } : {}) });
    }
    case "chipotle": {
      const { createChipotleRuntime } = await import("../../lit/chipotle.ts");
      return createChipotleRuntime({ apiKey: secrets.litApiKey!, baseUrl: config.url ?? CHIPOTLE_DEFAULT_URL, timeoutMs: config.timeoutMs });
    }
    case "naga": {
      const { createNagaRuntime } = await import("../../lit/naga.ts");
      return createNagaRuntime({ network: (config.network ?? "naga-dev") as never, privateKey: secrets.privateKey });
    }
  }
}
