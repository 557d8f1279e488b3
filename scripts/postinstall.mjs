// Runs after `npm install` / `npm ci`, on the pinned Node 24 (node_modules/.bin/node).
//
// npm itself runs on the machine's Node (20 here) and marks optional platform binaries whose `engines`
// exclude that Node as not installable. EDR (Hardhat's EVM) ships its native binding that way
// (`engines.node >= 22`), so on a Node-20 npm the binding is silently skipped. This script notices the
// missing binding and fetches the exact package from the npm registry with `npm pack`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

function platformPackage() {
  const { platform, arch } = process;
  if (platform === "linux") {
    const glibc = process.report?.getReport?.().header?.glibcVersionRuntime;
    return `@nomicfoundation/edr-linux-${arch}-${glibc ? "gnu" : "musl"}`;
  }
  if (platform === "darwin") return `@nomicfoundation/edr-darwin-${arch}`;
  if (platform === "win32") return `@nomicfoundation/edr-win32-${arch}-msvc`;
  return undefined;
}

function ensureEdr() {
  const edrDir = join(root, "node_modules", "@nomicfoundation", "edr");
  if (!existsSync(join(edrDir, "package.json"))) return; // Hardhat not installed: nothing to do.
  const name = platformPackage();
  if (!name) return;
  const target = join(root, "node_modules", name);
  if (existsSync(join(target, "package.json"))) return;
  const { version } = JSON.parse(readFileSync(join(edrDir, "package.json"), "utf8"));
  const work = mkdtempSync(join(tmpdir(), "edr-"));
  try {
    const file = execFileSync("npm", ["pack", `${name}@${version}`, "--silent"], { cwd: work, encoding: "utf8" })
      .trim()
      .split("\n")
      .pop();
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xzf", join(work, file), "-C", target, "--strip-components=1"]);
    console.log(`postinstall: installed ${name}@${version}, which npm skipped for its engines field`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

ensureEdr();
