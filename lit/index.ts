/**
 * `createLitRuntime(config)`: the one place that picks a Lit runtime.
 * - `local`: the in-process emulator (Naga semantics); the embedded default.
 * - `chipotle`: the live Lit v3 REST API (API key from the environment only).
 * - `naga`: the v8 SDK, opt-in (see lit/naga.ts).
 */
import type { LitRuntime } from "./types.ts";
import { createChipotleRuntime, type ChipotleClientConfig, type ChipotleClientDeps } from "./chipotle.ts";
import { createNagaRuntime, type NagaClientConfig, type NagaClientDeps } from "./naga.ts";
import { createLocalLitNetwork, type LocalLitNetwork, type LocalLitNetworkParams } from "./local/network.ts";

export type LitRuntimeConfig =
  | ({ kind: "local"; network?: LocalLitNetwork } & LocalLitNetworkParams)
  | ({ kind: "chipotle" } & ChipotleClientConfig)
  | ({ kind: "naga" } & NagaClientConfig);

export type LitRuntimeDeps = ChipotleClientDeps & NagaClientDeps;

/**
 * For `local`, pass an existing `network` to share it (the keeper and tests mint PKPs on it);
 * otherwise a new network is created and closed with the runtime.
 */
export async function createLitRuntime(config: LitRuntimeConfig, deps: LitRuntimeDeps = {}): Promise<LitRuntime & { network?: LocalLitNetwork }> {
  switch (config.kind) {
    case "local": {
      const { kind: _kind, network: existing, ...params } = config;
      void _kind;
      const network = existing ?? (await createLocalLitNetwork(params));
      const runtime = network.runtime();
      return { ...runtime, network, close: existing ? async () => {} : () => network.close() };
    }
    case "chipotle": {
      const { kind: _kind, ...params } = config;
      void _kind;
      return createChipotleRuntime(params, deps);
    }
    case "naga": {
      const { kind: _kind, ...params } = config;
      void _kind;
      return createNagaRuntime(params, deps);
    }
    default:
      throw new Error(`Unknown Lit runtime kind ${JSON.stringify((config as { kind?: unknown }).kind)}`);
  }
}

export { cidOf, cidBytesOf, cidToBytes, isCidV0 } from "./cid.ts";
export { createLocalLitNetwork } from "./local/network.ts";
export type { LocalLitNetwork, LocalLitNetworkParams, NodeFault, LocalExecuteOptions, LocalExecuteResult, LitPricing, NodePaymentDetail, DynamicPaymentItem } from "./local/network.ts";
export { addToMirror, createMemoryMirror, openDirectoryMirror, ModuleImportError } from "./local/mirror.ts";
export type { ModuleMirror, ImportDetail } from "./local/mirror.ts";
export { serveChipotle, hashedCid } from "./chipotle-server.ts";
export type { ChipotleServer, ChipotleServerParams } from "./chipotle-server.ts";
export { createChipotleRuntime, createChipotleClient, chipotleApiBase, ChipotleApiError, ChipotleConfigError, CHIPOTLE_DEFAULT_URL } from "./chipotle.ts";
export type { ChipotleClient } from "./chipotle.ts";
export { createNagaRuntime, NagaSdkMissingError } from "./naga.ts";
export { LitActionError, LitNetworkError, NoValidSharesError } from "./errors.ts";
export { onlyActionCondition } from "./local/acc.ts";
export type { ExecuteRequest, ExecuteResult, LitClaim, LitRuntime, LitSchemeSignature, LitSignature, SigningScheme } from "./types.ts";
export { isEcdsaK256Signature } from "./types.ts";
export { SIGNING_SCHEMES, IMPLEMENTED_SCHEMES, verifyWith } from "./local/schemes.ts";
