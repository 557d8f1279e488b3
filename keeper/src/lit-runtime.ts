/**
 * The keeper's Lit runtime and action, from config: the action's code (from `lit.actionFile`, CID
 * computed locally and checked against `lit.actionCid` when both are given) or CID only, and the
 * runtime (`local` emulator state dir | `chipotle` REST with LIT_API_KEY | `naga` SDK).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { canonicalJson } from "../../actions/src/core/manifest.ts";
import { cidOf } from "../../lit/cid.ts";
import { CHIPOTLE_DEFAULT_URL } from "../../lit/chipotle.ts";
import type { LitRuntime } from "../../lit/types.ts";
import { ConfigError } from "./config/index.ts";
import type { LitConfig } from "./config/schema.ts";
import type { Secrets } from "./config/secrets.ts";

/** The action: its code and/or CID, and the manifest it was built with (raw, validated by the keeper) when known. */
export type KeeperAction = { code?: string; cid?: string; manifest?: unknown };

/** File name `lit-oracle action build` writes the price-feed manifest under, beside the bundles. */
export const BUILT_MANIFEST_FILE = "price-feed.manifest.json";

async function readManifest(file: string, code: string | undefined): Promise<unknown> {
  let manifest: unknown;
  try {
    const text = await readFile(file, "utf8");
    manifest = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`lit.manifestFile: cannot read ${file}`, [(error as Error).message], error);
  }
  // With the code at hand, the manifest must be the one compiled into it (the CID commits to it).
  if (code !== undefined && !code.includes(JSON.stringify(canonicalJson(manifest)))) {
    throw new ConfigError("lit.manifestFile is not the manifest compiled into lit.actionFile", [`${file} differs from the manifest inside the bundle: rebuild with \`lit-oracle action build --manifest ${file}\``]);
  }
  return manifest;
}

export async function loadAction(config: LitConfig): Promise<KeeperAction> {
  if (!config.actionFile) return { cid: config.actionCid!, ...(config.manifestFile ? { manifest: await readManifest(config.manifestFile, undefined) } : {}) };
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
  const beside = join(dirname(config.actionFile), BUILT_MANIFEST_FILE);
  const manifestFile = config.manifestFile ?? (existsSync(beside) ? beside : undefined);
  return { code, cid, ...(manifestFile ? { manifest: await readManifest(manifestFile, code) } : {}) };
}

const RUNTIME_MODULES = {
  local: () => import("../../lit/index.ts"),
  chipotle: () => import("../../lit/chipotle.ts"),
  naga: () => import("../../lit/naga.ts"),
} as const;

/** Imports the module of a runtime (what `createRuntimeFromConfig` loads; `keeper --check` loads it too). */
export function loadRuntimeModule(runtime: LitConfig["runtime"]): Promise<unknown> {
  return RUNTIME_MODULES[runtime]();
}

/**
 * The runtime's module is imported here, on use: the keeper on Chipotle never loads the emulator
 * (node processes, sandbox) or the Naga SDK shim.
 */
export async function createRuntimeFromConfig(config: LitConfig, secrets: Secrets): Promise<LitRuntime> {
  switch (config.runtime) {
    case "local": {
      const { createLitRuntime } = await RUNTIME_MODULES.local();
      return createLitRuntime({ kind: "local", ...(config.stateDir ? { stateDir: config.stateDir } : {}) });
    }
    case "chipotle": {
      const { createChipotleRuntime } = await RUNTIME_MODULES.chipotle();
      return createChipotleRuntime({ apiKey: secrets.litApiKey!, baseUrl: config.url ?? CHIPOTLE_DEFAULT_URL, timeoutMs: config.timeoutMs });
    }
    case "naga": {
      const { createNagaRuntime } = await RUNTIME_MODULES.naga();
      return createNagaRuntime({ network: (config.network ?? "naga-dev") as never, privateKey: secrets.privateKey });
    }
  }
}
