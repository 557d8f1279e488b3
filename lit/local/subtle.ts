/**
 * The host half of an action's `crypto.subtle` (runs in the node process, beside the sandbox):
 * Node's WebCrypto, as Deno's is in Lit's runtime. The context sends JSON (bytes as base64, keys as
 * handles) and gets JSON back; the CryptoKeys stay here, one table per execution, so WebCrypto
 * itself enforces `extractable` and key usages and nothing of this realm reaches the action.
 */
import { webcrypto } from "node:crypto";

/** Keys one execution may hold at once (each import/generate/derive adds one or two). */
export const MAX_SUBTLE_KEYS = 10_000;
/** Largest input one subtle call takes, bytes (WebCrypto has no limit; this keeps a call bounded). */
export const MAX_SUBTLE_INPUT_BYTES = 16 * 1024 * 1024;

type Json = Record<string, unknown>;
type Subtle = typeof webcrypto.subtle;
type CryptoKeyT = webcrypto.CryptoKey;
type KeyInfo = { id: number; type: string; extractable: boolean; algorithm: unknown; usages: string[] };

export class SubtleKeys {
  readonly #keys = new Map<number, CryptoKeyT>();
  #next = 1;

  get size(): number {
    return this.#keys.size;
  }

  add(key: CryptoKeyT): KeyInfo {
    if (this.#keys.size >= MAX_SUBTLE_KEYS) throw new RangeError(`An action may hold at most ${MAX_SUBTLE_KEYS} CryptoKeys`);
    const id = this.#next++;
    this.#keys.set(id, key);
    return { id, type: key.type, extractable: key.extractable, algorithm: plainAlgorithm(key.algorithm), usages: [...key.usages] };
  }

  get(id: unknown): CryptoKeyT {
    const key = this.#keys.get(Number(id));
    if (!key) throw new TypeError("parameter is not of type 'CryptoKey'");
    return key;
  }
}

function bytes(value: unknown, field: string): Uint8Array {
  if (typeof value !== "string") throw new TypeError(`${field} must be a BufferSource`);
  const out = Buffer.from(value, "base64");
  if (out.length > MAX_SUBTLE_INPUT_BYTES) throw new RangeError(`${field} is larger than ${MAX_SUBTLE_INPUT_BYTES} bytes`);
  return new Uint8Array(out);
}

const b64 = (buffer: ArrayBuffer | Uint8Array): string => Buffer.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)).toString("base64");

/** An algorithm from the context: `{$bytes}` members to bytes, `{$key}` to the key it names. */
function algorithmFrom(keys: SubtleKeys, value: unknown): Json {
  if (!value || typeof value !== "object") throw new TypeError("algorithm must be an object");
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    if (v && typeof v === "object" && "$bytes" in v) out[k] = bytes((v as Json).$bytes, k);
    else if (v && typeof v === "object" && "$key" in v) out[k] = keys.get((v as Json).$key);
    else if (v && typeof v === "object" && "name" in v) out[k] = { name: String((v as Json).name) };
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else throw new TypeError(`unsupported algorithm member ${k}`);
  }
  return out;
}

/** A key's `algorithm` as JSON (publicExponent as a number list; the hash as `{name}`). */
function plainAlgorithm(algorithm: unknown): unknown {
  const out: Json = {};
  for (const [k, v] of Object.entries(algorithm as Json)) {
    if (v instanceof Uint8Array) out[k] = Array.from(v);
    else if (v && typeof v === "object") out[k] = { name: String((v as Json).name) };
    else out[k] = v;
  }
  return out;
}

function keyResult(keys: SubtleKeys, made: CryptoKeyT | webcrypto.CryptoKeyPair): unknown {
  if ("privateKey" in made) return { privateKey: keys.add(made.privateKey), publicKey: keys.add(made.publicKey) };
  return keys.add(made);
}

function keyDataFrom(format: string, value: unknown): Uint8Array | webcrypto.JsonWebKey {
  const data = value as Json;
  if (format === "jwk") {
    if (typeof data.$jwk !== "string") throw new TypeError("keyData must be a JsonWebKey for the jwk format");
    const jwk = JSON.parse(data.$jwk) as unknown;
    if (!jwk || typeof jwk !== "object" || Array.isArray(jwk)) throw new TypeError("keyData must be a JsonWebKey for the jwk format");
    return jwk as webcrypto.JsonWebKey;
  }
  return bytes(data.$bytes, "keyData");
}

const usagesFrom = (value: unknown): webcrypto.KeyUsage[] => (Array.isArray(value) ? value.map(String) : []) as webcrypto.KeyUsage[];
type KeyFormat = "raw" | "pkcs8" | "spki" | "jwk";
const formatFrom = (value: unknown): KeyFormat => {
  const format = String(value);
  if (format !== "raw" && format !== "pkcs8" && format !== "spki" && format !== "jwk") throw new TypeError(`'${format}' is not a valid KeyFormat`);
  return format;
};

/** One `crypto.subtle` call from the context; answers JSON (bytes as base64). */
export async function subtleOp(keys: SubtleKeys, args: Json, subtle: Subtle = webcrypto.subtle): Promise<unknown> {
  const op = String(args.op);
  switch (op) {
    case "importKey": {
      const format = formatFrom(args.format);
      const data = keyDataFrom(format, args.keyData);
      const algorithm = algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier;
      const key =
        format === "jwk"
          ? await subtle.importKey("jwk", data as webcrypto.JsonWebKey, algorithm, Boolean(args.extractable), usagesFrom(args.usages))
          : await subtle.importKey(format, data as Uint8Array, algorithm, Boolean(args.extractable), usagesFrom(args.usages));
      return keys.add(key);
    }
    case "exportKey": {
      const format = formatFrom(args.format);
      const key = keys.get(args.key);
      if (format === "jwk") return { $jwk: JSON.stringify(await subtle.exportKey("jwk", key)) };
      return { $bytes: b64(await subtle.exportKey(format, key)) };
    }
    case "generateKey": {
      const algorithm = algorithmFrom(keys, args.algorithm) as unknown as webcrypto.RsaHashedKeyGenParams;
      return keyResult(keys, (await subtle.generateKey(algorithm, Boolean(args.extractable), usagesFrom(args.usages))) as CryptoKeyT | webcrypto.CryptoKeyPair);
    }
    case "sign":
      return b64(await subtle.sign(algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier, keys.get(args.key), bytes(args.data, "data")));
    case "verify":
      return subtle.verify(algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier, keys.get(args.key), bytes(args.signature, "signature"), bytes(args.data, "data"));
    case "encrypt":
      return b64(await subtle.encrypt(algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier, keys.get(args.key), bytes(args.data, "data")));
    case "decrypt":
      return b64(await subtle.decrypt(algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier, keys.get(args.key), bytes(args.data, "data")));
    case "deriveBits": {
      const length = args.length === null ? null : Number(args.length);
      if (length !== null && (!Number.isInteger(length) || length < 0 || length > 8 * MAX_SUBTLE_INPUT_BYTES)) throw new RangeError("deriveBits: length is out of range");
      return b64(await subtle.deriveBits(algorithmFrom(keys, args.algorithm) as unknown as webcrypto.EcdhKeyDeriveParams, keys.get(args.key), length));
    }
    case "deriveKey": {
      const key = await subtle.deriveKey(
        algorithmFrom(keys, args.algorithm) as unknown as webcrypto.EcdhKeyDeriveParams,
        keys.get(args.key),
        algorithmFrom(keys, args.derived) as unknown as webcrypto.AesDerivedKeyParams,
        Boolean(args.extractable),
        usagesFrom(args.usages),
      );
      return keys.add(key);
    }
    case "wrapKey":
      return b64(await subtle.wrapKey(formatFrom(args.format), keys.get(args.key), keys.get(args.wrappingKey), algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier));
    case "unwrapKey": {
      const key = await subtle.unwrapKey(
        formatFrom(args.format),
        bytes(args.wrapped, "wrappedKey"),
        keys.get(args.key),
        algorithmFrom(keys, args.algorithm) as unknown as webcrypto.AlgorithmIdentifier,
        algorithmFrom(keys, args.unwrappedAlgorithm) as unknown as webcrypto.AlgorithmIdentifier,
        Boolean(args.extractable),
        usagesFrom(args.usages),
      );
      return keys.add(key);
    }
    default:
      throw new TypeError(`crypto.subtle.${op} is not a function`);
  }
}
