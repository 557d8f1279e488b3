/**
 * `lit-oracle action build [--manifest <file>...] [--out <dir>] [--json] [--check]`: bundles every Lit
 * Action with its family's manifest compiled in (default: the shipped `actions/manifests/*.production.json`)
 * into `actions/dist/` (or `--out`) and prints each one's CID — the identity the PKP permits, which
 * commits to the manifest. `--check` rebuilds in memory with the shipped manifests and fails if the
 * committed bundles differ (nothing is written).
 *
 * `lit-oracle action cid [--json]`: the CIDs of the committed bundles, without rebuilding.
 */
import type { Command } from "commander";
import { ACTION_SPECS, buildActions, checkBuiltActions, loadBuiltAction, readManifestFile } from "../../../actions/build.ts";
import { NonRetryableError } from "../../../common/errors.ts";

type Row = { name: string; file: string; cid: string; bytes: number; manifest?: string };

function print(rows: Row[], json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  for (const row of rows) process.stdout.write(`${row.name.padEnd(26)} ${row.cid}  ${row.file} (${row.bytes} bytes${row.manifest ? `, manifest ${row.manifest}` : ""})\n`);
}

export function register(program: Command): void {
  const action = program.command("action").description("Lit Action bundles and their CIDs");

  action
    .command("build")
    .description("bundle the actions with their manifest into actions/dist and print each CID (what the PKP must permit)")
    .option("--manifest <file...>", "manifest file(s) (JSON or YAML) to compile in; default the shipped production manifest of each family")
    .option("--out <dir>", "write the bundles here instead of actions/dist")
    .option("--json", "print a JSON array [{name, file, cid, bytes, manifest}] on stdout")
    .option("--check", "rebuild in memory and fail if actions/dist is out of date (writes nothing)")
    .action(async (options: { manifest?: string[]; out?: string; json?: boolean; check?: boolean }) => {
      if (options.check) {
        const stale = await checkBuiltActions();
        if (stale.length > 0) {
          throw new NonRetryableError("actions/dist is out of date: run `lit-oracle action build` and commit the result", {
            metaMessages: stale.map((s) => `${s.name}: committed ${s.committedCid ?? "(missing)"}, sources build ${s.builtCid}`),
          });
        }
        const rows: Row[] = [];
        for (const spec of ACTION_SPECS) {
          const built = await loadBuiltAction(spec.name);
          rows.push({ name: built.name, file: built.file, cid: built.cid, bytes: Buffer.byteLength(built.code) });
        }
        print(rows, options.json);
        return;
      }
      const manifests = [];
      for (const file of options.manifest ?? []) manifests.push(await readManifestFile(file));
      let built;
      try {
        built = await buildActions(manifests, options.out);
      } catch (error) {
        const issues = (error as { issues?: string[] }).issues;
        throw new NonRetryableError(error instanceof Error ? error.message : String(error), issues ? { metaMessages: issues } : {});
      }
      print(
        built.map((b) => ({ name: b.name, file: b.file, cid: b.cid, bytes: Buffer.byteLength(b.code), manifest: b.manifestName })),
        options.json,
      );
    });

  action
    .command("cid")
    .description("print the CID of each committed bundle in actions/dist (no rebuild)")
    .option("--json", "print a JSON array on stdout")
    .action(async (options: { json?: boolean }) => {
      const rows: Row[] = [];
      for (const spec of ACTION_SPECS) {
        const built = await loadBuiltAction(spec.name);
        rows.push({ name: built.name, file: built.file, cid: built.cid, bytes: Buffer.byteLength(built.code) });
      }
      print(rows, options.json);
    });
}
