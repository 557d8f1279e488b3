/**
 * Gas of the messenger (full transaction `gasUsed`, in-process EDR chains, Prague rules, steady state):
 * - send100B: `sendMessage` of a 100-byte payload on a lane that has sent before (nonzero nonce word);
 * - deliver100B: `deliver` of one such message to a `MessageSink` (the cheapest correct recipient:
 *   checks its messenger and returns), on a route that has delivered before, same rate window;
 * - batch10.perMessage: `deliverBatch` of 10 such messages under one signature, gasUsed / 10.
 * The signer is a local key standing in for the PKP (the signature bytes cost the same).
 */
import { type Hex, keccak256, toHex } from "viem";
import { privateKeyToAddress, sign } from "viem/accounts";
import { messengerAbi } from "../keeper/src/chain/abi.ts";
import { type LitMessage, batchDigest, messageDigest, messageId } from "../actions/src/messenger/message.ts";
import { compactSignature, decodeMessageLog, encodeDeliver, encodeDeliverBatch } from "../actions/src/messenger/relayer.ts";
import { devAccounts } from "../keeper/src/chain/local.ts";
import { type Side, startMessengerPair, write } from "../test/messenger/fixture.ts";
import type { BenchLog } from "./index.ts";

const PAYLOAD_BYTES = 100;
const GAS_LIMIT = 50_000;

/** A 100-byte payload with realistic entropy (no long zero runs), distinct per message. */
function payload(i: number): Hex {
  let out = "";
  let seed = keccak256(toHex(`payload-${i}`));
  while (out.length < PAYLOAD_BYTES * 2) {
    out += seed.slice(2);
    seed = keccak256(seed);
  }
  return `0x${out.slice(0, PAYLOAD_BYTES * 2)}`;
}

export async function run(log: BenchLog): Promise<Record<string, number>> {
  const signerKey = devAccounts(6)[5]!.privateKey;
  const pair = await startMessengerPair({ signer: privateKeyToAddress(signerKey) });
  try {
    const { a, b } = pair;
    let i = 0;
    const send = async (): Promise<{ gas: number; message: LitMessage }> => {
      const receipt = await write(a, a.messenger, messengerAbi, "sendMessage", [BigInt(b.chain.chainId), b.sink, payload(i++), GAS_LIMIT]);
      const log0 = receipt.logs.find((l) => l.address.toLowerCase() === a.messenger.toLowerCase())!;
      return { gas: Number(receipt.gasUsed), message: decodeMessageLog(log0, BigInt(a.chain.chainId)).message };
    };
    const submit = async (side: Side, data: Hex): Promise<number> => {
      const hash = await side.wallet.sendTransaction({ to: side.messenger, data, chain: side.wallet.chain, account: side.wallet.account! });
      const receipt = await side.public.waitForTransactionReceipt({ hash });
      if (receipt.status !== "success") throw new Error(`benchmark transaction reverted: ${hash}`);
      return Number(receipt.gasUsed);
    };
    const deliverOne = async (message: LitMessage): Promise<number> => {
      const signature = await sign({ hash: messageDigest(message), privateKey: signerKey });
      return submit(b, encodeDeliver(message, compactSignature({ signature: `${signature.r}${signature.s.slice(2)}` as Hex, recoveryId: signature.yParity as 0 | 1 })));
    };

    const first = await send();
    const second = await send();
    log(`send: first ${first.gas}, steady ${second.gas}`);
    await deliverOne(first.message);
    const deliverSteady = await deliverOne(second.message);

    const batch: LitMessage[] = [];
    for (let k = 0; k < 10; k++) batch.push((await send()).message);
    const digest = batchDigest({ dstChainId: BigInt(b.chain.chainId), dstMessenger: b.messenger }, batch.map(messageId));
    const sig = await sign({ hash: digest, privateKey: signerKey });
    const batchGas = await submit(b, encodeDeliverBatch(batch, compactSignature({ signature: `${sig.r}${sig.s.slice(2)}` as Hex, recoveryId: sig.yParity as 0 | 1 })));
    log(`deliver: steady ${deliverSteady}; batch of 10: ${batchGas}`);
    return {
      "messenger.send100B.gas": second.gas,
      "messenger.deliver100B.gas": deliverSteady,
      "messenger.batch10.perMessageGas": Math.round(batchGas / 10),
    };
  } finally {
    await pair.close();
  }
}
