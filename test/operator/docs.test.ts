/**
 * docs/operate.md's configuration reference cannot drift from the zod schema: every key of
 * `configSchema` has a row, no row names a key the schema lacks, and each default is the schema's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../keeper/src/config/schema.ts";

type Leaf = { key: string; hasDefault: boolean; default?: unknown };

/** The schema's leaves as dotted paths (`chains[].rpcUrls`), with their defaults. */
function leaves(schema: unknown, prefix = "", out: Leaf[] = []): Leaf[] {
  const shape = (schema as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
  for (const [name, field] of Object.entries(shape)) {
    let s = field as { _zod: { def: Record<string, any> } };
    let leaf: Leaf = { key: `${prefix}${name}`, hasDefault: false };
    for (;;) {
      const def = s._zod.def;
      if (def.type === "optional" || def.type === "nullable" || def.type === "prefault") s = def.innerType;
      else if (def.type === "default") {
        if (!leaf.hasDefault) leaf = { ...leaf, hasDefault: true, default: typeof def.defaultValue === "function" ? def.defaultValue() : def.defaultValue };
        s = def.innerType;
      } else break;
    }
    const def = s._zod.def;
    if (def.type === "object") leaves(s, `${leaf.key}.`, out);
    else if (def.type === "array" && def.element._zod.def.type === "object") leaves(def.element, `${leaf.key}[].`, out);
    else out.push(leaf);
  }
  return out;
}

/** Rows of the "Configuration reference" table: key → default cell. */
function documented(): Map<string, string> {
  const text = readFileSync(new URL("../../docs/operate.md", import.meta.url), "utf8");
  const section = text.split("## Configuration reference")[1]!.split("\n## ")[0]!;
  const lines = section.split("\n");
  const first = lines.findIndex((l) => l.startsWith("| key |"));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith("|"));
  const rows = new Map<string, string>();
  for (const line of lines.slice(first, end)) {
    const m = /^\| `([^`]+)` \|[^|]*\| ([^|]*) \|/.exec(line.replace(/\\\|/g, "/"));
    if (m) rows.set(m[1]!, m[2]!.trim());
  }
  return rows;
}

describe("docs/operate.md configuration reference", () => {
  const schema = leaves(configSchema);
  const docs = documented();

  it("lists every key of the schema and no other", () => {
    expect(schema.length).toBeGreaterThan(30);
    expect([...docs.keys()].sort()).toEqual(schema.map((l) => l.key).sort());
  });

  it("states each default as the schema has it (— where there is none)", () => {
    for (const leaf of schema) {
      const cell = docs.get(leaf.key)!;
      if (leaf.hasDefault) expect(cell, leaf.key).toBe(`\`${JSON.stringify(leaf.default)}\``);
      else expect(cell.startsWith("—"), `${leaf.key}: ${cell}`).toBe(true);
    }
  });
});
