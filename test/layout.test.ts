/**
 * The layout mirrors the trust boundaries: lower layers never import from the keeper, and `common/`
 * imports nothing of ours. Checked on the source text, so a new import that breaks the rule fails here
 * before it reaches a bundle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_FILE = /\.(ts|js|mjs)$/;
const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      out.push(...sourceFiles(path));
    } else if (SOURCE_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every relative import of the files under `dir`, as repository paths. */
function importsOf(dir: string): { file: string; target: string }[] {
  return sourceFiles(dir).flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(IMPORT)].map((match) => ({
      file,
      target: relative(ROOT, resolve(ROOT, dirname(file), match[1]!)),
    })),
  );
}

describe("layout", () => {
  it.each(["actions", "lit", "sim", "sdk", "common"])("%s/ never imports from keeper/", (dir) => {
    const offending = importsOf(dir).filter(({ target }) => target.startsWith("keeper/"));
    expect(offending).toEqual([]);
  });

  it("common/ imports nothing outside itself", () => {
    const offending = importsOf("common").filter(({ target }) => !target.startsWith("common/"));
    expect(offending).toEqual([]);
  });
});
