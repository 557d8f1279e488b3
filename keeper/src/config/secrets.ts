/**
 * Secrets: the keeper's transaction key and the Lit API key. They come ONLY from the environment or an
 * encrypted JSON keystore, never from the config file or flags, and are kept apart from the config
 * object so printing or logging the config can never leak them.
 */
import { readFile } from "node:fs/promises";
import { NonRetryableError } from "../../../common/errors.ts";
import type { KeeperConfig } from "./schema.ts";

export const KEEPER_PRIVATE_KEY_ENV = "KEEPER_PRIVATE_KEY";
export const LIT_API_KEY_ENV = "LIT_API_KEY";

export type Secrets = {
  /** 0x + 64 hex. */
  privateKey: `0x${string}`;
  litApiKey: string | undefined;
};

export class SecretError extends NonRetryableError {
  override name = "SecretError";
}

const PRIVATE_KEY_PATTERN = /^(0x)?[0-9a-fA-F]{64}$/;

/** Resolves secrets from env / keystore. Error messages name the variable, never the value. */
export async function loadSecrets(config: Pick<KeeperConfig, "signer" | "lit">, env: Record<string, string | undefined>): Promise<Secrets> {
  let privateKey: `0x${string}` | undefined;
  const raw = env[KEEPER_PRIVATE_KEY_ENV]?.trim();
  if (raw) {
    if (!PRIVATE_KEY_PATTERN.test(raw)) {
      throw new SecretError(`${KEEPER_PRIVATE_KEY_ENV}: expected 32 bytes of hex (64 hex digits, optional 0x)`, {
        metaMessages: [`got ${raw.length} characters (value not shown)`],
      });
    }
    privateKey = (raw.startsWith("0x") ? raw : `0x${raw}`) as `0x${string}`;
  } else if (config.signer.keystore) {
    const password = env[config.signer.keystorePasswordEnv];
    if (password === undefined) {
      throw new SecretError(`signer.keystore is set but ${config.signer.keystorePasswordEnv} (its password) is not in the environment`);
    }
    privateKey = await decryptKeystore(config.signer.keystore, password);
  }
  if (!privateKey) {
    throw new SecretError(`no keeper key: set ${KEEPER_PRIVATE_KEY_ENV} in the environment or signer.keystore in the config`);
  }
  const litApiKey = env[LIT_API_KEY_ENV]?.trim() || undefined;
  if (config.lit.runtime === "chipotle" && !litApiKey) {
    throw new SecretError(`lit.runtime is chipotle but ${LIT_API_KEY_ENV} is not set in the environment`);
  }
  return Object.freeze({ privateKey, litApiKey });
}

/** Decrypts a V3 JSON keystore (scrypt or pbkdf2) with ethers 5's implementation. */
export async function decryptKeystore(path: string, password: string): Promise<`0x${string}`> {
  let json: string;
  try {
    json = await readFile(path, "utf8");
  } catch (error) {
    throw new SecretError(`signer.keystore: cannot read ${path}`, { cause: error });
  }
  const { Wallet } = await import("ethers");
  try {
    const wallet = await Wallet.fromEncryptedJson(json, password);
    return wallet.privateKey as `0x${string}`;
  } catch (error) {
    throw new SecretError(`signer.keystore: cannot decrypt ${path} (wrong password or not a V3 keystore)`, {
      details: error instanceof Error ? error.message.replace(password, "[redacted]") : undefined,
    });
  }
}

/** The values the logger must scrub. */
export function secretValues(secrets: Secrets | undefined): string[] {
  if (!secrets) return [];
  return [secrets.privateKey, secrets.litApiKey].filter((v): v is string => typeof v === "string" && v.length > 0);
}
