/**
 * The chain simulator's own memory, without the keeper: one in-process EDR chain (as the embedded stack
 * runs it), `blocks` blocks mined with one plain transfer each (the soak's blocks carry the keepers' and
 * relayers' transactions; empty interval blocks are cheaper), RSS and the anonymous / file-backed split
 * sampled after a forced GC. The campaign runs it in a child process after the soak with the soak's block
 * count, so the report can set the stack's growth beside the chain's alone.
 *
 *   node --expose-gc test/long/edr-memory.ts [--blocks N] [--every K] [--tx-every T]
 *
 * Prints one JSON object: { samples: [{ blocks, rssMb, anonMb, fileMb, heapMb, externalMb }] }.
 */
import { parseArgs } from "node:util";
import { http, createWalletClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { startLocalChain } from "../../keeper/src/chain/local.ts";
import { memorySample } from "./memory.ts";

const { values } = parseArgs({ options: { blocks: { type: "string", default: "2000" }, every: { type: "string", default: "250" }, "tx-every": { type: "string", default: "1" } } });
const blocks = Number(values.blocks);
const every = Number(values.every);
const txEvery = Number(values["tx-every"]);
if (![blocks, every, txEvery].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("--blocks, --every and --tx-every must be positive integers");
  process.exit(2);
}

const chain = await startLocalChain({ chainId: 31_999 });
const account = privateKeyToAccount(chain.accounts[1]!.privateKey);
const wallet = createWalletClient({ account, transport: http(chain.rpcUrl) });
const request = (method: string, params: unknown[] = []) => chain.provider.request({ method, params } as never) as Promise<unknown>;
const samples: Array<ReturnType<typeof memorySample> & { blocks: number }> = [];
const height = async () => Number(BigInt((await request("eth_blockNumber")) as string));
samples.push({ blocks: await height(), ...memorySample() });
for (let i = 1; i <= blocks; i++) {
  if (i % txEvery === 0) await wallet.sendTransaction({ to: chain.accounts[2]!.address, value: BigInt(i), chain: null });
  else await request("evm_mine");
  if (i % every === 0) samples.push({ blocks: await height(), ...memorySample() });
}
await chain.close();
console.log(JSON.stringify({ samples }));
