/**
 * Generic manifest machinery, shared by every action (price feed, relay, …): a manifest is the JSON
 * document that decides everything an action signs (hosts, limits, chains, RPC providers). It is
 * compiled into the bundle, so the bundle's CID — the only thing the PKP permits — commits to it.
 * `jsParams` are attacker-controlled input and may only select among what the manifest allows.
 *
 * - {@link canonicalJson}: the one byte encoding of a manifest (sorted keys, no whitespace), so the
 *   same manifest always yields the same bundle bytes and the same CID.
 * - {@link MANIFEST_PLACEHOLDER}: the string literal an action's source reads its manifest from; the
 *   build replaces it (exactly once) with the manifest's canonical JSON as a string literal. The value
 *   lives inside the bundle's own scope, never on a global a caller could shadow.
 * - {@link checkPinnedUrl}: the URL rule of every host a manifest pins (https only; plain http only for
 *   loopback hosts in a manifest explicitly marked `local`).
 * - {@link duplicatesOf}: every list of sources, chains or receivers is checked with it.
 *
 * Pure: no I/O, no clock.
 */

/** The literal an action's source holds where its manifest goes (replaced by the build, see `actions/build.ts`). */
export const MANIFEST_PLACEHOLDER = "__LIT_ORACLE_MANIFEST_JSON__";

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, arrays in order. Only plain
 * JSON values are accepted (no undefined inside arrays, no NaN/Infinity, no bigint): a manifest that
 * would not round-trip is refused rather than silently changed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`manifest value ${value} is not a finite number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`manifest value of type ${typeof value} is not JSON`);
}

/** Host names that are loopback (the only ones a `local` manifest may reach over plain http). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Checks one pinned URL of a manifest; returns the problem or `undefined`. A pinned URL is https, has
 * no credentials, query or fragment (a base URL is an origin plus an optional path). Plain http is
 * accepted only for a loopback host and only when the manifest is marked `local` (the embedded stack).
 */
export function checkPinnedUrl(text: string, local: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `not a URL: ${JSON.stringify(text.slice(0, 80))}`;
  }
  if (url.username !== "" || url.password !== "") return "must not carry credentials";
  if (url.search !== "" || url.hash !== "") return "must not carry a query or fragment";
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) return `plain http is only allowed for loopback hosts, got ${url.hostname}`;
    if (!local) return "plain http (loopback) is only allowed in a manifest marked local: true";
    return undefined;
  }
  return `protocol ${url.protocol} is not allowed (https only)`;
}

/** The values that occur more than once in `values` (by `key`), each once, in first-seen order. */
export function duplicatesOf<T>(values: readonly T[], key: (value: T) => string = (v) => String(v)): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    const k = key(v);
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

/**
 * Replaces the placeholder literal (exactly one occurrence, with its quotes) in `bundle` by the
 * manifest's canonical JSON as a JSON string literal. Throws if the placeholder is missing or repeated.
 */
export function embedManifest(bundle: string, manifest: unknown): string {
  const needle = JSON.stringify(MANIFEST_PLACEHOLDER);
  const first = bundle.indexOf(needle);
  if (first < 0) throw new Error(`bundle has no manifest placeholder ${needle}`);
  if (bundle.indexOf(needle, first + needle.length) >= 0) throw new Error(`bundle has more than one manifest placeholder ${needle}`);
  const literal = JSON.stringify(canonicalJson(manifest)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `${bundle.slice(0, first)}${literal}${bundle.slice(first + needle.length)}`;
}

/**
 * Reads the manifest an action was built with (`raw` is the placeholder's value at run time). The
 * check looks at the first character rather than comparing with {@link MANIFEST_PLACEHOLDER}, so the
 * placeholder literal occurs exactly once in a bundle (in the shell that declares it).
 */
export function readEmbeddedManifest(raw: string): unknown {
  if (!raw.startsWith("{")) throw new Error("this bundle was built without a manifest (lit-oracle action build --manifest <file>)");
  return JSON.parse(raw);
}
