/**
 * ES `import` from a CDN in Chipotle executions, through a local module mirror (lit/local/mirror.ts):
 * resolution and refusals as Chipotle's lit-actions runtime has them, `showImportDetails()`, inline
 * integrity pins, the mirror on disk, and module code as an attacker writes it (it must have exactly
 * the action's powers: no Node globals, no host realm, no file reads through the bundler).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../../lit/local/network.ts";
import {
  addToMirror,
  createMemoryMirror,
  findStaticImports,
  MAX_MODULE_COUNT,
  openDirectoryMirror,
  resolveEntryImport,
  resolveModuleImport,
} from "../../../lit/local/mirror.ts";
import { LIT_HANG_GUARD_MS } from "../../wait.ts";

const CDN = "https://cdn.jsdelivr.net/npm/";
const sri = (text: string) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

/** A hostile "CDN" module: it reports what it can reach, from its own top level. */
const PROBE_MODULE = `
const reach = {};
reach.process = typeof process;
// esbuild bundles carry a require shim; it must never be the host require.
try { require("fs"); reach.require = "loaded fs"; } catch (e) { reach.require = e.message; }
reach.Buffer = typeof Buffer;
reach.setImmediate = typeof setImmediate;
reach.module = typeof module;
reach.lit = typeof Lit;
try { reach.fnCtor = String(Object.constructor.constructor("return typeof process")()); } catch (e) { reach.fnCtor = e.message; }
try { reach.evalled = String(eval("1 + 1")); } catch (e) { reach.evalled = e.message; }
export const probe = reach;
export const ObjectCtor = Object;
export async function dynamicImport() { try { await import("node:fs"); return "loaded"; } catch (e) { return e.constructor === TypeError ? "TypeError:" + e.message : "foreign:" + e.message; } }
`;

const modules: Record<string, string> = {
  // A package entry whose code imports a sibling file and another package the way jsDelivr's +esm output does.
  [`${CDN}left-pad-esm@1.0.0/+esm`]: `import { pad } from "./lib/pad.js"; import { twice } from "/npm/twice@2.0.0/+esm"; export const leftPad = (s, n) => twice(pad(s, n));`,
  [`${CDN}left-pad-esm@1.0.0/lib/pad.js`]: `export const pad = (s, n) => String(s).padStart(n, "·");`,
  [`${CDN}twice@2.0.0/+esm`]: `export const twice = (s) => s + s; export default twice;`,
  [`${CDN}probe@1.0.0/+esm`]: PROBE_MODULE,
  [`${CDN}escapes@1.0.0/+esm`]: `import "../../../gh/evil/x.js"; export const x = 1;`,
  [`${CDN}needs-fs@1.0.0/+esm`]: `import { readFileSync } from "node:fs"; export const r = readFileSync;`,
  [`${CDN}needs-missing@1.0.0/+esm`]: `export { y } from "./missing.js";`,
};
// A chain of 101 modules (each imports the next): one past Chipotle's per-action module count.
for (let i = 0; i <= MAX_MODULE_COUNT; i++) modules[`${CDN}chain@1.0.0/m${i}.js`] = i === MAX_MODULE_COUNT ? "export const n = 0;" : `export { n } from "./m${i + 1}.js";`;

let net: LocalLitNetwork;
let bare: LocalLitNetwork;
beforeAll(async () => {
  net = await createLocalLitNetwork({ nodes: 1, timeoutMs: LIT_HANG_GUARD_MS, moduleMirror: createMemoryMirror(modules) });
  bare = await createLocalLitNetwork({ nodes: 1, timeoutMs: LIT_HANG_GUARD_MS });
});
afterAll(async () => {
  await net?.close();
  await bare?.close();
});

describe("resolution (Chipotle's rules)", () => {
  it("turns pinned npm specifiers into jsDelivr URLs, /+esm when no file follows the version", () => {
    expect(resolveEntryImport("zod@3.22.4")).toBe(`${CDN}zod@3.22.4/+esm`);
    expect(resolveEntryImport("zod@3.22.4/+esm")).toBe(`${CDN}zod@3.22.4/+esm`);
    expect(resolveEntryImport("@noble/hashes@1.4.0/sha3/+esm")).toBe(`${CDN}@noble/hashes@1.4.0/sha3/+esm`);
    expect(resolveEntryImport("date-fns@3.6.0/esm/index.js")).toBe(`${CDN}date-fns@3.6.0/esm/index.js`);
    expect(resolveEntryImport("@preact/render-to-string@6.4.1")).toBe(`${CDN}@preact/render-to-string@6.4.1/+esm`);
    expect(resolveEntryImport("zod@3.22.4#sha384-abc")).toBe(`${CDN}zod@3.22.4/+esm#sha384-abc`);
    expect(resolveEntryImport(`${CDN}zod@3.22.4/+esm`)).toBe(`${CDN}zod@3.22.4/+esm`);
  });

  it("refuses unpinned names, relative paths, other CDNs and paths that leave /npm/", () => {
    for (const bad of ["zod", "zod@latest", "zod@^3.0.0", "./util.js", "../x.js", "/etc/passwd", "node:fs", "fs", "file:///etc/passwd"]) {
      expect(() => resolveEntryImport(bad), bad).toThrow(/Invalid import specifier|not on the allowed/);
    }
    expect(() => resolveEntryImport("https://esm.sh/zod@3.22.4")).toThrow("URL https://esm.sh/zod@3.22.4 is not on the allowed jsDelivr npm CDN");
    expect(() => resolveEntryImport("https://cdn.jsdelivr.net/gh/user/repo/x.js")).toThrow(/not on the allowed/);
    expect(() => resolveEntryImport("pkg@1.0.0/../../gh/evil/x.js")).toThrow(/Invalid import specifier/);
    expect(() => resolveEntryImport("https://cdn.jsdelivr.net/npm/../gh/evil/x.js")).toThrow(/not on the allowed/);
    // A megabyte specifier is named by its first 100 characters, as Chipotle's truncate_for_log does.
    expect(() => resolveEntryImport("x".repeat(1_000_000))).toThrow(`Invalid import specifier: "${"x".repeat(100)}…[truncated, len=1000000]"`);
  });

  it("resolves a module's relative and /npm/ imports against it, inside /npm/ only", () => {
    const base = `${CDN}a@1.0.0/dist/index.js`;
    expect(resolveModuleImport(base, "./b.js")).toBe(`${CDN}a@1.0.0/dist/b.js`);
    expect(resolveModuleImport(base, "/npm/c@2.0.0/+esm")).toBe(`${CDN}c@2.0.0/+esm`);
    expect(resolveModuleImport(base, "d@3.0.0")).toBe(`${CDN}d@3.0.0/+esm`);
    expect(() => resolveModuleImport(base, "../../../gh/x.js")).toThrow(/outside the allowed \/npm\/ CDN path/);
  });

  it("detects static imports before main only, outside comments and strings", () => {
    const code = [
      `// import nope from "c@1.0.0";`,
      `/* import nope from "d@1.0.0"; */`,
      `import a from "a@1.0.0";`,
      `import { b as c } from 'b@1.0.0/x.js';`,
      `import * as ns from "ns@1.0.0";`,
      `import "side@1.0.0";`,
      `const s = "import x from 'e@1.0.0'";`,
      `const later = () => import("f@1.0.0");`,
      `const meta = typeof import.meta;`,
      `async function main() {}`,
      `import g from "g@1.0.0";`,
    ].join("\n");
    expect(findStaticImports(code)).toEqual(["a@1.0.0", "b@1.0.0/x.js", "ns@1.0.0", "side@1.0.0"]);
    expect(findStaticImports(`async function main() { return 1; }`)).toEqual([]);
    expect(findStaticImports(`import d, * as all from "x@1.0.0";\nimport e, { f } from 'y@1.0.0';\nimport {\n  g,\n  h as i,\n} from "z@1.0.0";`)).toEqual(["x@1.0.0", "y@1.0.0", "z@1.0.0"]);
    // Shapes a hostile action may repeat a million times: none is an import, and none is scanned twice.
    expect(findStaticImports("import {\n".repeat(1000) + "import\n".repeat(1000) + "import * as\n" + "import from\n")).toEqual([]);
  });
});

describe("Chipotle actions importing from the CDN", () => {
  it("runs the imported code, transitive imports included, and lists the modules with their SHA-384", async () => {
    const code = `import { leftPad } from "left-pad-esm@1.0.0";
import twice from "https://cdn.jsdelivr.net/npm/twice@2.0.0/+esm";
async function main({ s }) {
  return { padded: leftPad(s, 4), same: twice("x"), details: Lit.Actions.showImportDetails() };
}`;
    const result = await net.executeChipotle({ code, jsParams: { s: "ab" } });
    expect(result.response).toEqual({
      padded: "··ab··ab",
      same: "xx",
      details: [
        { url: `${CDN}left-pad-esm@1.0.0/+esm`, hash: sri(modules[`${CDN}left-pad-esm@1.0.0/+esm`]!) },
        { url: `${CDN}twice@2.0.0/+esm`, hash: sri(modules[`${CDN}twice@2.0.0/+esm`]!) },
        { url: `${CDN}left-pad-esm@1.0.0/lib/pad.js`, hash: sri(modules[`${CDN}left-pad-esm@1.0.0/lib/pad.js`]!) },
      ],
    });
    // As lit-actions prints it: the pretty JSON after an "[Import Details]" line.
    expect(result.logs).toContain(`[Import Details]\n[\n  {\n    "url": "${CDN}left-pad-esm@1.0.0/+esm",`);
  });

  it("leaves code without imports byte for byte as it is (showImportDetails lists nothing)", async () => {
    const code = `async function main() {\n  const line = new Error("here").stack.split("\\n")[1];\n  return { line, details: Lit.Actions.showImportDetails() };\n}`;
    const result = await net.executeChipotle({ code });
    expect(result.response).toEqual({ line: expect.stringMatching(/<user_provided_script>:2:\d+/), details: [] });
  });

  it("checks an inline #sha384- pin against the module's bytes", async () => {
    const url = `${CDN}twice@2.0.0/+esm`;
    const good = `import twice from "twice@2.0.0#${sri(modules[url]!)}";\nasync function main() { return twice("y"); }`;
    expect((await net.executeChipotle({ code: good })).response).toBe("yy");
    const bad = `import twice from "twice@2.0.0#sha384-${"A".repeat(64)}";\nasync function main() { return twice("y"); }`;
    await expect(net.executeChipotle({ code: bad })).rejects.toThrow(`Integrity check failed for ${url}: expected sha384-${"A".repeat(64)}, got ${sri(modules[url]!)}`);
  });

  it("fails an import the mirror does not hold with an error naming the URL", async () => {
    const code = `import { z } from "zod@3.22.4";\nasync function main() { return 1; }`;
    await expect(net.executeChipotle({ code })).rejects.toThrow(
      `Failed to bundle CDN imports: failed to fetch ${CDN}zod@3.22.4/+esm: it is not in the in-memory module mirror (add it: lit-oracle lit mirror add ${CDN}zod@3.22.4/+esm)`,
    );
    await expect(net.executeChipotle({ code: `import { y } from "needs-missing@1.0.0";\nasync function main() { return y; }` })).rejects.toThrow(`failed to fetch ${CDN}needs-missing@1.0.0/missing.js`);
    // A network without a mirror says so, naming the URL.
    await expect(bare.executeChipotle({ code })).rejects.toThrow(`this network has no module mirror, so ${CDN}zod@3.22.4/+esm cannot be loaded`);
  });

  it("refuses esm.sh and the other specifiers Chipotle refuses", async () => {
    await expect(net.executeChipotle({ code: `import x from "https://esm.sh/twice@2.0.0";\nasync function main() { return 1; }` })).rejects.toThrow(
      "Failed to bundle CDN imports: URL https://esm.sh/twice@2.0.0 is not on the allowed jsDelivr npm CDN",
    );
    await expect(net.executeChipotle({ code: `import { z } from "zod";\nasync function main() { return 1; }` })).rejects.toThrow('Invalid import specifier: "zod"');
  });

  it("caps an action at Chipotle's 100 modules", async () => {
    await expect(net.executeChipotle({ code: `import { n } from "chain@1.0.0/m0.js";\nasync function main() { return n; }` })).rejects.toThrow(`Maximum module count (${MAX_MODULE_COUNT}) exceeded`);
  });

  it("is a Chipotle feature: Naga's nodes have no module loader, an import is a syntax error there", async () => {
    await expect(net.execute({ code: `import twice from "twice@2.0.0";\n(async () => { Lit.Actions.setResponse({ response: twice("a") }); })();` })).rejects.toThrow(
      /Cannot use import statement outside a module/,
    );
  });
});

describe("an attacker's module or import", () => {
  it("a module runs in the action's realm with the action's powers, nothing of Node's", async () => {
    const code = `import { probe, ObjectCtor, dynamicImport } from "probe@1.0.0";
async function main() { return { probe, sameRealm: ObjectCtor === Object, dyn: await dynamicImport() }; }`;
    const result = await net.executeChipotle({ code });
    expect(result.response).toEqual({
      probe: {
        process: "undefined",
        require: expect.stringMatching(/^(?:Dynamic require of "fs" is not supported|require is not defined)$/),
        Buffer: "undefined",
        setImmediate: "undefined",
        module: "undefined",
        lit: "object",
        fnCtor: "Code generation from strings disallowed for this context",
        evalled: "Code generation from strings disallowed for this context",
      },
      sameRealm: true,
      dyn: "TypeError:Dynamic import() is not supported by the local Lit runtime",
    });
  });

  it("the bundler reads no file: file paths, node: modules and escapes from /npm/ are refused by name", async () => {
    const leak = "lit-oracle-bundler-must-not-read-this";
    const dir = mkdtempSync(join(tmpdir(), "lit-import-"));
    try {
      writeFileSync(join(dir, "secret.js"), `export const s = "${leak}";`);
      for (const specifier of [join(dir, "secret.js"), `file://${join(dir, "secret.js")}`, "./secret.js", "node:fs", "fs"]) {
        const failure = net.executeChipotle({ code: `import { s } from ${JSON.stringify(specifier)};\nasync function main() { return s; }` });
        await expect(failure, specifier).rejects.toThrow(/Invalid import specifier|not on the allowed/);
        await expect(failure).rejects.not.toThrow(leak);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(net.executeChipotle({ code: `import { x } from "escapes@1.0.0";\nasync function main() { return x; }` })).rejects.toThrow(/outside the allowed \/npm\/ CDN path/);
    await expect(net.executeChipotle({ code: `import { r } from "needs-fs@1.0.0";\nasync function main() { return typeof r; }` })).rejects.toThrow('Invalid import specifier: "node:fs"');
  });

  it("require() in an action with imports stays a run-time failure (nothing is resolved for it)", async () => {
    const code = `import twice from "twice@2.0.0";\nasync function main() { try { require("fs"); return "required"; } catch (e) { return twice("!") + e.message; } }`;
    const result = await net.executeChipotle({ code });
    expect(result.response).toMatch(/^!!(?:Dynamic require of "fs" is not supported|require is not defined)$/);
  });
});

describe("the mirror on disk (lit-oracle lit mirror add)", () => {
  let dir: string;
  let disk: LocalLitNetwork;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lit-mirror-"));
    disk = await createLocalLitNetwork({ nodes: 1, timeoutMs: LIT_HANG_GUARD_MS, moduleMirror: dir });
  });
  afterAll(async () => {
    await disk?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("builds a module from an installed package at the pinned version and runs actions against it", async () => {
    const entry = await addToMirror({ dir, url: "micro-eth-signer@0.19.0" });
    expect(entry).toMatchObject({ url: `${CDN}micro-eth-signer@0.19.0/+esm`, from: "micro-eth-signer@0.19.0" });
    const code = `import { ethHex } from "micro-eth-signer@0.19.0";\nasync function main() { return { hex: ethHex.encode(new Uint8Array([1, 255])), n: Lit.Actions.showImportDetails().length }; }`;
    expect((await disk.executeChipotle({ code })).response).toEqual({ hex: "0x01ff", n: 1 });
    expect(openDirectoryMirror(dir).list().map((m) => m.url)).toEqual([`${CDN}micro-eth-signer@0.19.0/+esm`]);
  });

  it("refuses another installed version unless told, then records the version it used", async () => {
    const url = `${CDN}@noble/hashes@1.4.0/sha3/+esm`;
    await expect(addToMirror({ dir, url, from: "@noble/hashes/sha3.js" })).rejects.toThrow(/pins @noble\/hashes@1\.4\.0 but node_modules has @noble\/hashes@2\.0\.1/);
    const entry = await addToMirror({ dir, url, from: "@noble/hashes/sha3.js", anyVersion: true });
    expect(entry.from).toBe("@noble/hashes@2.0.1/sha3.js");
    const code = `import { keccak_256 } from "@noble/hashes@1.4.0/sha3/+esm";\nasync function main() { return Array.from(keccak_256(new Uint8Array(0)).slice(0, 4)); }`;
    // keccak256("") = c5d2460186f7233c…
    expect((await disk.executeChipotle({ code })).response).toEqual([0xc5, 0xd2, 0x46, 0x01]);
  });

  it("stores a saved file's exact bytes (so an inline pin of the CDN's bytes matches)", async () => {
    const saved = join(dir, "..", `saved-${process.pid}.mjs`);
    const text = "export const hello = () => 'hi';\n";
    writeFileSync(saved, text);
    try {
      const entry = await addToMirror({ dir, url: `${CDN}hello@1.0.0/+esm`, file: saved });
      expect(`sha384-${entry.sha384}`).toBe(sri(text));
      const code = `import { hello } from "hello@1.0.0#${sri(text)}";\nasync function main() { return hello(); }`;
      expect((await disk.executeChipotle({ code })).response).toBe("hi");
    } finally {
      rmSync(saved, { force: true });
    }
  });

  it("refuses a module file changed behind its index", async () => {
    const url = `${CDN}micro-eth-signer@0.19.0/+esm`;
    const file = readdirSync(dir).find((name) => name.endsWith(".mjs") && name.startsWith(Buffer.from(openDirectoryMirror(dir).list().find((m) => m.url === url)!.sha384, "base64").toString("hex")))!;
    writeFileSync(join(dir, file), "export const ethHex = { encode: () => 'tampered' };");
    const code = `import { ethHex } from "micro-eth-signer@0.19.0";\nasync function main() { return ethHex.encode(new Uint8Array(1)); }`;
    await expect(disk.executeChipotle({ code })).rejects.toThrow(`Integrity check failed for ${url}`);
  });

  it("a package that needs Node built-ins cannot be mirrored (as it would not work from the CDN)", async () => {
    await expect(addToMirror({ dir, url: "jsonwebtoken@9.0.2", anyVersion: true })).rejects.toThrow(/Cannot build .*jsonwebtoken/);
  });
});
