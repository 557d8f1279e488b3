/**
 * Client for a Naga network through the v8 SDK (`@lit-protocol/lit-client`, `@lit-protocol/networks`,
 * `@lit-protocol/auth`), behind `LitRuntime`.
 *
 * The SDK is NOT a dependency (about 1 GB of node_modules, and it pins its own viem as a peer). It is
 * imported only when this client is used; install it explicitly to opt in:
 *   npm install --no-save @lit-protocol/lit-client@8 @lit-protocol/networks@8 @lit-protocol/auth@8
 * Naga is being sunset in favour of Chipotle, and no live Naga network is reachable from this
 * project's CI: this code follows the documented v8 API (createLitClient → EOA auth context →
 * executeJs with `jsParams`) but is exercised here only up to the missing-SDK error.
 */
import type { Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { ExecuteOptions, ExecuteRequest, ExecuteResult, LitRuntime, LitSignature } from "./types.ts";
import { LitActionError, LitNetworkError, NoValidSharesError } from "./errors.ts";
import { NonRetryableError } from "../common/errors.ts";

export const NAGA_SDK_PACKAGES = ["@lit-protocol/lit-client@8", "@lit-protocol/networks@8", "@lit-protocol/auth@8"] as const;
export const NAGA_INSTALL_COMMAND = `npm install --no-save ${NAGA_SDK_PACKAGES.join(" ")}`;
/** Lifetime requested for the EOA auth context, ms. */
export const NAGA_AUTH_EXPIRY_MS = 15 * 60_000;
/** Re-create the auth context once it is this old, ms (leaves margin before expiry). */
export const NAGA_AUTH_REFRESH_MS = 10 * 60_000;

export type NagaNetworkName = "naga-dev" | "naga-test" | "naga";
const NETWORK_EXPORTS: Record<NagaNetworkName, string> = { "naga-dev": "nagaDev", "naga-test": "nagaTest", naga: "naga" };

export type NagaClientConfig = {
  network: NagaNetworkName;
  /** EOA that authenticates the session (and pays on naga-test / naga). From the environment only. */
  privateKey: Hex;
  /** Where the auth manager caches session material (default `.lit-oracle/naga-auth`). */
  storagePath?: string;
  appName?: string;
  /** Max price per request in the network's units (paid networks). */
  userMaxPrice?: bigint;
};

export type NagaClientDeps = {
  /** Module loader (tests replace it); defaults to a dynamic `import()`. */
  importModule?: (specifier: string) => Promise<unknown>;
  now?: () => number;
};

type LitClientLike = {
  executeJs(params: Record<string, unknown>): Promise<{ success?: boolean; response: unknown; signatures?: Record<string, Record<string, unknown>>; logs?: string }>;
  disconnect?: () => Promise<void> | void;
};

export class NagaSdkMissingError extends NonRetryableError {
  override name = "NagaSdkMissingError";
}

export function createNagaRuntime(config: NagaClientConfig, deps: NagaClientDeps = {}): LitRuntime {
  const importModule = deps.importModule ?? ((specifier: string) => import(specifier));
  const now = deps.now ?? Date.now;
  if (!(config.network in NETWORK_EXPORTS)) throw new LitActionError(`Unknown Naga network "${String(config.network)}" (naga-dev, naga-test, naga)`);
  let client: Promise<{ litClient: LitClientLike; authManager: Record<string, (...args: unknown[]) => Promise<unknown>> }> | undefined;
  let auth: { context: unknown; createdAt: number } | undefined;

  const load = async (specifier: string): Promise<Record<string, unknown>> => {
    try {
      return (await importModule(specifier)) as Record<string, unknown>;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (module|package)/.test(String((error as Error).message))) {
        throw new NagaSdkMissingError(`The Naga client needs the Lit v8 SDK (${specifier}), which is not installed by default.`, {
          metaMessages: [`Install it with: ${NAGA_INSTALL_COMMAND}`, "Or use the local network (kind: local) or Chipotle (kind: chipotle)."],
        });
      }
      throw error;
    }
  };

  const connect = () =>
    (client ??= (async () => {
      const [clientModule, networksModule, authModule] = await Promise.all([
        load("@lit-protocol/lit-client"),
        load("@lit-protocol/networks"),
        load("@lit-protocol/auth"),
      ]);
      const network = networksModule[NETWORK_EXPORTS[config.network]];
      if (!network) throw new LitActionError(`@lit-protocol/networks has no export ${NETWORK_EXPORTS[config.network]}`);
      const createLitClient = clientModule.createLitClient as (p: { network: unknown }) => Promise<LitClientLike>;
      const litClient = await createLitClient({ network });
      const storagePlugins = authModule.storagePlugins as { localStorageNode: (p: Record<string, string>) => unknown };
      const createAuthManager = authModule.createAuthManager as (p: { storage: unknown }) => Record<string, (...args: unknown[]) => Promise<unknown>>;
      const authManager = createAuthManager({
        storage: storagePlugins.localStorageNode({
          appName: config.appName ?? "lit-oracle",
          networkName: config.network,
          storagePath: config.storagePath ?? ".lit-oracle/naga-auth",
        }),
      });
      return { litClient, authManager };
    })().catch((error: unknown) => {
      client = undefined;
      throw error;
    }));

  const authContext = async () => {
    const { litClient, authManager } = await connect();
    if (auth && now() - auth.createdAt < NAGA_AUTH_REFRESH_MS) return auth.context;
    const account = privateKeyToAccount(config.privateKey);
    const context = await authManager.createEoaAuthContext!({
      config: { account },
      authConfig: {
        resources: [
          ["lit-action-execution", "*"],
          ["pkp-signing", "*"],
          ["access-control-condition-decryption", "*"],
        ],
        expiration: new Date(now() + NAGA_AUTH_EXPIRY_MS).toISOString(),
      },
      litClient,
    });
    auth = { context, createdAt: now() };
    return context;
  };

  const execute = async (request: ExecuteRequest, options: ExecuteOptions = {}): Promise<ExecuteResult> => {
    if ((request.code === undefined) === (request.ipfsId === undefined)) throw new LitActionError("Provide exactly one of code or ipfsId");
    const { litClient } = await connect();
    const context = await authContext();
    if (options.signal?.aborted) throw new LitNetworkError("Naga request aborted");
    let result: Awaited<ReturnType<LitClientLike["executeJs"]>>;
    try {
      result = await litClient.executeJs({
        ...(request.code !== undefined ? { code: request.code } : { ipfsId: request.ipfsId }),
        authContext: context,
        jsParams: request.jsParams ?? {},
        ...(config.userMaxPrice !== undefined ? { userMaxPrice: config.userMaxPrice } : {}),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/NoValidShares|No valid lit action shares/i.test(message) || (error as { name?: string }).name === "NoValidShares") {
        throw new NoValidSharesError("No valid lit action shares to combine", { cause: error });
      }
      throw new LitNetworkError(`Naga executeJs failed: ${message}`, { cause: error });
    }
    return normaliseNagaResult(result);
  };

  return {
    kind: "naga",
    execute,
    close: async () => {
      if (client) await (await client).litClient.disconnect?.();
      client = undefined;
    },
  };
}

/** Normalises the v8 SDK's result (hex prefixes, recovery id) to `ExecuteResult`. */
export function normaliseNagaResult(result: { success?: boolean; response: unknown; signatures?: Record<string, Record<string, unknown>>; logs?: string }): ExecuteResult {
  const signatures: Record<string, LitSignature> = {};
  for (const [name, raw] of Object.entries(result.signatures ?? {})) {
    if (typeof raw.signedData !== "string" || typeof raw.signature !== "string") continue; // e.g. the response_signature quirk
    const hex = (value: unknown): Hex => `0x${String(value ?? "").replace(/^0x/i, "")}` as Hex;
    const signature = hex(raw.signature);
    const recoveryId = Number(raw.recoveryId ?? raw.recid ?? 0);
    signatures[name] = {
      signature: (signature.length === 132 ? signature : signature.slice(0, 130)) as Hex,
      verifyingKey: hex(raw.verifyingKey ?? raw.publicKey),
      signedData: hex(raw.signedData),
      recoveryId: recoveryId === 1 ? 1 : 0,
      publicKey: hex(raw.publicKey),
      sigType: "EcdsaK256Sha256",
    };
  }
  return { success: result.success ?? true, response: result.response, signatures, logs: result.logs ?? "" };
}
