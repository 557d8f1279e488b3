/**
 * Typed access to the compiled contracts in `artifacts/` (written by `npm run build`). ABIs for
 * calls live in `./abi.ts` (committed, `as const`); this module adds the bytecode for deployment.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Abi, Hex } from "viem";
import { NonRetryableError } from "../../../common/errors.ts";

/** `artifacts/` at the repository root. */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../../../artifacts/", import.meta.url));

/** Source file of every deployable contract, relative to the repository root. */
export const CONTRACT_SOURCES = {
  LitOracleReceiver: "contracts/oracle/LitOracleReceiver.sol",
  LitOracleRouter: "contracts/oracle/LitOracleRouter.sol",
  LitPriceFeed: "contracts/oracle/LitPriceFeed.sol",
  LitMessenger: "contracts/messaging/LitMessenger.sol",
  MessageSink: "contracts/examples/MessageSink.sol",
  PingPong: "contracts/examples/PingPong.sol",
  LitTokenBridge: "contracts/examples/LitTokenBridge.sol",
} as const;

export type ContractName = keyof typeof CONTRACT_SOURCES;

export type Artifact = {
  contractName: ContractName;
  sourceName: string;
  abi: Abi;
  bytecode: Hex;
  deployedBytecode: Hex;
};

const cache = new Map<ContractName, Artifact>();

/** Reads a compiled artifact; a clear `NonRetryableError` if it has not been built. */
export function readArtifact(name: ContractName): Artifact {
  const cached = cache.get(name);
  if (cached) return cached;
  const sourceName = CONTRACT_SOURCES[name];
  const file = `${ARTIFACTS_DIR}${sourceName}/${name}.json`;
  let parsed: { abi?: unknown; bytecode?: unknown; deployedBytecode?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as typeof parsed;
  } catch (error) {
    throw new NonRetryableError(`compiled artifact for ${name} not found: run \`npm run build\``, {
      cause: error,
      metaMessages: [`looked for ${file}`],
    });
  }
  const { abi, bytecode, deployedBytecode } = parsed;
  if (!Array.isArray(abi) || typeof bytecode !== "string" || !bytecode.startsWith("0x") || bytecode.length <= 2) {
    throw new NonRetryableError(`artifact for ${name} is malformed: rebuild with \`npm run build\``, {
      metaMessages: [`file ${file}`],
    });
  }
  const artifact: Artifact = {
    contractName: name,
    sourceName,
    abi: abi as Abi,
    bytecode: bytecode as Hex,
    deployedBytecode: (deployedBytecode ?? "0x") as Hex,
  };
  cache.set(name, artifact);
  return artifact;
}
