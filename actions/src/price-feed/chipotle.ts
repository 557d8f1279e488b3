/**
 * Chipotle (single TEE execution) shell: exported `main(params)` (the build wraps it as the top-level
 * `async function main(params)` Chipotle calls). One execution, so the "broadcast" is this node alone;
 * signing uses the PKP's key via ethers v5, and the signatures travel in the returned envelope in
 * the `LitSignature` shape so the client lifts them.
 */
import type { Hex } from "viem";
import type { LitSignature } from "../../../lit/types.ts";
import { errorResponse } from "../core/envelope.ts";
import type { EthersV5, LitGlobal } from "./lit-globals.ts";
import { embeddedManifest } from "./manifest.ts";
import { type ActionHost, runPriceFeed } from "./run.ts";

declare const Lit: LitGlobal;
declare const ethers: EthersV5;

export async function main(params: unknown): Promise<unknown> {
  const pkpId = (params as { signer?: { pkpId?: unknown } } | undefined)?.signer?.pkpId;
  if (typeof pkpId !== "string" || pkpId.length === 0) return errorResponse("signer.pkpId is required on Chipotle");
  let manifest: ReturnType<typeof embeddedManifest>;
  try {
    manifest = embeddedManifest();
  } catch (error) {
    return errorResponse(error instanceof Error ? error.message : String(error));
  }
  let wallet: InstanceType<EthersV5["Wallet"]> | undefined;
  const signer = async () => (wallet ??= new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId })));
  const sign = async (digest: Hex) => {
    const w = await signer();
    const sig = w._signingKey().signDigest(digest);
    return { w, r: sig.r as Hex, s: sig.s as Hex, recoveryId: sig.recoveryParam };
  };
  const host: ActionHost = {
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    recoverAddress: async (digest, signature) => ethers.utils.recoverAddress(digest, signature) as `0x${string}`,
    signerAddress: async () => (await signer()).address as `0x${string}`,
    broadcast: async (_name, value) => [value],
    signDigest: async (digest): Promise<LitSignature> => {
      const { w, r, s, recoveryId } = await sign(digest);
      return {
        signature: `0x${r.slice(2)}${s.slice(2)}`,
        verifyingKey: w.publicKey as Hex,
        signedData: digest,
        recoveryId: recoveryId === 1 ? 1 : 0,
        publicKey: w.publicKey as Hex,
        sigType: "EcdsaK256Sha256",
      };
    },
    signAndCombine: async (digest) => {
      const { r, s, recoveryId } = await sign(digest);
      return { r, s, recoveryId };
    },
    runOnce: (_name, fn) => fn(),
    rpcUrl: async (chain) => {
      throw new Error(`Chipotle has no getRpcUrl: the manifest must pin rpcUrls for chain ${chain}`);
    },
    decryptPremiumKey: (premium) => Lit.Actions.Decrypt({ pkpId: premium.key.pkpId ?? pkpId, ciphertext: premium.key.ciphertext }),
    log: (message) => console.log(message),
  };
  const { response, signatures } = await runPriceFeed(host, manifest, params);
  return { ...response, signatures };
}
