/**
 * API3 (`@api3/contracts`): `Api3ServerV1`, compiled from the package's sources with solc 0.8.17,
 * optimizer 1,000 runs (the settings of API3's own hardhat config), deployed behind a real
 * `AccessControlRegistry`.
 *
 * Inputs are what an Airnode signs and Airseeker submits: the value `abi.encode(int256)`, the
 * signature an EIP-191 `personal_sign` over `keccak256(abi.encodePacked(templateId, timestamp, data))`
 * by the Airnode's key (an API3 beacon is one first-party provider's signed value).
 * - updateBeaconGas: `updateBeaconWithSignedData` of one beacon, steady state (its slot already
 *   written: nonzero -> nonzero), which is API3's single-feed update;
 * - beaconSet7Gas: one `multicall` of 7 signed beacon updates plus `updateBeaconSetWithBeacons` (the
 *   median), the way API3's own scripts refresh a 7-beacon dAPI; steady state.
 */
import { type Abi, type Address, type Hex, encodeAbiParameters, encodeFunctionData, encodePacked, keccak256, toHex } from "viem";
import { privateKeyToAccount, signMessage } from "viem/accounts";
import { devAccounts } from "../../keeper/src/chain/local.ts";
import type { BenchLog } from "../index.ts";
import { type PeerChain, deploy, now, send, write } from "./chain.ts";
import { compilePeer, packageRoot } from "./solc.ts";

export const API3_PACKAGE = "@api3/contracts";
const SOLC = { solc: "solc-0_8_17", version: "0.8.17", settings: { optimizer: { enabled: true, runs: 1000 } } } as const;
const BEACON_SET_SIZE = 7;
/** A BTC/USD-like value with API3's 18 decimals. */
const VALUE = 97_000n * 10n ** 18n;

export type Api3Deployment = { server: Address; abi: Abi };

/** Compiles and deploys `AccessControlRegistry` and `Api3ServerV1` (the sender is the manager). */
export async function deployApi3(ctx: PeerChain): Promise<Api3Deployment> {
  const compiled = compilePeer({
    ...SOLC,
    root: packageRoot(API3_PACKAGE),
    sources: ["access/AccessControlRegistry.sol", "api3-server-v1/Api3ServerV1.sol"],
  });
  const registry = await deploy(ctx, compiled.AccessControlRegistry!);
  const server = await deploy(ctx, compiled.Api3ServerV1!, [registry, "Api3ServerV1 admin", ctx.sender]);
  return { server, abi: compiled.Api3ServerV1!.abi };
}

/** An Airnode's beacon id: `keccak256(abi.encodePacked(airnode, templateId))`. */
export function beaconIdOf(airnode: Address, templateId: Hex): Hex {
  return keccak256(encodePacked(["address", "bytes32"], [airnode, templateId]));
}

/**
 * Calldata of `updateBeaconWithSignedData` for `value` at `timestamp`, signed by `signerKey` as an
 * Airnode signs (EIP-191 over `keccak256(templateId ‖ timestamp ‖ abi.encode(int256 value))`);
 * `airnode` defaults to the signer's address (a different one makes a forgery).
 */
export async function signedBeaconUpdate(
  abi: Abi,
  params: { signerKey: Hex; airnode?: Address; templateId: Hex; timestamp: bigint; value: bigint },
): Promise<Hex> {
  const data = encodeAbiParameters([{ type: "int256" }], [params.value]);
  const hash = keccak256(encodePacked(["bytes32", "uint256", "bytes"], [params.templateId, params.timestamp, data]));
  const signature = await signMessage({ message: { raw: hash }, privateKey: params.signerKey });
  const airnode = params.airnode ?? privateKeyToAccount(params.signerKey).address;
  return encodeFunctionData({ abi, functionName: "updateBeaconWithSignedData", args: [airnode, params.templateId, params.timestamp, data, signature] });
}

export async function runApi3(ctx: PeerChain, log: BenchLog): Promise<Record<string, number>> {
  const { server, abi } = await deployApi3(ctx);
  log(`api3: Api3ServerV1 at ${server}`);

  // Airnodes: dev keys that are not the sender's (first-party providers sign, anyone submits).
  const airnodes = devAccounts(2 + BEACON_SET_SIZE).slice(2);
  let clock = (await now(ctx)) - 30n;
  let step = 0n;
  const signed = (i: number, timestamp: bigint): Promise<Hex> => {
    step += 1n;
    return signedBeaconUpdate(abi, { signerKey: airnodes[i]!.privateKey, templateId: templateOf(i), timestamp, value: VALUE + step * 10n ** 14n });
  };

  const single = async (): Promise<number> => {
    clock += 1n;
    return Number((await send(ctx, server, await signed(0, clock))).gasUsed);
  };
  await single(); // first write of the beacon's slot
  const updateBeaconGas = await single();

  const beaconIds = airnodes.map((a, i) => beaconIdOf(a.address, templateOf(i)));
  const refresh = async (): Promise<number> => {
    clock += 1n;
    const calls: Hex[] = [];
    for (let i = 0; i < BEACON_SET_SIZE; i++) calls.push(await signed(i, clock));
    calls.push(encodeFunctionData({ abi, functionName: "updateBeaconSetWithBeacons", args: [beaconIds] }));
    return Number((await write(ctx, server, abi, "multicall", [calls])).gasUsed);
  };
  await refresh(); // first write of every beacon and of the set
  const beaconSet7Gas = await refresh();
  log(`api3: beacon ${updateBeaconGas}, 7-beacon set refresh ${beaconSet7Gas}`);
  return { "peers.api3.updateBeaconGas": updateBeaconGas, "peers.api3.beaconSet7Gas": beaconSet7Gas };
}

/** The template id of beacon `i` (any 32 bytes: it names the Airnode's API call). */
export function templateOf(i: number): Hex {
  return keccak256(toHex(`lit-oracle bench BTC/USD template ${i}`));
}
