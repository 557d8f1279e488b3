/**
 * Child processes for the operator-path tests: each service runs as its own process group (so a
 * kill reaches the Lit node workers it starts), its output is kept line by line, and the test waits on
 * what it prints (a ready line, a log message) — never on the clock. `stopAll` kills every group
 * still running, in teardown, whether the test passed or not.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = `${ROOT}bin/lit-oracle.js`;
export const HARDHAT_CLI = `${ROOT}node_modules/hardhat/dist/src/cli.js`;
/** Output kept per stream for diagnostics, characters. */
const KEEP_CHARS = 64 * 1024;

export type Service = {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the first line (stdout or stderr) matching `pattern`; rejects if the process exits first. */
  line(pattern: RegExp): Promise<string>;
  /** Every line seen so far matching `pattern` (stdout and stderr). */
  lines(pattern?: RegExp): string[];
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<number | null>;
};

const running = new Set<Service>();

export function start(name: string, args: readonly string[], env: Record<string, string> = {}): Service {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  let err = "";
  const all: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let exitCode: number | null | undefined;
  const onLine = (line: string) => {
    if (all.length < 20_000) all.push(line);
    for (const w of [...waiters]) {
      if (w.pattern.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  const split = (keep: (text: string) => void) => {
    let partial = "";
    return (chunk: Buffer) => {
      const text = partial + String(chunk);
      keep(String(chunk));
      const parts = text.split("\n");
      partial = parts.pop() ?? "";
      for (const p of parts) onLine(p);
    };
  };
  child.stdout!.on("data", split((t) => (out = (out + t).slice(-KEEP_CHARS))));
  child.stderr!.on("data", split((t) => (err = (err + t).slice(-KEEP_CHARS))));
  if (process.env.OPERATOR_TRACE) {
    child.stdout!.on("data", (d) => process.stderr.write(`[${name}] ${String(d)}`));
    child.stderr!.on("data", (d) => process.stderr.write(`[${name}!] ${String(d)}`));
  }
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      exitCode = code;
      running.delete(service);
      for (const w of waiters.splice(0)) w.reject(new Error(`${name} exited (${code}) before printing ${w.pattern}\nstderr: ${err.slice(-4000)}\nstdout: ${out.slice(-2000)}`));
      resolve(code);
    }),
  );
  const service: Service = {
    name,
    child,
    line: (pattern) => {
      const seen = all.find((l) => pattern.test(l));
      if (seen !== undefined) return Promise.resolve(seen);
      if (exitCode !== undefined) return Promise.reject(new Error(`${name} exited (${exitCode}) before printing ${pattern}\nstderr: ${err.slice(-4000)}`));
      return new Promise((resolve, reject) => waiters.push({ pattern, resolve, reject }));
    },
    lines: (pattern) => (pattern ? all.filter((l) => pattern.test(l)) : [...all]),
    stdout: () => out,
    stderr: () => err,
    exited,
    stop: async () => {
      if (exitCode === undefined) child.kill("SIGTERM");
      return exited;
    },
  };
  running.add(service);
  return service;
}

/** Runs a command to completion: its exit code and output. */
export async function run(name: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const service = start(name, args, env);
  const code = await service.exited;
  return { code, stdout: service.stdout(), stderr: service.stderr() };
}

/** Kills every process group still running (teardown). */
export async function stopAll(): Promise<void> {
  const left = [...running];
  for (const s of left) {
    try {
      process.kill(-s.child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await Promise.all(left.map((s) => s.exited));
}
