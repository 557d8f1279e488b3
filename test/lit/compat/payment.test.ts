/**
 * Naga's dynamic payment (lit-node payment/dynamic.rs, action_client.rs): with payment enabled each
 * executing node returns `paymentDetail`, one `{component, quantity, price}` per billable operation in
 * the order they ran, `BaseAmount` first; an item past the spending limit or without a price aborts.
 */
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cidOf } from "../../../lit/cid.ts";
import { createLocalLitNetwork, type LitPricing, type LocalLitNetwork } from "../../../lit/local/network.ts";
import { LIT_HANG_GUARD_MS } from "../../wait.ts";

const PRICES: LitPricing["prices"] = { BaseAmount: 100, Signatures: 20, Broadcasts: 3, Fetches: 5, CallDepth: 7, ContractCalls: 11, Decrypts: 13 };

let http: Server;
let url: string;
let priced: LocalLitNetwork;
let free: LocalLitNetwork;
beforeAll(async () => {
  http = createServer((_req, res) => res.end("42"));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as { port: number }).port}/`;
  priced = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, pricing: { prices: PRICES, priceMultiplier: 2 } });
  free = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS });
});
afterAll(async () => {
  await priced?.close();
  await free?.close();
  http?.close();
});

const child = `(async () => { Lit.Actions.setResponse({ response: "child" }); })();`;
const code = `(async () => {
  const body = await (await fetch(jsParams.url)).text();
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(32).fill(1), publicKey: jsParams.publicKey, sigName: "s" });
  await Lit.Actions.broadcastAndCollect({ name: "b", value: body });
  await Lit.Actions.runOnce({ waitForResponse: true, name: "once" }, async () => "x");
  await Lit.Actions.call({ ipfsId: jsParams.child, params: {} });
  await Lit.Actions.isPermittedAction({ tokenId: jsParams.tokenId, ipfsId: jsParams.child });
  Lit.Actions.setResponse({ response: body });
})();`;

describe("paymentDetail (Naga dynamic payment)", () => {
  it("each executing node lists its priced items in order, each at price × multiplier", async () => {
    const pkp = priced.mintImmutablePkpFor(cidOf(code));
    const childCid = priced.pin(child);
    const result = await priced.execute({ code, jsParams: { url, publicKey: pkp.publicKey, child: childCid, tokenId: pkp.tokenId } });
    expect(result.response).toBe(42); // signatures exist, so the client parsed it
    const item = (component: keyof typeof PRICES) => ({ component, quantity: 1, price: PRICES[component]! * 2 });
    const expected = [item("BaseAmount"), item("Fetches"), item("Signatures"), item("Broadcasts"), item("Broadcasts"), item("CallDepth"), item("ContractCalls")];
    expect(result.paymentDetail).toEqual(priced.nodes.slice(0, priced.threshold).map((node) => ({ node: node.index, paymentDetail: expected })));
  });

  it("aborts at the item that would pass the spending limit, and at a component without a price", async () => {
    const tight = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, pricing: { prices: PRICES, spendingLimit: 120 } });
    const noFetchPrice = await createLocalLitNetwork({ nodes: 3, timeoutMs: LIT_HANG_GUARD_MS, pricing: { prices: { BaseAmount: 1, Signatures: 1 } } });
    try {
      const pkp = tight.mintImmutablePkpFor(cidOf(code));
      // 100 + 5 (fetch) fits 120; the signature's 20 does not.
      await expect(tight.execute({ code, jsParams: { url, publicKey: pkp.publicKey, child: tight.pin(child), tokenId: pkp.tokenId } })).rejects.toThrow(
        "Action aborted as next execution of 'Signatures' would exceed wallet balance.",
      );
      await expect(noFetchPrice.execute({ code, jsParams: { url } })).rejects.toThrow("Action aborted as pricing component 'Fetches' was not found.");
    } finally {
      await tight.close();
      await noFetchPrice.close();
    }
  });

  it("payment disabled (the default): no paymentDetail; Chipotle executions are never priced", async () => {
    const result = await free.execute({ code: `(async () => { Lit.Actions.setResponse({ response: "ok" }); })();` });
    expect(result).not.toHaveProperty("paymentDetail");
    const chipotle = await priced.executeChipotle({ code: `async function main() { return await (await fetch(${JSON.stringify(url)})).text(); }` });
    expect(chipotle).toEqual({ response: 42, logs: "", has_error: false });
  });
});
