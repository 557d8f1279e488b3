/**
 * Hyperlane (`@hyperlane-xyz/core`): `Mailbox` dispatch and process with a 1-of-1
 * `StaticMessageIdMultisigIsm` (deployed by its factory, as Hyperlane deploys multisig ISMs) and a
 * no-op recipient (`LightTestRecipient`, the package's own). Compiled from the package's sources with
 * the compiler and settings of its published build (`dist/buildArtifact.json`: solc 0.8.33, cancun,
 * optimizer 3,599 runs); imports of OpenZeppelin resolve to the copies the package bundles.
 *
 * Two mailboxes (origin domain 1, destination domain 2) sit on the one chain; the gas of a call does
 * not depend on which chain the other mailbox is on. The origin's required hook is a `MerkleTreeHook`
 * (the message-id multisig validators sign its checkpoint) and its default hook a `PausableHook`
 * (no payment: a production dispatch also pays the interchain gas paymaster, not counted here). The
 * mailboxes are deployed without the upgradeable proxy production uses (which adds a delegatecall
 * and an implementation-slot read to every call), so these figures are a lower bound for Hyperlane.
 *
 * Inputs are what Hyperlane's agents produce: the relayer takes the message bytes from the
 * `Dispatch` log; the validator signs the checkpoint `(origin, merkleTreeHook, root, index, id)` with
 * EIP-191 (`CheckpointLib.digest`); the relayer builds the message-id metadata
 * `merkleTreeHook ‖ root ‖ index ‖ signature`.
 * - dispatch100BGas: `dispatch(destination, recipient, 100-byte body)` from an EOA, the mean of 16
 *   consecutive dispatches at tree sizes 33..48 (the Merkle insert's cost depends on the leaf index:
 *   half the inserts write level 0, a quarter level 1, ...; every level already written once);
 * - dispatch100BMinGas: the cheapest of them (an odd tree size: one branch write, no hashing);
 * - process100BGas: `process(metadata, message)` of one such message, after one was processed.
 */
import { type Address, type Hex, decodeEventLog, encodePacked, keccak256, pad, parseAbi, toHex } from "viem";
import { privateKeyToAccount, signMessage } from "viem/accounts";
import { devAccounts } from "../../keeper/src/chain/local.ts";
import type { BenchLog } from "../index.ts";
import { type PeerChain, deploy, write } from "./chain.ts";
import { compilePeer, packageRoot } from "./solc.ts";

export const HYPERLANE_PACKAGE = "@hyperlane-xyz/core";
const SOLC = { solc: "solc-0_8_33", version: "0.8.33", settings: { optimizer: { enabled: true, runs: 3599 }, evmVersion: "cancun" } } as const;
const ORIGIN_DOMAIN = 1;
const DESTINATION_DOMAIN = 2;
const BODY_BYTES = 100;
/** Tree sizes of the measured dispatches: 16 consecutive inserts, all branch levels written before. */
const FIRST_MEASURED_SIZE = 33;
const MEASURED_DISPATCHES = 16;

const DISPATCH_EVENT = parseAbi(["event Dispatch(address indexed sender, uint32 indexed destination, bytes32 indexed recipient, bytes message)"]);

/** A 100-byte body with realistic entropy, distinct per message (as our messenger bench's payloads). */
function body(i: number): Hex {
  let out = "";
  let seed = keccak256(toHex(`hyperlane-body-${i}`));
  while (out.length < BODY_BYTES * 2) {
    out += seed.slice(2);
    seed = keccak256(seed);
  }
  return `0x${out.slice(0, BODY_BYTES * 2)}`;
}

export async function runHyperlane(ctx: PeerChain, log: BenchLog): Promise<Record<string, number>> {
  const c = compilePeer({
    ...SOLC,
    root: packageRoot(HYPERLANE_PACKAGE),
    sources: [
      "contracts/Mailbox.sol",
      "contracts/hooks/MerkleTreeHook.sol",
      "contracts/hooks/PausableHook.sol",
      "contracts/isms/multisig/StaticMultisigIsm.sol",
      "contracts/test/LightTestRecipient.sol",
    ],
    prefixes: {
      "@openzeppelin/contracts-upgradeable/": "dependencies/@openzeppelin-contracts-upgradeable-4.9.3/contracts/",
      "@openzeppelin/contracts/": "dependencies/@openzeppelin-contracts-4.9.3/contracts/",
    },
  });
  const mailboxAbi = c.Mailbox!.abi;
  const validator = devAccounts(3)[2]!;
  const validatorAddress = privateKeyToAccount(validator.privateKey).address;

  const origin = await deploy(ctx, c.Mailbox!, [ORIGIN_DOMAIN]);
  const destination = await deploy(ctx, c.Mailbox!, [DESTINATION_DOMAIN]);
  const originTree = await deploy(ctx, c.MerkleTreeHook!, [origin]);
  const destinationTree = await deploy(ctx, c.MerkleTreeHook!, [destination]);
  const pausable = await deploy(ctx, c.PausableHook!);
  const factory = await deploy(ctx, c.StaticMessageIdMultisigIsmFactory!);
  await write(ctx, factory, c.StaticMessageIdMultisigIsmFactory!.abi, "deploy", [[validatorAddress], 1]);
  const ism = (await ctx.publicClient.readContract({
    address: factory,
    abi: c.StaticMessageIdMultisigIsmFactory!.abi,
    functionName: "getAddress",
    args: [[validatorAddress], 1],
  })) as Address;
  await write(ctx, origin, mailboxAbi, "initialize", [ctx.sender, ism, pausable, originTree]);
  await write(ctx, destination, mailboxAbi, "initialize", [ctx.sender, ism, pausable, destinationTree]);
  const recipient = await deploy(ctx, c.LightTestRecipient!);
  log(`hyperlane: mailboxes ${origin} -> ${destination}, 1-of-1 message-id ISM ${ism}`);

  const domainHash = keccak256(encodePacked(["uint32", "bytes32", "string"], [ORIGIN_DOMAIN, pad(originTree), "HYPERLANE"]));
  type Dispatched = { gas: number; message: Hex; root: Hex; index: number };
  let sent = 0;
  const dispatch = async (): Promise<Dispatched> => {
    const receipt = await write(ctx, origin, mailboxAbi, "dispatch", [DESTINATION_DOMAIN, pad(recipient), body(sent++)]);
    const entry = receipt.logs.find((l) => l.address.toLowerCase() === origin.toLowerCase() && l.topics.length === 4);
    if (!entry) throw new Error("hyperlane: no Dispatch log");
    const { args } = decodeEventLog({ abi: DISPATCH_EVENT, data: entry.data, topics: entry.topics as [Hex, ...Hex[]] });
    // The validator signs the tree's checkpoint right after the insert (what it reads on chain).
    const [root, index] = (await ctx.publicClient.readContract({
      address: originTree,
      abi: c.MerkleTreeHook!.abi,
      functionName: "latestCheckpoint",
      blockNumber: receipt.blockNumber,
    })) as [Hex, number];
    return { gas: Number(receipt.gasUsed), message: args.message, root, index };
  };
  const process = async (d: Dispatched): Promise<number> => {
    const id = keccak256(d.message);
    const signature = await signMessage({
      message: { raw: keccak256(encodePacked(["bytes32", "bytes32", "uint32", "bytes32"], [domainHash, d.root, d.index, id])) },
      privateKey: validator.privateKey,
    });
    const metadata = encodePacked(["bytes32", "bytes32", "uint32", "bytes"], [pad(originTree), d.root, d.index, signature]);
    return Number((await write(ctx, destination, mailboxAbi, "process", [metadata, d.message])).gasUsed);
  };

  const warm: Dispatched[] = [];
  while (sent < FIRST_MEASURED_SIZE - 1) warm.push(await dispatch());
  const measured: Dispatched[] = [];
  for (let i = 0; i < MEASURED_DISPATCHES; i++) measured.push(await dispatch());
  await process(warm[0]!);
  const process100BGas = await process(measured[0]!);
  const gases = measured.map((d) => d.gas);
  const dispatch100BGas = Math.round(gases.reduce((a, b) => a + b, 0) / gases.length);
  log(`hyperlane: dispatch mean ${dispatch100BGas} (min ${Math.min(...gases)}, max ${Math.max(...gases)}), process ${process100BGas}`);
  return {
    "peers.hyperlane.dispatch100BGas": dispatch100BGas,
    "peers.hyperlane.dispatch100BMinGas": Math.min(...gases),
    "peers.hyperlane.process100BGas": process100BGas,
  };
}
