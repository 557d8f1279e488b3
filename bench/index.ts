/**
 * `npm run bench [-- --json] [-- --only oracle,lit,action,keeper,scale,http] [-- --peers [--chart file.svg]]`
 *
 * Runs every benchmark section and prints its figures on stdout: a table by default, one flat JSON
 * object with `--json` (progress always goes to stderr). Sections live in `bench/<name>.ts` and export
 * `run(log): Promise<Record<string, number>>`; keys are dotted metric names such as
 * `oracle.single.steadyGas`.
 *
 * `--peers` also deploys the peers' real contracts from their npm packages on the chain the oracle
 * section ran on and reports their gas and the ratios to ours (`bench/peers/`); it runs the oracle and
 * messenger sections even when `--only` leaves them out. `--chart <file>` (with `--peers`) writes the
 * SVG chart of gas per feed update and per message (`bench/chart.ts`).
 */
import { existsSync, writeFileSync } from "node:fs";
import type { LocalChain } from "../keeper/src/chain/local.ts";

export type BenchLog = (message: string) => void;
export type BenchSection = { run: (log: BenchLog, shared?: { chain?: LocalChain }) => Promise<Record<string, number>> };

const SECTIONS = ["oracle", "lit", "action", "keeper", "scale", "operator", "messenger", "relay", "http"] as const;

type BenchArgs = { json: boolean; only: Set<string> | undefined; peers: boolean; chart: string | undefined };

function parseArgs(argv: string[]): BenchArgs {
  const json = argv.includes("--json");
  const i = argv.indexOf("--only");
  const only = i >= 0 && argv[i + 1] ? new Set(argv[i + 1]!.split(",")) : undefined;
  const peers = argv.includes("--peers");
  const c = argv.indexOf("--chart");
  const chart = c >= 0 ? argv[c + 1] : undefined;
  if (c >= 0 && (!chart || chart.startsWith("--"))) throw new Error("--chart needs a file name (e.g. --chart docs/benchmarks.svg)");
  if (chart && !peers) throw new Error("--chart draws the peers beside our figures: add --peers");
  return { json, only, peers, chart };
}

async function main(): Promise<void> {
  const { json, only, peers, chart } = parseArgs(process.argv.slice(2));
  const log: BenchLog = (message) => process.stderr.write(`${message}\n`);
  const figures: Record<string, number> = {};
  const record = (result: Record<string, number>): void => {
    for (const [key, value] of Object.entries(result)) {
      figures[key] = value;
      log(`${key.padEnd(36)} ${value}`);
    }
  };
  let sharedChain: LocalChain | undefined;
  if (peers) {
    const peersModule = await import("./peers/index.ts");
    for (const name of peersModule.OUR_SECTIONS) only?.add(name);
    const { startLocalChain } = await import("../keeper/src/chain/local.ts");
    sharedChain = await startLocalChain();
  }
  try {
    for (const name of SECTIONS) {
      if (only && !only.has(name)) continue;
      const file = new URL(`./${name}.ts`, import.meta.url);
      if (!existsSync(file)) continue;
      log(`== ${name}`);
      const section = (await import(file.href)) as BenchSection;
      record(await section.run(log, name === "oracle" && sharedChain ? { chain: sharedChain } : undefined));
    }
    if (sharedChain) {
      log("== peers");
      const { runPeers } = await import("./peers/index.ts");
      record(await runPeers(log, sharedChain, figures));
    }
  } finally {
    await sharedChain?.close();
  }
  if (chart) {
    const { renderChart } = await import("./chart.ts");
    writeFileSync(chart, renderChart(figures));
    log(`chart written to ${chart}`);
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
