/**
 * `crypto.subtle` inside actions: Lit's runtime is Deno, whose WebCrypto is complete. Our own actions
 * for what public ones do with it (HMAC a request, AES-GCM a secret, ECDSA P-256 / Ed25519 keys, ECDH
 * and HKDF/PBKDF2 derivation), checked against Node's WebCrypto outside the sandbox; plus what an
 * attacker tries (forged CryptoKey objects, non-extractable keys, the host realm).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webcrypto } from "node:crypto";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../../lit/local/network.ts";

const TIMEOUT_MS = 60_000;
let net: LocalLitNetwork;

beforeAll(async () => {
  net = await createLocalLitNetwork({ nodes: 1, timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await net?.close();
});

async function run(body: string, jsParams: Record<string, unknown> = {}): Promise<unknown> {
  const code = `(async () => { const out = await (async () => { ${body} })(); Lit.Actions.setResponse({ response: JSON.stringify(out) }); })();`;
  const result = await net.execute({ code, jsParams });
  return JSON.parse(result.response as string);
}
const hex = (buffer: ArrayBuffer | Uint8Array) => Buffer.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)).toString("hex");
const HEX_FN = `const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");`;

describe("crypto.subtle in actions", () => {
  it("HMAC-SHA256: importKey(raw) + sign gives Node's MAC; verify accepts it and refuses a flipped byte", async () => {
    const out = (await run(`${HEX_FN}
      const key = await crypto.subtle.importKey("raw", new TextEncoder().encode("secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
      const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode("GET /api/v3/ticker"));
      const bad = new Uint8Array(mac).slice(); bad[0] ^= 1;
      return { mac: hex(mac), ok: await crypto.subtle.verify("HMAC", key, mac, new TextEncoder().encode("GET /api/v3/ticker")), bad: await crypto.subtle.verify("HMAC", key, bad, new TextEncoder().encode("GET /api/v3/ticker")),
        type: key.type, algorithm: key.algorithm, extractable: key.extractable, usages: key.usages, tag: Object.prototype.toString.call(key), isKey: key instanceof CryptoKey };`)) as Record<string, unknown>;
    const key = await webcrypto.subtle.importKey("raw", new TextEncoder().encode("secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    expect(out.mac).toBe(hex(await webcrypto.subtle.sign("HMAC", key, new TextEncoder().encode("GET /api/v3/ticker"))));
    expect(out).toMatchObject({ ok: true, bad: false, type: "secret", algorithm: { name: "HMAC", hash: { name: "SHA-256" }, length: 48 }, extractable: false, usages: ["sign", "verify"], tag: "[object CryptoKey]", isKey: true });
  });

  it("AES-GCM: encrypt in the action, decrypt outside (and back); a wrong tag is OperationError", async () => {
    const raw = webcrypto.getRandomValues(new Uint8Array(32));
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const out = (await run(`${HEX_FN}
      const raw = Uint8Array.from(jsParams.raw); const iv = Uint8Array.from(jsParams.iv);
      const key = await crypto.subtle.importKey("raw", raw, "AES-GCM", true, ["encrypt", "decrypt"]);
      const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode("aad") }, key, new TextEncoder().encode("premium key"));
      const opened = new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode("aad") }, key, sealed));
      const broken = new Uint8Array(sealed).slice(); broken[broken.length - 1] ^= 1;
      let error;
      try { await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode("aad") }, key, broken); } catch (e) { error = { name: e.name, isDom: e instanceof DOMException }; }
      return { sealed: hex(sealed), opened, error, exported: hex(await crypto.subtle.exportKey("raw", key)) };`, { raw: [...raw], iv: [...iv] })) as Record<string, unknown>;
    const key = await webcrypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
    const plain = await webcrypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode("aad") }, key, Buffer.from(String(out.sealed), "hex"));
    expect(new TextDecoder().decode(plain)).toBe("premium key");
    expect(out).toMatchObject({ opened: "premium key", error: { name: "OperationError", isDom: true }, exported: hex(raw) });
  });

  it("ECDSA P-256 and Ed25519: generateKey, sign in the action, verify outside with the exported public key", async () => {
    const out = (await run(`${HEX_FN}
      const msg = new TextEncoder().encode("attest");
      const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
      const ecSig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ec.privateKey, msg);
      const ed = await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"]);
      const edSig = await crypto.subtle.sign("Ed25519", ed.privateKey, msg);
      let privateExport;
      try { await crypto.subtle.exportKey("pkcs8", ec.privateKey); } catch (e) { privateExport = e.name; }
      return { ecPub: hex(await crypto.subtle.exportKey("spki", ec.publicKey)), ecSig: hex(ecSig), edPub: hex(await crypto.subtle.exportKey("raw", ed.publicKey)), edSig: hex(edSig),
        jwk: await crypto.subtle.exportKey("jwk", ec.publicKey), privateExport, inAction: await crypto.subtle.verify("Ed25519", ed.publicKey, edSig, msg) };`)) as Record<string, string | boolean | Record<string, string>>;
    const msg = new TextEncoder().encode("attest");
    const ecPub = await webcrypto.subtle.importKey("spki", Buffer.from(String(out.ecPub), "hex"), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    expect(await webcrypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ecPub, Buffer.from(String(out.ecSig), "hex"), msg)).toBe(true);
    const edPub = await webcrypto.subtle.importKey("raw", Buffer.from(String(out.edPub), "hex"), "Ed25519", false, ["verify"]);
    expect(await webcrypto.subtle.verify("Ed25519", edPub, Buffer.from(String(out.edSig), "hex"), msg)).toBe(true);
    expect(out.jwk).toMatchObject({ kty: "EC", crv: "P-256" });
    expect(out.privateExport).toBe("InvalidAccessError");
    expect(out.inAction).toBe(true);
  });

  it("deriveBits / deriveKey: ECDH P-256, HKDF and PBKDF2 agree with Node's", async () => {
    const salt = new Uint8Array(16).fill(5);
    const out = (await run(`${HEX_FN}
      const a = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const b = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const ab = await crypto.subtle.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 256);
      const ba = await crypto.subtle.deriveBits({ name: "ECDH", public: a.publicKey }, b.privateKey, 256);
      const ikm = await crypto.subtle.importKey("raw", new TextEncoder().encode("ikm"), "HKDF", false, ["deriveBits"]);
      const hkdf = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: Uint8Array.from(jsParams.salt), info: new TextEncoder().encode("lit") }, ikm, 256);
      const pw = await crypto.subtle.importKey("raw", new TextEncoder().encode("pw"), "PBKDF2", false, ["deriveKey"]);
      const aes = await crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: Uint8Array.from(jsParams.salt), iterations: 1000 }, pw, { name: "AES-GCM", length: 256 }, true, ["encrypt"]);
      return { same: hex(ab) === hex(ba), hkdf: hex(hkdf), pbkdf2: hex(await crypto.subtle.exportKey("raw", aes)), aesAlg: aes.algorithm };`, { salt: [...salt] })) as Record<string, unknown>;
    const ikm = await webcrypto.subtle.importKey("raw", new TextEncoder().encode("ikm"), "HKDF", false, ["deriveBits"]);
    const pw = await webcrypto.subtle.importKey("raw", new TextEncoder().encode("pw"), "PBKDF2", false, ["deriveBits"]);
    expect(out.same).toBe(true);
    expect(out.hkdf).toBe(hex(await webcrypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info: new TextEncoder().encode("lit") }, ikm, 256)));
    expect(out.pbkdf2).toBe(hex(await webcrypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 1000 }, pw, 256)));
    expect(out.aesAlg).toEqual({ name: "AES-GCM", length: 256 });
  });

  it("hostile: a forged CryptoKey, new CryptoKey(), usages the key lacks, and the key's getters reach nothing of the host", async () => {
    const out = (await run(`
      const key = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]);
      const forged = Object.create(CryptoKey.prototype);
      const attempt = async (fn) => { try { await fn(); return "ok"; } catch (e) { return e.name + ": " + e.message; } };
      const getter = Object.getOwnPropertyDescriptor(CryptoKey.prototype, "algorithm").get;
      return {
        forged: await attempt(() => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, forged, new Uint8Array(1))),
        plainObject: await attempt(() => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, { type: "secret" }, new Uint8Array(1))),
        construct: await attempt(() => new CryptoKey()),
        usage: await attempt(() => crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, key, new Uint8Array(32))),
        exportNonExtractable: await attempt(() => crypto.subtle.exportKey("raw", key)),
        hostFunction: getter.constructor === Function && key.algorithm.constructor === Object && crypto.subtle.encrypt.constructor === (async () => {}).constructor,
        frozen: Object.isFrozen(key.algorithm) && Object.isFrozen(key.usages),
      };`)) as Record<string, unknown>;
    expect(out.forged).toMatch(/^TypeError: .*not of type 'CryptoKey'/);
    expect(out.plainObject).toMatch(/^TypeError: .*not of type 'CryptoKey'/);
    expect(out.construct).toMatch(/^TypeError: Illegal constructor/);
    expect(out.usage).toMatch(/^InvalidAccessError/);
    expect(out.exportNonExtractable).toMatch(/^InvalidAccessError/);
    expect(out.hostFunction).toBe(true);
    expect(out.frozen).toBe(true);
  });
});
