/**
 * The barriers of one request: `broadcastAndCollect`, `runOnce`, `signAndCombine*` and `decrypt*`
 * wait here until every node of the request's node set has arrived, as Lit's nodes wait for each
 * other. A node that never arrives (it crashed, or took a nondeterministic branch) leaves the others
 * waiting until their timeout, which is the failure Lit gives.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** Waits for every participant of the node set at each named barrier. */
export class BarrierHub {
  readonly #participants: number[];
  readonly #barriers = new Map<string, { values: Map<number, unknown>; waiters: Array<() => void> }>();
  constructor(participants: number[]) {
    this.#participants = participants;
  }
  arrive<T>(key: string, node: number, value: T): Promise<Map<number, T>> {
    let barrier = this.#barriers.get(key);
    if (!barrier) {
      barrier = { values: new Map(), waiters: [] };
      this.#barriers.set(key, barrier);
    }
    const state = barrier;
    state.values.set(node, value);
    return new Promise((resolve) => {
      state.waiters.push(() => resolve(state.values as Map<number, T>));
      if (this.#participants.every((participant) => state.values.has(participant))) {
        for (const waiter of state.waiters.splice(0)) waiter();
      }
    });
  }
}

/** The request's leader (`runOnce`, `decryptToSingleNode`): `sha256(requestId) mod` the node set, the same for every call. */
export function leaderOf(requestId: string, participants: readonly number[]): number {
  const hash = BigInt(`0x${bytesToHex(sha256(new TextEncoder().encode(requestId)))}`);
  return participants[Number(hash % BigInt(participants.length))]!;
}

/** Barrier keys by (kind, name, occurrence): the n-th `broadcastAndCollect("x")` of every node meets the others' n-th. */
export class BarrierKeys {
  readonly #uses = new Map<string, number>();
  next(kind: string, name: string): string {
    const key = `${kind}:${name}`;
    const uses = this.#uses.get(key) ?? 0;
    this.#uses.set(key, uses + 1);
    return `${key}#${uses}`;
  }
}
