/**
 * The `lit-oracle dev` terminal view: a compact table (feeds x chains: last answer, age, last decision
 * and outcome, last tx) redrawn in place when stdout is a TTY. `renderView` is pure (tests call it).
 */
import { formatUnits } from "viem";
import type { FeedStatus } from "./keeper.ts";
import type { RouteStatus } from "./http/live.ts";

export type ViewInfo = {
  title: string;
  lines: string[];
  rounds: number;
  counters: { updates: number; skipped: number; failures: number; alreadyDone: number; messages?: number; messageFailures?: number };
  events: string[];
  /** Relay routes (the MESSAGES section; absent when no relay runs). */
  routes?: readonly RouteStatus[];
  now: Date;
};

const ESC = "\u001b[";
export const ANSI = {
  home: `${ESC}H`,
  clear: `${ESC}2J`,
  clearBelow: `${ESC}J`,
  hideCursor: `${ESC}?25l`,
  showCursor: `${ESC}?25h`,
  bold: (s: string) => `${ESC}1m${s}${ESC}22m`,
  dim: (s: string) => `${ESC}2m${s}${ESC}22m`,
  green: (s: string) => `${ESC}32m${s}${ESC}39m`,
  yellow: (s: string) => `${ESC}33m${s}${ESC}39m`,
  red: (s: string) => `${ESC}31m${s}${ESC}39m`,
};

function pad(s: string, width: number): string {
  return s.length >= width ? `${s.slice(0, width - 1)}… ` : s + " ".repeat(width - s.length);
}

export function formatAnswer(answer: bigint | undefined, decimals: number): string {
  if (answer === undefined) return "—";
  const [int, frac = ""] = formatUnits(answer, decimals).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped}.${(frac + "00").slice(0, Math.max(2, Math.min(4, frac.length)))}`;
}

export function formatAge(seconds: number | undefined): string {
  if (seconds === undefined) return "—";
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7_200) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3_600)}h${String(Math.floor((seconds % 3_600) / 60)).padStart(2, "0")}m`;
}

function shortHash(hash: string | undefined): string {
  return hash ? `${hash.slice(0, 10)}…${hash.slice(-4)}` : "—";
}

/** One line per feed: its AggregatorV3 address on each chain (`—` where it could not be read). */
export function aggregatorLines(status: readonly FeedStatus[]): string[] {
  const byFeed = new Map<string, string[]>();
  for (const s of status) byFeed.set(s.feed, [...(byFeed.get(s.feed) ?? []), `${s.chain} ${s.aggregator ?? "—"}`]);
  if (![...status].some((s) => s.aggregator)) return [];
  return [...byFeed].map(([feed, cells]) => `${pad(feed, 10)}${cells.join("   ")}`);
}

/** Plain text (no colour) when `color` is false: CI logs and tests. */
export function renderView(status: readonly FeedStatus[], info: ViewInfo, color = true): string {
  const c = color ? ANSI : { bold: (s: string) => s, dim: (s: string) => s, green: (s: string) => s, yellow: (s: string) => s, red: (s: string) => s };
  const out: string[] = [];
  out.push(c.bold(info.title));
  for (const line of info.lines) out.push(c.dim(line));
  out.push("");
  const widths = [10, 12, 18, 9, 30, 17];
  out.push(c.bold(["FEED", "CHAIN", "ANSWER", "AGE", "LAST DECISION", "LAST TX"].map((h, i) => pad(h, widths[i]!)).join("")));
  for (const s of status) {
    const stale = s.ageSeconds === undefined || s.ageSeconds > s.heartbeatSeconds;
    const age = formatAge(s.ageSeconds);
    const decision = s.lastDecision ? `${s.lastDecision}${s.lastOutcome ? ` → ${s.lastOutcome}` : ""}` : "—";
    const colorDecision = s.lastOutcome === "failed" ? c.red : s.lastOutcome === "updated" ? c.green : (x: string) => x;
    out.push(
      [
        pad(s.feed, widths[0]!),
        pad(`${s.chain}`, widths[1]!),
        pad(formatAnswer(s.answer, s.decimals), widths[2]!),
        (stale ? c.yellow : (x: string) => x)(pad(age, widths[3]!)),
        colorDecision(pad(decision, widths[4]!)),
        pad(shortHash(s.lastTx), widths[5]!),
      ].join(""),
    );
  }
  const addresses = aggregatorLines(status);
  if (addresses.length) {
    out.push("");
    out.push(c.bold("AGGREGATORV3 ADDRESSES") + c.dim("  (point a Chainlink consumer at these)"));
    for (const line of addresses) out.push(line);
  }
  if (info.routes?.length) {
    out.push("");
    const w = [28, 11, 7, 9, 24];
    out.push(c.bold(["MESSAGES", "DELIVERED", "QUEUE", "OLDEST", "LAST DELIVERY"].map((h, i) => pad(h, w[i]!)).join("")));
    for (const r of info.routes) {
      const last = r.lastDeliveries[0];
      const failures = Object.entries(r.failures).map(([k, n]) => `${k} ${n}`).join(", ");
      out.push(
        [
          pad(`${r.source} → ${r.destination}`, w[0]!),
          c.green(pad(String(r.delivered ?? r.lastDeliveries.length), w[1]!)),
          pad(String(r.queueDepth), w[2]!),
          pad(r.oldestPendingSeconds === null ? "—" : formatAge(r.oldestPendingSeconds), w[3]!),
          pad(last ? shortHash(last.txHash ?? undefined) : "—", w[4]!),
        ].join("") + (failures ? c.yellow(` failures: ${failures}`) : ""),
      );
    }
  }
  out.push("");
  const k = info.counters;
  out.push(
    `rounds ${info.rounds} · updates ${c.green(String(k.updates))} · skipped ${k.skipped} · already done ${k.alreadyDone} · failures ${k.failures ? c.red(String(k.failures)) : "0"}${k.messages !== undefined && info.routes?.length ? ` · messages ${c.green(String(k.messages))}${k.messageFailures ? ` (${c.red(String(k.messageFailures))} failed)` : ""}` : ""}   ${c.dim(info.now.toISOString().slice(11, 19))}`,
  );
  if (info.events.length) {
    out.push("");
    for (const e of info.events) out.push(c.dim(e));
  }
  return `${out.join("\n")}\n`;
}
