/**
 * The code that runs *inside* each node's `vm` context before the action. It installs the Web
 * platform (`realm.js.ts`), then builds `Lit`, `LitActions`, `LitAuth`, `LitHeaders`, `jwt`, `Deno`
 * and the lazy `ethers` as objects of the context's own realm over the host bridge, and returns the
 * one function the host calls afterwards, `complete(value)`, which awaits the action's completion value
 * (and Chipotle's `main(params)`) with intrinsics captured here and reports to the host as JSON.
 * Values cross the bridge as JSON strings only: action code never sees an object of the host realm.
 */
import { WEB_SOURCE } from "./realm.js.ts";

export const BOOTSTRAP_SOURCE = String.raw`(function bootstrap(bridge, configJson) {
  "use strict";
  const g = globalThis;
  const config = JSON.parse(configJson);
  const flavor = config.flavor;
  const web = (${WEB_SOURCE})(g, bridge, config);
  const { call, callSync } = web;
  const bridgeFinish = bridge.finish;
  const bytes = (value, field) => Array.from(web.toBytes(value, field));
  /** What Lit's SDK does with toSign and friends: new Uint8Array(value), whatever the value. */
  const litBytes = (value) => {
    try { return Array.from(new Uint8Array(value)); } catch { return []; }
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

  const jwt = Object.freeze({
    sign: (payload, secret, options) => callSync("jwt.sign", { payload, secret, options }),
    verify: (token, secret, options) => callSync("jwt.verify", { token, secret, options }),
    decode: (token, options) => callSync("jwt.decode", { token, options }),
  });

  // --- Lit.Actions ---------------------------------------------------------------------------
  const A = {};
  const utf8 = { encode: web.utf8Encode };
  const utf8d = { decode: (list) => web.utf8Decode(Uint8Array.from(list), false) };
  const HEX = "0123456789abcdef";
  A.uint8arrayToString = (array, encoding = "utf8") => {
    const list = bytes(array, "uint8array");
    if (encoding === "utf8" || encoding === "utf-8") return utf8d.decode(list);
    if (encoding === "base16" || encoding === "hex") return list.map((b) => HEX[b >> 4] + HEX[b & 15]).join("");
    if (encoding === "base64") return web.bytesToBase64(Uint8Array.from(list));
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
    if (encoding === "base64") return web.base64ToBytes(text, false);
    throw new TypeError("Unsupported encoding " + encoding);
  };

  if (flavor === "naga") {
    // Lit stores "" for a response that is not a string (it does not throw).
    A.setResponse = ({ response } = {}) => { callSync("setResponse", { response: typeof response === "string" ? response : "" }); };
    A.signEcdsa = async ({ toSign, publicKey, sigName } = {}) =>
      call("signEcdsa", { toSign: litBytes(toSign), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName") });
    A.sign = async ({ toSign, publicKey, sigName, signingScheme } = {}) =>
      call("sign", { toSign: litBytes(toSign), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName"), signingScheme });
    A.ethPersonalSignMessageEcdsa = async ({ message, publicKey, sigName } = {}) =>
      call("ethPersonalSignMessageEcdsa", {
        // Lit signs uint8arrayFromString(message): the text form of whatever was passed.
        message: String(message),
        publicKey: requireString(publicKey, "publicKey"),
        sigName: requireString(sigName, "sigName"),
      });
    A.signAndCombineEcdsa = async ({ toSign, publicKey, sigName } = {}) =>
      call("signAndCombineEcdsa", { toSign: litBytes(toSign), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName") });
    A.signAndCombine = async ({ toSign, publicKey, sigName, signingScheme } = {}) =>
      call("signAndCombine", { toSign: litBytes(toSign), publicKey: requireString(publicKey, "publicKey"), sigName: requireString(sigName, "sigName"), signingScheme });
    A.signAsAction = async ({ toSign, sigName, signingScheme } = {}) =>
      call("signAsAction", { toSign: litBytes(toSign), sigName: requireString(sigName, "sigName"), signingScheme });
    A.getActionPublicKey = async ({ signingScheme, actionIpfsCid } = {}) =>
      call("getActionPublicKey", { signingScheme, actionIpfsCid: requireString(actionIpfsCid, "actionIpfsCid") });
    A.verifyActionSignature = async ({ signingScheme, actionIpfsCid, toSign, signOutput } = {}) =>
      call("verifyActionSignature", { signingScheme, actionIpfsCid: requireString(actionIpfsCid, "actionIpfsCid"), toSign: litBytes(toSign), signOutput: requireString(signOutput, "signOutput") });
    A.broadcastAndCollect = async ({ name, value } = {}) =>
      call("broadcastAndCollect", { name: requireString(name, "name"), value: requireString(value, "value") });
    A.runOnce = async (params = {}, asyncFn) => {
      if (typeof asyncFn !== "function") throw new TypeError("runOnce: the second argument must be an async function");
      const name = params.name ? String(params.name) : "default_bc_id";
      const waitForResponse = Boolean(params.waitForResponse);
      const leader = await call("isLeader", {});
      let result;
      if (leader) {
        // As Lit's: "[ERROR]" when the function throws, "" when its result has no toString().
        try { result = await asyncFn(); } catch (error) { console.error("Error running function:", error); result = "[ERROR]"; }
        try { result = result.toString(); } catch (error) { console.error("Error converting response to string:", error); result = ""; }
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
    A.isPermittedAddress = async ({ tokenId, address } = {}) => call("isPermittedAddress", { tokenId: requireString(tokenId, "tokenId"), address: requireString(address, "address") });
    A.isPermittedAuthMethod = async ({ tokenId, authMethodType, userId } = {}) => call("isPermittedAuthMethod", { tokenId: requireString(tokenId, "tokenId"), authMethodType, userId: litBytes(userId) });
    A.getPermittedAddresses = async ({ tokenId } = {}) => call("getPermittedAddresses", { tokenId: requireString(tokenId, "tokenId") });
    A.getPermittedAuthMethods = async ({ tokenId } = {}) => call("getPermittedAuthMethods", { tokenId: requireString(tokenId, "tokenId") });
    A.getPermittedAuthMethodScopes = async ({ tokenId, authMethodType, userId, maxScopeId = 100 } = {}) =>
      call("getPermittedAuthMethodScopes", { tokenId: requireString(tokenId, "tokenId"), authMethodType, userId: litBytes(userId), maxScopeId });
    A.claimKey = async ({ keyId } = {}) => {
      if (typeof keyId !== "string" || keyId === "") throw new TypeError("keyId cannot be blank");
      return call("claimKey", { keyId });
    };
    A.aesDecrypt = async ({ symmetricKey, ciphertext } = {}) => call("aesDecrypt", { symmetricKey: litBytes(symmetricKey), ciphertext: litBytes(ciphertext) });
    if (config.mode === "v7") {
      // Datil's runtime has none of these Naga additions.
      for (const name of ["sign", "signAndCombine", "signAsAction", "getActionPublicKey", "verifyActionSignature"]) delete A[name];
    }
  } else {
    A.setResponse = ({ response } = {}) => { callSync("setResponse", { response: typeof response === "string" ? response : JSON.stringify(response === undefined ? null : response) }); };
    // lit-actions op_show_import_details: the {url, hash} of each inlined CDN module, also printed to the log.
    const importDetails = JSON.stringify(config.imports, null, 2);
    A.showImportDetails = () => {
      callSync("log", { line: "[Import Details]\n" + importDetails });
      return JSON.parse(importDetails);
    };
    A.getPrivateKey = async ({ pkpId } = {}) => call("getPrivateKey", { pkpId: requireString(pkpId, "pkpId") });
    A.getLitActionPrivateKey = async () => call("getLitActionPrivateKey", {});
    A.getLitActionPublicKey = async ({ ipfsId } = {}) => call("getLitActionPublicKey", { ipfsId: requireString(ipfsId, "ipfsId") });
    A.getLitActionWalletAddress = async ({ ipfsId } = {}) => call("getLitActionWalletAddress", { ipfsId: requireString(ipfsId, "ipfsId") });
    A.Encrypt = async ({ pkpId, message } = {}) => call("chipotleEncrypt", { pkpId: requireString(pkpId, "pkpId"), message: requireString(message, "message") });
    A.Decrypt = async ({ pkpId, ciphertext } = {}) => call("chipotleDecrypt", { pkpId: requireString(pkpId, "pkpId"), ciphertext: requireString(ciphertext, "ciphertext") });
  }

  const headerEntries = config.headers.map(([k, v]) => [String(k).toLowerCase(), String(v)]);
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
  const Auth = lockDeep(config.auth, "Lit.Auth");
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
  Object.defineProperty(g, "ethers", {
    get() { if (!ethersLoaded) { ethersLoaded = true; callSync("loadEthers", {}); } return ethersValue; },
    set(value) { ethersLoaded = true; ethersValue = value; },
    enumerable: true,
    configurable: true,
  });

  const Deno = Object.freeze({
    version: Object.freeze({ deno: "2.1.4", v8: "13.0.245.12", typescript: "5.6.2" }),
    build: Object.freeze({ target: "x86_64-unknown-linux-gnu", arch: "x86_64", os: "linux", vendor: "unknown", env: "gnu" }),
    env: Object.freeze({ get: () => undefined, has: () => false, toObject: () => ({}) }),
    noColor: true,
    args: Object.freeze([]),
  });
  // Naga's nodes run Deno too; Chipotle's namespace is smaller (below).
  if (flavor === "naga") Object.defineProperty(g, "Deno", { value: Deno, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(g, "jwt", { value: jwt, writable: true, enumerable: false, configurable: true });
  g.global = g;
  g.self = g;
  // Chipotle runs on Deno: the namespace exists (minus build/permissions/version, which lit-actions deletes).
  if (flavor === "chipotle") Object.defineProperty(g, "Deno", { value: Object.freeze({ noColor: true, args: Object.freeze([]) }), writable: true, enumerable: false, configurable: true });

  Object.assign(g, config.injectedGlobals);

  // --- Completion: awaited here with captured intrinsics, reported as JSON ---------------------
  const PromiseCtor = Promise;
  const promiseThen = Promise.prototype.then;
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const describeError = (error) => {
    try {
      if (error !== null && typeof error === "object") {
        const name = error.name, message = error.message, stack = error.stack;
        return stringify({ name: typeof name === "string" ? name : "Error", message: typeof message === "string" ? message : String(error), stack: typeof stack === "string" ? stack : undefined });
      }
      return stringify({ name: null, message: String(error) });
    } catch {
      return stringify({ name: null, message: "(an error that cannot be described)" });
    }
  };
  const report = (kind, json) => { try { bridgeFinish(kind, json); } catch {} };
  const settle = (value, onValue) => {
    let promise;
    try {
      promise = PromiseCtor.resolve(value);
    } catch (error) {
      report("async", describeError(error));
      return;
    }
    apply(promiseThen, promise, [onValue, (error) => report("async", describeError(error))]);
  };
  /**
   * Chipotle's runtime wrapper (lit-actions \`to_executable_code\`): right after the script's
   * synchronous part, \`await main(params)\` (a ReferenceError when the code defines no \`main\`); a
   * value other than \`undefined\` becomes the response through \`setResponse\` (strings as they are,
   * anything else as JSON). Naga never reaches it.
   */
  const chipotleSetResponse = A.setResponse;
  const chipotleWrapper = async (params) => {
    const data = await main(params);
    if (typeof data !== "undefined") chipotleSetResponse({ response: data });
  };
  return {
    /** Called by the host with the script's completion value. */
    complete(value) {
      if (flavor === "chipotle") {
        let wrapped;
        try {
          wrapped = chipotleWrapper(config.mainParams);
        } catch (error) {
          return report("async", describeError(error));
        }
        return settle(wrapped, () => report("ok", "null"));
      }
      settle(value, () => report("ok", "null"));
    },
    /** Called by the host with a synchronous throw of the script. */
    describe: describeError,
  };
})`;
