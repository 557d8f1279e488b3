/**
 * pino, JSON by default and pretty when stdout is a terminal. Log fields are snake_case
 * (`feed`, `chain_id`, `tx_hash`, `nonce`, `attempt`, `reason`).
 *
 * Secrets never reach a log line: {@link redactSecrets} replaces every registered secret value (and
 * anything that looks like a 32-byte private key under a key/secret-ish field name) and strips every
 * URL down to scheme and host ({@link redactUrls}: RPC URLs carry API keys) before pino serialises the
 * record, and the pino `redact` paths cover the usual field names as a second net.
 */
import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";

const require = createRequire(import.meta.url);

export type { Logger } from "pino";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";

export type CreateLoggerParameters = {
  level?: LogLevel;
  /** `true`: pino-pretty; `false`: JSON lines; `"auto"` (default): pretty iff stdout is a TTY. */
  pretty?: boolean | "auto";
  /** Secret values (private keys, API keys) to scrub from every record. */
  secrets?: readonly string[];
  /** Where JSON lines go (tests capture them); defaults to stdout. Ignored when pretty. */
  destination?: DestinationStream;
  /** Which standard stream (default stdout); `push --json` logs to stderr so stdout stays pure JSON. */
  stream?: "stdout" | "stderr";
  /** Static fields on every line (e.g. `keeper_id`). */
  base?: Record<string, unknown>;
};

/** Field names whose values are always censored, whatever they contain. */
export const REDACTED_FIELD_PATHS = [
  "privateKey",
  "private_key",
  "apiKey",
  "api_key",
  "password",
  "secret",
  "*.privateKey",
  "*.private_key",
  "*.apiKey",
  "*.api_key",
  "*.password",
  "*.secret",
  "signer.privateKey",
  "lit.apiKey",
];

export const REDACTED = "[redacted]";

/** Field names censored at any depth by {@link redactSecrets}. */
export const SECRET_FIELD_PATTERN = /^(private_?key|api_?key|password|secret|mnemonic)$/i;

/** Shortest secret we bother to scrub by value (shorter strings would censor innocent text). */
const MIN_SECRET_LENGTH_CHARS = 8;

/** Any http(s)/ws(s) URL in free text (viem's error messages embed the RPC URL, API key and all). */
const URL_IN_TEXT = /\b(?:https?|wss?):\/\/[^\s"'<>`\])}]+/gi;

/**
 * Keeps only the scheme and host of every URL in `text`: RPC providers put API keys in the path
 * (`/v2/<key>`), the query (`?apikey=`) or the user info, so none of those may reach a log line or an
 * error message. `https://eth-mainnet.example/v2/KEY` becomes `https://eth-mainnet.example/[redacted]`.
 */
export function redactUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (match) => {
    let url: URL;
    try {
      url = new URL(match);
    } catch {
      return REDACTED;
    }
    const hidden = url.username !== "" || url.password !== "" || (url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "";
    return `${url.protocol}//${url.host}${hidden ? `/${REDACTED}` : ""}`;
  });
}

/** Replaces every occurrence of each secret (with or without `0x`) in `text`, and every URL's path, query and credentials. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = redactUrls(text);
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH_CHARS) continue;
    const variants = new Set([secret, secret.replace(/^0x/i, "")]);
    for (const variant of variants) {
      if (variant.length < MIN_SECRET_LENGTH_CHARS) continue;
      out = out.split(variant).join(REDACTED);
      out = out.split(variant.toLowerCase()).join(REDACTED);
    }
  }
  return out;
}

/** Deep copy of `value` with every secret string scrubbed (used on configs before printing them). */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const seen = new WeakMap<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redactText(v, secrets);
    if (typeof v === "bigint") return v;
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return seen.get(v);
    if (v instanceof Error) {
      const copy = new Error(redactText(v.message, secrets), v.cause === undefined ? undefined : { cause: walk(v.cause) });
      copy.name = v.name;
      copy.stack = v.stack ? redactText(v.stack, secrets) : undefined;
      const short = (v as { shortMessage?: unknown }).shortMessage;
      if (typeof short === "string") Object.assign(copy, { shortMessage: redactText(short, secrets) });
      seen.set(v, copy);
      return copy;
    }
    if (Array.isArray(v)) {
      const arr: unknown[] = [];
      seen.set(v, arr);
      for (const item of v) arr.push(walk(item));
      return arr;
    }
    const obj: Record<string, unknown> = {};
    seen.set(v, obj);
    for (const [k, inner] of Object.entries(v)) obj[k] = SECRET_FIELD_PATTERN.test(k) && inner !== undefined && inner !== null ? REDACTED : walk(inner);
    return obj;
  };
  return walk(value) as T;
}

export function createLogger(parameters: CreateLoggerParameters = {}): Logger {
  const secrets = (parameters.secrets ?? []).filter(Boolean);
  const fd = parameters.stream === "stderr" ? 2 : 1;
  const pretty =
    parameters.pretty === "auto" || parameters.pretty === undefined ? Boolean((fd === 2 ? process.stderr : process.stdout).isTTY) && !parameters.destination : parameters.pretty;
  const options: LoggerOptions = {
    level: parameters.level ?? "info",
    base: parameters.base ?? null,
    redact: { paths: REDACTED_FIELD_PATHS, censor: REDACTED },
    formatters: { level: (label) => ({ level: label }) },
    serializers: {
      err: (error: unknown) => serializeError(error, secrets),
      error: (error: unknown) => serializeError(error, secrets),
    },
    hooks: {
      // Every argument (message and merge object) goes through the scrubber before formatting.
      logMethod(args, method) {
        const cleaned = args.map((a) => redactSecrets(a, secrets)) as typeof args;
        method.apply(this, cleaned);
      },
    },
  };
  if (pretty) {
    // pino-pretty as a stream in this thread, loaded only here: pino's transport would run it in a
    // worker thread (a second V8 isolate, ~20 MB resident and 5 threads; docs/operate.md "Memory").
    const prettyStream = require("pino-pretty") as typeof import("pino-pretty");
    return pino(options, prettyStream({ colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,hostname", destination: fd, sync: true }));
  }
  return pino(options, parameters.destination ?? pino.destination({ fd, sync: true }));
}

/** Compact error record: class, short message, meta lines and the cause chain's messages. */
export function serializeError(error: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactText(String(error), secrets) };
  const causes: string[] = [];
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    const text =
      cause instanceof Error
        ? `${cause.name}: ${(cause as { shortMessage?: string }).shortMessage ?? cause.message}`
        : cause !== null && typeof cause === "object" && "message" in cause
          ? String((cause as { message: unknown }).message)
          : String(cause);
    causes.push(redactText(text, secrets));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  const shortMessage = (error as { shortMessage?: string }).shortMessage;
  return {
    type: error.name,
    message: redactText(shortMessage ?? error.message, secrets),
    ...(causes.length ? { causes } : {}),
  };
}

/** A logger that discards everything (tests, library use). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
