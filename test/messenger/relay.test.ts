/**
 * The relay core (`planRelay`) against two real EDR chains, each behind two providers (the chain's own
 * RPC and a proxy that can lie, lag or go down). The signatures here come from a local key standing in
 * for the PKP; test/messenger/e2e.test.ts runs the bundled action on the local Lit network.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hex, keccak256 } from "viem";
import { privateKeyToAddress, sign } from "viem/accounts";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import { deploy } from "./fixture.ts";
import { ManifestError, MESSENGER_MANIFEST_KIND, type MessengerManifestInput, parseMessengerManifest } from "../../actions/src/messenger/manifest.ts";
import { batchDigest, messageDigest, messageId } from "../../actions/src/messenger/message.ts";
import { RelayError, planRelay } from "../../actions/src/messenger/relay.ts";
import { type FoundMessage, compactSignature, decodeMessageLog, encodeDeliver, encodeDeliverBatch } from "../../actions/src/messenger/relayer.ts";
import { jsonRpcOver } from "../../actions/src/messenger/run.ts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import { type Side, deployPair, mine, sendMessage, startPairChains, write } from "./fixture.ts";
import { type RpcProxy, startRpcProxy } from "./rpc-proxy.ts";

const KEY = keccak256("0x6d657373656e6765722d72656c61792d74657374") as Hex;
const DEPTH = 3;
let chains: [LocalChain, LocalChain];
let a: Side;
let b: Side;
let proxyA: RpcProxy;
let manifest: ReturnType<typeof parseMessengerManifest>;
const deps = { rpc: jsonRpcOver(fetch) };

const HEAD = { kind: MESSENGER_MANIFEST_KIND, name: "test" } as const;

function manifestInput(): MessengerManifestInput {
  return {
    ...HEAD,
    version: 1,
    local: true,
    sources: {
      "chain-a": {
        chainId: a.chain.chainId,
        messenger: a.messenger,
        providers: [a.chain.rpcUrl, proxyA.url],
        finality: { kind: "depth", confirmations: DEPTH },
        destinations: [{ chainId: b.chain.chainId, messenger: b.messenger }],
      },
    },
  };
}

async function signAndDeliver(digest: Hex, data: (sig: { r: Hex; vs: Hex }) => Hex) {
  const s = await sign({ hash: digest, privateKey: KEY });
  const sig = compactSignature({ signature: `${s.r}${s.s.slice(2)}` as Hex, recoveryId: s.yParity as 0 | 1 });
  const hash = await b.wallet.sendTransaction({ to: b.messenger, data: data(sig), chain: b.wallet.chain, account: b.wallet.account! });
  return b.public.waitForTransactionReceipt({ hash });
}

beforeAll(async () => {
  chains = await startPairChains();
  ({ a, b } = await deployPair(chains, privateKeyToAddress(KEY)));
  proxyA = await startRpcProxy(a.chain.provider);
  manifest = parseMessengerManifest(manifestInput());
});
afterAll(async () => {
  await proxyA?.close();
  await Promise.allSettled((chains ?? []).map((c) => c.close()));
});

describe("planRelay", () => {
  it("signs a final message from both providers; the destination delivers it once", async () => {
    const found = await sendMessage(a, b, { payload: "0x01020304" });
    await mine(a.chain, DEPTH);
    const plan = await planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] });
    expect(plan.refused).toEqual([]);
    expect(plan.jobs).toHaveLength(1);
    const job = plan.jobs[0]!;
    expect(job).toMatchObject({ kind: "single", dstChainId: b.chain.chainId, dstMessenger: b.messenger });
    expect(job.digest).toBe(messageDigest(found.message));
    expect(job.messages[0]!.id).toBe(found.id);
    // The digest is what the destination computes.
    expect(await b.public.readContract({ address: b.messenger, abi: messengerAbi, functionName: "messageDigest", args: [job.messages[0]!.packed] })).toBe(job.digest);
    const receipt = await signAndDeliver(job.digest, (sig) => encodeDeliver(found.message, sig));
    expect(receipt.status).toBe("success");
    expect(await b.public.readContract({ address: b.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(a.chain.chainId), a.messenger, found.message.nonce] })).toBe(true);
  });

  it("batches several messages for one destination under one signature, in nonce order", async () => {
    const found: FoundMessage[] = [];
    for (let i = 0; i < 3; i++) found.push(await sendMessage(a, b, { payload: `0x0${i}` as Hex }));
    await mine(a.chain, DEPTH);
    const named = [...found].reverse().map((f) => ({ txHash: f.txHash, logIndex: f.logIndex }));
    const plan = await planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: named });
    expect(plan.jobs).toHaveLength(1);
    const job = plan.jobs[0]!;
    expect(job.kind).toBe("batch");
    expect(job.messages.map((m) => m.nonce)).toEqual(found.map((f) => f.message.nonce.toString()));
    expect(job.digest).toBe(batchDigest({ dstChainId: BigInt(b.chain.chainId), dstMessenger: b.messenger }, found.map((f) => f.id)));
    const receipt = await signAndDeliver(job.digest, (sig) => encodeDeliverBatch(found.map((f) => f.message), sig));
    expect(receipt.status).toBe("success");
    for (const f of found) {
      expect(await b.public.readContract({ address: b.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(a.chain.chainId), a.messenger, f.message.nonce] })).toBe(true);
    }
  });

  it("refuses a message that is not final yet, and signs it once it is", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH - 1);
    const params = { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] };
    const early = await planRelay(deps, manifest, params);
    expect(early.jobs).toEqual([]);
    expect(early.refused[0]!.reason).toMatch(/is not final on provider 1/);
    await mine(a.chain, 1);
    expect((await planRelay(deps, manifest, params)).jobs).toHaveLength(1);
  });

  it("reorg before finality: the message vanishes and is refused (nothing was signed while pending)", async () => {
    const snapshot = await a.chain.provider.request({ method: "evm_snapshot" as never });
    const found = await sendMessage(a, b, { payload: "0xdead" });
    const params = { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] };
    expect((await planRelay(deps, manifest, params)).refused[0]!.reason).toMatch(/not final/);
    await a.chain.provider.request({ method: "evm_revert" as never, params: [snapshot] as never });
    await mine(a.chain, DEPTH + 2); // the other branch grows past the old height
    const plan = await planRelay(deps, manifest, params);
    expect(plan.jobs).toEqual([]);
    expect(plan.refused[0]!.reason).toMatch(/no receipt on provider 1/);
  });

  it("reorg after finality (deeper than the rule): a signature already made stays valid; the rule is the defence", async () => {
    const snapshot = await a.chain.provider.request({ method: "evm_snapshot" as never });
    const found = await sendMessage(a, b, { payload: "0xfeed" });
    await mine(a.chain, DEPTH);
    const params = { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] };
    const plan = await planRelay(deps, manifest, params);
    expect(plan.jobs).toHaveLength(1);
    // The source chain reorganises past its finality rule: the message never happened there any more...
    await a.chain.provider.request({ method: "evm_revert" as never, params: [snapshot] as never });
    await mine(a.chain, DEPTH + 2);
    expect((await planRelay(deps, manifest, params)).refused[0]!.reason).toMatch(/no receipt/);
    // ...but the destination cannot know: the signature made while it was final still delivers
    // (docs/messenger.md, "Reorgs": choose the depth per chain; the cap and the pause bound the damage).
    const receipt = await signAndDeliver(plan.jobs[0]!.digest, (sig) => encodeDeliver(found.message, sig));
    expect(receipt.status).toBe("success");
  });

  it("a provider that lies about the block at the receipt's height: refused (looks reorged)", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    proxyA.setRewrite((method, _params, result) =>
      method === "eth_getBlockByNumber" && result && typeof result === "object" ? { ...(result as object), hash: keccak256("0x6c6965") } : result,
    );
    try {
      const plan = await planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] });
      expect(plan.jobs).toEqual([]);
      expect(plan.refused[0]!.reason).toMatch(/provider 2 is not the receipt's block/);
    } finally {
      proxyA.setRewrite(undefined);
    }
  });

  it("a provider that lags (older head) or has no receipt yet: refused; one that forges the log: refused", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    const params = { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] };
    const cases: [Parameters<RpcProxy["setRewrite"]>[0], RegExp][] = [
      [(m, _p, r) => (m === "eth_blockNumber" ? `0x${(BigInt(r as string) - 10n).toString(16)}` : r), /not final on provider 2/],
      [(m, _p, r) => (m === "eth_getTransactionReceipt" ? null : r), /no receipt on provider 2/],
      [
        (m, _p, r) => {
          if (m !== "eth_getTransactionReceipt" || !r) return r;
          const receipt = r as { logs: { data: string }[] };
          return { ...receipt, logs: receipt.logs.map((l) => ({ ...l, data: `${l.data.slice(0, -2)}ff` })) };
        },
        /providers disagree on the log/,
      ],
      [(m, _p, r) => (m === "eth_getTransactionReceipt" && r ? { ...(r as object), status: "0x0" } : r), /disagree on the receipt/],
    ];
    for (const [rewrite, reason] of cases) {
      proxyA.setRewrite(rewrite);
      try {
        const plan = await planRelay(deps, manifest, params);
        expect(plan.jobs).toEqual([]);
        expect(plan.refused[0]!.reason).toMatch(reason);
      } finally {
        proxyA.setRewrite(undefined);
      }
    }
  });

  it("a provider on another chain, or down, refuses the whole execution", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    const params = { version: 1, sourceChain: "chain-a", messages: [{ txHash: found.txHash, logIndex: found.logIndex }] };
    proxyA.setRewrite((m, _p, r) => (m === "eth_chainId" ? "0x1" : r));
    await expect(planRelay(deps, manifest, params)).rejects.toThrow(/provider 2 is on chain 1/);
    proxyA.setRewrite(undefined);
    const down = parseMessengerManifest({ ...manifestInput(), sources: { "chain-a": { ...manifestInput().sources["chain-a"]!, providers: [a.chain.rpcUrl, "http://127.0.0.1:9"] } } });
    const error = await planRelay(deps, down, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelayError);
    expect((error as Error).message).toMatch(/provider 2 eth_chainId failed/);
    expect((error as Error).message).not.toContain("127.0.0.1:9");
  });

  it("refuses foreign logs, reverted transactions and destinations outside the manifest", async () => {
    // Another messenger on the same chain (not the configured one) emitting a well-formed MessageSent.
    const rogue = await deploy(a, "LitMessenger", [a.chain.accounts[0]!.address, a.chain.accounts[2]!.address, privateKeyToAddress(KEY), 3600, 3600]);
    await write(a, rogue, messengerAbi, "setOutboundLane", [BigInt(b.chain.chainId), b.messenger, 1_000_000]);
    const rogueSend = await write(a, rogue, messengerAbi, "sendMessage", [BigInt(b.chain.chainId), b.sink, "0x01", 100_000]);
    // A lane to a chain the manifest does not allow.
    await write(a, a.messenger, messengerAbi, "setOutboundLane", [999n, b.messenger, 1_000_000]);
    const offManifest = await write(a, a.messenger, messengerAbi, "sendMessage", [999n, b.sink, "0x01", 100_000]);
    // A reverted transaction (insufficient fee after a fee is set), mined with an explicit gas limit.
    await write(a, a.messenger, messengerAbi, "setFeeConfig", [BigInt(b.chain.chainId), { baseFeeWei: 10n ** 15n, gasPriceWei: 0n, perByteWei: 0n }]);
    const data = (await import("viem")).encodeFunctionData({ abi: messengerAbi, functionName: "sendMessage", args: [BigInt(b.chain.chainId), b.sink, "0x01", 100_000] });
    // EDR mines a reverted transaction and then rejects eth_sendTransaction; take it from the block.
    await a.wallet.sendTransaction({ to: a.messenger, data, gas: 200_000n, chain: a.wallet.chain, account: a.wallet.account! }).catch(() => undefined);
    const revertedHash = (await a.public.getBlock({ blockTag: "latest" })).transactions[0]!;
    const reverted = await a.public.waitForTransactionReceipt({ hash: revertedHash });
    expect(reverted.status).toBe("reverted");
    await write(a, a.messenger, messengerAbi, "setFeeConfig", [BigInt(b.chain.chainId), { baseFeeWei: 0n, gasPriceWei: 0n, perByteWei: 0n }]);
    await mine(a.chain, DEPTH);
    const plan = await planRelay(deps, manifest, {
      version: 1,
      sourceChain: "chain-a",
      messages: [
        { txHash: rogueSend.transactionHash, logIndex: rogueSend.logs[0]!.logIndex },
        { txHash: offManifest.transactionHash, logIndex: offManifest.logs[0]!.logIndex },
        { txHash: revertedHash, logIndex: 0 },
      ],
    });
    expect(plan.jobs).toEqual([]);
    expect(plan.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/not the configured messenger/),
      expect.stringMatching(/destination 999\/.* is not allowed/),
      "the transaction reverted",
    ]);
    // The rogue log is a perfectly valid message of *its* messenger: only the manifest tells them apart.
    expect(() => decodeMessageLog(rogueSend.logs[0]!, BigInt(a.chain.chainId))).not.toThrow();
  });

  it("hostile params: unknown chain, duplicates, too many, malformed hashes are refused; extra fields change nothing", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    const one = { txHash: found.txHash, logIndex: found.logIndex };
    await expect(planRelay(deps, manifest, { version: 1, sourceChain: "evil", messages: [one] })).rejects.toThrow(/unknown source chain "evil"/);
    await expect(planRelay(deps, manifest, { version: 1, sourceChain: "toString", messages: [one] })).rejects.toThrow(/unknown source chain/);
    await expect(planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: [one, one] })).rejects.toThrow(/named twice/);
    await expect(planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: [{ txHash: "0x1234", logIndex: 0 }] })).rejects.toThrow(/32-byte hex/);
    const many = Array.from({ length: 12 }, (_, i) => ({ txHash: keccak256(`0x0${i.toString(16)}`), logIndex: 0 }));
    await expect(planRelay(deps, manifest, { version: 1, sourceChain: "chain-a", messages: many })).rejects.toThrow(/requests; one execution may make 50/);
    // Whatever providers, finality or destinations the caller adds, the bundle's are used.
    const hostile = await planRelay(deps, manifest, {
      version: 1,
      sourceChain: "chain-a",
      messages: [one],
      providers: ["http://127.0.0.1:1"],
      finality: { kind: "depth", confirmations: 0 },
      destinations: [{ chainId: 1, messenger: a.messenger }],
    });
    expect(hostile.jobs[0]!.digest).toBe(messageDigest(found.message));
    expect(messageId(found.message)).toBe(found.id);
  });
});

describe("messenger manifest", () => {
  it("requires two distinct providers, https off loopback, and sane destinations", () => {
    const base = manifestInput().sources["chain-a"]!;
    const bad = (source: object) => () => parseMessengerManifest({ ...HEAD, version: 1, local: true, sources: { x: { ...base, ...source } } });
    expect(() => parseMessengerManifest({ ...HEAD, version: 1, sources: { x: base } })).toThrow(/only allowed in a manifest marked local/);
    expect(bad({ providers: ["https://user:pw@rpc.example.com", "https://rpc2.example.com"] })).toThrow(/must not carry credentials/);
    expect(bad({ providers: [a.chain.rpcUrl] })).toThrow(ManifestError);
    expect(bad({ providers: [a.chain.rpcUrl, a.chain.rpcUrl] })).toThrow(/distinct/);
    expect(bad({ providers: ["http://rpc.example.com", "https://rpc2.example.com"] })).toThrow(/plain http is only allowed for loopback hosts/);
    expect(bad({ providers: ["https://rpc.example.com/?key=1", "https://rpc2.example.com"] })).toThrow(/query/);
    expect(() => parseMessengerManifest({ ...manifestInput(), kind: "lit-oracle/price-feed" })).toThrow(/kind/);
    expect(bad({ messenger: "0x0000000000000000000000000000000000000000" })).toThrow(/zero address/);
    expect(bad({ providers: ["https://rpc.example.com/a", "https://rpc.example.com/b"] })).toThrow(/distinct hosts/);
    expect(bad({ destinations: [{ chainId: a.chain.chainId, messenger: a.messenger }] })).toThrow(/source chain/);
    expect(bad({ finality: { kind: "depth", confirmations: 0 } })).toThrow(ManifestError);
    expect(() => parseMessengerManifest({ ...HEAD, version: 1, local: true, sources: {} })).toThrow(/at least one source/);
    const secret = "https://rpc.example.com/v1/SECRETKEY";
    expect(bad({ providers: [secret, secret] })).toThrow(/distinct/);
    try {
      bad({ providers: [secret, secret] })();
    } catch (error) {
      expect((error as Error).message).not.toContain("SECRETKEY");
    }
  });
});
