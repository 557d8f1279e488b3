/**
 * Chain clients: a viem `fallback` transport over every configured RPC URL (tried in order, ranking
 * off so behaviour is predictable), each URL behind its own circuit breaker so a dead endpoint is
 * skipped immediately instead of costing a timeout on every request.
 */
import { createPublicClient, fallback, http, type Chain, type PublicClient, type Transport } from "viem";
import { createCircuitBreaker, type CircuitBreaker } from "./breaker.ts";
import type { ChainConfig } from "./config/schema.ts";
import type { KeeperMetrics } from "./metrics.ts";

/** Per-request timeout on one RPC URL. */
export const RPC_TIMEOUT_MS = 8_000;
/** viem's own retries per URL before the fallback moves on (0: fail over immediately; our retry layer backs off). */
export const RPC_RETRY_COUNT_PER_URL = 1;
/** Delay between those retries (viem backs off exponentially from this). */
export const RPC_RETRY_DELAY_MS = 100;
/** Consecutive network failures that take one URL out of rotation … */
export const RPC_BREAKER_FAILURES = 3;
/** … for this long. */
export const RPC_BREAKER_OPEN_MS = 15_000;
/** viem's poll interval for helpers that poll (we poll receipts ourselves). */
export const RPC_POLLING_INTERVAL_MS = 250;

/** Errors that say the endpoint is unhealthy (network, timeout, 5xx, 429), not that the request was bad. */
export function isTransportFailure(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 6; depth++) {
    const name = e.name;
    if (name === "HttpRequestError" || name === "TimeoutError" || name === "SocketClosedError" || name === "WebSocketRequestError") {
      const status = (e as { status?: number }).status;
      return status === undefined || status >= 500 || status === 429 || status === 408;
    }
    if (name === "CircuitOpenError") return true;
    if (/fetch failed|ECONNREFUSED|ECONNRESET|socket hang up|network/i.test(e.message) && name !== "RpcRequestError") return true;
    e = e.cause;
  }
  return false;
}

export function chainOf(config: Pick<ChainConfig, "chainId" | "name" | "rpcUrls">): Chain {
  return {
    id: config.chainId,
    name: config.name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [...config.rpcUrls] } },
  };
}

/**
 * One URL behind its breaker. When EVERY URL's breaker is open there is nothing better to fail over to,
 * so requests go through anyway (a probe): a chain whose only RPC comes back is usable at once instead
 * of after the breaker window.
 */
function guarded(url: string, breaker: CircuitBreaker, all: readonly CircuitBreaker[], onFailure: () => void): Transport {
  const inner = http(url, { timeout: RPC_TIMEOUT_MS, retryCount: RPC_RETRY_COUNT_PER_URL, retryDelay: RPC_RETRY_DELAY_MS, batch: false });
  return (options) => {
    const transport = inner(options);
    return {
      ...transport,
      request: (async (args: Parameters<typeof transport.request>[0]) => {
        try {
          if (all.every((b) => b.state() !== "closed")) {
            const result = await transport.request(args);
            breaker.reset();
            return result;
          }
          return await breaker.run(() => transport.request(args));
        } catch (error) {
          if (isTransportFailure(error)) onFailure();
          throw error;
        }
      }) as typeof transport.request,
    };
  };
}

export type ChainClient = {
  readonly config: ChainConfig;
  readonly chain: Chain;
  readonly client: PublicClient;
  readonly breakers: readonly CircuitBreaker[];
};

export function createChainClient(deps: { metrics?: KeeperMetrics }, config: ChainConfig): ChainClient {
  const chain = chainOf(config);
  const breakers = config.rpcUrls.map((url, i) =>
    createCircuitBreaker({
      name: `rpc:${config.name}:${i}`,
      failureThreshold: RPC_BREAKER_FAILURES,
      openMs: RPC_BREAKER_OPEN_MS,
      counts: isTransportFailure,
      onStateChange: (state) => deps.metrics?.breakerState.set({ breaker: `rpc:${config.name}:${i}` }, state === "closed" ? 0 : 1),
    }),
  );
  const transports = config.rpcUrls.map((url, i) => guarded(url, breakers[i]!, breakers, () => deps.metrics?.rpcFailovers.inc({ chain: config.name })));
  const transport = transports.length === 1 ? transports[0]! : fallback(transports, { rank: false, retryCount: 0 });
  const client = createPublicClient({ chain, transport, pollingInterval: RPC_POLLING_INTERVAL_MS, cacheTime: 0 }) as PublicClient;
  return { config, chain, client, breakers };
}
