import { describe, expect, it } from "vitest";
import { batchDigest, feedIdOf, feedSymbolOf, reportDigest } from "./report.ts";

describe("feed ids", () => {
  it("encodes the ASCII symbol left-aligned in bytes32 and decodes it back", () => {
    const id = feedIdOf("BTC/USD");
    expect(id).toBe("0x4254432f55534400000000000000000000000000000000000000000000000000");
    expect(feedSymbolOf(id)).toBe("BTC/USD");
  });

  it("rejects symbols that are not BASE/QUOTE or do not fit", () => {
    expect(() => feedIdOf("BTCUSD")).toThrow(/BASE\/QUOTE/);
    expect(() => feedIdOf(`${"A".repeat(28)}/USD`)).toThrow(/longer than 31/);
  });
});

describe("digests", () => {
  const domain = { chainId: 31337, verifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3" } as const;
  const report = { feedId: feedIdOf("BTC/USD"), answer: 6_412_345_000_000n, observedAt: 1_760_000_000n };

  it("binds the chain and the receiver", () => {
    const a = reportDigest(domain, report);
    expect(reportDigest({ ...domain, chainId: 1 }, report)).not.toBe(a);
    expect(reportDigest({ ...domain, verifyingContract: "0x0000000000000000000000000000000000000001" }, report)).not.toBe(a);
  });

  it("distinguishes a single report from a batch of one", () => {
    expect(batchDigest(domain, [report])).not.toBe(reportDigest(domain, report));
  });
});
