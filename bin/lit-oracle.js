#!/usr/bin/env node
// The `lit-oracle` command. Node 24 runs the TypeScript sources directly (type stripping).
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(`lit-oracle needs Node 24 (found ${process.versions.node}); run it through npm scripts or npx, which use the pinned Node.`);
  process.exit(1);
}
const { main } = await import("../keeper/src/cli-main.ts");
await main(process.argv);
