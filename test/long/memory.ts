/**
 * One memory sample of this process, after a forced GC (when `--expose-gc`): V8's view
 * (`process.memoryUsage`: heap used, external, array buffers) and the kernel's
 * (`/proc/self/smaps_rollup`: resident anonymous memory, which is malloc'd and JS heap, vs file-backed
 * pages, which are the mapped binaries and native libraries). Off Linux the kernel's split is absent (null).
 */
import { readFileSync } from "node:fs";
import { getHeapSpaceStatistics } from "node:v8";

export type MemorySample = {
  rssMb: number;
  heapMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** Resident anonymous pages (smaps_rollup `Anonymous`), MB; null off Linux. */
  anonMb: number | null;
  /** Resident file-backed pages (smaps_rollup `Rss` minus `Anonymous`), MB; null off Linux. */
  fileMb: number | null;
  /** V8's heap spaces, resident (physical) size, MB. */
  v8Mb: number;
  /** Anonymous pages of the `[heap]` mapping: glibc's main arena (the main thread's malloc: node, SQLite, N-API calls on the main thread), MB; null off Linux. */
  mainArenaMb: number | null;
  /** The other anonymous pages less V8's: mmap'd native memory (glibc's per-thread arenas, large mallocs, native libraries' own maps), MB; null off Linux. */
  nativeMmapMb: number | null;
};

/** Anonymous kB of the `[heap]` mapping in /proc/self/smaps, or null. */
function mainArenaKb(): number | null {
  let text: string;
  try {
    text = readFileSync("/proc/self/smaps", "utf8");
  } catch {
    return null;
  }
  let inHeap = false;
  let kb = 0;
  for (const line of text.split("\n")) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inHeap = line.trimEnd().endsWith("[heap]");
    else if (inHeap && line.startsWith("Anonymous:")) kb += Number(/(\d+)/.exec(line)?.[1] ?? 0);
  }
  return kb;
}

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
  const v8Bytes = getHeapSpaceStatistics().reduce((n, sp) => n + sp.physical_space_size, 0);
  const heapKb = mainArenaKb();
  return {
    rssMb: mb(m.rss),
    heapMb: mb(m.heapUsed),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    anonMb: anonKb === undefined ? null : mb(anonKb * 1024),
    fileMb: anonKb === undefined || rssKb === undefined ? null : mb((rssKb - anonKb) * 1024),
    v8Mb: mb(v8Bytes),
    mainArenaMb: heapKb === null ? null : mb(heapKb * 1024),
    nativeMmapMb: anonKb === undefined || heapKb === null ? null : mb(anonKb * 1024 - heapKb * 1024 - v8Bytes),
  };
}
