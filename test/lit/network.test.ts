import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashMessage, keccak256, recoverAddress, recoverPublicKey, toBytes, toHex, type Hex } from "viem";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { cidOf } from "../../lit/cid.ts";
import { LitActionError, LitNetworkError, NoValidSharesError } from "../../lit/errors.ts";
import { onlyActionCondition } from "../../lit/local/acc.ts";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../lit/local/network.ts";
import { isRetryable } from "../../common/errors.ts";
import { LIT_HANG_GUARD_MS } from "../wait.ts";

/**
 * Per-request timeout for a request that MUST time out (a node never arrives at a barrier, a run that
 * never ends), ms. Nothing in such a request has to finish within it, so it can be short.
 */
const MUST_TIME_OUT_MS = 1_000;
/**
 * Per-request timeout where one node must finish within it while the others time out (the barrier a
 * leader skips), ms: the finishing node does a single host call (~10 ms idle); 15 s holds with eight
 * CPU-burning processes on two cores.
 */
const MIXED_TIMEOUT_MS = 15_000;

let net: LocalLitNetwork;
beforeAll(async () => {
  net = await createLocalLitNetwork({ timeoutMs: LIT_HANG_GUARD_MS, rpcUrls: { localA: "http://127.0.0.1:1/rpc" } });
});
afterAll(() => net.close());

/** A PKP that permits exactly this code. */
function pkpFor(code: string) {
  const pkp = net.mintPkp();
  net.permitAction(pkp.publicKey, cidOf(code));
  return pkp;
}

async function failure(promise: Promise<unknown>): Promise<Error & { nodeErrors?: string[] }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { nodeErrors?: string[] };
  }
  throw new Error("expected a failure");
}

describe("node set and sandbox", () => {
  it("executes on max(3, floor(2n/3)) nodes in v8 and exposes the runtime globals", async () => {
    expect(net.threshold).toBe(3);
    const code = `(async () => {
      const checks = {
        litFrozen: Object.isFrozen(Lit),
        same: Lit.Actions === LitActions && Lit.Auth === LitAuth && Lit.Headers === LitHeaders,
        ethers: ethers.version,
        jsParams: jsParams.magic,
        noGlobalMagic: typeof magic,
        stack: Lit.Auth.actionIpfsIdStack,
        header: Lit.Headers.get("content-type"),
        global: global === globalThis,
        web: [typeof fetch, typeof TextEncoder, typeof crypto.getRandomValues, typeof URL, typeof setTimeout, typeof jwt.sign].join(","),
        noProcess: typeof process + "," + typeof require,
      };
      Lit.Actions.setResponse({ response: JSON.stringify(checks) });
    })();`;
    const result = await net.execute({ code, jsParams: { magic: 42 } });
    expect(result.success).toBe(true);
    expect(typeof result.response).toBe("string"); // no signatures: the raw string, as the v8 client returns it
    expect(JSON.parse(result.response as string)).toEqual({
      litFrozen: true,
      same: true,
      ethers: "ethers/5.7.2",
      jsParams: 42,
      noGlobalMagic: "undefined",
      stack: [cidOf(code)],
      header: "application/json",
      global: true,
      web: "function,function,function,function,function,function",
      noProcess: "undefined,undefined",
    });
  });

  it("has no eval and no new Function (code generation from strings is disallowed)", async () => {
    for (const snippet of ["eval('1+1')", "new Function('return 1')()", "setTimeout('1', 0)"]) {
      const error = await failure(net.execute({ code: `(async () => { ${snippet}; })();` }));
      expect(error).toBeInstanceOf(LitActionError);
      expect(error.message).toMatch(/Code generation from strings disallowed|code strings are not allowed/);
    }
  });

  it("makes Lit, LitActions, LitAuth and LitHeaders read-only even in sloppy mode", async () => {
    const tries = ["Lit = 1", "Lit.Actions = {}", "LitActions.signEcdsa = null", "Lit.Auth.actionIpfsIdStack.push('x')", "delete Lit.Actions", "LitAuth.authSigAddress = '0x'"];
    for (const attempt of tries) {
      const error = await failure(net.execute({ code: attempt }));
      expect(error.message, attempt).toMatch(/TypeError: Cannot (assign|delete|redefine|add)/);
    }
  });

  it("rejects a Lit key in jsParams with the injection error", async () => {
    const error = await failure(net.execute({ code: "1", jsParams: { Lit: 1 } }));
    expect(error).toBeInstanceOf(LitActionError);
    expect(error.message).toMatch(/^Error injecting params as globals/);
  });

  it("reports synchronous throws and rejections like the nodes do", async () => {
    expect((await failure(net.execute({ code: "throw new Error('sync boom')" }))).message).toMatch(/Uncaught Error: sync boom/);
    expect((await failure(net.execute({ code: "(async () => { throw new RangeError('late boom') })()" }))).message).toMatch(/Uncaught \(in promise\) RangeError: late boom/);
    expect((await failure(net.execute({ code: "this is not javascript" }))).message).toMatch(/SyntaxError/);
  });

  it("keeps the last setResponse, stores \"\" for a non-string (as Lit does), and caps response and logs at 100 KB", async () => {
    const last = await net.execute({ code: "Lit.Actions.setResponse({response: 'a'}); Lit.Actions.setResponse({response: 'b'}); console.log('x', {y: 1})" });
    expect(last.response).toBe("b");
    expect(last.logs).toBe("x { y: 1 }\n");
    expect((await net.execute({ code: "Lit.Actions.setResponse({response: 'x'}); Lit.Actions.setResponse({response: {a: 1}})" })).response).toBe("");
    expect((await failure(net.execute({ code: "Lit.Actions.setResponse({response: 'x'.repeat(102401)})" }))).message).toMatch(/Response is too long. Max length is 102400 bytes/);
    expect((await failure(net.execute({ code: "for (let i = 0; i < 200; i++) console.log('y'.repeat(1000))" }))).message).toMatch(/Max length for all logs in a single request is 102400 bytes/);
  });

  it("limits fetches to 50 per execution with Lit's message", async () => {
    let calls = 0;
    const local = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, fetch: async () => (calls++, new Response("{}")) });
    const ok = await local.execute({ code: "(async () => { for (let i = 0; i < 50; i++) await fetch('http://x/'+i); Lit.Actions.setResponse({response: 'done'}) })()" });
    expect(ok.response).toBe("done");
    expect(calls).toBe(150); // each of the 3 nodes fetches on its own
    const error = await failure(local.execute({ code: "(async () => { for (let i = 0; i < 51; i++) await fetch('http://x/'+i) })()" }));
    expect(error.message).toMatch(/You may not send more than 50 HTTP requests per session/);
  });

  it("terminates a run past the timeout with Lit's message, including a busy synchronous loop", async () => {
    const slow = await failure(net.execute({ code: "(async () => { await new Promise(r => setTimeout(r, 600000)); })()" }, { timeoutMs: MUST_TIME_OUT_MS }));
    expect(slow.message).toContain(`Your function exceeded the maximum runtime of ${MUST_TIME_OUT_MS}ms and was terminated.`);
    expect(slow).toBeInstanceOf(LitNetworkError);
    expect(isRetryable(slow)).toBe(true);
    const quick = await createLocalLitNetwork({ nodes: 3, timeoutMs: 200 });
    const busy = await failure(quick.execute({ code: "while (true) {}" }));
    expect(busy.message).toContain("exceeded the maximum runtime");
    await quick.close();
  });

  it("waits for pending work after the script returns (Deno event-loop semantics)", async () => {
    const result = await net.execute({ code: "setTimeout(() => Lit.Actions.setResponse({response: 'later'}), 20);" });
    expect(result.response).toBe("later");
  });

  it("an un-awaited async chain of operations runs to its end (the loop is idle only between macrotasks)", async () => {
    const code = `(async () => {
      const a = await Lit.Actions.broadcastAndCollect({ name: "a", value: "1" });
      const b = await Lit.Actions.broadcastAndCollect({ name: "b", value: "2" });
      await Promise.resolve();
      const c = await Lit.Actions.broadcastAndCollect({ name: "c", value: "3" });
      Lit.Actions.setResponse({ response: [a[0], b[0], c[0]].join(",") });
    })();
    "the script's own value is not the promise";`;
    const result = await net.execute({ code });
    expect(result.response).toBe("1,2,3");
  });

  it("getRpcUrl answers configured chains and returns (not throws) the error string otherwise", async () => {
    const result = await net.execute({
      code: "(async () => { Lit.Actions.setResponse({response: JSON.stringify([await Lit.Actions.getRpcUrl({chain: 'localA'}), await Lit.Actions.getRpcUrl({chain: 'nope'})])}) })()",
    });
    const [known, unknown] = JSON.parse(result.response as string) as string[];
    expect(known).toBe("http://127.0.0.1:1/rpc");
    expect(unknown).toMatch(/^Error getting RPC URL: /);
  });
});

describe("barriers", () => {
  it("broadcastAndCollect returns the others' values first and the node's own last", async () => {
    const code = `(async () => {
      const mine = String(Lit.Auth.actionIpfsIdStack.length * 0 + (await Lit.Actions.runOnce({waitForResponse: false, name: "id"}, async () => "leader") === "leader" ? 1 : 0));
      const collected = await Lit.Actions.broadcastAndCollect({ name: "x", value: mine + ":" + Math.random() });
      Lit.Actions.setResponse({ response: JSON.stringify({ own: collected[collected.length - 1], collected }) });
    })();`;
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    const result = await local.execute({ code }, { responseStrategy: "mostCommon" });
    const { own, collected } = JSON.parse(result.response as string) as { own: string; collected: string[] };
    expect(collected).toHaveLength(3);
    expect(new Set(collected).size).toBe(3);
    expect(collected.at(-1)).toBe(own);
    expect(collected.filter((value) => value.startsWith("1:"))).toHaveLength(1); // exactly one runOnce leader
  });

  it("runOnce runs on one leader and shares String(result), or [ERROR]", async () => {
    let calls = 0;
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS, fetch: async () => (calls++, new Response("7")) });
    const code = `(async () => {
      const shared = await Lit.Actions.runOnce({ waitForResponse: true, name: "tx" }, async () => (await fetch("http://sim/price")).text().then(Number));
      const failed = await Lit.Actions.runOnce({ waitForResponse: true, name: "bad" }, async () => { throw new Error("x"); });
      Lit.Actions.setResponse({ response: JSON.stringify({ shared, type: typeof shared, failed }) });
    })();`;
    const result = await local.execute({ code });
    expect(JSON.parse(result.response as string)).toEqual({ shared: "7", type: "string", failed: "[ERROR]" });
    expect(calls).toBe(1);
  });

  it("a node that skips a barrier makes the others time out", async () => {
    const code = `(async () => {
      const leader = (await Lit.Actions.runOnce({ waitForResponse: false }, async () => "me")) === "me";
      if (!leader) await Lit.Actions.broadcastAndCollect({ name: "only-some", value: "1" });
      Lit.Actions.setResponse({ response: "done" });
    })();`;
    const error = await failure(net.execute({ code }, { timeoutMs: MIXED_TIMEOUT_MS }));
    expect(error).toBeInstanceOf(LitNetworkError);
    expect(error.nodeErrors?.filter((line) => line.includes("exceeded the maximum runtime"))).toHaveLength(2);
  });
});

describe("signing", () => {
  const signCode = `(async () => {
    const toSign = ethers.utils.arrayify(jsParams.digest);
    await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "report" });
    Lit.Actions.setResponse({ response: JSON.stringify({ ok: true }) });
  })();`;

  it("combines shares into a v8 signature: low-s, correct recovery id, PKP address", async () => {
    const pkp = pkpFor(signCode);
    for (let i = 0; i < 4; i++) {
      const digest = keccak256(toBytes(`round ${i}`));
      const result = await net.execute({ code: signCode, jsParams: { digest, publicKey: pkp.publicKey } });
      expect(result.response).toEqual({ ok: true }); // parsed because there are signatures
      const sig = result.signatures.report!;
      expect(sig.sigType).toBe("EcdsaK256Sha256");
      expect(sig.signedData).toBe(digest);
      expect(sig.publicKey).toBe(pkp.publicKey);
      expect(sig.signature).toMatch(/^0x[0-9a-f]{128}$/);
      const s = BigInt(`0x${sig.signature.slice(66)}`);
      expect(s <= secp256k1.Point.CURVE().n / 2n).toBe(true);
      const full = `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex;
      expect(await recoverAddress({ hash: digest, signature: full })).toBe(pkp.ethAddress);
      expect(await recoverPublicKey({ hash: digest, signature: full })).toBe(pkp.publicKey);
    }
  });

  it("fails with NoValidShares when nodes sign different digests", async () => {
    const code = `(async () => {
      const toSign = ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(String(Math.random()))));
      await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "report" });
    })();`;
    const pkp = pkpFor(code);
    const error = await failure(net.execute({ code, jsParams: { publicKey: pkp.publicKey } }));
    expect(error).toBeInstanceOf(NoValidSharesError);
    expect(error.message).toMatch(/^No valid lit action shares to combine/);
    expect(isRetryable(error)).toBe(true);
  });

  it("requires a 32-byte message, a permitted action, and at most 10 sign operations", async () => {
    const short = `(async () => { await Lit.Actions.signEcdsa({ toSign: [1, 2, 3], publicKey: jsParams.publicKey, sigName: "s" }); })();`;
    expect((await failure(net.execute({ code: short, jsParams: { publicKey: pkpFor(short).publicKey } }))).message).toMatch(/Message length to be signed is not 32 bytes/);

    const other = net.mintPkp(); // permits nothing
    const unpermitted = await failure(net.execute({ code: signCode, jsParams: { digest: keccak256("0x01"), publicKey: other.publicKey } }));
    expect(unpermitted).toBeInstanceOf(LitActionError);
    expect(unpermitted.message).toMatch(/not permitted to sign with PKP/);

    const many = `(async () => { for (let i = 0; i < 11; i++) await Lit.Actions.signEcdsa({ toSign: new Uint8Array(32).fill(i), publicKey: jsParams.publicKey, sigName: "s" + i }); })();`;
    expect((await failure(net.execute({ code: many, jsParams: { publicKey: pkpFor(many).publicKey } }))).message).toMatch(/may not sign more than 10 times/);
  });

  it("lets the PKP owner sign from any code until the PKP is burned, after which it is immutable", async () => {
    const owner = "0x1111111111111111111111111111111111111111";
    const pkp = net.mintPkp({ owner });
    const params = { digest: keccak256("0x02"), publicKey: pkp.publicKey };
    const asOwner = await net.execute({ code: signCode, jsParams: params }, { authSigAddress: owner });
    expect(asOwner.signatures.report).toBeDefined();
    net.permitAction(pkp.publicKey, cidOf(signCode), { caller: owner });
    expect(() => net.permitAction(pkp.publicKey, cidOf("other"))).toThrow(/Only the PKP owner/);
    net.burnPkp(pkp.publicKey, { caller: owner });
    expect(() => net.permitAction(pkp.publicKey, cidOf("other"), { caller: owner })).toThrow(/burned: its permissions are immutable/);
    // The permitted CID still signs; other code run by the former owner no longer does.
    expect((await net.execute({ code: signCode, jsParams: params })).signatures.report).toBeDefined();
    const otherCode = `${signCode}\n// other`;
    const error = await failure(net.execute({ code: otherCode, jsParams: params }, { authSigAddress: owner }));
    expect(error.message).toMatch(/not permitted to sign/);
  });

  it("signAndCombineEcdsa returns Naga's {r, s, v} JSON and triggers the client's r,s,v extraction", async () => {
    const code = `(async () => {
      const sig = await Lit.Actions.signAndCombineEcdsa({ toSign: ethers.utils.arrayify(jsParams.digest), publicKey: jsParams.publicKey, sigName: "c" });
      Lit.Actions.setResponse({ response: sig });
    })();`;
    const pkp = pkpFor(code);
    const digest = keccak256(toBytes("combine"));
    // The client moves an {r,s,v} response into signatures.response_signature; signatures exist only then.
    const result = await net.execute({ code, jsParams: { digest, publicKey: pkp.publicKey } });
    expect(result.response).toBe(result.response); // raw string: no share signatures, so not parsed
    const { r, s, v } = JSON.parse(result.response as string) as { r: string; s: string; v: number };
    expect(r).toMatch(/^[0-9a-f]{64}$/);
    expect(s).toMatch(/^[0-9a-f]{64}$/);
    expect(await recoverAddress({ hash: digest, signature: `0x${r}${s}${(27 + v).toString(16)}` })).toBe(pkp.ethAddress);

    const mixed = `(async () => {
      const toSign = ethers.utils.arrayify(jsParams.digest);
      const c = JSON.parse(await Lit.Actions.signAndCombineEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "c" }));
      await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "share" });
      Lit.Actions.setResponse({ response: JSON.stringify({ price: 5, sig: c }) });
    })();`;
    const pkp2 = pkpFor(mixed);
    const quirk = await net.execute({ code: mixed, jsParams: { digest, publicKey: pkp2.publicKey } });
    expect(quirk.response).toEqual({ price: 5 });
    const extracted = (quirk.signatures as Record<string, unknown>).response_signature as { signature: string; recovery: number };
    expect(extracted.signature).toMatch(/^0x[0-9a-f]{130}$/);
    expect(quirk.signatures.share).toBeDefined();
  });

  it("ethPersonalSignMessageEcdsa signs the EIP-191 hash", async () => {
    const code = `(async () => { await Lit.Actions.ethPersonalSignMessageEcdsa({ message: "gm", publicKey: jsParams.publicKey, sigName: "p" }); })();`;
    const pkp = pkpFor(code);
    const result = await net.execute({ code, jsParams: { publicKey: pkp.publicKey } });
    expect(result.signatures.p!.signedData).toBe(hashMessage("gm"));
  });
});

describe("the documented median pattern and its pitfalls", () => {
  const sources = { a: "9", b: "10", c: "11", d: "1000" };
  const fetchPrices = async (input: string | URL | Request) => {
    const url = String(input);
    const key = url.slice(url.lastIndexOf("/") + 1) as keyof typeof sources;
    return new Response(JSON.stringify({ price: sources[key] }));
  };
  const medianAction = (sortExpr: string) => `(async () => {
    const node = (await Lit.Actions.broadcastAndCollect({ name: "who", value: String(Math.random()) })).length;
    const priceStr = (await (await fetch(jsParams.urls[jsParams.pick]).then(r => r.json()))).price;
    const all = await Lit.Actions.broadcastAndCollect({ name: "price", value: priceStr });
    const sorted = ${sortExpr};
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? Number(sorted[mid]) : (Number(sorted[mid - 1]) + Number(sorted[mid])) / 2;
    const toSign = ethers.utils.arrayify(ethers.utils.hashMessage(String(median)));
    await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "median" });
    Lit.Actions.setResponse({ response: JSON.stringify({ medianPrice: median, node }) });
  })();`;

  it("numeric sort: every node signs the same median even when each sees a different source", async () => {
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    const code = medianAction("[...all].sort((a, b) => a - b)");
    const pkp = local.mintPkp();
    local.permitAction(pkp.publicKey, cidOf(code));
    // Each executing node reads a different exchange (node-local fetch), as nodes do in the real network.
    ["a", "b", "c"].forEach((source, i) => local.nodes[i]!.inject({ kind: "fetch", fetch: (input) => fetchPrices(String(input).replace(/[^/]+$/, source)) }));
    const result = await local.execute({ code, jsParams: { urls: { x: "http://sim/x" }, pick: "x", publicKey: pkp.publicKey } });
    expect((result.response as { medianPrice: number }).medianPrice).toBe(10);
    expect(result.signatures.median!.signedData).toBe(hashMessage("10"));
  });

  it("pitfall: the docs' lexicographic .sort() picks the wrong median", async () => {
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    const code = medianAction("[...all].sort()");
    const pkp = local.mintPkp();
    local.permitAction(pkp.publicKey, cidOf(code));
    ["a", "b", "d"].forEach((source, i) => local.nodes[i]!.inject({ kind: "fetch", fetch: (input) => fetchPrices(String(input).replace(/[^/]+$/, source)) }));
    const result = await local.execute({ code, jsParams: { urls: { x: "http://sim/x" }, pick: "x", publicKey: pkp.publicKey } });
    // ["10", "1000", "9"] sorted as strings: the "median" is 1000, not 10.
    expect((result.response as { medianPrice: number }).medianPrice).toBe(1000);
  });

  it("pitfall: a node-local value in the digest (timestamp, random) means no valid shares", async () => {
    const code = medianAction("[...all].sort((a, b) => a - b)").replace("String(median)", "String(median) + Date.now() + Math.random()");
    const pkp = pkpFor(code);
    const local = net;
    local.nodes.forEach((node) => node.inject({ kind: "fetch", fetch: (input) => fetchPrices(String(input).replace(/[^/]+$/, "b")) }));
    try {
      const error = await failure(local.execute({ code, jsParams: { urls: { x: "http://sim/x" }, pick: "x", publicKey: pkp.publicKey } }));
      expect(error).toBeInstanceOf(NoValidSharesError);
    } finally {
      local.nodes.forEach((node) => node.clearFaults());
    }
  });
});

describe("fault injection", () => {
  const echo = `(async () => {
    const all = await Lit.Actions.broadcastAndCollect({ name: "v", value: "100" });
    Lit.Actions.setResponse({ response: JSON.stringify(all) });
  })();`;

  it("offline: the handshake leaves the node out; too few reachable nodes fails before executing (retryable)", async () => {
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    try {
      local.nodes[1]!.inject({ kind: "offline" });
      const tagged = `(async () => {
        const all = await Lit.Actions.broadcastAndCollect({ name: "v", value: "100" });
        Lit.Actions.setResponse({ response: JSON.stringify(all) });
      })();`;
      expect(JSON.parse((await local.execute({ code: tagged })).response as string)).toEqual(["100", "100", "100"]);
      local.nodes[2]!.inject({ kind: "offline" });
      local.nodes[3]!.inject({ kind: "offline" });
      const error = await failure(local.execute({ code: echo }));
      expect(error).toBeInstanceOf(LitNetworkError);
      expect(isRetryable(error)).toBe(true);
      expect(error.message).toMatch(/Could not handshake with nodes after timeout: 2 of 5 nodes answered, 3 required/);
    } finally {
      await local.close();
    }
  });

  it("crash: a node of the request's set never answers, the others time out at the barrier, the request fails (retryable)", async () => {
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    try {
      local.nodes[1]!.inject({ kind: "crash" });
      const error = await failure(local.execute({ code: echo }, { timeoutMs: MUST_TIME_OUT_MS }));
      expect(error).toBeInstanceOf(LitNetworkError);
      expect(error.nodeErrors).toContain("node 1: no response (offline)");
      local.nodes[1]!.clearFaults();
      expect(JSON.parse((await local.execute({ code: echo })).response as string)).toEqual(["100", "100", "100"]);
    } finally {
      await local.close();
    }
  });

  it("slow: a late node within the timeout only delays the round; past it, the round times out", async () => {
    const local = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS });
    local.nodes[2]!.inject({ kind: "slow", delayMs: 200 });
    expect(JSON.parse((await local.execute({ code: echo })).response as string)).toEqual(["100", "100", "100"]);
    local.nodes[2]!.clearFaults();
    // The workers are warm now, so the punctual nodes' timers start at once and expire (1 s) before the
    // late node's delay (3 s) does: timers fire in expiry order, so this holds at any speed.
    local.nodes[2]!.inject({ kind: "slow", delayMs: 3 * MUST_TIME_OUT_MS });
    const error = await failure(local.execute({ code: echo }, { timeoutMs: MUST_TIME_OUT_MS }));
    expect(error.message).toMatch(new RegExp(`exceeded the maximum runtime of ${MUST_TIME_OUT_MS}ms`));
  });

  it("wrongValue: a lying node shows up in broadcasts, and the leastCommon response is the odd one", async () => {
    const local = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS });
    local.nodes[0]!.inject({ kind: "wrongValue" });
    const code = `(async () => {
      const all = await Lit.Actions.broadcastAndCollect({ name: "v", value: "100" });
      Lit.Actions.setResponse({ response: all[all.length - 1] });
    })();`;
    const least = await local.execute({ code });
    expect(least.response).toBe("200"); // v8 default responseStrategy leastCommon: the rarest response
    const most = await local.execute({ code }, { responseStrategy: "mostCommon" });
    expect(most.response).toBe("100");
  });
});

describe("encryption with access control conditions", () => {
  const decryptCode = `(async () => {
    const plain = await Lit.Actions.decryptAndCombine({ accessControlConditions: jsParams.acc, ciphertext: jsParams.ciphertext, dataToEncryptHash: jsParams.hash, authSig: null, chain: "ethereum" });
    Lit.Actions.setResponse({ response: plain });
  })();`;

  it("decrypts only inside the action named by :currentActionIpfsId", async () => {
    const acc = onlyActionCondition(cidOf(decryptCode));
    const { ciphertext, dataToEncryptHash } = net.encrypt({ accessControlConditions: acc, dataToEncrypt: "premium-api-key" });
    const result = await net.execute({ code: decryptCode, jsParams: { acc, ciphertext, hash: dataToEncryptHash } });
    expect(result.response).toBe("premium-api-key");
    const error = await failure(net.execute({ code: `${decryptCode}//x`, jsParams: { acc, ciphertext, hash: dataToEncryptHash } }));
    expect(error.message).toMatch(/Access control conditions check failed/);
  });

  it("binds the ciphertext to the conditions and hash, and rejects unsupported conditions clearly", async () => {
    const acc = onlyActionCondition(cidOf(decryptCode));
    const { ciphertext } = net.encrypt({ accessControlConditions: acc, dataToEncrypt: "k" });
    const wrongHash = await failure(net.execute({ code: decryptCode, jsParams: { acc, ciphertext, hash: "00".repeat(32) } }));
    expect(wrongHash.message).toMatch(/Decryption failed/);
    const balance = [{ ...acc[0], conditionType: "solRpc" }];
    const unsupported = await failure(net.execute({ code: decryptCode, jsParams: { acc: balance, ciphertext, hash: "00" } }));
    expect(unsupported.message).toMatch(/Unsupported access control condition/);
  });

  it("encrypts inside an action and decryptToSingleNode answers only on the leader", async () => {
    const code = `(async () => {
      const acc = [{ conditionType: "evmBasic", contractAddress: "", standardContractType: "", chain: "ethereum", method: "", parameters: [":currentActionIpfsId"], returnValueTest: { comparator: "=", value: Lit.Auth.actionIpfsIdStack[0] } }];
      const { ciphertext, dataToEncryptHash } = await Lit.Actions.encrypt({ accessControlConditions: acc, to_encrypt: new TextEncoder().encode("s3cret") });
      const one = await Lit.Actions.decryptToSingleNode({ accessControlConditions: acc, ciphertext, dataToEncryptHash, authSig: null, chain: "ethereum" });
      const all = await Lit.Actions.broadcastAndCollect({ name: "got", value: one });
      Lit.Actions.setResponse({ response: JSON.stringify(all.filter(Boolean)) });
    })();`;
    const result = await net.execute({ code }, { responseStrategy: "mostCommon" });
    expect(JSON.parse(result.response as string)).toEqual(["s3cret"]);
  });
});

describe("persistence, v7 mode and nested calls", () => {
  it("keeps the network keys and PKPs across restarts of the same state dir", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lit-state-"));
    try {
      const code = `(async () => { await Lit.Actions.signEcdsa({ toSign: new Uint8Array(32).fill(1), publicKey: jsParams.publicKey, sigName: "s" }); })();`;
      const first = await createLocalLitNetwork({ stateDir: dir, nodes: 3 });
      const pkp = first.mintPkp();
      first.permitAction(pkp.publicKey, cidOf(code));
      const acc = onlyActionCondition(cidOf(code));
      const sealed = first.encrypt({ accessControlConditions: acc, dataToEncrypt: "x" });
      const actionAddress = first.actionWalletAddress(cidOf(code));
      await first.close();

      const second = await createLocalLitNetwork({ stateDir: dir, nodes: 3 });
      expect(second.getPkp(pkp.publicKey)).toEqual(pkp);
      expect(second.isPermittedAction(pkp.publicKey, cidOf(code))).toBe(true);
      expect(second.actionWalletAddress(cidOf(code))).toBe(actionAddress);
      const result = await second.execute({ code, jsParams: { publicKey: pkp.publicKey } });
      expect(await recoverAddress({ hash: toHex(new Uint8Array(32).fill(1)), signature: `${result.signatures.s!.signature}${(27 + result.signatures.s!.recoveryId).toString(16)}` as Hex })).toBe(pkp.ethAddress);
      const decrypt = `(async () => { Lit.Actions.setResponse({ response: await Lit.Actions.decryptAndCombine({ accessControlConditions: jsParams.acc, ciphertext: jsParams.c, dataToEncryptHash: jsParams.h, authSig: null, chain: "ethereum" }) }) })();`;
      const acc2 = onlyActionCondition(cidOf(decrypt));
      const sealed2 = first.encrypt({ accessControlConditions: acc2, dataToEncrypt: "survives restarts" });
      expect((await second.execute({ code: decrypt, jsParams: { acc: acc2, c: sealed2.ciphertext, h: sealed2.dataToEncryptHash } })).response).toBe("survives restarts");
      expect(sealed.ciphertext).not.toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("v7 mode: all nodes execute, params are globals, Auth has actionIpfsIds, signatures in the v7 shape", async () => {
    const local = await createLocalLitNetwork({ nodes: 4, mode: "v7", timeoutMs: LIT_HANG_GUARD_MS });
    expect(local.threshold).toBe(4);
    const code = `(async () => {
      const all = await Lit.Actions.broadcastAndCollect({ name: "n", value: String(magic) });
      await Lit.Actions.signEcdsa({ toSign: new Uint8Array(32).fill(3), publicKey, sigName: "s" });
      const combined = JSON.parse(await Lit.Actions.signAndCombineEcdsa({ toSign: new Uint8Array(32).fill(4), publicKey, sigName: "c" }));
      Lit.Actions.setResponse({ response: JSON.stringify({ n: all.length, ids: Lit.Auth.actionIpfsIds.length, rLength: combined.r.length }) });
    })();`;
    const pkp = local.mintPkp();
    local.permitAction(pkp.publicKey, cidOf(code));
    const result = await local.executeV7({ code, jsParams: { magic: 1, publicKey: pkp.publicKey } });
    expect(result.response).toEqual({ n: 4, ids: 1, rLength: 66 }); // Datil: r is the compressed R point
    const sig = result.signatures.s!;
    expect(sig.publicKey).toBe(pkp.publicKey.slice(2).toUpperCase());
    expect(sig.signature).toMatch(/^0x[0-9a-f]{128}(1b|1c)$/);
    expect(sig.dataSigned).toBe("03".repeat(32).toUpperCase());
  });

  it("jsParams typed arrays: v8 sends them as JSON objects, v7 as number arrays", async () => {
    const code = "Lit.Actions.setResponse({ response: JSON.stringify(typeof jsParams !== 'undefined' ? jsParams.bytes : bytes) })";
    const v8 = await net.execute({ code, jsParams: { bytes: new Uint8Array([1, 2]) } });
    expect(JSON.parse(v8.response as string)).toEqual({ 0: 1, 1: 2 });
    const local = await createLocalLitNetwork({ nodes: 3, mode: "v7", timeoutMs: LIT_HANG_GUARD_MS });
    const v7 = await local.executeV7({ code, jsParams: { bytes: new Uint8Array([1, 2]) } });
    expect(JSON.parse(v7.response as string)).toEqual([1, 2]);
  });

  it("Lit.Actions.call runs a pinned child action with the CID pushed on the stack", async () => {
    // The child's params are its globals, as lit-node's CallChild injects them.
    const child = `Lit.Actions.setResponse({ response: JSON.stringify({ got: typeof x === "undefined" ? null : x, stack: Lit.Auth.actionIpfsIdStack }) });`;
    const childCid = net.pin(child);
    const parent = `(async () => { Lit.Actions.setResponse({ response: await Lit.Actions.call({ ipfsId: jsParams.child, params: { x: 5 } }) }); })();`;
    const result = await net.execute({ code: parent, jsParams: { child: childCid } });
    expect(JSON.parse(result.response as string)).toEqual({ got: 5, stack: [cidOf(parent), childCid] });
    expect((await net.execute({ ipfsId: childCid })).response).toContain('"stack"');
    const missing = await failure(net.execute({ ipfsId: cidOf("never pinned") }));
    expect(missing.message).toMatch(/not pinned/);
  });
});

describe("more of the Lit.Actions surface", () => {
  it("jwt, checkConditions, signAsAction / getActionPublicKey / verifyActionSignature, pubkeyToTokenId, uint8array helpers", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => {
      const token = jwt.sign({ a: 1 }, "secret", { noTimestamp: true });
      const cid = Lit.Auth.actionIpfsIdStack[0];
      const acc = [{ contractAddress: "", standardContractType: "", chain: "ethereum", method: "", parameters: [":currentActionIpfsId"], returnValueTest: { comparator: "=", value: cid } }];
      const toSign = new Uint8Array(32).fill(5);
      const signOutput = await Lit.Actions.signAsAction({ toSign, sigName: "a", signingScheme: "EcdsaK256Sha256" });
      const pub = await Lit.Actions.getActionPublicKey({ signingScheme: "EcdsaK256Sha256", actionIpfsCid: cid });
      const verified = await Lit.Actions.verifyActionSignature({ signingScheme: "EcdsaK256Sha256", actionIpfsCid: cid, toSign, signOutput });
      Lit.Actions.setResponse({ response: JSON.stringify({
        jwt: jwt.verify(token, "secret"),
        ok: await Lit.Actions.checkConditions({ conditions: acc, authSig: null, chain: "ethereum" }),
        pubLength: pub.length,
        verified,
        tokenId: await Lit.Actions.pubkeyToTokenId({ publicKey: jsParams.publicKey }),
        hex: Lit.Actions.uint8arrayToString(Lit.Actions.uint8arrayFromString("hi", "utf8"), "base16"),
      }) });
    })();`;
    const result = await net.execute({ code, jsParams: { publicKey: pkp.publicKey } });
    // getActionPublicKey: the verifying-key string (uncompressed, hex); the signAsAction signature also reaches the client.
    // signAsAction produced a signature, so the client parsed the response.
    expect(result.response).toEqual({ jwt: { a: 1 }, ok: true, pubLength: 130, verified: true, tokenId: pkp.tokenId, hex: "6869" });
    expect(result.signatures.a?.signedData).toBe(`0x${"05".repeat(32)}`);
  });

  it("caps broadcast-type operations at 30 per execution", async () => {
    const code = `(async () => { for (let i = 0; i < 31; i++) await Lit.Actions.broadcastAndCollect({ name: "n" + i, value: "1" }); })();`;
    expect((await failure(net.execute({ code }))).message).toMatch(/more than 30 broadcast operations/);
  });

  it("refuses the schemes @noble/curves has no curve for, and says so (the others: test/lit/compat/schemes.test.ts)", async () => {
    const code = `(async () => { await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrRedJubjubBlake2b512" }); })();`;
    expect((await failure(net.execute({ code, jsParams: { publicKey: net.mintPkp().publicKey } }))).message).toMatch(/Signing scheme SchnorrRedJubjubBlake2b512 is not supported by the local Lit network/);
  });
});

describe("isolation", () => {
  it("each node process caps its heap and the node recovers afterwards", async () => {
    const local = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, memoryLimitMb: 64 });
    expect(local.isolation).toBe("process");
    const hog = "(async () => { const keep = []; for (;;) { keep.push(new Array(1e5).fill(1.5)); if (keep.length % 50 === 0) await null; } })();";
    const error = await failure(local.execute({ code: hog }));
    expect(error.message).toMatch(/ran out of memory \(limit 64 MB\)/);
    expect((await local.execute({ code: "Lit.Actions.setResponse({ response: 'alive' })" })).response).toBe("alive");
    await local.close();
  });

  it("a node process stops a busy loop that starts after an await, and the node keeps serving", async () => {
    const local = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS });
    const error = await failure(local.execute({ code: "(async () => { await null; while (true) {} })();" }, { timeoutMs: 300 }));
    expect(error.message).toContain("exceeded the maximum runtime of 300ms");
    // The killed workers are respawned on the next request.
    expect((await local.execute({ code: "Lit.Actions.setResponse({ response: 'ok' })" })).response).toBe("ok");
    await local.close();
  });

  it("a five-node network runs a barrier, a signature and refuses eval", async () => {
    const local = await createLocalLitNetwork({ nodes: 5, timeoutMs: LIT_HANG_GUARD_MS });
    const code = `(async () => {
      const all = await Lit.Actions.broadcastAndCollect({ name: "p", value: String(jsParams.price) });
      const toSign = ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(all.join(","))));
      await Lit.Actions.signEcdsa({ toSign, publicKey: jsParams.publicKey, sigName: "s" });
      Lit.Actions.setResponse({ response: JSON.stringify({ n: all.length, frozen: Object.isFrozen(Lit) }) });
    })();`;
    const pkp = local.mintPkp();
    local.permitAction(pkp.publicKey, cidOf(code));
    const result = await local.execute({ code, jsParams: { price: 5, publicKey: pkp.publicKey } });
    expect(result.response).toEqual({ n: 3, frozen: true });
    const sig = result.signatures.s!;
    expect(await recoverAddress({ hash: sig.signedData, signature: `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex })).toBe(pkp.ethAddress);
    expect((await failure(local.execute({ code: "eval('1')" }))).message).toMatch(/Code generation from strings disallowed/);
  });
});

describe("request control", () => {
  it("stops a request when its AbortSignal fires", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(net.execute({ code: "(async () => { await new Promise(r => setTimeout(r, 60000)); })()" }, { signal: controller.signal }));
    expect(error.message).toMatch(/The request was aborted/);
  });

  it("finds PKPs by compressed key, token id and address", () => {
    const pkp = net.mintPkp();
    const x = pkp.publicKey.slice(4, 68);
    const yOdd = BigInt(`0x${pkp.publicKey.slice(-1)}`) % 2n === 1n;
    const compressed = `0x${yOdd ? "03" : "02"}${x}`;
    expect(net.getPkp(compressed)).toEqual(pkp);
    expect(net.getPkp(pkp.tokenId)).toEqual(pkp);
    expect(net.getPkp(pkp.ethAddress.toLowerCase())).toEqual(pkp);
    expect(() => net.getPkp("0x1234")).toThrow(/Unknown PKP/);
  });
});
