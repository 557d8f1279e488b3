import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);

/** The solc compiler shipped by the `solc` npm package: no compiler download. */
const SOLC_VERSION = "0.8.30";
const SOLC_PATH = require.resolve("solc/soljson.js");

/** Optimizer runs: the receivers are called far more often than deployed. */
const OPTIMIZER_RUNS = 1_000_000;

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
  },
});
