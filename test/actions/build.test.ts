import { describe, expect, it, vi } from "vitest";
import { buildProgram } from "../../keeper/src/cli.ts";
import { checkBuiltActions, compileActions, loadBuiltAction } from "../../actions/build.ts";
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
  it("expose the entry points each runtime calls", async () => {
    const naga = await loadBuiltAction("price-feed");
    const chipotle = await loadBuiltAction("price-feed.chipotle");
    expect(naga.code.trimEnd().endsWith("__litOraclePriceFeedNaga.done;")).toBe(true);
    expect(chipotle.code).toMatch(/\nasync function main\(params\) \{\n {2}return __litOraclePriceFeed\.main\(params\);\n\}\s*$/);
    await expect(loadBuiltAction("nope" as never)).rejects.toThrow(/unknown action/);
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
  });
});
