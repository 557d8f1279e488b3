/**
 * The Web platform of an action's context, built *inside* the context from the context's own
 * intrinsics: `URL`, `URLSearchParams`, `Headers`, `Request`, `Response`, `fetch`, `AbortController`,
 * `AbortSignal`, `Event`, `EventTarget`, `DOMException`, `TextEncoder`, `TextDecoder`, `atob`, `btoa`,
 * `crypto` (`getRandomValues`, `randomUUID`, `subtle`), `CryptoKey`, `structuredClone`, `queueMicrotask`,
 * `performance`, timers and a Deno-style `console`.
 *
 * Nothing of the host realm is ever handed to action code: the host is reached only through the
 * `bridge` functions held in this closure, which take and return primitives (JSON strings, numbers),
 * and every call to them is wrapped so that even a host error (a stack overflow at the call) is
 * replaced by an error of this realm. URL parsing, digests and randomness are computed by the host
 * and come back as strings; every object the action sees is constructed here.
 *
 * `WEB_SOURCE` is a function expression `(g, bridge, config) => web` where `web` holds the pieces the
 * Lit bootstrap needs (`call`, `callSync`, byte helpers, `inspect`).
 */
export const WEB_SOURCE = String.raw`(function installWeb(g, bridge, config) {
  "use strict";
  // Intrinsics captured before any action code runs (an action may replace the globals).
  const { defineProperty, freeze, keys: objectKeys, getPrototypeOf, getOwnPropertyNames, create: objectCreate } = Object;
  const JSONparse = JSON.parse;
  const JSONstringify = JSON.stringify;
  const PromiseCtor = Promise;
  const apply = Reflect.apply;
  const promiseThen = Promise.prototype.then;
  const StringCtor = String;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const fromCharCode = String.fromCharCode;

  // --- The bridge: primitives in, primitives out, host errors never cross ----------------------
  const bridgeSync = bridge.sync;
  const bridgeAsync = bridge.async;
  const bridgeTimer = bridge.timer;
  const bridgeClearTimer = bridge.clearTimer;
  const errorFrom = (payload) => {
    const Ctor = payload.name === "TypeError" ? TypeErrorCtor : payload.name === "RangeError" ? RangeErrorCtor : ErrorCtor;
    const error = new Ctor(StringCtor(payload.error));
    if (payload.name && payload.name !== "TypeError" && payload.name !== "RangeError") error.name = StringCtor(payload.name);
    return error;
  };
  const decode = (text) => {
    const out = JSONparse(text);
    if (out && typeof out === "object" && "error" in out) throw errorFrom(out);
    return out.value;
  };
  const hostFailure = () => new RangeErrorCtor("The Lit runtime could not complete a host call (stack exhausted)");
  /** Synchronous host operation: JSON args, JSON result. */
  const callSync = (op, args) => {
    let text;
    try {
      text = bridgeSync(StringCtor(op), JSONstringify(args === undefined ? {} : args));
    } catch {
      throw hostFailure();
    }
    return decode(typeof text === "string" ? text : '{"error":"bad host reply"}');
  };
  /** Asynchronous host operation; the host calls back with a JSON string (never after termination). */
  const call = (op, args) =>
    new PromiseCtor((resolve, reject) => {
      const json = JSONstringify(args === undefined ? {} : args);
      const done = (text) => {
        try {
          resolve(decode(StringCtor(text)));
        } catch (error) {
          reject(error);
        }
      };
      try {
        bridgeAsync(StringCtor(op), json, done);
      } catch {
        reject(hostFailure());
      }
    });
  const timer = (fn, ms, repeat) => {
    try {
      return bridgeTimer(fn, ms, repeat);
    } catch {
      throw hostFailure();
    }
  };
  const clearTimer = (id) => {
    try {
      bridgeClearTimer(id);
    } catch {
      throw hostFailure();
    }
  };

  const define = (name, value) => defineProperty(g, name, { value, writable: true, enumerable: false, configurable: true });

  // --- Bytes, text, base64 ----------------------------------------------------------------------
  const isBufferSource = (value) => value instanceof ArrayBuffer || ArrayBuffer.isView(value) || (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer);
  const toBytes = (value, field) => {
    if (value instanceof Uint8Array) return value;
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer)) return new Uint8Array(value);
    if (Array.isArray(value)) return Uint8Array.from(value, (b) => Number(b) & 255);
    throw new TypeErrorCtor(field + " must be a Uint8Array, an ArrayBuffer or an array of bytes");
  };
  const utf8Encode = (text) => {
    const s = StringCtor(text);
    const out = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  };
  const utf8Decode = (bytes, fatal) => {
    let out = "";
    let chunk = [];
    const flush = () => { out += fromCharCode.apply(null, chunk); chunk = []; };
    const bad = () => { if (fatal) throw new TypeErrorCtor("The encoded data was not valid for encoding utf-8"); chunk.push(0xfffd); };
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (; i < bytes.length; ) {
      const b = bytes[i];
      let need = 0, cp = 0, min = 0;
      if (b < 0x80) { chunk.push(b); i++; if (chunk.length > 4096) flush(); continue; }
      else if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 31; min = 0x80; }
      else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 15; min = 0x800; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 7; min = 0x10000; }
      else { bad(); i++; continue; }
      let j = 1;
      for (; j <= need; j++) {
        const n = bytes[i + j];
        if (n === undefined || (n & 0xc0) !== 0x80) break;
        cp = (cp << 6) | (n & 63);
      }
      if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { bad(); i += j; continue; }
      i += need + 1;
      if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023)); }
      else chunk.push(cp);
      if (chunk.length > 4096) flush();
    }
    flush();
    return out;
  };
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const B64_INDEX = objectCreate(null);
  for (let i = 0; i < 64; i++) B64_INDEX[B64[i]] = i;
  const bytesToBase64 = (bytes) => {
    let out = "";
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
    }
    if (i < bytes.length) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
      out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + "=";
    }
    return out;
  };
  const base64ToBytes = (text, strict) => {
    let clean = StringCtor(text).replace(/[\t\n\f\r ]/g, "");
    if (clean.length % 4 === 0) clean = clean.replace(/==?$/, "");
    if ((strict && clean.length % 4 === 1) || /[^A-Za-z0-9+/]/.test(clean)) {
      throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
    }
    const out = [];
    let buffer = 0, bits = 0;
    for (let i = 0; i < clean.length; i++) {
      buffer = (buffer << 6) | B64_INDEX[clean[i]];
      bits += 6;
      if (bits >= 8) { bits -= 8; out.push((buffer >> bits) & 255); }
    }
    return new Uint8Array(out);
  };

  class DOMException extends ErrorCtor {
    #name;
    constructor(message = "", name = "Error") {
      super(StringCtor(message));
      this.#name = StringCtor(name);
    }
    get name() { return this.#name; }
    get code() {
      const codes = { IndexSizeError: 1, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidCharacterError: 5, NetworkError: 19, AbortError: 20, TimeoutError: 23, QuotaExceededError: 22, DataCloneError: 25 };
      return codes[this.#name] ?? 0;
    }
  }

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return utf8Encode(input); }
    encodeInto(input, dest) {
      const bytes = utf8Encode(input);
      const n = Math.min(bytes.length, dest.length);
      dest.set(bytes.subarray(0, n));
      return { read: StringCtor(input).length, written: n };
    }
  }
  class TextDecoder {
    #fatal;
    #ignoreBOM;
    constructor(label = "utf-8", options = {}) {
      const l = StringCtor(label).toLowerCase();
      if (l !== "utf-8" && l !== "utf8" && l !== "unicode-1-1-utf-8") throw new RangeErrorCtor("The encoding label provided ('" + label + "') is invalid or not supported by the Lit runtime (utf-8 only).");
      this.#fatal = Boolean(options && options.fatal);
      this.#ignoreBOM = Boolean(options && options.ignoreBOM);
    }
    get encoding() { return "utf-8"; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input) { return input === undefined ? "" : utf8Decode(toBytes(input, "input"), this.#fatal); }
  }

  const atob = (data) => {
    const bytes = base64ToBytes(data, true);
    let out = "";
    for (let i = 0; i < bytes.length; i++) out += fromCharCode(bytes[i]);
    return out;
  };
  const btoa = (data) => {
    const s = StringCtor(data);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) throw new DOMException("The string to be encoded contains characters outside of the Latin1 range.", "InvalidCharacterError");
      bytes[i] = c;
    }
    return bytesToBase64(bytes);
  };

  // --- Events and aborting -----------------------------------------------------------------------
  class Event {
    #type;
    #target = null;
    #defaultPrevented = false;
    #cancelable;
    constructor(type, init = {}) {
      if (type === undefined) throw new TypeErrorCtor("Event requires a type");
      this.#type = StringCtor(type);
      this.#cancelable = Boolean(init && init.cancelable);
    }
    get type() { return this.#type; }
    get target() { return this.#target; }
    get currentTarget() { return this.#target; }
    get defaultPrevented() { return this.#defaultPrevented; }
    get cancelable() { return this.#cancelable; }
    preventDefault() { if (this.#cancelable) this.#defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() {}
    static _setTarget(event, target) { event.#target = target; }
  }
  const setEventTarget = Event._setTarget;
  delete Event._setTarget;
  class EventTarget {
    #listeners = new Map();
    addEventListener(type, listener, options) {
      if (listener == null) return;
      const list = this.#listeners.get(StringCtor(type)) ?? [];
      if (list.some((entry) => entry.listener === listener)) return;
      list.push({ listener, once: Boolean(options && typeof options === "object" && options.once) });
      this.#listeners.set(StringCtor(type), list);
    }
    removeEventListener(type, listener) {
      const list = this.#listeners.get(StringCtor(type));
      if (!list) return;
      const index = list.findIndex((entry) => entry.listener === listener);
      if (index >= 0) list.splice(index, 1);
    }
    dispatchEvent(event) {
      setEventTarget(event, this);
      const handler = this["on" + event.type];
      const list = [...(this.#listeners.get(event.type) ?? [])];
      if (typeof handler === "function") list.unshift({ listener: handler, once: false });
      for (const entry of list) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        try {
          if (typeof entry.listener === "function") apply(entry.listener, this, [event]);
          else if (entry.listener && typeof entry.listener.handleEvent === "function") entry.listener.handleEvent(event);
        } catch (error) {
          queueMicrotask(() => { throw error; });
        }
      }
      return !event.defaultPrevented;
    }
  }
  let allowSignal = false;
  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    constructor() {
      if (!allowSignal) throw new TypeErrorCtor("Illegal constructor");
      super();
      this.onabort = null;
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    throwIfAborted() { if (this.#aborted) throw this.#reason; }
    static _abort(signal, reason) {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
      signal.dispatchEvent(new Event("abort"));
    }
    static abort(reason) {
      const signal = newSignal();
      abortSignal(signal, reason);
      return signal;
    }
    static timeout(ms) {
      const signal = newSignal();
      timer(() => abortSignal(signal, new DOMException("Signal timed out.", "TimeoutError")), Number(ms) || 0, false);
      return signal;
    }
    static any(signals) {
      const signal = newSignal();
      for (const source of signals) {
        if (source.aborted) { abortSignal(signal, source.reason); return signal; }
      }
      for (const source of signals) source.addEventListener("abort", () => abortSignal(signal, source.reason), { once: true });
      return signal;
    }
  }
  const abortSignal = AbortSignal._abort;
  delete AbortSignal._abort;
  const newSignal = () => {
    allowSignal = true;
    try {
      return new AbortSignal();
    } finally {
      allowSignal = false;
    }
  };
  class AbortController {
    #signal = newSignal();
    get signal() { return this.#signal; }
    abort(reason) { abortSignal(this.#signal, reason); }
  }

  // --- URL (parsed by the host's WHATWG parser; every object built here) -------------------------
  const URL_FIELDS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
  const formEncode = (text) => encodeURIComponent(text).replace(/%20/g, "+").replace(/[!'()~]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  const formDecode = (text) => {
    const spaced = text.replace(/\+/g, " ");
    try {
      return decodeURIComponent(spaced);
    } catch {
      return spaced.replace(/%([0-9a-fA-F]{2})/g, (_m, h) => fromCharCode(parseInt(h, 16)));
    }
  };
  let linkSearch;
  class URLSearchParams {
    #list = [];
    #onChange = null;
    constructor(init = "") {
      if (init instanceof URLSearchParams) this.#list = init.#list.map(([k, v]) => [k, v]);
      else if (init !== null && typeof init === "object") {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const items = [...pair];
            if (items.length !== 2) throw new TypeErrorCtor("Each query pair must be an iterable [name, value] tuple");
            this.#list.push([StringCtor(items[0]), StringCtor(items[1])]);
          }
        } else for (const key of objectKeys(init)) this.#list.push([key, StringCtor(init[key])]);
      } else this.#parse(StringCtor(init));
    }
    #parse(text) {
      this.#list = [];
      const body = text.startsWith("?") ? text.slice(1) : text;
      for (const part of body.split("&")) {
        if (!part) continue;
        const eq = part.indexOf("=");
        this.#list.push(eq < 0 ? [formDecode(part), ""] : [formDecode(part.slice(0, eq)), formDecode(part.slice(eq + 1))]);
      }
    }
    #update() {
      if (this.#onChange) this.#onChange(this.toString());
    }
    static _link(params, onChange, search) { params.#onChange = onChange; params.#parse(search); }
    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([StringCtor(name), StringCtor(value)]); this.#update(); }
    delete(name, value) {
      const n = StringCtor(name);
      this.#list = this.#list.filter(([k, v]) => !(k === n && (value === undefined || v === StringCtor(value))));
      this.#update();
    }
    get(name) { const hit = this.#list.find(([k]) => k === StringCtor(name)); return hit ? hit[1] : null; }
    getAll(name) { return this.#list.filter(([k]) => k === StringCtor(name)).map(([, v]) => v); }
    has(name, value) { return this.#list.some(([k, v]) => k === StringCtor(name) && (value === undefined || v === StringCtor(value))); }
    set(name, value) {
      const n = StringCtor(name);
      const index = this.#list.findIndex(([k]) => k === n);
      if (index < 0) this.#list.push([n, StringCtor(value)]);
      else {
        this.#list[index][1] = StringCtor(value);
        this.#list = this.#list.filter(([k], i) => k !== n || i === index);
      }
      this.#update();
    }
    sort() {
      this.#list = this.#list.map((entry, i) => [entry, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([entry]) => entry);
      this.#update();
    }
    forEach(fn, thisArg) { for (const [k, v] of this.#list) apply(fn, thisArg, [v, k, this]); }
    keys() { return this.#list.map(([k]) => k)[Symbol.iterator](); }
    values() { return this.#list.map(([, v]) => v)[Symbol.iterator](); }
    entries() { return this.#list.map(([k, v]) => [k, v])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&"); }
    get [Symbol.toStringTag]() { return "URLSearchParams"; }
  }
  linkSearch = URLSearchParams._link;
  delete URLSearchParams._link;

  class URL {
    #parts;
    #searchParams;
    constructor(url, base) {
      if (url === undefined && base === undefined) throw new TypeErrorCtor("Failed to construct 'URL': 1 argument required, but only 0 present.");
      this.#parts = callSync("url.parse", { url: StringCtor(url), base: base === undefined ? null : StringCtor(base) });
      this.#searchParams = new URLSearchParams();
      this.#relink();
    }
    #relink() {
      linkSearch(this.#searchParams, (text) => { this.#parts = callSync("url.set", { href: this.#parts.href, field: "search", value: text === "" ? "" : "?" + text }); }, this.#parts.search);
    }
    #set(field, value) {
      this.#parts = callSync("url.set", { href: this.#parts.href, field, value: StringCtor(value) });
      if (field === "search" || field === "href") this.#relink();
    }
    static canParse(url, base) {
      try { new URL(url, base); return true; } catch { return false; }
    }
    static parse(url, base) {
      try { return new URL(url, base); } catch { return null; }
    }
    get href() { return this.#parts.href; }
    set href(v) { this.#set("href", v); }
    get origin() { return this.#parts.origin; }
    get protocol() { return this.#parts.protocol; }
    set protocol(v) { this.#set("protocol", v); }
    get username() { return this.#parts.username; }
    set username(v) { this.#set("username", v); }
    get password() { return this.#parts.password; }
    set password(v) { this.#set("password", v); }
    get host() { return this.#parts.host; }
    set host(v) { this.#set("host", v); }
    get hostname() { return this.#parts.hostname; }
    set hostname(v) { this.#set("hostname", v); }
    get port() { return this.#parts.port; }
    set port(v) { this.#set("port", v); }
    get pathname() { return this.#parts.pathname; }
    set pathname(v) { this.#set("pathname", v); }
    get search() { return this.#parts.search; }
    set search(v) { this.#set("search", v); }
    get hash() { return this.#parts.hash; }
    set hash(v) { this.#set("hash", v); }
    get searchParams() { return this.#searchParams; }
    toString() { return this.#parts.href; }
    toJSON() { return this.#parts.href; }
    get [Symbol.toStringTag]() { return "URL"; }
  }

  // --- Headers, Request, Response, fetch ----------------------------------------------------------
  const TOKEN = /^[!#$%&'*+\-.^_\x60|~0-9A-Za-z]+$/;
  const normaliseValue = (value) => StringCtor(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  class Headers {
    #map = new Map();
    #cookies = [];
    #guard = "none";
    constructor(init) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [k, v] of init.#map) this.#map.set(k, v);
        this.#cookies = [...init.#cookies];
      } else if (typeof init === "object" && typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const items = [...pair];
          if (items.length !== 2) throw new TypeErrorCtor("Headers: each header must be a [name, value] pair");
          this.append(items[0], items[1]);
        }
      } else if (typeof init === "object") {
        for (const key of objectKeys(init)) this.append(key, init[key]);
      } else throw new TypeErrorCtor("Headers: init must be an object, an iterable of pairs or a Headers");
    }
    static _guard(headers, guard) { headers.#guard = guard; }
    #check(name) {
      const n = StringCtor(name);
      if (!TOKEN.test(n)) throw new TypeErrorCtor("Header name is not valid: \"" + n + "\"");
      if (this.#guard === "immutable") throw new TypeErrorCtor("Headers are immutable");
      return n.toLowerCase();
    }
    append(name, value) {
      const n = this.#check(name);
      const v = normaliseValue(value);
      if (/[\0\r\n]/.test(v)) throw new TypeErrorCtor("Header value is not valid");
      if (n === "set-cookie") this.#cookies.push(v);
      this.#map.set(n, this.#map.has(n) ? this.#map.get(n) + ", " + v : v);
    }
    set(name, value) {
      const n = this.#check(name);
      const v = normaliseValue(value);
      if (/[\0\r\n]/.test(v)) throw new TypeErrorCtor("Header value is not valid");
      if (n === "set-cookie") this.#cookies = [v];
      this.#map.set(n, v);
    }
    delete(name) { const n = this.#check(name); this.#map.delete(n); if (n === "set-cookie") this.#cookies = []; }
    get(name) { const n = StringCtor(name).toLowerCase(); return this.#map.has(n) ? this.#map.get(n) : null; }
    has(name) { return this.#map.has(StringCtor(name).toLowerCase()); }
    getSetCookie() { return [...this.#cookies]; }
    #sorted() { return [...this.#map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); }
    forEach(fn, thisArg) { for (const [k, v] of this.#sorted()) apply(fn, thisArg, [v, k, this]); }
    keys() { return this.#sorted().map(([k]) => k)[Symbol.iterator](); }
    values() { return this.#sorted().map(([, v]) => v)[Symbol.iterator](); }
    entries() { return this.#sorted()[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return "Headers"; }
  }
  const guardHeaders = Headers._guard;
  delete Headers._guard;

  /** Extracts (bytes, content type) from a body init. */
  const extractBody = (body) => {
    if (body === undefined || body === null) return { bytes: null, type: null };
    if (typeof body === "string") return { bytes: utf8Encode(body), type: "text/plain;charset=UTF-8" };
    if (body instanceof URLSearchParams) return { bytes: utf8Encode(body.toString()), type: "application/x-www-form-urlencoded;charset=UTF-8" };
    if (isBufferSource(body)) return { bytes: toBytes(body, "body").slice(), type: null };
    if (body instanceof ReadableStream) return { bytes: body._drain(), type: null };
    return { bytes: utf8Encode(StringCtor(body)), type: "text/plain;charset=UTF-8" };
  };
  /** A one-chunk stream over a body (enough for getReader() / for await). */
  class ReadableStream {
    #chunks;
    #locked = false;
    constructor(source) {
      this.#chunks = [];
      if (source && typeof source.start === "function") {
        const controller = { enqueue: (chunk) => this.#chunks.push(toBytes(chunk, "chunk")), close: () => {}, error: (e) => { throw e; } };
        source.start(controller);
      }
    }
    static _of(bytes) { const stream = new ReadableStream(); if (bytes && bytes.length) stream.#chunks.push(bytes); return stream; }
    _drain() {
      const total = this.#chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(total);
      let offset = 0;
      for (const chunk of this.#chunks) { out.set(chunk, offset); offset += chunk.length; }
      this.#chunks = [];
      return out;
    }
    get locked() { return this.#locked; }
    getReader() {
      if (this.#locked) throw new TypeErrorCtor("ReadableStream is locked");
      this.#locked = true;
      const chunks = this.#chunks;
      return {
        read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true, value: undefined }),
        releaseLock: () => { this.#locked = false; },
        cancel: async () => { chunks.length = 0; },
        closed: PromiseCtor.resolve(undefined),
      };
    }
    async *[Symbol.asyncIterator]() { const reader = this.getReader(); for (;;) { const { done, value } = await reader.read(); if (done) return; yield value; } }
  }
  const streamOf = ReadableStream._of;
  delete ReadableStream._of;
  defineProperty(ReadableStream.prototype, "_drain", { enumerable: false });

  class Body {
    #bytes;
    #used = false;
    constructor(bytes) { this.#bytes = bytes; }
    static _bytes(body) { return body.#bytes; }
    get bodyUsed() { return this.#used; }
    get body() { return this.#bytes === null ? null : streamOf(this.#bytes); }
    #consume() {
      if (this.#used) return PromiseCtor.reject(new TypeErrorCtor("Body is unusable: Body has already been read"));
      this.#used = true;
      return PromiseCtor.resolve(this.#bytes === null ? new Uint8Array(0) : this.#bytes.slice());
    }
    async arrayBuffer() { return (await this.#consume()).buffer; }
    async bytes() { return this.#consume(); }
    async text() { return utf8Decode(await this.#consume(), false); }
    async json() { return JSONparse(await this.text()); }
    async blob() { throw new TypeErrorCtor("Blob bodies are not supported by the local Lit runtime"); }
    async formData() { throw new TypeErrorCtor("FormData bodies are not supported by the local Lit runtime"); }
  }
  const bodyBytes = Body._bytes;
  delete Body._bytes;

  const METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"];
  class Request extends Body {
    #url; #method; #headers; #signal; #redirect; #init;
    constructor(input, init = {}) {
      const from = input instanceof Request ? input : null;
      const options = init === null || init === undefined ? {} : init;
      let method = options.method !== undefined ? StringCtor(options.method) : from ? from.method : "GET";
      if (METHODS.includes(method.toUpperCase())) method = method.toUpperCase();
      if (!TOKEN.test(method)) throw new TypeErrorCtor("'" + method + "' is not a valid HTTP method.");
      const hasBody = options.body !== undefined && options.body !== null;
      if (hasBody && (method === "GET" || method === "HEAD")) throw new TypeErrorCtor("Request with GET/HEAD method cannot have body.");
      const extracted = hasBody ? extractBody(options.body) : { bytes: from ? bodyBytes(from) : null, type: null };
      super(extracted.bytes);
      this.#url = from ? from.url : new URL(StringCtor(input), config.baseUrl || undefined).href;
      this.#method = method;
      this.#headers = new Headers(options.headers !== undefined ? options.headers : from ? from.headers : undefined);
      if (extracted.type && !this.#headers.has("content-type")) this.#headers.set("content-type", extracted.type);
      this.#signal = options.signal !== undefined ? options.signal : from ? from.signal : newSignal();
      this.#redirect = options.redirect !== undefined ? StringCtor(options.redirect) : from ? from.redirect : "follow";
      // Accepted and ignored, as in Deno: referrer, referrerPolicy, mode, credentials, cache, integrity, keepalive.
      this.#init = { referrer: options.referrer !== undefined ? StringCtor(options.referrer) : "about:client", mode: options.mode ?? "cors", credentials: options.credentials ?? "same-origin", cache: options.cache ?? "default" };
    }
    get url() { return this.#url; }
    get method() { return this.#method; }
    get headers() { return this.#headers; }
    get signal() { return this.#signal; }
    get redirect() { return this.#redirect; }
    get referrer() { return this.#init.referrer; }
    get mode() { return this.#init.mode; }
    get credentials() { return this.#init.credentials; }
    get cache() { return this.#init.cache; }
    clone() {
      if (this.bodyUsed) throw new TypeErrorCtor("Request body is already used");
      return new Request(this);
    }
    get [Symbol.toStringTag]() { return "Request"; }
  }
  class Response extends Body {
    #status; #statusText; #headers; #url; #redirected; #type;
    constructor(body = null, init = {}) {
      const options = init === null || init === undefined ? {} : init;
      const status = options.status === undefined ? 200 : Number(options.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeErrorCtor("The status provided (" + options.status + ") is outside the range [200, 599].");
      const extracted = extractBody(body);
      if (extracted.bytes !== null && (status === 101 || status === 204 || status === 205 || status === 304)) throw new TypeErrorCtor("Response with null body status cannot have body");
      super(extracted.bytes);
      this.#status = status;
      this.#statusText = options.statusText === undefined ? "" : StringCtor(options.statusText);
      this.#headers = new Headers(options.headers);
      if (extracted.type && !this.#headers.has("content-type")) this.#headers.set("content-type", extracted.type);
      this.#url = "";
      this.#redirected = false;
      this.#type = "default";
    }
    static _fromNetwork(parts, bytes) {
      const response = new Response(bytes, { status: 200 });
      response.#status = parts.status;
      response.#statusText = parts.statusText;
      response.#headers = new Headers(parts.headers);
      guardHeaders(response.#headers, "immutable");
      response.#url = parts.url;
      response.#redirected = parts.redirected;
      response.#type = "basic";
      return response;
    }
    static json(data, init = {}) {
      const text = JSONstringify(data);
      if (text === undefined) throw new TypeErrorCtor("Value is not JSON serializable");
      const headers = new Headers(init && init.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(text, { ...init, headers });
    }
    static error() { const r = new Response(null, { status: 200 }); r.#status = 0; r.#type = "error"; return r; }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) throw new RangeErrorCtor("Invalid redirect status");
      return new Response(null, { status, headers: { location: new URL(url).href } });
    }
    get status() { return this.#status; }
    get ok() { return this.#status >= 200 && this.#status <= 299; }
    get statusText() { return this.#statusText; }
    get headers() { return this.#headers; }
    get url() { return this.#url; }
    get redirected() { return this.#redirected; }
    get type() { return this.#type; }
    clone() {
      if (this.bodyUsed) throw new TypeErrorCtor("Response body is already used");
      const bytes = bodyBytes(this);
      return Response._fromNetwork({ status: this.#status, statusText: this.#statusText, headers: [...this.#headers], url: this.#url, redirected: this.#redirected }, bytes === null ? null : bytes.slice());
    }
    get [Symbol.toStringTag]() { return "Response"; }
  }
  const responseFromNetwork = Response._fromNetwork;
  defineProperty(Response, "_fromNetwork", { enumerable: false });

  let nextFetchId = 1;
  const fetch = (input, init) =>
    new PromiseCtor((resolve, reject) => {
      let request;
      try {
        request = new Request(input, init);
      } catch (error) {
        reject(error);
        return;
      }
      const signal = request.signal;
      if (signal && signal.aborted) {
        reject(signal.reason);
        return;
      }
      const id = nextFetchId++;
      const bytes = bodyBytes(request);
      const serialized = { id, url: request.url, method: request.method, headers: [...request.headers], body: bytes === null ? null : bytesToBase64(bytes), redirect: request.redirect };
      let settled = false;
      const onAbort = () => {
        if (settled) return;
        settled = true;
        try { callSync("fetch.abort", { id }); } catch {}
        reject(signal.reason);
      };
      if (signal) signal.addEventListener("abort", onAbort, { once: true });
      apply(promiseThen, call("fetch", serialized), [
        (parts) => {
          if (settled) return;
          settled = true;
          if (signal) signal.removeEventListener("abort", onAbort);
          resolve(responseFromNetwork(parts, parts.body === null ? null : base64ToBytes(parts.body, false)));
        },
        (error) => {
          if (settled) return;
          settled = true;
          if (signal) signal.removeEventListener("abort", onAbort);
          reject(new TypeErrorCtor(error && error.message ? error.message : "fetch failed"));
        },
      ]);
    });
  // --- Timers, microtasks, performance, crypto, structuredClone --------------------------------
  const setTimeout = (fn, delay, ...args) => {
    if (typeof fn !== "function") throw new TypeErrorCtor("setTimeout: callback must be a function (code strings are not allowed)");
    return timer(() => apply(fn, undefined, args), Number(delay) || 0, false);
  };
  const setInterval = (fn, delay, ...args) => {
    if (typeof fn !== "function") throw new TypeErrorCtor("setInterval: callback must be a function (code strings are not allowed)");
    return timer(() => apply(fn, undefined, args), Number(delay) || 0, true);
  };
  const clearTimeout = (id) => { if (id !== undefined && id !== null) clearTimer(Number(id)); };
  const queueMicrotask = (fn) => {
    if (typeof fn !== "function") throw new TypeErrorCtor("queueMicrotask: callback must be a function");
    apply(promiseThen, PromiseCtor.resolve(), [() => fn()]);
  };
  const performance = freeze({
    now: () => callSync("now", {}),
    timeOrigin: config.timeOrigin,
    toJSON() { return { timeOrigin: config.timeOrigin }; },
  });
  const MAX_RANDOM_BYTES = 65536;
  const getRandomValues = (array) => {
    if (!ArrayBuffer.isView(array) || array instanceof Float32Array || array instanceof Float64Array || array instanceof DataView) {
      throw new DOMException("The provided ArrayBufferView is not an integer array type", "TypeMismatchError");
    }
    if (array.byteLength > MAX_RANDOM_BYTES) throw new DOMException("The ArrayBufferView's byte length (" + array.byteLength + ") exceeds the number of bytes of entropy available via this API (65536)", "QuotaExceededError");
    const bytes = base64ToBytes(callSync("random", { bytes: array.byteLength }), false);
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
    return array;
  };
  const HEXCHARS = "0123456789abcdef";
  const randomUUID = () => {
    const b = getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = "";
    for (const byte of b) hex += HEXCHARS[byte >> 4] + HEXCHARS[byte & 15];
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  };
  const DIGESTS = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };
  // --- crypto.subtle: WebCrypto computed by the host (Node's, as Deno's in Lit's runtime) ---------
  // A key lives on the host under a number; the action holds a CryptoKey made here. The host keeps
  // the real key and WebCrypto there enforces extractable and usages; the handle of a CryptoKey is
  // in a WeakMap of this closure, so an object the action forges is no key at all.
  const keyHandles = new WeakMap();
  class CryptoKey {
    constructor() { throw new TypeErrorCtor("Illegal constructor"); }
    get [Symbol.toStringTag]() { return "CryptoKey"; }
  }
  // A key's state, read through the prototype's getters (objects made without the constructor).
  const keyInfo = new WeakMap();
  for (const field of ["type", "extractable", "algorithm", "usages"]) {
    defineProperty(CryptoKey.prototype, field, {
      configurable: true,
      enumerable: true,
      get() { const info = keyInfo.get(this); if (!info) throw new TypeErrorCtor("Illegal invocation"); return info[field]; },
    });
  }
  const deepFreeze = (value) => {
    if (value && typeof value === "object") { for (const k of objectKeys(value)) deepFreeze(value[k]); freeze(value); }
    return value;
  };
  const makeKey = (info) => {
    const key = objectCreate(CryptoKey.prototype);
    const algorithm = info.algorithm;
    if (algorithm && algorithm.publicExponent) algorithm.publicExponent = new Uint8Array(algorithm.publicExponent);
    keyInfo.set(key, { type: StringCtor(info.type), extractable: Boolean(info.extractable), algorithm: deepFreeze(algorithm), usages: freeze(info.usages.map(StringCtor)) });
    keyHandles.set(key, Number(info.id));
    return key;
  };
  const keyFromHost = (info) => (info && info.privateKey ? freeze({ privateKey: makeKey(info.privateKey), publicKey: makeKey(info.publicKey) }) : makeKey(info));
  const handleOf = (key, what) => {
    const id = keyHandles.get(key);
    if (id === undefined) throw new TypeErrorCtor("Failed to execute '" + what + "' on 'SubtleCrypto': parameter is not of type 'CryptoKey'.");
    return id;
  };
  const BYTE_FIELDS = ["iv", "additionalData", "salt", "info", "counter", "label", "publicExponent", "context"];
  /** An algorithm identifier as JSON: byte fields as base64, a CryptoKey (ECDH/X25519 "public") as its handle. */
  const algorithmArg = (algorithm, what) => {
    if (typeof algorithm === "string") return { name: algorithm };
    if (algorithm === null || typeof algorithm !== "object") throw new TypeErrorCtor("Failed to execute '" + what + "' on 'SubtleCrypto': algorithm must be a string or an object");
    const out = {};
    for (const k of objectKeys(algorithm)) {
      const v = algorithm[k];
      if (BYTE_FIELDS.includes(k)) out[k] = { $bytes: bytesToBase64(toBytes(v, k)) };
      else if (k === "public") out[k] = { $key: handleOf(v, what) };
      else if (k === "hash") out[k] = typeof v === "string" ? v : { name: StringCtor(v && v.name) };
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
      else if (v === undefined || v === null) continue;
      else throw new TypeErrorCtor("Failed to execute '" + what + "' on 'SubtleCrypto': unsupported algorithm member " + k);
    }
    if (typeof out.name !== "string") throw new TypeErrorCtor("Failed to execute '" + what + "' on 'SubtleCrypto': algorithm.name is required");
    return out;
  };
  const usagesArg = (usages) => {
    if (usages === null || typeof usages !== "object" || typeof usages.length !== "number") throw new TypeErrorCtor("keyUsages must be a sequence");
    return Array.from(usages, StringCtor);
  };
  const DOM_NAMES = ["OperationError", "InvalidAccessError", "NotSupportedError", "DataError", "SyntaxError", "InvalidStateError", "QuotaExceededError"];
  const subtleCall = async (op, args) => {
    try {
      return await call("subtle", { op, ...args });
    } catch (error) {
      if (error && DOM_NAMES.includes(error.name)) throw new DOMException(error.message, error.name);
      throw error;
    }
  };
  const bufferOf = (base64) => base64ToBytes(base64, false).buffer;
  const subtle = freeze({
    digest: async (algorithm, data) => {
      const name = StringCtor(typeof algorithm === "object" && algorithm !== null ? algorithm.name : algorithm).toUpperCase();
      const hash = DIGESTS[name];
      if (!hash) throw new DOMException("Unrecognized algorithm name", "NotSupportedError");
      return base64ToBytes(await call("digest", { hash, data: bytesToBase64(toBytes(data, "data")) }), false).buffer;
    },
    importKey: async (format, keyData, algorithm, extractable, usages) => {
      const f = StringCtor(format);
      const data = f === "jwk" ? { $jwk: JSONstringify(keyData) } : { $bytes: bytesToBase64(toBytes(keyData, "keyData")) };
      return keyFromHost(await subtleCall("importKey", { format: f, keyData: data, algorithm: algorithmArg(algorithm, "importKey"), extractable: Boolean(extractable), usages: usagesArg(usages) }));
    },
    exportKey: async (format, key) => {
      const out = await subtleCall("exportKey", { format: StringCtor(format), key: handleOf(key, "exportKey") });
      return out.$jwk !== undefined ? JSONparse(out.$jwk) : bufferOf(out.$bytes);
    },
    generateKey: async (algorithm, extractable, usages) =>
      keyFromHost(await subtleCall("generateKey", { algorithm: algorithmArg(algorithm, "generateKey"), extractable: Boolean(extractable), usages: usagesArg(usages) })),
    sign: async (algorithm, key, data) =>
      bufferOf(await subtleCall("sign", { algorithm: algorithmArg(algorithm, "sign"), key: handleOf(key, "sign"), data: bytesToBase64(toBytes(data, "data")) })),
    verify: async (algorithm, key, signature, data) =>
      Boolean(await subtleCall("verify", { algorithm: algorithmArg(algorithm, "verify"), key: handleOf(key, "verify"), signature: bytesToBase64(toBytes(signature, "signature")), data: bytesToBase64(toBytes(data, "data")) })),
    encrypt: async (algorithm, key, data) =>
      bufferOf(await subtleCall("encrypt", { algorithm: algorithmArg(algorithm, "encrypt"), key: handleOf(key, "encrypt"), data: bytesToBase64(toBytes(data, "data")) })),
    decrypt: async (algorithm, key, data) =>
      bufferOf(await subtleCall("decrypt", { algorithm: algorithmArg(algorithm, "decrypt"), key: handleOf(key, "decrypt"), data: bytesToBase64(toBytes(data, "data")) })),
    deriveBits: async (algorithm, baseKey, length) =>
      bufferOf(await subtleCall("deriveBits", { algorithm: algorithmArg(algorithm, "deriveBits"), key: handleOf(baseKey, "deriveBits"), length: length === null || length === undefined ? null : Number(length) })),
    deriveKey: async (algorithm, baseKey, derivedKeyType, extractable, usages) =>
      keyFromHost(await subtleCall("deriveKey", { algorithm: algorithmArg(algorithm, "deriveKey"), key: handleOf(baseKey, "deriveKey"), derived: algorithmArg(derivedKeyType, "deriveKey"), extractable: Boolean(extractable), usages: usagesArg(usages) })),
    wrapKey: async (format, key, wrappingKey, wrapAlgorithm) =>
      bufferOf(await subtleCall("wrapKey", { format: StringCtor(format), key: handleOf(key, "wrapKey"), wrappingKey: handleOf(wrappingKey, "wrapKey"), algorithm: algorithmArg(wrapAlgorithm, "wrapKey") })),
    unwrapKey: async (format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) =>
      keyFromHost(await subtleCall("unwrapKey", {
        format: StringCtor(format), wrapped: bytesToBase64(toBytes(wrappedKey, "wrappedKey")), key: handleOf(unwrappingKey, "unwrapKey"),
        algorithm: algorithmArg(unwrapAlgorithm, "unwrapKey"), unwrappedAlgorithm: algorithmArg(unwrappedKeyAlgorithm, "unwrapKey"), extractable: Boolean(extractable), usages: usagesArg(usages),
      })),
  });
  const crypto = freeze({ getRandomValues, randomUUID, subtle });

  const structuredClone = (value) => {
    const seen = new Map();
    const clone = (v) => {
      if (v === null || (typeof v !== "object" && typeof v !== "function")) {
        if (typeof v === "symbol") throw new DOMException(StringCtor(v.description) + " could not be cloned.", "DataCloneError");
        return v;
      }
      if (typeof v === "function") throw new DOMException((v.name || "function") + " could not be cloned.", "DataCloneError");
      if (seen.has(v)) return seen.get(v);
      let out;
      if (Array.isArray(v)) { out = []; seen.set(v, out); for (let i = 0; i < v.length; i++) out[i] = clone(v[i]); return out; }
      if (v instanceof Date) out = new Date(v.getTime());
      else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
      else if (v instanceof ArrayBuffer) out = v.slice(0);
      else if (ArrayBuffer.isView(v)) { const C = v.constructor; out = v instanceof DataView ? new DataView(v.buffer.slice(0), v.byteOffset, v.byteLength) : new C(v); }
      else if (v instanceof Map) { out = new Map(); seen.set(v, out); for (const [k, x] of v) out.set(clone(k), clone(x)); return out; }
      else if (v instanceof Set) { out = new Set(); seen.set(v, out); for (const x of v) out.add(clone(x)); return out; }
      else if (v instanceof ErrorCtor) { out = new ErrorCtor(v.message); out.name = v.name; if (v.stack) out.stack = v.stack; }
      else if (v instanceof Boolean || v instanceof Number || v instanceof String) out = new (v.constructor)(v.valueOf());
      else {
        out = {};
        seen.set(v, out);
        for (const key of objectKeys(v)) out[key] = clone(v[key]);
        return out;
      }
      seen.set(v, out);
      return out;
    };
    return clone(value);
  };

  // --- console, formatted as Deno's ---------------------------------------------------------------
  const LINE_WIDTH = 80;
  const quote = (s) => JSONstringify(s);
  const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  const inspect = (value, depth = 4) => {
    const seen = [];
    const fmt = (v, level, nested) => {
      if (v === null) return "null";
      switch (typeof v) {
        case "undefined": return "undefined";
        case "string": return nested ? quote(v) : v;
        case "number": return Object.is(v, -0) ? "-0" : StringCtor(v);
        case "bigint": return StringCtor(v) + "n";
        case "boolean": return StringCtor(v);
        case "symbol": return v.toString();
        case "function": {
          const className = /^class\b/.test(Function.prototype.toString.call(v));
          return "[" + (className ? "class " : "Function") + (v.name ? (className ? v.name : ": " + v.name) : className ? "(anonymous)" : " (anonymous)") + "]";
        }
      }
      if (seen.includes(v)) return "[Circular *1]";
      if (v instanceof ErrorCtor) return v.stack ? StringCtor(v.stack) : v.name + ": " + v.message;
      if (v instanceof Date) return isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
      if (v instanceof RegExp) return StringCtor(v);
      if (v instanceof URL) return "URL " + block(URL_FIELDS.map((f) => f + ": " + quote(v[f])), level, "{", "}");
      if (level > depth) return Array.isArray(v) ? "[Array]" : "[Object]";
      seen.push(v);
      try {
        if (Array.isArray(v)) {
          const items = [];
          let holes = 0;
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) { holes++; continue; }
            if (holes) { items.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); holes = 0; }
            items.push(fmt(v[i], level + 1, true));
          }
          if (holes) items.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
          return items.length ? block(items, level, "[", "]") : "[]";
        }
        if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
          const items = Array.from(v, (x) => fmt(x, level + 1, true));
          return v.constructor.name + "(" + v.length + ") " + (items.length ? block(items, level, "[", "]") : "[]");
        }
        if (v instanceof ArrayBuffer) return "ArrayBuffer { byteLength: " + v.byteLength + " }";
        if (v instanceof Map) {
          const items = [...v].map(([k, x]) => fmt(k, level + 1, true) + " => " + fmt(x, level + 1, true));
          return "Map(" + v.size + ") " + (items.length ? block(items, level, "{", "}") : "{}");
        }
        if (v instanceof Set) {
          const items = [...v].map((x) => fmt(x, level + 1, true));
          return "Set(" + v.size + ") " + (items.length ? block(items, level, "{", "}") : "{}");
        }
        if (v instanceof PromiseCtor) return "Promise { <unknown> }";
        const proto = getPrototypeOf(v);
        const ctor = proto && proto.constructor && proto.constructor.name;
        const prefix = proto === null ? "[Object: null prototype] " : ctor && ctor !== "Object" ? ctor + " " : "";
        const items = objectKeys(v).map((key) => (identifier.test(key) ? key : quote(key)) + ": " + fmt(v[key], level + 1, true));
        return prefix + (items.length ? block(items, level, "{", "}") : "{}");
      } finally {
        seen.pop();
      }
    };
    const block = (items, level, open, close) => {
      const oneLine = open + " " + items.join(", ") + " " + close;
      if (oneLine.length + level * 2 <= LINE_WIDTH - 8 && !oneLine.includes("\n")) return oneLine;
      const pad = "  ".repeat(level + 1);
      return open + "\n" + items.map((item) => pad + item).join(",\n") + ",\n" + "  ".repeat(level) + close;
    };
    return fmt(value, 0, false);
  };
  const format = (args) => {
    if (args.length === 0) return "";
    const out = [];
    let rest = args;
    if (typeof args[0] === "string" && args.length > 1 && /%[sdifoOjc%]/.test(args[0])) {
      let index = 1;
      const text = args[0].replace(/%([sdifoOjc%])/g, (match, spec) => {
        if (spec === "%") return "%";
        if (index >= args.length) return match;
        const arg = args[index++];
        switch (spec) {
          case "s": return typeof arg === "string" ? arg : inspect(arg);
          case "d": case "i": return typeof arg === "object" ? "NaN" : StringCtor(spec === "i" ? Math.trunc(Number(arg)) : Number(arg));
          case "f": return StringCtor(Number(arg));
          case "c": return "";
          default: return inspect(arg);
        }
      });
      out.push(text);
      rest = args.slice(index);
    } else {
      out.push(inspect(args[0]));
      rest = args.slice(1);
    }
    for (const arg of rest) out.push(inspect(arg));
    return out.join(" ");
  };
  const logLine = (...args) => { callSync("log", { line: format(args) }); };
  const counts = new Map();
  const timersByLabel = new Map();
  let group = "";
  const indented = (...args) => logLine(group + format(args).split("\n").join("\n" + group));
  const console = freeze({
    log: indented, info: indented, warn: indented, error: indented, debug: indented, trace: indented,
    dir: (v) => indented(v), table: (v) => indented(v),
    assert: (condition, ...args) => { if (!condition) indented("Assertion failed" + (args.length ? ": " + format(args) : "")); },
    count: (label = "default") => { const n = (counts.get(label) ?? 0) + 1; counts.set(label, n); indented(label + ": " + n); },
    countReset: (label = "default") => counts.delete(label),
    time: (label = "default") => timersByLabel.set(label, callSync("now", {})),
    timeEnd: (label = "default") => { const t = timersByLabel.get(label); timersByLabel.delete(label); if (t !== undefined) indented(label + ": " + Math.round(callSync("now", {}) - t) + "ms"); },
    timeLog: (label = "default", ...args) => { const t = timersByLabel.get(label); if (t !== undefined) indented(label + ": " + Math.round(callSync("now", {}) - t) + "ms", ...args); },
    group: (...args) => { if (args.length) indented(...args); group += "    "; },
    groupEnd: () => { group = group.slice(4); },
  });

  const globals = {
    TextEncoder, TextDecoder, atob, btoa, DOMException, Event, EventTarget, AbortController, AbortSignal,
    URL, URLSearchParams, Headers, Request, Response, ReadableStream, fetch, setTimeout, setInterval,
    clearTimeout, clearInterval: clearTimeout, queueMicrotask, performance, crypto, CryptoKey, structuredClone, console,
  };
  for (const name of objectKeys(globals)) define(name, globals[name]);
  void getOwnPropertyNames;
  return { call, callSync, toBytes, utf8Encode, utf8Decode, bytesToBase64, base64ToBytes, inspect, format, errorFrom };
})`;
