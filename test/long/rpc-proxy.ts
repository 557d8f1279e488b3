/**
 * A loopback JSON-RPC proxy in front of a chain's RPC, for injecting RPC faults: HTTP 503, a JSON-RPC
 * error answer, a request that never gets an answer (the client's timeout), and a lying answer (every
 * `eth_call` returns empty data, as a node without the contract's state would).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export type RpcProxyMode = "pass" | "http-503" | "rpc-error" | "hang" | "lie-empty-call";

export type RpcProxy = {
  readonly url: string;
  mode: RpcProxyMode;
  /** Requests answered with a fault so far. */
  readonly faulted: number;
  close(): Promise<void>;
};

export async function startRpcProxy(target: string): Promise<RpcProxy> {
  let faulted = 0;
  const hanging = new Set<ServerResponse>();
  const state = { mode: "pass" as RpcProxyMode };
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      req.on("error", reject);
    });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const mode = state.mode;
      if (mode === "http-503") {
        faulted++;
        res.writeHead(503, { "content-type": "text/plain" }).end("Service Unavailable");
        return;
      }
      if (mode === "hang") {
        faulted++;
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      let parsed: { id?: unknown; method?: string } = {};
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        // forwarded as is; the node answers the parse error
      }
      if (mode === "rpc-error") {
        faulted++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: parsed.id ?? null, error: { code: -32603, message: "internal error (injected)" } }));
        return;
      }
      if (mode === "lie-empty-call" && parsed.method === "eth_call") {
        faulted++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: parsed.id ?? null, result: "0x" }));
        return;
      }
      try {
        const upstream = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body });
        const text = await upstream.text();
        res.writeHead(upstream.status, { "content-type": "application/json" }).end(text);
      } catch {
        res.writeHead(502, { "content-type": "text/plain" }).end("upstream unreachable");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    get mode() {
      return state.mode;
    },
    set mode(next: RpcProxyMode) {
      state.mode = next;
      if (next !== "hang") for (const res of hanging) res.destroy();
    },
    get faulted() {
      return faulted;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
