/**
 * Bundles each Lit Action into one deterministic file with esbuild (same sources, same manifest, same
 * esbuild version -> same bytes -> same CID). The CID is the action's identity: it is what the PKP
 * permits, and it commits to the manifest compiled into the bundle.
 *
 * - `dist/price-feed.js`: the Naga (multi-node) IIFE; reads the `jsParams` global, ends in `setResponse`.
 * - `dist/price-feed.chipotle.js`: the same core behind a top-level `async function main(params)`.
 * - `dist/price-feed.manifest.json`: the canonical manifest both were built with (for auditors).
 * - `dist/messenger-relay.js`, `dist/messenger-relay.chipotle.js`, `dist/messenger.manifest.json`: the
 *   relay action (cross-chain messages) in the same two shapes, with the messenger manifest.
 *
 * Every action belongs to a manifest family ({@link MANIFEST_FAMILIES}: its `kind`, validator and
 * default manifest file); a new action adds a family and its specs. The code is bundled once per
 * process with a placeholder literal, then the manifest's canonical JSON replaces it
 * (`core/manifest.ts`), so a bundle per manifest costs a string replace, not a rebuild.
 *
 * Determinism: `absWorkingDir` is the repository root so path comments are relative, no sourcemap,
 * no legal comments, no timestamps, a fixed target; `checkBuiltActions` recomputes and compares.
 */
import { readFile, writeFile, mkdir, rename } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { parse as parseYaml } from "yaml";
import { cidOf } from "../lit/cid.ts";
import { FEED_MANIFEST_KIND, validateFeedManifest } from "./src/core/feed-manifest.ts";
import { canonicalJson, embedManifest } from "./src/core/manifest.ts";
import { MESSENGER_MANIFEST_KIND, parseMessengerManifest } from "./src/messenger/manifest.ts";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ACTIONS_DIST_DIR = join(REPO_ROOT, "actions", "dist");
/** Where the shipped manifests live. */
export const MANIFESTS_DIR = join(REPO_ROOT, "actions", "manifests");

/** Language level of the bundles (Lit nodes run a recent V8/Deno). */
const BUNDLE_TARGET = "es2022";
/** Global the Chipotle bundle assigns its exports to, so the footer can define `main`. */
const CHIPOTLE_GLOBAL = "__litOraclePriceFeed";
/** Global the Naga bundle assigns its exports to; the footer's last expression is the round's promise. */
const NAGA_GLOBAL = "__litOraclePriceFeedNaga";
/** The same two globals of the relay action. */
const RELAY_CHIPOTLE_GLOBAL = "__litOracleMessengerRelay";
const RELAY_NAGA_GLOBAL = "__litOracleMessengerRelayNaga";

/** The Chipotle footer: the top-level `async function main(params)` Chipotle calls. */
const chipotleFooter = (global: string) => `async function main(params) {\n  return ${global}.main(params);\n}`;

/** A manifest family: what `kind` its manifests carry, how they are validated, the shipped default. */
export type ManifestFamily = { kind: string; validate(input: unknown): unknown; defaultFile: string };

export const MANIFEST_FAMILIES = {
  "price-feed": { kind: FEED_MANIFEST_KIND, validate: validateFeedManifest, defaultFile: join(MANIFESTS_DIR, "price-feed.production.json") },
  messenger: { kind: MESSENGER_MANIFEST_KIND, validate: parseMessengerManifest, defaultFile: join(MANIFESTS_DIR, "messenger.production.json") },
} as const satisfies Record<string, ManifestFamily>;

export type FamilyName = keyof typeof MANIFEST_FAMILIES;

export type ActionName = "price-feed" | "price-feed.chipotle" | "messenger-relay" | "messenger-relay.chipotle";

type ActionSpec = { name: ActionName; family: FamilyName; entry: string; globalName?: string; footer?: string };

export const ACTION_SPECS: readonly ActionSpec[] = [
  { name: "price-feed", family: "price-feed", entry: "actions/src/price-feed/naga.ts", globalName: NAGA_GLOBAL, footer: `${NAGA_GLOBAL}.done;` },
  {
    name: "price-feed.chipotle",
    family: "price-feed",
    entry: "actions/src/price-feed/chipotle.ts",
    globalName: CHIPOTLE_GLOBAL,
    footer: chipotleFooter(CHIPOTLE_GLOBAL),
  },
  { name: "messenger-relay", family: "messenger", entry: "actions/src/messenger/naga.ts", globalName: RELAY_NAGA_GLOBAL, footer: `${RELAY_NAGA_GLOBAL}.done;` },
  { name: "messenger-relay.chipotle", family: "messenger", entry: "actions/src/messenger/chipotle.ts", globalName: RELAY_CHIPOTLE_GLOBAL, footer: chipotleFooter(RELAY_CHIPOTLE_GLOBAL) },
];

export type BuiltAction = {
  name: ActionName;
  file: string;
  code: string;
  cid: string;
  /** The canonical manifest JSON compiled in, and its `name`. */
  manifest: string;
  manifestName: string;
};

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

const bodies = new Map<ActionName, Promise<string>>();
/** The bundle with its manifest placeholder, built once per process. */
function bodyOf(spec: ActionSpec): Promise<string> {
  let body = bodies.get(spec.name);
  if (!body) {
    body = bundle(spec);
    body.catch(() => bodies.delete(spec.name));
    bodies.set(spec.name, body);
  }
  return body;
}

function specOf(name: ActionName): ActionSpec {
  const spec = ACTION_SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown action ${name}; known: ${ACTION_SPECS.map((s) => s.name).join(", ")}`);
  return spec;
}

/** The family a manifest belongs to (by its `kind`), validated. Throws the family's error listing every problem. */
export function familyOfManifest(manifest: unknown): FamilyName {
  const kind = (manifest as { kind?: unknown } | null)?.kind;
  const entry = Object.entries(MANIFEST_FAMILIES).find(([, f]) => f.kind === kind);
  if (!entry) throw new Error(`manifest kind ${JSON.stringify(kind)} is not one of ${Object.values(MANIFEST_FAMILIES).map((f) => f.kind).join(", ")}`);
  entry[1].validate(manifest);
  return entry[0] as FamilyName;
}

/** Reads a manifest file (JSON or YAML). */
export async function readManifestFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new Error(`cannot read manifest ${file}: ${(cause as Error).message}`, { cause });
  }
  try {
    return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (cause) {
    throw new Error(`manifest ${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${(cause as Error).message}`, { cause });
  }
}

/** Builds one action with `manifest` compiled in (validated first), in memory. */
export async function compileAction(name: ActionName, manifest: unknown): Promise<BuiltAction> {
  const spec = specOf(name);
  const family = MANIFEST_FAMILIES[spec.family];
  if ((manifest as { kind?: unknown } | null)?.kind !== family.kind) throw new Error(`action ${name} needs a ${family.kind} manifest`);
  family.validate(manifest);
  const code = embedManifest(await bodyOf(spec), manifest);
  const canonical = canonicalJson(manifest);
  return {
    name,
    file: relative(REPO_ROOT, join(ACTIONS_DIST_DIR, `${name}.js`)),
    code,
    cid: cidOf(code),
    manifest: canonical,
    manifestName: String((manifest as { name?: unknown }).name),
  };
}

/**
 * Builds every action in memory (nothing written), each with the manifest of its family from
 * `manifests` (by kind), else the family's shipped default.
 */
export async function compileActions(manifests: readonly unknown[] = []): Promise<BuiltAction[]> {
  const chosen = new Map<FamilyName, unknown>();
  for (const m of manifests) {
    const family = familyOfManifest(m);
    if (chosen.has(family)) throw new Error(`two ${MANIFEST_FAMILIES[family].kind} manifests given`);
    chosen.set(family, m);
  }
  const out: BuiltAction[] = [];
  for (const spec of ACTION_SPECS) {
    if (!chosen.has(spec.family)) chosen.set(spec.family, await readManifestFile(MANIFEST_FAMILIES[spec.family].defaultFile));
    out.push(await compileAction(spec.name, chosen.get(spec.family)));
  }
  return out;
}

async function writeAtomic(target: string, text: string): Promise<void> {
  await writeFile(`${target}.tmp`, text);
  await rename(`${target}.tmp`, target);
}

/** Builds every action and writes `<outDir>/<name>.js` plus `<family>.manifest.json` (atomically). */
export async function buildActions(manifests: readonly unknown[] = [], outDir: string = ACTIONS_DIST_DIR): Promise<BuiltAction[]> {
  const built = await compileActions(manifests);
  await mkdir(outDir, { recursive: true });
  const written = new Set<FamilyName>();
  for (const action of built) {
    const target = join(outDir, `${action.name}.js`);
    await writeAtomic(target, action.code);
    action.file = relative(REPO_ROOT, target);
    const family = specOf(action.name).family;
    if (!written.has(family)) {
      written.add(family);
      await writeAtomic(join(outDir, `${family}.manifest.json`), `${action.manifest}\n`);
    }
  }
  return built;
}

/** Reads a committed bundle from `actions/dist` with its CID (what the keeper sends and the PKP permits). */
export async function loadBuiltAction(name: ActionName): Promise<Omit<BuiltAction, "manifest" | "manifestName">> {
  specOf(name);
  const file = join(ACTIONS_DIST_DIR, `${name}.js`);
  let code: string;
  try {
    code = await readFile(file, "utf8");
  } catch (cause) {
    throw new Error(`action bundle ${relative(REPO_ROOT, file)} is missing; run \`lit-oracle action build\``, { cause });
  }
  return { name, file: relative(REPO_ROOT, file), code, cid: cidOf(code) };
}

/** Rebuilds in memory (shipped manifests) and lists every committed bundle that differs. */
export async function checkBuiltActions(): Promise<Array<{ name: ActionName; committedCid: string | undefined; builtCid: string }>> {
  const stale: Array<{ name: ActionName; committedCid: string | undefined; builtCid: string }> = [];
  for (const action of await compileActions()) {
    const committed = await loadBuiltAction(action.name).catch(() => undefined);
    if (committed?.code !== action.code) stale.push({ name: action.name, committedCid: committed?.cid, builtCid: action.cid });
  }
  return stale;
}
