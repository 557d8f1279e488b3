/**
 * The message side of the fault campaign, on the embedded stack's two chains and its local Lit network:
 * a LitMessenger on each chain (route chain 0 -> chain 1), two PingPong recipients on chain 1, the relay
 * action built with a manifest naming two providers for chain 0 (the chain's RPC and a loopback proxy
 * that can lie, lag, answer for another chain or go down), a PKP permitted for its CID, and the keeper's
 * relay loop (keeper/src/relay/loop.ts) with its own SQLite store and transaction manager, as the keeper
 * would run it. A second relayer (own key, own store) races it in some rounds.
 *
 * Each message round sends 1-4 messages, injects one message fault (and sometimes a Lit or a destination
 * chain fault), ticks the relayer(s) once under the fault, clears it, and ticks fault-free until every
 * message of the round is settled (delivered on chain, or dead-lettered). Interval mining is paused for
 * the round so "final" is decided by the blocks the round mines, not by the clock. Verdicts are read from
 * the chains: every PingPong `Pong(srcChainId, counter, id)` event is one handler execution, so at the
 * end each sent message must have exactly one (none: lost; more: duplicated; one for an id never sent,
 * or with another counter: wrong).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, type Hex, encodeAbiParameters, getAddress, getContractAddress, keccak256, parseEventLogs, parseGwei, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { compileAction } from "../../actions/build.ts";
import { MESSENGER_MANIFEST_KIND } from "../../actions/src/messenger/manifest.ts";
import { messengerAbi, pingPongAbi } from "../../keeper/src/chain/abi.ts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import { chainSchema } from "../../keeper/src/config/schema.ts";
import { EMBEDDED_BLOCK_TIME_MS, type EmbeddedStack } from "../../keeper/src/embedded.ts";
import { silentLogger } from "../../keeper/src/internal/logger.ts";
import { type RelayLoop, createRelayLoop } from "../../keeper/src/relay/loop.ts";
import { type RelayStore, openRelayStore } from "../../keeper/src/relay/store.ts";
import { createChainClient } from "../../keeper/src/rpc.ts";
import { type StoredTx, openStore } from "../../keeper/src/store.ts";
import { createTxManager } from "../../keeper/src/tx/manager.ts";
import type { LitRuntime } from "../../lit/index.ts";
import { type Rewrite, type RpcProxy, startRpcProxy } from "../messenger/rpc-proxy.ts";
import { clientsOf, deploy, write } from "../messenger/fixture.ts";
import type { Layer } from "./campaign.ts";
import { type LitFaultKind, type LitFaults, QUICK_LIT_KINDS, SLOW_LIT_KINDS, createLitFaults } from "./lit-faults.ts";
import type { Rng } from "./rng.ts";

/** Confirmations the manifest's finality rule asks of chain 0 (the source). */
export const MESSAGE_DEPTH = 3;
/** Dev accounts: messenger owner and message sender, guardian, the two relayers, a hostile re-sender. */
const OWNER = 7;
const GUARDIAN = 6;
const RELAYERS = [8, 9] as const;
const HOSTILE = 4;
/** Messenger timings: the contract's minimum rotation delay; a rate window and cap the campaign never reaches. */
const ROTATION_DELAY_SECONDS = 3_600;
const RATE_WINDOW_SECONDS = 3_600;
const ROUTE_CAP = 1_000_000;
const MAX_GAS_LIMIT = 2_000_000;
/** Handler gas per message (PingPong's handler emits an event and writes two slots). */
const HANDLER_GAS = 150_000;
/** Base fee of a gas spike on the destination, gwei (the relayer's cap is the default 500). */
const SPIKE_BASE_FEE_GWEI = 900n;
const CALM_BASE_FEE_GWEI = 1n;
/** Pause between fault-free settling ticks, ms: a poll period, not a limit (an open RPC breaker needs time). */
const SETTLE_POLL_MS = 100;
/** Settling ticks between progress lines in the log. */
const SETTLE_LOG_EVERY = 50;

export const MESSAGE_FAULT_KINDS = [
  "lying-provider-block",
  "lying-provider-log",
  "lying-provider-receipt",
  "lagging-provider",
  "provider-no-receipt",
  "provider-wrong-chain",
  "provider-down",
  "not-final",
  "source-reorg-before-final",
  "destination-reorg-after-delivery",
  "handler-reverts-then-retry",
  "duplicate-delivery-attempt",
  "hostile-redelivery",
  "racing-relayer",
  "restart-after-signing",
  "restart-after-broadcast",
] as const;
export type MessageFaultKind = (typeof MESSAGE_FAULT_KINDS)[number];

const RELAY_CHAIN_KINDS = ["relayer-gas-spike", "relayer-nonce-gap", "relayer-dropped-tx", "relayer-stuck-tx", "relayer-rpc-down"] as const;
type RelayChainKind = (typeof RELAY_CHAIN_KINDS)[number];
/** The destination RPC down costs the relayer its RPC timeouts: a slow fault. */
const relayChainKinds = (slowFaults: boolean): RelayChainKind[] => RELAY_CHAIN_KINDS.filter((k) => slowFaults || k !== "relayer-rpc-down");
const relayLitKinds = (slowFaults: boolean): LitFaultKind[] => [...QUICK_LIT_KINDS, ...(slowFaults ? SLOW_LIT_KINDS : [])];
/** Message faults whose tick must not also carry a destination-chain fault (they are about the relayer's own transaction). */
const TX_MESSAGE_KINDS: readonly MessageFaultKind[] = ["racing-relayer", "restart-after-signing", "restart-after-broadcast", "destination-reorg-after-delivery"];

/**
 * Rounds at the start that walk through every message fault kind once; the relay's Lit and destination-chain
 * fault kinds ride along on the first of them (one each), so every run covers them too.
 */
export const MESSAGE_COVERAGE_ROUNDS = MESSAGE_FAULT_KINDS.length;

/** The coverage schedule's message round `roundNo` (1-based, up to MESSAGE_COVERAGE_ROUNDS): its message, relay Lit and destination-chain faults. */
export function messageCoverage(slowFaults: boolean, roundNo: number): { kind: MessageFaultKind; lit: LitFaultKind | undefined; chain: RelayChainKind | undefined } {
  const kind = MESSAGE_FAULT_KINDS[roundNo - 1]!;
  // The first message kinds are not transaction faults, so every chain kind finds a round.
  const chain = TX_MESSAGE_KINDS.includes(kind) ? undefined : relayChainKinds(slowFaults)[roundNo - 1];
  return { kind, lit: relayLitKinds(slowFaults)[roundNo - 1], chain };
}

/** Every message-side `layer/kind` a run must inject at least once. */
export function expectedMessageFaultKinds(slowFaults: boolean): string[] {
  return [...MESSAGE_FAULT_KINDS.map((k) => `messages/${k}`), ...relayLitKinds(slowFaults).map((k) => `lit/relay-${k}`), ...relayChainKinds(slowFaults).map((k) => `chains/${k}`)];
}

export const MESSAGE_FAULT_NOTES: Record<string, string> = {
  "messages/lying-provider-block": "the manifest's second source provider answers another hash for the receipt's block (looks reorged)",
  "messages/lying-provider-log": "the second provider forges the MessageSent log's data",
  "messages/lying-provider-receipt": "the second provider says the sending transaction reverted",
  "messages/lagging-provider": "the second provider serves a head 10 blocks old (the message is not final there)",
  "messages/provider-no-receipt": "the second provider has no receipt for the sending transaction yet",
  "messages/provider-wrong-chain": "the second provider answers for another chain id",
  "messages/provider-down": "the second provider answers every request with an error",
  "messages/not-final": `the relayer ticks before the message is ${MESSAGE_DEPTH} blocks deep (nothing may be found or signed)`,
  "messages/source-reorg-before-final": "the sending block is reorganised away before it is final; the same transaction lands in another block",
  "messages/destination-reorg-after-delivery": "the block with the delivery is reorganised away after the relayer recorded it delivered",
  "messages/handler-reverts-then-retry": "the recipient's handler reverts (peer unset); the owner fixes it; the relayer retries",
  "messages/duplicate-delivery-attempt": "the relayer's row of a delivered message is put back to pending (a second delivery attempt)",
  "messages/hostile-redelivery": "a third party re-sends a delivery transaction's calldata (signed batch or single)",
  "messages/racing-relayer": "a second relayer (own key, own store) runs the same tick at the same time",
  "messages/restart-after-signing": "the relayer is killed after the action signed, before sending; restarted from its store",
  "messages/restart-after-broadcast": "the relayer is killed after broadcasting the delivery; restarted from its store",
  "chains/relayer-gas-spike": "destination base fee 900 gwei, past the relayer's 500 gwei cap",
  "chains/relayer-nonce-gap": "another transaction from the relayer's key lands first",
  "chains/relayer-dropped-tx": "the relayer's delivery vanishes from the destination's mempool",
  "chains/relayer-stuck-tx": "the relayer's delivery is not mined until replaced",
  "chains/relayer-rpc-down": "the destination's RPC server stops during the relayer's tick",
};

export type MessageTotals = {
  sent: number;
  deliveredOnce: number;
  lost: number;
  duplicated: number;
  wrong: number;
  deadLettered: number;
  /** Handler executions seen (Pong events). */
  handlerRuns: number;
  relayTicks: number;
  retriedHandlers: number;
  problems: string[];
};

export type MessageCampaign = {
  /** Relay Lit attempts that timed out as a slow fault required, by kind. */
  readonly litTimedOut: Record<string, number>;
  /** Relay slow Lit faults that were not real (their attempt did not time out). */
  readonly litProblems: string[];
  /** Bytes on disk of the relayers' SQLite databases. */
  storeBytes(): number;
  /** One message round with faults (counted through `count`). */
  round(round: number): Promise<void>;
  /** Settles everything and reads the verdict from the chains. */
  finish(): Promise<MessageTotals>;
  close(): Promise<void>;
};

type Relayer = { file: string; loop: RelayLoop; store: RelayStore; close(): void };
type Sent = { id: Hex; nonce: bigint; seq: bigint; recipient: Address; round: number };

const counterPayload = (seq: bigint) => encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [seq, seq]);

export async function startMessageCampaign(
  s: EmbeddedStack,
  params: { rng: Rng; slowFaults: boolean; count: (layer: Layer, kind: string) => void; log?: (line: string) => void },
): Promise<MessageCampaign> {
  const { rng, count } = params;
  const log = params.log ?? (() => {});
  const [chainA, chainB] = s.chains as [LocalChain, LocalChain];
  const dir = mkdtempSync(join(tmpdir(), "campaign-relay-"));
  const proxy: RpcProxy = await startRpcProxy(chainA.provider as never);
  const ownerA = clientsOf(chainA, OWNER);
  const ownerB = clientsOf(chainB, OWNER);
  const hostileB = clientsOf(chainB, HOSTILE);
  const sender = chainA.accounts[OWNER]!.address;

  // The messengers' addresses are fixed by the owner's next nonce: the manifest (and so the CID and the
  // PKP) names them before they exist.
  const predict = async (side: typeof ownerA, chain: LocalChain) =>
    getContractAddress({ from: chain.accounts[OWNER]!.address, nonce: BigInt(await side.public.getTransactionCount({ address: chain.accounts[OWNER]!.address })) });
  const messengerA = await predict(ownerA, chainA);
  const messengerB = await predict(ownerB, chainB);
  const action = await compileAction(
    "messenger-relay",
    {
      kind: MESSENGER_MANIFEST_KIND,
      version: 1,
      name: "long-run",
      local: true,
      sources: {
        "chain-a": { chainId: chainA.chainId, messenger: messengerA, providers: [chainA.rpcUrl, proxy.url], finality: { kind: "depth", confirmations: MESSAGE_DEPTH }, destinations: [{ chainId: chainB.chainId, messenger: messengerB }] },
      },
    },
  );
  const pkp = s.lit.mintImmutablePkpFor(action.cid);
  const ctor = (chain: LocalChain) => [chain.accounts[OWNER]!.address, chain.accounts[GUARDIAN]!.address, pkp.ethAddress, ROTATION_DELAY_SECONDS, RATE_WINDOW_SECONDS];
  if ((await deploy(ownerA, "LitMessenger", ctor(chainA))) !== getAddress(messengerA)) throw new Error("messenger A is not at its predicted address");
  if ((await deploy(ownerB, "LitMessenger", ctor(chainB))) !== getAddress(messengerB)) throw new Error("messenger B is not at its predicted address");
  await write(ownerA, messengerA, messengerAbi, "setOutboundLane", [BigInt(chainB.chainId), messengerB, MAX_GAS_LIMIT]);
  await write(ownerB, messengerB, messengerAbi, "setRoute", [BigInt(chainA.chainId), messengerA, ROUTE_CAP]);
  const pingPong = await deploy(ownerB, "PingPong", [messengerB, chainB.accounts[OWNER]!.address]);
  const flaky = await deploy(ownerB, "PingPong", [messengerB, chainB.accounts[OWNER]!.address]);
  for (const pp of [pingPong, flaky]) await write(ownerB, pp, pingPongAbi, "setPeer", [BigInt(chainA.chainId), sender]);
  const startBlockA = (await ownerA.public.getBlockNumber({ cacheTime: 0 })) + 1n;
  const startBlockB = await ownerB.public.getBlockNumber({ cacheTime: 0 });

  const lit: LitFaults = await createLitFaults(s.lit, s.lit.runtime());
  const hooks = { onSigned: undefined as undefined | (() => void), onBroadcast: undefined as undefined | ((tx: StoredTx) => void) };
  const openRelayer = (index: 0 | 1): Relayer => {
    const file = join(dir, `relayer-${index}.sqlite`);
    const store = openStore(file);
    const relayStore = openRelayStore(file);
    const chainConfig = (chain: LocalChain, name: string, receiver: Address) =>
      chainSchema.parse({ name, chainId: chain.chainId, rpcUrls: [chain.rpcUrl], receiver, pollIntervalMs: 25, replaceAfterSeconds: 0.5 });
    const clientA = createChainClient({}, chainConfig(chainA, "relay-src", messengerA));
    const clientB = createChainClient({}, chainConfig(chainB, "relay-dst", messengerB));
    const tx = createTxManager({
      chain: clientB,
      account: privateKeyToAccount(chainB.accounts[RELAYERS[index]]!.privateKey),
      store,
      logger: silentLogger(),
      ...(index === 0 ? { onBroadcast: (t: StoredTx) => hooks.onBroadcast?.(t) } : {}),
    });
    const loop = createRelayLoop(
      { store: relayStore, lit: index === 0 ? lit.runtime : s.lit.runtime(), logger: silentLogger(), random: () => 0, ...(index === 0 ? { onSigned: () => hooks.onSigned?.() } : {}) },
      {
        name: "chain-a->chain-b",
        sourceChain: "chain-a",
        source: { client: clientA.client, chainId: chainA.chainId, messenger: messengerA, finality: { kind: "depth", confirmations: MESSAGE_DEPTH }, startBlock: startBlockA, providers: 2 },
        destination: { client: clientB.client, chainId: chainB.chainId, messenger: messengerB, tx },
        action: { code: action.code },
        signer: { publicKey: pkp.publicKey },
      },
    );
    return { file, loop, store: relayStore, close: () => (relayStore.close(), store.close()) };
  };
  const relayers: [Relayer, Relayer] = [openRelayer(0), openRelayer(1)];
  const restart = () => {
    relayers[0].close();
    relayers[0] = openRelayer(0);
  };

  const rpcA = (method: string, p: unknown[] = []) => chainA.provider.request({ method, params: p } as never) as Promise<unknown>;
  const rpcB = (method: string, p: unknown[] = []) => chainB.provider.request({ method, params: p } as never) as Promise<unknown>;
  const mineA = (n: number) => rpcA("hardhat_mine", [`0x${n.toString(16)}`]);
  /** Consumed on chain 1 with its handler done: spent, and status None (succeeded) or Retried. */
  const isDelivered = async (m: Pick<Sent, "id" | "nonce">) => {
    const spent = await ownerB.public.readContract({ address: messengerB, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(chainA.chainId), messengerA, m.nonce] });
    if (!spent) return false;
    const status = await ownerB.public.readContract({ address: messengerB, abi: messengerAbi, functionName: "status", args: [m.id] });
    return status === 0 || status === 2;
  };

  const sent = new Map<string, Sent>();
  let seq = 0n;
  let relayTicks = 0;
  let retriedHandlers = 0;
  /** Messages found or delivered before they were final (a wrong delivery in the making). */
  let finalityViolations = 0;
  const problems: string[] = [];

  const tick = async (which: 0 | 1 = 0, signal?: AbortSignal) => {
    relayTicks++;
    const r = await relayers[which].loop.tick(signal);
    retriedHandlers += r.retried;
    return r;
  };

  /** Sends `n` messages (to `recipient`) from the owner on chain A; returns them in order. */
  const send = async (n: number, recipient: Address, round: number, seqs?: bigint[]): Promise<Sent[]> => {
    const out: Sent[] = [];
    for (let i = 0; i < n; i++) {
      const mySeq = seqs?.[i] ?? ++seq;
      const receipt = await write(ownerA, messengerA, messengerAbi, "sendMessage", [BigInt(chainB.chainId), recipient, counterPayload(mySeq), HANDLER_GAS]);
      const [ev] = parseEventLogs({ abi: messengerAbi, logs: receipt.logs, eventName: "MessageSent" });
      if (!ev) throw new Error("no MessageSent in the send receipt");
      const args = ev.args as { id: Hex; nonce: bigint };
      out.push({ id: args.id.toLowerCase() as Hex, nonce: args.nonce, seq: mySeq, recipient, round });
    }
    return out;
  };

  /** Fault-free ticks until every message in `ids` is delivered on chain 1 or dead-lettered (no deadline: events). */
  const settle = async (messages: readonly Sent[], label: string) => {
    for (let i = 1; ; i++) {
      let open = 0;
      for (const m of messages) {
        const row = relayers[0].store.get(m.id);
        if (row?.state === "dead") continue;
        if (!(await isDelivered(m)) || row?.state !== "delivered") open++;
      }
      if (open === 0) return;
      if (i % SETTLE_LOG_EVERY === 0) log(`${label}: ${open} message(s) still settling after ${i} ticks`);
      await mineA(1);
      await tick(0);
      await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
    }
  };

  const lie: Partial<Record<MessageFaultKind, Rewrite>> = {
    "lying-provider-block": (m, _p, r) => (m === "eth_getBlockByNumber" && r && typeof r === "object" ? { ...(r as object), hash: keccak256(toHex("lie")) } : r),
    "lying-provider-log": (m, _p, r) => {
      if (m !== "eth_getTransactionReceipt" || !r) return r;
      const receipt = r as { logs: { data: string }[] };
      return { ...receipt, logs: receipt.logs.map((l) => ({ ...l, data: `${l.data.slice(0, -2)}ff` })) };
    },
    "lying-provider-receipt": (m, _p, r) => (m === "eth_getTransactionReceipt" && r ? { ...(r as object), status: "0x0" } : r),
    "lagging-provider": (m, _p, r) => (m === "eth_blockNumber" ? `0x${(BigInt(r as string) - 10n).toString(16)}` : r),
    "provider-no-receipt": (m, _p, r) => (m === "eth_getTransactionReceipt" ? null : r),
    "provider-wrong-chain": (m, _p, r) => (m === "eth_chainId" ? "0x1" : r),
    "provider-down": () => {
      throw new Error("provider down (injected)");
    },
  };

  async function round(roundNo: number): Promise<void> {
    const covering = roundNo <= MESSAGE_COVERAGE_ROUNDS;
    const kind: MessageFaultKind = covering ? MESSAGE_FAULT_KINDS[roundNo - 1]! : rng.pick(MESSAGE_FAULT_KINDS);
    const txFault = TX_MESSAGE_KINDS.includes(kind);
    let litKind: LitFaultKind | undefined;
    let chainKind: RelayChainKind | undefined;
    if (covering) {
      // The coverage schedule: the n-th relay Lit and destination-chain kinds ride on the n-th message round.
      ({ lit: litKind, chain: chainKind } = messageCoverage(params.slowFaults, roundNo));
    } else {
      const quick = relayLitKinds(false);
      litKind = rng.chance(0.3) ? rng.pick(params.slowFaults && rng.chance(0.15) ? [...quick, ...SLOW_LIT_KINDS] : quick) : undefined;
      chainKind = !txFault && rng.chance(0.25) ? rng.pick(relayChainKinds(params.slowFaults)) : undefined;
    }
    const label = `message round ${roundNo} (${kind}${litKind ? `, lit ${litKind}` : ""}${chainKind ? `, ${chainKind}` : ""})`;
    await Promise.all([rpcA("evm_setIntervalMining", [0]), rpcB("evm_setIntervalMining", [0])]);
    try {
      // At most MESSAGE_DEPTH messages (one block each) when the round ticks before finality: then none is final yet.
      const n = rng.int(1, kind === "not-final" || kind === "source-reorg-before-final" ? MESSAGE_DEPTH : 4);
      const recipient = kind === "handler-reverts-then-retry" ? flaky : pingPong;
      if (kind === "handler-reverts-then-retry") await write(ownerB, flaky, pingPongAbi, "setPeer", [BigInt(chainA.chainId), chainB.accounts[HOSTILE]!.address]);
      const snapshotA = kind === "source-reorg-before-final" ? ((await rpcA("evm_snapshot")) as string) : undefined;
      let batch = await send(n, recipient, roundNo);
      count("messages", kind);
      if (kind === "not-final" || snapshotA !== undefined) {
        // Below the finality depth (the first message is n - 1 blocks deep): the relayer must find and sign nothing.
        const r = await tick(0);
        if (r.found !== 0 || r.delivered !== 0) {
          finalityViolations++;
          problems.push(`${label}: the relayer took ${r.found} message(s) that were not final`);
        }
      }
      if (snapshotA !== undefined) {
        // Reorganised away before it was final; the same transactions land again on the other branch.
        await rpcA("evm_revert", [snapshotA]);
        await mineA(1);
        const again = await send(n, recipient, roundNo, batch.map((b) => b.seq));
        for (const [i, b] of again.entries()) if (b.id !== batch[i]!.id) problems.push(`${label}: the re-included message has id ${b.id}, not ${batch[i]!.id}`);
        batch = again;
      }
      for (const b of batch) sent.set(b.id, b);
      await mineA(MESSAGE_DEPTH);

      // ---- inject
      if (lie[kind]) proxy.setRewrite(lie[kind]);
      if (litKind) {
        count("lit", `relay-${litKind}`);
        lit.inject(litKind, rng);
      }
      if (chainKind) {
        count("chains", chainKind);
        if (chainKind === "relayer-gas-spike") {
          await rpcB("hardhat_setNextBlockBaseFeePerGas", [`0x${parseGwei(String(SPIKE_BASE_FEE_GWEI)).toString(16)}`]);
          await rpcB("evm_mine");
        }
        if (chainKind === "relayer-nonce-gap") {
          const relayerWallet = clientsOf(chainB, RELAYERS[0]);
          await relayerWallet.wallet.sendTransaction({ to: relayerWallet.wallet.account!.address, value: 0n, chain: relayerWallet.wallet.chain, account: relayerWallet.wallet.account! });
        }
        if (chainKind === "relayer-dropped-tx" || chainKind === "relayer-stuck-tx") {
          await rpcB("evm_setAutomine", [false]);
          let broadcasts = 0;
          hooks.onBroadcast = (t) => {
            broadcasts++;
            if (broadcasts === 1 && chainKind === "relayer-dropped-tx") void rpcB("hardhat_dropTransaction", [t.hash]);
            if (broadcasts > 1) void rpcB("evm_mine");
          };
        }
        if (chainKind === "relayer-rpc-down") await chainB.stopServer();
      }
      const snapshotB = kind === "destination-reorg-after-delivery" ? ((await rpcB("evm_snapshot")) as string) : undefined;
      // ---- run (one tick under the fault)
      try {
        if (kind === "racing-relayer") await Promise.all([tick(0), tick(1)]);
        else if (kind === "restart-after-signing" || kind === "restart-after-broadcast") {
          const kill = new AbortController();
          if (kind === "restart-after-signing") hooks.onSigned = () => kill.abort(new Error("killed after signing"));
          else hooks.onBroadcast = () => kill.abort(new Error("killed after broadcast"));
          const outcome = await tick(0, kill.signal).then(
            () => "finished",
            () => "killed",
          );
          if (outcome === "killed") restart();
        } else await tick(0);
      } finally {
        // ---- clear
        proxy.setRewrite(undefined);
        lit.clear();
        hooks.onSigned = undefined;
        hooks.onBroadcast = undefined;
        await chainB.startServer();
        if (chainKind === "relayer-gas-spike") {
          await rpcB("hardhat_setNextBlockBaseFeePerGas", [`0x${parseGwei(String(CALM_BASE_FEE_GWEI)).toString(16)}`]);
          await rpcB("evm_mine");
        }
        if (chainKind === "relayer-dropped-tx" || chainKind === "relayer-stuck-tx") {
          await rpcB("evm_mine");
          await rpcB("evm_setAutomine", [true]);
        }
      }
      if (snapshotB !== undefined) {
        const delivered = await Promise.all(batch.map((b) => isDelivered(b)));
        await rpcB("evm_revert", [snapshotB]);
        if (!delivered.some(Boolean)) log(`${label}: nothing was delivered in the faulted tick, so the reorg removed nothing`);
      }
      if (kind === "handler-reverts-then-retry") {
        await tick(0); // the handler still reverts: recorded failed, retried later
        await write(ownerB, flaky, pingPongAbi, "setPeer", [BigInt(chainA.chainId), sender]); // the owner fixes the app
      }
      await settle(batch, label);
      if (kind === "duplicate-delivery-attempt") {
        // The relayer is told (a bad restore, an operator's re-queue) that a delivered message is pending again.
        const victim = rng.pick(batch);
        relayers[0].store.setState(victim.id, { state: "pending", reason: "campaign: delivered row put back to pending", nextAttemptAt: 0 });
        await tick(0);
        await settle([victim], label);
      }
      if (kind === "hostile-redelivery") {
        // A third party re-sends the delivery transaction's calldata: the nonce is spent, the handler must not run again.
        const row = relayers[0].store.get(rng.pick(batch).id);
        if (row?.deliveryTx) {
          const tx = await ownerB.public.getTransaction({ hash: row.deliveryTx });
          await hostileB.wallet.sendTransaction({ to: messengerB, data: tx.input, gas: 1_500_000n, chain: hostileB.wallet.chain, account: hostileB.wallet.account! }).catch(() => undefined);
        } else problems.push(`${label}: no delivery transaction recorded to re-send`);
      }
      for (const b of batch) {
        const row = relayers[0].store.get(b.id);
        if (row?.state === "dead") problems.push(`${label}: message ${b.seq} dead-lettered: ${row.deadReason}`);
      }
    } finally {
      await Promise.all([rpcA("evm_setIntervalMining", [EMBEDDED_BLOCK_TIME_MS]), rpcB("evm_setIntervalMining", [EMBEDDED_BLOCK_TIME_MS])]);
    }
  }

  async function finish(): Promise<MessageTotals> {
    // The racing relayer catches up too (it must settle everything from the destination's state, sending nothing).
    await settle([...sent.values()], "final");
    for (let open = Infinity; open > 0; ) {
      await tick(1);
      open = relayers[1].store.list({ states: ["pending", "submitted", "failed"] }).length;
      if (open > 0) await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
    }
    const logs = await ownerB.public.getLogs({ address: [pingPong, flaky], event: pingPongAbi.find((x) => x.type === "event" && x.name === "Pong") as never, fromBlock: startBlockB, toBlock: "latest" });
    const runs = new Map<string, bigint[]>();
    for (const l of parseEventLogs({ abi: pingPongAbi, logs, eventName: "Pong" })) {
      const a = l.args as { id: Hex; counter: bigint; srcChainId: bigint };
      const id = a.id.toLowerCase();
      runs.set(id, [...(runs.get(id) ?? []), a.counter]);
    }
    const totals: MessageTotals = { sent: sent.size, deliveredOnce: 0, lost: 0, duplicated: 0, wrong: finalityViolations, deadLettered: 0, handlerRuns: logs.length, relayTicks, retriedHandlers, problems };
    for (const [id, m] of sent) {
      const counters = runs.get(id) ?? [];
      if (counters.length === 0) {
        totals.lost++;
        problems.push(`message ${m.seq} (round ${m.round}, ${id}) never ran on the destination`);
      } else if (counters.length > 1) {
        totals.duplicated += counters.length - 1;
        problems.push(`message ${m.seq} (round ${m.round}) ran ${counters.length} times on the destination`);
      } else totals.deliveredOnce++;
      if (counters.some((c) => c !== m.seq)) {
        totals.wrong++;
        problems.push(`message ${m.seq} ran with counter(s) ${counters.join(", ")}`);
      }
    }
    for (const [id, counters] of runs) {
      if (!sent.has(id)) {
        totals.wrong += counters.length;
        problems.push(`the destination ran ${id}, which was never sent`);
      }
    }
    totals.deadLettered = relayers[0].store.list({ states: ["dead"] }).length;
    return totals;
  }

  return {
    litTimedOut: lit.timedOut,
    litProblems: lit.problems,
    storeBytes: () => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    round,
    finish,
    async close() {
      for (const r of relayers) r.close();
      await proxy.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
