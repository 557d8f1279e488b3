/**
 * `lit-oracle action build [--json] [--check]`: bundles every Lit Action into `actions/dist/` and
 * prints each one's CID (the identity the PKP permits). `--check` rebuilds in memory and fails if
 * the committed bundles differ from their sources (nothing is written).
 *
 * `lit-oracle action cid [--json]`: the CIDs of the committed bundles, without rebuilding.
 */
import type { Command } from "commander";
import { ACTION_SPECS, buildActions, checkBuiltActions, loadBuiltAction } from "../../../actions/build.ts";
import { NonRetryableError } from "../internal/errors.ts";

type Row = { name: string; file: string; cid: string; bytes: number };

function print(rows: Row[], json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  for (const row of rows) process.stdout.write(`${row.name.padEnd(22)} ${row.cid}  ${row.file} (${row.bytes} bytes)\n`);
}

export function register(program: Command): void {
  const action = program.command("action").description("Lit Action bundles and their CIDs");

  action
    .command("build")
    .description("bundle the actions into actions/dist and print each CID (what the PKP must permit)")
    .option("--json", "print a JSON array [{name, file, cid, bytes}] on stdout")
    .option("--check", "rebuild in memory and fail if actions/dist is out of date (writes nothing)")
    .action(async (options: { json?: boolean; check?: boolean }) => {
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
      const built = await buildActions();
      print(
        built.map((b) => ({ name: b.name, file: b.file, cid: b.cid, bytes: Buffer.byteLength(b.code) })),
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
