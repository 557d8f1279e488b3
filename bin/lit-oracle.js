#!/usr/bin/env node
// The `lit-oracle` command. Node 24 runs the TypeScript sources directly (type stripping).
import module from "node:module";
import { fileURLToPath } from "node:url";

const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(`lit-oracle needs Node 24 (found ${process.versions.node}); run it through npm scripts or npx, which use the pinned Node.`);
  process.exit(1);
}
// Node's compile cache keeps the stripped sources (and V8's code cache) on disk, keyed by each file's
// path and content: a process that finds every source in it never loads Node's TypeScript
// transpiler, ~25 MB of the keeper's resident memory (docs/operate.md "Memory"). Beside the
// installation, never in a shared temp directory (whoever can write the cache runs code in the
// keeper); NODE_COMPILE_CACHE moves it (Node then enables it at start), NODE_DISABLE_COMPILE_CACHE=1
// turns it off. An unwritable directory only costs the memory.
if (!process.env.NODE_COMPILE_CACHE) module.enableCompileCache?.(fileURLToPath(new URL("../node_modules/.cache/lit-oracle/compile", import.meta.url)));
const { main } = await import("../keeper/src/cli-main.ts");
await main(process.argv);
