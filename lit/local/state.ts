/**
 * The local network's persistent state: the network secret (from which the encryption keys and the
 * per-action keys are derived) and the PKP registry (keys, owner, burned flag, permitted actions).
 *
 * On a real Lit network no party holds a PKP private key: it exists only as threshold shares across
 * the nodes (DKG), and signatures are combined from shares. The emulator keeps each PKP key whole
 * inside this store and never hands it to action code (except Chipotle's `getPrivateKey`, which the
 * live Chipotle API also exposes inside the TEE).
 *
 * With a `stateDir` the state is a JSON file (mode 0600, written atomically) so restarts keep the
 * same PKP addresses; without one it lives in memory only.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const STATE_FILE_NAME = "lit-network.json";
const STATE_VERSION = 1;

const hex = z.string().regex(/^0x[0-9a-fA-F]*$/);

const permittedActionSchema = z.object({
  /** CIDv0 multihash bytes, 0x-hex (what PKPPermissions stores). */
  cidBytes: hex,
  /** Auth method scopes, e.g. [1] = SignAnything. */
  scopes: z.array(z.number().int().nonnegative()),
});

const pkpRecordSchema = z.object({
  tokenId: hex,
  publicKey: hex,
  ethAddress: hex,
  privateKey: hex,
  /** The PKP NFT owner; `0x000…0` once burned. */
  owner: hex,
  burned: z.boolean(),
  permittedActions: z.array(permittedActionSchema),
  permittedAddresses: z.array(hex).default([]),
});

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  networkSecret: hex,
  pkps: z.array(pkpRecordSchema),
});

export type PkpRecord = z.infer<typeof pkpRecordSchema>;
export type NetworkState = z.infer<typeof stateSchema>;

export type StateStore = {
  readonly state: NetworkState;
  /** Persists the current state (no-op for an in-memory store). */
  save(): void;
  readonly path: string | undefined;
};

export function openStateStore(params: { stateDir?: string | undefined }): StateStore {
  if (!params.stateDir) {
    const state = freshState();
    return { state, save: () => {}, path: undefined };
  }
  const path = join(params.stateDir, STATE_FILE_NAME);
  let state: NetworkState;
  if (existsSync(path)) {
    const raw = readFileSync(path, "utf8");
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (cause) {
      throw new Error(`Lit network state ${path} is not valid JSON; move it away to start a fresh network`, { cause });
    }
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`Lit network state ${path} is malformed (${parsed.error.issues[0]?.message ?? "invalid"}); move it away to start a fresh network`);
    }
    state = parsed.data;
  } else {
    mkdirSync(params.stateDir, { recursive: true, mode: 0o700 });
    state = freshState();
  }
  const save = () => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, path);
  };
  if (!existsSync(path)) save();
  return { state, save, path };
}

function freshState(): NetworkState {
  return { version: STATE_VERSION, networkSecret: `0x${randomBytes(32).toString("hex")}`, pkps: [] };
}
