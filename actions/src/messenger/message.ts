/**
 * The cross-chain message: one definition shared by the relay action (which rebuilds and signs it), the
 * relayer (which finds it in logs and delivers it) and the tests. The Solidity side
 * (`contracts/libraries/MessageLib.sol`, `contracts/messaging/LitMessenger.sol`) is tested against it.
 *
 * id = hashStruct(LitMessage) binds version, both chains and messengers, nonce, sender, recipient, gas
 * limit and keccak256(payload). The signer signs the EIP-712 digest of the id (one message) or of
 * LitMessageBatch(bytes32[] ids) (a batch) in the destination's domain
 * { name: "LitMessenger", version: "1", chainId: destination, verifyingContract: destination messenger }.
 *
 * Pure: no I/O, no clock.
 */
import { type Address, type Hex, concat, getAddress, hashStruct, hashTypedData, numberToHex, size, slice, hexToNumber, hexToBigInt } from "viem";

export const MESSAGE_VERSION = 1;
export const MESSENGER_DOMAIN_NAME = "LitMessenger";
export const MESSENGER_DOMAIN_VERSION = "1";

export const MESSAGE_TYPES = {
  LitMessage: [
    { name: "version", type: "uint8" },
    { name: "srcChainId", type: "uint64" },
    { name: "srcMessenger", type: "address" },
    { name: "nonce", type: "uint64" },
    { name: "sender", type: "address" },
    { name: "dstChainId", type: "uint64" },
    { name: "dstMessenger", type: "address" },
    { name: "recipient", type: "address" },
    { name: "gasLimit", type: "uint32" },
    { name: "payload", type: "bytes" },
  ],
} as const;

export const BATCH_TYPES = { LitMessageBatch: [{ name: "ids", type: "bytes32[]" }] } as const;

/** A message with every field of its id. */
export type LitMessage = {
  version: number;
  srcChainId: bigint;
  srcMessenger: Address;
  nonce: bigint;
  sender: Address;
  dstChainId: bigint;
  dstMessenger: Address;
  recipient: Address;
  gasLimit: number;
  payload: Hex;
};

/** The message id: hashStruct(LitMessage). */
export function messageId(message: LitMessage): Hex {
  return hashStruct({ data: { ...message }, primaryType: "LitMessage", types: MESSAGE_TYPES });
}

function domainOf(message: Pick<LitMessage, "dstChainId" | "dstMessenger">) {
  return {
    name: MESSENGER_DOMAIN_NAME,
    version: MESSENGER_DOMAIN_VERSION,
    chainId: message.dstChainId,
    verifyingContract: message.dstMessenger,
  } as const;
}

/** The digest the signer signs to deliver one message (`LitMessenger.messageDigest`). */
export function messageDigest(message: LitMessage): Hex {
  return hashTypedData({ domain: domainOf(message), types: MESSAGE_TYPES, primaryType: "LitMessage", message: { ...message } });
}

/** The digest the signer signs to deliver `ids` (in delivery order) to one destination messenger. */
export function batchDigest(destination: Pick<LitMessage, "dstChainId" | "dstMessenger">, ids: readonly Hex[]): Hex {
  return hashTypedData({ domain: domainOf(destination), types: BATCH_TYPES, primaryType: "LitMessageBatch", message: { ids } });
}

/** Bytes of the packed header before the payload (`MessageLib.HEADER_BYTES`). */
export const PACKED_HEADER_BYTES = 81;

/**
 * The destination's wire format: version (1) | srcChainId (8) | srcMessenger (20) | nonce (8) | sender (20) |
 * recipient (20) | gasLimit (4) | payload. dstChainId and dstMessenger are implied by where it is delivered.
 */
export function encodePackedMessage(m: LitMessage): Hex {
  return concat([
    numberToHex(m.version, { size: 1 }),
    numberToHex(m.srcChainId, { size: 8 }),
    m.srcMessenger,
    numberToHex(m.nonce, { size: 8 }),
    m.sender,
    m.recipient,
    numberToHex(m.gasLimit, { size: 4 }),
    m.payload,
  ]);
}

/** Inverse of {@link encodePackedMessage}, given the destination it was delivered to. */
export function decodePackedMessage(packed: Hex, destination: Pick<LitMessage, "dstChainId" | "dstMessenger">): LitMessage {
  if (size(packed) < PACKED_HEADER_BYTES) throw new Error(`packed message of ${size(packed)} bytes is shorter than its ${PACKED_HEADER_BYTES}-byte header`);
  return {
    version: hexToNumber(slice(packed, 0, 1)),
    srcChainId: hexToBigInt(slice(packed, 1, 9)),
    srcMessenger: getAddress(slice(packed, 9, 29)),
    nonce: hexToBigInt(slice(packed, 29, 37)),
    sender: getAddress(slice(packed, 37, 57)),
    dstChainId: destination.dstChainId,
    dstMessenger: destination.dstMessenger,
    recipient: getAddress(slice(packed, 57, 77)),
    gasLimit: hexToNumber(slice(packed, 77, 81)),
    payload: size(packed) === PACKED_HEADER_BYTES ? "0x" : slice(packed, 81),
  };
}
