/**
 * Escape probes for the emulator's sandbox, as one Lit Action. Each probe tries one known way out of
 * a `node:vm` context and reports a verdict: "blocked", or "ESCAPED: …" with what it reached.
 *
 * An escape is any object of the host realm (its prototype chain ends at another `Object.prototype`)
 * or any working `Function` constructor (the context's own refuses code strings; the host's accepts
 * them and returns the host's `process`).
 *
 * The action expects `jsParams.httpUrl` (a loopback server answering JSON) and `jsParams.closedUrl`
 * (a port nobody listens on). It sets the verdicts as its JSON response (Naga) and returns them (Chipotle).
 */
export const PROBE_ACTION = String.raw`
(async () => {
  const params = typeof jsParams !== "undefined" ? jsParams : globalThis.__probeParams;
  const OwnObjectPrototype = Object.prototype;
  const getProto = Object.getPrototypeOf;
  const verdicts = {};
  /** Some asynchronous Lit operation of either flavour. */
  const anyOp = () => (Lit.Actions.getRpcUrl ? Lit.Actions.getRpcUrl({ chain: "x" }) : Lit.Actions.getLitActionPublicKey({ ipfsId: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG" }));
  const isObjectLike = (v) => v !== null && (typeof v === "object" || typeof v === "function");
  const foreign = (v) => {
    if (!isObjectLike(v)) return false;
    let p = v, last = v;
    for (let i = 0; i < 200 && p !== null; i++) { last = p; try { p = getProto(p); } catch { return false; } }
    if (last === v && getProto(v) === null) return false;
    return last !== OwnObjectPrototype;
  };
  const tryCompile = (F) => {
    if (typeof F !== "function") return "blocked";
    try {
      const out = F("return typeof process + ':' + typeof require")();
      return "ESCAPED: a Function constructor compiled code (" + out + ")";
    } catch (error) {
      return foreign(error) ? "ESCAPED: the constructor threw a host error" : "blocked";
    }
  };
  const judge = (name, value) => {
    if (foreign(value)) { verdicts[name] = "ESCAPED: host object"; return; }
    let verdict = "blocked";
    if (isObjectLike(value)) {
      try {
        verdict = tryCompile(value.constructor);
        if (verdict === "blocked" && isObjectLike(value.constructor)) verdict = tryCompile(value.constructor.constructor);
        if (verdict === "blocked") { const p = getProto(value); if (p && p.constructor) verdict = tryCompile(p.constructor.constructor); }
        if (verdict === "blocked" && value.__proto__ && value.__proto__.__proto__) verdict = tryCompile(value.__proto__.__proto__.constructor && value.__proto__.__proto__.constructor.constructor);
      } catch (error) {
        verdict = foreign(error) ? "ESCAPED: host error while probing" : "blocked";
      }
    }
    verdicts[name] = verdict;
  };
  const caught = async (name, fn) => {
    try {
      const value = await fn();
      judge(name, value);
    } catch (error) {
      judge(name, error);
    }
  };

  // 1. The reported escape and its siblings: every global's constructor chain.
  verdicts["URL.constructor(...)"] = tryCompile(URL.constructor);
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    let value;
    try { value = globalThis[name]; } catch (error) { judge("global getter " + name, error); continue; }
    judge("global " + name, value);
  }

  // 2. Everything reachable from the global object: own properties (getters included), prototypes.
  const seen = new Set();
  const queue = [[globalThis, "globalThis"]];
  let walked = 0;
  let walkVerdict = "blocked";
  while (queue.length && walked < 30000 && walkVerdict === "blocked") {
    const [obj, path] = queue.shift();
    if (!isObjectLike(obj) || seen.has(obj)) continue;
    seen.add(obj);
    walked++;
    if (foreign(obj)) { walkVerdict = "ESCAPED: host object at " + path; break; }
    if (typeof obj === "function" && obj.constructor !== Function && tryCompile(obj.constructor) !== "blocked") { walkVerdict = "ESCAPED: constructor of " + path; break; }
    let names = [];
    try { names = Reflect.ownKeys(obj); } catch {}
    for (const key of names) {
      let d;
      try { d = Object.getOwnPropertyDescriptor(obj, key); } catch { continue; }
      if (!d) continue;
      const label = path + "." + String(key);
      for (const v of [d.value, d.get, d.set]) if (isObjectLike(v)) queue.push([v, label]);
      if (d.get && key !== "caller" && key !== "callee" && key !== "arguments") {
        try { const v = d.get.call(obj); if (isObjectLike(v)) queue.push([v, label + "<get>"]); } catch (error) { if (foreign(error)) walkVerdict = "ESCAPED: getter " + label + " threw a host error"; }
      }
    }
    try { const p = getProto(obj); if (p) queue.push([p, path + ".__proto__"]); } catch {}
  }
  verdicts["walk of everything reachable (" + (walked > 1000 ? ">1000" : walked) + " objects)"] = walkVerdict;

  // 3. Values and errors that come back from host calls.
  await caught("fetch response", () => fetch(params.httpUrl));
  await caught("fetch response headers", async () => (await fetch(params.httpUrl)).headers);
  await caught("fetch response json", async () => (await fetch(params.httpUrl)).json());
  await caught("fetch response body reader", async () => (await fetch(params.httpUrl)).body.getReader());
  await caught("fetch response arrayBuffer", async () => (await fetch(params.httpUrl)).arrayBuffer());
  await caught("fetch promise", () => { const p = fetch(params.httpUrl); judge("fetch promise object", p); return p.then(() => undefined); });
  await caught("fetch error (closed port)", () => fetch(params.closedUrl));
  await caught("fetch error (bad URL)", () => fetch("not a url"));
  await caught("fetch aborted", () => { const c = new AbortController(); const p = fetch(params.httpUrl, { signal: c.signal }); c.abort(); return p; });
  await caught("fetch with referrer client (ethers 5)", () => fetch(params.httpUrl, { referrer: "client", method: "POST", body: "{}" }));
  await caught("URL parse error", () => new URL("::bad::"));
  await caught("URL object", () => new URL("https://example.com/a?b=1"));
  await caught("URL searchParams", () => new URL("https://example.com/a?b=1").searchParams);
  await caught("atob error", () => atob("%%%"));
  await caught("crypto quota error", () => crypto.getRandomValues(new Uint8Array(70000)));
  await caught("crypto digest", () => crypto.subtle.digest("SHA-256", new Uint8Array([1])));
  await caught("crypto digest error", () => crypto.subtle.digest("MD5", new Uint8Array([1])));
  await caught("crypto unsupported", () => crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["decrypt"]));
  await caught("TextDecoder fatal error", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])));
  await caught("TextDecoder bad label", () => new TextDecoder("latin2"));
  await caught("structuredClone error", () => structuredClone(() => 1));
  await caught("structuredClone result", () => structuredClone({ a: [1, new Map([[1, 2]])] }));
  await caught("setTimeout id", () => setTimeout(() => {}, 0));
  await caught("performance.now", () => performance.now());
  await caught("Lit op rejection (unknown PKP)", () => (Lit.Actions.signEcdsa ?? Lit.Actions.getPrivateKey)({ pkpId: "0x04" + "11".repeat(64), toSign: new Uint8Array(32), publicKey: "0x04" + "11".repeat(64), sigName: "x" }));
  await caught("Lit op rejection (bad args)", () => (Lit.Actions.signEcdsa ?? Lit.Actions.getPrivateKey)({}));
  await caught("Lit.Actions.call unknown CID", () => Lit.Actions.call && Lit.Actions.call({ ipfsId: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", params: {} }));
  await caught("Lit op result", () => anyOp());
  await caught("Lit op result (pubkeyToTokenId)", () => Lit.Actions.pubkeyToTokenId ? Lit.Actions.pubkeyToTokenId({ publicKey: "0x04" + "11".repeat(64) }) : undefined);
  await caught("jwt.verify error", () => jwt.verify("a.b.c", "secret"));
  await caught("jwt.sign result", () => jwt.sign({ a: 1 }, "secret"));
  await caught("setResponse too long", () => Lit.Actions.setResponse({ response: "x".repeat(200000) }));
  await caught("console.log result", () => console.log("probe"));
  await caught("ethers provider error", async () => { const p = new ethers.providers.JsonRpcProvider(params.closedUrl); return p.getBlockNumber(); });
  await caught("ethers wallet", () => ethers.Wallet.createRandom());
  await caught("Deno", () => Deno);

  // 4. Host errors at the stack limit: recurse until RangeError, then cross the bridge at that depth.
  const atDepth = (name, cross) => {
    let got;
    const dive = () => {
      try { dive(); } catch (e) {
        if (got === undefined) { try { cross(); got = null; } catch (inner) { got = inner; } }
      }
    };
    dive();
    judge("stack overflow at " + name, got);
  };
  atDepth("new URL", () => new URL("https://a.b/"));
  atDepth("crypto.getRandomValues", () => crypto.getRandomValues(new Uint8Array(4)));
  atDepth("console.log", () => console.log("d"));
  atDepth("setResponse", () => Lit.Actions.setResponse({ response: "d" }));
  atDepth("performance.now", () => performance.now());
  atDepth("setTimeout", () => setTimeout(() => {}, 0));
  atDepth("jwt.sign", () => jwt.sign({ a: 1 }, "s"));
  atDepth("fetch", () => fetch(params.httpUrl));
  atDepth("a Lit operation", () => anyOp());
  atDepth("Error().stack", () => new Error("x").stack);

  // 5. Error.prepareStackTrace: call sites of frames below host calls (timer callbacks, fetch continuations).
  const sites = [];
  Error.prepareStackTrace = (error, callSites) => { for (const s of callSites) sites.push(s); return "trace"; };
  await new Promise((resolve) => setTimeout(() => { new Error("in timer").stack; resolve(); }, 0));
  await fetch(params.httpUrl).then(() => new Error("in fetch continuation").stack);
  await anyOp().then(() => new Error("in op continuation").stack);
  let siteVerdict = "blocked";
  for (const site of sites) {
    for (const getter of ["getThis", "getFunction", "getTypeName"]) {
      let v;
      try { v = site[getter] && site[getter](); } catch (e) { if (foreign(e)) siteVerdict = "ESCAPED: call site threw a host error"; }
      if (foreign(v) || (typeof v === "function" && tryCompile(v.constructor) !== "blocked")) siteVerdict = "ESCAPED: " + getter + "() returned a host object";
    }
    if (foreign(site)) siteVerdict = "ESCAPED: host call site";
  }
  delete Error.prepareStackTrace;
  verdicts["Error.prepareStackTrace call sites (" + sites.length + ")"] = siteVerdict;

  // 6. Sloppy-mode callers: functions the host calls back.
  let callerSeen;
  await new Promise((resolve) => setTimeout(function sloppy() { try { callerSeen = sloppy.caller || arguments.callee.caller; } catch (e) { callerSeen = e; } resolve(); }, 0));
  judge("timer callback .caller", callerSeen);
  await fetch(params.httpUrl).then(function sloppyThen() { try { callerSeen = sloppyThen.caller; } catch (e) { callerSeen = e; } });
  judge("fetch continuation .caller", callerSeen);

  // 7. Hijacked intrinsics: whatever the host hands to a replaced then / a thenable / a getter.
  const captured = [];
  const realThen = Promise.prototype.then;
  Promise.prototype.then = function (a, b) { captured.push(a, b); return realThen.call(this, a, b); };
  Object.defineProperty(Object.prototype, "then", { configurable: true, get() { captured.push(this); return undefined; } });
  await new Promise((resolve) => realThen.call(fetch(params.httpUrl), resolve, resolve));
  await new Promise((resolve) => realThen.call(anyOp(), resolve, resolve));
  try { new URL("https://x.y/"); } catch {}
  delete Object.prototype.then;
  Promise.prototype.then = realThen;
  verdicts["hijacked Promise.prototype.then / Object.prototype.then (" + captured.length + " captures)"] = captured.some((c) => foreign(c) || (typeof c === "function" && tryCompile(c.constructor) !== "blocked")) ? "ESCAPED: a host function was captured" : "blocked";
  const inspectArgs = [];
  console.log({ [Symbol.for("nodejs.util.inspect.custom")]: (...args) => { inspectArgs.push(...args); return "x"; } });
  verdicts["console.log util.inspect.custom"] = inspectArgs.some(foreign) || inspectArgs.some((a) => typeof a === "function" && tryCompile(a.constructor) !== "blocked") ? "ESCAPED: host inspect" : "blocked";
  const hooks = [];
  const hostile = { toString() { hooks.push(...arguments, this); return "https://x.y/"; }, toJSON() { hooks.push(...arguments, this); return {}; } };
  try { new URL(hostile); } catch {}
  try { await fetch(hostile); } catch {}
  try { await (Lit.Actions.getRpcUrl ? Lit.Actions.getRpcUrl({ chain: hostile }) : Lit.Actions.getLitActionPublicKey({ ipfsId: hostile })); } catch {}
  try { Lit.Actions.setResponse({ response: hostile }); } catch {}
  verdicts["toString/toJSON hooks on arguments"] = hooks.some(foreign) ? "ESCAPED: host value handed to a hook" : "blocked";

  // 8. Modules and Node globals.
  await caught("import('fs')", () => import("fs"));
  await caught("import('node:child_process')", () => import("node:child_process"));
  await caught("import(data: URL)", () => import("data:text/javascript,export default 1"));
  const nodeGlobals = ["process", "require", "module", "exports", "Buffer", "__dirname", "__filename", "global.process", "globalThis.process", "gc", "setImmediate", "WebAssembly.Module.constructor"];
  for (const name of nodeGlobals) {
    let v;
    try { v = name.split(".").reduce((o, k) => (o == null ? undefined : o[k]), globalThis); } catch (e) { v = e; }
    if (name === "WebAssembly.Module.constructor") { verdicts[name] = tryCompile(v); continue; }
    verdicts["no " + name] = v === undefined ? "blocked" : foreign(v) ? "ESCAPED: host " + name : "ESCAPED: " + name + " is defined";
  }
  let evalVerdict = "blocked";
  try { eval("1"); evalVerdict = "ESCAPED: eval works"; } catch (e) { if (foreign(e)) evalVerdict = "ESCAPED: eval threw a host error"; }
  verdicts["eval"] = evalVerdict;
  verdicts["new Function"] = tryCompile(Function);
  verdicts["async/generator Function constructors"] = [async function () {}, function* () {}, async function* () {}].map((f) => tryCompile(f.constructor)).find((v) => v !== "blocked") ?? "blocked";
  verdicts["setTimeout with a code string"] = (() => { try { setTimeout("globalThis.x = 1", 0); return "ESCAPED: code string accepted"; } catch (e) { return foreign(e) ? "ESCAPED: host error" : "blocked"; } })();

  // 9. SharedArrayBuffer / Atomics: this realm's own, and nothing to share them with.
  judge("SharedArrayBuffer", typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(8) : undefined);
  judge("Atomics", typeof Atomics === "object" ? Atomics : undefined);
  await caught("SharedArrayBuffer through a Lit op", () => Lit.Actions.broadcastAndCollect ? Promise.race([Lit.Actions.broadcastAndCollect({ name: "sab", value: new SharedArrayBuffer(8) }), 0]) : undefined);

  const json = JSON.stringify(verdicts);
  if (Lit.Actions.setResponse) Lit.Actions.setResponse({ response: json });
  globalThis.__probeVerdicts = json;
})();
`;

/** Chipotle flavour: the same probes, run from `main(params)`. */
export const PROBE_ACTION_CHIPOTLE = `async function main(params) { globalThis.__probeParams = params; ${PROBE_ACTION.replace(/^\s*\(async \(\) => \{/, "await (async () => {")}; return JSON.parse(globalThis.__probeVerdicts); }`;
