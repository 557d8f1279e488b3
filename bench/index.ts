/**
 * `npm run bench [-- --json] [-- --only oracle,lit,action,keeper,http]`
 *
 * Runs every benchmark section and prints one JSON object of figures on stdout with `--json`
 * (human-readable progress always goes to stderr). Sections live in `bench/<name>.ts` and export
 * `run(log): Promise<Record<string, number>>`; keys are dotted metric names such as
 * `oracle.single.steadyGas`.
 */
import { existsSync } from "node:fs";

export type BenchLog = (message: string) => void;
export type BenchSection = { run: (log: BenchLog) => Promise<Record<string, number>> };

const SECTIONS = ["oracle", "lit", "action", "keeper", "messenger", "http"] as const;

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
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  process.exit(0);
}

await main();
