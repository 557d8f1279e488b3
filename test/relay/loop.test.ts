/**
 * The relay loop end to end: two in-process EDR chains with a LitMessenger each, the relay action bundled
 * with a local manifest and run on the local Lit network (5 nodes), a PKP permitted for its CID, and the
 * keeper's transaction manager and SQLite store. Each case calls `tick` itself (no timers): it waits on
 * events (receipts, blocks it mined), never on the clock; backoff jitter is 0 so a retry is due at once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, type Hex, encodeAbiParameters } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltAction, compileAction } from "../../actions/build.ts";
import { MESSENGER_MANIFEST_KIND, type MessengerManifestInput } from "../../actions/src/messenger/manifest.ts";
import { messengerAbi, pingPongAbi } from "../../keeper/src/chain/abi.ts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import { chainSchema } from "../../keeper/src/config/schema.ts";
import { silentLogger } from "../../keeper/src/internal/logger.ts";
import { createRelayLoop, type RelayLoopDeps } from "../../keeper/src/relay/loop.ts";
import { createRelayMetrics } from "../../keeper/src/relay/metrics.ts";
import { openRelayStore } from "../../keeper/src/relay/store.ts";
import { relayStatus } from "../../keeper/src/commands/relay.ts";
import { createChainClient } from "../../keeper/src/rpc.ts";
import { openStore } from "../../keeper/src/store.ts";
import { loadConfig } from "../../keeper/src/config/index.ts";
import { createKeeper } from "../../keeper/src/keeper.ts";
import { receiverOps } from "../../keeper/src/feeds/receiver-ops.ts";
import { resolveMessaging } from "../../keeper/src/relay/routes.ts";
import { createTxManager } from "../../keeper/src/tx/manager.ts";
import { type LocalLitNetwork, createLocalLitNetwork } from "../../lit/local/network.ts";
import type { PkpInfo } from "../../lit/local/signer.ts";
import { type RpcProxy, startRpcProxy } from "../messenger/rpc-proxy.ts";
import { type Side, deploy, deployPair, mine, predictedMessenger, sendMessage, startPairChains, write } from "../messenger/fixture.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

const DEPTH = 2;
/** The relayer's account on chain B (accounts 0 and 2 are the owner and the guardian). */
const RELAYER = 3;

let chains: [LocalChain, LocalChain];
let proxies: RpcProxy[] = [];
let a: Side;
let b: Side;
let lit: LocalLitNetwork;
let naga: BuiltAction;
let pkp: PkpInfo;
let dir: string;
let routeCount = 0;

function manifest(): MessengerManifestInput {
  const [ca, cb] = chains;
  const [pa, pb] = proxies as [RpcProxy, RpcProxy];
  const ma = predictedMessenger(ca);
  const mb = predictedMessenger(cb);
  return {
    kind: MESSENGER_MANIFEST_KIND,
    version: 1,
    name: "test",
    local: true,
    sources: {
      "chain-a": { chainId: ca.chainId, messenger: ma, providers: [ca.rpcUrl, pa.url], finality: { kind: "depth", confirmations: DEPTH }, destinations: [{ chainId: cb.chainId, messenger: mb }] },
      "chain-b": { chainId: cb.chainId, messenger: mb, providers: [cb.rpcUrl, pb.url], finality: { kind: "depth", confirmations: DEPTH }, destinations: [{ chainId: ca.chainId, messenger: ma }] },
    },
  };
}

/** A relayer "process": its stores (reopened from `file`), its transaction manager and its loop. */
function relayer(params: { file: string; route: string; startBlock: bigint; signer?: string; hooks?: Pick<RelayLoopDeps, "onSigned">; onBroadcast?: () => void }) {
  const store = openStore(params.file);
  const relayStore = openRelayStore(params.file);
  const metrics = createRelayMetrics();
  const clientA = createChainClient({}, chainSchema.parse({ name: "a", chainId: a.chain.chainId, rpcUrls: [a.chain.rpcUrl], receiver: a.messenger, pollIntervalMs: 20 }));
  const clientB = createChainClient({}, chainSchema.parse({ name: "b", chainId: b.chain.chainId, rpcUrls: [b.chain.rpcUrl], receiver: b.messenger, pollIntervalMs: 20 }));
  const tx = createTxManager({ chain: clientB, account: privateKeyToAccount(b.chain.accounts[RELAYER]!.privateKey), store, logger: silentLogger(), onBroadcast: params.onBroadcast });
  const loop = createRelayLoop(
    { store: relayStore, lit: lit.runtime(), logger: silentLogger(), metrics, random: () => 0, ...params.hooks },
    {
      name: params.route,
      sourceChain: "chain-a",
      source: { client: clientA.client, chainId: a.chain.chainId, messenger: a.messenger, finality: { kind: "depth", confirmations: DEPTH }, startBlock: params.startBlock, providers: 2 },
      destination: { client: clientB.client, chainId: b.chain.chainId, messenger: b.messenger, tx },
      action: { code: naga.code },
      signer: { publicKey: params.signer ?? pkp.publicKey },
    },
    { maxHandlerRetries: 3 },
  );
  return { loop, relayStore, metrics, close: () => (relayStore.close(), store.close()) };
}

/** A fresh store file and route whose scan starts after everything sent so far. */
async function freshRoute() {
  routeCount++;
  const startBlock = (await a.public.getBlockNumber({ cacheTime: 0 })) + 1n;
  return { file: join(dir, `relay-${routeCount}.sqlite`), route: `a->b-${routeCount}`, startBlock };
}

const relayerTxCount = () => b.public.getTransactionCount({ address: b.chain.accounts[RELAYER]!.address });
const isDelivered = (nonce: bigint) => b.public.readContract({ address: b.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(a.chain.chainId), a.messenger, nonce] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "relay-loop-"));
  chains = await startPairChains();
  proxies = await Promise.all(chains.map((c) => startRpcProxy(c.provider)));
  naga = await compileAction("messenger-relay", manifest());
  lit = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
  pkp = lit.mintImmutablePkpFor(naga.cid);
  ({ a, b } = await deployPair(chains, pkp.ethAddress as Address));
});

afterAll(async () => {
  await Promise.allSettled([lit?.close(), ...proxies.map((p) => p.close()), ...(chains ?? []).map((c) => c.close())]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("relay loop", () => {
  it("scans final messages, signs them in one batch and delivers each exactly once", async () => {
    const r = relayer(await freshRoute());
    try {
      const before = await relayerTxCount();
      const sent = [await sendMessage(a, b, { payload: "0x01" })];
      // Not final yet: found nothing, sent nothing.
      expect((await r.loop.tick()).found).toBe(0);
      sent.push(await sendMessage(a, b, { payload: "0x02" }), await sendMessage(a, b, { payload: "0x03" }));
      await mine(a.chain, DEPTH);
      const first = await r.loop.tick();
      expect(first).toMatchObject({ found: 3, delivered: 3, dead: 0 });
      for (const s of sent) expect(await isDelivered(s.message.nonce)).toBe(true);
      expect(await relayerTxCount()).toBe(before + 1);
      // Nothing is found or sent again.
      await mine(a.chain, 1);
      expect(await r.loop.tick()).toMatchObject({ found: 0, delivered: 0 });
      expect(await relayerTxCount()).toBe(before + 1);
      expect(r.relayStore.list({ route: r.loop.route.name }).map((m) => m.state)).toEqual(["delivered", "delivered", "delivered"]);
      const metrics = await r.metrics.registry.metrics();
      expect(metrics).toMatch(/lit_oracle_relay_delivered_total\{route="a->b-1",how="batch"\} 3/);
      expect(metrics).toMatch(/lit_oracle_relay_delivery_latency_seconds_count\{route="a->b-1"\} 3/);
      expect(metrics).toMatch(/lit_oracle_relay_queue_depth\{route="a->b-1",state="pending"\} 0/);
    } finally {
      r.close();
    }
  });

  for (const when of ["after the action signed", "after the transaction was broadcast"] as const) {
    it(`a restart mid-batch (${when}) misses nothing and repeats nothing`, async () => {
      const at = await freshRoute();
      const stop = new AbortController();
      const r1 = relayer({
        ...at,
        ...(when === "after the action signed" ? { hooks: { onSigned: () => stop.abort(new Error("killed")) } } : { onBroadcast: () => stop.abort(new Error("killed")) }),
      });
      const sent = [await sendMessage(a, b, { payload: "0x11" }), await sendMessage(a, b, { payload: "0x12" })];
      await mine(a.chain, DEPTH);
      const before = await relayerTxCount();
      await expect(r1.loop.tick(stop.signal)).rejects.toThrow(/killed/);
      expect(r1.relayStore.list({ route: at.route }).map((m) => m.state)).toEqual(["submitted", "submitted"]);
      r1.close();
      // A third message arrives while the relayer is down.
      const late = await sendMessage(a, b, { payload: "0x13" });
      await mine(a.chain, DEPTH);
      const r2 = relayer(at);
      try {
        await r2.loop.tick();
        await r2.loop.tick();
        for (const s of [...sent, late]) expect(await isDelivered(s.message.nonce)).toBe(true);
        expect(r2.relayStore.list({ route: at.route }).map((m) => [m.nonce, m.state])).toEqual([...sent, late].map((s) => [s.message.nonce, "delivered"]));
        // Killed after signing: nothing was sent, so the restarted loop sends one batch for all three.
        // Killed after broadcast: that transaction landed and is not sent again; one more for the late one.
        expect((await relayerTxCount()) - before).toBe(when === "after the action signed" ? 1 : 2);
      } finally {
        r2.close();
      }
    });
  }

  it("a delivery undone by a destination reorg is delivered again, and its handler runs once", async () => {
    const at = await freshRoute();
    const r = relayer(at);
    try {
      const ppB = await deploy(b, "PingPong", [b.messenger, b.chain.accounts[0]!.address]);
      await write(b, ppB, pingPongAbi, "setPeer", [BigInt(a.chain.chainId), a.chain.accounts[0]!.address]);
      const payload = encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [7n, 7n]) as Hex;
      const sent = await sendMessage(a, b, { recipient: ppB, payload, gasLimit: 200_000 });
      await mine(a.chain, DEPTH);
      const snapshot = await b.chain.provider.request({ method: "evm_snapshot" as never });
      expect(await r.loop.tick()).toMatchObject({ found: 1, delivered: 1 });
      expect(r.relayStore.get(sent.id)!.state).toBe("delivered");
      // The block with the delivery is reorganised away: the nonce is unspent again, the store still says delivered.
      await b.chain.provider.request({ method: "evm_revert" as never, params: [snapshot] as never });
      expect(await isDelivered(sent.message.nonce)).toBe(false);
      const again = await r.loop.tick();
      expect(again).toMatchObject({ reorged: 1, delivered: 1 });
      expect(await isDelivered(sent.message.nonce)).toBe(true);
      expect(r.relayStore.get(sent.id)!.state).toBe("delivered");
      // Nothing more to do: the delivery stands and is not sent a third time.
      const txs = await relayerTxCount();
      expect(await r.loop.tick()).toMatchObject({ reorged: 0, delivered: 0 });
      expect(await relayerTxCount()).toBe(txs);
      expect(await b.public.readContract({ address: ppB, abi: pingPongAbi, functionName: "received" })).toBe(1n);
    } finally {
      r.close();
    }
  });

  it("names no more transactions than the action's fetch limit allows; the rest go in the next tick", async () => {
    const r = relayer(await freshRoute());
    try {
      const sent = [];
      for (let i = 0; i < 12; i++) sent.push(await sendMessage(a, b, { payload: "0x21" }));
      await mine(a.chain, DEPTH);
      // Two providers: (50 / 2 - 2) / 2 = 11 transactions per execution.
      expect(await r.loop.tick()).toMatchObject({ found: 12, delivered: 11, dead: 0 });
      expect(await r.loop.tick()).toMatchObject({ delivered: 1, dead: 0 });
      for (const m of sent) expect(await isDelivered(m.message.nonce)).toBe(true);
    } finally {
      r.close();
    }
  });

  it("a reverting handler is recorded failed and retried until it succeeds", async () => {
    const at = await freshRoute();
    const r = relayer(at);
    try {
      const ppB = await deploy(b, "PingPong", [b.messenger, b.chain.accounts[0]!.address]);
      // No peer set on B for chain A yet: the handler reverts UnknownSender.
      const payload = encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [1n, 1n]) as Hex;
      const sent = await sendMessage(a, b, { recipient: ppB, payload, gasLimit: 200_000 });
      await mine(a.chain, DEPTH);
      const first = await r.loop.tick();
      expect(first.failed).toBe(1);
      let row = r.relayStore.get(sent.id)!;
      expect(row.state).toBe("failed");
      expect(row.lastReason).toMatch(/UnknownSender/);
      // Backoff jitter is 0 here, so the same tick already retried once; the next retry still reverts:
      // it stays failed with one more attempt counted.
      expect(row.attempts).toBe(1);
      await r.loop.tick();
      row = r.relayStore.get(sent.id)!;
      expect(row.state).toBe("failed");
      expect(row.attempts).toBe(2);
      expect(row.lastReason).toMatch(/retry reverted: RetryFailed: UnknownSender/);
      // The owner fixes the peer; the next retry lands.
      await write(b, ppB, pingPongAbi, "setPeer", [BigInt(a.chain.chainId), a.chain.accounts[0]!.address]);
      const third = await r.loop.tick();
      expect(third.retried).toBe(1);
      expect(r.relayStore.get(sent.id)!.state).toBe("delivered");
      expect(await b.public.readContract({ address: ppB, abi: pingPongAbi, functionName: "lastCounter" })).toBe(1n);
    } finally {
      r.close();
    }
  });

  it("a message that can never land is dead-lettered with its reason; a handler that keeps reverting too", async () => {
    const at = await freshRoute();
    const r = relayer(at);
    try {
      const eoa = b.chain.accounts[5]!.address;
      const noCode = await sendMessage(a, b, { recipient: eoa });
      const ppB = await deploy(b, "PingPong", [b.messenger, b.chain.accounts[0]!.address]);
      const stubborn = await sendMessage(a, b, { recipient: ppB, payload: encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [1n, 1n]) as Hex, gasLimit: 200_000 });
      await mine(a.chain, DEPTH);
      await r.loop.tick();
      const dead = r.relayStore.get(noCode.id)!;
      expect(dead.state).toBe("dead");
      expect(dead.deadReason).toMatch(/recipient has no code: RecipientHasNoCode/);
      for (let i = 0; i < 3; i++) await r.loop.tick();
      const gaveUp = r.relayStore.get(stubborn.id)!;
      expect(gaveUp.state).toBe("dead");
      expect(gaveUp.deadReason).toMatch(/handler kept reverting after 3 attempts: retry reverted: .*UnknownSender/);
      expect(await r.metrics.registry.metrics()).toMatch(/lit_oracle_relay_dead_lettered_total\{route="[^"]+",reason="[^"]+"\} 1/);
      // The operator fixes it and re-queues it (`lit-oracle relay retry <id>`).
      await write(b, ppB, pingPongAbi, "setPeer", [BigInt(a.chain.chainId), a.chain.accounts[0]!.address]);
      expect(r.relayStore.requeue(stubborn.id, Date.now())!.state).toBe("failed");
      await r.loop.tick();
      expect(r.relayStore.get(stubborn.id)!.state).toBe("delivered");
      const status = relayStatus(r.relayStore, Date.now());
      expect(status.routes.find((x) => x.route === at.route)).toMatchObject({ delivered: 1, dead: 1 });
      expect(status.dead.map((d) => d.id)).toContain(noCode.id.toLowerCase());
    } finally {
      r.close();
    }
  });

  it("refuses a signature from a key the destination does not trust before spending gas", async () => {
    const at = await freshRoute();
    // Another PKP permitted for the same action: a valid Lit signature, the wrong signer for B.
    const other = lit.mintImmutablePkpFor(naga.cid);
    const wrong = relayer({ ...at, signer: other.publicKey });
    const sent = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    const before = await relayerTxCount();
    try {
      const result = await wrong.loop.tick();
      expect(result.delivered).toBe(0);
      expect(await relayerTxCount()).toBe(before);
      const row = wrong.relayStore.get(sent.id)!;
      expect(row.state).toBe("pending");
      expect(row.lastReason).toMatch(/wrong signer: the signature recovers to .* the destination messenger trusts/);
      expect(await wrong.metrics.registry.metrics()).toMatch(/lit_oracle_relay_failures_total\{route="[^"]+",reason="wrong-signer"\} 1/);
    } finally {
      wrong.close();
    }
    // The right key delivers it (so no nonce is left behind for later cases).
    const right = relayer(at);
    try {
      expect((await right.loop.tick()).delivered).toBe(1);
      expect(await isDelivered(sent.message.nonce)).toBe(true);
    } finally {
      right.close();
    }
  });
});

describe("relay loops in the keeper (config messaging.routes)", () => {
  it("starts one loop per route beside the feeds, sharing the tx manager; /ready and the route panel account for them", async () => {
    const startBlock = Number(await a.public.getBlockNumber({ cacheTime: 0 })) + 1;
    const chainEntry = (side: Side, name: string) => ({ name, chainId: side.chain.chainId, rpcUrls: [side.chain.rpcUrl], receiver: side.sink, messenger: side.messenger, messengerDeployBlock: startBlock, pollIntervalMs: 20 });
    const config = await loadConfig({
      file: {
        keeper: { id: "relay-keeper", database: join(dir, "keeper-routes.sqlite"), http: { enabled: false } },
        lit: { runtime: "local", actionCid: naga.cid, pkpPublicKey: pkp.publicKey },
        chains: [chainEntry(a, "a"), chainEntry(b, "b")],
        feeds: [{ symbol: "BTC/USD" }],
        messaging: { action: { cid: naga.cid, manifest: manifest() }, pkpPublicKey: pkp.publicKey, routes: [{ from: "a", to: "b", pollIntervalMs: 20, maxPendingAgeSeconds: 3_600 }, { from: "b", to: "a", pollIntervalMs: 20 }] },
      },
    });
    const messaging = (await resolveMessaging(config))!;
    lit.pin(naga.code);
    const ticks: string[] = [];
    let wake: (() => void) | undefined;
    const keeper = createKeeper(
      {
        logger: silentLogger(),
        lit: lit.runtime(),
        secrets: { privateKey: b.chain.accounts[RELAYER]!.privateKey, litApiKey: undefined },
        receiver: receiverOps,
        action: { cid: naga.cid },
        messaging,
        onRelayTick: (route, result) => {
          ticks.push(route);
          if (result.delivered > 0) wake?.();
        },
      },
      config,
    );
    try {
      const sent = await sendMessage(a, b, { payload: "0x31" });
      await mine(a.chain, DEPTH);
      const delivered = new Promise<void>((resolve) => (wake = resolve));
      await keeper.start({ schedule: false });
      expect(keeper.relayLoops().map((l) => l.route.name)).toEqual(["a->b", "b->a"]);
      await delivered;
      expect(await isDelivered(sent.message.nonce)).toBe(true);
      expect(ticks).toContain("b->a");
      const panel = keeper.routeStatus().find((r) => r.route === "a->b")!;
      expect(panel).toMatchObject({ source: "a", destination: "b", queueDepth: 0, oldestPendingSeconds: null });
      expect(panel.lastDeliveries[0]!.id).toBe(sent.id.toLowerCase());
      expect(panel.lastDeliveries[0]!.txHash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(keeper.readiness().detail).toMatchObject({ routes: ["a->b", "b->a"], routesBehind: [] });
      expect(await keeper.metrics.registry.metrics()).toMatch(/lit_oracle_relay_delivered_total\{route="a->b",how="single",keeper="relay-keeper"\} 1/);
    } finally {
      await keeper.stop();
    }
  });
});
