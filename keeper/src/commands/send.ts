/**
 * `lit-oracle send ping --from <network> --to <network>`: `push`'s counterpart for messages. Sends a
 * ping from the PingPong example app on one chain to its peer on another (deployments/<network>.json,
 * as `lit-oracle deploy` or the embedded stack write them), prints the message id, and with `--wait`
 * waits until the destination has consumed it and prints the delivery transaction (the PingPong's
 * `Pong` log carries the id: a successful delivery emits no messenger event).
 *
 * The sender key comes from $SENDER_PRIVATE_KEY (never a flag). Every argument is checked before
 * anything is sent: a bad invocation exits 2 and changes nothing.
 */
import type { Command } from "commander";
import { createPublicClient, createWalletClient, decodeEventLog, http, isHex, type Address, type Hex, type PublicClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { NonRetryableError } from "../../../common/errors.ts";
import { messengerAbi, pingPongAbi } from "../chain/abi.ts";
import { DEFAULT_DEPLOYMENTS_DIR, readDeployment, type Deployment } from "../chain/deploy.ts";
import { sendPing } from "../chain/messaging.ts";
import { chainOf } from "../rpc.ts";
import { sleep } from "../retry.ts";
import { reportError } from "./keeper.ts";

/** Environment variable holding the sender's private key. */
export const SENDER_KEY_ENV = "SENDER_PRIVATE_KEY";
/** Exit code of a bad invocation (nothing was sent). */
export const EXIT_BAD_ARGS = 2;
/** Default bound of `--wait`, seconds. */
export const DEFAULT_SEND_WAIT_SECONDS = 300;
/** How often `--wait` reads the destination, ms. */
export const SEND_WAIT_POLL_MS = 500;
/** Most hops one `send ping` may ask for. */
export const MAX_PING_HOPS = 1_000_000;

export class SendArgsError extends NonRetryableError {
  override name = "SendArgsError";
}

export type SendPingOptions = {
  from: string;
  to: string;
  rpcFrom: string;
  rpcTo?: string;
  hops: number;
  wait: boolean;
  waitSeconds: number;
  deployments: string;
  privateKey: string | undefined;
};

export type SendPingResult = {
  messageId: Hex;
  nonce: string;
  from: { network: string; chainId: number; txHash: Hex };
  to: { network: string; chainId: number };
  delivery?: { txHash: Hex; blockNumber: string };
};

function messagingOf(d: Deployment, flag: string) {
  if (!d.messaging?.pingPong) throw new SendArgsError(`${flag} ${d.network}: the deployment has no messenger with a PingPong app (deploy one first)`);
  return d.messaging as Required<NonNullable<Deployment["messaging"]>>;
}

/** Checks every argument (nothing sent yet); throws {@link SendArgsError}. */
export function checkSendPing(options: SendPingOptions): { src: Deployment; dst: Deployment; key: Hex } {
  if (options.from === options.to) throw new SendArgsError(`--from and --to are the same network (${options.from})`);
  if (!Number.isInteger(options.hops) || options.hops < 1 || options.hops > MAX_PING_HOPS) throw new SendArgsError(`--hops must be an integer in [1, ${MAX_PING_HOPS}]`);
  if (options.wait && !options.rpcTo) throw new SendArgsError("--wait needs --rpc-to (the destination's JSON-RPC endpoint)");
  const key = options.privateKey;
  if (!key || !isHex(key) || key.length !== 66) throw new SendArgsError(`set ${SENDER_KEY_ENV} to the sender's 32-byte hex private key`);
  let src: Deployment;
  let dst: Deployment;
  try {
    src = readDeployment(options.from, options.deployments);
    dst = readDeployment(options.to, options.deployments);
  } catch (error) {
    throw new SendArgsError((error as NonRetryableError).shortMessage ?? String(error), { metaMessages: (error as NonRetryableError).metaMessages ?? [] });
  }
  if (src.chainId === dst.chainId) throw new SendArgsError(`--from ${src.network} and --to ${dst.network} are the same chain (${src.chainId})`);
  messagingOf(src, "--from");
  messagingOf(dst, "--to");
  return { src, dst, key: key as Hex };
}

async function checkChain(client: PublicClient, expected: number, flag: string): Promise<void> {
  const chainId = await client.getChainId();
  if (chainId !== expected) throw new SendArgsError(`${flag} serves chain ${chainId}, but the deployment is for chain ${expected}`);
}

/** Sends the ping; with `wait`, waits for its delivery on the destination. */
export async function sendPingCommand(options: SendPingOptions): Promise<SendPingResult> {
  const { src, dst, key } = checkSendPing(options);
  const srcMessaging = messagingOf(src, "--from");
  const dstMessaging = messagingOf(dst, "--to");
  const srcChain = chainOf({ chainId: src.chainId, name: src.network, rpcUrls: [options.rpcFrom] });
  const srcPublic = createPublicClient({ chain: srcChain, transport: http(options.rpcFrom), pollingInterval: 100 }) as PublicClient;
  const dstPublic = options.rpcTo ? (createPublicClient({ chain: chainOf({ chainId: dst.chainId, name: dst.network, rpcUrls: [options.rpcTo] }), transport: http(options.rpcTo) }) as PublicClient) : undefined;
  await checkChain(srcPublic, src.chainId, "--rpc-from");
  if (dstPublic) await checkChain(dstPublic, dst.chainId, "--rpc-to");
  const peer = await srcPublic.readContract({ address: srcMessaging.pingPong, abi: pingPongAbi, functionName: "peer", args: [BigInt(dst.chainId)] });
  if ((peer as string).toLowerCase() !== dstMessaging.pingPong.toLowerCase()) {
    throw new SendArgsError(`the PingPong on ${src.network} has peer ${peer} for chain ${dst.chainId}, not ${dst.network}'s PingPong ${dstMessaging.pingPong}`);
  }
  const fromBlock = dstPublic ? await dstPublic.getBlockNumber() : 0n;
  const walletClient = createWalletClient({ chain: srcChain, transport: http(options.rpcFrom), account: privateKeyToAccount(key) });
  const { txHash, message } = await sendPing({ walletClient, publicClient: srcPublic }, { pingPong: srcMessaging.pingPong, messenger: srcMessaging.messenger, dstChainId: dst.chainId, hops: BigInt(options.hops) });
  const result: SendPingResult = {
    messageId: message.id,
    nonce: message.message.nonce.toString(),
    from: { network: src.network, chainId: src.chainId, txHash },
    to: { network: dst.network, chainId: dst.chainId },
  };
  if (!options.wait || !dstPublic) return result;
  const deadline = Date.now() + options.waitSeconds * 1000;
  for (;;) {
    const delivered = await dstPublic.readContract({ address: dstMessaging.messenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(src.chainId), srcMessaging.messenger as Address, message.message.nonce] });
    if (delivered) break;
    if (Date.now() > deadline) throw new NonRetryableError(`message ${message.id} was not delivered on ${dst.network} within ${options.waitSeconds} s`, { metaMessages: ["is a keeper relaying this route? (lit-oracle relay status)"] });
    await sleep(SEND_WAIT_POLL_MS);
  }
  const logs = await dstPublic.getLogs({ address: dstMessaging.pingPong, fromBlock, toBlock: "latest" });
  for (const log of logs) {
    try {
      const ev = decodeEventLog({ abi: pingPongAbi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
      if (ev.eventName === "Pong" && (ev.args as { id: Hex }).id.toLowerCase() === message.id.toLowerCase()) {
        result.delivery = { txHash: log.transactionHash!, blockNumber: log.blockNumber!.toString() };
        return result;
      }
    } catch {
      // another event
    }
  }
  const status = await dstPublic.readContract({ address: dstMessaging.messenger, abi: messengerAbi, functionName: "status", args: [message.id] });
  throw new NonRetryableError(`message ${message.id} was consumed on ${dst.network} but its handler did not run successfully (status ${status})`, { metaMessages: ["lit-oracle relay status shows the reason; the relay retries a failed handler"] });
}

export function register(program: Command): void {
  const send = program.command("send").description("send a message through an example app (push's counterpart for messages)");
  send
    .command("ping")
    .description(`send a ping from the PingPong on --from to its peer on --to; prints the message id (key from $${SENDER_KEY_ENV})`)
    .requiredOption("--from <network>", "source network (deployments/<network>.json)")
    .requiredOption("--to <network>", "destination network")
    .requiredOption("--rpc-from <url>", "JSON-RPC endpoint of the source chain")
    .option("--rpc-to <url>", "JSON-RPC endpoint of the destination (needed by --wait)")
    .option("--hops <n>", "rally length: each delivery answers until this many messages", "1")
    .option("--wait", "wait for the delivery and print its transaction on the destination")
    .option("--wait-seconds <s>", "bound of --wait", String(DEFAULT_SEND_WAIT_SECONDS))
    .option("--deployments <dir>", "directory of the deployment files", DEFAULT_DEPLOYMENTS_DIR)
    .option("--json", "print the result as one JSON object")
    .action(async (o: { from: string; to: string; rpcFrom: string; rpcTo?: string; hops: string; wait?: boolean; waitSeconds: string; deployments: string; json?: boolean }) => {
      try {
        const result = await sendPingCommand({
          from: o.from,
          to: o.to,
          rpcFrom: o.rpcFrom,
          ...(o.rpcTo ? { rpcTo: o.rpcTo } : {}),
          hops: Number(o.hops),
          wait: Boolean(o.wait),
          waitSeconds: Number(o.waitSeconds),
          deployments: o.deployments,
          privateKey: process.env[SENDER_KEY_ENV],
        });
        if (o.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(`message ${result.messageId} (nonce ${result.nonce}) sent on ${result.from.network} in ${result.from.txHash}\n`);
          if (result.delivery) process.stdout.write(`delivered on ${result.to.network} in ${result.delivery.txHash} (block ${result.delivery.blockNumber})\n`);
        }
      } catch (error) {
        reportError(error);
        process.exitCode = error instanceof SendArgsError ? EXIT_BAD_ARGS : 1;
      }
      setTimeout(() => process.exit(), 200).unref();
    });
}
