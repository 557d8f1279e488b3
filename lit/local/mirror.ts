/**
 * ES `import` from a CDN, offline: a local mirror of ESM modules keyed by their CDN URL, and the
 * pre-execution bundler that inlines them into a Chipotle action, as Chipotle's runtime does.
 *
 * What Chipotle does (lit-actions `server/cdn_module_loader.rs`, `bundler.rs`, `import_rewriter.rs`,
 * `runtime.rs` at chipotle 7e664bb):
 * - Only `https://cdn.jsdelivr.net/npm/…` is allowed. An npm specifier with a pinned version
 *   (`zod@3.22.4`, `@scope/pkg@1.2.3/file.js`) resolves there, with `/+esm` appended when no file
 *   path follows the version; inside a CDN module, `./x`, `../x` and `/npm/…` resolve against it and
 *   must stay under `/npm/`. Anything else (esm.sh, relative paths from the action, bare names without
 *   a version) is an invalid import specifier.
 * - A `#sha384-<base64>` fragment is an inline integrity pin, checked against the module's bytes.
 * - Static imports before `async function main` are detected textually; if there are any, the whole
 *   code (with `export { main }` appended) is bundled with every transitive module inlined and the
 *   module syntax removed, and that flat script runs in the action's isolate like any action: the
 *   imported code has exactly the action's powers. Dynamic `import()` stays unsupported.
 * - At most 100 modules per action, 10 MB per module. `showImportDetails()` lists `{url, hash:
 *   "sha384-<base64>"}` of each module in load order.
 *
 * Here the CDN is a directory (`lit-oracle lit mirror add <url>`), populated from packages in
 * node_modules by esbuild (or from a saved file with the exact CDN bytes), and the bundler is
 * esbuild, run in the parent process: the nodes' processes never see a module file, and the code
 * they run is one script, as on Chipotle. The bundler touches no file system and no network: every
 * import is resolved by the rules above and loaded from the mirror, or the bundle fails naming the URL.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve as resolvePath, sep } from "node:path";
import { z } from "zod";
import { LitActionError } from "../errors.ts";

/** The only origin Chipotle imports from, and the npm backend under it. */
export const CDN_ORIGIN = "https://cdn.jsdelivr.net/";
export const CDN_NPM_PREFIX = "https://cdn.jsdelivr.net/npm/";
/** Chipotle's caps: bytes of one module, and modules of one action. */
export const MAX_MODULE_BYTES = 10 * 1024 * 1024;
export const MAX_MODULE_COUNT = 100;
/** Where `lit run` / `lit serve` look for the mirror unless told otherwise. */
export const DEFAULT_MIRROR_DIR = ".lit-oracle/lit-modules";
const INDEX_FILE = "index.json";
const MODULE_FILE = /^[0-9a-f]{96}\.mjs$/;

/** An import that cannot be resolved, loaded or verified (the action does not run). */
export class ModuleImportError extends LitActionError {
  override name = "ModuleImportError";
}

/** One module as `showImportDetails()` reports it. */
export type ImportDetail = { url: string; hash: string };

export type MirroredModule = { url: string; source: string; sha384: string };
export type MirrorEntry = { url: string; sha384: string; bytes: number; from: string };

/** Where module sources come from, keyed by their CDN URL (no fragment). */
export type ModuleMirror = {
  /** Said in the error for a missing module. */
  readonly description: string;
  /** The module, its bytes verified; `undefined` when the mirror does not hold the URL. */
  get(url: string): MirroredModule | undefined;
  list(): MirrorEntry[];
};

const sha384 = (bytes: Uint8Array | string) => createHash("sha384").update(bytes).digest();

// --- Resolution (Chipotle's rules) -------------------------------------------------------------

/** `https://cdn.jsdelivr.net/npm/…` after WHATWG normalisation (so `..` cannot leave `/npm/`). */
function normalisedCdnUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.host !== "cdn.jsdelivr.net" || !url.pathname.startsWith("/npm/") || url.username || url.password) return undefined;
  return url.href;
}

/** `pkg@1.2.3[/file][#sha384-…]` or `@scope/pkg@1.2.3[/file]` → its jsDelivr URL (`/+esm` when no file). */
export function npmSpecifierUrl(specifier: string): string | undefined {
  const hashAt = specifier.indexOf("#");
  const spec = hashAt === -1 ? specifier : specifier.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : specifier.slice(hashAt + 1);
  const versionAt = spec.startsWith("@") ? spec.indexOf("@", 1) : spec.indexOf("@");
  if (versionAt <= 0) return undefined;
  const afterAt = spec.slice(versionAt + 1);
  if (!/^[0-9]/.test(afterAt)) return undefined;
  const path = afterAt.includes("/") ? spec : `${spec}/+esm`;
  return normalisedCdnUrl(`${CDN_ORIGIN}npm/${path}${fragment === undefined ? "" : `#${fragment}`}`);
}

/** As Chipotle's `truncate_for_log`: a specifier over 1000 bytes is shown by its first 100 (hostile code may send megabytes). */
export function shown(text: string): string {
  return text.length > 1000 ? `${text.slice(0, 100)}…[truncated, len=${text.length}]` : text;
}

const invalidSpecifier = (specifier: string) =>
  `Invalid import specifier: "${shown(specifier)}". Use an npm specifier with a pinned version (e.g. zod@3.22.4) or a full jsDelivr URL (e.g. ${CDN_NPM_PREFIX}zod@3.22.4/+esm)`;

/** An import of the action itself: a jsDelivr npm URL or a pinned npm specifier. */
export function resolveEntryImport(specifier: string): string {
  if (specifier.startsWith("https://") || specifier.startsWith("http://")) {
    const url = normalisedCdnUrl(specifier);
    if (!url) throw new ModuleImportError(`URL ${shown(specifier)} is not on the allowed jsDelivr npm CDN (${CDN_NPM_PREFIX})`);
    return url;
  }
  const url = npmSpecifierUrl(specifier);
  if (!url) throw new ModuleImportError(invalidSpecifier(specifier));
  return url;
}

/** An import inside a CDN module at `base`: relative and `/npm/…` paths resolve against it. */
export function resolveModuleImport(base: string, specifier: string): string {
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
    let joined: string;
    try {
      joined = new URL(specifier, base).href;
    } catch {
      throw new ModuleImportError(`cannot resolve ${shown(specifier)} against ${base}`);
    }
    const url = normalisedCdnUrl(joined);
    if (!url) throw new ModuleImportError(`Relative import "${shown(specifier)}" resolved to ${shown(joined)}, which is outside the allowed /npm/ CDN path`);
    return url;
  }
  return resolveEntryImport(specifier);
}

/** The URL without its fragment, and the inline `sha384-` pin of the fragment if any. */
export function splitIntegrity(url: string): { url: string; inlineHash: string | undefined } {
  const at = url.indexOf("#");
  if (at === -1) return { url, inlineHash: undefined };
  const fragment = url.slice(at + 1);
  return { url: url.slice(0, at), inlineHash: fragment.startsWith("sha384-") ? fragment.slice("sha384-".length) : undefined };
}

// --- Detection (Chipotle's import_rewriter: static imports at line start, before `main`) --------

/**
 * The specifiers of the static imports that precede `async function main`, skipping comments,
 * strings and template literals; an `import` counts only at the start of a line. No imports means
 * the code runs as it is, byte for byte.
 */
export function findStaticImports(code: string): string[] {
  const out: string[] = [];
  const closes = { at: -1 };
  let lineStart = true;
  for (let pos = 0; pos < code.length; ) {
    const ch = code[pos]!;
    if (ch === "/" && code[pos + 1] === "/") {
      const nl = code.indexOf("\n", pos);
      if (nl === -1) break;
      pos = nl;
      continue;
    }
    if (ch === "/" && code[pos + 1] === "*") {
      const end = code.indexOf("*/", pos + 2);
      if (end === -1) break;
      pos = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") {
      pos = skipQuoted(code, pos);
      lineStart = false;
      continue;
    }
    if (ch === "\n") {
      lineStart = true;
      pos++;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r") {
      pos++;
      continue;
    }
    if (code.startsWith("async function main", pos)) break;
    if (lineStart && code.startsWith("import", pos) && !/[\w$]/.test(code[pos + 6] ?? "")) {
      const parsed = parseImportAt(code, pos, closes);
      if (parsed) {
        out.push(parsed.specifier);
        pos = parsed.end;
        lineStart = false;
        continue;
      }
    }
    lineStart = false;
    pos++;
  }
  return out;
}

const isIdentStart = (ch: string | undefined) => ch !== undefined && /[A-Za-z_$]/.test(ch);
const isIdentPart = (ch: string | undefined) => ch !== undefined && /[\w$]/.test(ch);

/**
 * `import <clause> from "<spec>"` or `import "<spec>"` at `pos`, where the clause is a default
 * binding, `{ … }`, `* as name`, or a default binding followed by one of the other two. Linear in
 * the code over all calls (hostile code may hold millions of lines starting with `import`): every
 * scan stops at the end of its token, and the next `}` is found once and reused (`closes`).
 */
function parseImportAt(code: string, pos: number, closes: { at: number }): { specifier: string; end: number } | undefined {
  let i = pos + "import".length;
  const ws = () => {
    while (i < code.length && /\s/.test(code[i]!)) i++;
  };
  const ident = (): boolean => {
    if (!isIdentStart(code[i])) return false;
    while (isIdentPart(code[i])) i++;
    return true;
  };
  const braces = (): boolean => {
    if (closes.at < i) closes.at = code.indexOf("}", i);
    if (closes.at === -1) {
      closes.at = Number.POSITIVE_INFINITY;
      return false;
    }
    if (closes.at === Number.POSITIVE_INFINITY) return false;
    i = closes.at + 1;
    return true;
  };
  const star = (): boolean => {
    i++;
    ws();
    if (!code.startsWith("as", i) || isIdentPart(code[i + 2])) return false;
    i += 2;
    ws();
    return ident();
  };
  ws();
  const quote = code[i];
  if (quote !== '"' && quote !== "'") {
    if (code[i] === "{") {
      if (!braces()) return undefined;
    } else if (code[i] === "*") {
      if (!star()) return undefined;
    } else if (ident()) {
      ws();
      if (code[i] === ",") {
        i++;
        ws();
        if (code[i] === "{") {
          if (!braces()) return undefined;
        } else if (code[i] === "*") {
          if (!star()) return undefined;
        } else return undefined;
      }
    } else return undefined;
    ws();
    if (!code.startsWith("from", i) || isIdentPart(code[i + 4])) return undefined;
    i += 4;
    ws();
  }
  const q = code[i];
  if (q !== '"' && q !== "'") return undefined;
  const close = i + 1;
  let j = close;
  while (j < code.length && code[j] !== q && code[j] !== "\n") j++;
  if (code[j] !== q || j === close) return undefined;
  return { specifier: code.slice(close, j), end: j + 1 };
}

function skipQuoted(code: string, start: number): number {
  const quote = code[start]!;
  for (let pos = start + 1; pos < code.length; pos++) {
    const ch = code[pos]!;
    if (ch === "\\") {
      pos++;
      continue;
    }
    if (ch === quote) return pos + 1;
    if (ch === "\n" && quote !== "`") return pos;
  }
  return code.length;
}

// --- Mirrors -----------------------------------------------------------------------------------

const IndexSchema = z.object({
  version: z.literal(1),
  modules: z.record(
    z.string(),
    z.object({
      file: z.string().regex(MODULE_FILE),
      sha384: z.string().regex(/^[A-Za-z0-9+/]{64}$/),
      bytes: z.number().int().nonnegative(),
      from: z.string(),
    }),
  ),
});
type MirrorIndex = z.infer<typeof IndexSchema>;

function readIndex(dir: string): MirrorIndex {
  const path = join(dir, INDEX_FILE);
  if (!existsSync(path)) return { version: 1, modules: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ModuleImportError(`The module mirror index ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = IndexSchema.safeParse(parsed);
  if (!result.success) throw new ModuleImportError(`The module mirror index ${path} is malformed: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

function integrityError(url: string, expected: string, actual: string): ModuleImportError {
  return new ModuleImportError(`Integrity check failed for ${url}: expected sha384-${expected}, got sha384-${actual}`);
}

/**
 * A mirror in a directory: `index.json` maps each URL to a file named by its SHA-384 (hex) and the
 * recorded hash; every read re-hashes the file, so a file changed behind the index is refused.
 */
export function openDirectoryMirror(dir: string): ModuleMirror {
  const root = resolvePath(dir);
  return {
    description: `the local module mirror ${root}`,
    get(url) {
      const entry = readIndex(root).modules[url];
      if (!entry) return undefined;
      const path = join(root, entry.file);
      const size = statSync(path).size;
      if (size > MAX_MODULE_BYTES) throw new ModuleImportError(`Module ${url} exceeds maximum size (${size} bytes > ${MAX_MODULE_BYTES} bytes)`);
      const bytes = readFileSync(path);
      const actual = sha384(bytes).toString("base64");
      if (actual !== entry.sha384) throw integrityError(url, entry.sha384, actual);
      return { url, source: bytes.toString("utf8"), sha384: actual };
    },
    list() {
      return Object.entries(readIndex(root).modules).map(([url, entry]) => ({ url, sha384: entry.sha384, bytes: entry.bytes, from: entry.from }));
    },
  };
}

/** A mirror held in memory (tests, programmatic use): URL (or npm specifier) → module source. */
export function createMemoryMirror(modules: Record<string, string>): ModuleMirror {
  const map = new Map<string, MirroredModule>();
  for (const [key, source] of Object.entries(modules)) {
    const url = splitIntegrity(resolveEntryImport(key)).url;
    map.set(url, { url, source, sha384: sha384(source).toString("base64") });
  }
  return {
    description: "the in-memory module mirror",
    get: (url) => map.get(url),
    list: () => [...map.values()].map((m) => ({ url: m.url, sha384: m.sha384, bytes: Buffer.byteLength(m.source), from: "memory" })),
  };
}

/** The package and path a jsDelivr npm URL names: `…/npm/@noble/hashes@1.4.0/sha3/+esm` → `@noble/hashes`, `1.4.0`, `sha3`. */
export function packageOfUrl(url: string): { name: string; version: string; subpath: string } {
  const rest = decodeURIComponent(new URL(url).pathname.slice("/npm/".length));
  const match = /^((?:@[^/@]+\/)?[^/@]+)@([^/]+)(?:\/(.*))?$/.exec(rest);
  if (!match) throw new ModuleImportError(`${url} does not name a package with a pinned version (…/npm/<package>@<version>[/<file>])`);
  const subpath = (match[3] ?? "").replace(/\/?\+esm$/, "");
  return { name: match[1]!, version: match[2]!, subpath };
}

export type AddToMirrorParams = {
  dir: string;
  /** The URL (or pinned npm specifier) actions import. */
  url: string;
  /** Build from this installed package (or `pkg/subpath`); default: the package and path the URL names. */
  from?: string;
  /** Or store this file's exact bytes (e.g. the CDN's response, so inline `#sha384-` pins match). */
  file?: string;
  /** Where node_modules is looked up (default: the working directory). */
  cwd?: string;
  /** Accept an installed version other than the URL's pin. */
  anyVersion?: boolean;
};

/**
 * Adds one module to a directory mirror: built by esbuild from an installed package into one
 * self-contained ES module (its own imports inlined; a browser build, so a package that needs Node
 * built-ins fails here, as it would on the CDN), or copied from `file`. Returns the entry.
 */
export async function addToMirror(params: AddToMirrorParams): Promise<MirrorEntry> {
  const { url } = splitIntegrity(resolveEntryImport(params.url));
  const dir = resolvePath(params.dir);
  let source: Uint8Array;
  let from: string;
  if (params.file !== undefined) {
    if (params.from !== undefined) throw new ModuleImportError("Give either --from or --file, not both");
    source = readFileSync(params.file);
    from = `file:${resolvePath(params.file)}`;
  } else {
    const built = await buildFromPackage(url, params);
    source = built.source;
    from = built.from;
  }
  if (source.byteLength > MAX_MODULE_BYTES) throw new ModuleImportError(`Module ${url} exceeds maximum size (${source.byteLength} bytes > ${MAX_MODULE_BYTES} bytes)`);
  const digest = sha384(source);
  const file = `${digest.toString("hex")}.mjs`;
  mkdirSync(dir, { recursive: true });
  const index = readIndex(dir);
  writeAtomic(join(dir, file), source);
  index.modules[url] = { file, sha384: digest.toString("base64"), bytes: source.byteLength, from };
  writeAtomic(join(dir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  return { url, sha384: digest.toString("base64"), bytes: source.byteLength, from };
}

function writeAtomic(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

async function buildFromPackage(url: string, params: AddToMirrorParams): Promise<{ source: Uint8Array; from: string }> {
  const named = packageOfUrl(url);
  const target = params.from ?? (named.subpath ? `${named.name}/${named.subpath}` : named.name);
  const packageName = /^((?:@[^/]+\/)?[^/]+)/.exec(target)?.[1] ?? target;
  const cwd = resolvePath(params.cwd ?? process.cwd());
  const { build } = await import("esbuild");
  let entryPath: string | undefined;
  const result = await build({
    entryPoints: ["lit-mirror:entry"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "esnext",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: cwd,
    plugins: [
      {
        name: "lit-mirror-entry",
        setup(b) {
          b.onResolve({ filter: /^lit-mirror:entry$/ }, async () => {
            const found = await b.resolve(target, { kind: "import-statement", resolveDir: cwd });
            if (found.errors.length > 0) return { errors: found.errors };
            entryPath = found.path;
            return { path: found.path };
          });
        },
      },
    ],
  }).catch((error: { errors?: Array<{ text: string }> }) => {
    const detail = error.errors?.map((e) => e.text).join("; ") ?? String(error);
    throw new ModuleImportError(`Cannot build ${url} from ${target}: ${detail}`);
  });
  const installed = entryPath ? installedVersion(entryPath, packageName) : undefined;
  if (installed === undefined) throw new ModuleImportError(`Cannot find the package.json of ${packageName} above ${entryPath ?? cwd}`);
  if (installed !== named.version && !params.anyVersion) {
    throw new ModuleImportError(`${url} pins ${named.name}@${named.version} but node_modules has ${packageName}@${installed}; install that version, or pass --any-version to mirror ${installed} under this URL`);
  }
  const source = result.outputFiles[0]!.contents;
  return { source, from: `${packageName}@${installed}${target.length > packageName.length ? target.slice(packageName.length) : ""}` };
}

/** The version in `node_modules/<name>/package.json` above `entryPath`. */
function installedVersion(entryPath: string, name: string): string | undefined {
  const marker = `${sep}node_modules${sep}${name.split("/").join(sep)}${sep}`;
  const at = entryPath.lastIndexOf(marker);
  if (at === -1) return undefined;
  const pkg = join(entryPath.slice(0, at + marker.length), "package.json");
  try {
    const version = (JSON.parse(readFileSync(pkg, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

// --- The pre-execution bundler ----------------------------------------------------------------

export type PreparedCode = { code: string; imports: ImportDetail[] };

const CDN_NAMESPACE = "lit-cdn";

/**
 * Chipotle's pre-execution step: code without static imports is returned as it is; code with them
 * is bundled (every module from `mirror`, checked against any inline pin) into one script whose top
 * level holds the action's own declarations, `main` included. Throws `ModuleImportError`
 * ("Failed to bundle CDN imports: …") naming the URL that is missing, refused or corrupt.
 */
export async function prepareChipotleCode(code: string, mirror: ModuleMirror | undefined): Promise<PreparedCode> {
  const specifiers = findStaticImports(code);
  if (specifiers.length === 0) return { code, imports: [] };
  const fail = (detail: string) => new ModuleImportError(`Failed to bundle CDN imports: ${detail}`);
  // Resolve the entry imports first, so the error names the first bad one even without a mirror.
  for (const specifier of specifiers) {
    try {
      resolveEntryImport(specifier);
    } catch (error) {
      throw fail((error as Error).message);
    }
  }
  if (!mirror) throw fail(`this network has no module mirror, so ${resolveEntryImport(specifiers[0]!)} cannot be loaded (createLocalLitNetwork({ moduleMirror }), lit-oracle lit mirror add <url>)`);
  const loaded = new Map<string, ImportDetail>();
  /** URL → [depth in the import graph, order of first resolution]: Chipotle walks the graph breadth first. */
  const seen = new Map<string, [number, number]>();
  const { build } = await import("esbuild");
  let result;
  try {
    result = await build({
      stdin: { contents: `${code}\n;export { main };\n`, sourcefile: "lit-action:entry.js", loader: "js" },
      // No tsconfig lookup, no working directory: the bundler reads nothing but the mirror.
      tsconfigRaw: {},
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      target: "esnext",
      charset: "utf8",
      legalComments: "none",
      logLevel: "silent",
      plugins: [
        {
          name: "lit-cdn-mirror",
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              // `require(…)` and `import(…)` are not module graph edges on Chipotle either: left to fail at run time.
              if (args.kind === "require-call" || args.kind === "require-resolve" || args.kind === "dynamic-import") return { path: args.path, external: true };
              try {
                const resolved = args.namespace === CDN_NAMESPACE ? resolveModuleImport(args.importer, args.path) : resolveEntryImport(args.path);
                const { url, inlineHash } = splitIntegrity(resolved);
                const depth = args.namespace === CDN_NAMESPACE ? (seen.get(args.importer)?.[0] ?? 0) + 1 : 0;
                const known = seen.get(url);
                if (!known) {
                  if (seen.size >= MAX_MODULE_COUNT) return { errors: [{ text: `Maximum module count (${MAX_MODULE_COUNT}) exceeded. Reduce the number of imported modules.` }] };
                  seen.set(url, [depth, seen.size]);
                } else if (depth < known[0]) {
                  known[0] = depth;
                }
                return { path: url, namespace: CDN_NAMESPACE, pluginData: { inlineHash } };
              } catch (error) {
                return { errors: [{ text: (error as Error).message }] };
              }
            });
            b.onLoad({ filter: /.*/, namespace: CDN_NAMESPACE }, (args) => {
              const url = args.path;
              let module: MirroredModule | undefined;
              try {
                module = mirror.get(url);
              } catch (error) {
                return { errors: [{ text: (error as Error).message }] };
              }
              if (!module) return { errors: [{ text: `failed to fetch ${shown(url)}: it is not in ${mirror.description} (add it: lit-oracle lit mirror add ${shown(url)})` }] };
              const inlineHash = (args.pluginData as { inlineHash?: string } | undefined)?.inlineHash;
              if (inlineHash !== undefined && inlineHash !== module.sha384) return { errors: [{ text: integrityError(url, inlineHash, module.sha384).message }] };
              loaded.set(url, { url, hash: `sha384-${module.sha384}` });
              return { contents: module.source, loader: "js" };
            });
          },
        },
      ],
    });
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string }> }).errors;
    throw fail(errors?.length ? errors.map((e) => e.text).join("; ") : (error as Error).message);
  }
  const text = result.outputFiles[0]!.text;
  const tail = /\nexport\s*\{[^}]{0,4096}\};\s*$/.exec(text);
  if (!tail) throw fail("the bundle does not end in its export list (a bug of the emulator)");
  const order = (url: string) => seen.get(url) ?? [Infinity, Infinity];
  const imports = [...loaded.values()].sort((a, b) => order(a.url)[0] - order(b.url)[0] || order(a.url)[1] - order(b.url)[1]);
  return { code: text.slice(0, tail.index + 1), imports };
}
