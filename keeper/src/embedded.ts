/**
 * The embedded stack behind `npm start` / `lit-oracle dev` and the integration tests: no network, no
 * configuration. It starts two loopback EVM chains (EDR), the market simulator, the local Lit network
 * (state in a directory), builds the price-feed action with its own manifest — `local: true`, the
 * simulator's loopback URLs as the pinned sources, the loopback chains as the pinned RPC providers —
 * so it has its own CID (never the production one), mints a PKP, permits that CID and
 * burns the PKP (immutable: only that action can ever sign with it), deploys the oracle on each chain
 * with the PKP address as the receivers' signer, writes the deployments, and produces a complete,
 * validated keeper config plus the keeper key (a dev account, not a secret).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPublicClient, createWalletClient, http, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { compileAction } from "../../actions/build.ts";
import { MESSENGER_MANIFEST_KIND, type MessengerManifestInput } from "../../actions/src/messenger/manifest.ts";
import { FEED_MANIFEST_KIND, FEED_MANIFEST_VERSION, type FeedManifest } from "../../actions/src/core/feed-manifest.ts";
import { keylessUsdSourcesFor, type Listings, type SourceId, SOURCES } from "../../actions/src/core/sources/index.ts";
import { createLocalLitNetwork, DEFAULT_TIMEOUT_MS, type LocalLitNetwork } from "../../lit/local/network.ts";
import type { LitRuntime } from "../../lit/types.ts";
import { DEFAULT_PRICES_USD, startMarketSimulator, type MarketSimulator } from "../../sim/index.ts";
import type { PricePath } from "../../sim/paths.ts";
import { readArtifact } from "./chain/artifacts.ts";
import { deployOracle, writeDeployment, type Deployment } from "./chain/deploy.ts";
import { connectMessaging, deployMessenger, deployPingPong, nextContractAddress, type MessagingDeployment } from "./chain/messaging.ts";
import { startLocalChain, type DevAccount, type LocalChain } from "./chain/local.ts";
import { loadConfig } from "./config/index.ts";
import type { ConfigInput, KeeperConfig } from "./config/schema.ts";
import type { Secrets } from "./config/secrets.ts";
import type { Logger } from "./internal/logger.ts";
import { chainOf } from "./rpc.ts";

/** Chain ids of the two embedded chains. */
export const EMBEDDED_CHAIN_IDS = [31_337, 31_338] as const;
/** Feeds of the embedded stack. */
export const EMBEDDED_FEEDS = ["BTC/USD", "ETH/USD", "SOL/USD"] as const;
/** Local Lit nodes, as on the Lit network by default (v8: threshold = max(3, floor(2n/3)) = 3 execute a request). */
export const EMBEDDED_LIT_NODES = 5;
/**
 * The embedded chains mine a block at least this often, ms, as a live chain does. Without it an idle
 * chain's latest block grows old, and once it is more than the receiver's 60 s future skew behind the
 * wall clock every report simulates as FutureReport and no update can ever land again (seen when the
 * first round came more than a minute after the deploy on a loaded machine).
 */
export const EMBEDDED_BLOCK_TIME_MS = 2_000;
/**
 * Per-request timeout of the embedded manifest's sources and RPC providers, ms (the production
 * default). Compiled into the embedded action; tests whose subject is not a timeout raise it
 * (`requestTimeoutMs`): on a loaded machine a node's request can wait seconds in the emulator's
 * parent process, which serves the chains, the simulator and the nodes' fetches on one event loop.
 */
export const EMBEDDED_REQUEST_TIMEOUT_MS = 5_000;
/** Dev cron: every 5 seconds. */
export const EMBEDDED_SCHEDULE = "*/5 * * * * *";
/** Dev heartbeat: two minutes, so heartbeat updates are visible in a short session. */
export const EMBEDDED_HEARTBEAT_SECONDS = 120;
/** Dev deviation threshold: 0.1 %. */
export const EMBEDDED_DEVIATION_PPM = 1_000;
/** Dev random walk: a step of up to 8 bps every 2 seconds. */
export const EMBEDDED_WALK = { stepBps: 8, stepMs: 2_000 } as const;
/** Feed decimals on chain. */
export const EMBEDDED_DECIMALS = 8;
/** Receiver bounds as fractions of the start price (1/100x .. 100x). */
export const EMBEDDED_BOUNDS_FACTOR = 100n;
/** Sources per feed in the embedded stack (fewer fetches per node keeps rounds fast). */
export const EMBEDDED_SOURCES: Record<string, SourceId[]> = {
  "BTC/USD": ["coinbase", "kraken", "bitstamp", "gemini", "bitfinex"],
  "ETH/USD": ["coinbase", "kraken", "bitstamp", "gemini", "bitfinex"],
  "SOL/USD": ["coinbase", "kraken", "bitstamp", "gemini", "bitfinex"],
};
/**
 * Venues of the synthetic scale feeds: batch endpoints only (Coinbase has none), USD books
 * (Kraken, Bitstamp, Bitfinex) and USDT books converted through the USDT/USD feed (OKX, Bybit).
 */
export const SCALE_SOURCES: readonly SourceId[] = ["kraken", "bitstamp", "bitfinex", "okx", "bybit"];
/** Reference price of the synthetic scale assets, USD. */
export const SCALE_START_PRICE_USD = 10;

/** A manifest feed entry: a symbol (its sources from {@link EMBEDDED_SOURCES} or every keyless USD venue) or a full entry. */
export type EmbeddedFeed = string | FeedManifest["feeds"][number];

/**
 * `n` synthetic feeds `S001/USD` … as manifest entries: pairs no catalog lists, so every venue's
 * market is listed in the entry (`listed: true`: the venue's rule gives the symbol; the stablecoin
 * venues' USDT book). A manifest with them needs the USDT/USD rate feed too.
 */
export function scaleFeeds(n: number, sources: readonly SourceId[] = SCALE_SOURCES): FeedManifest["feeds"] {
  const width = Math.max(3, String(n).length);
  return Array.from({ length: n }, (_, i) => ({
    symbol: `S${String(i + 1).padStart(width, "0")}/USD`,
    decimals: EMBEDDED_DECIMALS,
    sources: [...sources],
    minSources: 3,
    markets: Object.fromEntries(sources.map((s) => [s, SOURCES[s].quotes.includes("USD") ? { listed: true as const } : { quote: "USDT", listed: true as const }])),
  }));
}

/** The venue listings of manifest feed entries (what the simulator serves beyond the catalog). */
export function listingsOf(feeds: readonly EmbeddedFeed[]): Listings {
  const out: Record<string, Record<string, true>> = {};
  for (const feed of feeds) {
    if (typeof feed === "string") continue;
    const base = feed.symbol.split("/")[0]!;
    for (const [source, entry] of Object.entries(feed.markets ?? {})) if (entry?.listed) (out[source] ??= {})[`${base}/${entry.quote ?? "USD"}`] = true;
  }
  return out as Listings;
}

const symbolOf = (feed: EmbeddedFeed): string => (typeof feed === "string" ? feed : feed.symbol);

/** Clock tolerance and quote lead of the embedded manifest, seconds (the validator's ceiling). */
export const EMBEDDED_CLOCK_TOLERANCE_SECONDS = 600;
/** Shortest age of a large-move candidate that confirms it in the embedded stack, seconds. */
export const EMBEDDED_CONFIRM_MIN_DELAY_SECONDS = 1;
/** Confirmations the embedded relay manifest requires before a message is final (blocks; ~2 s each). */
export const EMBEDDED_RELAY_CONFIRMATIONS = 2;
/** Relay loop period in the embedded stack, ms. */
export const EMBEDDED_RELAY_POLL_MS = 500;
/** Messenger signer rotation delay of the embedded stack, seconds (the contract's minimum). */
export const EMBEDDED_MESSENGER_ROTATION_DELAY_SECONDS = 3_600;
/** Hops of the ping-pong rally `npm start` starts (each delivery answers with the next hop). */
export const EMBEDDED_PING_PONG_HOPS = 1_000_000;
/** Path of the second loopback provider of each chain in the relay manifest (the manifest requires two; see embeddedRelayManifest). */
export const EMBEDDED_SECOND_PROVIDER_PATH = "/relay-provider-2";
/** Dev account index of the deployer, the first keeper key, and further keeper keys. */
export const DEPLOYER_ACCOUNT_INDEX = 0;
export const KEEPER_ACCOUNT_INDEX = 1;

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type EmbeddedStackParameters = {
  /** Where the Lit network state, deployments and the keeper database live; default a fresh temp dir. */
  stateDir?: string;
  chainIds?: readonly number[];
  /** Feeds (symbols or full manifest entries, e.g. {@link scaleFeeds}); default {@link EMBEDDED_FEEDS}. */
  feeds?: readonly EmbeddedFeed[];
  /** Sources per feed symbol, replacing {@link EMBEDDED_SOURCES} for the feeds named by symbol (compiled into the action). */
  feedSources?: Readonly<Record<string, readonly SourceId[]>>;
  /** Price path per asset (default: a seeded random walk from the simulator's reference prices). */
  markets?: Readonly<Record<string, PricePath>>;
  /** Seed of the market simulator. */
  seed?: number;
  litNodes?: number;
  /**
   * Action timeout of the local Lit network and the keeper's Lit calls, ms (default Naga's
   * {@link DEFAULT_TIMEOUT_MS}); tests whose subject is not the timeout raise it to a hang guard.
   */
  litTimeoutMs?: number;
  /** Per-request timeout of the embedded action's sources and RPC providers, ms (default {@link EMBEDDED_REQUEST_TIMEOUT_MS}). */
  requestTimeoutMs?: number;
  /** Keeper HTTP port (default 9464; 0 = any free port). */
  httpPort?: number;
  /** Loopback RPC port per chain, in `chainIds` order (default: any free port each). */
  rpcPorts?: readonly number[];
  /** Called as each start-up step begins (progress lines of `lit-oracle dev`). */
  onStep?: (step: string) => void;
  /** Overrides merged into the generated config (tests tune schedules, intervals). */
  configOverrides?: (input: ConfigInput) => ConfigInput;
  /** Deploy the messenger and PingPong, build the relay action and its PKP, and add `messaging` routes between the chains (default false; `lit-oracle dev` turns it on; needs two chains). */
  messaging?: boolean;
  /** Interval mining period, ms (default {@link EMBEDDED_BLOCK_TIME_MS}); blocks are also mined per transaction. */
  blockTimeMs?: number;
  logger?: Logger;
};

export type EmbeddedStack = {
  readonly stateDir: string;
  readonly chains: readonly LocalChain[];
  readonly sim: MarketSimulator;
  readonly lit: LocalLitNetwork;
  readonly runtime: LitRuntime;
  /** The action built with {@link embeddedManifest}: its code, CID and canonical manifest. */
  readonly action: { code: string; cid: string; manifest: string };
  readonly pkp: { publicKey: Hex; ethAddress: Hex };
  readonly deployments: readonly Deployment[];
  /** Validated keeper config for this stack. */
  readonly config: KeeperConfig;
  /** The config input it was built from (to derive configs for more keepers). */
  readonly configInput: ConfigInput;
  /** Keeper key: a dev account (public knowledge, not a secret). */
  readonly secrets: Secrets;
  /** Dev accounts (index 2+ are free for more keepers). */
  readonly accounts: readonly DevAccount[];
  /** Source base URLs of the simulator (pinned in the embedded manifest). */
  readonly sourceBaseUrls: Record<string, string>;
  /** The manifest compiled into the embedded action. */
  readonly manifest: FeedManifest;
  /** The messaging half: the relay action (its own CID and PKP) and, per chain, the messenger and PingPong. */
  readonly messaging?: {
    readonly action: { code: string; cid: string };
    readonly manifest: MessengerManifestInput;
    readonly pkp: { publicKey: Hex; ethAddress: Hex };
    /** In `chains` order. */
    readonly chains: readonly (MessagingDeployment & { chainId: number; name: string })[];
  };
  close(): Promise<void>;
};

/** Compiles the contracts when `artifacts/` is missing (a fresh clone): `hardhat build`, offline, solc-js. */
export function ensureContractArtifacts(log?: Logger): void {
  try {
    readArtifact("LitOracleRouter");
    readArtifact("LitOracleReceiver");
    readArtifact("LitPriceFeed");
    return;
  } catch {
    log?.info("compiling contracts (first run): hardhat build");
  }
  execFileSync(process.execPath, [join(REPO_ROOT, "node_modules", "hardhat", "dist", "src", "cli.js"), "build", "--quiet"], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * The embedded stack's manifest: marked `local` (plain http to loopback only), the simulator's URLs
 * as the pinned sources, each loopback chain's RPC as its pinned provider. A different manifest from
 * production, so a different CID and its own PKP: nothing signed here is valid for a production receiver.
 */
export function embeddedManifest(parameters: {
  sourceBaseUrls: Record<string, string>;
  chains: readonly { chainId: number; rpcUrl: string }[];
  feeds: readonly EmbeddedFeed[];
  feedSources?: Readonly<Record<string, readonly SourceId[]>>;
  name?: string;
  /** Per-request timeout of every source and RPC provider, ms (default {@link EMBEDDED_REQUEST_TIMEOUT_MS}). */
  requestTimeoutMs?: number;
}): FeedManifest {
  return {
    kind: FEED_MANIFEST_KIND,
    version: FEED_MANIFEST_VERSION,
    name: parameters.name ?? "embedded",
    local: true,
    sources: Object.fromEntries(Object.entries(parameters.sourceBaseUrls).map(([id, baseUrl]) => [id, { baseUrl, timeoutMs: parameters.requestTimeoutMs ?? EMBEDDED_REQUEST_TIMEOUT_MS }])),
    feeds: parameters.feeds.map((feed) => typeof feed !== "string" ? feed : ({
      symbol: feed,
      decimals: EMBEDDED_DECIMALS,
      sources: [...(parameters.feedSources?.[feed] ?? EMBEDDED_SOURCES[feed] ?? keylessUsdSourcesFor(feed.split("/")[0]!))],
      minSources: 3,
    })),
    chains: parameters.chains.map((c) => ({ chainId: c.chainId, rpcUrls: [c.rpcUrl], timeoutMs: parameters.requestTimeoutMs ?? EMBEDDED_REQUEST_TIMEOUT_MS })),
    // The tests and the bench drive a simulated keeper and market clock ahead of the nodes' real
    // clocks (heartbeats in seconds instead of minutes): the widest tolerances the validator allows.
    clock: { toleranceSeconds: EMBEDDED_CLOCK_TOLERANCE_SECONDS },
    aggregation: { maxQuoteLeadSeconds: EMBEDDED_CLOCK_TOLERANCE_SECONDS },
    // A large move is confirmed by the next round a second later (production: 30 s).
    confirmation: { minDelaySeconds: EMBEDDED_CONFIRM_MIN_DELAY_SECONDS, maxAgeSeconds: 900 },
  };
}

/**
 * The embedded relay manifest: `local`, each chain's messenger (predicted before it is deployed), every
 * other chain as a destination, a confirmation depth. The manifest requires two providers per chain;
 * the embedded stack has one node per chain, so it lists that node twice (its root and
 * {@link EMBEDDED_SECOND_PROVIDER_PATH}): the agreement check runs, but both answers come from one node.
 * On a real chain they are two independent providers.
 */
export function embeddedRelayManifest(chains: readonly { chainId: number; rpcUrl: string; messenger: string }[]): MessengerManifestInput {
  return {
    kind: MESSENGER_MANIFEST_KIND,
    version: 1,
    name: "embedded",
    local: true,
    sources: Object.fromEntries(
      chains.map((c) => [
        `local-${c.chainId}`,
        {
          chainId: c.chainId,
          messenger: c.messenger,
          providers: [c.rpcUrl, `${c.rpcUrl}${EMBEDDED_SECOND_PROVIDER_PATH}`],
          finality: { kind: "depth" as const, confirmations: EMBEDDED_RELAY_CONFIRMATIONS },
          destinations: chains.filter((d) => d.chainId !== c.chainId).map((d) => ({ chainId: d.chainId, messenger: d.messenger })),
        },
      ]),
    ),
  };
}

export async function startEmbeddedStack(parameters: EmbeddedStackParameters = {}): Promise<EmbeddedStack> {
  const log = parameters.logger;
  const ownsStateDir = parameters.stateDir === undefined;
  const stateDir = parameters.stateDir ?? mkdtempSync(join(tmpdir(), "lit-oracle-"));
  mkdirSync(stateDir, { recursive: true });
  const feedEntries = [...(parameters.feeds ?? EMBEDDED_FEEDS)];
  const feeds = feedEntries.map(symbolOf);
  const chainIds = [...(parameters.chainIds ?? EMBEDDED_CHAIN_IDS)];
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    if (ownsStateDir) rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    ensureContractArtifacts(log);

    const step = parameters.onStep ?? (() => undefined);
    step("starting the market simulator");
    const sim = await startMarketSimulator({
      seed: parameters.seed ?? 7,
      markets: {
        // Any other asset of the feeds (the synthetic scale feeds) walks from SCALE_START_PRICE_USD.
        ...Object.fromEntries(feeds.map((f) => f.split("/")[0]!).filter((a) => !(a in DEFAULT_PRICES_USD)).map((a) => [a, { kind: "random-walk", start: SCALE_START_PRICE_USD, ...EMBEDDED_WALK } as PricePath])),
        ...(parameters.markets ?? {
          BTC: { kind: "random-walk", start: 67_000, ...EMBEDDED_WALK },
          ETH: { kind: "random-walk", start: 3_500, ...EMBEDDED_WALK },
          SOL: { kind: "random-walk", start: 150, ...EMBEDDED_WALK },
        }),
      },
      listings: listingsOf(feedEntries),
    });
    closers.push(() => sim.close());

    const chains: LocalChain[] = [];
    for (const [i, chainId] of chainIds.entries()) {
      step(`starting chain ${chainId} on 127.0.0.1:${parameters.rpcPorts?.[i] ?? "(any free port)"}`);
      const chain = await startLocalChain({ chainId, ...(parameters.rpcPorts?.[i] !== undefined ? { port: parameters.rpcPorts[i] } : {}), blockTimeMs: parameters.blockTimeMs ?? EMBEDDED_BLOCK_TIME_MS, sameTimestampBlocks: true });
      closers.push(() => chain.close());
      chains.push(chain);
    }

    /** One action timeout for the network and the keeper's config, ms. */
    const litTimeoutMs = parameters.litTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    step(`starting the local Lit network (${parameters.litNodes ?? EMBEDDED_LIT_NODES} nodes)`);
    const lit = await createLocalLitNetwork({
      nodes: parameters.litNodes ?? EMBEDDED_LIT_NODES,
      stateDir: join(stateDir, "lit"),
      timeoutMs: litTimeoutMs,
      rpcUrls: Object.fromEntries(chains.map((c) => [`local-${c.chainId}`, c.rpcUrl])),
    });
    closers.push(() => lit.close());
    step("building the price-feed action with the embedded manifest (its own CID)");
    const sourceBaseUrls = Object.fromEntries(Object.entries(sim.baseUrls)) as Record<string, string>;
    const manifest = embeddedManifest({
      sourceBaseUrls,
      chains: chains.map((c) => ({ chainId: c.chainId, rpcUrl: c.rpcUrl })),
      feeds: feedEntries,
      feedSources: parameters.feedSources,
      ...(parameters.requestTimeoutMs !== undefined ? { requestTimeoutMs: parameters.requestTimeoutMs } : {}),
    });
    const built = await compileAction("price-feed", manifest);
    const action = { code: built.code, cid: built.cid, manifest: built.manifest };
    lit.pin(action.code);
    // Mint, permit exactly this action's CID, burn: nobody (not even the minter) can change that.
    const pkp = lit.mintImmutablePkpFor(action.cid);
    log?.info({ cid: action.cid, pkp: pkp.ethAddress }, "PKP minted, action permitted, PKP burned (immutable)");

    const accounts = chains[0]!.accounts;
    const deployer = privateKeyToAccount(accounts[DEPLOYER_ACCOUNT_INDEX]!.privateKey);
    const deployments: Deployment[] = [];
    for (const chain of chains) {
      step(`deploying router, receiver and ${feeds.length} feeds on chain ${chain.chainId}`);
      const viemChain = chainOf({ chainId: chain.chainId, name: `local-${chain.chainId}`, rpcUrls: [chain.rpcUrl] });
      const publicClient = createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl), pollingInterval: 50 });
      const walletClient = createWalletClient({ chain: viemChain, transport: http(chain.rpcUrl), account: deployer });
      const deployment = await deployOracle(
        { publicClient: publicClient as never, walletClient },
        {
          network: `local-${chain.chainId}`,
          signer: pkp.ethAddress,
          feeds: feeds.map((symbol) => {
            const price = BigInt(Math.round(sim.price(symbol.split("/")[0]!))) * 10n ** BigInt(EMBEDDED_DECIMALS);
            return {
              symbol,
              decimals: EMBEDDED_DECIMALS,
              heartbeatSeconds: EMBEDDED_HEARTBEAT_SECONDS,
              minAnswer: price / EMBEDDED_BOUNDS_FACTOR,
              maxAnswer: price * EMBEDDED_BOUNDS_FACTOR,
            };
          }),
        },
      );
      writeDeployment(deployment.network, deployment, join(stateDir, "deployments"));
      deployments.push(deployment);
      log?.info({ chain_id: chain.chainId, receiver: deployment.contracts.receiver, router: deployment.contracts.router }, "oracle deployed");
    }

    let messaging: EmbeddedStack["messaging"];
    if (parameters.messaging && chains.length >= 2) {
      step(`deploying the messenger and the ping-pong app on ${chains.length} chains`);
      const sides = chains.map((chain) => {
        const viemChain = chainOf({ chainId: chain.chainId, name: `local-${chain.chainId}`, rpcUrls: [chain.rpcUrl] });
        return {
          chain,
          deps: {
            publicClient: createPublicClient({ chain: viemChain, transport: http(chain.rpcUrl), pollingInterval: 50 }) as never,
            walletClient: createWalletClient({ chain: viemChain, transport: http(chain.rpcUrl), account: deployer }),
          },
        };
      });
      // The manifest names the messengers, the PKP permits the manifest's action, the messengers trust the PKP: predict the addresses first.
      const predicted = await Promise.all(sides.map((s) => nextContractAddress(s.deps)));
      const relayManifest = embeddedRelayManifest(chains.map((c, i) => ({ chainId: c.chainId, rpcUrl: c.rpcUrl, messenger: predicted[i]! })));
      step("building the relay action with the embedded messenger manifest (its own CID)");
      const relay = await compileAction("messenger-relay", relayManifest);
      lit.pin(relay.code);
      const relayPkp = lit.mintImmutablePkpFor(relay.cid);
      log?.info({ cid: relay.cid, pkp: relayPkp.ethAddress }, "relay PKP minted, relay action permitted, PKP burned (immutable)");
      const deployed: (MessagingDeployment & { chainId: number; name: string })[] = [];
      for (const [i, side] of sides.entries()) {
        const d = await deployMessenger(side.deps, { signer: relayPkp.ethAddress, rotationDelaySeconds: EMBEDDED_MESSENGER_ROTATION_DELAY_SECONDS, expect: predicted[i]! });
        const pingPong = await deployPingPong(side.deps, { messenger: d.messenger });
        deployed.push({ ...d, pingPong, chainId: side.chain.chainId, name: `local-${side.chain.chainId}` });
      }
      for (const [i, from] of sides.entries()) {
        for (const [j, to] of sides.entries()) {
          if (i === j) continue;
          await connectMessaging({ deps: from.deps, chainId: from.chain.chainId, deployment: deployed[i]! }, { deps: to.deps, chainId: to.chain.chainId, deployment: deployed[j]! });
        }
      }
      for (const [i, d] of deployed.entries()) {
        deployments[i] = { ...deployments[i]!, messaging: { messenger: d.messenger, deployBlock: d.deployBlock, signer: d.signer, ...(d.pingPong ? { pingPong: d.pingPong } : {}) } };
        writeDeployment(deployments[i]!.network, deployments[i]!, join(stateDir, "deployments"));
        log?.info({ chain_id: d.chainId, messenger: d.messenger, ping_pong: d.pingPong }, "messenger and PingPong deployed");
      }
      messaging = { action: { code: relay.code, cid: relay.cid }, manifest: relayManifest, pkp: { publicKey: relayPkp.publicKey, ethAddress: relayPkp.ethAddress }, chains: deployed };
    }

    let configInput: ConfigInput = {
      keeper: {
        id: "dev",
        database: join(stateDir, "keeper.sqlite"),
        http: { host: "127.0.0.1", port: parameters.httpPort ?? 9464 },
      },
      lit: { runtime: "local", actionCid: action.cid, pkpPublicKey: pkp.publicKey, stateDir: join(stateDir, "lit"), timeoutMs: litTimeoutMs },
      chains: chains.map((c, i) => ({
        name: `local-${c.chainId}`,
        chainId: c.chainId,
        rpcUrls: [c.rpcUrl],
        receiver: deployments[i]!.contracts.receiver,
        deployBlock: deployments[i]!.deployBlock,
        confirmations: 1,
        pollIntervalMs: 100,
        replaceAfterSeconds: 5,
        receiptTimeoutSeconds: 60,
        ...(messaging ? { messenger: messaging.chains[i]!.messenger, messengerDeployBlock: messaging.chains[i]!.deployBlock } : {}),
      })),
      feeds: feeds.map((symbol) => ({
        symbol,
        decimals: EMBEDDED_DECIMALS,
        deviationPpm: EMBEDDED_DEVIATION_PPM,
        heartbeatSeconds: EMBEDDED_HEARTBEAT_SECONDS,
        schedule: EMBEDDED_SCHEDULE,
      })),
      ...(messaging
        ? {
            messaging: {
              action: { cid: messaging.action.cid, manifest: messaging.manifest as Record<string, unknown> },
              pkpPublicKey: messaging.pkp.publicKey,
              routes: messaging.chains.map((c) => ({ from: c.name, to: messaging!.chains.filter((d) => d.chainId !== c.chainId).map((d) => d.name), pollIntervalMs: EMBEDDED_RELAY_POLL_MS })),
            },
          }
        : {}),
    };
    if (parameters.configOverrides) configInput = parameters.configOverrides(configInput);
    const config = await loadConfig({ file: configInput as Record<string, unknown> });
    const runtime = lit.runtime();
    return {
      stateDir,
      chains,
      sim,
      lit,
      runtime,
      action,
      pkp: { publicKey: pkp.publicKey, ethAddress: pkp.ethAddress },
      deployments,
      config,
      configInput,
      secrets: Object.freeze({ privateKey: accounts[KEEPER_ACCOUNT_INDEX]!.privateKey, litApiKey: undefined }),
      accounts,
      sourceBaseUrls,
      manifest,
      ...(messaging ? { messaging } : {}),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
