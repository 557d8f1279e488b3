/**
 * CIDv0 of a Lit Action's exact code bytes, computed the way Lit computes it (`ipfs-only-hash@4` →
 * `ipfs-unixfs-importer@7` defaults, and the node's Rust `IpfsHasher`): a UnixFS *file* in dag-pb,
 * sha2-256, fixed 262144-byte chunks, a balanced DAG with at most 174 links per node, no raw leaves.
 *
 * Content up to one chunk is a single dag-pb node `PBNode{Data: UnixFS{Type: File, Data, filesize}}`;
 * larger content becomes leaves of that shape under parents `UnixFS{Type: File, filesize, blocksizes}`
 * whose links carry `Tsize` = the child's block length plus its own links' `Tsize`.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { base58 } from "@scure/base";

/** Fixed chunk size of the default UnixFS importer, bytes. */
export const CID_CHUNK_SIZE_BYTES = 262_144;
/** Maximum links per node of the balanced DAG. */
export const CID_MAX_CHILDREN_PER_NODE = 174;

const UNIXFS_TYPE_FILE = 2;
/** Multihash prefix: sha2-256 (0x12), 32 bytes (0x20). */
const MULTIHASH_SHA256_PREFIX = [0x12, 0x20] as const;

type Built = {
  /** Multihash bytes (0x1220 ‖ sha256(block)). */
  multihash: Uint8Array;
  /** Cumulative DAG size: block length plus the children's cumulative sizes (`Tsize`). */
  cumulativeSize: number;
  /** File bytes below this node. */
  fileSize: number;
};

/** The CIDv0 (`Qm…`) of these exact bytes (strings are encoded as UTF-8). */
export function cidOf(content: string | Uint8Array): string {
  return base58.encode(cidBytesOf(content));
}

/** The raw multihash bytes of the CIDv0 (what PKPPermissions stores for a permitted action). */
export function cidBytesOf(content: string | Uint8Array): Uint8Array {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const leaves: Built[] = [];
  if (bytes.length === 0) leaves.push(buildLeaf(bytes));
  for (let offset = 0; offset < bytes.length; offset += CID_CHUNK_SIZE_BYTES) {
    leaves.push(buildLeaf(bytes.subarray(offset, offset + CID_CHUNK_SIZE_BYTES)));
  }
  return reduceBalanced(leaves).multihash;
}

/** Decodes a CIDv0 string into its multihash bytes, with a clear error for anything else. */
export function cidToBytes(cid: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(cid);
  } catch (cause) {
    throw new Error(`Invalid IPFS CID "${cid}": not base58`, { cause });
  }
  if (bytes.length !== 34 || bytes[0] !== MULTIHASH_SHA256_PREFIX[0] || bytes[1] !== MULTIHASH_SHA256_PREFIX[1]) {
    throw new Error(`Invalid IPFS CID "${cid}": expected a CIDv0 (Qm…, sha2-256 multihash)`);
  }
  return bytes;
}

export function isCidV0(value: string): boolean {
  try {
    cidToBytes(value);
    return true;
  } catch {
    return false;
  }
}

function reduceBalanced(nodes: Built[]): Built {
  if (nodes.length === 1) return nodes[0]!;
  const parents: Built[] = [];
  for (let i = 0; i < nodes.length; i += CID_MAX_CHILDREN_PER_NODE) {
    parents.push(buildParent(nodes.slice(i, i + CID_MAX_CHILDREN_PER_NODE)));
  }
  return reduceBalanced(parents);
}

function buildLeaf(chunk: Uint8Array): Built {
  const unixfs = concat([
    field(1, varint(UNIXFS_TYPE_FILE)),
    chunk.length > 0 ? lengthDelimited(2, chunk) : new Uint8Array(),
    field(3, varint(chunk.length)),
  ]);
  const block = lengthDelimited(1, unixfs);
  return { multihash: multihash(block), cumulativeSize: block.length, fileSize: chunk.length };
}

function buildParent(children: Built[]): Built {
  const fileSize = children.reduce((sum, child) => sum + child.fileSize, 0);
  const unixfs = concat([
    field(1, varint(UNIXFS_TYPE_FILE)),
    field(3, varint(fileSize)),
    ...children.map((child) => field(4, varint(child.fileSize))),
  ]);
  // dag-pb canonical order: Links (field 2) before Data (field 1); PBLink{Hash, Name: "", Tsize}.
  const links = children.map((child) =>
    lengthDelimited(2, concat([lengthDelimited(1, child.multihash), lengthDelimited(2, new Uint8Array()), field(3, varint(child.cumulativeSize))])),
  );
  const block = concat([...links, lengthDelimited(1, unixfs)]);
  const cumulativeSize = block.length + children.reduce((sum, child) => sum + child.cumulativeSize, 0);
  return { multihash: multihash(block), cumulativeSize, fileSize };
}

function multihash(block: Uint8Array): Uint8Array {
  return concat([Uint8Array.from(MULTIHASH_SHA256_PREFIX), sha256(block)]);
}

/** A varint-typed field (wire type 0) whose value bytes are already varint-encoded. */
function field(fieldNumber: number, value: Uint8Array): Uint8Array {
  return concat([varint(fieldNumber << 3), value]);
}

function lengthDelimited(fieldNumber: number, value: Uint8Array): Uint8Array {
  return concat([varint((fieldNumber << 3) | 2), varint(value.length), value]);
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
