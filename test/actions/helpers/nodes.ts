/**
 * In-process stand-in for a Naga node set, for testing the action's round logic without the Lit
 * emulator: N concurrent `runPriceFeed` executions sharing a broadcast barrier (every node gets every
 * value, its own last, as `broadcastAndCollect` does), a runOnce leader, and a signer that records what
 * each node asked to sign. A node can be made to lie by rewriting its broadcast value.
 */
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { type Hex, bytesToHex, hexToBytes, recoverAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { type FeedManifest, validateFeedManifest } from "../../../actions/src/core/feed-manifest.ts";
import type { ResolvedPriceFeedParams } from "../../../actions/src/core/params.ts";
import { type ActionHost, type PriceFeedRunResult, runPriceFeed } from "../../../actions/src/price-feed/run.ts";

/** Test-only oracle key (never used outside tests). */
export const TEST_ORACLE_KEY: Hex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
export const TEST_ORACLE_ACCOUNT = privateKeyToAccount(TEST_ORACLE_KEY);

export type FakeNodeSetOptions = {
  nodes: number;
  /** The manifest the nodes run with (as if compiled into their bundle). */
  manifest: FeedManifest;
  params: unknown;
  /** Node `i`'s clock, Unix ms (default the wall clock). */
  now?: (node: number) => number;
  /** Rewrites node `i`'s broadcast value (a lying node). */
  lie?: (node: number, value: string) => string;
  fetch?: typeof fetch;
  decrypt?: (premium: NonNullable<ResolvedPriceFeedParams["premium"]>) => Promise<string>;
};

export type FakeNodeSetResult = {
  results: PriceFeedRunResult[];
  /** Digests each node signed, by sigName. */
  signed: Array<Record<string, Hex>>;
  /** The combined signature per sigName when every node signed the same digest (as the client would combine). */
  combined: Record<string, { digest: Hex; signature: Hex }>;
  logs: string[][];
  runOnceCalls: number;
};

function signDigest(digest: Hex): { r: Hex; s: Hex; recoveryId: number; signature: Hex } {
  const sig = secp256k1.Signature.fromBytes(secp256k1.sign(hexToBytes(digest), hexToBytes(TEST_ORACLE_KEY), { prehash: false, format: "recovered" }), "recovered");
  const r = `0x${sig.r.toString(16).padStart(64, "0")}` as Hex;
  const s = `0x${sig.s.toString(16).padStart(64, "0")}` as Hex;
  return { r, s, recoveryId: sig.recovery!, signature: `${r}${s.slice(2)}${(27 + sig.recovery!).toString(16)}` as Hex };
}

export async function runFakeNodeSet(options: FakeNodeSetOptions): Promise<FakeNodeSetResult> {
  const n = options.nodes;
  const values: Array<string | undefined> = new Array(n).fill(undefined);
  let arrived = 0;
  let release: () => void = () => {};
  const allArrived = new Promise<void>((resolve) => (release = resolve));
  const signed: Array<Record<string, Hex>> = Array.from({ length: n }, () => ({}));
  const logs: string[][] = Array.from({ length: n }, () => []);
  const onceResults = new Map<string, Promise<string>>();
  let runOnceCalls = 0;

  const hostFor = (i: number): ActionHost => ({
    fetch: options.fetch ?? fetch,
    now: () => (options.now ? options.now(i) : Date.now()),
    signerAddress: async () => TEST_ORACLE_ACCOUNT.address,
    recoverAddress: (digest, signature) => recoverAddress({ hash: digest, signature }),
    broadcast: async (_name, value) => {
      values[i] = options.lie ? options.lie(i, value) : value;
      if (++arrived === n) release();
      await allArrived;
      return [...values.filter((_, j) => j !== i), values[i]] as string[];
    },
    signDigest: async (digest, sigName) => {
      signed[i]![sigName] = digest;
      return undefined;
    },
    signAndCombine: async (digest, sigName) => {
      signed[i]![sigName] = digest;
      return signDigest(digest);
    },
    runOnce: (name, fn) => {
      let p = onceResults.get(name);
      if (!p) {
        runOnceCalls++;
        p = fn().catch(() => "[ERROR]");
        onceResults.set(name, p);
      }
      return p;
    },
    rpcUrl: async (chain) => {
      throw new Error(`no RPC for ${chain} in the fake node set`);
    },
    decryptPremiumKey: options.decrypt ?? (async () => {
      throw new Error("no premium key in this test");
    }),
    log: (message) => logs[i]!.push(message),
  });

  const manifest = validateFeedManifest(options.manifest);
  const results = await Promise.all(Array.from({ length: n }, (_, i) => runPriceFeed(hostFor(i), manifest, options.params)));
  const combined: Record<string, { digest: Hex; signature: Hex }> = {};
  const names = new Set(signed.flatMap((s) => Object.keys(s)));
  for (const name of names) {
    const digests = new Set(signed.map((s) => s[name]));
    if (digests.size === 1 && [...digests][0] !== undefined) {
      const digest = [...digests][0]!;
      combined[name] = { digest, signature: signDigest(digest).signature };
    }
  }
  return { results, signed, combined, logs, runOnceCalls };
}

export { bytesToHex };

export { signDigest as signWithTestKey };
