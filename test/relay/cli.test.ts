/**
 * `lit-oracle relay status [--json]` and `relay retry <id>` over a relay store with one message in each
 * interesting state; and their clear errors (no store, malformed id, unknown id, a message not dead).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LitMessage } from "../../actions/src/messenger/message.ts";
import { buildProgram } from "../../keeper/src/cli.ts";
import { openRelayStore } from "../../keeper/src/relay/store.ts";

const ZERO = "0x0000000000000000000000000000000000000001" as const;
const id = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
const message = (nonce: bigint): LitMessage => ({ version: 1, srcChainId: 1n, srcMessenger: ZERO, nonce, sender: ZERO, dstChainId: 2n, dstMessenger: ZERO, recipient: ZERO, gasLimit: 100_000, payload: "0x" });

let dir: string;
let file: string;

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  try {
    await buildProgram().exitOverride().parseAsync(["node", "lit-oracle", ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join("");
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relay-cli-"));
  file = join(dir, "keeper.sqlite");
  const store = openRelayStore(file);
  const t = 1_000_000;
  store.recordScan("a->b", [1, 2, 3, 4].map((n) => ({ id: id(n), txHash: id(100 + n), logIndex: 0, blockNumber: BigInt(n), message: message(BigInt(n)), sentAt: t })), 10n, t);
  store.setState(id(2), { state: "delivered", deliveredAt: t });
  store.setState(id(3), { state: "failed", reason: "handler reverted: UnknownSender(…)" });
  store.setState(id(4), { state: "dead", deadReason: "recipient has no code: RecipientHasNoCode(0x…)" });
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lit-oracle relay", () => {
  it("status lists each route's counts and the dead letters with their reasons", async () => {
    const text = await cli("relay", "status", "--store", file);
    expect(text).toMatch(/a->b: next block 10; pending 1, in flight 0, failed 1, delivered 1, dead 1/);
    expect(text).toContain(`${id(4)} a->b nonce 4: recipient has no code`);
    const json = JSON.parse(await cli("relay", "status", "--store", file, "--json"));
    expect(json.routes[0]).toMatchObject({ route: "a->b", pending: 1, failed: 1, delivered: 1, dead: 1 });
    expect(json.dead[0]).toMatchObject({ id: id(4), reason: expect.stringMatching(/RecipientHasNoCode/) });
  });

  it("retry re-queues a dead letter; refuses what is not dead or failed, unknown ids and malformed ones", async () => {
    expect(await cli("relay", "retry", id(4), "--store", file)).toMatch(/re-queued .* \(dead -> failed\)/);
    const store = openRelayStore(file);
    expect(store.get(id(4))).toMatchObject({ state: "failed", attempts: 0, deadReason: undefined });
    store.close();
    await expect(cli("relay", "retry", id(2), "--store", file)).rejects.toThrow(/is delivered; only dead or failed/);
    await expect(cli("relay", "retry", id(9), "--store", file)).rejects.toThrow(/no message/);
    await expect(cli("relay", "retry", "0x12", "--store", file)).rejects.toThrow(/0x \+ 64 hex/);
    await expect(cli("relay", "status", "--store", join(dir, "missing.sqlite"))).rejects.toThrow(/no store at/);
    await expect(cli("relay", "status")).rejects.toThrow(/--store <file> or --config <file>/);
  });
});
