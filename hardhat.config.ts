import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);

/** The solc compiler shipped by the `solc` npm package: no compiler download. */
const SOLC_VERSION = "0.8.30";
const SOLC_PATH = require.resolve("solc/soljson.js");

/** Optimizer runs: the receivers are called far more often than deployed. */
const OPTIMIZER_RUNS = 1_000_000;

/**
 * `npx hardhat node` (the operator path's standalone chain, docs/operate.md) mines a block at least
 * this often, ms, as a live chain does: an idle chain's latest block would otherwise fall behind the
 * wall clock until every report simulates as FutureReport.
 */
const NODE_BLOCK_TIME_MS = 2_000;

/** Fuzz runs for Solidity fuzz tests (`FUZZ_RUNS` env overrides). */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 256);

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    version: SOLC_VERSION,
    path: SOLC_PATH,
    settings: {
      optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
      evmVersion: "prague",
      viaIR: true,
    },
  },
  paths: {
    sources: "./contracts",
    tests: { solidity: "./contracts/test" },
  },
  test: {
    solidity: { fuzz: { runs: FUZZ_RUNS } },
  },
  networks: {
    default: { type: "edr-simulated", chainType: "l1" },
    node: { type: "edr-simulated", chainType: "l1", mining: { auto: true, interval: NODE_BLOCK_TIME_MS } },
  },
});
