/**
 * Naga (multi-node) shell: every selected Lit node runs this; `jsParams` is the global the v8 client
 * injects. Signatures are threshold shares the client combines; the envelope goes out via setResponse.
 */
import { hexToBytes } from "viem";
import { publicKeyToAddress } from "viem/accounts";
import { errorResponse } from "../core/envelope.ts";
import type { EthersV5, LitGlobal } from "./lit-globals.ts";
import { embeddedManifest } from "./manifest.ts";
import { type ActionHost, runPriceFeed } from "./run.ts";

declare const Lit: LitGlobal;
declare const ethers: EthersV5;
declare const jsParams: unknown;

function publicKeyOf(params: unknown): string {
  const key = (params as { signer?: { publicKey?: unknown } } | undefined)?.signer?.publicKey;
  if (typeof key !== "string" || !/^0x04[0-9a-fA-F]{128}$/.test(key)) {
    throw new Error("signer.publicKey must be the PKP's uncompressed public key (0x04 + 128 hex) on Naga");
  }
  return key;
}

/** Naga's in-action combined signature: `r` is 64 hex (Datil returned a 66-hex compressed point). */
function parseCombined(json: string): { r: `0x${string}`; s: `0x${string}`; recoveryId: number } {
  const sig = JSON.parse(json) as { r: string; s: string; v: number };
  const r = sig.r.replace(/^0x/, "");
  return { r: `0x${r.length === 66 ? r.slice(2) : r}`, s: `0x${sig.s.replace(/^0x/, "")}`, recoveryId: sig.v >= 27 ? sig.v - 27 : sig.v };
}

async function main(): Promise<void> {
  const params = typeof jsParams === "undefined" ? undefined : jsParams;
  let publicKey: string;
  let manifest: ReturnType<typeof embeddedManifest>;
  try {
    manifest = embeddedManifest();
    publicKey = publicKeyOf(params);
  } catch (error) {
    Lit.Actions.setResponse({ response: JSON.stringify(errorResponse((error as Error).message)) });
    return;
  }
  const host: ActionHost = {
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    recoverAddress: async (digest, signature) => ethers.utils.recoverAddress(digest, signature) as `0x${string}`,
    signerAddress: async () => publicKeyToAddress(publicKey as `0x${string}`),
    broadcast: (name, value) => Lit.Actions.broadcastAndCollect({ name, value }),
    signDigest: async (digest, sigName) => {
      await Lit.Actions.signEcdsa({ toSign: hexToBytes(digest), publicKey, sigName });
      return undefined;
    },
    signAndCombine: async (digest, sigName) => parseCombined(await Lit.Actions.signAndCombineEcdsa({ toSign: hexToBytes(digest), publicKey, sigName })),
    runOnce: (name, fn) => Lit.Actions.runOnce({ waitForResponse: true, name }, fn),
    rpcUrl: async (chain) => {
      const url = await Lit.Actions.getRpcUrl({ chain });
      if (!/^https?:\/\//.test(url)) throw new Error(`no RPC URL for chain ${chain}: ${url}`);
      return url;
    },
    decryptPremiumKey: (premium) => {
      const key = premium.key;
      if (!key.accessControlConditions || !key.dataToEncryptHash) {
        throw new Error("the premium key's accessControlConditions and dataToEncryptHash are required on Naga");
      }
      return Lit.Actions.decryptAndCombine({
        accessControlConditions: key.accessControlConditions,
        ciphertext: key.ciphertext,
        dataToEncryptHash: key.dataToEncryptHash,
        authSig: null,
        chain: key.chain ?? "ethereum",
      });
    },
    log: (message) => console.log(message),
  };
  const { response } = await runPriceFeed(host, manifest, params);
  Lit.Actions.setResponse({ response: JSON.stringify(response) });
}

/**
 * The round's promise. The build ends the script with this expression, so the script's completion
 * value is the promise (as with the usual `(async () => {...})()` action), and a runtime that waits
 * for it never considers the action finished between two awaits.
 */
export const done: Promise<void> = main().catch((error: unknown) => {
  Lit.Actions.setResponse({ response: JSON.stringify(errorResponse(`action failed: ${error instanceof Error ? error.message : String(error)}`)) });
});
