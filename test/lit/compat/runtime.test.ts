/**
 * Compatibility suite: our own small actions, each exercising one behaviour that public Lit Actions
 * and Lit's runtime tests rely on, with the answer Lit's runtime gives (from lit-peer's
 * `02_litActionsSDK.js` / `action_client.rs` and the measurements in issue 14). What still differs
 * is listed in docs/lit-runtime.md ("Differences from Lit").
 */
import { createServer, type Server } from "node:http";
import { createCipheriv, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { getAddress, hashMessage, keccak256, recoverAddress, type Hex } from "viem";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../../lit/local/network.ts";
import { LIT_HANG_GUARD_MS } from "../../wait.ts";

let net: LocalLitNetwork;
let v7: LocalLitNetwork;
let rpc: Server;
let rpcUrl: string;

beforeAll(async () => {
  // A tiny JSON-RPC: block number, balances (0x1 has 5 wei), and eth_call answering 1.
  rpc = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const calls = JSON.parse(body) as { id: number; method: string; params: unknown[] } | Array<{ id: number; method: string; params: unknown[] }>;
      const answer = (call: { id: number; method: string; params: unknown[] }) => {
        const result =
          call.method === "eth_chainId" ? "0x7a69"
          : call.method === "net_version" ? "31337"
          : call.method === "eth_blockNumber" ? "0x2a"
          : call.method === "eth_getBalance" ? (String(call.params[0]).toLowerCase().endsWith("1") ? "0x5" : "0x0")
          : call.method === "eth_call" ? `0x${"0".repeat(63)}1`
          : call.method === "eth_getTransactionCount" ? "0x3"
          : null;
        return { jsonrpc: "2.0", id: call.id, result };
      };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(Array.isArray(calls) ? calls.map(answer) : answer(calls)));
    });
  });
  await new Promise<void>((resolve) => rpc.listen(0, "127.0.0.1", resolve));
  rpcUrl = `http://127.0.0.1:${(rpc.address() as { port: number }).port}/`;
  net = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, rpcUrls: { local: rpcUrl } });
  v7 = await createLocalLitNetwork({ nodes: 3, mode: "v7", timeoutMs: LIT_HANG_GUARD_MS });
});
afterAll(async () => {
  await net?.close();
  await v7?.close();
  rpc?.close();
});

const respond = (body: string) => `(async () => { const out = await (async () => { ${body} })(); Lit.Actions.setResponse({ response: JSON.stringify(out) }); })();`;
async function run(body: string, jsParams: Record<string, unknown> = {}, on = net): Promise<unknown> {
  const result = await on.execute({ code: respond(body), jsParams });
  return typeof result.response === "string" ? JSON.parse(result.response) : result.response;
}

describe("runtime behaviours public actions rely on", () => {
  it("ethers.providers.JsonRpcProvider reaches an RPC (ethers 5 passes referrer: 'client' to fetch)", async () => {
    const out = await run(`const p = new ethers.providers.JsonRpcProvider(await Lit.Actions.getRpcUrl({ chain: "local" })); return (await p.getBlockNumber());`);
    expect(out).toBe(42);
  });

  it("setResponse with a non-string stores \"\" (the runOnce({waitForResponse:false}) pattern)", async () => {
    const result = await net.execute({ code: `Lit.Actions.setResponse({ response: { a: 1 } });` });
    expect(result.response).toBe("");
  });

  it("access control: the always-true parameters ['1'] condition, eth_getBalance and an ERC20 balanceOf through the RPC", async () => {
    const out = await run(`
      const always = [{ contractAddress: "", standardContractType: "", chain: "local", method: "", parameters: ["1"], returnValueTest: { comparator: "=", value: "1" } }];
      const rich = [{ contractAddress: "", standardContractType: "", chain: "local", method: "eth_getBalance", parameters: ["0x0000000000000000000000000000000000000001", "latest"], returnValueTest: { comparator: ">=", value: "5" } }];
      const poor = [{ contractAddress: "", standardContractType: "", chain: "local", method: "eth_getBalance", parameters: ["0x0000000000000000000000000000000000000002", "latest"], returnValueTest: { comparator: ">", value: "0" } }];
      const token = [{ contractAddress: "0x00000000000000000000000000000000000000aa", standardContractType: "ERC20", chain: "local", method: "balanceOf", parameters: ["0x0000000000000000000000000000000000000002"], returnValueTest: { comparator: ">", value: "0" } }];
      return [
        await Lit.Actions.checkConditions({ conditions: always, chain: "local" }),
        await Lit.Actions.checkConditions({ conditions: rich, chain: "local" }),
        await Lit.Actions.checkConditions({ conditions: poor, chain: "local" }),
        await Lit.Actions.checkConditions({ conditions: token, chain: "local" }),
      ];`);
    expect(out).toEqual([true, true, false, true]);
  });

  it("signAsAction returns its signature to the action and to the client; getActionPublicKey is the verifying-key string", async () => {
    const code = respond(`
      const toSign = new Uint8Array(32).fill(7);
      const out = JSON.parse(await Lit.Actions.signAsAction({ toSign, sigName: "act", signingScheme: "EcdsaK256Sha256" }));
      const key = await Lit.Actions.getActionPublicKey({ signingScheme: "EcdsaK256Sha256", actionIpfsCid: Lit.Auth.actionIpfsIdStack[0] });
      return { sameKey: out.verifying_key === key, keyType: typeof key };`);
    const result = await net.execute({ code });
    expect(result.response).toEqual({ sameKey: true, keyType: "string" });
    const sig = result.signatures.act!;
    const address = await recoverAddress({ hash: `0x${"07".repeat(32)}`, signature: `${sig.signature}${(27 + sig.recoveryId).toString(16)}` as Hex });
    expect(address).toBe(net.actionWalletAddress((await import("../../../lit/cid.ts")).cidOf(code)));
  });

  it("Lit.Actions.call: child params are globals, the child's response comes back, nesting to 5 levels and no further", async () => {
    // A chain of `children` actions below the request's own; the innermost reports its level.
    const chain = (children: number) => {
      let cid = net.pin(`Lit.Actions.setResponse({ response: "leaf:" + level });`);
      for (let i = 1; i < children; i++) {
        cid = net.pin(`(async () => { Lit.Actions.setResponse({ response: await Lit.Actions.call({ ipfsId: ${JSON.stringify(cid)}, params: { level: level + 1 } }) }); })(); // ${children}/${i}`);
      }
      return `(async () => { Lit.Actions.setResponse({ response: await Lit.Actions.call({ ipfsId: ${JSON.stringify(cid)}, params: { level: 1 } }) }); })(); // ${children}`;
    };
    expect((await net.execute({ code: chain(5) })).response).toBe("leaf:5");
    await expect(net.execute({ code: chain(6) })).rejects.toThrow(/The recursion limit of a child action is 5/);
  });

  it("permissions: isPermittedAddress / getPermittedAddresses (owner first), auth methods empty, scopes all false", async () => {
    const owner = "0x00000000000000000000000000000000000000Ab";
    const pkp = net.mintPkp({ owner });
    const out = await run(`
      const tokenId = jsParams.tokenId;
      return {
        addresses: await Lit.Actions.getPermittedAddresses({ tokenId }),
        isOwner: await Lit.Actions.isPermittedAddress({ tokenId, address: jsParams.owner.toLowerCase() }),
        stranger: await Lit.Actions.isPermittedAddress({ tokenId, address: "0x0000000000000000000000000000000000000009" }),
        methods: await Lit.Actions.getPermittedAuthMethods({ tokenId }),
        method: await Lit.Actions.isPermittedAuthMethod({ tokenId, authMethodType: 1, userId: new Uint8Array([1]) }),
        scopes: await Lit.Actions.getPermittedAuthMethodScopes({ tokenId, authMethodType: 1, userId: new Uint8Array([1]), maxScopeId: 3 }),
      };`, { tokenId: pkp.tokenId, owner });
    expect(out).toEqual({ addresses: [getAddress(owner)], isOwner: true, stranger: false, methods: [], method: false, scopes: [false, false, false] });
  });

  it("aesDecrypt: AES-256-CBC with the IV first, plaintext as hex", async () => {
    const key = randomBytes(32);
    const iv = randomBytes(16);
    const cipher = createCipheriv("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([iv, cipher.update("gm lit"), cipher.final()]);
    const out = await run(`return await Lit.Actions.aesDecrypt({ symmetricKey: jsParams.key, ciphertext: jsParams.ct });`, { key: [...key], ct: [...ciphertext] });
    expect(out).toBe(Buffer.from("gm lit").toString("hex"));
  });

  it("ethPersonalSignMessageEcdsa signs a non-string message in its text form", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => { await Lit.Actions.ethPersonalSignMessageEcdsa({ message: new Uint8Array([1, 2, 3]), publicKey: jsParams.publicKey, sigName: "m" }); })();`;
    net.permitAction(pkp.publicKey, (await import("../../../lit/cid.ts")).cidOf(code));
    const result = await net.execute({ code, jsParams: { publicKey: pkp.publicKey } });
    expect(result.signatures.m!.signedData).toBe(hashMessage("1,2,3"));
  });

  it("getRpcUrl knows Lit's chain names without configuration, and returns (not throws) an error string otherwise", async () => {
    const out = await run(`return [await Lit.Actions.getRpcUrl({ chain: "ethereum" }), await Lit.Actions.getRpcUrl({ chain: "local" }), await Lit.Actions.getRpcUrl({ chain: "nope" })];`);
    expect(out).toEqual(["https://ethereum-rpc.publicnode.com", rpcUrl, "Error getting RPC URL: config not found for chain: nope"]);
  });

  it("runOnce: the leader's result.toString(), \"\" for undefined, \"[ERROR]\" on a throw", async () => {
    const out = await run(`return [
      await Lit.Actions.runOnce({ waitForResponse: true, name: "a" }, async () => 7),
      await Lit.Actions.runOnce({ waitForResponse: true, name: "b" }, async () => undefined),
      await Lit.Actions.runOnce({ waitForResponse: true, name: "c" }, async () => { throw new Error("x"); }),
    ];`);
    expect(out).toEqual(["7", "", "[ERROR]"]);
  });

  it("v7 mode has no Naga-only functions", async () => {
    const out = await run(`return ["sign", "signAndCombine", "signAsAction", "getActionPublicKey", "verifyActionSignature", "signEcdsa", "runOnce"].map((n) => typeof Lit.Actions[n]);`, {}, v7);
    expect(out).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "function", "function"]);
  });

  it("Deno exists; stack frames name <user_provided_script>:L:C", async () => {
    const out = await run(`let frame = ""; try { null.x; } catch (e) { frame = e.stack.split("\\n").find((l) => l.includes("user_provided_script")) ?? ""; } return [typeof Deno, /<user_provided_script>:\\d+:\\d+/.test(frame)];`);
    expect(out).toEqual(["object", true]);
  });

  it("console.log formats as Deno does (strings in objects double-quoted)", async () => {
    const result = await net.execute({ code: `console.log("top", { s: "x", n: 1, a: [1, "y"], nested: { deep: true } }, [1, 2], null, undefined, 3n);` });
    expect(result.logs).toBe(`top { s: "x", n: 1, a: [ 1, "y" ], nested: { deep: true } } [ 1, 2 ] null undefined 3n\n`);
  });

  it("Web platform: URL/URLSearchParams, Headers, Response.json, TextEncoder, crypto.subtle.digest, AbortSignal.timeout", async () => {
    const out = await run(`
      const u = new URL("https://api.example.com/v1/p?a=1&b=two");
      u.searchParams.set("c", "x y");
      const h = new Headers({ "X-A": "1" }); h.append("x-a", "2");
      const r = Response.json({ ok: true });
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode("abc")))).slice(0, 4);
      const s = AbortSignal.timeout(1);
      if (!s.aborted) await new Promise((resolve) => s.addEventListener("abort", resolve, { once: true }));
      return [u.href, h.get("x-a"), await r.json(), digest, s.aborted, s.reason.name];`);
    expect(out).toEqual(["https://api.example.com/v1/p?a=1&b=two&c=x+y", "1, 2", { ok: true }, [186, 120, 22, 191], true, "TimeoutError"]);
  });
});


describe("formats read from lit-node's action_client.rs", () => {
  it("pubkeyToTokenId is 0x + keccak256 of the key bytes as given; getLatestNonce is 0x hex", async () => {
    const pkp = net.mintPkp();
    const compressed = `0x${Buffer.from(secp256k1.Point.fromHex(pkp.publicKey.slice(2)).toBytes(true)).toString("hex")}`;
    const out = (await run(`return {
      full: await Lit.Actions.pubkeyToTokenId({ publicKey: jsParams.publicKey }),
      bare: await Lit.Actions.pubkeyToTokenId({ publicKey: jsParams.publicKey.slice(2) }),
      compressed: await Lit.Actions.pubkeyToTokenId({ publicKey: jsParams.compressed }),
      nonce: await Lit.Actions.getLatestNonce({ address: "0x0000000000000000000000000000000000000001", chain: "local" }),
    };`, { publicKey: pkp.publicKey, compressed })) as Record<string, string>;
    expect(out.full).toBe(pkp.tokenId);
    expect(out.bare).toBe(pkp.tokenId);
    expect(out.compressed).toBe(keccak256(compressed as Hex));
    expect(out.nonce).toBe("0x3");
  });
});

describe("claimKey (lit-node ClaimKeyIdentifier)", () => {
  it("each executing node signs keccak256('<cid>_<keyId>') with its own wallet; the client collects them per keyId (v8 and v7)", async () => {
    const { cidOf } = await import("../../../lit/cid.ts");
    const { keccak256, toBytes } = await import("viem");
    const code = `(async () => { await Lit.Actions.claimKey({ keyId: "user-42" }); Lit.Actions.setResponse({ response: "claimed" }); })();`;
    for (const on of [net, v7]) {
      const result = on === net ? await on.execute({ code }) : await on.executeV7({ code });
      const claim = result.claims!["user-42"]!;
      const derived = keccak256(toBytes(`${cidOf(code)}_user-42`));
      expect(`0x${claim.derivedKeyId}`).toBe(derived);
      expect(claim.signatures).toHaveLength(on === net ? net.threshold : 3);
      const signers = await Promise.all(claim.signatures.map((sig) => recoverAddress({ hash: hashMessage({ raw: derived }), signature: `${sig.r}${sig.s.slice(2)}${sig.v.toString(16)}` as Hex })));
      expect(new Set(signers).size).toBe(claim.signatures.length);
    }
    await expect(net.execute({ code: `(async () => { await Lit.Actions.claimKey({ keyId: "" }); })();` })).rejects.toThrow(/keyId cannot be blank/);
    expect((await net.execute({ code: `Lit.Actions.setResponse({ response: "none" })` })).claims).toBeUndefined();
  });
});
