/**
 * The code that runs *inside* each node's `vm` context before the action: it builds `Lit`,
 * `LitActions`, `LitAuth`, `LitHeaders`, `console`, `fetch`, timers, `jwt` and the lazy `ethers` as
 * functions of the context's own realm over a small host bridge, then forgets the bridge. Values cross
 * the bridge as JSON strings, so action code only ever sees objects of its own realm from Lit calls.
 */
export const BOOTSTRAP_SOURCE = String.raw`(function bootstrap(host) {
  "use strict";
  const g = globalThis;
  const flavor = host.flavor;
  const unwrap = (text) => {
    const out = JSON.parse(text);
    if (out && typeof out === "object" && "error" in out) {
      const error = new Error(out.error);
      if (out.name) error.name = out.name;
      throw error;
    }
    return out.value;
  };
  const encodeArgs = (args) => JSON.stringify(args === undefined ? {} : args);
  const call = async (op, args) => unwrap(await host.call(op, encodeArgs(args)));
  const callSync = (op, args) => unwrap(host.callSync(op, encodeArgs(args)));
  const isBytes = (value) => ArrayBuffer.isView(value) || Array.isArray(value);
  const bytes = (value, field) => {
    if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (Array.isArray(value)) return value.map(Number);
    if (Object.prototype.toString.call(value) === "[object ArrayBuffer]") return Array.from(new Uint8Array(value));
    throw new TypeError(field + " must be a Uint8Array or an array of bytes");
  };
  const requireString = (value, field) => {
    if (typeof value !== "string") throw new TypeError(field + " must be a string (JSON.stringify it first); got " + (value === null ? "null" : typeof value));
    return value;
  };
  const readOnly = (what) => ({
    set(_t, key) { throw new TypeError("Cannot assign to read only property '" + String(key) + "' of object '" + what + "'"); },
    defineProperty(_t, key) { throw new TypeError("Cannot redefine property: " + String(key)); },
    deleteProperty(_t, key) { throw new TypeError("Cannot delete property '" + String(key) + "' of " + what); },
    setPrototypeOf() { throw new TypeError(what + " is not extensible"); },
  });
  const lockDeep = (value, what) => {
    if (value === null || typeof value !== "object") return value;
    for (const key of Object.keys(value)) value[key] = lockDeep(value[key], what);
    return new Proxy(Object.freeze(value), readOnly(what));
  };

  // --- Web-platform pieces of the context's own realm ------------------------------------------
  const hostEncode = host.textEncode;
  const hostDecode = host.textDecode;
  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return new Uint8Array(hostEncode(String(input))); }
  }
  class TextDecoder {
    constructor(label = "utf-8") { this.label = label; }
    get encoding() { return "utf-8"; }
    decode(input) { return input === undefined ? "" : hostDecode(bytes(input, "input")); }
  }
  const setTimeout = (fn, delay, ...args) => {
    if (typeof fn !== "function") throw new TypeError("setTimeout: callback must be a function (code strings are not allowed)");
    return host.setTimer(() => fn(...args), Number(delay) || 0, false);
  };
  const setInterval = (fn, delay, ...args) => {
    if (typeof fn !== "function") throw new TypeError("setInterval: callback must be a function (code strings are not allowed)");
    return host.setTimer(() => fn(...args), Number(delay) || 0, true);
  };
  const clearTimeout = (id) => host.clearTimer(Number(id));
  const fetch = async (input, init) => await host.fetch(input, init);
  const logLine = (...args) => {
    const error = host.log(args);
    if (error) throw new Error(error);
  };
  const console = Object.freeze({ log: logLine, info: logLine, warn: logLine, error: logLine, debug: logLine, trace: logLine });
  const jwt = Object.freeze({
    sign: (payload, secret, options) => callSync("jwt.sign", { payload, secret, options }),
    verify: (token, secret, options) => callSync("jwt.verify", { token, secret, options }),
    decode: (token, options) => callSync("jwt.decode", { token, options }),
  });

  // --- Lit.Actions ---------------------------------------------------------------------------
  const A = {};
  const utf8 = new TextEncoder();
  const utf8d = new TextDecoder();
  const HEX = "0123456789abcdef";
  A.uint8arrayToString = (array, encoding = "utf8") => {
    const list = bytes(array, "uint8array");
    if (encoding === "utf8" || encoding === "utf-8") return utf8d.decode(list);
    if (encoding === "base16" || encoding === "hex") return list.map((b) => HEX[b >> 4] + HEX[b & 15]).join("");
    if (encoding === "base64") return host.base64Encode(list);
    throw new TypeError("Unsupported encoding " + encoding);
  };
  A.uint8arrayFromString = (text, encoding = "utf8") => {
    requireString(text, "string");
    if (encoding === "utf8" || encoding === "utf-8") return utf8.encode(text);
    if (encoding === "base16" || encoding === "hex") {
      const clean = text.startsWith("0x") ? text.slice(2) : text;
      const out = new Uint8Array(clean.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
      return out;
    }
    if (encoding === "base64") return new Uint8Array(host.base64Decode(text));
    throw new TypeError("Unsupported encoding " + encoding);
  };

  if (flavor === "naga") {
    A.setResponse = ({ response } = {}) => { callSync("setResponse", { response: requireString(response, "response") }); };
    A.signEcdsa = async ({ toSign, publicKey, sigName } = {}) =>
      call("signEcdsa", { toSign: bytes(toSign, "toSign"), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName") });
    A.sign = async ({ toSign, publicKey, sigName, signingScheme } = {}) =>
      call("sign", { toSign: bytes(toSign, "toSign"), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName"), signingScheme });
    A.ethPersonalSignMessageEcdsa = async ({ message, publicKey, sigName } = {}) =>
      call("ethPersonalSignMessageEcdsa", {
        message: typeof message === "string" ? { text: message } : { bytes: bytes(message, "message") },
        publicKey: requireString(publicKey, "publicKey"),
        sigName: requireString(sigName, "sigName"),
      });
    A.signAndCombineEcdsa = async ({ toSign, publicKey, sigName } = {}) =>
      call("signAndCombineEcdsa", { toSign: bytes(toSign, "toSign"), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName") });
    A.signAndCombine = async ({ toSign, publicKey, sigName, signingScheme } = {}) =>
      call("signAndCombineEcdsa", { toSign: bytes(toSign, "toSign"), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName"), signingScheme });
    A.signAsAction = async ({ toSign, sigName, signingScheme } = {}) =>
      call("signAsAction", { toSign: bytes(toSign, "toSign"), sigName: requireString(sigName, "sigName"), signingScheme });
    A.getActionPublicKey = async ({ signingScheme, actionIpfsCid } = {}) =>
      new Uint8Array(await call("getActionPublicKey", { signingScheme, actionIpfsCid: requireString(actionIpfsCid, "actionIpfsCid") }));
    A.verifyActionSignature = async ({ signingScheme, actionIpfsCid, toSign, signOutput } = {}) =>
      call("verifyActionSignature", { signingScheme, actionIpfsCid: requireString(actionIpfsCid, "actionIpfsCid"), toSign: bytes(toSign, "toSign"), signOutput: requireString(signOutput, "signOutput") });
    A.broadcastAndCollect = async ({ name, value } = {}) =>
      call("broadcastAndCollect", { name: requireString(name, "name"), value: requireString(value, "value") });
    A.runOnce = async (params = {}, asyncFn) => {
      if (typeof asyncFn !== "function") throw new TypeError("runOnce: the second argument must be an async function");
      const name = params.name === undefined ? "default-bc-name" : String(params.name);
      const waitForResponse = Boolean(params.waitForResponse);
      const leader = await call("isLeader", {});
      let result;
      if (leader) {
        try { result = String(await asyncFn()); } catch (error) { result = "[ERROR]"; }
      }
      if (!waitForResponse) return leader ? result : undefined;
      return call("runOnceShare", { name, value: leader ? result : null });
    };
    const decryptArgs = (p) => ({
      accessControlConditions: p.accessControlConditions ?? p.unifiedAccessControlConditions,
      ciphertext: requireString(p.ciphertext, "ciphertext"),
      dataToEncryptHash: requireString(p.dataToEncryptHash, "dataToEncryptHash"),
      chain: p.chain,
      hasAuthSig: p.authSig != null,
    });
    A.decryptAndCombine = async (p = {}) => call("decryptAndCombine", decryptArgs(p));
    A.decryptToSingleNode = async (p = {}) => call("decryptToSingleNode", decryptArgs(p));
    A.encrypt = async ({ accessControlConditions, to_encrypt } = {}) =>
      call("encrypt", { accessControlConditions, to_encrypt: typeof to_encrypt === "string" ? bytes(utf8.encode(to_encrypt), "to_encrypt") : bytes(to_encrypt, "to_encrypt") });
    A.checkConditions = async ({ conditions, chain } = {}) => {
      if (chain === undefined) throw new TypeError("checkConditions: chain is required");
      return call("checkConditions", { conditions, chain });
    };
    A.getRpcUrl = async ({ chain } = {}) => call("getRpcUrl", { chain });
    A.getLatestNonce = async ({ address, chain } = {}) => call("getLatestNonce", { address: requireString(address, "address"), chain });
    A.callContract = async ({ chain, txn } = {}) => call("callContract", { chain, txn: requireString(txn, "txn") });
    A.call = async ({ ipfsId, params } = {}) => call("call", { ipfsId: requireString(ipfsId, "ipfsId"), params: params ?? {} });
    A.isPermittedAction = async ({ tokenId, ipfsId } = {}) => call("isPermittedAction", { tokenId: requireString(tokenId, "tokenId"), ipfsId: requireString(ipfsId, "ipfsId") });
    A.getPermittedActions = async ({ tokenId } = {}) => call("getPermittedActions", { tokenId: requireString(tokenId, "tokenId") });
    A.pubkeyToTokenId = async ({ publicKey } = {}) => call("pubkeyToTokenId", { publicKey: requireString(publicKey, "publicKey") });
  } else {
    A.setResponse = ({ response } = {}) => { callSync("setResponse", { response: typeof response === "string" ? response : JSON.stringify(response === undefined ? null : response) }); };
    A.showImportDetails = () => []; // no CDN imports on the emulator: the list of {url, hash} loaded modules is empty
    A.getPrivateKey = async ({ pkpId } = {}) => call("getPrivateKey", { pkpId: requireString(pkpId, "pkpId") });
    A.getLitActionPrivateKey = async () => call("getLitActionPrivateKey", {});
    A.getLitActionPublicKey = async ({ ipfsId } = {}) => call("getLitActionPublicKey", { ipfsId: requireString(ipfsId, "ipfsId") });
    A.getLitActionWalletAddress = async ({ ipfsId } = {}) => call("getLitActionWalletAddress", { ipfsId: requireString(ipfsId, "ipfsId") });
    A.Encrypt = async ({ pkpId, message } = {}) => call("chipotleEncrypt", { pkpId: requireString(pkpId, "pkpId"), message: requireString(message, "message") });
    A.Decrypt = async ({ pkpId, ciphertext } = {}) => call("chipotleDecrypt", { pkpId: requireString(pkpId, "pkpId"), ciphertext: requireString(ciphertext, "ciphertext") });
  }

  const headerEntries = JSON.parse(host.headersJson).map(([k, v]) => [String(k).toLowerCase(), String(v)]);
  const LitHeadersTarget = {
    get: (name) => { const hit = headerEntries.find(([k]) => k === String(name).toLowerCase()); return hit ? hit[1] : null; },
    has: (name) => headerEntries.some(([k]) => k === String(name).toLowerCase()),
    entries: () => headerEntries.map(([k, v]) => [k, v])[Symbol.iterator](),
    keys: () => headerEntries.map(([k]) => k)[Symbol.iterator](),
    values: () => headerEntries.map(([, v]) => v)[Symbol.iterator](),
    forEach: (fn) => headerEntries.forEach(([k, v]) => fn(v, k)),
    [Symbol.iterator]: () => headerEntries.map(([k, v]) => [k, v])[Symbol.iterator](),
  };
  const Actions = new Proxy(Object.freeze(A), readOnly("Lit.Actions"));
  const Auth = lockDeep(JSON.parse(host.authJson), "Lit.Auth");
  const Headers = new Proxy(Object.freeze(LitHeadersTarget), readOnly("Lit.Headers"));
  const Lit = new Proxy(Object.freeze({ Actions, Auth, Headers }), readOnly("Lit"));

  const defineLocked = (name, value) => Object.defineProperty(g, name, {
    get: () => value,
    set: () => { throw new TypeError("Cannot assign to read only property '" + name + "' of object '#<Object>'"); },
    enumerable: true,
    configurable: false,
  });
  defineLocked("Lit", Lit);
  defineLocked("LitActions", Actions);
  defineLocked("LitAuth", Auth);
  defineLocked("LitHeaders", Headers);

  let ethersValue;
  let ethersLoaded = false;
  const loadEthers = host.loadEthers;
  Object.defineProperty(g, "ethers", {
    get() { if (!ethersLoaded) { ethersLoaded = true; loadEthers(); } return ethersValue; },
    set(value) { ethersLoaded = true; ethersValue = value; },
    enumerable: true,
    configurable: true,
  });

  const plain = { TextEncoder, TextDecoder, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout, fetch, console, jwt,
    atob: host.atob, btoa: host.btoa, crypto: host.crypto, URL: host.URL, URLSearchParams: host.URLSearchParams,
    Headers: host.Headers, Request: host.Request, Response: host.Response, AbortController: host.AbortController,
    AbortSignal: host.AbortSignal, structuredClone: host.structuredClone, queueMicrotask: host.queueMicrotask, performance: host.performance };
  for (const [name, value] of Object.entries(plain)) Object.defineProperty(g, name, { value, writable: true, enumerable: false, configurable: true });
  g.global = g;
  g.self = g;
  // Chipotle runs on Deno: the namespace exists (minus build/permissions/version, which lit-actions deletes).
  if (flavor === "chipotle") Object.defineProperty(g, "Deno", { value: Object.freeze({ noColor: true, args: Object.freeze([]) }), writable: true, enumerable: false, configurable: true });

  const injected = JSON.parse(host.injectedJson);
  Object.assign(g, injected);
  return flavor === "chipotle" ? JSON.parse(host.paramsJson) : undefined;
})`;
