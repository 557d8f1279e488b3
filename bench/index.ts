/**
 * `npm run bench [-- --json] [-- --only oracle,lit,action,keeper,http]`
 *
 * Runs every benchmark section and prints its figures on stdout: a table by default, one flat JSON
 * object with `--json` (progress always goes to stderr). Sections live in `bench/<name>.ts` and export
 * `run(log): Promise<Record<string, number>>`; keys are dotted metric names such as
 * `oracle.single.steadyGas`.
 */
import { existsSync } from "node:fs";

export type BenchLog = (message: string) => void;
export type BenchSection = { run: (log: BenchLog) => Promise<Record<string, number>> };

const SECTIONS = ["oracle", "lit", "action", "keeper", "messenger", "relay", "http"] as const;

function parseArgs(argv: string[]): { json: boolean; only: Set<string> | undefined } {
  const json = argv.includes("--json");
  const i = argv.indexOf("--only");
  const only = i >= 0 && argv[i + 1] ? new Set(argv[i + 1]!.split(",")) : undefined;
  return { json, only };
}

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  const log: BenchLog = (message) => process.stderr.write(`${message}\n`);
  const figures: Record<string, number> = {};
  for (const name of SECTIONS) {
    if (only && !only.has(name)) continue;
    const file = new URL(`./${name}.ts`, import.meta.url);
    if (!existsSync(file)) continue;
    log(`== ${name}`);
    const section = (await import(file.href)) as BenchSection;
    const result = await section.run(log);
    for (const [key, value] of Object.entries(result)) {
      figures[key] = value;
      log(`${key.padEnd(36)} ${value}`);
    }
  }
  process.stdout.write(json ? `${JSON.stringify(figures)}\n` : renderTable(figures));
  process.exit(0);
}

/** The figures as a table, one row per key, grouped by section (the key's first segment). */
function renderTable(figures: Record<string, number>): string {
  const rows = Object.entries(figures);
  if (rows.length === 0) return "no figures (check --only)\n";
  const width = Math.max("figure".length, ...rows.map(([key]) => key.length));
  const values = rows.map(([, value]) => (Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 3 })));
  const valueWidth = Math.max("value".length, ...values.map((v) => v.length));
  const lines = [`${"figure".padEnd(width)}  ${"value".padStart(valueWidth)}`, `${"-".repeat(width)}  ${"-".repeat(valueWidth)}`];
  let section = "";
  rows.forEach(([key], i) => {
    const head = key.split(".")[0]!;
    if (section && head !== section) lines.push("");
    section = head;
    lines.push(`${key.padEnd(width)}  ${values[i]!.padStart(valueWidth)}`);
  });
  return `${lines.join("\n")}\n`;
}

await main();
