/** Shared setup for the chain tests: a local EDR chain with the oracle deployed through `deployOracle`. */
import { type Address, createPublicClient, createWalletClient, custom, type Hex, type PublicClient } from "viem";
import { privateKeyToAccount, sign } from "viem/accounts";
import { batchDigest, type Report, reportDigest } from "../../actions/src/core/report.ts";
import { type Deployment, deployOracle } from "../../keeper/src/chain/deploy.ts";
import { type LocalChain, startLocalChain } from "../../keeper/src/chain/local.ts";

export const TEST_FEEDS = [
  { symbol: "BTC/USD", decimals: 8, heartbeatSeconds: 3600, minAnswer: 10n ** 8n, maxAnswer: 10n ** 15n },
  { symbol: "ETH/USD", decimals: 18, heartbeatSeconds: 3600, minAnswer: 10n ** 18n, maxAnswer: 10n ** 24n },
  { symbol: "SOL/USD", decimals: 8, heartbeatSeconds: 600, minAnswer: 10n ** 6n, maxAnswer: 10n ** 12n },
];

export type Oracle = {
  chain: LocalChain;
  deployment: Deployment;
  publicClient: PublicClient;
  receiver: Address;
  signerKey: Hex;
  send(data: Hex, from?: "keeper" | "signer"): Promise<{ status: "success" | "reverted"; gasUsed: bigint; logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[] }>;
  signReport(report: Report, key?: Hex): Promise<Hex>;
  signBatch(reports: readonly Report[], key?: Hex): Promise<Hex>;
  now(): Promise<bigint>;
};

export async function deployTestOracle(params: { chainId?: number } = {}): Promise<Oracle> {
  const chain = await startLocalChain({ chainId: params.chainId ?? 31337 });
  const [deployer, signer, guardian] = chain.accounts;
  const account = privateKeyToAccount(deployer!.privateKey);
  const publicClient = createPublicClient({ transport: custom(chain.provider) }) as PublicClient;
  const walletClient = createWalletClient({ account, transport: custom(chain.provider) });
  const signerClient = createWalletClient({ account: privateKeyToAccount(signer!.privateKey), transport: custom(chain.provider) });
  const deployment = await deployOracle(
    { walletClient, publicClient },
    { network: "test", signer: signer!.address, guardian: guardian!.address, rotationDelaySeconds: 3600, feeds: TEST_FEEDS },
  );
  const receiver = deployment.contracts.receiver;
  const domain = { chainId: chain.chainId, verifyingContract: receiver };
  return {
    chain,
    deployment,
    publicClient,
    receiver,
    signerKey: signer!.privateKey,
    async send(data, from = "keeper") {
      const client = from === "keeper" ? walletClient : signerClient;
      // Fixed gas: no estimation, so reverting transactions are mined and observable.
      const hash = await client.sendTransaction({ to: receiver, data, gas: 1_000_000n, chain: null });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      return { status: receipt.status, gasUsed: receipt.gasUsed, logs: receipt.logs };
    },
    signReport: (report, key = signer!.privateKey) => sign({ hash: reportDigest(domain, report), privateKey: key, to: "hex" }),
    signBatch: (reports, key = signer!.privateKey) => sign({ hash: batchDigest(domain, reports), privateKey: key, to: "hex" }),
    async now() {
      return (await publicClient.getBlock()).timestamp;
    },
  };
}
