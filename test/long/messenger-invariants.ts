/**
 * Stateful invariant campaign for the destination side of LitMessenger, on a real EDR chain: a seeded
 * random sequence of honest and hostile deliveries (wrong key, the previous signer after a rotation,
 * tampered payload, replay, another messenger's domain, a nonce past the window, a malleable high-s
 * signature, a paused route, deliveries past the route's rate cap, batches mixing fresh and spent
 * messages), each a real transaction, with the block time pinned per step (`evm_setNextBlockTimestamp`)
 * so the rate window of every transaction is known. After every step the messenger's state is compared
 * with a plain model:
 *
 *   1. a message is delivered (its nonce spent, its handler called) at most once;
 *   2. only if signed, in this messenger's domain, by the CURRENT signer, on an unpaused route;
 *   3. at most `cap` messages are admitted per rate window; `routeState` agrees with the model;
 *   4. every fresh, correctly signed message within the cap IS delivered (nothing honest is refused).
 *
 * Every hostile step is one injected fault, counted by kind; a violation is a wrong delivery.
 */
import { type Address, type Hex, decodeEventLog, keccak256, toHex } from "viem";
import { privateKeyToAddress, sign } from "viem/accounts";
import { type LitMessage, batchDigest, messageDigest, messageId } from "../../actions/src/messenger/message.ts";
import { compactSignature, encodeDeliver, encodeDeliverBatch } from "../../actions/src/messenger/relayer.ts";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import { startLocalChain } from "../../keeper/src/chain/local.ts";
import { clientsOf, deploy, write } from "../messenger/fixture.ts";
import type { Rng } from "./rng.ts";

/** Chain id of the destination chain of this campaign. */
const DST_CHAIN_ID = 31_950;
/** The (fictitious) source route the messages come from: only the destination is under test here. */
const SRC_CHAIN_ID = 31_951n;
const SRC_MESSENGER = "0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a" as Address;
/** Rate window, seconds (the contract's minimum) and the route's cap per window: small, so the cap is hit often. */
const RATE_WINDOW_SECONDS = 60;
const ROUTE_CAP = 6;
const ROTATION_DELAY_SECONDS = 3_600;
/** The messenger's nonce window (RouteWordLib.NONCE_WINDOW): a nonce this far past the lowest gap is refused. */
const NONCE_WINDOW = 120n;
/** Gas of every delivery transaction (fixed: a reverting transaction is mined, not refused at estimation). */
const DELIVERY_GAS = 1_500_000n;
/** secp256k1 group order (a high-s twin of a signature is `n - s`). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

export type MessengerStepKind =
  | "valid"
  | "valid-batch"
  | "advance-window"
  | "rotate-signer"
  | "wrong-signer"
  | "previous-signer"
  | "tampered"
  | "replay"
  | "other-domain"
  | "nonce-ahead"
  | "high-s"
  | "paused-route"
  | "over-rate-cap"
  | "mixed-batch";

const HONEST: readonly MessengerStepKind[] = ["valid", "valid-batch", "advance-window", "rotate-signer"];

export type MessengerCampaignResult = {
  steps: number;
  /** Hostile deliveries (each one fault). */
  faults: number;
  faultsByKind: Partial<Record<MessengerStepKind, number>>;
  delivered: number;
  refused: number;
  rotations: number;
  violations: string[];
};

type Model = { delivered: Set<bigint>; next: bigint; windowIndex: bigint; remaining: number; paused: boolean };

const keyOf = (label: string) => keccak256(toHex(`messenger-invariants:${label}`));

export async function runMessengerInvariants(params: { steps: number; rng: Rng }): Promise<MessengerCampaignResult> {
  const { rng } = params;
  const chain = await startLocalChain({ chainId: DST_CHAIN_ID });
  const result: MessengerCampaignResult = { steps: 0, faults: 0, faultsByKind: {}, delivered: 0, refused: 0, rotations: 0, violations: [] };
  try {
    const owner = clientsOf(chain, 0);
    const guardian = clientsOf(chain, 2);
    const relayer = clientsOf(chain, 3);
    let signerKey = keyOf("signer-0");
    let previousKey: Hex | undefined;
    const strangerKey = keyOf("stranger");
    const messenger = await deploy(owner, "LitMessenger", [chain.accounts[0]!.address, chain.accounts[2]!.address, privateKeyToAddress(signerKey), ROTATION_DELAY_SECONDS, RATE_WINDOW_SECONDS]);
    const sink = await deploy(owner, "MessageSink", [messenger]);
    await write(owner, messenger, messengerAbi, "setRoute", [SRC_CHAIN_ID, SRC_MESSENGER, ROUTE_CAP]);

    const latest = await owner.public.getBlock({ blockTag: "latest" });
    let clock = latest.timestamp + 10n;
    const model: Model = { delivered: new Set(), next: 0n, windowIndex: -1n, remaining: ROUTE_CAP, paused: false };
    /** Accepted single deliveries (calldata), for replays. */
    const accepted: Hex[] = [];

    const message = (nonce: bigint, payload: Hex = toHex(`m${nonce}`)): LitMessage => ({
      version: 1,
      srcChainId: SRC_CHAIN_ID,
      srcMessenger: SRC_MESSENGER,
      nonce,
      sender: chain.accounts[4]!.address,
      dstChainId: BigInt(DST_CHAIN_ID),
      dstMessenger: messenger,
      recipient: sink,
      gasLimit: 100_000,
      payload,
    });
    const signDigest = async (digest: Hex, key: Hex) => {
      const s = await sign({ hash: digest, privateKey: key });
      return compactSignature({ signature: `${s.r}${s.s.slice(2)}` as Hex, recoveryId: s.yParity as 0 | 1 });
    };
    /** Nonces that are not delivered yet, near the lowest gap (mostly the gap itself: some out of order). */
    const freshNonces = (count: number): bigint[] => {
      const out: bigint[] = [];
      let n = model.next;
      while (out.length < count) {
        if (!model.delivered.has(n) && !out.includes(n) && (out.length > 0 || rng.chance(0.75) || n > model.next + 8n)) out.push(n);
        n += BigInt(rng.int(1, 2));
      }
      return out;
    };
    /** Pins the next block's timestamp (so the rate window of the next transaction is known) and returns its window. */
    const tickClock = async (seconds: bigint) => {
      // Unpinned transactions (owner and guardian calls) may have moved the chain's time past ours.
      const head = (await owner.public.getBlock({ blockTag: "latest" })).timestamp;
      clock = (clock > head ? clock : head) + seconds;
      await chain.provider.request({ method: "evm_setNextBlockTimestamp" as never, params: [`0x${clock.toString(16)}`] as never });
      return clock / BigInt(RATE_WINDOW_SECONDS);
    };
    /** Sends `data` to the messenger; returns the receipt's logs, or undefined if the transaction reverted. */
    const send = async (data: Hex): Promise<{ ok: boolean; logs: readonly { address: Address; topics: Hex[]; data: Hex }[] }> => {
      try {
        const hash = await relayer.wallet.sendTransaction({ to: messenger, data, gas: DELIVERY_GAS, chain: relayer.wallet.chain, account: relayer.wallet.account! });
        const receipt = await relayer.public.waitForTransactionReceipt({ hash });
        return { ok: receipt.status === "success", logs: receipt.logs as never };
      } catch {
        return { ok: false, logs: [] };
      }
    };
    const skippedIds = (logs: readonly { address: Address; topics: Hex[]; data: Hex }[]) => {
      const ids = new Set<string>();
      for (const l of logs) {
        try {
          const ev = decodeEventLog({ abi: messengerAbi, topics: l.topics as [Hex, ...Hex[]], data: l.data });
          if (ev.eventName === "MessageSkipped") ids.add((ev.args as { id: Hex }).id.toLowerCase());
        } catch {
          // another event
        }
      }
      return ids;
    };
    /** The model's admission of `count` fresh messages in window `index` (rate cap): how many fit. */
    const admissible = (index: bigint) => (model.paused ? 0 : index === model.windowIndex ? model.remaining : ROUTE_CAP);
    const admit = (index: bigint, nonce: bigint) => {
      if (index !== model.windowIndex) {
        model.windowIndex = index;
        model.remaining = ROUTE_CAP;
      }
      model.remaining--;
      model.delivered.add(nonce);
      while (model.delivered.has(model.next)) model.next++;
    };

    for (let step = 0; step < params.steps; step++) {
      let kind = rng.pick<MessengerStepKind>([
        "valid", "valid", "valid", "valid-batch", "advance-window", "wrong-signer", "previous-signer", "tampered", "replay",
        "other-domain", "nonce-ahead", "high-s", "paused-route", "mixed-batch",
      ]);
      if (step > 0 && step % 150 === 0) kind = "rotate-signer";
      if (kind === "previous-signer" && previousKey === undefined) kind = "wrong-signer";
      if (kind === "replay" && accepted.length === 0) kind = "valid";
      const index = await tickClock(BigInt(rng.int(1, 4)));
      // A valid delivery past the cap is a hostile step of its own: the cap must hold.
      if (kind === "valid" && admissible(index) === 0 && !model.paused) kind = "over-rate-cap";
      result.steps++;
      if (!HONEST.includes(kind)) {
        result.faults++;
        result.faultsByKind[kind] = (result.faultsByKind[kind] ?? 0) + 1;
      }
      /** Nonces whose state the step may touch, and those that MUST be delivered by it. */
      const touched: bigint[] = [];
      const mustLand: bigint[] = [];
      const label = `step ${step} (${kind})`;
      let outcome: { ok: boolean; logs: readonly { address: Address; topics: Hex[]; data: Hex }[] } | undefined;
      switch (kind) {
        case "advance-window": {
          await tickClock(BigInt(RATE_WINDOW_SECONDS));
          continue;
        }
        case "rotate-signer": {
          const nextKey = keyOf(`signer-${result.rotations + 1}`);
          await write(owner, messenger, messengerAbi, "proposeSigner", [privateKeyToAddress(nextKey)]);
          await tickClock(BigInt(ROTATION_DELAY_SECONDS));
          await write(owner, messenger, messengerAbi, "confirmSigner", []);
          previousKey = signerKey;
          signerKey = nextKey;
          result.rotations++;
          const signerNow = await owner.public.readContract({ address: messenger, abi: messengerAbi, functionName: "signer" });
          if (signerNow !== privateKeyToAddress(signerKey)) result.violations.push(`${label}: signer is ${signerNow} after the rotation`);
          continue;
        }
        case "valid":
        case "over-rate-cap": {
          const [n] = freshNonces(1);
          const m = message(n!);
          const data = encodeDeliver(m, await signDigest(messageDigest(m), signerKey));
          touched.push(n!);
          outcome = await send(data);
          if (kind === "valid") {
            mustLand.push(n!);
            if (outcome.ok) accepted.push(data);
          }
          break;
        }
        case "valid-batch":
        case "mixed-batch": {
          const fresh = freshNonces(rng.int(2, 4));
          const spent = kind === "mixed-batch" && model.delivered.size > 0 ? [rng.pick([...model.delivered])] : [];
          const nonces = [...fresh, ...spent];
          const messages = nonces.map((n) => message(n));
          const sig = await signDigest(batchDigest(messages[0]!, messages.map(messageId)), signerKey);
          touched.push(...nonces);
          const room = admissible(index);
          // In order, the first `room` fresh ones fit under the cap; the spent one is skipped.
          mustLand.push(...fresh.slice(0, Math.max(0, room)));
          outcome = await send(encodeDeliverBatch(messages, sig));
          const skipped = skippedIds(outcome.logs);
          for (const [i, n] of nonces.entries()) {
            const id = messageId(messages[i]!).toLowerCase();
            if (spent.includes(n) && outcome.ok && !skipped.has(id)) result.violations.push(`${label}: the spent nonce ${n} was not skipped`);
          }
          break;
        }
        case "wrong-signer":
        case "previous-signer": {
          const [n] = freshNonces(1);
          const m = message(n!);
          touched.push(n!);
          outcome = await send(encodeDeliver(m, await signDigest(messageDigest(m), kind === "wrong-signer" ? strangerKey : previousKey!)));
          break;
        }
        case "tampered": {
          const [n] = freshNonces(1);
          const m = message(n!);
          const sig = await signDigest(messageDigest(m), signerKey);
          touched.push(n!);
          outcome = await send(encodeDeliver({ ...m, payload: `${m.payload}00` as Hex }, sig));
          break;
        }
        case "replay": {
          outcome = await send(rng.pick(accepted));
          break;
        }
        case "other-domain": {
          // Signed by the current signer, but for another destination messenger (another deployment's domain).
          const [n] = freshNonces(1);
          const m = message(n!);
          touched.push(n!);
          const foreign = { ...m, dstMessenger: chain.accounts[7]!.address };
          outcome = await send(encodeDeliver(m, await signDigest(messageDigest(foreign), signerKey)));
          break;
        }
        case "nonce-ahead": {
          const n = model.next + NONCE_WINDOW + BigInt(rng.int(0, 50));
          const m = message(n);
          touched.push(n);
          outcome = await send(encodeDeliver(m, await signDigest(messageDigest(m), signerKey)));
          break;
        }
        case "high-s": {
          const [n] = freshNonces(1);
          const m = message(n!);
          const s = await sign({ hash: messageDigest(m), privateKey: signerKey });
          const highS = SECP256K1_N - BigInt(s.s);
          const twin = compactSignature({ signature: `${s.r}${highS.toString(16).padStart(64, "0")}` as Hex, recoveryId: (1 - (s.yParity ?? 0)) as 0 | 1 });
          touched.push(n!);
          outcome = await send(encodeDeliver(m, twin));
          break;
        }
        case "paused-route": {
          await write(guardian, messenger, messengerAbi, "pauseRoute", [SRC_CHAIN_ID, SRC_MESSENGER]);
          model.paused = true;
          await tickClock(1n);
          const [n] = freshNonces(1);
          const m = message(n!);
          touched.push(n!);
          outcome = await send(encodeDeliver(m, await signDigest(messageDigest(m), signerKey)));
          break;
        }
      }
      // ---- compare with the model
      for (const n of touched) {
        const now = await owner.public.readContract({ address: messenger, abi: messengerAbi, functionName: "isDelivered", args: [SRC_CHAIN_ID, SRC_MESSENGER, n] });
        const was = model.delivered.has(n);
        if (was && !now) result.violations.push(`${label}: nonce ${n} was delivered and is no longer`);
        if (!was && now) {
          if (!mustLand.includes(n)) result.violations.push(`${label}: nonce ${n} was delivered, but it was not a fresh message signed by the current signer within the cap`);
          admit(index, n);
          result.delivered++;
        }
        if (!was && !now && mustLand.includes(n)) result.violations.push(`${label}: a fresh message signed by the current signer (nonce ${n}) was refused within the cap`);
      }
      if (kind === "replay" && outcome?.ok) result.violations.push(`${label}: a replayed delivery succeeded`);
      if (mustLand.length === 0) result.refused++;
      if (kind === "paused-route") {
        await tickClock(1n);
        await write(owner, messenger, messengerAbi, "unpauseRoute", [SRC_CHAIN_ID, SRC_MESSENGER]);
        model.paused = false;
      }
      const state = await owner.public.readContract({ address: messenger, abi: messengerAbi, functionName: "routeState", args: [SRC_CHAIN_ID, SRC_MESSENGER] });
      if (state.next !== model.next) result.violations.push(`${label}: routeState.next ${state.next}, model ${model.next}`);
      if (model.windowIndex >= 0n && BigInt(state.windowIndex) === model.windowIndex && state.remaining !== model.remaining) {
        result.violations.push(`${label}: ${state.remaining} left in the rate window, model ${model.remaining} (cap ${ROUTE_CAP})`);
      }
      if (state.remaining > ROUTE_CAP) result.violations.push(`${label}: ${state.remaining} left in a window, above the cap ${ROUTE_CAP}`);
    }
  } finally {
    await chain.close();
  }
  return result;
}
