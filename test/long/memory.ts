/**
 * One memory sample of this process, after a forced GC (when `--expose-gc`): V8's view
 * (`process.memoryUsage`: heap used, external, array buffers) and the kernel's
 * (`/proc/self/smaps_rollup`: resident anonymous memory, which is malloc'd and JS heap, vs file-backed
 * pages, which are the mapped binaries and native libraries). Off Linux the kernel's split is absent (null).
 */
import { readFileSync } from "node:fs";

export type MemorySample = {
  rssMb: number;
  heapMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** Resident anonymous pages (smaps_rollup `Anonymous`), MB; null off Linux. */
  anonMb: number | null;
  /** Resident file-backed pages (smaps_rollup `Rss` minus `Anonymous`), MB; null off Linux. */
  fileMb: number | null;
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** `/proc/self/smaps_rollup` fields in kB, or null where the file does not exist. */
export function smapsRollup(): Record<string, number> | null {
  let text: string;
  try {
    text = readFileSync("/proc/self/smaps_rollup", "utf8");
  } catch {
    return null;
  }
  const fields: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+):\s+(\d+) kB/.exec(line);
    if (m) fields[m[1]!] = Number(m[2]);
  }
  return fields;
}

export function memorySample(): MemorySample {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const smaps = smapsRollup();
  const anonKb = smaps?.Anonymous;
  const rssKb = smaps?.Rss;
  return {
    rssMb: mb(m.rss),
    heapMb: mb(m.heapUsed),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    anonMb: anonKb === undefined ? null : mb(anonKb * 1024),
    fileMb: anonKb === undefined || rssKb === undefined ? null : mb((rssKb - anonKb) * 1024),
  };
}
