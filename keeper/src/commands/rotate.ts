/**
 * `lit-oracle rotate`: changing the manifest is a key rotation. A new manifest is a new bundle, so a
 * new CID, so a new PKP (permitted for exactly that CID, then burned), so a new receiver whose signer
 * is that PKP, activated through the router's two-step rotation (the guardian can cancel it during
 * the delay). Three subcommands, each one safe to re-run:
 *
 * - `rotate propose --manifest <file> --rpc <url> --router <address> (--pkp <0x04…> | --lit-state-dir <dir>)`:
 *   builds the bundles with the manifest and prints their CIDs; with `--lit-state-dir` (the local
 *   emulator) mints a PKP for the Naga bundle's CID, permits it and burns it, otherwise takes the
 *   public key of a PKP you minted, permitted for that CID and burned on the real network; deploys a
 *   receiver with the PKP's address as signer and calls `proposeReceiver`. Prints the ETA.
 * - `rotate status --rpc --router`: the active receiver, its signer, and the pending rotation.
 * - `rotate execute --rpc --router`: `confirmReceiver` once the delay has passed (refused, with the
 *   time left, before that). The old receiver is retired by the router in the same transaction.
 *
 * The deployer/owner key comes from `$DEPLOYER_PRIVATE_KEY`, never from a flag. Then point the keeper
 * at the new receiver (`chains[].receiver`) and the new CID/PKP (`lit.actionCid`, `lit.pkpPublicKey`).
 */
import { join } from "node:path";
import type { Command } from "commander";
import { createPublicClient, createWalletClient, defineChain, getAddress, http, isAddress, isHex, type Address, type Hex, type PublicClient } from "viem";
import { privateKeyToAccount, publicKeyToAddress } from "viem/accounts";
import { buildActions, familyOfManifest, readManifestFile, type BuiltAction } from "../../../actions/build.ts";
import { createLocalLitNetwork } from "../../../lit/local/network.ts";
import { receiverAbi, routerAbi } from "../chain/abi.ts";
import { type DeployDeps, deployReceiver } from "../chain/deploy.ts";
import { NonRetryableError } from "../../../common/errors.ts";
import { DEPLOYER_KEY_ENV } from "./deploy.ts";

export type RotationDeps = DeployDeps;

export type RotationStatus = {
  router: Address;
  phase: number;
  receiver: Address;
  signer: Address;
  pending: { receiver: Address; signer: Address; eta: number; secondsLeft: number } | undefined;
};

/** Reads the router's active receiver, its signer, and the pending rotation (if any). */
export async function rotationStatus(publicClient: PublicClient, router: Address): Promise<RotationStatus> {
  const [phase, receiver] = await publicClient.readContract({ address: router, abi: routerAbi, functionName: "currentPhase" });
  const signer = await publicClient.readContract({ address: receiver, abi: receiverAbi, functionName: "SIGNER" });
  const pending = await publicClient.readContract({ address: router, abi: routerAbi, functionName: "pendingReceiver" });
  const block = await publicClient.getBlock();
  let pendingOut: RotationStatus["pending"];
  if (pending.receiver !== "0x0000000000000000000000000000000000000000") {
    const pendingSigner = await publicClient.readContract({ address: pending.receiver, abi: receiverAbi, functionName: "SIGNER" });
    const eta = Number(pending.eta);
    pendingOut = { receiver: getAddress(pending.receiver), signer: getAddress(pendingSigner), eta, secondsLeft: Math.max(0, eta - Number(block.timestamp)) };
  }
  return { router: getAddress(router), phase: Number(phase), receiver: getAddress(receiver), signer: getAddress(signer), pending: pendingOut };
}

async function confirmTx(publicClient: PublicClient, hash: Hex, what: string): Promise<void> {
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new NonRetryableError(`${what} reverted`, { metaMessages: [`transaction ${hash}`] });
}

/**
 * Deploys a receiver for `pkpPublicKey`'s address on `router` and proposes it. Refuses when a rotation
 * is already pending or the signer would not change.
 */
export async function proposeRotation(deps: RotationDeps, params: { router: Address; pkpPublicKey: Hex }): Promise<RotationStatus & { proposed: Address }> {
  const signer = publicKeyToAddress(params.pkpPublicKey);
  const before = await rotationStatus(deps.publicClient, params.router);
  if (before.pending) {
    throw new NonRetryableError(`a rotation to ${before.pending.receiver} is already pending (eta ${before.pending.eta})`, {
      metaMessages: ["execute it with `lit-oracle rotate execute`, or have the guardian/owner cancel it"],
    });
  }
  if (before.signer === getAddress(signer)) throw new NonRetryableError(`the active receiver already accepts ${signer}: nothing to rotate`);
  const receiver = await deployReceiver(deps, { router: params.router, signer });
  await confirmTx(
    deps.publicClient,
    await deps.walletClient.writeContract({ address: params.router, abi: routerAbi, functionName: "proposeReceiver", args: [receiver.address], chain: deps.walletClient.chain ?? null, account: deps.walletClient.account }),
    "proposeReceiver",
  );
  return { ...(await rotationStatus(deps.publicClient, params.router)), proposed: getAddress(receiver.address) };
}

/** Activates the pending receiver once its delay has passed. */
export async function executeRotation(deps: RotationDeps, params: { router: Address }): Promise<RotationStatus> {
  const status = await rotationStatus(deps.publicClient, params.router);
  if (!status.pending) throw new NonRetryableError("no rotation is pending (propose one with `lit-oracle rotate propose`)");
  if (status.pending.secondsLeft > 0) {
    throw new NonRetryableError(`the rotation to ${status.pending.receiver} is not ready: ${status.pending.secondsLeft} s left (eta ${status.pending.eta})`);
  }
  await confirmTx(
    deps.publicClient,
    await deps.walletClient.writeContract({ address: params.router, abi: routerAbi, functionName: "confirmReceiver", chain: deps.walletClient.chain ?? null, account: deps.walletClient.account }),
    "confirmReceiver",
  );
  return rotationStatus(deps.publicClient, params.router);
}

async function clients(rpc: string, withKey: boolean): Promise<{ publicClient: PublicClient; walletClient?: RotationDeps["walletClient"] }> {
  const probe = createPublicClient({ transport: http(rpc) });
  const chainId = await probe.getChainId();
  const chain = defineChain({ id: chainId, name: `chain-${chainId}`, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [rpc] } } });
  const publicClient = createPublicClient({ chain, transport: http(rpc) }) as PublicClient;
  if (!withKey) return { publicClient };
  const key = process.env[DEPLOYER_KEY_ENV];
  if (!key || !isHex(key) || key.length !== 66) throw new NonRetryableError(`set ${DEPLOYER_KEY_ENV} to the router owner's 32-byte hex private key`);
  const walletClient = createWalletClient({ account: privateKeyToAccount(key as Hex), chain, transport: http(rpc) }) as RotationDeps["walletClient"];
  return { publicClient, walletClient };
}

function routerOption(value: string): Address {
  if (!isAddress(value)) throw new NonRetryableError(`--router is not an address: ${value}`);
  return getAddress(value);
}

function printStatus(status: RotationStatus, json: boolean | undefined, extra: Record<string, unknown> = {}): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...status, ...extra })}\n`);
    return;
  }
  for (const [k, v] of Object.entries(extra)) process.stdout.write(`${k}: ${typeof v === "string" ? v : JSON.stringify(v)}\n`);
  process.stdout.write(`router ${status.router}: phase ${status.phase}, receiver ${status.receiver} (signer ${status.signer})\n`);
  process.stdout.write(
    status.pending
      ? `pending: receiver ${status.pending.receiver} (signer ${status.pending.signer}), eta ${status.pending.eta} (${status.pending.secondsLeft} s left)\n`
      : "pending: none\n",
  );
}

export function register(program: Command): void {
  const rotate = program.command("rotate").description("rotate to a new manifest: new CID, new PKP, new receiver through the router's delayed rotation");

  rotate
    .command("propose")
    .description(`build with the manifest, mint/burn (local) or take the PKP, deploy its receiver and propose it (key from $${DEPLOYER_KEY_ENV})`)
    .requiredOption("--manifest <file>", "the new manifest (JSON or YAML)")
    .requiredOption("--rpc <url>", "JSON-RPC endpoint of the chain")
    .requiredOption("--router <address>", "the LitOracleRouter")
    .option("--pkp <publicKey>", "uncompressed public key (0x04…) of a PKP permitted for the printed CID and burned")
    .option("--lit-state-dir <dir>", "local emulator: mint, permit and burn the PKP here")
    .option("--out <dir>", "write the bundles here (default actions/dist)")
    .option("--json", "one JSON object on stdout")
    .action(async (options: { manifest: string; rpc: string; router: string; pkp?: string; litStateDir?: string; out?: string; json?: boolean }) => {
      if ((options.pkp === undefined) === (options.litStateDir === undefined)) throw new NonRetryableError("give exactly one of --pkp and --lit-state-dir");
      const router = routerOption(options.router);
      // Checked before building: a bad key must not leave the new bundles written over --out (actions/dist).
      if (options.pkp !== undefined && !/^0x04[0-9a-fA-F]{128}$/.test(options.pkp)) throw new NonRetryableError("--pkp must be an uncompressed public key (0x04 + 128 hex)");
      const manifest = await readManifestFile(options.manifest);
      if (familyOfManifest(manifest) !== "price-feed") throw new NonRetryableError("--manifest must be a lit-oracle/price-feed manifest: rotate propose rotates the oracle's receiver (a messenger rotates its signer with proposeSigner / confirmSigner)");
      const built: BuiltAction[] = await buildActions([manifest], options.out);
      const naga = built.find((b) => b.name === "price-feed")!;
      let pkpPublicKey: Hex;
      if (options.litStateDir) {
        const network = await createLocalLitNetwork({ nodes: 1, stateDir: join(options.litStateDir) });
        try {
          network.pin(naga.code);
          pkpPublicKey = network.mintImmutablePkpFor(naga.cid).publicKey;
        } finally {
          await network.close();
        }
      } else {
        pkpPublicKey = options.pkp as Hex;
      }
      const { publicClient, walletClient } = await clients(options.rpc, true);
      const status = await proposeRotation({ publicClient, walletClient: walletClient! }, { router, pkpPublicKey });
      printStatus(status, options.json, { cids: Object.fromEntries(built.map((b) => [b.name, b.cid])), pkpPublicKey, signer: publicKeyToAddress(pkpPublicKey), proposed: status.proposed });
    });

  rotate
    .command("status")
    .description("the active receiver, its signer and the pending rotation")
    .requiredOption("--rpc <url>", "JSON-RPC endpoint")
    .requiredOption("--router <address>", "the LitOracleRouter")
    .option("--json", "one JSON object on stdout")
    .action(async (options: { rpc: string; router: string; json?: boolean }) => {
      const { publicClient } = await clients(options.rpc, false);
      printStatus(await rotationStatus(publicClient, routerOption(options.router)), options.json);
    });

  rotate
    .command("execute")
    .description(`activate the pending receiver once the delay has passed (key from $${DEPLOYER_KEY_ENV})`)
    .requiredOption("--rpc <url>", "JSON-RPC endpoint")
    .requiredOption("--router <address>", "the LitOracleRouter")
    .option("--json", "one JSON object on stdout")
    .action(async (options: { rpc: string; router: string; json?: boolean }) => {
      const { publicClient, walletClient } = await clients(options.rpc, true);
      printStatus(await executeRotation({ publicClient, walletClient: walletClient! }, { router: routerOption(options.router) }), options.json);
    });
}
