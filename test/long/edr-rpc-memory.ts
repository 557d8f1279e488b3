/**
 * The chain simulator's memory under RPC load alone: one in-process EDR chain with interval mining (2 s,
 * as the embedded stack), no transactions, and a loop of the reads a keeper and a relayer make
 * (eth_blockNumber, eth_getBlockByNumber, eth_call, eth_getLogs, eth_estimateGas, eth_feeHistory); RSS,
 * anonymous memory and the JS heap sampled after a forced GC every 20 s. For the reliability report's
 * account of the soak's RSS (test/long/report.ts).
 *
 *   node --expose-gc test/long/edr-rpc-memory.ts [minutes]
 *
 * Prints one JSON array of samples: { s, requests, blocks, rssMb, anonMb, heapMb, ... }.
 */
import { startLocalChain } from "../../keeper/src/chain/local.ts";
import { memorySample } from "./memory.ts";

/** Interval mining period, ms (the embedded stack's). */
const BLOCK_TIME_MS = 2_000;
/** Time between samples, ms. */
const SAMPLE_EVERY_MS = 20_000;

const minutes = Number(process.argv[2] ?? 4);
if (!(minutes > 0)) {
  console.error("minutes must be a positive number");
  process.exit(2);
}
const chain = await startLocalChain({ chainId: 31_998, blockTimeMs: BLOCK_TIME_MS });
const request = (method: string, params: unknown[] = []) => chain.provider.request({ method, params } as never) as Promise<unknown>;
const started = Date.now();
const until = started + minutes * 60_000;
let requests = 0;
let nextSample = started;
const samples: unknown[] = [];
while (Date.now() < until) {
  await request("eth_blockNumber");
  await request("eth_getBlockByNumber", ["latest", false]);
  await request("eth_call", [{ to: chain.accounts[3]!.address, data: "0x1234" }, "latest"]);
  await request("eth_getLogs", [{ fromBlock: "0x0", toBlock: "latest" }]);
  await request("eth_estimateGas", [{ from: chain.accounts[1]!.address, to: chain.accounts[2]!.address, value: "0x1" }]);
  await request("eth_feeHistory", ["0x5", "latest", [50]]);
  requests += 6;
  if (Date.now() >= nextSample) {
    samples.push({ s: Math.round((Date.now() - started) / 1000), requests, blocks: Number(BigInt((await request("eth_blockNumber")) as string)), ...memorySample() });
    nextSample = Date.now() + SAMPLE_EVERY_MS;
  }
}
console.log(JSON.stringify(samples));
await chain.close();
