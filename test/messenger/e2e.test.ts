/**
 * End to end: the relay action, bundled with its manifest, on the local Lit network (5 nodes, Naga
 * semantics; and its Chipotle shape) between two in-process EDR chains, each read through two
 * providers. A ping-pong rally crosses both ways; a message that is not final, and a node whose RPC
 * reads lie, get no signature.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Address, type Hex, encodeAbiParameters } from "viem";
import { type BuiltAction, compileAction } from "../../actions/build.ts";
import { MESSENGER_MANIFEST_KIND, type MessengerManifestInput } from "../../actions/src/messenger/manifest.ts";
import type { RelayResponse } from "../../actions/src/messenger/run.ts";
import { type FoundMessage, buildRelayParams, compactSignature, encodeDeliver, encodeDeliverBatch, findMessages } from "../../actions/src/messenger/relayer.ts";
import { decodePackedMessage } from "../../actions/src/messenger/message.ts";
import { messengerAbi, pingPongAbi } from "../../keeper/src/chain/abi.ts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import type { LitSignature } from "../../lit/types.ts";
import { type LocalLitNetwork, createLocalLitNetwork } from "../../lit/local/network.ts";
import type { PkpInfo } from "../../lit/local/signer.ts";
import { type Side, deploy, deployPair, mine, predictedMessenger, sendMessage, startPairChains, write } from "./fixture.ts";
import { type RpcProxy, startRpcProxy } from "./rpc-proxy.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

const DEPTH = 2;
let chains: [LocalChain, LocalChain];
let proxies: RpcProxy[] = [];
let a: Side;
let b: Side;
let lit: LocalLitNetwork;
let naga: BuiltAction;
let chipotle: BuiltAction;
let pkp: PkpInfo;

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

async function relay(sourceChain: string, found: FoundMessage[], signer: Record<string, string> = { publicKey: pkp.publicKey }) {
  const jsParams = { ...buildRelayParams(sourceChain, found), signer };
  const result = await lit.execute({ code: naga.code, jsParams });
  // The client returns the raw string when it cannot parse it as JSON or nodes answered differently.
  const response = (typeof result.response === "string" ? JSON.parse(result.response) : result.response) as RelayResponse;
  return { response, signatures: result.signatures };
}

async function deliverJob(to: Side, response: RelayResponse, signatures: Record<string, LitSignature>) {
  if (!response.ok) throw new Error(`relay refused: ${response.error}`);
  expect(response.refused).toEqual([]);
  const job = response.jobs[0]!;
  const sig = signatures[job.sigName]!;
  expect(sig.signedData).toBe(job.digest);
  const messages = job.messages.map((m) => decodePackedMessage(m.packed, { dstChainId: BigInt(job.dstChainId), dstMessenger: job.dstMessenger }));
  const data = job.kind === "single" ? encodeDeliver(messages[0]!, compactSignature(sig)) : encodeDeliverBatch(messages, compactSignature(sig));
  const hash = await to.wallet.sendTransaction({ to: to.messenger, data, chain: to.wallet.chain, account: to.wallet.account! });
  return to.public.waitForTransactionReceipt({ hash });
}

beforeAll(async () => {
  chains = await startPairChains();
  proxies = await Promise.all(chains.map((c) => startRpcProxy(c.provider)));
  naga = await compileAction("messenger-relay", manifest());
  chipotle = await compileAction("messenger-relay.chipotle", manifest());
  lit = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
  pkp = lit.mintImmutablePkpFor(naga.cid);
  ({ a, b } = await deployPair(chains, pkp.ethAddress as Address));
  expect([a.messenger, b.messenger]).toEqual([predictedMessenger(chains[0]), predictedMessenger(chains[1])]);
});

afterAll(async () => {
  await Promise.allSettled([lit?.close(), ...proxies.map((p) => p.close()), ...(chains ?? []).map((c) => c.close())]);
});

describe("relay action on the local Lit network", () => {
  it("the bundle's CID is a function of the manifest", async () => {
    const again = await compileAction("messenger-relay", manifest());
    expect(again.cid).toBe(naga.cid);
    const other = manifest();
    other.sources["chain-a"]!.finality = { kind: "depth", confirmations: DEPTH + 1 };
    expect((await compileAction("messenger-relay", other)).cid).not.toBe(naga.cid);
    expect(naga.code).toContain(chains[0].rpcUrl);
  });

  it("ping-pong: A pings B, B answers, each hop relayed by the action (nodes agree) and delivered once", async () => {
    const ppA = await deploy(a, "PingPong", [a.messenger, a.chain.accounts[0]!.address]);
    const ppB = await deploy(b, "PingPong", [b.messenger, b.chain.accounts[0]!.address]);
    await write(a, ppA, pingPongAbi, "setPeer", [BigInt(b.chain.chainId), ppB]);
    await write(b, ppB, pingPongAbi, "setPeer", [BigInt(a.chain.chainId), ppA]);
    const ping = await write(a, ppA, pingPongAbi, "ping", [BigInt(b.chain.chainId), 2n]);
    const [sent] = findMessages(ping.logs, { chainId: BigInt(a.chain.chainId), messenger: a.messenger });
    await mine(a.chain, DEPTH);
    const hop1 = await relay("chain-a", [sent!]);
    expect(hop1.response.ok).toBe(true);
    const delivered = await deliverJob(b, hop1.response, hop1.signatures);
    expect(delivered.status).toBe("success");
    expect(await b.public.readContract({ address: ppB, abi: pingPongAbi, functionName: "lastCounter" })).toBe(1n);
    // B's handler answered with counter 2 in the same transaction.
    const [pong] = findMessages(delivered.logs, { chainId: BigInt(b.chain.chainId), messenger: b.messenger });
    expect(pong!.message.recipient).toBe(ppA);
    await mine(b.chain, DEPTH);
    const hop2 = await relay("chain-b", [pong!]);
    expect((await deliverJob(a, hop2.response, hop2.signatures)).status).toBe("success");
    expect(await a.public.readContract({ address: ppA, abi: pingPongAbi, functionName: "lastCounter" })).toBe(2n);
    // Replaying the first hop's signature changes nothing.
    await expect(deliverJob(b, hop1.response, hop1.signatures)).rejects.toThrow(/AlreadyDelivered/);
  });

  it("batches several messages into one signature; a pending one in the same request is refused", async () => {
    const final = [await sendMessage(a, b, { payload: "0xaa" }), await sendMessage(a, b, { payload: "0xbb" })];
    await mine(a.chain, DEPTH);
    const pending = await sendMessage(a, b, { payload: "0xcc" });
    const { response, signatures } = await relay("chain-a", [...final, pending]);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.refused).toEqual([{ txHash: pending.txHash, logIndex: pending.logIndex, reason: expect.stringMatching(/not final/) }]);
    expect(response.jobs).toHaveLength(1);
    expect(response.jobs[0]!.kind).toBe("batch");
    expect(Object.keys(signatures)).toEqual([response.jobs[0]!.sigName]);
    const receipt = await deliverJob(b, { ...response, refused: [] }, signatures);
    expect(receipt.status).toBe("success");
    for (const f of final) {
      expect(await b.public.readContract({ address: b.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(a.chain.chainId), a.messenger, f.message.nonce] })).toBe(true);
    }
  });

  it("a node whose RPC reads lie makes the nodes disagree: nothing is signed", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    lit.nodes[1]!.inject({ kind: "wrongValue", transform: (value, where) => (where.op === "fetch" ? value.replace(/"blockHash":"0x[0-9a-f]{2}/, '"blockHash":"0x00') : value) });
    try {
      const { response, signatures } = await relay("chain-a", [found]);
      expect(response.ok).toBe(false);
      if (!response.ok) expect(response.error).toMatch(/nodes disagree on what to sign/);
      expect(signatures).toEqual({});
    } finally {
      lit.nodes[1]!.clearFaults();
    }
    const { response } = await relay("chain-a", [found]);
    expect(response.ok).toBe(true);
  });

  it("a node that cannot reach the providers still joins the barrier: the others refuse instead of hanging", async () => {
    const found = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    lit.nodes[2]!.inject({ kind: "fetch", fetch: async () => Promise.reject(new Error("connection refused")) });
    try {
      const { response, signatures } = await relay("chain-a", [found]);
      expect(response.ok).toBe(false);
      expect(signatures).toEqual({});
    } finally {
      lit.nodes[2]!.clearFaults();
    }
  });

  it("Chipotle: one execution signs with the PKP key; the destination accepts it after a signer rotation", async () => {
    const vault = lit.mintImmutablePkpFor(chipotle.cid);
    // B rotates to the Chipotle PKP: propose, wait out the delay, confirm (the old key plays no part).
    await write(b, b.messenger, messengerAbi, "proposeSigner", [vault.ethAddress as Address]);
    await b.chain.provider.request({ method: "evm_increaseTime" as never, params: [3600] as never });
    await mine(b.chain, 1);
    await write(b, b.messenger, messengerAbi, "confirmSigner", []);
    const found = await sendMessage(a, b, { payload: encodeAbiParameters([{ type: "string" }], ["via chipotle"]) as Hex });
    await mine(a.chain, DEPTH);
    const result = await lit.executeChipotle({ code: chipotle.code, jsParams: { ...buildRelayParams("chain-a", [found]), signer: { pkpId: vault.tokenId } } });
    const response = result.response as RelayResponse & { signatures: Record<string, LitSignature> };
    expect(response.ok).toBe(true);
    const receipt = await deliverJob(b, response, response.signatures);
    expect(receipt.status).toBe("success");
    // The Naga PKP is no longer trusted on B.
    const again = await sendMessage(a, b);
    await mine(a.chain, DEPTH);
    const old = await relay("chain-a", [again]);
    await expect(deliverJob(b, old.response, old.signatures)).rejects.toThrow(/WrongSigner/);
  });
});
