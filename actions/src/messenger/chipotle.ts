/**
 * Chipotle (single TEE execution) shell of the relay action: one run reads every provider, the
 * "agreement" is this run alone, and the PKP's key signs inside the execution (ethers v5).
 */
import type { Hex } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import type { EthersV5, LitGlobal } from "../price-feed/lit-globals.ts";
import { embeddedManifest } from "./embedded.ts";
import { type RelayHost, runRelay } from "./run.ts";

declare const Lit: LitGlobal;
declare const ethers: EthersV5;

export async function main(params: unknown): Promise<unknown> {
  try {
    const manifest = embeddedManifest();
    const pkpId = (params as { signer?: { pkpId?: unknown } } | undefined)?.signer?.pkpId;
    if (typeof pkpId !== "string" || pkpId.length === 0) return { ok: false, version: 1, error: "signer.pkpId is required on Chipotle" };
    let wallet: InstanceType<EthersV5["Wallet"]> | undefined;
    const host: RelayHost = {
      fetch: (input, init) => fetch(input, init),
      broadcast: async (_name, value) => [value],
      signDigest: async (digest: Hex): Promise<LitSignature> => {
        wallet ??= new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId }));
        const sig = wallet._signingKey().signDigest(digest);
        return {
          signature: `0x${sig.r.slice(2)}${sig.s.slice(2)}`,
          verifyingKey: wallet.publicKey as Hex,
          signedData: digest,
          recoveryId: sig.recoveryParam === 1 ? 1 : 0,
          publicKey: wallet.publicKey as Hex,
          sigType: "EcdsaK256Sha256",
        };
      },
      log: (message) => console.log(message),
    };
    const { response, signatures } = await runRelay(host, manifest, params);
    return { ...response, signatures };
  } catch (error) {
    return { ok: false, version: 1, error: `action failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
