/**
 * A loopback JSON-RPC provider in front of a local chain whose answers a test can bend: the "second,
 * independent provider" of the relay tests, which can lie (rewrite a result), lag (serve an older head)
 * or go down.
 */
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { EIP1193Provider } from "viem";

export type Rewrite = (method: string, params: unknown[], result: unknown) => unknown;

export type RpcProxy = { url: string; setRewrite(rewrite: Rewrite | undefined): void; requests: string[]; close(): Promise<void> };

export async function startRpcProxy(provider: EIP1193Provider): Promise<RpcProxy> {
  let rewrite: Rewrite | undefined;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: unknown; method: string; params?: unknown[] };
      const params = body.params ?? [];
      requests.push(body.method);
      let reply: unknown;
      try {
        let result: unknown = await provider.request({ method: body.method, params } as never);
        if (rewrite) result = rewrite(body.method, params, result);
        reply = { jsonrpc: "2.0", id: body.id, result: result ?? null };
      } catch (error) {
        reply = { jsonrpc: "2.0", id: body.id, error: { code: -32603, message: (error as Error).message } };
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRewrite: (next) => void (rewrite = next),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
