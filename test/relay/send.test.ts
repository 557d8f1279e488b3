/**
 * `lit-oracle send ping` against the embedded stack's deployments, with a keeper relaying both routes:
 * bad invocations are refused before anything is sent, and a sent message is delivered exactly once.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messengerAbi } from "../../keeper/src/chain/abi.ts";
import { sendPingCommand, SendArgsError, type SendPingOptions } from "../../keeper/src/commands/send.ts";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { resolveMessaging } from "../../keeper/src/relay/routes.ts";
import { capturedLogger, keeperOn, stack } from "../keeper/helpers.ts";

let s: EmbeddedStack;
let keeper: Keeper;
/** Dev account 4 sends (0 deploys, 1 is the keeper). */
const SENDER = 4;

const nonceOf = () => s.chains[0]!.provider.request({ method: "eth_getTransactionCount", params: [s.accounts[SENDER]!.address, "latest"] } as never) as Promise<string>;

function options(patch: Partial<SendPingOptions> = {}): SendPingOptions {
  return {
    from: "local-31337",
    to: "local-31338",
    rpcFrom: s.chains[0]!.rpcUrl,
    rpcTo: s.chains[1]!.rpcUrl,
    hops: 1,
    wait: true,
    waitSeconds: 600,
    deployments: join(s.stateDir, "deployments"),
    privateKey: s.accounts[SENDER]!.privateKey,
    ...patch,
  };
}

beforeAll(async () => {
  s = await stack({ messaging: true, configOverrides: (c) => ({ ...c, messaging: { ...c.messaging!, routes: c.messaging!.routes.map((r) => ({ ...r, pollIntervalMs: 50 })) } }) });
  const messaging = await resolveMessaging(s.config);
  keeper = keeperOn(s, s.config, { logger: capturedLogger().logger, messaging: messaging! });
  await keeper.start({ schedule: false });
});
afterAll(async () => {
  await keeper?.stop();
  await s?.close();
});

describe("lit-oracle send ping", () => {
  it("refuses bad invocations before sending anything", async () => {
    const before = await nonceOf();
    const cases: [Partial<SendPingOptions>, RegExp][] = [
      [{ to: "local-31337" }, /--from and --to are the same network/],
      [{ hops: 0 }, /--hops must be an integer/],
      [{ hops: 1.5 }, /--hops must be an integer/],
      [{ privateKey: undefined }, /set SENDER_PRIVATE_KEY/],
      [{ privateKey: "0x1234" }, /set SENDER_PRIVATE_KEY/],
      [{ to: "nowhere" }, /cannot read deployment/],
      [{ rpcTo: undefined }, /--wait needs --rpc-to/],
      [{ rpcFrom: s.chains[1]!.rpcUrl }, /--rpc-from serves chain 31338, but the deployment is for chain 31337/],
    ];
    for (const [patch, message] of cases) {
      const error = await sendPingCommand(options(patch)).then(() => undefined, (e: unknown) => e);
      expect(error, JSON.stringify(patch)).toBeInstanceOf(SendArgsError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await nonceOf()).toBe(before);
  });

  it("prints the message id and, with --wait, the delivery transaction; the message is delivered once", async () => {
    const result = await sendPingCommand(options());
    expect(result.messageId).toMatch(/^0x[0-9a-f]{64}$/);
    expect(result.delivery!.txHash).toMatch(/^0x[0-9a-f]{64}$/);
    const row = keeper.relayStore()!.get(result.messageId)!;
    expect(row.state).toBe("delivered");
    expect(row.deliveryTx).toBe(result.delivery!.txHash);
    const m = s.messaging!.chains;
    // Exactly one row for the id, delivered by exactly one transaction.
    expect(keeper.relayStore()!.list({ states: ["delivered"] }).filter((r) => r.id === result.messageId.toLowerCase())).toHaveLength(1);
    const { createPublicClient, http } = await import("viem");
    const dst = createPublicClient({ transport: http(s.chains[1]!.rpcUrl) });
    expect(await dst.readContract({ address: m[1]!.messenger, abi: messengerAbi, functionName: "isDelivered", args: [31_337n, m[0]!.messenger, BigInt(result.nonce)] })).toBe(true);
    // hops 1: the answer is not sent back, so nothing else is queued on the reverse route.
    expect(keeper.routeStatus().every((r) => r.queueDepth === 0)).toBe(true);
  });
});
