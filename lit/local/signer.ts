/**
 * The emulator's key custody: PKP registry (mint, permit by CID, burn) and the only code that ever
 * touches PKP private keys. A real Lit network holds each PKP key as threshold shares across nodes
 * and combines signature shares; here the key is whole but stays inside this module.
 */
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { base58 } from "@scure/base";
import type { Hex } from "viem";
import type { LitSchemeSignature, LitSignature } from "../types.ts";
import { curveOf, curveSecret, publicKeyOf, signWith, type SigningScheme } from "./schemes.ts";
import { cidToBytes } from "../cid.ts";
import type { PkpRecord, StateStore } from "./state.ts";

/** AUTH_METHOD_SCOPE.SignAnything */
export const SCOPE_SIGN_ANYTHING = 1;
/** AUTH_METHOD_SCOPE.PersonalSign (implied by SignAnything) */
export const SCOPE_PERSONAL_SIGN = 2;
export const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
/** AES-256-GCM nonce length, bytes. */
const GCM_NONCE_BYTES = 12;
/** AES-256-GCM tag length, bytes. */
const GCM_TAG_BYTES = 16;

export type PkpInfo = { tokenId: Hex; publicKey: Hex; ethAddress: Hex };

export class PkpPermissionError extends Error {
  override name = "PkpPermissionError";
}

export function strip0x(value: string): string {
  return value.startsWith("0x") || value.startsWith("0X") ? value.slice(2) : value;
}

export function toHex(bytes: Uint8Array): Hex {
  return `0x${bytesToHex(bytes)}`;
}

/** Ethereum address of an uncompressed secp256k1 public key (checksummed). */
export function addressOfPublicKey(publicKey: Uint8Array): Hex {
  const hash = keccak_256(publicKey.subarray(1));
  return checksumAddress(bytesToHex(hash.subarray(12)));
}

export function checksumAddress(addressHex: string): Hex {
  const lower = strip0x(addressHex).toLowerCase();
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = "0x";
  for (let i = 0; i < lower.length; i++) out += parseInt(hash[i]!, 16) >= 8 ? lower[i]!.toUpperCase() : lower[i]!;
  return out as Hex;
}

/** `pubkeyToTokenId`: keccak256 of the 65-byte uncompressed public key. */
export function tokenIdOf(publicKey: Uint8Array): Hex {
  return toHex(keccak_256(publicKey));
}

/** Normalises a PKP public key given as hex (with or without 0x, compressed or not) to 65 bytes. */
export function parsePublicKey(value: string): Uint8Array {
  const clean = strip0x(value);
  if (!/^[0-9a-fA-F]+$/.test(clean)) throw new PkpPermissionError(`Invalid PKP public key "${value}"`);
  try {
    return secp256k1.Point.fromHex(clean).toBytes(false);
  } catch (cause) {
    throw new PkpPermissionError(`Invalid PKP public key "${value}": not a secp256k1 point`, { cause });
  }
}

export type SignerParams = { store: StateStore };

/** The PKP registry and signer over a state store. */
export class LocalSigner {
  readonly #store: StateStore;

  constructor(params: SignerParams) {
    this.#store = params.store;
  }

  mintPkp(params: { owner?: string } = {}): PkpInfo {
    const privateKey = secp256k1.utils.randomSecretKey();
    const publicKey = secp256k1.getPublicKey(privateKey, false);
    const record: PkpRecord = {
      tokenId: tokenIdOf(publicKey),
      publicKey: toHex(publicKey),
      ethAddress: addressOfPublicKey(publicKey),
      privateKey: toHex(privateKey),
      owner: params.owner ? checksumAddress(params.owner) : this.operatorAddress(),
      burned: false,
      permittedActions: [],
      permittedAddresses: [],
    };
    this.#store.state.pkps.push(record);
    this.#store.save();
    return info(record);
  }

  listPkps(): PkpInfo[] {
    return this.#store.state.pkps.map(info);
  }

  /** Finds a PKP by public key (uncompressed or compressed, with or without 0x), token id, or eth address. */
  find(identifier: string): PkpRecord | undefined {
    let clean = strip0x(identifier).toLowerCase();
    if (clean.length === 66 && (clean.startsWith("02") || clean.startsWith("03"))) {
      const uncompressed = parsePublicKeySafe(clean);
      if (uncompressed) clean = bytesToHex(uncompressed);
    }
    return this.#store.state.pkps.find(
      (pkp) =>
        strip0x(pkp.publicKey).toLowerCase() === clean || strip0x(pkp.tokenId).toLowerCase() === clean || strip0x(pkp.ethAddress).toLowerCase() === clean,
    );
  }

  get(identifier: string): PkpRecord {
    const pkp = this.find(identifier);
    if (!pkp) throw new PkpPermissionError(`Unknown PKP ${identifier}: mint it on this network first`);
    return pkp;
  }

  getInfo(identifier: string): PkpInfo {
    return info(this.get(identifier));
  }

  /** `addPermittedAction(tokenId, cidBytes, scopes)`; only the owner may change a PKP, and a burned PKP never changes. */
  permitAction(identifier: string, cid: string, params: { scopes?: number[]; caller?: string } = {}): void {
    const pkp = this.get(identifier);
    this.#assertCanModify(pkp, params.caller);
    const cidBytes = toHex(cidToBytes(cid));
    const scopes = params.scopes ?? [SCOPE_SIGN_ANYTHING];
    const existing = pkp.permittedActions.find((action) => action.cidBytes.toLowerCase() === cidBytes.toLowerCase());
    if (existing) existing.scopes = [...new Set([...existing.scopes, ...scopes])].sort();
    else pkp.permittedActions.push({ cidBytes, scopes });
    this.#store.save();
  }

  revokeAction(identifier: string, cid: string, params: { caller?: string } = {}): void {
    const pkp = this.get(identifier);
    this.#assertCanModify(pkp, params.caller);
    const cidBytes = toHex(cidToBytes(cid)).toLowerCase();
    pkp.permittedActions = pkp.permittedActions.filter((action) => action.cidBytes.toLowerCase() !== cidBytes);
    this.#store.save();
  }

  /** Burns the PKP NFT (as `mintGrantAndBurnNext` does): owner becomes 0x0 and permissions freeze. */
  burnPkp(identifier: string, params: { caller?: string } = {}): void {
    const pkp = this.get(identifier);
    this.#assertCanModify(pkp, params.caller);
    pkp.burned = true;
    pkp.owner = ZERO_ADDRESS;
    this.#store.save();
  }

  isPermittedAction(identifier: string, cid: string, scope = SCOPE_SIGN_ANYTHING): boolean {
    const pkp = this.get(identifier);
    const cidBytes = toHex(cidToBytes(cid)).toLowerCase();
    return pkp.permittedActions.some((action) => action.cidBytes.toLowerCase() === cidBytes && hasScope(action.scopes, scope));
  }

  permittedActionCids(identifier: string): string[] {
    return this.get(identifier).permittedActions.map((action) => cidFromBytes(action.cidBytes));
  }

  /**
   * The node's `check_pkp_auth`: allowed if any CID on the action stack is permitted with the scope,
   * or the session address is a permitted address, or it owns the PKP NFT (root access).
   */
  authorize(params: { publicKey: string; actionIpfsIdStack: string[]; authSigAddress: string | null; scope: number }): PkpRecord {
    const pkp = this.get(params.publicKey);
    const session = params.authSigAddress?.toLowerCase();
    if (session && !pkp.burned && session === pkp.owner.toLowerCase()) return pkp;
    if (session && pkp.permittedAddresses.some((address) => address.toLowerCase() === session)) return pkp;
    for (const cid of params.actionIpfsIdStack) {
      if (this.isPermittedAction(pkp.publicKey, cid, params.scope)) return pkp;
    }
    throw new PkpPermissionError(
      `Unauthorized: the Lit Action ${params.actionIpfsIdStack.at(-1) ?? "(none)"} is not permitted to sign with PKP ${pkp.publicKey} (scope ${params.scope})`,
    );
  }

  /** Signs a 32-byte digest with the PKP (low-s, recovery id accounting for normalisation). */
  sign(identifier: string, digest: Uint8Array): LitSignature {
    if (digest.length !== 32) throw new Error("Message length to be signed is not 32 bytes");
    const pkp = this.get(identifier);
    return signDigest(hexToBytes(strip0x(pkp.privateKey)), digest);
  }

  /** The PKP's key for `scheme`'s curve (its secp256k1 key on k256; a key derived from it on the others). */
  pkpSchemeSecret(identifier: string, scheme: SigningScheme): Uint8Array {
    return curveSecret(hexToBytes(strip0x(this.get(identifier).privateKey)), curveOf(scheme));
  }

  /** Signs `message` (an ECDSA prehash, or the message itself for FROST/BLS) with the PKP's key for `scheme`. */
  signScheme(identifier: string, scheme: SigningScheme, message: Uint8Array): LitSchemeSignature {
    return schemeSignature(scheme, this.pkpSchemeSecret(identifier, scheme), message);
  }

  /** The action's key for `scheme`'s curve, derived from the per-CID action key. */
  actionSchemeSecret(cid: string, scheme: SigningScheme): Uint8Array {
    return curveSecret(this.actionPrivateKey(cid), curveOf(scheme));
  }

  /** Chipotle's `getPrivateKey({pkpId})`: the live API hands the key to the action inside the TEE. */
  exportPrivateKey(identifier: string): Hex {
    return this.get(identifier).privateKey as Hex;
  }

  /** The operator account that owns freshly minted PKPs unless another owner is given. */
  operatorAddress(): Hex {
    const key = this.#derive("operator", 32);
    return addressOfPublicKey(secp256k1.getPublicKey(scalarFrom(key), false));
  }

  /** Per-action key (Naga `signAsAction`, Chipotle `getLitActionPrivateKey`): derived from the network secret and the CID. */
  actionPrivateKey(cid: string): Uint8Array {
    return scalarFrom(this.#derive(`lit_action_${cid}`, 32));
  }

  actionPublicKey(cid: string): Uint8Array {
    return secp256k1.getPublicKey(this.actionPrivateKey(cid), false);
  }

  /** Node `index`'s own wallet (lit-node's staker wallet, which signs `claimKey` answers), from the network secret. */
  nodeWalletKey(index: number): Uint8Array {
    return scalarFrom(this.#derive(`node_wallet_${index}`, 32));
  }

  /** AES-256-GCM under a key derived from the network secret and `identity`; output nonce ‖ ciphertext ‖ tag. */
  encrypt(identity: string, plaintext: Uint8Array): Uint8Array {
    const nonce = randomBytes(GCM_NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.#derive(`encrypt:${identity}`, 32), nonce);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return new Uint8Array(Buffer.concat([nonce, body, cipher.getAuthTag()]));
  }

  decrypt(identity: string, ciphertext: Uint8Array): Uint8Array {
    if (ciphertext.length < GCM_NONCE_BYTES + GCM_TAG_BYTES) throw new Error("Decryption failed: ciphertext too short");
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.#derive(`encrypt:${identity}`, 32), ciphertext.subarray(0, GCM_NONCE_BYTES));
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - GCM_TAG_BYTES));
      const body = ciphertext.subarray(GCM_NONCE_BYTES, ciphertext.length - GCM_TAG_BYTES);
      return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
    } catch (cause) {
      throw new Error("Decryption failed: the ciphertext does not match these access control conditions and dataToEncryptHash", { cause });
    }
  }

  #assertCanModify(pkp: PkpRecord, caller: string | undefined): void {
    if (pkp.burned) throw new PkpPermissionError(`PKP ${pkp.tokenId} is burned: its permissions are immutable`);
    const who = caller ? caller.toLowerCase() : this.operatorAddress().toLowerCase();
    if (who !== pkp.owner.toLowerCase()) throw new PkpPermissionError(`Only the PKP owner (${pkp.owner}) may change PKP ${pkp.tokenId}`);
  }

  #derive(label: string, length: number): Uint8Array {
    return hkdf(sha256, hexToBytes(strip0x(this.#store.state.networkSecret)), undefined, new TextEncoder().encode(label), length);
  }
}

export function signDigest(privateKey: Uint8Array, digest: Uint8Array): LitSignature {
  const recovered = secp256k1.sign(digest, privateKey, { prehash: false, lowS: true, format: "recovered" });
  const recoveryId = recovered[0]!;
  if (recoveryId !== 0 && recoveryId !== 1) throw new Error(`Unexpected recovery id ${recoveryId}`);
  const publicKey = toHex(secp256k1.getPublicKey(privateKey, false));
  return {
    signature: toHex(recovered.subarray(1)),
    verifyingKey: publicKey,
    signedData: toHex(digest),
    recoveryId,
    publicKey,
    sigType: "EcdsaK256Sha256",
  };
}

/** A signature of any scheme in the v8 client's shape (ECDSA k256 exactly as `signDigest`). */
export function schemeSignature(scheme: SigningScheme, secret: Uint8Array, message: Uint8Array): LitSchemeSignature {
  if (scheme === "EcdsaK256Sha256") return signDigest(secret, message);
  const { signature, recoveryId } = signWith(scheme, secret, message);
  const publicKey = toHex(publicKeyOf(scheme, secret));
  return { signature: toHex(signature), verifyingKey: publicKey, signedData: toHex(message), recoveryId, publicKey, sigType: scheme };
}

function hasScope(scopes: number[], wanted: number): boolean {
  // SignAnything implies PersonalSign.
  return scopes.includes(wanted) || (wanted === SCOPE_PERSONAL_SIGN && scopes.includes(SCOPE_SIGN_ANYTHING));
}

function scalarFrom(bytes: Uint8Array): Uint8Array {
  const n = secp256k1.Point.CURVE().n;
  const value = (BigInt(`0x${bytesToHex(bytes)}`) % (n - 1n)) + 1n;
  return hexToBytes(value.toString(16).padStart(64, "0"));
}

function parsePublicKeySafe(value: string): Uint8Array | undefined {
  try {
    return parsePublicKey(value);
  } catch {
    return undefined;
  }
}

function cidFromBytes(bytes: string): string {
  return base58.encode(hexToBytes(strip0x(bytes)));
}

function info(record: PkpRecord): PkpInfo {
  return { tokenId: record.tokenId as Hex, publicKey: record.publicKey as Hex, ethAddress: record.ethAddress as Hex };
}

