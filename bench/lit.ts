/**
 * `npm run bench -- --only lit`: latency of one request on the local Lit network (5 nodes, v8, so 3
 * executing) running the documented median-and-sign pattern against local price sources on loopback:
 * each node fetches its own source (the rank of its random draw), broadcasts, takes the numeric median, hashes it with ethers and
 * signs with a permitted PKP; the client combines the shares. Each node is its own child process
 * (lit/local/node-process.ts): `lit.local.startMs` is the network's start-up (spawning the executing
 * nodes' processes), the execute figures are requests on warm processes, each in a fresh context.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import type { BenchLog } from "./index.ts";
import { cidOf } from "../lit/cid.ts";
import { createLocalLitNetwork } from "../lit/local/network.ts";

/** Measured executions per figure. */
const ITERATIONS = 40;
/** Unmeasured executions first (compile caches, JIT). */
const WARMUP = 3;

const MEDIAN_AND_SIGN = `(async () => {
  const sources = jsParams.sources;
  // Each node's own source: the rank of its random draw among everyone's (its own draw comes last).
  const draws = await Lit.Actions.broadcastAndCollect({ name: "slot", value: String(Math.random()) });
  const rank = draws.map(Number).sort((a, b) => a - b).indexOf(Number(draws[draws.length - 1]));
  const mine = sources[rank % sources.length];
  const quote = await (await fetch(mine)).json();
  const all = await Lit.Actions.broadcastAndCollect({ name: "price", value: String(quote.price) });
  const sorted = all.map(Number).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const toSign = ethers.utils.arrayify(ethers.utils.solidityKeccak256(["string", "uint256", "uint64"], [jsParams.feed, Math.round(median * 1e8), jsParams.observedAt]));
  await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "report" });
  Lit.Actions.setResponse({ response: JSON.stringify({ median }) });
})();`;

const NO_ETHERS = MEDIAN_AND_SIGN.replace(
  /const toSign = .*\n/,
  "const toSign = new Uint8Array(32).fill(median % 256);\n",
);

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const prices = [64_010.5, 64_020.25, 64_005.75];
  const server = createServer((req, res) => {
    const index = Number((req.url ?? "/0").slice(1)) % prices.length;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ price: prices[index] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const sources = prices.map((_, i) => `http://127.0.0.1:${port}/${i}`);
  const startedAt = performance.now();
  const network = await createLocalLitNetwork({ nodes: 5 });
  // The executing nodes' processes are up once createLocalLitNetwork resolves.
  const startMs = performance.now() - startedAt;
  const fetched = new Set<string>();
  server.on("request", (req) => fetched.add(req.url ?? ""));
  try {
    const measure = async (code: string, on = network) => {
      const pkp = on.mintPkp();
      on.permitAction(pkp.publicKey, cidOf(code));
      const jsParams = { sources, feed: "BTC/USD", observedAt: 1_764_000_000, publicKey: pkp.publicKey };
      const samples: number[] = [];
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        const started = performance.now();
        const result = await on.execute({ code, jsParams });
        const elapsed = performance.now() - started;
        if (!result.signatures.report) throw new Error("bench action did not produce a signature");
        if (i >= WARMUP) samples.push(elapsed);
      }
      return samples.sort((a, b) => a - b);
    };
    log(`lit: ${ITERATIONS} executions of the median-and-sign action on 5 nodes (${network.threshold} executing)`);
    const withEthers = await measure(MEDIAN_AND_SIGN);
    const withoutEthers = await measure(NO_ETHERS);
    if (fetched.size !== sources.length) throw new Error(`bench action fetched ${fetched.size} of ${sources.length} sources: the nodes did not each take their own`);
    log(`lit: load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min) while measuring`);
    return {
      "lit.local.startMs": round(startMs),
      "lit.local.executeMs.p50": round(percentile(withEthers, 0.5)),
      "lit.local.executeMs.p95": round(percentile(withEthers, 0.95)),
      "lit.local.noEthers.executeMs.p50": round(percentile(withoutEthers, 0.5)),
    };
  } finally {
    await network.close();
    server.close();
  }
}

function percentile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
