/**
 * `npm run test:long`: the fault campaign, written to docs/reliability.md.
 *
 *   node --expose-gc test/long/run.ts [--fast] [--rounds N] [--soak-minutes M] [--contract-steps K] [--seed S] [--out FILE]
 *
 * Default (long): 300 rounds at least, a 10-minute soak, 600 receiver steps, faults that cost seconds
 * included. Any size runs at least the coverage schedule's rounds (every fault kind once, the slow ones
 * too), so `--rounds 4` runs 10; afterwards the chain simulator alone is measured for the soak's blocks. `--fast`: 12 rounds, no soak, 60 steps, no slow faults (what `npm test` runs, as a vitest case).
 * Exits 1 when any wrong, lost or duplicated update or message was seen, or a fault kind the coverage
 * schedule requires was never injected.
 */
import { writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCampaign } from "./campaign.ts";
import { renderReliability } from "./report.ts";

const LONG = { rounds: 300, soakMinutes: 10, contractSteps: 600, slowFaults: true, chainProbe: true } as const;
const FAST = { rounds: 12, soakMinutes: 0, contractSteps: 60, slowFaults: false, chainProbe: false } as const;

const { values } = parseArgs({
  options: {
    fast: { type: "boolean", default: false },
    rounds: { type: "string" },
    "soak-minutes": { type: "string" },
    "contract-steps": { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  },
});
const mode = values.fast ? FAST : LONG;
const number = (v: string | undefined, fallback: number, name: string) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a non-negative number, got ${JSON.stringify(v)}`);
    process.exit(2);
  }
  return n;
};
const params = {
  rounds: number(values.rounds, mode.rounds, "rounds"),
  soakMs: number(values["soak-minutes"], mode.soakMinutes, "soak-minutes") * 60_000,
  contractSteps: number(values["contract-steps"], mode.contractSteps, "contract-steps"),
  slowFaults: mode.slowFaults,
  chainProbe: mode.chainProbe,
  seed: number(values.seed, 20_261_201, "seed"),
};
const command = `npm run test:long --${values.fast ? " --fast" : ""}${values.rounds ? ` --rounds ${values.rounds}` : ""}${values["soak-minutes"] ? ` --soak-minutes ${values["soak-minutes"]}` : ""}${values["contract-steps"] ? ` --contract-steps ${values["contract-steps"]}` : ""}${values.seed ? ` --seed ${values.seed}` : ""}`;
const result = await runCampaign({ ...params, log: (line) => console.error(`[campaign] ${line}`) });
const out = values.out ?? join(import.meta.dirname, "..", "..", "docs", "reliability.md");
// The raw result first (a report that fails to render loses nothing of a long run).
const raw = join(tmpdir(), `lit-oracle-campaign-${params.seed}.json`);
writeFileSync(raw, JSON.stringify(result, null, 1));
console.error(`[campaign] raw result in ${raw}`);
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(out, renderReliability(result, { command, machine, date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC" }));
const m = result.messages;
console.log(
  JSON.stringify({
    out,
    rounds: result.rounds,
    faults: Object.values(result.faultsByLayer).reduce((x, y) => x + y, 0),
    faultsByLayer: result.faultsByLayer,
    landed: result.updatesLanded,
    wrong: result.wrong,
    lost: result.lost,
    duplicated: result.duplicated,
    messages: { sent: m.sent, deliveredOnce: m.deliveredOnce, wrong: m.wrong, lost: m.lost, duplicated: m.duplicated },
    rssMb: [result.rss.startMb, result.rss.endMb],
    missingKinds: result.missingKinds,
  }),
);
if (result.missingKinds.length > 0) console.error(`fault kinds never injected: ${result.missingKinds.join(", ")}`);
if (result.wrong + result.lost + result.duplicated + m.wrong + m.lost + m.duplicated > 0 || result.missingKinds.length > 0) {
  for (const p of result.problems) console.error(`  ${p}`);
  process.exit(1);
}
