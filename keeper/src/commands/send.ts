/**
 * `lit-oracle send ping --from <network> --to <network>`: `push`'s counterpart for messages. Sends a
 * ping from the PingPong example app on one chain to its peer on another (deployments/<network>.json,
 * as `lit-oracle deploy --messenger` or the embedded stack write them), prints the message id, and with
 * `--wait` waits until the destination has consumed it and prints the delivery transaction (the
 * PingPong's `Pong` log carries the id: a successful delivery emits no messenger event).
 *
 * `lit-oracle send tokens --from --to --amount N [--recipient ADDR]`: the same for the LitTokenBridge
 * example: burns N tokens of the sender on `--from` and mints them to the recipient on `--to` once the
 * message is delivered (`BridgeIn` carries the id). The balance, the peer and the fee are checked, and
 * the call simulated, before anything is sent.
 *
 * The sender key comes from $SENDER_PRIVATE_KEY (never a flag). Every argument is checked before
 * anything is sent: a bad invocation exits 2 and changes nothing.
 */
import type { Command } from "commander";
import { createPublicClient, createWalletClient, decodeEventLog, formatUnits, getAddress, http, isAddress, isHex, parseUnits, type Abi, type Address, type Hex, type PublicClient } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { NonRetryableError } from "../../../common/errors.ts";
import { findMessages } from "../../../actions/src/messenger/relayer.ts";
import { messengerAbi, pingPongAbi, tokenBridgeAbi } from "../chain/abi.ts";
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
/** Decimals of the example bridge token (LitTokenBridge is an OpenZeppelin ERC20). */
export const BRIDGE_TOKEN_DECIMALS = 18;

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

/** The checks `send ping` and `send tokens` share: --wait's RPC, the sender's key, both deployments on two chains. */
function checkEndpoints(options: { from: string; to: string; wait?: boolean; rpcTo?: string | undefined; privateKey?: string | undefined; deployments?: string | undefined }): { src: Deployment; dst: Deployment; key: Hex } {
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
  return { src, dst, key: key as Hex };
}

/** Checks every argument (nothing sent yet); throws {@link SendArgsError}. */
export function checkSendPing(options: SendPingOptions): { src: Deployment; dst: Deployment; key: Hex } {
  if (options.from === options.to) throw new SendArgsError(`--from and --to are the same network (${options.from})`);
  if (!Number.isInteger(options.hops) || options.hops < 1 || options.hops > MAX_PING_HOPS) throw new SendArgsError(`--hops must be an integer in [1, ${MAX_PING_HOPS}]`);
  const { src, dst, key } = checkEndpoints(options);
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
  const delivery = await waitForDelivery(dstPublic, {
    srcChainId: src.chainId,
    srcMessenger: srcMessaging.messenger,
    dstMessenger: dstMessaging.messenger,
    app: dstMessaging.pingPong,
    abi: pingPongAbi,
    eventName: "Pong",
    message: { id: message.id, nonce: message.message.nonce },
    fromBlock,
    waitSeconds: options.waitSeconds,
    network: dst.network,
  });
  result.delivery = { txHash: delivery.txHash, blockNumber: delivery.blockNumber };
  return result;
}

/**
 * Polls the destination until the message is consumed (`isDelivered`), then finds the app's event
 * carrying its id (`Pong`, `BridgeIn`): the delivery transaction. A consumed message without the event
 * is a handler that failed (stored as Failed; the relay retries it).
 */
async function waitForDelivery(
  dstPublic: PublicClient,
  p: { srcChainId: number; srcMessenger: Address; dstMessenger: Address; app: Address; abi: Abi; eventName: string; message: { id: Hex; nonce: bigint }; fromBlock: bigint; waitSeconds: number; network: string },
): Promise<{ txHash: Hex; blockNumber: string; args: Record<string, unknown> }> {
  const deadline = Date.now() + p.waitSeconds * 1000;
  for (;;) {
    const delivered = await dstPublic.readContract({ address: p.dstMessenger, abi: messengerAbi, functionName: "isDelivered", args: [BigInt(p.srcChainId), p.srcMessenger, p.message.nonce] });
    if (delivered) break;
    if (Date.now() > deadline) throw new NonRetryableError(`message ${p.message.id} was not delivered on ${p.network} within ${p.waitSeconds} s`, { metaMessages: ["is a keeper relaying this route? (lit-oracle relay status)"] });
    await sleep(SEND_WAIT_POLL_MS);
  }
  const logs = await dstPublic.getLogs({ address: p.app, fromBlock: p.fromBlock, toBlock: "latest" });
  for (const log of logs) {
    try {
      const ev = decodeEventLog({ abi: p.abi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
      const args = ev.args as unknown as Record<string, unknown>;
      if (ev.eventName === p.eventName && String(args.id).toLowerCase() === p.message.id.toLowerCase()) {
        return { txHash: log.transactionHash!, blockNumber: log.blockNumber!.toString(), args };
      }
    } catch {
      // another event
    }
  }
  const status = await dstPublic.readContract({ address: p.dstMessenger, abi: messengerAbi, functionName: "status", args: [p.message.id] });
  throw new NonRetryableError(`message ${p.message.id} was consumed on ${p.network} but its handler did not run successfully (status ${status})`, { metaMessages: ["lit-oracle relay status shows the reason; the relay retries a failed handler"] });
}

export type SendTokensOptions = Omit<SendPingOptions, "hops"> & { amount: string; recipient?: string };

export type SendTokensResult = SendPingResult & {
  amount: string;
  recipient: Address;
  /** On delivery: the recipient's token balance on the destination after the mint. */
  delivery?: { txHash: Hex; blockNumber: string; recipientBalance: string };
};

function bridgeOf(d: Deployment, flag: string): Address {
  const bridge = d.messaging?.tokenBridge;
  if (!bridge) throw new SendArgsError(`${flag} ${d.network}: the deployment has no LitTokenBridge (deploy it: lit-oracle deploy --messenger --token-bridge ...)`);
  return bridge;
}

/** Checks every argument that needs no chain (nothing sent yet); throws {@link SendArgsError}. */
export function checkSendTokens(options: SendTokensOptions): { src: Deployment; dst: Deployment; key: Hex; amount: bigint; recipient: Address | undefined } {
  if (options.from === options.to) throw new SendArgsError(`--from and --to are the same network (${options.from})`);
  let amount: bigint;
  if (!/^\d+(\.\d+)?$/.test(options.amount)) throw new SendArgsError(`--amount must be a positive decimal number of tokens, got ${JSON.stringify(options.amount)}`);
  const decimals = options.amount.split(".")[1]?.length ?? 0;
  if (decimals > BRIDGE_TOKEN_DECIMALS) throw new SendArgsError(`--amount has more than ${BRIDGE_TOKEN_DECIMALS} decimals`);
  amount = parseUnits(options.amount, BRIDGE_TOKEN_DECIMALS);
  if (amount <= 0n) throw new SendArgsError("--amount must be greater than zero (the bridge refuses to burn nothing)");
  let recipient: Address | undefined;
  if (options.recipient !== undefined) {
    if (!isAddress(options.recipient)) throw new SendArgsError(`--recipient is not an address: ${options.recipient}`);
    recipient = getAddress(options.recipient);
    if (BigInt(recipient) === 0n) throw new SendArgsError("--recipient is the zero address (the tokens would be minted to nobody)");
  }
  const { src, dst, key } = checkEndpoints(options);
  bridgeOf(src, "--from");
  bridgeOf(dst, "--to");
  return { src, dst, key: key as Hex, amount, recipient };
}

/** Bridges the tokens; with `wait`, waits for the mint on the destination. */
export async function sendTokensCommand(options: SendTokensOptions): Promise<SendTokensResult> {
  const { src, dst, key, amount, recipient: given } = checkSendTokens(options);
  const srcBridge = bridgeOf(src, "--from");
  const dstBridge = bridgeOf(dst, "--to");
  const account = privateKeyToAccount(key);
  const recipient = given ?? account.address;
  const srcChain = chainOf({ chainId: src.chainId, name: src.network, rpcUrls: [options.rpcFrom] });
  const srcPublic = createPublicClient({ chain: srcChain, transport: http(options.rpcFrom), pollingInterval: 100 }) as PublicClient;
  const dstPublic = options.rpcTo ? (createPublicClient({ chain: chainOf({ chainId: dst.chainId, name: dst.network, rpcUrls: [options.rpcTo] }), transport: http(options.rpcTo) }) as PublicClient) : undefined;
  await checkChain(srcPublic, src.chainId, "--rpc-from");
  if (dstPublic) await checkChain(dstPublic, dst.chainId, "--rpc-to");
  const peer = (await srcPublic.readContract({ address: srcBridge, abi: tokenBridgeAbi, functionName: "peer", args: [BigInt(dst.chainId)] })) as Address;
  if (getAddress(peer) !== getAddress(dstBridge)) throw new SendArgsError(`the LitTokenBridge on ${src.network} has peer ${peer} for chain ${dst.chainId}, not ${dst.network}'s bridge ${dstBridge}`);
  const balance = (await srcPublic.readContract({ address: srcBridge, abi: tokenBridgeAbi, functionName: "balanceOf", args: [account.address] })) as bigint;
  if (balance < amount) throw new SendArgsError(`${account.address} holds ${formatUnits(balance, BRIDGE_TOKEN_DECIMALS)} tokens on ${src.network}, less than --amount ${options.amount}`);
  const fee = (await srcPublic.readContract({ address: srcBridge, abi: tokenBridgeAbi, functionName: "quote", args: [BigInt(dst.chainId)] })) as bigint;
  // Simulated first: a revert (cap, pause, fee) is reported with nothing sent.
  let request;
  try {
    ({ request } = await srcPublic.simulateContract({ account, address: srcBridge, abi: tokenBridgeAbi, functionName: "bridge", args: [BigInt(dst.chainId), recipient, amount], value: fee, chain: srcChain }));
  } catch (error) {
    throw new SendArgsError(`bridge(${dst.chainId}, ${recipient}, ${options.amount}) would revert on ${src.network}: ${(error as { shortMessage?: string }).shortMessage ?? (error as Error).message}`);
  }
  const fromBlock = dstPublic ? await dstPublic.getBlockNumber() : 0n;
  const walletClient = createWalletClient({ chain: srcChain, transport: http(options.rpcFrom), account });
  const txHash = await walletClient.writeContract(request);
  const receipt = await srcPublic.waitForTransactionReceipt({ hash: txHash });
  if (receipt.status !== "success") throw new NonRetryableError(`the bridge transaction ${txHash} reverted on ${src.network}`);
  const found = findMessages(receipt.logs, { chainId: BigInt(src.chainId), messenger: src.messaging!.messenger });
  if (found.length !== 1) throw new NonRetryableError(`the bridge transaction ${txHash} emitted ${found.length} MessageSent logs of ${src.messaging!.messenger}, expected one`);
  const message = found[0]!;
  const result: SendTokensResult = {
    messageId: message.id,
    nonce: message.message.nonce.toString(),
    amount: options.amount,
    recipient,
    from: { network: src.network, chainId: src.chainId, txHash },
    to: { network: dst.network, chainId: dst.chainId },
  };
  if (!options.wait || !dstPublic) return result;
  const delivery = await waitForDelivery(dstPublic, {
    srcChainId: src.chainId,
    srcMessenger: src.messaging!.messenger,
    dstMessenger: dst.messaging!.messenger,
    app: dstBridge,
    abi: tokenBridgeAbi,
    eventName: "BridgeIn",
    message: { id: message.id, nonce: message.message.nonce },
    fromBlock,
    waitSeconds: options.waitSeconds,
    network: dst.network,
  });
  const after = (await dstPublic.readContract({ address: dstBridge, abi: tokenBridgeAbi, functionName: "balanceOf", args: [recipient] })) as bigint;
  result.delivery = { txHash: delivery.txHash, blockNumber: delivery.blockNumber, recipientBalance: formatUnits(after, BRIDGE_TOKEN_DECIMALS) };
  return result;
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
  send
    .command("tokens")
    .description(`bridge tokens with the LitTokenBridge example from --from to --to; prints the message id (key from $${SENDER_KEY_ENV})`)
    .requiredOption("--from <network>", "source network (deployments/<network>.json)")
    .requiredOption("--to <network>", "destination network")
    .requiredOption("--rpc-from <url>", "JSON-RPC endpoint of the source chain")
    .requiredOption("--amount <tokens>", `tokens to bridge (decimal, ${BRIDGE_TOKEN_DECIMALS} decimals)`)
    .option("--recipient <address>", "who receives the tokens on --to (default: the sender)")
    .option("--rpc-to <url>", "JSON-RPC endpoint of the destination (needed by --wait)")
    .option("--wait", "wait for the mint on the destination and print its transaction")
    .option("--wait-seconds <s>", "bound of --wait", String(DEFAULT_SEND_WAIT_SECONDS))
    .option("--deployments <dir>", "directory of the deployment files", DEFAULT_DEPLOYMENTS_DIR)
    .option("--json", "print the result as one JSON object")
    .action(async (o: { from: string; to: string; rpcFrom: string; rpcTo?: string; amount: string; recipient?: string; wait?: boolean; waitSeconds: string; deployments: string; json?: boolean }) => {
      try {
        const result = await sendTokensCommand({
          from: o.from,
          to: o.to,
          rpcFrom: o.rpcFrom,
          ...(o.rpcTo ? { rpcTo: o.rpcTo } : {}),
          amount: o.amount,
          ...(o.recipient !== undefined ? { recipient: o.recipient } : {}),
          wait: Boolean(o.wait),
          waitSeconds: Number(o.waitSeconds),
          deployments: o.deployments,
          privateKey: process.env[SENDER_KEY_ENV],
        });
        if (o.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(`message ${result.messageId} (nonce ${result.nonce}): ${result.amount} tokens for ${result.recipient}, sent on ${result.from.network} in ${result.from.txHash}\n`);
          if (result.delivery) process.stdout.write(`minted on ${result.to.network} in ${result.delivery.txHash} (block ${result.delivery.blockNumber}); the recipient holds ${result.delivery.recipientBalance}\n`);
        }
      } catch (error) {
        reportError(error);
        process.exitCode = error instanceof SendArgsError ? EXIT_BAD_ARGS : 1;
      }
      setTimeout(() => process.exit(), 200).unref();
    });
}
