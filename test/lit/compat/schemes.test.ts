/**
 * Lit's signing schemes on the emulator, as lit-node's `sign` / `signAndCombine` / `signAsAction` /
 * `getActionPublicKey` / `verifyActionSignature` take and answer them (action_client.rs,
 * lit-sdk signature.rs), and as the v8 client returns the combined signatures. Every signature is
 * checked with an independent verifier (@noble/curves' own, or the FROST equation) rather than
 * with the code that made it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bls12_381 } from "@noble/curves/bls12-381.js";
import { ed25519, ristretto255 } from "@noble/curves/ed25519.js";
import { ed448 } from "@noble/curves/ed448.js";
import { p256, p384 } from "@noble/curves/nist.js";
import { schnorr, secp256k1 } from "@noble/curves/secp256k1.js";
import { hash_to_field } from "@noble/curves/abstract/hash-to-curve.js";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2.js";
import { concatBytes, hexToBytes } from "@noble/hashes/utils.js";
import * as sr25519 from "@scure/sr25519";
import { createLocalLitNetwork, type LocalLitNetwork } from "../../../lit/local/network.ts";
import { cidOf } from "../../../lit/cid.ts";
import { isEcdsaK256Signature, type LitSchemeSignature } from "../../../lit/types.ts";
import { IMPLEMENTED_SCHEMES, type SigningScheme } from "../../../lit/local/schemes.ts";

const TIMEOUT_MS = 60_000;
let net: LocalLitNetwork;

beforeAll(async () => {
  net = await createLocalLitNetwork({ nodes: 3, timeoutMs: TIMEOUT_MS });
});
afterAll(async () => {
  await net?.close();
});

const hex = (value: string) => hexToBytes(value.replace(/^0x/, ""));
const frostValue = (text: string, tag: string) => {
  const parsed = JSON.parse(text) as [string, string];
  expect(parsed[0]).toBe(tag);
  return hex(parsed[1]);
};

/** FROST (RFC 9591) verification for the prime-order Weierstrass suites: z·G == R + c·Y. */
function frostVerify(suite: "k256" | "p256" | "p384", publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const { curve, context, hash, k } =
    suite === "k256" ? { curve: secp256k1, context: "FROST-secp256k1-SHA256-v1", hash: sha256, k: 128 }
    : suite === "p256" ? { curve: p256, context: "FROST-P256-SHA256-v1", hash: sha256, k: 128 }
    : { curve: p384, context: "FROST-P384-SHA384-v1", hash: sha384, k: 192 };
  const { Point } = curve;
  const size = publicKey.length;
  const R = Point.fromBytes(signature.subarray(0, size));
  const z = BigInt(`0x${Buffer.from(signature.subarray(size)).toString("hex")}`);
  const [[c]] = hash_to_field(concatBytes(signature.subarray(0, size), publicKey, message), 1, { DST: `${context}chal`, expand: "xmd", hash, p: Point.Fn.ORDER, m: 1, k }) as [[bigint]];
  return Point.BASE.multiply(z).equals(R.add(Point.fromBytes(publicKey).multiply(c)));
}

function ristrettoVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const le = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).reverse().toString("hex")}`);
  const n = ed25519.Point.Fn.ORDER;
  const c = le(sha512(concatBytes(new TextEncoder().encode("FROST-RISTRETTO255-SHA512-v1chal"), signature.subarray(0, 32), publicKey, message))) % n;
  const R = ristretto255.Point.fromBytes(signature.subarray(0, 32));
  return ristretto255.Point.BASE.multiply(le(signature.subarray(32))).equals(R.add(ristretto255.Point.fromBytes(publicKey).multiply(c)));
}

/** Verifies a client-side combined signature with the scheme's own verifier. */
function verifies(scheme: SigningScheme, sig: LitSchemeSignature): boolean {
  const message = hex(sig.signedData);
  const signature = hex(sig.signature);
  const key = hex(sig.verifyingKey);
  switch (scheme) {
    case "EcdsaK256Sha256":
      return secp256k1.verify(signature, message, key, { prehash: false });
    case "EcdsaP256Sha256":
      return p256.verify(signature, message, key, { prehash: false });
    case "EcdsaP384Sha384":
      return p384.verify(signature, message, key, { prehash: false });
    case "SchnorrEd25519Sha512":
      return ed25519.verify(signature, message, key);
    case "SchnorrEd448Shake256":
      return ed448.verify(signature, message, key);
    case "SchnorrK256Taproot":
      // lit-frost's Taproot suite: 0x02 ‖ BIP-340 signature over SHA-256(message).
      return signature.length === 65 && signature[0] === 2 && schnorr.verify(signature.subarray(1), sha256(message), key.subarray(1));
    case "SchnorrkelSubstrate":
      // schnorrkel's verifier (context "substrate"); the marker bit is schnorrkel's.
      return signature.length === 64 && (signature[63]! & 0x80) === 0x80 && sr25519.verify(message, signature, key);
    case "SchnorrK256Sha256":
      return frostVerify("k256", key, message, signature);
    case "SchnorrP256Sha256":
      return frostVerify("p256", key, message, signature);
    case "SchnorrP384Sha384":
      return frostVerify("p384", key, message, signature);
    case "SchnorrRistretto25519Sha512":
      return ristrettoVerify(key, message, signature);
    case "Bls12381G1ProofOfPossession":
      return bls12_381.shortSignatures.verify(signature, bls12_381.shortSignatures.hash(message, "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"), key);
    default:
      return false;
  }
}

const messageFor = (scheme: SigningScheme) => (scheme === "EcdsaP384Sha384" ? new Array(48).fill(9) : new Array(32).fill(9));

describe("signing schemes (lit-node SigningScheme)", () => {
  const schemes = [...IMPLEMENTED_SCHEMES];

  it("Lit.Actions.sign: a share per scheme, combined by the client into a signature that verifies with the scheme's key", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => {
      for (const scheme of jsParams.schemes) {
        await Lit.Actions.sign({ toSign: jsParams.messages[scheme], publicKey: jsParams.publicKey, sigName: scheme, signingScheme: scheme });
      }
    })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    const messages = Object.fromEntries(schemes.map((scheme) => [scheme, messageFor(scheme)]));
    // Ten signs per request is Naga's limit: two requests.
    for (const batch of [schemes.slice(0, 6), schemes.slice(6)]) {
      const result = await net.execute<LitSchemeSignature>({ code, jsParams: { publicKey: pkp.publicKey, schemes: batch, messages } });
      expect(Object.keys(result.signatures).sort()).toEqual([...batch].sort());
      for (const scheme of batch) {
        const sig = result.signatures[scheme]!;
        expect(sig.sigType).toBe(scheme);
        expect(verifies(scheme, sig), scheme).toBe(true);
        expect(sig.recoveryId === null).toBe(!scheme.startsWith("Ecdsa"));
        expect(sig.publicKey).toBe(sig.verifyingKey);
      }
    }
  });

  it("the same PKP signs with a different key per curve; its secp256k1 schemes share the PKP's own key", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => {
      const toSign = new Uint8Array(32).fill(3);
      for (const signingScheme of ["EcdsaK256Sha256", "SchnorrK256Sha256", "SchnorrK256Taproot", "SchnorrEd25519Sha512", "EcdsaP256Sha256"]) {
        await Lit.Actions.sign({ toSign, publicKey: jsParams.publicKey, sigName: signingScheme, signingScheme });
      }
    })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    const { signatures } = await net.execute<LitSchemeSignature>({ code, jsParams: { publicKey: pkp.publicKey } });
    const k256 = secp256k1.Point.fromHex(pkp.publicKey.slice(2));
    expect(signatures.EcdsaK256Sha256!.publicKey).toBe(pkp.publicKey);
    expect(secp256k1.Point.fromHex(signatures.SchnorrK256Sha256!.publicKey.slice(2)).equals(k256)).toBe(true);
    expect(signatures.SchnorrK256Taproot!.publicKey).toBe(signatures.SchnorrK256Sha256!.publicKey);
    expect(signatures.SchnorrEd25519Sha512!.publicKey).toMatch(/^0x[0-9a-f]{64}$/);
    expect(signatures.EcdsaP256Sha256!.publicKey).toMatch(/^0x04[0-9a-f]{128}$/);
    expect(isEcdsaK256Signature(signatures.EcdsaK256Sha256)).toBe(true);
    expect(isEcdsaK256Signature(signatures.SchnorrK256Sha256)).toBe(false);
  });

  it("signAndCombine answers the action in lit-node's shapes: ECDSA {r,s,v}, FROST {r,s} halves, BLS {value}", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => {
      const out = {};
      out.ed = JSON.parse(await Lit.Actions.signAndCombine({ toSign: new TextEncoder().encode("test message 1"), publicKey: jsParams.publicKey, sigName: "ed", signingScheme: "SchnorrEd25519Sha512" }));
      out.p256 = JSON.parse(await Lit.Actions.signAndCombine({ toSign: new Uint8Array(32).fill(1), publicKey: jsParams.publicKey, sigName: "p256", signingScheme: "EcdsaP256Sha256" }));
      out.bls = JSON.parse(await Lit.Actions.signAndCombine({ toSign: new TextEncoder().encode("m"), publicKey: jsParams.publicKey, sigName: "bls", signingScheme: "Bls12381G1ProofOfPossession" }));
      // A string toSign is new Uint8Array("…"): empty, which FROST signs (lit-node's own ed25519 test does this).
      out.empty = JSON.parse(await Lit.Actions.signAndCombine({ toSign: "test message 2", publicKey: jsParams.publicKey, sigName: "empty", signingScheme: "SchnorrEd25519Sha512" }));
      Lit.Actions.setResponse({ response: JSON.stringify(out) });
    })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    const result = await net.execute<LitSchemeSignature>({ code, jsParams: { publicKey: pkp.publicKey } });
    const out = JSON.parse(result.response as string) as Record<string, Record<string, unknown>>;
    expect(Object.keys(result.signatures)).toEqual([]);
    expect(Object.keys(out.ed!).sort()).toEqual(["r", "s"]);
    expect(String(out.ed!.r)).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(out.p256!).sort()).toEqual(["r", "s", "v"]);
    expect(Object.keys(out.bls!)).toEqual(["value"]);
    expect(JSON.parse(String(out.bls!.value))).toHaveProperty("ProofOfPossession");
    expect(String(out.empty!.r) + String(out.empty!.s)).toMatch(/^[0-9a-f]{128}$/);
  });

  it("signAsAction / getActionPublicKey / verifyActionSignature round-trip for every scheme; a wrong message or CID is false", async () => {
    const code = `(async () => {
      const out = {};
      for (const signingScheme of jsParams.schemes) {
        const toSign = new Uint8Array(signingScheme === "EcdsaP384Sha384" ? 48 : 32).fill(1);
        const cid = Lit.Auth.actionIpfsIdStack[0];
        const signOutput = await Lit.Actions.signAsAction({ toSign, sigName: signingScheme, signingScheme });
        const key = await Lit.Actions.getActionPublicKey({ signingScheme, actionIpfsCid: cid });
        const other = new Uint8Array(toSign.length).fill(2);
        out[signingScheme] = {
          signOutput, key,
          ok: await Lit.Actions.verifyActionSignature({ signingScheme, actionIpfsCid: cid, toSign, signOutput }),
          wrongMessage: await Lit.Actions.verifyActionSignature({ signingScheme, actionIpfsCid: cid, toSign: other, signOutput }),
          wrongCid: await Lit.Actions.verifyActionSignature({ signingScheme, actionIpfsCid: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", toSign, signOutput }),
        };
      }
      Lit.Actions.setResponse({ response: JSON.stringify(out) });
    })();`;
    for (const batch of [schemes.slice(0, 5), schemes.slice(5, 10), schemes.slice(10)]) {
      const result = await net.execute<LitSchemeSignature>({ code, jsParams: { schemes: batch } });
      // Signatures exist, so the client parsed the response.
      const out = result.response as Record<string, { signOutput: string; key: string; ok: boolean; wrongMessage: boolean; wrongCid: boolean }>;
      for (const scheme of batch) {
        const entry = out[scheme]!;
        expect([entry.ok, entry.wrongMessage, entry.wrongCid], scheme).toEqual([true, false, false]);
        const output = JSON.parse(entry.signOutput) as { signature: string; verifying_key: string; signed_data: string; recovery_id: number | null };
        expect(output.verifying_key).toBe(entry.key);
        if (scheme.startsWith("Ecdsa")) {
          // lit-sdk: serde_json of ecdsa::Signature, a JSON string of r ‖ s in upper-case hex.
          const size = scheme === "EcdsaP384Sha384" ? 96 : 64;
          expect(JSON.parse(output.signature)).toMatch(new RegExp(`^[0-9A-F]{${size * 2}}$`));
          expect(output.verifying_key).toMatch(/^04[0-9a-f]+$/);
          expect(typeof output.recovery_id).toBe("number");
        }
        if (scheme.startsWith("Schnorr")) {
          const tag = { SchnorrEd25519Sha512: "Ed25519Sha512", SchnorrK256Sha256: "K256Sha256", SchnorrP256Sha256: "P256Sha256", SchnorrP384Sha384: "P384Sha384", SchnorrRistretto25519Sha512: "Ristretto25519Sha512", SchnorrEd448Shake256: "Ed448Shake256", SchnorrK256Taproot: "K256Taproot", SchnorrkelSubstrate: "SchnorrkelSubstrate" }[scheme as string]!;
          frostValue(entry.key, tag);
          frostValue(output.signature, tag);
          expect(output.recovery_id).toBeNull();
        }
        // The client gets the same signature under the sigName.
        expect(verifies(scheme, result.signatures[scheme]!), scheme).toBe(true);
      }
    }
  });

  it("refusals as lit-node words them: unknown scheme, plain Bls12381, a scheme noble lacks, an ECDSA prehash of the wrong length", async () => {
    const pkp = net.mintPkp();
    const attempt = async (body: string) => {
      const code = `(async () => { ${body} })();`;
      net.permitAction(pkp.publicKey, cidOf(code));
      return net.execute({ code, jsParams: { publicKey: pkp.publicKey } });
    };
    await expect(attempt(`await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "Rsa" });`)).rejects.toThrow(/Invalid signing scheme: Rsa/);
    await expect(attempt(`await Lit.Actions.signAsAction({ toSign: new Uint8Array(32), sigName: "s", signingScheme: "Bls12381" });`)).rejects.toThrow(/Bls12381 is not supported in this context\. Use Bls12381G1ProofOfPossession instead/);
    await expect(attempt(`await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrRedJubjubBlake2b512" });`)).rejects.toThrow(/SchnorrRedJubjubBlake2b512 is not supported by the local Lit network \(no JavaScript library implements RedJubjub\)/);
    await expect(attempt(`await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrRedDecaf377Blake2b512" });`)).rejects.toThrow(/no JavaScript library implements Decaf377/);
    await expect(attempt(`await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "EcdsaP384Sha384" });`)).rejects.toThrow(/Message length to be signed is not 48 bytes/);
    await expect(attempt(`await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s" });`)).rejects.toThrow(/signingScheme cannot be blank/);
  });

  it("sr25519 (SchnorrkelSubstrate) is schnorrkel's: the verifier used here accepts a signature made by Rust schnorrkel, and ours", async () => {
    // A signature by Alice's well-known key, made by schnorrkel (polkadot-js wasm test vector).
    const alice = hex("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    const vector = hex("b83881d3bd7302981ee1c504fe5b7b394682927131fc0846fd616bb40fa14d02640fd2aca785b4cb57904765c2e4e75f59a7dd30154c209964369912091f6981");
    const said = new TextEncoder().encode("I hereby verify that I control 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    expect(sr25519.verify(said, vector, alice)).toBe(true);
    expect(sr25519.verify(new TextEncoder().encode("something else"), vector, alice)).toBe(false);

    const pkp = net.mintPkp();
    const code = `(async () => {
      const toSign = new TextEncoder().encode("polkadot extrinsic payload");
      await Lit.Actions.sign({ toSign, publicKey: jsParams.publicKey, sigName: "dot", signingScheme: "SchnorrkelSubstrate" });
      const combined = JSON.parse(await Lit.Actions.signAndCombine({ toSign, publicKey: jsParams.publicKey, sigName: "dot2", signingScheme: "SchnorrkelSubstrate" }));
      Lit.Actions.setResponse({ response: JSON.stringify(combined) });
    })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    const result = await net.execute<LitSchemeSignature>({ code, jsParams: { publicKey: pkp.publicKey } });
    const sig = result.signatures.dot!;
    expect(sig).toMatchObject({ sigType: "SchnorrkelSubstrate", recoveryId: null, signedData: `0x${Buffer.from("polkadot extrinsic payload").toString("hex")}` });
    expect(sig.publicKey).toMatch(/^0x[0-9a-f]{64}$/);
    expect(verifies("SchnorrkelSubstrate", sig)).toBe(true);
    // A valid Ristretto point, and not the PKP's ed25519 or ristretto key.
    expect(() => ristretto255.Point.fromBytes(hex(sig.publicKey))).not.toThrow();
    // signAndCombine: lit-node's FROST {r, s}, the halves of R ‖ s.
    // Signatures exist, so the client parsed the response.
    const combined = result.response as { r: string; s: string };
    expect(sr25519.verify(new TextEncoder().encode("polkadot extrinsic payload"), hex(combined.r + combined.s), hex(sig.publicKey))).toBe(true);
  });

  it("a PKP the action is not permitted for signs with no scheme", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => { await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrEd25519Sha512" }); })();`;
    await expect(net.execute({ code, jsParams: { publicKey: pkp.publicKey } })).rejects.toThrow(/not permitted to sign/);
  });

  it("nodes that sign different messages under one sigName get NoValidShares, whatever the scheme", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => {
      await Lit.Actions.sign({ toSign: crypto.getRandomValues(new Uint8Array(16)), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrEd25519Sha512" });
    })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    await expect(net.execute({ code, jsParams: { publicKey: pkp.publicKey } })).rejects.toThrow(/No valid lit action shares to combine/);
  });

  it("the keeper's LitRuntime face refuses a non-secp256k1 signature instead of passing it as an Ethereum one", async () => {
    const pkp = net.mintPkp();
    const code = `(async () => { await Lit.Actions.sign({ toSign: new Uint8Array(32), publicKey: jsParams.publicKey, sigName: "s", signingScheme: "SchnorrEd25519Sha512" }); })();`;
    net.permitAction(pkp.publicKey, cidOf(code));
    await expect(net.runtime().execute({ code, jsParams: { publicKey: pkp.publicKey } })).rejects.toThrow(/uses SchnorrEd25519Sha512: the LitRuntime interface carries EcdsaK256Sha256 signatures only/);
  });
});
