/**
 * `loadConfig({ file, env, flags })`: one config file (YAML or JSON) + environment + command-line flags,
 * merged with precedence flags > env > file > defaults, validated with zod, deep-frozen.
 * Every validation error names the field path (`feeds[1].deviationPpm: expected number, …`).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { NonRetryableError } from "../../../common/errors.ts";
import { configSchema, type KeeperConfig } from "./schema.ts";

export * from "./schema.ts";
export { loadSecrets, secretValues, type Secrets, KEEPER_PRIVATE_KEY_ENV, LIT_API_KEY_ENV } from "./secrets.ts";

/** Environment variables the loader reads (besides the secrets). */
export const CONFIG_ENV = {
  keeperId: "LIT_ORACLE_KEEPER_ID",
  staggerSeconds: "LIT_ORACLE_STAGGER_SECONDS",
  database: "LIT_ORACLE_DATABASE",
  httpPort: "LIT_ORACLE_HTTP_PORT",
  httpHost: "LIT_ORACLE_HTTP_HOST",
  logLevel: "LIT_ORACLE_LOG_LEVEL",
  /** `LIT_ORACLE_RPC_URLS_<CHAIN NAME UPPERCASE, - as _>`: comma-separated URLs replacing the file's list (keeps API keys out of the file). */
  rpcUrlsPrefix: "LIT_ORACLE_RPC_URLS_",
} as const;

export type ConfigFlags = {
  port?: number;
  host?: string;
  logLevel?: string;
  keeperId?: string;
  staggerSeconds?: number;
  database?: string;
};

export type LoadConfigParameters = {
  /** Path to a .yaml/.yml/.json file, or an already-parsed object (the embedded stack). */
  file?: string | Record<string, unknown>;
  env?: Record<string, string | undefined>;
  flags?: ConfigFlags;
};

export class ConfigError extends NonRetryableError {
  override name = "ConfigError";
  readonly issues: string[];
  constructor(shortMessage: string, issues: string[], cause?: unknown) {
    super(shortMessage, { metaMessages: issues.map((i) => `  - ${i}`), cause });
    this.issues = issues;
  }
}

/** `["feeds", 1, "deviationPpm"]` -> `feeds[1].deviationPpm`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = formatPath(issue.path);
    let message = issue.message.replace(/^Invalid input: /, "");
    if (issue.code === "unrecognized_keys") {
      return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    }
    if (issue.code === "invalid_type" && /received undefined/.test(message)) message = `required (${message.replace(/, received undefined/, "")})`;
    return `${where}: ${message}`;
  });
}

async function readConfigFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}`, [(error as Error).message], error);
  }
  const ext = extname(path).toLowerCase();
  try {
    const parsed: unknown = ext === ".json" ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new ConfigError(`config file ${path} must contain an object at the top level`, []);
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`config file ${path} is not valid ${ext === ".json" ? "JSON" : "YAML"}`, [(error as Error).message.split("\n")[0]!], error);
  }
}

function setIn(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function numberFrom(name: string, raw: string, issues: string[]): number | undefined {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) {
    issues.push(`${name}: expected a number, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  return n;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Merges and validates; throws {@link ConfigError} listing every bad field. */
export async function loadConfig(parameters: LoadConfigParameters): Promise<KeeperConfig> {
  const env = parameters.env ?? {};
  const flags = parameters.flags ?? {};
  const raw: Record<string, unknown> =
    typeof parameters.file === "string" ? await readConfigFile(parameters.file) : structuredClone(parameters.file ?? {});
  const issues: string[] = [];

  // env over file
  if (env[CONFIG_ENV.keeperId]) setIn(raw, ["keeper", "id"], env[CONFIG_ENV.keeperId]);
  if (env[CONFIG_ENV.database]) setIn(raw, ["keeper", "database"], env[CONFIG_ENV.database]);
  if (env[CONFIG_ENV.httpHost]) setIn(raw, ["keeper", "http", "host"], env[CONFIG_ENV.httpHost]);
  if (env[CONFIG_ENV.logLevel]) setIn(raw, ["keeper", "log", "level"], env[CONFIG_ENV.logLevel]);
  for (const [key, name] of [
    ["staggerSeconds", CONFIG_ENV.staggerSeconds],
    ["port", CONFIG_ENV.httpPort],
  ] as const) {
    const value = env[name];
    if (value === undefined) continue;
    const n = numberFrom(name, value, issues);
    if (n !== undefined) setIn(raw, key === "port" ? ["keeper", "http", "port"] : ["keeper", "staggerSeconds"], n);
  }
  if (Array.isArray(raw.chains)) {
    for (const chain of raw.chains as Record<string, unknown>[]) {
      if (!chain || typeof chain.name !== "string") continue;
      const name = `${CONFIG_ENV.rpcUrlsPrefix}${chain.name.toUpperCase().replace(/-/g, "_")}`;
      const urls = env[name];
      if (urls) chain.rpcUrls = urls.split(",").map((u) => u.trim()).filter(Boolean);
    }
  }

  // flags over env
  if (flags.keeperId !== undefined) setIn(raw, ["keeper", "id"], flags.keeperId);
  if (flags.database !== undefined) setIn(raw, ["keeper", "database"], flags.database);
  if (flags.port !== undefined) setIn(raw, ["keeper", "http", "port"], flags.port);
  if (flags.host !== undefined) setIn(raw, ["keeper", "http", "host"], flags.host);
  if (flags.logLevel !== undefined) setIn(raw, ["keeper", "log", "level"], flags.logLevel);
  if (flags.staggerSeconds !== undefined) setIn(raw, ["keeper", "staggerSeconds"], flags.staggerSeconds);

  // Secrets have no place in the file; say so instead of silently ignoring them.
  for (const [path, hint] of [
    [["signer", "privateKey"], "KEEPER_PRIVATE_KEY in the environment"],
    [["lit", "apiKey"], "LIT_API_KEY in the environment"],
  ] as const) {
    const parent = raw[path[0]] as Record<string, unknown> | undefined;
    if (parent && typeof parent === "object" && path[1] in parent) {
      issues.push(`${path.join(".")}: secrets are not read from the config file; use ${hint}`);
      delete parent[path[1]];
    }
  }

  const result = configSchema.safeParse(raw);
  if (!result.success) issues.push(...formatIssues(result.error.issues));
  if (issues.length > 0 || !result.success) {
    const where = typeof parameters.file === "string" ? ` in ${parameters.file}` : "";
    throw new ConfigError(`invalid configuration${where} (${issues.length} problem${issues.length === 1 ? "" : "s"})`, issues);
  }
  return deepFreeze(result.data);
}
