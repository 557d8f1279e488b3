// The keeper dashboard: renders /v1/dashboard snapshots, live over /v1/events (server-sent events).
// Plain DOM (textContent only: nothing from the keeper is ever parsed as HTML).
"use strict";

const state = { snap: null, offset: 0, marked: false };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = tag === "svg" || tag === "polyline" || tag === "circle" ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

function formatUnits(value, decimals) {
  let v = BigInt(value);
  const neg = v < 0n;
  if (neg) v = -v;
  const base = 10n ** BigInt(decimals);
  const int = (v / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let frac = (v % base).toString().padStart(decimals, "0").replace(/0+$/, "");
  frac = (frac + "00").slice(0, Math.max(2, Math.min(4, frac.length)));
  return `${neg ? "-" : ""}${int}${decimals > 0 ? `.${frac}` : ""}`;
}

function formatEth(wei) {
  const v = BigInt(wei);
  const whole = v / 10n ** 18n;
  const frac = ((v % 10n ** 18n) * 10000n) / 10n ** 18n;
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac.toString().padStart(4, "0")} ETH`;
}

function formatAge(s) {
  if (s === null || s === undefined) return "—";
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

const short = (h) => (h ? `${h.slice(0, 10)}…${h.slice(-4)}` : "—");
const nowSeconds = () => Math.floor(Date.now() / 1000 - state.offset);

function sparkline(history, decimals) {
  const w = 120, h = 28, pad = 2;
  if (!history || history.length < 2) return el("span", { class: "dim small", "data-testid": "spark-empty", text: history && history.length === 1 ? "one answer so far" : "—" });
  const xs = history.map((p) => p[0]);
  const ys = history.map((p) => Number(BigInt(p[1])) / 10 ** decimals);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (x) => pad + ((x - x0) / (x1 - x0 || 1)) * (w - 2 * pad);
  const sy = (y) => (y1 === y0 ? h / 2 : h - pad - ((y - y0) / (y1 - y0)) * (h - 2 * pad));
  const points = history.map((p, i) => `${sx(xs[i]).toFixed(1)},${sy(ys[i]).toFixed(1)}`).join(" ");
  const last = history.length - 1;
  return el("svg", { class: "spark", width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "sparkline", "data-points": history.length, role: "img", "aria-label": `${history.length} recent answers` },
    el("polyline", { points }),
    el("circle", { class: "last", cx: sx(xs[last]).toFixed(1), cy: sy(ys[last]).toFixed(1), r: 2 }));
}

function ageCell(f) {
  const age = f.observedAt === null ? null : Math.max(0, nowSeconds() - f.observedAt);
  const ratio = age === null ? 1 : age / f.heartbeatSeconds;
  const level = age === null || ratio > 1 ? "bad" : ratio > 0.8 ? "warn" : "ok";
  return el("td", { "data-testid": "age", "data-level": level },
    el("span", { class: level === "ok" ? "" : level, text: `${formatAge(age)} / ${formatAge(f.heartbeatSeconds)}` }),
    bar(level, age === null ? 1 : Math.min(1, ratio)));
}

// Width through the CSSOM (the page's CSP allows no inline style attributes).
function bar(level, fraction) {
  const inner = el("div", {});
  inner.style.width = `${Math.round(fraction * 100)}%`;
  return el("div", { class: `agebar ${level}` }, inner);
}

function decisionCell(f) {
  if (!f.lastDecision) return el("td", { class: "dim", "data-testid": "decision", text: "—" });
  const cls = f.lastOutcome === "failed" ? "bad" : f.lastOutcome === "updated" ? "ok" : "";
  return el("td", { "data-testid": "decision", title: f.lastError || undefined },
    el("span", { class: cls, text: `${f.lastDecision} → ${f.lastOutcome}` }),
    f.lastError ? el("div", { class: "refusal", text: f.lastError.slice(0, 80) }) : null);
}

function sourcesCell(f) {
  const used = f.sources.filter((s) => s.status === "used");
  const refused = f.sources.filter((s) => s.status !== "used");
  return el("td", { class: "sources", "data-testid": "sources", "data-used": used.length, "data-refused": refused.length },
    used.map((s) => el("span", { class: "chip", title: "used", text: s.source })),
    refused.map((s) => el("span", { class: "chip refused", title: `${s.status}${s.reason ? `: ${s.reason}` : ""}`, "data-reason": s.reason || s.status, text: `${s.source} ✕` })),
    refused.map((s) => el("div", { class: "refusal", "data-testid": "source-refusal", text: `${s.source}: ${s.status}${s.reason ? ` — ${s.reason.slice(0, 90)}` : ""}` })),
    f.refusal ? el("div", { class: "refusal", "data-testid": "refusal", text: `refused: ${f.refusal.code} — ${f.refusal.reason}` }) : null,
    f.sources.length === 0 && !f.refusal ? el("span", { class: "dim", text: "—" }) : null);
}

function renderFeeds(snap) {
  const rows = snap.feeds.map((f) => {
    const tr = el("tr", { "data-testid": "feed-row", "data-feed": f.feed, "data-chain": f.chain },
      el("td", {}, el("div", { class: "answer", text: f.feed }),
        el("div", { class: "mono dim small", "data-testid": "aggregator", title: "AggregatorV3 address on this chain", text: f.aggregator || "address unknown" })),
      el("td", {}, f.chain, el("div", { class: "dim small", text: `chain ${f.chainId}` })),
      el("td", { class: "num answer", "data-testid": "answer", text: f.answer === null ? "—" : formatUnits(f.answer, f.decimals) }),
      el("td", {}, sparkline(f.history, f.decimals)),
      ageCell(f),
      decisionCell(f),
      el("td", { class: "mono", "data-testid": "tx", title: f.lastTx || undefined, text: short(f.lastTx) }),
      sourcesCell(f),
    );
    if (f.paused) tr.classList.add("warn");
    return tr;
  });
  $("feed-rows").replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 8, class: "dim", text: "no feeds configured" }))]));
}

function renderBalances(snap) {
  $("signer").textContent = snap.keeper.address;
  $("balance-rows").replaceChildren(...snap.chains.map((c) =>
    el("tr", { "data-testid": "balance-row", "data-chain": c.name },
      el("td", {}, c.name, el("div", { class: "dim small", text: `chain ${c.chainId}` })),
      el("td", { class: "mono", title: c.receiver, text: short(c.receiver) }),
      el("td", { class: `num ${c.lowBalance ? "bad" : ""}`, "data-testid": "balance", text: c.balanceWei === null ? "—" : `${formatEth(c.balanceWei)}${c.lowBalance ? " (low)" : ""}` }))));
}

function renderRoutes(snap) {
  const body = $("routes-body");
  if (snap.routes === null) {
    $("routes").dataset.state = "absent";
    body.replaceChildren(el("p", { class: "absent", "data-testid": "routes-absent", text: "No message relay runs in this keeper. Routes (queue depth, oldest pending message, last deliveries, failures) appear here when one does." }));
    return;
  }
  $("routes").dataset.state = "present";
  if (snap.routes.length === 0) return body.replaceChildren(el("p", { class: "dim", text: "The relay has no routes configured." }));
  const head = el("thead", {}, el("tr", {}, ["Route", "Delivered", "Queue", "Oldest pending", "Last deliveries", "Failures"].map((h) => el("th", { text: h }))));
  const rows = snap.routes.map((r) => {
    const deliveries = r.lastDeliveries.slice(0, 3).map((d) => el("div", { "data-testid": "delivery", title: d.txHash || undefined, text: `${d.id.slice(0, 10)} ${short(d.txHash)}` }));
    const failures = Object.entries(r.failures).map(([k, v]) => el("div", { class: "bad", text: `${k}: ${v}` }));
    return el("tr", { "data-testid": "route-row", "data-route": r.route },
      el("td", {}, r.route, el("div", { class: "dim small", text: `${r.source} → ${r.destination}` })),
      el("td", { class: "num", "data-testid": "delivered", text: r.delivered === undefined ? "—" : String(r.delivered) }),
      el("td", { class: "num", "data-testid": "queue", text: String(r.queueDepth) }),
      el("td", { class: "num", "data-testid": "oldest", text: formatAge(r.oldestPendingSeconds) }),
      el("td", { class: "mono small" }, deliveries.length ? deliveries : el("span", { class: "dim", text: "—" })),
      el("td", { class: "small", "data-testid": "failures" }, failures.length ? failures : el("span", { class: "dim", text: "none" })));
  });
  body.replaceChildren(el("table", {}, head, el("tbody", {}, rows)));
}

function renderEvents(snap) {
  const items = snap.events.map((e) => el("li", { "data-testid": "event", class: e.outcome === "failed" ? "bad" : "" },
    el("span", { class: "dim mono", text: new Date(e.at * 1000).toISOString().slice(11, 19) }), " ",
    `${e.feed} on ${e.chain}: ${e.reason} → ${e.outcome}`,
    e.txHash ? el("span", { class: "dim mono", text: ` ${short(e.txHash)}` }) : null,
    e.error ? el("span", { class: "dim", text: ` (${e.error.slice(0, 100)})` }) : null));
  $("events").replaceChildren(...(items.length ? items : [el("li", { class: "dim", text: "no updates yet" })]));
}

function render() {
  const snap = state.snap;
  if (!snap) return;
  $("keeper-id").textContent = snap.keeper.id;
  $("rounds").textContent = String(snap.keeper.rounds);
  const ready = $("ready");
  ready.textContent = snap.keeper.ready ? "ready" : snap.keeper.started ? "not ready (stale)" : "starting";
  ready.className = `badge ${snap.keeper.ready ? "ok" : "warn"}`;
  $("updated").textContent = new Date((snap.now + state.offset) * 1000).toLocaleTimeString();
  renderFeeds(snap);
  renderBalances(snap);
  renderRoutes(snap);
  renderEvents(snap);
  // Time to the first page with data, from navigation start (the bench reads it).
  if (!state.marked && snap.feeds.some((f) => f.answer !== null)) {
    state.marked = true;
    performance.mark("lit-oracle:first-data");
  }
  document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
}

function accept(snap) {
  state.snap = snap;
  state.offset = Date.now() / 1000 - snap.now;
  render();
}

function setConnection(text, cls) {
  const c = $("conn");
  c.textContent = text;
  c.className = `badge ${cls}`;
}

/** Seconds before reopening a stream the browser gave up on (a 503, a keeper restart). */
const RECONNECT_MS = 3000;

function connect() {
  const events = new EventSource("/v1/events");
  events.addEventListener("snapshot", (e) => accept(JSON.parse(e.data)));
  events.addEventListener("open", () => setConnection("live", "ok"));
  events.addEventListener("error", () => {
    setConnection("reconnecting…", "warn");
    // EventSource retries by itself after a dropped stream, but not after an error status.
    if (events.readyState === EventSource.CLOSED) setTimeout(connect, RECONNECT_MS);
  });
}

async function start() {
  try {
    const r = await fetch("/v1/dashboard", { cache: "no-store" });
    if (r.ok) accept(await r.json());
  } catch {
    // the stream below retries
  }
  connect();
  // Ages tick between snapshots.
  setInterval(render, 1000);
}

start();
