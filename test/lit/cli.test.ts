import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { recoverAddress, type Hex } from "viem";
import { cidOf } from "../../lit/cid.ts";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "lit-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, "../../bin/lit-oracle.js");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("lit-oracle lit", () => {
  it("cid prints the CID of the file's bytes; run --json signs with a fresh permitted PKP; --pkp reuses it", async () => {
    const file = join(dir, "action.js");
    const code = `(async () => {
      await Lit.Actions.signEcdsa({ toSign: new Uint8Array(32).fill(9), publicKey: jsParams.publicKey, sigName: "s" });
      Lit.Actions.setResponse({ response: JSON.stringify({ greeting: jsParams.greeting }) });
    })();`;
    writeFileSync(file, code);
    const cid = await cli(["lit", "cid", file]);
    expect(cid.stdout.trim()).toBe(cidOf(code));

    const state = join(dir, "state");
    const first = await cli(["lit", "run", file, "--json", "--nodes", "4", "--params", '{"greeting":"gm"}', "--state-dir", state]);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { success: boolean; response: unknown; signatures: Record<string, { signature: Hex; recoveryId: number }>; logs: string; pkp: { publicKey: string; ethAddress: string } };
    expect(out.success).toBe(true);
    expect(out.response).toEqual({ greeting: "gm" });
    const sig = out.signatures.s!;
    expect(await recoverAddress({ hash: `0x${"09".repeat(32)}`, signature: `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex })).toBe(out.pkp.ethAddress);

    const again = await cli(["lit", "run", file, "--json", "--pkp", out.pkp.publicKey, "--params", '{"greeting":"again"}', "--state-dir", state]);
    expect((JSON.parse(again.stdout) as { pkp: unknown }).pkp).toEqual(out.pkp);
  });

  it("--mode chipotle runs main(params) once with the PKP as pkpId; Ed25519 and claims come out in --json", async () => {
    const chipotle = join(dir, "chipotle.js");
    writeFileSync(chipotle, `async function main({ pkpId, n }) {
      const key = await Lit.Actions.getPrivateKey({ pkpId });
      return { n: n + 1, wallet: new ethers.Wallet(key).address.toLowerCase() === pkpId };
    }`);
    const state = join(dir, "state-chipotle");
    const ran = await cli(["lit", "run", chipotle, "--json", "--mode", "chipotle", "--params", '{"n":41}', "--state-dir", state]);
    expect(ran.code).toBe(0);
    expect((JSON.parse(ran.stdout) as { response: unknown }).response).toEqual({ n: 42, wallet: true });

    const naga = join(dir, "ed25519.js");
    writeFileSync(naga, `(async () => {
      await Lit.Actions.sign({ toSign: new TextEncoder().encode("hello"), publicKey: jsParams.publicKey, sigName: "ed", signingScheme: "SchnorrEd25519Sha512" });
      await Lit.Actions.claimKey({ keyId: "k" });
    })();`);
    const signed = await cli(["lit", "run", naga, "--json", "--nodes", "3", "--state-dir", state]);
    expect(signed.code).toBe(0);
    const out = JSON.parse(signed.stdout) as { signatures: Record<string, { sigType: string; signedData: string; recoveryId: unknown }>; claims: Record<string, { signatures: unknown[] }> };
    expect(out.signatures.ed).toMatchObject({ sigType: "SchnorrEd25519Sha512", signedData: `0x${Buffer.from("hello").toString("hex")}`, recoveryId: null });
    expect(out.claims.k!.signatures).toHaveLength(3);
    const bad = await cli(["lit", "run", naga, "--mode", "v9", "--state-dir", state]);
    expect(bad.stderr).toMatch(/--mode must be v8, v7 or chipotle/);
  });

  it("mirror add builds a CDN module from an installed package; run --mode chipotle imports it offline; a missing one is named", async () => {
    const mirror = join(dir, "modules");
    const repo = join(import.meta.dirname, "../..");
    const added = await cli(["lit", "mirror", "add", "https://cdn.jsdelivr.net/npm/micro-eth-signer@0.19.0/+esm", "--dir", mirror, "--packages", repo, "--json"]);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ url: "https://cdn.jsdelivr.net/npm/micro-eth-signer@0.19.0/+esm", from: "micro-eth-signer@0.19.0" });
    const listed = await cli(["lit", "mirror", "list", "--dir", mirror, "--json"]);
    expect((JSON.parse(listed.stdout) as Array<{ url: string }>).map((m) => m.url)).toEqual(["https://cdn.jsdelivr.net/npm/micro-eth-signer@0.19.0/+esm"]);
    const file = join(dir, "imports.js");
    writeFileSync(file, `import { ethHex } from "micro-eth-signer@0.19.0";\nasync function main() { return { hex: ethHex.encode(new Uint8Array([7])), modules: Lit.Actions.showImportDetails().map((m) => m.url) }; }`);
    const ran = await cli(["lit", "run", file, "--json", "--mode", "chipotle", "--mirror", mirror, "--state-dir", join(dir, "state-mirror")]);
    expect(ran.code, ran.stderr).toBe(0);
    expect((JSON.parse(ran.stdout) as { response: unknown }).response).toEqual({ hex: "0x07", modules: ["https://cdn.jsdelivr.net/npm/micro-eth-signer@0.19.0/+esm"] });
    const missing = join(dir, "missing.js");
    writeFileSync(missing, `import { z } from "zod@3.22.4";\nasync function main() { return 1; }`);
    const failed = await cli(["lit", "run", missing, "--json", "--mode", "chipotle", "--mirror", mirror, "--state-dir", join(dir, "state-mirror")]);
    expect(failed.code).not.toBe(0);
    expect((JSON.parse(failed.stdout) as { error: string }).error).toContain("failed to fetch https://cdn.jsdelivr.net/npm/zod@3.22.4/+esm: it is not in the local module mirror");
  });

  it("exits non-zero with a JSON failure object when the action fails, and rejects bad params", async () => {
    const file = join(dir, "boom.js");
    writeFileSync(file, "throw new Error('boom')");
    const failed = await cli(["lit", "run", file, "--json", "--state-dir", join(dir, "state")]);
    expect(failed.code).not.toBe(0);
    const out = JSON.parse(failed.stdout) as { success: boolean; error: string };
    expect(out.success).toBe(false);
    expect(out.error).toMatch(/Uncaught Error: boom/);
    const bad = await cli(["lit", "run", file, "--params", "{nope", "--state-dir", join(dir, "state")]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--params is not valid JSON/);
  });
});
