/** Shared setup for the keeper integration tests: the real embedded stack and keepers on it. */
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../keeper/src/internal/logger.ts";
import { createKeeper, type Keeper, type KeeperDeps } from "../../keeper/src/keeper.ts";
import { loadConfig } from "../../keeper/src/config/index.ts";
import type { ConfigInput, KeeperConfig } from "../../keeper/src/config/schema.ts";
import { startEmbeddedStack, type EmbeddedStack, type EmbeddedStackParameters } from "../../keeper/src/embedded.ts";
import { receiverOps } from "../../keeper/src/feeds/receiver-ops.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";
import { MAX_SOURCE_TIMEOUT_MS } from "../../actions/src/core/feed-manifest.ts";

export type CapturedLogger = { logger: Logger; lines: () => string[] };

/** A JSON logger whose lines the test can read. */
export function capturedLogger(secrets: readonly string[] = [], level: "debug" | "info" = "info"): CapturedLogger {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n")) if (line) lines.push(line);
      callback();
    },
  });
  return { logger: createLogger({ level, pretty: false, destination, secrets }), lines: () => lines };
}

/** Fast test timings: quick polls, quick replacement. */
export function testOverrides(input: ConfigInput): ConfigInput {
  return {
    ...input,
    keeper: { ...input.keeper, http: { host: "127.0.0.1", port: 0 } },
    chains: input.chains.map((c) => ({ ...c, pollIntervalMs: 25, replaceAfterSeconds: 0.5 })),
  };
}

export async function stack(parameters: EmbeddedStackParameters = {}): Promise<EmbeddedStack> {
  return startEmbeddedStack({
    litTimeoutMs: LIT_HANG_GUARD_MS,
    // Not these tests' subject: a request may wait seconds on a loaded machine (docs/scale.md).
    requestTimeoutMs: MAX_SOURCE_TIMEOUT_MS,
    markets: { BTC: { kind: "constant", price: 67_000 }, ETH: { kind: "constant", price: 3_500 }, SOL: { kind: "constant", price: 150 } },
    ...parameters,
    configOverrides: (input) => testOverrides(parameters.configOverrides ? parameters.configOverrides(input) : input),
  });
}

/** A config for another keeper instance on the same stack (own id, own database, own key). */
export async function configFor(s: EmbeddedStack, patch: (input: ConfigInput) => ConfigInput): Promise<KeeperConfig> {
  return loadConfig({ file: patch(structuredClone(s.configInput)) as Record<string, unknown> });
}

export function keeperOn(s: EmbeddedStack, config: KeeperConfig, deps: Partial<KeeperDeps> & { logger: Logger }): Keeper {
  return createKeeper({ lit: s.runtime, secrets: s.secrets, receiver: receiverOps, action: s.action, ...deps }, config);
}

/** Waits for the next wall-clock second (observedAt has one-second resolution). */
export async function nextSecond(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1_000 - (Date.now() % 1_000) + 5));
}

export function rpc(s: EmbeddedStack, index: number, method: string, params: unknown[] = []): Promise<unknown> {
  return s.chains[index]!.provider.request({ method, params } as never) as Promise<unknown>;
}

/** A loopback URL nothing listens on (a port just released): an RPC that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
