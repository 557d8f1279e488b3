/**
 * `lit-oracle lit run <file.js>` runs an action on the local Lit network with a PKP permitted for it
 * (Naga v8, Datil v7, or Chipotle's `main(params)` with `--mode chipotle`);
 * `lit-oracle lit cid <file>` prints the CIDv0 of a file's exact bytes;
 * `lit-oracle lit mirror add|list` keeps the local mirror that Chipotle actions' CDN imports load from.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { cidOf } from "../../../lit/cid.ts";
import { createLocalLitNetwork, DEFAULT_NODE_COUNT } from "../../../lit/local/network.ts";
import { addToMirror, DEFAULT_MIRROR_DIR, openDirectoryMirror } from "../../../lit/local/mirror.ts";
import { BaseError } from "../../../common/errors.ts";
import { registerLitServe } from "./serve.ts";
import type { LitSchemeSignature } from "../../../lit/types.ts";

/** Where `lit run` keeps the local network's keys and PKPs between runs. */
export const DEFAULT_LIT_STATE_DIR = ".lit-oracle/lit-state";

type RunOptions = { params?: string; nodes: string; pkp?: string; json?: boolean; stateDir: string; timeout?: string; mode: string; rpc: string[]; mirror: string };
type MirrorAddOptions = { dir: string; from?: string; file?: string; anyVersion?: boolean; packages?: string; json?: boolean };

export function register(program: Command): void {
  const lit = program.command("lit").description("Lit runtime tools (local network, CIDs)");

  lit
    .command("cid")
    .description("print the CIDv0 (Qm…) of a file's exact bytes, as Lit computes it")
    .argument("<file>", "action file")
    .action((file: string) => {
      process.stdout.write(`${cidOf(readBytes(file))}\n`);
    });

  lit
    .command("run")
    .description("run an action on the local Lit network with a PKP permitted for it")
    .argument("<file>", "action file (JavaScript, Naga style)")
    .option("--params <json>", "jsParams as a JSON object")
    .option("--nodes <n>", "nodes in the local network", String(DEFAULT_NODE_COUNT))
    .option("--pkp <pubkey>", "use this PKP (from the state dir) instead of minting a fresh one")
    .option("--json", "print one JSON object on stdout")
    .option("--state-dir <dir>", "local network state (keys, PKPs)", DEFAULT_LIT_STATE_DIR)
    .option("--timeout <ms>", "action timeout per node, ms (default 30000)")
    .option("--mode <mode>", "v8 (Naga), v7 (Datil) or chipotle (Lit v3: main(params) run once, getPrivateKey/Encrypt/Decrypt)", "v8")
    .option("--rpc <chain=url>", "getRpcUrl answer for a chain (repeatable)", (value: string, all: string[]) => [...all, value], [] as string[])
    .option("--mirror <dir>", "module mirror for --mode chipotle's CDN imports (see `lit mirror add`)", DEFAULT_MIRROR_DIR)
    .action(async (file: string, options: RunOptions) => {
      await runAction(file, options);
    });

  const mirror = lit.command("mirror").description("the local mirror of CDN modules (jsDelivr npm URLs) that Chipotle actions' `import` statements load from, offline");
  mirror
    .command("add")
    .description("build a module from an installed package (or copy a saved file) under the URL actions import")
    .argument("<url>", "jsDelivr npm URL or pinned npm specifier, as the action writes it (e.g. zod@3.22.4, https://cdn.jsdelivr.net/npm/micro-eth-signer@0.19.0/+esm)")
    .option("--from <pkg>", "installed package (or pkg/subpath) to build it from; default: the package and path the URL names")
    .option("--file <path>", "store this file's exact bytes instead (e.g. the CDN's response, so inline #sha384- pins match)")
    .option("--any-version", "accept an installed version other than the URL's pin")
    .option("--packages <dir>", "the project whose node_modules --from is looked up in (default: the working directory)")
    .option("--dir <dir>", "the mirror directory", DEFAULT_MIRROR_DIR)
    .option("--json", "print the entry as JSON")
    .action(async (url: string, options: MirrorAddOptions) => {
      const entry = await addToMirror({
        dir: resolve(options.dir),
        url,
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.file === undefined ? {} : { file: options.file }),
        anyVersion: options.anyVersion === true,
        ...(options.packages === undefined ? {} : { cwd: resolve(options.packages) }),
      });
      process.stdout.write(options.json ? `${JSON.stringify(entry)}\n` : `${entry.url}\n  sha384-${entry.sha384}  ${entry.bytes} bytes  from ${entry.from}\n`);
    });
  mirror
    .command("list")
    .description("list the mirrored modules")
    .option("--dir <dir>", "the mirror directory", DEFAULT_MIRROR_DIR)
    .option("--json", "print JSON")
    .action((options: { dir: string; json?: boolean }) => {
      const entries = openDirectoryMirror(resolve(options.dir)).list();
      if (options.json) process.stdout.write(`${JSON.stringify(entries)}\n`);
      else for (const entry of entries) process.stdout.write(`${entry.url}\n  sha384-${entry.sha384}  ${entry.bytes} bytes  from ${entry.from}\n`);
    });

  // `lit serve`: the Chipotle REST face as its own process (operator path; see ./serve.ts).
  registerLitServe(lit);
}

async function runAction(file: string, options: RunOptions): Promise<void> {
  const code = readBytes(file).toString("utf8");
  const jsParams = parseParams(options.params);
  const nodes = Number(options.nodes);
  if (!Number.isInteger(nodes) || nodes < 1) throw new Error(`--nodes must be a positive integer, got "${options.nodes}"`);
  if (options.mode !== "v8" && options.mode !== "v7" && options.mode !== "chipotle") throw new Error(`--mode must be v8, v7 or chipotle, got "${options.mode}"`);
  const timeoutMs = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new Error(`--timeout must be a positive number of ms, got "${options.timeout}"`);
  const rpcUrls: Record<string, string> = {};
  for (const entry of options.rpc) {
    const at = entry.indexOf("=");
    if (at <= 0) throw new Error(`--rpc expects chain=url, got "${entry}"`);
    rpcUrls[entry.slice(0, at)] = entry.slice(at + 1);
  }

  const network = await createLocalLitNetwork({ nodes, stateDir: resolve(options.stateDir), mode: options.mode === "v7" ? "v7" : "v8", timeoutMs, chipotleTimeoutMs: timeoutMs, rpcUrls, moduleMirror: resolve(options.mirror) });
  const cid = cidOf(code);
  let pkp;
  if (options.pkp) {
    pkp = network.getPkp(options.pkp);
    if (!network.isPermittedAction(pkp.publicKey, cid)) {
      try {
        network.permitAction(pkp.publicKey, cid);
      } catch (error) {
        // A burned PKP keeps its permissions; the run then fails with the node's authorization error.
        if (!options.json) process.stderr.write(`warning: cannot permit ${cid} on ${pkp.publicKey}: ${(error as Error).message}\n`);
      }
    }
  } else {
    pkp = network.mintPkp();
    network.permitAction(pkp.publicKey, cid);
  }
  // Chipotle names a wallet by its address (`pkpId`); Naga by its public key.
  const params = { publicKey: pkp.publicKey, ...(options.mode === "chipotle" ? { pkpId: pkp.ethAddress.toLowerCase() } : {}), ...jsParams };
  const pkpOut = { publicKey: pkp.publicKey, ethAddress: pkp.ethAddress };
  try {
    const result =
      options.mode === "chipotle"
        ? { success: true, signatures: {}, ...(await network.executeChipotle({ code, jsParams: params })) }
        : options.mode === "v7"
          ? await network.executeV7({ code, jsParams: params })
          : await network.execute<LitSchemeSignature>({ code, jsParams: params });
    const claims = "claims" in result && result.claims && Object.keys(result.claims).length > 0 ? result.claims : undefined;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ success: result.success, response: result.response, signatures: result.signatures, logs: result.logs, ...(claims ? { claims } : {}), pkp: pkpOut, cid })}\n`);
    } else {
      process.stdout.write(`action   ${cid}\npkp      ${pkp.publicKey}\naddress  ${pkp.ethAddress}\n`);
      process.stdout.write(`response ${typeof result.response === "string" ? result.response : JSON.stringify(result.response, null, 2)}\n`);
      for (const [name, sig] of Object.entries(result.signatures)) process.stdout.write(`signature ${name}: ${JSON.stringify(sig, null, 2)}\n`);
      if (claims) process.stdout.write(`claims ${JSON.stringify(claims, null, 2)}\n`);
      if (result.logs) process.stdout.write(`logs:\n${result.logs}`);
    }
  } catch (error) {
    const message = error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
    const logs = (error as { logs?: unknown }).logs;
    const nodeErrors = (error as { nodeErrors?: unknown }).nodeErrors;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ success: false, error: message, nodeErrors, response: null, signatures: {}, logs: typeof logs === "string" ? logs : "", pkp: pkpOut, cid })}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      if (typeof logs === "string" && logs) process.stderr.write(`logs:\n${logs}`);
    }
    process.exitCode = 1;
  } finally {
    await network.close();
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new Error(`cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

function parseParams(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`--params is not valid JSON: ${text.slice(0, 80)}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("--params must be a JSON object");
  return value as Record<string, unknown>;
}
