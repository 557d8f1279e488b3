/**
 * Builds the relay action with its manifest compiled in: the manifest is validated, canonicalised
 * (keys sorted) and substituted for `__LIT_MESSENGER_MANIFEST__` by esbuild, so the bundle's bytes, and
 * so its CID, are a function of the code and the manifest. A different manifest is a different CID, a
 * different PKP and a signer rotation on every destination (`proposeSigner` / `confirmSigner`).
 *
 * Deterministic like actions/build.ts: same sources + same esbuild + same manifest -> same bytes.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { cidOf } from "../../../lit/cid.ts";
import { type MessengerManifest, type MessengerManifestInput, parseMessengerManifest } from "./manifest.ts";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const BUNDLE_TARGET = "es2022";
const NAGA_GLOBAL = "__litOracleMessengerRelayNaga";
const CHIPOTLE_GLOBAL = "__litOracleMessengerRelay";

export type RelayRuntime = "naga" | "chipotle";
export type BuiltRelayAction = { runtime: RelayRuntime; code: string; cid: string; manifest: MessengerManifest };

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Bundles the relay action for `runtime` with `manifest` compiled in (nothing written to disk). */
export async function buildRelayAction(manifestInput: MessengerManifestInput, runtime: RelayRuntime): Promise<BuiltRelayAction> {
  const manifest = parseMessengerManifest(manifestInput);
  const entry = runtime === "naga" ? "actions/src/messenger/naga.ts" : "actions/src/messenger/chipotle.ts";
  const globalName = runtime === "naga" ? NAGA_GLOBAL : CHIPOTLE_GLOBAL;
  const footer = runtime === "naga" ? `${NAGA_GLOBAL}.done;` : `async function main(params) {\n  return ${CHIPOTLE_GLOBAL}.main(params);\n}`;
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "neutral",
    format: "iife",
    target: BUNDLE_TARGET,
    mainFields: ["browser", "module", "main"],
    conditions: ["browser", "import", "default"],
    minify: false,
    treeShaking: true,
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    globalName,
    footer: { js: footer },
    define: { __LIT_MESSENGER_MANIFEST__: canonicalJson(manifest) },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`esbuild produced no output for ${entry}`);
  return { runtime, code, cid: cidOf(code), manifest };
}

/**
 * `node actions/src/messenger/bundle.ts --manifest <file.json> [--out <dir>]`: validates the manifest,
 * builds both shapes, writes `messenger-relay.js` and `messenger-relay.chipotle.js` to `--out` (if
 * given) and prints their CIDs as JSON. (Until the shared `action build --manifest` covers the messenger.)
 */
async function cli(argv: readonly string[]): Promise<void> {
  const { readFile, writeFile, mkdir } = await import("node:fs/promises");
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = arg("--manifest");
  if (!file) throw new Error("usage: bundle.ts --manifest <file.json> [--out <dir>]");
  const input = JSON.parse(await readFile(file, "utf8")) as MessengerManifestInput;
  const out = arg("--out");
  const result: Record<string, string> = {};
  for (const runtime of ["naga", "chipotle"] as const) {
    const built = await buildRelayAction(input, runtime);
    const name = runtime === "naga" ? "messenger-relay.js" : "messenger-relay.chipotle.js";
    result[name] = built.cid;
    if (out) {
      await mkdir(out, { recursive: true });
      await writeFile(join(out, name), built.code);
    }
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
