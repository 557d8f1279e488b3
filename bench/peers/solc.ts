/**
 * Compiles a peer's Solidity sources, as published in its npm package, with the solc version and
 * settings the peer builds with (solc-js from npm under an alias such as `solc-0_8_17`: no compiler
 * download, offline). Imports resolve inside the package (relative paths) and through the package's
 * own prefix map (e.g. Hyperlane's `@openzeppelin/contracts/` -> its bundled `dependencies/` copy).
 *
 * Output is cached under `node_modules/.cache/lit-oracle-bench/`, keyed by the compiler version,
 * the settings and the sha-256 of every source read: a package upgrade or a settings change misses
 * the cache, a rerun skips the (slow, single-threaded) solc-js compile.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { Abi, Hex } from "viem";

const require = createRequire(import.meta.url);
const CACHE_DIR = new URL("../../node_modules/.cache/lit-oracle-bench/", import.meta.url).pathname;

export type SolcSettings = {
  optimizer: { enabled: boolean; runs: number };
  evmVersion?: string;
  viaIR?: boolean;
};

export type CompileParameters = {
  /** npm name of the solc-js package to use (an alias pinned to the peer's compiler version). */
  solc: string;
  /** The solc version that package must be (checked, so a wrong alias fails loudly). */
  version: string;
  /** Directory of the peer's npm package; source paths are relative to it. */
  root: string;
  /** Entry source files, relative to `root`. */
  sources: readonly string[];
  /** Import prefixes that resolve elsewhere in the package: `{ "@openzeppelin/contracts/": "dependencies/oz/" }`. */
  prefixes?: Record<string, string>;
  settings: SolcSettings;
};

export type CompiledContract = { abi: Abi; bytecode: Hex };
export type Compiled = Record<string, CompiledContract>;

export class PeerCompileError extends Error {
  override name = "PeerCompileError";
}

type SolcModule = { compile(input: string, callbacks: { import(path: string): { contents: string } | { error: string } }): string; version(): string };

/** Directory of an installed npm package (looked up like `require`, without its `exports` map). */
export function packageRoot(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(join(dir, name, "package.json"))) return join(dir, name);
  }
  throw new PeerCompileError(`${name} is not installed (it is a devDependency: run npm ci)`);
}

/** Compiles `sources` and returns every contract with bytecode, by its name (last one wins on a clash). */
export function compilePeer(params: CompileParameters): Compiled {
  const solc = require(params.solc) as SolcModule;
  const longVersion = solc.version();
  if (!longVersion.startsWith(`${params.version}+`)) {
    throw new PeerCompileError(`${params.solc} is solc ${longVersion}, expected ${params.version}`);
  }
  const read = new Map<string, string>();
  const resolve = (path: string): string => {
    for (const [prefix, target] of Object.entries(params.prefixes ?? {})) {
      if (path.startsWith(prefix)) return join(params.root, target, path.slice(prefix.length));
    }
    return join(params.root, normalize(path));
  };
  const load = (path: string): string | undefined => {
    const cached = read.get(path);
    if (cached !== undefined) return cached;
    const file = resolve(path);
    if (!existsSync(file)) return undefined;
    const text = readFileSync(file, "utf8");
    read.set(path, text);
    return text;
  };
  const sources: Record<string, { content: string }> = {};
  for (const path of params.sources) {
    const content = load(path);
    if (content === undefined) throw new PeerCompileError(`source not found in ${params.root}: ${path}`);
    sources[path] = { content };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      ...params.settings,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };

  // The cache key covers every source the compile reads, so it is checked after a dependency walk.
  const keyOf = (): string => {
    const hash = createHash("sha256").update(longVersion).update(JSON.stringify(params.settings));
    for (const [path, text] of [...read.entries()].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update("\0").update(text);
    return hash.digest("hex").slice(0, 32);
  };
  walkImports(read, load);
  const cacheFile = join(CACHE_DIR, `${keyOf()}.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, "utf8")) as Compiled;

  const output = JSON.parse(
    solc.compile(JSON.stringify(input), {
      import: (path) => {
        const content = load(path);
        return content === undefined ? { error: `not found: ${path}` } : { contents: content };
      },
    }),
  ) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts?: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
  };
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new PeerCompileError(errors.map((e) => e.formattedMessage).join("\n"));
  const compiled: Compiled = {};
  for (const file of Object.values(output.contracts ?? {})) {
    for (const [name, contract] of Object.entries(file)) {
      if (contract.evm.bytecode.object.length > 0) compiled[name] = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
    }
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(compiled));
  return compiled;
}

const IMPORT = /^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm;

/** Loads every source reachable by imports (relative imports resolve against the importing file). */
function walkImports(read: Map<string, string>, load: (path: string) => string | undefined): void {
  const queue = [...read.keys()];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.pop()!;
    const text = read.get(path) ?? "";
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1]!;
      const target = spec.startsWith(".") ? normalize(join(dirname(path), spec)) : spec;
      if (seen.has(target)) continue;
      seen.add(target);
      if (load(target) !== undefined) queue.push(target);
    }
  }
}
