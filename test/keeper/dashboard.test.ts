/**
 * The dashboard in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * playwright-core, against a keeper on the real embedded stack. Every wait is on the page's DOM (the
 * page redraws on each server-sent snapshot), never on the clock. A full-page screenshot is written to
 * the temp directory (its path is printed). Without a Chromium binary the browser cases are skipped
 * with a message saying how to install one; the HTTP cases still run.
 */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { EmbeddedStack } from "../../keeper/src/embedded.ts";
import type { Snapshot } from "../../keeper/src/http/live.ts";
import { MAX_SSE_CLIENTS } from "../../keeper/src/http/dashboard.ts";
import type { Keeper } from "../../keeper/src/keeper.ts";
import { formatAnswer } from "../../keeper/src/view.ts";
import { until } from "../wait.ts";
import { capturedLogger, keeperOn, nextSecond, stack } from "./helpers.ts";

/** Where Chromium is looked for: $CHROMIUM_PATH, then Debian's and other distributions' paths. */
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string => Boolean(p));
const chromiumPath = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
if (!chromiumPath) {
  console.warn(`dashboard browser tests SKIPPED: no Chromium at ${CHROMIUM_CANDIDATES.join(", ")}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
}

describe("dashboard", () => {
  let s: EmbeddedStack;
  let keeper: Keeper;

  beforeAll(async () => {
    s = await stack();
    keeper = keeperOn(s, s.config, { logger: capturedLogger([s.secrets.privateKey]).logger });
    await keeper.start({ schedule: false });
  });
  afterAll(async () => {
    await keeper?.stop();
    await s?.close();
  });

  it("serves the page with a strict CSP, its own assets, and the live state as JSON", async () => {
    const page = await fetch(`${keeper.httpUrl()}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('src="/dashboard.js"');
    expect(html).not.toMatch(/https?:\/\/(?!keeper)/); // nothing from the network
    const js = await fetch(`${keeper.httpUrl()}/dashboard.js`);
    expect(js.headers.get("content-type")).toContain("javascript");
    // The script parses (also checked where no browser is installed).
    expect(() => new Script(readFileSync(new URL("../../keeper/src/dashboard/dashboard.js", import.meta.url), "utf8"))).not.toThrow();
    expect(await js.text()).toBe(readFileSync(new URL("../../keeper/src/dashboard/dashboard.js", import.meta.url), "utf8"));
    const snap = (await (await fetch(`${keeper.httpUrl()}/v1/dashboard`)).json()) as Snapshot;
    expect(snap.keeper).toMatchObject({ id: s.config.keeper.id, address: keeper.address, started: true });
    expect(snap.feeds).toHaveLength(6);
    expect(snap.routes).toBeNull();
    for (const f of snap.feeds) expect(f.aggregator).toBe(s.deployments.find((d) => d.chainId === f.chainId)!.contracts.feeds[f.feed]!.address);
    const text = JSON.stringify(snap);
    expect(text).not.toContain(s.secrets.privateKey.slice(2));
    for (const c of s.config.chains) for (const u of c.rpcUrls) expect(text).not.toContain(u);
  });

  it(`streams snapshots over SSE and refuses stream ${MAX_SSE_CLIENTS + 1}`, async () => {
    const controllers: AbortController[] = [];
    try {
      for (let i = 0; i < MAX_SSE_CLIENTS; i++) {
        const c = new AbortController();
        controllers.push(c);
        const res = await fetch(`${keeper.httpUrl()}/v1/events`, { signal: c.signal });
        expect(res.headers.get("content-type")).toContain("text/event-stream");
        if (i === 0) {
          // The first snapshot arrives at once.
          const reader = res.body!.getReader();
          let buffered = "";
          while (!buffered.includes("event: snapshot\ndata: ")) buffered += new TextDecoder().decode((await reader.read()).value);
          reader.releaseLock();
        }
      }
      const over = await fetch(`${keeper.httpUrl()}/v1/events`);
      expect(over.status).toBe(503);
    } finally {
      for (const c of controllers) c.abort();
    }
    // The server sees every stream close: wait for that event (no deadline of our own; vitest's is the hang guard).
    const streams = async () => (await keeper.metrics.registry.getSingleMetric("lit_oracle_dashboard_streams")!.get()).values[0]?.value;
    await until(async () => (await streams()) === 0);
    expect(await streams()).toBe(0);
  });

  describe.skipIf(!chromiumPath)("in headless Chromium", () => {
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      const { chromium } = await import("playwright-core");
      browser = await chromium.launch({ executablePath: chromiumPath!, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
      // A hang guard: every wait below is on a DOM condition.
      page.setDefaultTimeout(120_000);
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      // Nothing but the keeper may be asked for anything.
      await page.route("**/*", (route) => (new URL(route.request().url()).origin === new URL(keeper.httpUrl()!).origin ? route.continue() : route.abort()));
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("shows every feed x chain, then the round's answers, sparklines, ages, decisions, txs, sources and addresses live", async () => {
      await page.goto(keeper.httpUrl()!);
      await page.waitForSelector('[data-testid="connection"]:has-text("live")');
      await page.waitForSelector('[data-testid="feed-row"]:nth-child(6)');
      expect(await page.locator('[data-testid="feed-row"]').count()).toBe(6);
      expect(await page.locator('[data-testid="routes-absent"]').textContent()).toContain("No message relay runs in this keeper");
      expect(await page.locator("#routes").getAttribute("data-state")).toBe("absent");

      // Round 1 lands everything; then ETH moves past the threshold twice (more sparkline points), and
      // one BTC source lies (a refused source with its reason).
      const first = await keeper.runRoundNow();
      await page.waitForSelector('#rounds:text-is("1")');
      for (const step of [1.01, 1.02]) {
        s.sim.setPrice("ETH", 3_500 * step);
        await nextSecond();
        await keeper.runRoundNow();
      }
      s.sim.inject("kraken", { kind: "outlier", factor: 1.2 });
      await nextSecond();
      const last = await keeper.runRoundNow();
      s.sim.inject("kraken", null);
      await page.waitForSelector('#rounds:text-is("4")');

      const status = keeper.status();
      for (const st of status) {
        const row = page.locator(`[data-testid="feed-row"][data-feed="${st.feed}"][data-chain="${st.chain}"]`);
        expect(await row.locator('[data-testid="answer"]').textContent()).toBe(formatAnswer(st.answer, st.decimals));
        expect(await row.locator('[data-testid="aggregator"]').textContent()).toBe(s.deployments.find((d) => d.chainId === st.chainId)!.contracts.feeds[st.feed]!.address);
        expect(await row.locator('[data-testid="age"]').textContent()).toMatch(/^\d+s \/ 2m00s$/);
        expect(await row.locator('[data-testid="age"]').getAttribute("data-level")).toBe("ok");
        expect(await row.locator('[data-testid="tx"]').getAttribute("title")).toBe(st.lastTx);
      }
      const eth = page.locator('[data-testid="feed-row"][data-feed="ETH/USD"][data-chain="local-31337"]');
      expect(Number(await eth.locator('[data-testid="sparkline"]').getAttribute("data-points"))).toBe(3);
      expect(await eth.locator('[data-testid="decision"]').textContent()).toContain("within-threshold → skipped");
      const btc = page.locator('[data-testid="feed-row"][data-feed="BTC/USD"][data-chain="local-31337"]');
      const lastBtc = last.outcomes.find((o) => o.feed === "BTC/USD" && o.chain === "local-31337")!;
      expect(Number(await btc.locator('[data-testid="sources"]').getAttribute("data-used"))).toBe(lastBtc.sources.length);
      expect(Number(await btc.locator('[data-testid="sources"]').getAttribute("data-refused"))).toBeGreaterThanOrEqual(1);
      expect(await btc.locator(".chip.refused").first().textContent()).toContain("kraken");
      expect(await btc.locator(".chip.refused").first().getAttribute("data-reason")).toBeTruthy();
      expect(await btc.locator('[data-testid="source-refusal"]').first().textContent()).toMatch(/^kraken: (outlier|rejected)/);
      expect(await page.locator('[data-testid="balance-row"]').count()).toBe(2);
      for (const b of await page.locator('[data-testid="balance"]').allTextContents()) expect(b).toMatch(/^[\d,]+\.\d{4} ETH$/);
      expect(await page.locator('[data-testid="signer"]').textContent()).toBe(keeper.address);
      expect(await page.locator('[data-testid="event"]').count()).toBeGreaterThanOrEqual(first.outcomes.length);
      expect(await page.locator('[data-testid="ready"]').textContent()).toBe("ready");

      const shot = join(tmpdir(), `lit-oracle-dashboard-${process.pid}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      const png = readFileSync(shot);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      console.log(`dashboard screenshot: ${shot} (${png.length} bytes)`);
      expect(errors).toEqual([]);
    });

    it("draws the routes panel once a relay source of data exists", async () => {
      keeper.setRoutes(() => [
        { route: "31337→31338", source: "local-31337", destination: "local-31338", queueDepth: 2, delivered: 7, oldestPendingSeconds: 14, lastDeliveries: [{ id: "0xabc0000000000001", at: 1, txHash: null }], failures: { "handler-reverted": 1 } },
      ]);
      await page.waitForSelector('[data-testid="route-row"]');
      expect(await page.locator("#routes").getAttribute("data-state")).toBe("present");
      const row = page.locator('[data-testid="route-row"]');
      expect(await row.getAttribute("data-route")).toBe("31337→31338");
      expect(await row.locator('[data-testid="queue"]').textContent()).toBe("2");
      expect(await row.locator('[data-testid="delivered"]').textContent()).toBe("7");
      expect(await row.locator('[data-testid="oldest"]').textContent()).toMatch(/14/);
      expect(await row.locator('[data-testid="delivery"]').count()).toBe(1);
      expect(await row.locator('[data-testid="delivery"]').textContent()).toContain("0xabc00000");
      expect(await row.locator('[data-testid="failures"]').textContent()).toBe("handler-reverted: 1");
      // The relay's next tick (a delivery) redraws the row live.
      keeper.setRoutes(() => [
        { route: "31337→31338", source: "local-31337", destination: "local-31338", queueDepth: 0, delivered: 8, oldestPendingSeconds: null, lastDeliveries: [{ id: "0xabc0000000000002", at: 2, txHash: `0x${"ab".repeat(32)}` }, { id: "0xabc0000000000001", at: 1, txHash: null }], failures: {} },
      ]);
      await page.waitForSelector('[data-testid="route-row"] [data-testid="delivered"]:has-text("8")');
      expect(await page.locator('[data-testid="route-row"] [data-testid="delivery"]').count()).toBe(2);
      expect(await page.locator('[data-testid="route-row"] [data-testid="failures"]').textContent()).toBe("none");
      keeper.setRoutes(undefined);
      await page.waitForSelector('[data-testid="routes-absent"]');
    });

    it("renders hostile text from sources as text, never as markup", async () => {
      // A failing outcome's error text reaches the page: it must stay inert.
      keeper.live.onRound({ roundId: 0, observedAt: 0, litMs: undefined, outcomes: [{ feed: "SOL/USD", chain: "local-31338", chainId: 31_338, decision: undefined, answer: null, sourcesUsed: 0, sources: [], outcome: "failed", reason: "rpc", txHash: null, gasUsed: null, error: '<img src=x onerror="window.__pwned=1">' }] });
      await page.waitForSelector('[data-testid="event"]:has-text("<img")');
      expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__pwned)).toBeUndefined();
      expect(await page.locator("#events img").count()).toBe(0);
    });
  });
});
