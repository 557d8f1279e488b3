/**
 * The relay loop on the embedded stack: two in-process EDR chains, the relay action (bundled with a local
 * manifest, depth-2 finality) on the local Lit network (5 nodes), the keeper's transaction manager and
 * store. Figures (wall clock, ms):
 * - relay.single.finalToDeliveredP50Ms / P90: one message, from the block that makes it final being mined
 *   to its `deliver` receipt (one `tick`: scan, destination check, action run, signer check, send, receipt);
 * - relay.batch11.tickMs / perMessageMs: 11 final messages delivered by one tick (one signature, one
 *   `deliverBatch`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { compileAction } from "../actions/build.ts";
import { MESSENGER_MANIFEST_KIND } from "../actions/src/messenger/manifest.ts";
import { chainSchema } from "../keeper/src/config/schema.ts";
import { silentLogger } from "../keeper/src/internal/logger.ts";
import { createRelayLoop } from "../keeper/src/relay/loop.ts";
import { openRelayStore } from "../keeper/src/relay/store.ts";
import { createChainClient } from "../keeper/src/rpc.ts";
import { openStore } from "../keeper/src/store.ts";
import { createTxManager } from "../keeper/src/tx/manager.ts";
import { createLocalLitNetwork } from "../lit/local/network.ts";
import { deployPair, mine, predictedMessenger, sendMessage, startPairChains } from "../test/messenger/fixture.ts";
import { startRpcProxy } from "../test/messenger/rpc-proxy.ts";
import type { BenchLog } from "./index.ts";

const DEPTH = 2;
const SINGLE_RUNS = 9;
/** Messages in distinct transactions one execution may name with two providers: (50 / 2 - 2) / 2. */
const BATCH = 11;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "bench-relay-"));
  const chains = await startPairChains();
  const proxies = await Promise.all(chains.map((c) => startRpcProxy(c.provider)));
  const [ca, cb] = chains;
  const manifest = {
    kind: MESSENGER_MANIFEST_KIND,
    version: 1 as const,
    name: "bench",
    local: true,
    sources: {
      "chain-a": { chainId: ca.chainId, messenger: predictedMessenger(ca), providers: [ca.rpcUrl, proxies[0]!.url], finality: { kind: "depth" as const, confirmations: DEPTH }, destinations: [{ chainId: cb.chainId, messenger: predictedMessenger(cb) }] },
    },
  };
  const naga = await compileAction("messenger-relay", manifest);
  const lit = await createLocalLitNetwork({ nodes: 5, timeoutMs: 60_000 });
  try {
    const pkp = lit.mintImmutablePkpFor(naga.cid);
    const { a, b } = await deployPair(chains, pkp.ethAddress as Address);
    const file = join(dir, "keeper.sqlite");
    const store = openStore(file);
    const relayStore = openRelayStore(file);
    const clientA = createChainClient({}, chainSchema.parse({ name: "a", chainId: ca.chainId, rpcUrls: [ca.rpcUrl], receiver: a.messenger, pollIntervalMs: 20 }));
    const clientB = createChainClient({}, chainSchema.parse({ name: "b", chainId: cb.chainId, rpcUrls: [cb.rpcUrl], receiver: b.messenger, pollIntervalMs: 20 }));
    const tx = createTxManager({ chain: clientB, account: privateKeyToAccount(cb.accounts[3]!.privateKey), store, logger: silentLogger() });
    const loop = createRelayLoop(
      { store: relayStore, lit: lit.runtime(), logger: silentLogger() },
      {
        name: "a->b",
        sourceChain: "chain-a",
        source: { client: clientA.client, chainId: ca.chainId, messenger: a.messenger, finality: { kind: "depth", confirmations: DEPTH }, startBlock: 0n, providers: 2 },
        destination: { client: clientB.client, chainId: cb.chainId, messenger: b.messenger, tx },
        action: { code: naga.code },
        signer: { publicKey: pkp.publicKey },
      },
      { maxBatch: BATCH },
    );
    await loop.tick(); // warm up: scans the deployment blocks
    const singles: number[] = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      await sendMessage(a, b, { payload: "0x68656c6c6f" });
      await mine(ca, DEPTH);
      const t0 = performance.now();
      const r = await loop.tick();
      if (r.delivered !== 1) throw new Error(`expected one delivery, got ${JSON.stringify(r)}`);
      singles.push(performance.now() - t0);
    }
    log(`single final->delivered ms: ${singles.map((x) => x.toFixed(0)).join(", ")}`);
    for (let i = 0; i < BATCH; i++) await sendMessage(a, b, { payload: "0x68656c6c6f" });
    await mine(ca, DEPTH);
    const t0 = performance.now();
    const r = await loop.tick();
    const batchMs = performance.now() - t0;
    if (r.delivered !== BATCH) throw new Error(`expected ${BATCH} deliveries, got ${JSON.stringify(r)}`);
    relayStore.close();
    store.close();
    return {
      "relay.single.finalToDeliveredP50Ms": Math.round(percentile(singles, 50)),
      "relay.single.finalToDeliveredP90Ms": Math.round(percentile(singles, 90)),
      "relay.batch11.tickMs": Math.round(batchMs),
      "relay.batch11.perMessageMs": Math.round(batchMs / BATCH),
    };
  } finally {
    await Promise.allSettled([lit.close(), ...proxies.map((p) => p.close()), ...chains.map((c) => c.close())]);
    rmSync(dir, { recursive: true, force: true });
  }
}
