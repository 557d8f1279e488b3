/**
 * The TypeScript message module against the contract: ids, digests and the packed wire format agree for
 * random messages (fast-check), and the relayer helpers refuse what they should.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Address, type Hex, getAddress, toHex } from "viem";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import { startLocalChain } from "../../keeper/src/chain/local.ts";
import { type LitMessage, batchDigest, decodePackedMessage, encodePackedMessage, messageDigest, messageId } from "../../actions/src/messenger/message.ts";
import { buildRelayParams, compactSignature, findMessages, MAX_MESSAGES_PER_RELAY } from "../../actions/src/messenger/relayer.ts";
import { type Side, clientsOf, deploy, write } from "./fixture.ts";

let chain: LocalChain;
let side: Pick<Side, "wallet" | "public">;
let messenger: Address;

beforeAll(async () => {
  chain = await startLocalChain({ chainId: 31_103 });
  side = clientsOf(chain);
  messenger = await deploy(side, "LitMessenger", [chain.accounts[0]!.address, chain.accounts[2]!.address, chain.accounts[1]!.address, 3600, 3600]);
});
afterAll(async () => {
  await chain?.close();
});

const address = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => getAddress(toHex(b)));
const arbitraryMessage = () =>
  fc.record({
    version: fc.integer({ min: 0, max: 255 }),
    srcChainId: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    srcMessenger: address,
    nonce: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    sender: address,
    recipient: address,
    gasLimit: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    payload: fc.uint8Array({ maxLength: 300 }).map((b) => toHex(b)),
  });

describe("message module vs LitMessenger", () => {
  it("id, digest, packed encoding and decoding agree with the contract", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMessage(), async (m) => {
        const message: LitMessage = { ...m, dstChainId: BigInt(chain.chainId), dstMessenger: messenger };
        const packed = encodePackedMessage(message);
        expect(decodePackedMessage(packed, message)).toEqual(message);
        const read = (functionName: "messageId" | "messageDigest") => side.public.readContract({ address: messenger, abi: messengerAbi, functionName, args: [packed] });
        expect(await read("messageId")).toBe(messageId(message));
        expect(await read("messageDigest")).toBe(messageDigest(message));
        const decoded = await side.public.readContract({ address: messenger, abi: messengerAbi, functionName: "decodeMessage", args: [packed] });
        expect({ ...decoded, srcMessenger: getAddress(decoded.srcMessenger), sender: getAddress(decoded.sender), recipient: getAddress(decoded.recipient) }).toEqual({
          version: m.version,
          srcChainId: m.srcChainId,
          srcMessenger: m.srcMessenger,
          nonce: m.nonce,
          sender: m.sender,
          recipient: m.recipient,
          gasLimit: m.gasLimit,
          payload: m.payload,
        });
      }),
      { numRuns: 25 },
    );
  });

  it("batch digest agrees with the contract", async () => {
    const ids = [messageId({ version: 1, srcChainId: 1n, srcMessenger: messenger, nonce: 0n, sender: messenger, dstChainId: BigInt(chain.chainId), dstMessenger: messenger, recipient: messenger, gasLimit: 1, payload: "0x" }), `0x${"ab".repeat(32)}` as Hex];
    expect(await side.public.readContract({ address: messenger, abi: messengerAbi, functionName: "batchDigest", args: [ids] })).toBe(
      batchDigest({ dstChainId: BigInt(chain.chainId), dstMessenger: messenger }, ids),
    );
  });

  it("decodePackedMessage refuses a short header", () => {
    expect(() => decodePackedMessage(`0x${"00".repeat(80)}`, { dstChainId: 1n, dstMessenger: messenger })).toThrow(/shorter than its 81-byte header/);
  });
});

describe("relayer helpers", () => {
  it("findMessages keeps only the configured messenger's MessageSent logs", async () => {
    await write(side, messenger, messengerAbi, "setOutboundLane", [1n, messenger, 1_000_000]);
    const receipt = await write(side, messenger, messengerAbi, "sendMessage", [1n, messenger, "0x01", 50_000]);
    const found = findMessages(receipt.logs, { chainId: BigInt(chain.chainId), messenger });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatchObject({ nonce: 0n, dstChainId: 1n, srcMessenger: messenger, payload: "0x01" });
    expect(findMessages(receipt.logs, { chainId: BigInt(chain.chainId), messenger: chain.accounts[5]!.address })).toEqual([]);
    // Another event of the messenger (OutboundLaneSet) is not a message.
    const laneSet = await write(side, messenger, messengerAbi, "setOutboundLane", [2n, messenger, 1_000_000]);
    expect(findMessages(laneSet.logs, { chainId: BigInt(chain.chainId), messenger })).toEqual([]);
    // Decoded on the wrong chain id, the id no longer matches its fields.
    expect(findMessages(receipt.logs, { chainId: 999n, messenger })).toEqual([]);
  });

  it("buildRelayParams and compactSignature refuse bad input", () => {
    expect(() => buildRelayParams("a", [])).toThrow(/no messages/);
    const many = Array.from({ length: MAX_MESSAGES_PER_RELAY + 1 }, (_, i) => ({ txHash: toHex(i, { size: 32 }), logIndex: 0 }));
    expect(() => buildRelayParams("a", many)).toThrow(/at most/);
    expect(() => compactSignature({ signature: "0x1234", recoveryId: 0 })).toThrow(/64 bytes/);
    expect(() => compactSignature({ signature: `0x${"11".repeat(64)}`, recoveryId: 2 as 0 })).toThrow(/recoveryId/);
    expect(compactSignature({ signature: `0x${"11".repeat(32)}${"22".repeat(32)}`, recoveryId: 1 }).vs).toBe(`0x${"a2"}${"22".repeat(31)}`);
  });
});
