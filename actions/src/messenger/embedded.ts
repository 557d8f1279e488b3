/**
 * The messenger manifest this relay bundle was built with. The build (`actions/build.ts`) replaces the
 * placeholder literal below — it occurs exactly once in the bundle — with the manifest's canonical
 * JSON, so it sits in the bundle's own scope and the CID commits to it. Nothing a caller passes in
 * `jsParams` can replace it: the params only pick a source chain of this manifest and name logs.
 */
import { readEmbeddedManifest } from "../core/manifest.ts";
import { type MessengerManifest, parseMessengerManifest } from "./manifest.ts";

const EMBEDDED_MANIFEST_JSON: string = "__LIT_ORACLE_MANIFEST_JSON__";

/** The embedded manifest, validated (throws with every problem if the build embedded a bad one). */
export function embeddedManifest(): MessengerManifest {
  return parseMessengerManifest(readEmbeddedManifest(EMBEDDED_MANIFEST_JSON));
}
