/**
 * Deployment: `deployOracle` on an EDR chain, the deployment file round trip and its validation, the
 * feeds option of the deploy command, and abi.ts being in sync with the compiled artifacts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedIdOf } from "../../actions/src/core/report.ts";
import { priceFeedAbi, routerAbi } from "../../keeper/src/chain/abi.ts";
import { ABI_FILE, renderAbiModule } from "../../keeper/src/chain/gen-abi.ts";
import { readDeployment, writeDeployment } from "../../keeper/src/chain/deploy.ts";
import { readCurrentReceiver } from "../../keeper/src/chain/receiver.ts";
import { buildProgram } from "../../keeper/src/cli.ts";
import { DEPLOYER_KEY_ENV, parseFeedsOption } from "../../keeper/src/commands/deploy.ts";
import { NonRetryableError } from "../../common/errors.ts";
import { deployTestOracle, type Oracle } from "./fixture.ts";

let oracle: Oracle;
let dir: string;

beforeAll(async () => {
  oracle = await deployTestOracle();
  dir = mkdtempSync(join(tmpdir(), "lit-oracle-deploy-"));
});
afterAll(async () => {
  await oracle?.chain.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("deployOracle", () => {
  it("records the router, the receiver (phase 1) and every feed with effective bounds", async () => {
    const { deployment, publicClient } = oracle;
    expect(deployment).toMatchObject({ network: "test", chainId: 31337, phase: 1, signer: oracle.chain.accounts[1]!.address });
    expect(deployment.deployBlock).toBeGreaterThan(0);
    expect(await readCurrentReceiver(publicClient, deployment.contracts.router)).toEqual({ phase: 1, receiver: deployment.contracts.receiver });
    const eth = deployment.contracts.feeds["ETH/USD"]!;
    expect(eth.feedId).toBe(feedIdOf("ETH/USD"));
    expect(BigInt(eth.minAnswer)).toBeLessThanOrEqual(10n ** 18n);
    expect(BigInt(eth.maxAnswer)).toBeGreaterThanOrEqual(10n ** 24n);
    expect(await publicClient.readContract({ address: eth.address, abi: priceFeedAbi, functionName: "decimals" })).toBe(18);
    expect(await publicClient.readContract({ address: eth.address, abi: priceFeedAbi, functionName: "description" })).toBe("ETH / USD");
    expect(await publicClient.readContract({ address: deployment.contracts.router, abi: routerAbi, functionName: "guardian" })).toBe(
      oracle.chain.accounts[2]!.address,
    );
  });

  it("writes and reads deployments/<network>.json", () => {
    const file = writeDeployment("test", oracle.deployment, dir);
    expect(file).toBe(join(dir, "test.json"));
    expect(readDeployment("test", dir)).toEqual(oracle.deployment);
  });

  it("rejects bad network names, missing and malformed files with clear errors", () => {
    expect(() => writeDeployment("../escape", oracle.deployment, dir)).toThrow(/network name/);
    expect(() => writeDeployment("other", oracle.deployment, dir)).toThrow(/not other/);
    expect(() => readDeployment("missing", dir)).toThrow(NonRetryableError);
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ ...oracle.deployment, chainId: "one" }));
    expect(() => readDeployment("broken", dir)).toThrow(/invalid/);
    // nothing was lost: the good file is intact
    expect(JSON.parse(readFileSync(join(dir, "test.json"), "utf8")).contracts.router).toBe(oracle.deployment.contracts.router);
  });
});

describe("deploy command --feeds", () => {
  it("parses an inline list with defaults and human-unit bounds", () => {
    const [btc, eth] = parseFeedsOption("BTC/USD, ETH/USD:18:600:100:100000");
    expect(btc).toMatchObject({ symbol: "BTC/USD", decimals: 8, heartbeatSeconds: 3600, minAnswer: 1n });
    expect(eth).toMatchObject({ decimals: 18, heartbeatSeconds: 600, minAnswer: 100n * 10n ** 18n, maxAnswer: 100_000n * 10n ** 18n });
  });

  it("parses a YAML file and reports bad entries", () => {
    const file = join(dir, "feeds.yaml");
    writeFileSync(file, "feeds:\n  - symbol: SOL/USD\n    decimals: 8\n    min: '0.01'\n    max: 10000\n");
    expect(parseFeedsOption(file)[0]).toMatchObject({ symbol: "SOL/USD", minAnswer: 1_000_000n, maxAnswer: 10_000n * 10n ** 8n });
    expect(() => parseFeedsOption("BTC/USD:x")).toThrow(/decimals must be an integer/);
    expect(() => parseFeedsOption("BTC/USD:8:60:abc")).toThrow(/not a decimal number/);
    expect(() => parseFeedsOption(join(dir, "nope.json"))).toThrow(/cannot read feeds file/);
    // the default upper bound of an 18-decimal feed is capped to what int88 can hold
    expect(parseFeedsOption("ETH/USD:18")[0]!.maxAnswer).toBe(2n ** 86n);
  });
});

describe("lit-oracle deploy", () => {
  it("deploys over JSON-RPC and writes <out-dir>/<network>.json", async () => {
    const previous = process.env[DEPLOYER_KEY_ENV];
    process.env[DEPLOYER_KEY_ENV] = oracle.chain.accounts[3]!.privateKey;
    const stdout = process.stdout.write;
    const stderr = process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await buildProgram()
        .exitOverride()
        .parseAsync(
          ["deploy", "--rpc", oracle.chain.rpcUrl, "--network", "cli", "--signer", oracle.chain.accounts[1]!.address, "--feeds", "BTC/USD,ETH/USD:18", "--rotation-delay", "3600", "--out-dir", dir],
          { from: "user" },
        );
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
      if (previous === undefined) delete process.env[DEPLOYER_KEY_ENV];
      else process.env[DEPLOYER_KEY_ENV] = previous;
    }
    const written = readDeployment("cli", dir);
    expect(written.owner).toBe(oracle.chain.accounts[3]!.address);
    expect(Object.keys(written.contracts.feeds)).toEqual(["BTC/USD", "ETH/USD"]);
  });

  it("refuses to run without a deployer key", async () => {
    const previous = process.env[DEPLOYER_KEY_ENV];
    delete process.env[DEPLOYER_KEY_ENV];
    try {
      await expect(
        buildProgram()
          .exitOverride()
          .parseAsync(["deploy", "--rpc", oracle.chain.rpcUrl, "--network", "x", "--signer", oracle.chain.accounts[1]!.address, "--feeds", "BTC/USD"], { from: "user" }),
      ).rejects.toThrow(new RegExp(DEPLOYER_KEY_ENV));
    } finally {
      if (previous !== undefined) process.env[DEPLOYER_KEY_ENV] = previous;
    }
  });
});

describe("abi.ts", () => {
  it("is in sync with the compiled artifacts (run `npm run build`)", () => {
    expect(readFileSync(ABI_FILE, "utf8")).toBe(renderAbiModule());
  });
});
