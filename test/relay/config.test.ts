/**
 * The `messaging` section of the keeper config: defaults, every malformed entry refused with its path,
 * and routes checked against the relay manifest (`resolveMessaging`) before anything starts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cidOf } from "../../lit/cid.ts";
import { canonicalJson } from "../../actions/src/core/manifest.ts";
import { MESSENGER_MANIFEST_KIND } from "../../actions/src/messenger/manifest.ts";
import { ConfigError, loadConfig } from "../../keeper/src/config/index.ts";
import { RELAY_MAX_ATTEMPTS, RELAY_MAX_BATCH, RELAY_MAX_PENDING_AGE_SECONDS, RELAY_POLL_INTERVAL_MS } from "../../keeper/src/relay/limits.ts";
import { resolveMessaging } from "../../keeper/src/relay/routes.ts";

const PUBKEY = "0x0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
const MA = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const MB = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const MC = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const CID = "QmRNRRWXJ4rkEqFbL8JHZ1GHaQqahCeBJ8ACmrRxr3JG16";

const manifest = {
  kind: MESSENGER_MANIFEST_KIND,
  name: "test",
  version: 1,
  local: true,
  sources: {
    "chain-a": { chainId: 31337, messenger: MA, providers: ["http://127.0.0.1:8545", "http://127.0.0.2:8545"], finality: { kind: "depth", confirmations: 2 }, destinations: [{ chainId: 31338, messenger: MB }] },
    "chain-b": { chainId: 31338, messenger: MB, providers: ["http://127.0.0.1:8546", "http://127.0.0.2:8546"], finality: { kind: "finalized" }, destinations: [{ chainId: 31337, messenger: MA }] },
  },
};

function base(messaging: Record<string, unknown>, chains?: Record<string, unknown>[]) {
  return {
    lit: { runtime: "local", actionCid: CID, pkpPublicKey: PUBKEY },
    chains: chains ?? [
      { name: "a", chainId: 31337, rpcUrls: ["http://127.0.0.1:8545"], receiver: MA, messenger: MA, messengerDeployBlock: 3 },
      { name: "b", chainId: 31338, rpcUrls: ["http://127.0.0.1:8546"], receiver: MB, messenger: MB, messengerDeployBlock: 5 },
      { name: "c", chainId: 31339, rpcUrls: ["http://127.0.0.1:8547"], receiver: MC },
    ],
    feeds: [{ symbol: "BTC/USD" }],
    messaging: { action: { cid: CID, manifest }, pkpPublicKey: PUBKEY, ...messaging },
  };
}

async function issuesOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error("expected a ConfigError");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).issues.join("\n");
}

describe("messaging config", () => {
  it("fills every tunable's default and names one route per destination", async () => {
    const config = await loadConfig({ file: base({ routes: [{ from: "a", to: "b" }, { from: "b", to: ["a"] }] }) });
    expect(config.messaging!.routes[0]).toMatchObject({ maxBatch: RELAY_MAX_BATCH, maxAttempts: RELAY_MAX_ATTEMPTS, pollIntervalMs: RELAY_POLL_INTERVAL_MS, maxPendingAgeSeconds: RELAY_MAX_PENDING_AGE_SECONDS });
    const resolved = (await resolveMessaging(config))!;
    expect(resolved.routes.map((r) => [r.name, r.sourceChain, r.sourceMessenger, r.destinationMessenger, r.startBlock, r.providers])).toEqual([
      ["a->b", "chain-a", MA, MB, 3n, 2],
      ["b->a", "chain-b", MB, MA, 5n, 2],
    ]);
    expect(resolved.routes[0]!.finality).toEqual({ kind: "depth", confirmations: 2 });
    expect(resolved.routes[1]!.finality).toEqual({ kind: "finalized" });
    expect(resolved.signer).toEqual({ publicKey: PUBKEY });
    expect(resolved.action).toEqual({ cid: CID });
    // No section: no relay.
    const { messaging: _, ...none } = base({ routes: [] });
    expect(await resolveMessaging(await loadConfig({ file: none }))).toBeUndefined();
  });

  it("refuses malformed routes, each with its path", async () => {
    const text = await issuesOf(
      loadConfig({
        file: base({
          routes: [
            { from: "a", to: "b" },
            { from: "a", to: "c" },
            { from: "a", to: "b", maxBatch: 0, retryBaseMs: 10_000, retryMaxMs: 1_000, extra: true },
            { from: "a", to: "b", finality: { kind: "depth", confirmations: 0 } },
            { from: "c", to: "a" },
            { from: "a", to: "b", name: "bad name!" },
          ],
        }),
      }),
    );
    expect(text).toMatch(/messaging\.routes\[2\]\.maxBatch: Too small/i);
    expect(text).toMatch(/messaging\.routes\[2\]: unknown field "extra"/);
    expect(text).toMatch(/messaging\.routes\[3\]\.finality\.confirmations/);
    expect(text).toMatch(/messaging\.routes\[5\]\.name: expected letters/);
    // Cross-field checks once the shapes are valid.
    const cross = await issuesOf(
      loadConfig({
        file: base({
          routes: [{ from: "a", to: "b" }, { from: "a", to: "b", retryBaseMs: 10_000, retryMaxMs: 1_000 }, { from: "c", to: "a" }, { from: "nope", to: "b" }, { from: "a", to: ["a", "zz"] }],
        }),
      }),
    );
    expect(cross).toMatch(/messaging\.routes\[3\]\.from: unknown chain "nope" \(configured: a, b, c\)/);
    expect(cross).toMatch(/messaging\.routes\[4\]\.to\[0\]: a route cannot deliver to its own source chain "a"/);
    expect(cross).toMatch(/messaging\.routes\[4\]\.to\[1\]: unknown chain "zz"/);
    expect(cross).toMatch(/messaging\.routes\[1\]: duplicate route "a->b" \(also messaging\.routes\[0\]\)/);
    expect(cross).toMatch(/messaging\.routes\[1\]\.retryBaseMs: must not exceed retryMaxMs/);
    expect(cross).toMatch(/messaging\.routes\[2\]\.startBlock: set routes\[2\]\.startBlock or chains\[\]\.messengerDeployBlock of "c"/);
  });

  it("refuses a section without an action or without the key its runtime needs", async () => {
    const text = await issuesOf(loadConfig({ file: base({ action: { manifest }, pkpPublicKey: undefined, routes: [{ from: "a", to: "b" }] }) }));
    expect(text).toMatch(/messaging\.action\.cid: set messaging\.action\.cid or messaging\.action\.file/);
    expect(text).toMatch(/messaging\.pkpPublicKey: required on the local runtime/);
    const chipotle = base({ routes: [{ from: "a", to: "b" }] });
    chipotle.lit = { ...chipotle.lit, runtime: "chipotle", url: "http://127.0.0.1:9" } as never;
    expect(await issuesOf(loadConfig({ file: chipotle }))).toMatch(/messaging\.pkpId: required on Chipotle/);
    const offCurve = base({ pkpPublicKey: `0x04${"11".repeat(64)}`, routes: [{ from: "a", to: "b" }] });
    expect(await issuesOf(loadConfig({ file: offCurve }))).toMatch(/messaging\.pkpPublicKey: not a point on secp256k1/);
  });

  it("checks every route against the relay manifest", async () => {
    const chains = [
      { name: "a", chainId: 31337, rpcUrls: ["http://127.0.0.1:8545"], receiver: MA, messenger: MC, messengerDeployBlock: 3 },
      { name: "b", chainId: 31338, rpcUrls: ["http://127.0.0.1:8546"], receiver: MB, messengerDeployBlock: 5 },
      { name: "c", chainId: 31339, rpcUrls: ["http://127.0.0.1:8547"], receiver: MC, messengerDeployBlock: 1 },
    ];
    const config = await loadConfig({
      file: base({ routes: [{ from: "a", to: ["b", "c"], finality: { kind: "depth", confirmations: 1 } }, { from: "c", to: "a" }, { from: "b", to: "a", finality: { kind: "depth", confirmations: 50 } }] }, chains),
    });
    const text = await issuesOf(resolveMessaging(config));
    expect(text).toMatch(/chains\[0\]\.messenger: 0x9fE4.* is not the messenger the relay manifest names for chain 31337 \(0x5FbDB/);
    expect(text).toMatch(/messaging\.routes\[0\]\.finality: depth 1 is weaker than the manifest's rule for chain-a \(depth 2\)/);
    expect(text).toMatch(/messaging\.routes\[0\]\.to\[1\]: the relay manifest does not allow chain-a -> chain 31339/);
    expect(text).toMatch(/messaging\.routes\[1\]\.from: chain "c" \(31339\) is not a source of the relay manifest/);
    expect(text).toMatch(/messaging\.routes\[2\]\.finality: depth 50 is weaker than the manifest's rule for chain-b \(finalized\)/);
  });

  it("reads the action and the manifest from files, and refuses a file whose CID is not the configured one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relay-cfg-"));
    const code = `/* relay action */ const MANIFEST = ${JSON.stringify(canonicalJson(manifest))};`;
    writeFileSync(join(dir, "relay.js"), code);
    writeFileSync(join(dir, "other.js"), `/* relay action */ const MANIFEST = ${JSON.stringify(canonicalJson({ ...manifest, name: "other" }))};`);
    writeFileSync(join(dir, "relay.manifest.json"), JSON.stringify(manifest));
    writeFileSync(join(dir, "broken.json"), "{ nope");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ ...manifest, version: 2 }));
    const fileCid = cidOf(code);
    const ok = await resolveMessaging(await loadConfig({ file: base({ action: { file: join(dir, "relay.js"), manifest: join(dir, "relay.manifest.json") }, routes: [{ from: "a", to: "b" }] }) }));
    expect(ok!.action).toEqual({ code, cid: fileCid });
    // The routes are checked against the manifest compiled into the action, not another one.
    const foreign = await issuesOf(resolveMessaging(await loadConfig({ file: base({ action: { file: join(dir, "other.js"), manifest: join(dir, "relay.manifest.json") }, routes: [{ from: "a", to: "b" }] }) })));
    expect(foreign).toMatch(/messaging\.action\.manifest: not the manifest compiled into .*other\.js/);
    const mismatch = await issuesOf(resolveMessaging(await loadConfig({ file: base({ action: { file: join(dir, "relay.js"), cid: CID, manifest }, routes: [{ from: "a", to: "b" }] }) })));
    expect(mismatch).toMatch(new RegExp(`messaging\\.action\\.file: .*relay\\.js has CID ${fileCid}, not messaging\\.action\\.cid ${CID}`));
    const missing = await issuesOf(resolveMessaging(await loadConfig({ file: base({ action: { file: join(dir, "nope.js"), manifest: join(dir, "nope.json") }, routes: [{ from: "a", to: "b" }] }) })));
    expect(missing).toMatch(/messaging\.action\.file: cannot read .*nope\.js/);
    expect(missing).toMatch(/messaging\.action\.manifest: cannot read .*nope\.json/);
    expect(await issuesOf(resolveMessaging(await loadConfig({ file: base({ action: { cid: CID, manifest: join(dir, "broken.json") }, routes: [{ from: "a", to: "b" }] }) })))).toMatch(/broken\.json is not valid JSON/);
    expect(await issuesOf(resolveMessaging(await loadConfig({ file: base({ action: { cid: CID, manifest: join(dir, "wrong.json") }, routes: [{ from: "a", to: "b" }] }) })))).toMatch(/messaging\.action\.manifest: invalid messenger manifest: version/);
  });
});
