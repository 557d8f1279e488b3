import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cidBytesOf, cidOf, cidToBytes, isCidV0 } from "../../lit/cid.ts";

describe("cidOf (CIDv0 as ipfs-only-hash@4 computes it)", () => {
  it.each([
    ["hello", "QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX"],
    ["", "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"],
    ['(async () => { Lit.Actions.setResponse({response: "ok"}); })();', "QmRNRRWXJ4rkEqFbL8JHZ1GHaQqahCeBJ8ACmrRxr3JG16"],
  ])("matches the vector for %j", (content, cid) => {
    expect(cidOf(content)).toBe(cid);
  });

  it("matches the multi-chunk vector (262145 bytes: two leaves under one parent)", () => {
    expect(cidOf("x".repeat(262_145))).toBe("QmTSZuGYUpVrhMmC4duxRJbPtKXTUZyx73oebV8oRMiDTs");
  });

  it("exposes the multihash bytes PKPPermissions stores", () => {
    expect(Buffer.from(cidBytesOf("hello")).toString("hex")).toBe("12207bb129136cd5c391f6a2401e5cb7317575dcf79352249536bea3a937aef9bd9c");
    expect(cidToBytes("QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX")).toEqual(cidBytesOf("hello"));
  });

  it("hashes strings as UTF-8 and is sensitive to every byte", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(cidOf(text)).toBe(cidOf(new TextEncoder().encode(text)));
        expect(cidOf(`${text} `)).not.toBe(cidOf(text));
      }),
      { numRuns: 50 },
    );
  });

  it("rejects things that are not CIDv0", () => {
    expect(isCidV0("QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX")).toBe(true);
    expect(isCidV0("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")).toBe(false);
    expect(() => cidToBytes("0OIl")).toThrow(/not base58/);
    expect(() => cidToBytes("3yZe7d")).toThrow(/expected a CIDv0/);
  });
});
