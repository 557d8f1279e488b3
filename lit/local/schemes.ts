/**
 * Lit's signing schemes (lit-node-core `SigningScheme`) over @noble/curves: key derivation per curve,
 * signing, verification, and the encodings lit-node and the v8 SDK put around them.
 *
 * A Lit PKP is one HD key id; each curve's key is derived from the curve's root keys with that id, so
 * one PKP (named by its secp256k1 public key) signs with every scheme, each scheme's curve with its
 * own key. Here the PKP's secp256k1 key is the seed: the k256 schemes use it as it is, every other
 * curve gets a key derived from it (HKDF-SHA256, one label per curve). Action keys do the same from
 * the per-CID action key. ECDSA signs a prehash (32 bytes, 48 for P-384) and is low-s; the FROST
 * schemes (`Schnorr*`) sign the message bytes as FROST (RFC 9591) aggregates them, so a signature
 * verifies with the FROST ciphersuite (Ed25519/Ed448 ones are plain RFC 8032 signatures, Taproot is
 * BIP-340 over SHA-256 of the message, as lit-frost's Taproot suite signs); BLS is
 * `Bls12381G1ProofOfPossession` (signature in G1, public key in G2). `SchnorrkelSubstrate` is
 * sr25519 (@scure/sr25519): schnorrkel's Merlin transcript with the signing context "substrate",
 * a Ristretto255 key, the 64-byte signature with schnorrkel's marker bit (lit-frost's
 * `Schnorrkel25519Merlin` suite, whose aggregate is a plain schnorrkel signature).
 */
import { bls12_381 } from "@noble/curves/bls12-381.js";
import { ed25519, ristretto255 } from "@noble/curves/ed25519.js";
import { ed448 } from "@noble/curves/ed448.js";
import { p256, p384 } from "@noble/curves/nist.js";
import { schnorr, secp256k1 } from "@noble/curves/secp256k1.js";
import { hash_to_field } from "@noble/curves/abstract/hash-to-curve.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes } from "@noble/hashes/utils.js";
import * as sr25519 from "@scure/sr25519";

/** Every scheme lit-node names, in its order (`SigningScheme` as u8 1..15). */
export const SIGNING_SCHEMES = [
  "Bls12381",
  "EcdsaK256Sha256",
  "EcdsaP256Sha256",
  "EcdsaP384Sha384",
  "SchnorrEd25519Sha512",
  "SchnorrK256Sha256",
  "SchnorrP256Sha256",
  "SchnorrP384Sha384",
  "SchnorrRistretto25519Sha512",
  "SchnorrEd448Shake256",
  "SchnorrRedJubjubBlake2b512",
  "SchnorrK256Taproot",
  "SchnorrRedDecaf377Blake2b512",
  "SchnorrkelSubstrate",
  "Bls12381G1ProofOfPossession",
] as const;
export type SigningScheme = (typeof SIGNING_SCHEMES)[number];

/**
 * The schemes the emulator signs with. Not RedJubjub (no npm library implements RedDSA / FROST over
 * Jubjub; @noble/curves has the curve but not Zcash's spend-auth basepoint and hashes) or Decaf377
 * (no npm implementation at all).
 */
export const IMPLEMENTED_SCHEMES: ReadonlySet<SigningScheme> = new Set<SigningScheme>([
  "EcdsaK256Sha256",
  "EcdsaP256Sha256",
  "EcdsaP384Sha384",
  "SchnorrEd25519Sha512",
  "SchnorrK256Sha256",
  "SchnorrP256Sha256",
  "SchnorrP384Sha384",
  "SchnorrRistretto25519Sha512",
  "SchnorrEd448Shake256",
  "SchnorrK256Taproot",
  "SchnorrkelSubstrate",
  "Bls12381G1ProofOfPossession",
]);

export type Curve = "k256" | "p256" | "p384" | "ed25519" | "ed448" | "ristretto255" | "sr25519" | "bls12381";

const CURVE_OF: Partial<Record<SigningScheme, Curve>> = {
  EcdsaK256Sha256: "k256",
  SchnorrK256Sha256: "k256",
  SchnorrK256Taproot: "k256",
  EcdsaP256Sha256: "p256",
  SchnorrP256Sha256: "p256",
  EcdsaP384Sha384: "p384",
  SchnorrP384Sha384: "p384",
  SchnorrEd25519Sha512: "ed25519",
  SchnorrEd448Shake256: "ed448",
  SchnorrRistretto25519Sha512: "ristretto255",
  SchnorrkelSubstrate: "sr25519",
  Bls12381G1ProofOfPossession: "bls12381",
};

/** lit_frost's scheme names (the tag of its serialised keys and signatures). */
const FROST_NAME: Partial<Record<SigningScheme, string>> = {
  SchnorrEd25519Sha512: "Ed25519Sha512",
  SchnorrK256Sha256: "K256Sha256",
  SchnorrP256Sha256: "P256Sha256",
  SchnorrP384Sha384: "P384Sha384",
  SchnorrRistretto25519Sha512: "Ristretto25519Sha512",
  SchnorrEd448Shake256: "Ed448Shake256",
  SchnorrRedJubjubBlake2b512: "RedJubjubBlake2b512",
  SchnorrK256Taproot: "K256Taproot",
  SchnorrRedDecaf377Blake2b512: "RedDecaf377Blake2b512",
  SchnorrkelSubstrate: "SchnorrkelSubstrate",
};

/** The prehash length ECDSA schemes sign (`ecdsa_message_len`), bytes. */
const ECDSA_MESSAGE_BYTES: Partial<Record<SigningScheme, number>> = { EcdsaK256Sha256: 32, EcdsaP256Sha256: 32, EcdsaP384Sha384: 48 };
/** The proof-of-possession ciphersuite's DST for signatures in G1. */
const BLS_G1_POP_DST = "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_";

export class SigningSchemeError extends Error {
  override name = "SigningSchemeError";
}

export const isEcdsa = (scheme: SigningScheme): boolean => scheme.startsWith("Ecdsa");
export const isFrost = (scheme: SigningScheme): boolean => FROST_NAME[scheme] !== undefined;
export const isBls = (scheme: SigningScheme): boolean => scheme === "Bls12381G1ProofOfPossession" || scheme === "Bls12381";

/**
 * A scheme name as an op receives it. `context` ops (signAndCombine, signAsAction, the action-key
 * ops) refuse plain `Bls12381` as lit-node does; `sign` takes it and fails at signing time there,
 * refused here the same way.
 */
export function parseScheme(value: unknown, what: string): SigningScheme {
  if (value === undefined || value === null || value === "") throw new SigningSchemeError(`${what}: signingScheme cannot be blank`);
  const name = String(value);
  if (!(SIGNING_SCHEMES as readonly string[]).includes(name)) throw new SigningSchemeError(`Invalid signing scheme: ${name}`);
  const scheme = name as SigningScheme;
  if (scheme === "Bls12381") throw new SigningSchemeError("Bls12381 is not supported in this context. Use Bls12381G1ProofOfPossession instead");
  if (!IMPLEMENTED_SCHEMES.has(scheme)) {
    throw new SigningSchemeError(`Signing scheme ${scheme} is not supported by the local Lit network (${unsupportedReason(scheme)})`);
  }
  return scheme;
}

function unsupportedReason(scheme: SigningScheme): string {
  if (scheme === "SchnorrRedJubjubBlake2b512") return "no JavaScript library implements RedJubjub";
  return "no JavaScript library implements Decaf377";
}

export function curveOf(scheme: SigningScheme): Curve {
  const curve = CURVE_OF[scheme];
  if (!curve) throw new SigningSchemeError(`Signing scheme ${scheme} is not supported by the local Lit network`);
  return curve;
}

/** Checks an ECDSA prehash's length (lit-node refuses any other). */
export function checkMessage(scheme: SigningScheme, message: Uint8Array): void {
  const wanted = ECDSA_MESSAGE_BYTES[scheme];
  if (wanted !== undefined && message.length !== wanted) throw new SigningSchemeError(`Message length to be signed is not ${wanted} bytes`);
}

/**
 * The curve's secret from a 32-byte secp256k1 seed scalar: the seed itself on k256; otherwise
 * HKDF-SHA256(seed, "lit-emulator-key:<curve>") — an EdDSA seed for Ed25519/Ed448, a scalar else.
 */
export function curveSecret(seed: Uint8Array, curve: Curve): Uint8Array {
  if (curve === "k256") return seed;
  const info = new TextEncoder().encode(`lit-emulator-key:${curve}`);
  if (curve === "ed25519") return hkdf(sha256, seed, undefined, info, 32);
  if (curve === "ed448") return hkdf(sha256, seed, undefined, info, 57);
  const order = orderOf(curve);
  const length = curve === "p384" ? 48 : 32;
  const wide = hkdf(sha256, seed, undefined, info, length + 16);
  const littleEndian = curve === "ristretto255" || curve === "sr25519";
  return toFixed((BigInt(`0x${bytesToHex(wide)}`) % (order - 1n)) + 1n, length, littleEndian ? "le" : "be");
}

function orderOf(curve: Curve): bigint {
  switch (curve) {
    case "k256":
      return secp256k1.Point.Fn.ORDER;
    case "p256":
      return p256.Point.Fn.ORDER;
    case "p384":
      return p384.Point.Fn.ORDER;
    case "ristretto255":
    case "sr25519":
      return ed25519.Point.Fn.ORDER;
    case "bls12381":
      return bls12_381.fields.Fr.ORDER;
    default:
      throw new SigningSchemeError(`No scalar order for ${curve}`);
  }
}

/** The public key of `secret` for `scheme`, encoded as lit-node encodes it (`preferred_format`). */
export function publicKeyOf(scheme: SigningScheme, secret: Uint8Array): Uint8Array {
  switch (curveOf(scheme)) {
    case "k256":
      return secp256k1.getPublicKey(secret, isEcdsa(scheme) ? false : true);
    case "p256":
      return p256.getPublicKey(secret, isEcdsa(scheme) ? false : true);
    case "p384":
      return p384.getPublicKey(secret, isEcdsa(scheme) ? false : true);
    case "ed25519":
      return ed25519.getPublicKey(secret);
    case "ed448":
      return ed448.getPublicKey(secret);
    case "ristretto255":
    case "sr25519":
      return ristretto255.Point.BASE.multiply(fromLe(secret)).toBytes();
    case "bls12381":
      return bls12_381.shortSignatures.getPublicKey(secret).toBytes(true);
  }
}

export type SchemeSignature = { signature: Uint8Array; recoveryId: 0 | 1 | null };

/** Signs `message` with `secret` (a `curveSecret`), deterministically: every node gets the same bytes. */
export function signWith(scheme: SigningScheme, secret: Uint8Array, message: Uint8Array): SchemeSignature {
  checkMessage(scheme, message);
  switch (scheme) {
    case "EcdsaK256Sha256":
    case "EcdsaP256Sha256":
    case "EcdsaP384Sha384": {
      const curve = scheme === "EcdsaK256Sha256" ? secp256k1 : scheme === "EcdsaP256Sha256" ? p256 : p384;
      const recovered = curve.sign(message, secret, { prehash: false, lowS: true, format: "recovered" });
      const recoveryId = recovered[0]!;
      if (recoveryId !== 0 && recoveryId !== 1) throw new SigningSchemeError(`Unexpected recovery id ${recoveryId}`);
      return { signature: recovered.subarray(1), recoveryId };
    }
    case "SchnorrEd25519Sha512":
      return { signature: ed25519.sign(message, secret), recoveryId: null };
    case "SchnorrEd448Shake256":
      return { signature: ed448.sign(message, secret), recoveryId: null };
    case "SchnorrK256Taproot":
      // lit-frost: FROST(secp256k1, Taproot) signs SHA-256(message); the signature is R compressed
      // (even y after BIP-340's normalisation, so 0x02) ‖ z, 65 bytes; sig[1..] is BIP-340.
      return { signature: concatBytes(Uint8Array.of(2), schnorr.sign(sha256(message), secret, new Uint8Array(32))), recoveryId: null };
    case "SchnorrkelSubstrate":
      return { signature: sr25519Sign(secret, message), recoveryId: null };
    case "SchnorrK256Sha256":
    case "SchnorrP256Sha256":
    case "SchnorrP384Sha384":
      return { signature: frostWeierstrassSign(scheme, secret, message), recoveryId: null };
    case "SchnorrRistretto25519Sha512":
      return { signature: frostRistrettoSign(secret, message), recoveryId: null };
    case "Bls12381G1ProofOfPossession": {
      const sigs = bls12_381.shortSignatures;
      return { signature: sigs.sign(sigs.hash(message, BLS_G1_POP_DST), secret).toBytes(true), recoveryId: null };
    }
    default:
      throw new SigningSchemeError(`Signing scheme ${scheme} is not supported by the local Lit network`);
  }
}

/** Verifies as the scheme's verifier does (`lit_sdk::signature::verify_signature`); never throws. */
export function verifyWith(scheme: SigningScheme, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    switch (scheme) {
      case "EcdsaK256Sha256":
        return secp256k1.verify(signature, message, publicKey, { prehash: false, lowS: false });
      case "EcdsaP256Sha256":
        return p256.verify(signature, message, publicKey, { prehash: false, lowS: false });
      case "EcdsaP384Sha384":
        return p384.verify(signature, message, publicKey, { prehash: false, lowS: false });
      case "SchnorrEd25519Sha512":
        return ed25519.verify(signature, message, publicKey);
      case "SchnorrEd448Shake256":
        return ed448.verify(signature, message, publicKey);
      case "SchnorrK256Taproot": {
        // lit-frost accepts the 64-byte form too (it prefixes 0x02).
        const bip340 = signature.length === 65 && signature[0] === 2 ? signature.subarray(1) : signature;
        return bip340.length === 64 && schnorr.verify(bip340, sha256(message), publicKey.length === 33 ? publicKey.subarray(1) : publicKey);
      }
      case "SchnorrkelSubstrate":
        return signature.length === 64 && sr25519.verify(message, signature, publicKey);
      case "SchnorrK256Sha256":
      case "SchnorrP256Sha256":
      case "SchnorrP384Sha384":
        return frostWeierstrassVerify(scheme, publicKey, message, signature);
      case "SchnorrRistretto25519Sha512":
        return frostRistrettoVerify(publicKey, message, signature);
      case "Bls12381G1ProofOfPossession": {
        const sigs = bls12_381.shortSignatures;
        return sigs.verify(signature, sigs.hash(message, BLS_G1_POP_DST), publicKey);
      }
      default:
        return false;
    }
  } catch {
    return false;
  }
}

// --- sr25519 ------------------------------------------------------------------------------------

/**
 * schnorrkel's secret key is the scalar (stored times the cofactor 8, as `to_ed25519_bytes` has it)
 * and a 32-byte nonce seed; both come from our Ristretto scalar, and the witness randomness from the
 * nonce and the message, so a signature is reproducible (the FROST schemes here are as well).
 */
function sr25519Sign(secret: Uint8Array, message: Uint8Array): Uint8Array {
  const scalar = fromLe(secret);
  const nonce = hkdf(sha256, secret, undefined, new TextEncoder().encode("lit-emulator-key:sr25519-nonce"), 32);
  const secretKey = concatBytes(toFixed(scalar * 8n, 32, "le"), nonce);
  return sr25519.sign(secretKey, message, sha256(concatBytes(nonce, message)));
}

// --- FROST (RFC 9591) single-key signing: what the aggregate of a threshold run verifies as ----------

type WeierstrassFrost = { curve: typeof secp256k1 | typeof p256 | typeof p384; context: string; hash: typeof sha256 | typeof sha384; scalarBytes: number; securityBytes: number };

function weierstrassSuite(scheme: SigningScheme): WeierstrassFrost {
  if (scheme === "SchnorrK256Sha256") return { curve: secp256k1, context: "FROST-secp256k1-SHA256-v1", hash: sha256, scalarBytes: 32, securityBytes: 16 };
  if (scheme === "SchnorrP256Sha256") return { curve: p256, context: "FROST-P256-SHA256-v1", hash: sha256, scalarBytes: 32, securityBytes: 16 };
  return { curve: p384, context: "FROST-P384-SHA384-v1", hash: sha384, scalarBytes: 48, securityBytes: 24 };
}

/** The suite's H1..H5-style hash to a scalar: hash_to_field(msg, DST = context ‖ tag), L = scalar + security bytes. */
function hashToScalar(suite: WeierstrassFrost, tag: string, message: Uint8Array): bigint {
  const order = suite.curve.Point.Fn.ORDER;
  const [[scalar]] = hash_to_field(message, 1, { DST: suite.context + tag, expand: "xmd", hash: suite.hash, p: order, m: 1, k: suite.securityBytes * 8 }) as [[bigint]];
  return scalar;
}

function frostWeierstrassSign(scheme: SigningScheme, secret: Uint8Array, message: Uint8Array): Uint8Array {
  const suite = weierstrassSuite(scheme);
  const { Point } = suite.curve;
  const order = Point.Fn.ORDER;
  const x = BigInt(`0x${bytesToHex(secret)}`);
  const publicKey = Point.BASE.multiply(x).toBytes(true);
  // Deterministic nonce (the nodes must agree): bound to the key and the message.
  const k = hashToScalar(suite, "nonce", concatBytes(secret, message)) || 1n;
  const R = Point.BASE.multiply(k).toBytes(true);
  const c = hashToScalar(suite, "chal", concatBytes(R, publicKey, message));
  const z = (k + c * x) % order;
  return concatBytes(R, toFixed(z, suite.scalarBytes, "be"));
}

function frostWeierstrassVerify(scheme: SigningScheme, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const suite = weierstrassSuite(scheme);
  const { Point } = suite.curve;
  const pointBytes = suite.scalarBytes + 1;
  if (signature.length !== pointBytes + suite.scalarBytes) return false;
  const R = Point.fromBytes(signature.subarray(0, pointBytes));
  const z = BigInt(`0x${bytesToHex(signature.subarray(pointBytes))}`);
  if (z >= Point.Fn.ORDER) return false;
  const Y = Point.fromBytes(publicKey);
  const c = hashToScalar(suite, "chal", concatBytes(R.toBytes(true), Y.toBytes(true), message));
  const left = z === 0n ? Point.ZERO : Point.BASE.multiply(z);
  const right = c === 0n ? R : R.add(Y.multiply(c));
  return left.equals(right);
}

const RISTRETTO_CONTEXT = "FROST-RISTRETTO255-SHA512-v1";

function ristrettoScalar(tag: string, message: Uint8Array): bigint {
  return fromLe(sha512(concatBytes(new TextEncoder().encode(RISTRETTO_CONTEXT + tag), message))) % ed25519.Point.Fn.ORDER;
}

function frostRistrettoSign(secret: Uint8Array, message: Uint8Array): Uint8Array {
  const { Point } = ristretto255;
  const order = ed25519.Point.Fn.ORDER;
  const x = fromLe(secret);
  const publicKey = Point.BASE.multiply(x).toBytes();
  const k = ristrettoScalar("nonce", concatBytes(secret, message)) || 1n;
  const R = Point.BASE.multiply(k).toBytes();
  const c = ristrettoScalar("chal", concatBytes(R, publicKey, message));
  return concatBytes(R, toFixed((k + c * x) % order, 32, "le"));
}

function frostRistrettoVerify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const { Point } = ristretto255;
  if (signature.length !== 64) return false;
  const R = Point.fromBytes(signature.subarray(0, 32));
  const z = fromLe(signature.subarray(32));
  if (z >= ed25519.Point.Fn.ORDER) return false;
  const Y = Point.fromBytes(publicKey);
  const c = ristrettoScalar("chal", concatBytes(signature.subarray(0, 32), publicKey, message));
  const left = z === 0n ? Point.ZERO : Point.BASE.multiply(z);
  const right = c === 0n ? R : R.add(Y.multiply(c));
  return left.equals(right);
}

// --- Encodings -----------------------------------------------------------------------------------

/** `getActionPublicKey` / `verifying_key`: ECDSA uncompressed hex, FROST `["<scheme>","<hex>"]`, BLS compressed hex. */
export function encodePublicKey(scheme: SigningScheme, publicKey: Uint8Array): string {
  const frost = FROST_NAME[scheme];
  return frost ? JSON.stringify([frost, bytesToHex(publicKey)]) : bytesToHex(publicKey);
}

/** Parses what `encodePublicKey` wrote (and bare hex, with or without 0x, for every scheme). */
export function decodePublicKey(scheme: SigningScheme, text: string): Uint8Array | undefined {
  let hex = text;
  if (text.startsWith("[")) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!Array.isArray(parsed) || parsed[0] !== FROST_NAME[scheme] || typeof parsed[1] !== "string") return undefined;
      hex = parsed[1];
    } catch {
      return undefined;
    }
  }
  return hexBytes(hex);
}

/**
 * The signature inside `signAsAction`'s output (`SignedDataOutput.signature`, which lit-sdk fills
 * with `serde_json::to_string` of the signature): ECDSA a JSON string of r ‖ s in upper-case hex
 * (ecdsa's serde, `serialize_hex_upper_or_bin`), FROST `["<scheme>","<hex>"]` (lit-frost's), BLS
 * `{"ProofOfPossession":"<hex>"}` (blsful's).
 */
export function encodeSignature(scheme: SigningScheme, signature: Uint8Array): string {
  const frost = FROST_NAME[scheme];
  if (frost) return JSON.stringify([frost, bytesToHex(signature)]);
  if (isBls(scheme)) return JSON.stringify({ ProofOfPossession: bytesToHex(signature) });
  return JSON.stringify(bytesToHex(signature).toUpperCase());
}

export function decodeSignature(scheme: SigningScheme, text: string): Uint8Array | undefined {
  try {
    if (isFrost(scheme)) {
      const parsed = JSON.parse(text) as unknown;
      return Array.isArray(parsed) && parsed[0] === FROST_NAME[scheme] && typeof parsed[1] === "string" ? hexBytes(parsed[1]) : undefined;
    }
    if (isBls(scheme)) {
      const parsed = JSON.parse(text) as { ProofOfPossession?: unknown };
      return typeof parsed.ProofOfPossession === "string" ? hexBytes(parsed.ProofOfPossession) : undefined;
    }
  } catch {
    return undefined;
  }
  // ECDSA: the JSON string lit-node writes (hex of either case, as serde's reader takes), or bare hex.
  let inner = text;
  if (text.startsWith('"')) {
    try {
      inner = String(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  const bytes = hexBytes(inner);
  return bytes && bytes.length >= 64 ? bytes.subarray(0, isEcdsa(scheme) && scheme === "EcdsaP384Sha384" ? 96 : 64) : undefined;
}

/**
 * `signAndCombine`'s answer to the action: ECDSA `{r, s, v}` (hex scalars), FROST `{r, s}` (the two
 * halves of the signature bytes, split in the middle as lit-node does, even for the 65-byte
 * secp256k1/P-256 ones), BLS `{value: <signature>}`.
 */
export function combinedForAction(scheme: SigningScheme, sig: SchemeSignature, v7: boolean): string {
  const hex = bytesToHex(sig.signature);
  if (isEcdsa(scheme)) {
    const half = hex.length / 2;
    const r = hex.slice(0, half);
    // Datil (v7 mode): r is the compressed R point (02/03 prefix).
    const rOut = v7 ? `${sig.recoveryId === 1 ? "03" : "02"}${r}` : r;
    return JSON.stringify({ r: rOut, s: hex.slice(half), v: sig.recoveryId });
  }
  if (isFrost(scheme)) {
    const mid = Math.floor(sig.signature.length / 2) * 2;
    return JSON.stringify({ r: hex.slice(0, mid), s: hex.slice(mid) });
  }
  return JSON.stringify({ value: encodeSignature(scheme, sig.signature) });
}

function hexBytes(text: string): Uint8Array | undefined {
  const clean = text.startsWith("0x") || text.startsWith("0X") ? text.slice(2) : text;
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) return undefined;
  return Uint8Array.from(Buffer.from(clean, "hex"));
}

function fromLe(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

function toFixed(value: bigint, length: number, order: "be" | "le"): Uint8Array {
  const hex = value.toString(16).padStart(length * 2, "0");
  const out = Uint8Array.from(Buffer.from(hex, "hex"));
  return order === "be" ? out : out.reverse();
}
