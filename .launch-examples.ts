// By-hand harness (not committed): emulator + loopback Chipotle on a fixed port, venues served by the market simulator.
import { createLocalLitNetwork } from "./lit/local/network.ts";
import { serveChipotle } from "./lit/chipotle-server.ts";
import { startMarketSimulator } from "./sim/index.ts";
const sim = await startMarketSimulator({});
const realFetch = globalThis.fetch;
const mapped: typeof fetch = async (input, init) => {
  const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  if (url.host === "api.kraken.com") return realFetch(`${sim.baseUrls.kraken}${url.pathname}${url.search}`, init);
  if (url.host === "www.bitstamp.net") return realFetch(`${sim.baseUrls.bitstamp}${url.pathname}${url.search}`, init);
  const spot = /^\/v2\/prices\/([A-Z]+)-USD\/spot$/.exec(url.pathname);
  if (url.host === "api.coinbase.com" && spot) return new Response(JSON.stringify({ data: { amount: sim.price(spot[1] as never).toFixed(2), base: spot[1], currency: "USD" } }), { headers: { "content-type": "application/json" } });
  if (url.hostname === "127.0.0.1") return realFetch(input, init);
  return new Response("blocked: no internet here", { status: 502 });
};
const network = await createLocalLitNetwork({ nodes: 3, fetch: mapped });
const server = await serveChipotle(network, { port: Number(process.env.PORT ?? 18741) });
const account = server.newAccount({ name: "examples" });
console.log(`LIT_API_BASE=${server.url}\nLIT_API_KEY=${account.api_key}`);
