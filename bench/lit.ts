/**
 * `npm run bench -- --only lit`: latency of one request on the local Lit network (5 nodes, v8, so 3
 * executing) running the documented median-and-sign pattern against local price sources on loopback:
 * each node fetches its own source, broadcasts, takes the numeric median, hashes it with ethers and
 * signs with a permitted PKP; the client combines the shares.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BenchLog } from "./index.ts";
import { cidOf } from "../lit/cid.ts";
import { createLocalLitNetwork } from "../lit/local/network.ts";

/** Measured executions per figure. */
const ITERATIONS = 40;
/** Unmeasured executions first (compile caches, JIT). */
const WARMUP = 3;

const MEDIAN_AND_SIGN = `(async () => {
  const sources = jsParams.sources;
  const mine = sources[(await Lit.Actions.broadcastAndCollect({ name: "slot", value: String(Math.random()) })).length % sources.length];
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
  const network = await createLocalLitNetwork({ nodes: 5 });
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
    return {
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
