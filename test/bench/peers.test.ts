/**
 * The peer harness drives the real API3 contract (`@api3/contracts`, compiled by `bench/peers/solc.ts`
 * with solc 0.8.17) with inputs it accepts only when correctly signed: a genuine Airnode update lands
 * and reads back, a forged one (signed by another key, or replayed) is refused by the contract. The
 * chart renders every figure it is given and marks quoted peers as such.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalChain, devAccounts, startLocalChain } from "../../keeper/src/chain/local.ts";
import { renderChart } from "../../bench/chart.ts";
import { type Api3Deployment, beaconIdOf, deployApi3, signedBeaconUpdate, templateOf } from "../../bench/peers/api3.ts";
import { type PeerChain, now, peerChain, send } from "../../bench/peers/chain.ts";
import { QUOTED } from "../../bench/peers/index.ts";

describe("peer harness: API3 Api3ServerV1 from npm", () => {
  let chain: LocalChain;
  let ctx: PeerChain;
  let api3: Api3Deployment;
  const airnode = devAccounts(3)[2]!;
  const stranger = devAccounts(4)[3]!;

  beforeAll(async () => {
    chain = await startLocalChain();
    ctx = peerChain(chain);
    api3 = await deployApi3(ctx);
  });
  afterAll(async () => {
    await chain?.close();
  });

  it("accepts an Airnode-signed beacon update and serves its value; refuses a forgery and a replay", async () => {
    const templateId = templateOf(0);
    const timestamp = (await now(ctx)) - 10n;
    const value = 97_000n * 10n ** 18n;
    const genuine = await signedBeaconUpdate(api3.abi, { signerKey: airnode.privateKey, templateId, timestamp, value });
    const receipt = await send(ctx, api3.server, genuine);
    expect(receipt.status).toBe("success");
    const [read, readAt] = (await ctx.publicClient.readContract({
      address: api3.server,
      abi: api3.abi,
      functionName: "dataFeeds",
      args: [beaconIdOf(airnode.address, templateId)],
    })) as [bigint, number];
    expect(read).toBe(value);
    expect(BigInt(readAt)).toBe(timestamp);

    const forged = await signedBeaconUpdate(api3.abi, { signerKey: stranger.privateKey, airnode: airnode.address, templateId, timestamp: timestamp + 1n, value: 1n });
    await expect(send(ctx, api3.server, forged)).rejects.toThrow(/Signature mismatch/);
    await expect(send(ctx, api3.server, genuine)).rejects.toThrow(/Does not update timestamp/);
  });
});

describe("benchmark chart", () => {
  it("draws ours, measured and quoted bars, and leaves out what the run did not measure", () => {
    const figures: Record<string, number> = { "oracle.single.steadyGas": 33_000, "peers.api3.updateBeaconGas": 37_000, "messenger.send100B.gas": 39_000 };
    for (const q of QUOTED) figures[q.key] = q.value;
    const svg = renderChart(figures);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("33,000");
    expect(svg).toContain("Chainlink OCR2: transmit, n = 4 (quoted)");
    expect(svg).toContain("API3: one beacon (Api3ServerV1)");
    expect(svg).not.toContain("API3: 7-beacon");
    expect(svg).not.toContain("Hyperlane: Mailbox.dispatch");
  });
});
