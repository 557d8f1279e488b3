/**
 * Naga (multi-node) shell of the relay action: every selected node reads the chains from the bundle's
 * providers, the nodes agree through broadcastAndCollect, and each signs a share of every digest.
 * The manifest is compiled in (`embedded.ts`, replaced by actions/build.ts).
 */
import { hexToBytes } from "viem";
import type { LitGlobal } from "../price-feed/lit-globals.ts";
import { embeddedManifest } from "./embedded.ts";
import { type RelayHost, runRelay } from "./run.ts";

declare const Lit: LitGlobal;
declare const jsParams: unknown;

function publicKeyOf(params: unknown): string {
  const key = (params as { signer?: { publicKey?: unknown } } | undefined)?.signer?.publicKey;
  if (typeof key !== "string" || !/^0x04[0-9a-fA-F]{128}$/.test(key)) {
    throw new Error("signer.publicKey must be the PKP's uncompressed public key (0x04 + 128 hex) on Naga");
  }
  return key;
}

async function main(): Promise<void> {
  const params = typeof jsParams === "undefined" ? undefined : jsParams;
  const manifest = embeddedManifest();
  // The public key only picks which PKP signs: a destination accepts only the PKP it trusts, and a PKP
  // signs for this code only if it permits this CID.
  const publicKey = publicKeyOf(params);
  const host: RelayHost = {
    fetch: (input, init) => fetch(input, init),
    broadcast: (name, value) => Lit.Actions.broadcastAndCollect({ name, value }),
    signDigest: async (digest, sigName) => {
      await Lit.Actions.signEcdsa({ toSign: hexToBytes(digest), publicKey, sigName });
      return undefined;
    },
    log: (message) => console.log(message),
  };
  const { response } = await runRelay(host, manifest, params);
  Lit.Actions.setResponse({ response: JSON.stringify(response) });
}

export const done: Promise<void> = main().catch((error: unknown) => {
  Lit.Actions.setResponse({ response: JSON.stringify({ ok: false, version: 1, error: `action failed: ${error instanceof Error ? error.message : String(error)}` }) });
});
