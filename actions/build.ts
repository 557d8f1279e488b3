/**
 * Bundles each Lit Action into one deterministic file with esbuild (same sources, same esbuild
 * version -> same bytes -> same CID). The CID is the action's identity: it is what the PKP permits.
 *
 * - `dist/price-feed.js`: the Naga (multi-node) IIFE; reads the `jsParams` global, ends in `setResponse`.
 * - `dist/price-feed.chipotle.js`: the same core behind a top-level `async function main(params)`.
 *
 * Determinism: `absWorkingDir` is the repository root so path comments are relative, no sourcemap,
 * no legal comments, no timestamps, a fixed target; `checkBuiltActions` recomputes and compares.
 */
import { readFile, writeFile, mkdir, rename } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { cidOf } from "../lit/cid.ts";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ACTIONS_DIST_DIR = join(REPO_ROOT, "actions", "dist");

/** Language level of the bundles (Lit nodes run a recent V8/Deno). */
const BUNDLE_TARGET = "es2022";
/** Global the Chipotle bundle assigns its exports to, so the footer can define `main`. */
const CHIPOTLE_GLOBAL = "__litOraclePriceFeed";
/** Global the Naga bundle assigns its exports to; the footer's last expression is the round's promise. */
const NAGA_GLOBAL = "__litOraclePriceFeedNaga";

export type ActionName = "price-feed" | "price-feed.chipotle";

type ActionSpec = { name: ActionName; entry: string; globalName?: string; footer?: string };

export const ACTION_SPECS: readonly ActionSpec[] = [
  { name: "price-feed", entry: "actions/src/price-feed/naga.ts", globalName: NAGA_GLOBAL, footer: `${NAGA_GLOBAL}.done;` },
  {
    name: "price-feed.chipotle",
    entry: "actions/src/price-feed/chipotle.ts",
    globalName: CHIPOTLE_GLOBAL,
    footer: `async function main(params) {\n  return ${CHIPOTLE_GLOBAL}.main(params);\n}`,
  },
];

export type BuiltAction = { name: ActionName; file: string; code: string; cid: string };

async function bundle(spec: ActionSpec): Promise<string> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [spec.entry],
    bundle: true,
    write: false,
    platform: "neutral",
    format: "iife",
    target: BUNDLE_TARGET,
    // Browser builds of dependencies: no Node built-ins exist inside a Lit node.
    mainFields: ["browser", "module", "main"],
    conditions: ["browser", "import", "default"],
    minify: false,
    treeShaking: true,
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    ...(spec.globalName ? { globalName: spec.globalName } : {}),
    ...(spec.footer ? { footer: { js: spec.footer } } : {}),
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced no output for ${spec.entry}`);
  return out.text;
}

/** Builds every action in memory (nothing written). */
export async function compileActions(): Promise<BuiltAction[]> {
  const out: BuiltAction[] = [];
  for (const spec of ACTION_SPECS) {
    const code = await bundle(spec);
    out.push({ name: spec.name, file: relative(REPO_ROOT, join(ACTIONS_DIST_DIR, `${spec.name}.js`)), code, cid: cidOf(code) });
  }
  return out;
}

/** Builds every action and writes `actions/dist/<name>.js` (atomically). Returns each file's CID. */
export async function buildActions(): Promise<BuiltAction[]> {
  const built = await compileActions();
  await mkdir(ACTIONS_DIST_DIR, { recursive: true });
  for (const action of built) {
    const target = join(REPO_ROOT, action.file);
    await writeFile(`${target}.tmp`, action.code);
    await rename(`${target}.tmp`, target);
  }
  return built;
}

/** Reads a committed bundle from `actions/dist` with its CID (what the keeper sends and the PKP permits). */
export async function loadBuiltAction(name: ActionName): Promise<BuiltAction> {
  const spec = ACTION_SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown action ${name}; known: ${ACTION_SPECS.map((s) => s.name).join(", ")}`);
  const file = join(ACTIONS_DIST_DIR, `${name}.js`);
  let code: string;
  try {
    code = await readFile(file, "utf8");
  } catch (cause) {
    throw new Error(`action bundle ${relative(REPO_ROOT, file)} is missing; run \`lit-oracle action build\``, { cause });
  }
  return { name, file: relative(REPO_ROOT, file), code, cid: cidOf(code) };
}

/** Rebuilds in memory and lists every committed bundle that differs from its sources. */
export async function checkBuiltActions(): Promise<Array<{ name: ActionName; committedCid: string | undefined; builtCid: string }>> {
  const stale: Array<{ name: ActionName; committedCid: string | undefined; builtCid: string }> = [];
  for (const action of await compileActions()) {
    const committed = await loadBuiltAction(action.name).catch(() => undefined);
    if (committed?.code !== action.code) stale.push({ name: action.name, committedCid: committed?.cid, builtCid: action.cid });
  }
  return stale;
}
