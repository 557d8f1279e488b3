import { describe, expect, it, vi } from "vitest";
import { buildProgram } from "../../keeper/src/cli.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ACTIONS_DIST_DIR, checkBuiltActions, compileAction, compileActions, loadBuiltAction, MANIFEST_FAMILIES, readManifestFile } from "../../actions/build.ts";
import { MANIFEST_PLACEHOLDER } from "../../actions/src/core/manifest.ts";
import { cidOf } from "../../lit/cid.ts";

describe("action bundles", () => {
  it("rebuild to the exact committed bytes (same input, same CID)", async () => {
    expect(await checkBuiltActions()).toEqual([]);
  });
  it("are deterministic across builds and carry no absolute paths", async () => {
    const [a, b] = [await compileActions(), await compileActions()];
    expect(a.map((x) => x.cid)).toEqual(b.map((x) => x.cid));
    for (const action of a) {
      expect(action.code).not.toContain(process.cwd());
      expect(action.cid).toBe(cidOf(action.code));
    }
  });
  it("commit to their manifest: same manifest (any key order) -> same CID, another manifest -> another CID", async () => {
    const production = (await readManifestFile(MANIFEST_FAMILIES["price-feed"].defaultFile)) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(production).reverse());
    const [a, b] = [await compileAction("price-feed", production), await compileAction("price-feed", reordered)];
    expect(a.cid).toBe(b.cid);
    expect(a.code).not.toContain(MANIFEST_PLACEHOLDER);
    expect(a.code).toContain(JSON.stringify(a.manifest));
    const other = await compileAction("price-feed", { ...production, name: "production-2" });
    expect(other.cid).not.toBe(a.cid);
    expect(a.cid).toBe((await loadBuiltAction("price-feed")).cid);
    await expect(compileAction("price-feed", { ...production, local: true, sources: { kraken: { baseUrl: "http://10.0.0.1" } } })).rejects.toThrow(/invalid price-feed manifest/);
  });

  it("include the relay action, committed with its production manifest, same rules (any key order -> same CID)", async () => {
    const production = (await readManifestFile(MANIFEST_FAMILIES.messenger.defaultFile)) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(production).reverse());
    const [a, b] = [await compileAction("messenger-relay", production), await compileAction("messenger-relay", reordered)];
    expect(a.cid).toBe(b.cid);
    expect(a.cid).toBe((await loadBuiltAction("messenger-relay")).cid);
    expect((await compileAction("messenger-relay.chipotle", production)).cid).toBe((await loadBuiltAction("messenger-relay.chipotle")).cid);
    expect(a.code).not.toContain(MANIFEST_PLACEHOLDER);
    expect(a.code).toContain(JSON.stringify(a.manifest));
    expect(readFileSync(join(ACTIONS_DIST_DIR, "messenger.manifest.json"), "utf8")).toBe(`${a.manifest}\n`);
    expect((await compileAction("messenger-relay", { ...production, name: "other" })).cid).not.toBe(a.cid);
    // The family's validator guards the build: no loopback http outside a local manifest, no foreign kind.
    const sources = production.sources as Record<string, { providers: string[] }>;
    const loopback = { ...production, sources: { ...sources, ethereum: { ...sources.ethereum!, providers: ["http://127.0.0.1:8545", "http://127.0.0.1:8546"] } } };
    await expect(compileAction("messenger-relay", loopback)).rejects.toThrow(/invalid messenger manifest/);
    await expect(compileAction("messenger-relay", await readManifestFile(MANIFEST_FAMILIES["price-feed"].defaultFile))).rejects.toThrow(/needs a lit-oracle\/messenger manifest/);
    // One manifest per family: a messenger manifest alone leaves the price feed on its shipped default.
    const built = await compileActions([production]);
    expect(built.map((x) => x.name)).toEqual(["price-feed", "price-feed.chipotle", "messenger-relay", "messenger-relay.chipotle"]);
    expect(built[0]!.cid).toBe((await loadBuiltAction("price-feed")).cid);
    await expect(compileActions([production, reordered])).rejects.toThrow(/two lit-oracle\/messenger manifests/);
  });

  it("expose the entry points each runtime calls", async () => {
    const naga = await loadBuiltAction("price-feed");
    const chipotle = await loadBuiltAction("price-feed.chipotle");
    expect(naga.code.trimEnd().endsWith("__litOraclePriceFeedNaga.done;")).toBe(true);
    expect(chipotle.code).toMatch(/\nasync function main\(params\) \{\n {2}return __litOraclePriceFeed\.main\(params\);\n\}\s*$/);
    const relayNaga = await loadBuiltAction("messenger-relay");
    const relayChipotle = await loadBuiltAction("messenger-relay.chipotle");
    expect(relayNaga.code.trimEnd().endsWith("__litOracleMessengerRelayNaga.done;")).toBe(true);
    expect(relayChipotle.code).toMatch(/\nasync function main\(params\) \{\n {2}return __litOracleMessengerRelay\.main\(params\);\n\}\s*$/);
    await expect(loadBuiltAction("nope" as never)).rejects.toThrow(/unknown action/);
  });

  it("`action build` refuses a manifest with a pair a venue does not list, naming the venue and the reason", async () => {
    const { mkdtempSync, writeFileSync, rmSync, existsSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "lit-oracle-build-"));
    try {
      const production = (await readManifestFile(MANIFEST_FAMILIES["price-feed"].defaultFile)) as { feeds: unknown[] };
      const file = join(dir, "m.json");
      writeFileSync(file, JSON.stringify({ ...production, feeds: [...production.feeds, { symbol: "NOPE/USD", decimals: 8, sources: ["kraken", "coinbase", "bitstamp"] }] }));
      const error = await buildProgram()
        .exitOverride()
        .parseAsync(["node", "lit-oracle", "action", "build", "--manifest", file, "--out", join(dir, "out")])
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const text = [(error as Error).message, ...((error as { metaMessages?: string[] }).metaMessages ?? [])].join("\n");
      expect(text).toMatch(/invalid price-feed manifest/);
      expect(text).toContain("kraken cannot price NOPE/USD: Kraken does not list NOPE/USD in the catalog");
      expect(existsSync(join(dir, "out"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("`action build --check --json` and `action cid --json` print the committed CIDs", async () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await buildProgram().parseAsync(["node", "lit-oracle", "action", "build", "--check", "--json"]);
      await buildProgram().parseAsync(["node", "lit-oracle", "action", "cid", "--json"]);
    } finally {
      spy.mockRestore();
    }
    const naga = await loadBuiltAction("price-feed");
    const [checked, listed] = out.map((line) => JSON.parse(line) as Array<{ name: string; cid: string }>);
    expect(checked).toEqual(listed);
    expect(listed!.find((r) => r.name === "price-feed")!.cid).toBe(naga.cid);
    expect(listed!.find((r) => r.name === "messenger-relay")!.cid).toBe((await loadBuiltAction("messenger-relay")).cid);
  });
});
