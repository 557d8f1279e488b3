/**
 * `npm run bench -- --peers`: the peers' real contracts, published on npm, deployed on the same
 * in-process chain as our oracle in the same run, driven with correctly signed inputs exactly as
 * their own off-chain software builds them, and compared with our figures of the same run.
 *
 * Keys (flat, dotted):
 * - `peers.<peer>.<metric>`: measured here (`api3`, `hyperlane`, `chainlink`: the AggregatorProxy read);
 * - `peers.quoted.<peer>.<metric>`: not measured here (the peer's contracts are not published on npm),
 *   quoted from the source in {@link QUOTED};
 * - `peers.ratio.<peer>.<case>` / `peers.ratio.quoted.<peer>.<case>`: the peer's gas / ours, so 2.5
 *   means the peer costs 2.5x what we cost for the same job.
 */
import type { LocalChain } from "../../keeper/src/chain/local.ts";
import type { BenchLog } from "../index.ts";
import { runApi3 } from "./api3.ts";
import { peerChain } from "./chain.ts";
import { runChainlinkProxy } from "./chainlink.ts";
import { runHyperlane } from "./hyperlane.ts";

export type QuotedFigure = {
  key: string;
  value: number;
  /** What was measured (tx, configuration). */
  what: string;
  /** Where the number comes from. */
  source: string;
  /** Why it is not measured here. */
  why: string;
};

/**
 * Peers whose contracts are not on npm (or whose npm package ships no deployable implementation):
 * their figure and its source. Full transaction gas unless stated.
 */
export const QUOTED: readonly QuotedFigure[] = [
  {
    key: "peers.quoted.chainlink.ocr2TransmitN4Gas",
    value: 94_741,
    what: "OCR2Aggregator.transmit, n = 4 oracles, f = 1 (2 signatures, 4 observations), billing on, steady state",
    source: "smartcontractkit/libocr contract2/OCR2Aggregator.sol, solc 0.8.19, 1e6 runs, on anvil (the project's research note on oracles, measured there)",
    why: "@chainlink/contracts ships OCR2Base/OCR2Abstract but no OCR2Aggregator (checked 1.2.0 and 1.5.0); the aggregator lives in libocr, which is not on npm",
  },
  {
    key: "peers.quoted.chainlink.ocr2TransmitN31Gas",
    value: 177_326,
    what: "OCR2Aggregator.transmit, n = 31, f = 10 (11 signatures, 31 observations)",
    source: "as above",
    why: "as above",
  },
  {
    key: "peers.quoted.chronicle.pokeBar5Gas",
    value: 81_025,
    what: "Scribe.poke, bar = 5 (one aggregated Schnorr signature of 5 feeds), non-initial",
    source: "chronicleprotocol/scribe docs/Benchmarks.md (vendor-measured, forge script --broadcast on anvil)",
    why: "Chronicle's contracts are not published on npm",
  },
  {
    key: "peers.quoted.chronicle.opPokeGas",
    value: 68_944,
    what: "ScribeOptimistic.opPoke, bar = 5 (one ECDSA signature; the value is usable after the challenge period)",
    source: "chronicleprotocol/scribe docs/Benchmarks.md",
    why: "as above",
  },
  {
    key: "peers.quoted.pyth.updatePriceFeeds1Gas",
    value: 192_858,
    what: "Pyth updatePriceFeeds, 1 feed, 13-of-19 guardian VAA + Merkle proof, ERC-1967 proxy",
    source: "pyth-network/pyth-crosschain target_chains/ethereum/contracts/test/GasBenchmark.t.sol, forge --isolate (the project's research note on oracles)",
    why: "@pythnetwork/pyth-sdk-solidity ships the interfaces and MockPyth only, not the Pyth contract",
  },
  {
    key: "peers.quoted.wormhole.verify100BGas",
    value: 198_000,
    what: "a Wormhole integrator receiving one 100-byte VAA: parseAndVerifyVM (13 of 19 guardian signatures) + replay map + event, whole tx (~198k)",
    source: "Wormhole core bridge contracts, measured with a scratch harness (the project's research note on messaging)",
    why: "Wormhole's core contracts are not on npm (wormhole-solidity-sdk ships integration helpers only)",
  },
  {
    key: "peers.quoted.hyperlane.processV2Merkle1of1Gas",
    value: 151_966,
    what: "Hyperlane Mailbox.process with the older Merkle-proof multisig ISM, 1 of 1, 2 KiB body (estimateGas)",
    source: "hyperlane-xyz/hyperlane-monorepo typescript/sdk/src/consts/multisigIsmVerifyCosts.ts",
    why: "context for the measured message-id ISM figure (a different ISM and body size)",
  },
];

/** Which of our figures each peer figure is compared with, and the ratio key's case name. */
const COMPARISONS: readonly { peer: string; ours: string; ratio: string }[] = [
  { peer: "peers.api3.updateBeaconGas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.api3.single" },
  { peer: "peers.api3.beaconSet7Gas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.api3.beaconSet7" },
  { peer: "peers.hyperlane.dispatch100BGas", ours: "messenger.send100B.gas", ratio: "peers.ratio.hyperlane.send" },
  { peer: "peers.hyperlane.process100BGas", ours: "messenger.deliver100B.gas", ratio: "peers.ratio.hyperlane.deliver" },
  { peer: "peers.quoted.chainlink.ocr2TransmitN4Gas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.quoted.chainlink.single" },
  { peer: "peers.quoted.chronicle.pokeBar5Gas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.quoted.chronicle.single" },
  { peer: "peers.quoted.chronicle.opPokeGas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.quoted.chronicle.optimistic" },
  { peer: "peers.quoted.pyth.updatePriceFeeds1Gas", ours: "oracle.single.steadyGas", ratio: "peers.ratio.quoted.pyth.single" },
  { peer: "peers.quoted.wormhole.verify100BGas", ours: "messenger.deliver100B.gas", ratio: "peers.ratio.quoted.wormhole.deliver" },
];

/** Our figures the ratios need: `--peers` makes sure their sections run. */
export const OUR_SECTIONS = ["oracle", "messenger"] as const;

/**
 * Measures the peers on `chain` (the chain our oracle section ran on) and adds the quoted figures and
 * the ratios against `ours` (this run's figures). A ratio whose figure of ours is missing is left out.
 */
export async function runPeers(log: BenchLog, chain: LocalChain, ours: Record<string, number>): Promise<Record<string, number>> {
  const ctx = peerChain(chain);
  const figures: Record<string, number> = {
    ...(await runApi3(ctx, log)),
    ...(await runHyperlane(ctx, log)),
    ...(await runChainlinkProxy(ctx, log)),
  };
  for (const q of QUOTED) figures[q.key] = q.value;
  for (const c of COMPARISONS) {
    const peer = figures[c.peer];
    const our = ours[c.ours];
    if (peer !== undefined && our !== undefined && our > 0) figures[c.ratio] = Math.round((peer / our) * 100) / 100;
  }
  return figures;
}
