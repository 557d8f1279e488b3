/**
 * What a relayer needs around the relay action: find `MessageSent` logs, turn them into messages, build
 * the action's jsParams, and encode the delivery calldata from the action's signature. Pure (no I/O):
 * the relayer service brings its own RPC client.
 */
import { type Address, type Hex, type Log, decodeEventLog, encodeFunctionData, getAddress, parseAbi, toHex } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import { type LitMessage, encodePackedMessage, messageId } from "./message.ts";

/** The messenger's ABI items the relayer uses (kept here so this layer never imports the keeper). */
export const MESSENGER_RELAY_ABI = parseAbi([
  "event MessageSent(bytes32 indexed id, uint64 indexed dstChainId, address indexed sender, uint64 nonce, address dstMessenger, address recipient, uint32 gasLimit, uint8 version, bytes payload)",
  "function deliver(bytes message, bytes32 r, bytes32 vs)",
  "function deliverBatch(bytes[] messages, bytes32 r, bytes32 vs)",
  "function retry(bytes message, uint32 gasLimit)",
  "function isDelivered(uint64 srcChainId, address srcMessenger, uint64 nonce) view returns (bool)",
  "function status(bytes32 id) view returns (uint8)",
]);

/** A message found in a source log, with where it was found. */
export type FoundMessage = {
  id: Hex;
  message: LitMessage;
  txHash: Hex;
  logIndex: number;
  blockNumber: bigint;
  blockHash: Hex;
};

export class MessageLogError extends Error {
  override name = "MessageLogError";
}

/**
 * Decodes one `MessageSent` log emitted on `srcChainId`; the log's address is the source messenger.
 * Throws `MessageLogError` if it is not a MessageSent log or its id does not match its fields.
 */
export function decodeMessageLog(log: Pick<Log, "address" | "topics" | "data">, srcChainId: bigint): { id: Hex; message: LitMessage } {
  let decoded;
  try {
    decoded = decodeEventLog({ abi: MESSENGER_RELAY_ABI, eventName: "MessageSent", topics: log.topics as [Hex, ...Hex[]], data: log.data, strict: true });
  } catch (cause) {
    throw new MessageLogError(`not a MessageSent log: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`);
  }
  const a = decoded.args;
  const message: LitMessage = {
    version: a.version,
    srcChainId,
    srcMessenger: getAddress(log.address),
    nonce: a.nonce,
    sender: getAddress(a.sender),
    dstChainId: a.dstChainId,
    dstMessenger: getAddress(a.dstMessenger),
    recipient: getAddress(a.recipient),
    gasLimit: a.gasLimit,
    payload: a.payload,
  };
  const id = messageId(message);
  if (id !== a.id) throw new MessageLogError(`log id ${a.id} does not match its fields (rebuilt ${id})`);
  return { id, message };
}

/** Every MessageSent log of `srcMessenger` among `logs` (other contracts' logs and other events are ignored). */
export function findMessages(logs: readonly Log[], source: { chainId: bigint; messenger: Address }): FoundMessage[] {
  const out: FoundMessage[] = [];
  const messenger = getAddress(source.messenger);
  for (const log of logs) {
    if (getAddress(log.address) !== messenger || log.removed) continue;
    let decoded;
    try {
      decoded = decodeMessageLog(log, source.chainId);
    } catch {
      continue;
    }
    if (log.transactionHash === null || log.logIndex === null || log.blockNumber === null || log.blockHash === null) continue;
    out.push({ ...decoded, txHash: log.transactionHash, logIndex: log.logIndex, blockNumber: log.blockNumber, blockHash: log.blockHash });
  }
  return out;
}

/** Most messages one relay execution signs (Lit allows 10 signatures; a batch is one). */
export const MAX_MESSAGES_PER_RELAY = 32;

/** The relay action's jsParams: only which messages; everything else is in the bundle's manifest. */
export type RelayParams = {
  version: 1;
  /** Name of the source chain in the manifest. */
  sourceChain: string;
  /** The messages, each by transaction and log index on the source chain. */
  messages: { txHash: Hex; logIndex: number }[];
};

export function buildRelayParams(sourceChain: string, found: readonly Pick<FoundMessage, "txHash" | "logIndex">[]): RelayParams {
  if (found.length === 0) throw new Error("no messages to relay");
  if (found.length > MAX_MESSAGES_PER_RELAY) throw new Error(`at most ${MAX_MESSAGES_PER_RELAY} messages per relay, got ${found.length}`);
  return { version: 1, sourceChain, messages: found.map(({ txHash, logIndex }) => ({ txHash, logIndex })) };
}

/** EIP-2098 compact form of a Lit signature (`signature` = r ‖ s, `recoveryId` 0/1). */
export function compactSignature(sig: Pick<LitSignature, "signature" | "recoveryId">): { r: Hex; vs: Hex } {
  const hex = sig.signature.replace(/^0x/, "");
  if (!/^[0-9a-fA-F]{128}$/.test(hex)) throw new Error("signature must be 64 bytes (r || s)");
  if (sig.recoveryId !== 0 && sig.recoveryId !== 1) throw new Error(`recoveryId must be 0 or 1, got ${sig.recoveryId}`);
  const s = BigInt(`0x${hex.slice(64)}`);
  return { r: `0x${hex.slice(0, 64)}`, vs: toHex(s | (BigInt(sig.recoveryId) << 255n), { size: 32 }) };
}

export function encodeDeliver(message: LitMessage, sig: { r: Hex; vs: Hex }): Hex {
  return encodeFunctionData({ abi: MESSENGER_RELAY_ABI, functionName: "deliver", args: [encodePackedMessage(message), sig.r, sig.vs] });
}

export function encodeDeliverBatch(messages: readonly LitMessage[], sig: { r: Hex; vs: Hex }): Hex {
  return encodeFunctionData({ abi: MESSENGER_RELAY_ABI, functionName: "deliverBatch", args: [messages.map(encodePackedMessage), sig.r, sig.vs] });
}

export function encodeRetry(message: LitMessage, gasLimit: number): Hex {
  return encodeFunctionData({ abi: MESSENGER_RELAY_ABI, functionName: "retry", args: [encodePackedMessage(message), gasLimit] });
}
