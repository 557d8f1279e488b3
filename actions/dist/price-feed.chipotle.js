"use strict";
var __litOraclePriceFeed = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __esm = (fn, res) => function __init() {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  };
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // node_modules/abitype/dist/esm/version.js
  var version2;
  var init_version = __esm({
    "node_modules/abitype/dist/esm/version.js"() {
      version2 = "1.2.3";
    }
  });

  // node_modules/abitype/dist/esm/errors.js
  var BaseError;
  var init_errors = __esm({
    "node_modules/abitype/dist/esm/errors.js"() {
      init_version();
      BaseError = class _BaseError extends Error {
        constructor(shortMessage, args = {}) {
          const details = args.cause instanceof _BaseError ? args.cause.details : args.cause?.message ? args.cause.message : args.details;
          const docsPath2 = args.cause instanceof _BaseError ? args.cause.docsPath || args.docsPath : args.docsPath;
          const message = [
            shortMessage || "An error occurred.",
            "",
            ...args.metaMessages ? [...args.metaMessages, ""] : [],
            ...docsPath2 ? [`Docs: https://abitype.dev${docsPath2}`] : [],
            ...details ? [`Details: ${details}`] : [],
            `Version: abitype@${version2}`
          ].join("\n");
          super(message);
          Object.defineProperty(this, "details", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "docsPath", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "metaMessages", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "shortMessage", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "AbiTypeError"
          });
          if (args.cause)
            this.cause = args.cause;
          this.details = details;
          this.docsPath = docsPath2;
          this.metaMessages = args.metaMessages;
          this.shortMessage = shortMessage;
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/regex.js
  function execTyped(regex, string3) {
    const match = regex.exec(string3);
    return match?.groups;
  }
  var bytesRegex, integerRegex, isTupleRegex;
  var init_regex = __esm({
    "node_modules/abitype/dist/esm/regex.js"() {
      bytesRegex = /^bytes([1-9]|1[0-9]|2[0-9]|3[0-2])?$/;
      integerRegex = /^u?int(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?$/;
      isTupleRegex = /^\(.+?\).*?$/;
    }
  });

  // node_modules/abitype/dist/esm/human-readable/formatAbiParameter.js
  function formatAbiParameter(abiParameter) {
    let type = abiParameter.type;
    if (tupleRegex.test(abiParameter.type) && "components" in abiParameter) {
      type = "(";
      const length = abiParameter.components.length;
      for (let i = 0; i < length; i++) {
        const component = abiParameter.components[i];
        type += formatAbiParameter(component);
        if (i < length - 1)
          type += ", ";
      }
      const result = execTyped(tupleRegex, abiParameter.type);
      type += `)${result?.array || ""}`;
      return formatAbiParameter({
        ...abiParameter,
        type
      });
    }
    if ("indexed" in abiParameter && abiParameter.indexed)
      type = `${type} indexed`;
    if (abiParameter.name)
      return `${type} ${abiParameter.name}`;
    return type;
  }
  var tupleRegex;
  var init_formatAbiParameter = __esm({
    "node_modules/abitype/dist/esm/human-readable/formatAbiParameter.js"() {
      init_regex();
      tupleRegex = /^tuple(?<array>(\[(\d*)\])*)$/;
    }
  });

  // node_modules/abitype/dist/esm/human-readable/formatAbiParameters.js
  function formatAbiParameters(abiParameters) {
    let params = "";
    const length = abiParameters.length;
    for (let i = 0; i < length; i++) {
      const abiParameter = abiParameters[i];
      params += formatAbiParameter(abiParameter);
      if (i !== length - 1)
        params += ", ";
    }
    return params;
  }
  var init_formatAbiParameters = __esm({
    "node_modules/abitype/dist/esm/human-readable/formatAbiParameters.js"() {
      init_formatAbiParameter();
    }
  });

  // node_modules/abitype/dist/esm/human-readable/formatAbiItem.js
  function formatAbiItem(abiItem) {
    if (abiItem.type === "function")
      return `function ${abiItem.name}(${formatAbiParameters(abiItem.inputs)})${abiItem.stateMutability && abiItem.stateMutability !== "nonpayable" ? ` ${abiItem.stateMutability}` : ""}${abiItem.outputs?.length ? ` returns (${formatAbiParameters(abiItem.outputs)})` : ""}`;
    if (abiItem.type === "event")
      return `event ${abiItem.name}(${formatAbiParameters(abiItem.inputs)})`;
    if (abiItem.type === "error")
      return `error ${abiItem.name}(${formatAbiParameters(abiItem.inputs)})`;
    if (abiItem.type === "constructor")
      return `constructor(${formatAbiParameters(abiItem.inputs)})${abiItem.stateMutability === "payable" ? " payable" : ""}`;
    if (abiItem.type === "fallback")
      return `fallback() external${abiItem.stateMutability === "payable" ? " payable" : ""}`;
    return "receive() external payable";
  }
  var init_formatAbiItem = __esm({
    "node_modules/abitype/dist/esm/human-readable/formatAbiItem.js"() {
      init_formatAbiParameters();
    }
  });

  // node_modules/abitype/dist/esm/human-readable/runtime/signatures.js
  function isErrorSignature(signature) {
    return errorSignatureRegex.test(signature);
  }
  function execErrorSignature(signature) {
    return execTyped(errorSignatureRegex, signature);
  }
  function isEventSignature(signature) {
    return eventSignatureRegex.test(signature);
  }
  function execEventSignature(signature) {
    return execTyped(eventSignatureRegex, signature);
  }
  function isFunctionSignature(signature) {
    return functionSignatureRegex.test(signature);
  }
  function execFunctionSignature(signature) {
    return execTyped(functionSignatureRegex, signature);
  }
  function isStructSignature(signature) {
    return structSignatureRegex.test(signature);
  }
  function execStructSignature(signature) {
    return execTyped(structSignatureRegex, signature);
  }
  function isConstructorSignature(signature) {
    return constructorSignatureRegex.test(signature);
  }
  function execConstructorSignature(signature) {
    return execTyped(constructorSignatureRegex, signature);
  }
  function isFallbackSignature(signature) {
    return fallbackSignatureRegex.test(signature);
  }
  function execFallbackSignature(signature) {
    return execTyped(fallbackSignatureRegex, signature);
  }
  function isReceiveSignature(signature) {
    return receiveSignatureRegex.test(signature);
  }
  var errorSignatureRegex, eventSignatureRegex, functionSignatureRegex, structSignatureRegex, constructorSignatureRegex, fallbackSignatureRegex, receiveSignatureRegex, eventModifiers, functionModifiers;
  var init_signatures = __esm({
    "node_modules/abitype/dist/esm/human-readable/runtime/signatures.js"() {
      init_regex();
      errorSignatureRegex = /^error (?<name>[a-zA-Z$_][a-zA-Z0-9$_]*)\((?<parameters>.*?)\)$/;
      eventSignatureRegex = /^event (?<name>[a-zA-Z$_][a-zA-Z0-9$_]*)\((?<parameters>.*?)\)$/;
      functionSignatureRegex = /^function (?<name>[a-zA-Z$_][a-zA-Z0-9$_]*)\((?<parameters>.*?)\)(?: (?<scope>external|public{1}))?(?: (?<stateMutability>pure|view|nonpayable|payable{1}))?(?: returns\s?\((?<returns>.*?)\))?$/;
      structSignatureRegex = /^struct (?<name>[a-zA-Z$_][a-zA-Z0-9$_]*) \{(?<properties>.*?)\}$/;
      constructorSignatureRegex = /^constructor\((?<parameters>.*?)\)(?:\s(?<stateMutability>payable{1}))?$/;
      fallbackSignatureRegex = /^fallback\(\) external(?:\s(?<stateMutability>payable{1}))?$/;
      receiveSignatureRegex = /^receive\(\) external payable$/;
      eventModifiers = /* @__PURE__ */ new Set(["indexed"]);
      functionModifiers = /* @__PURE__ */ new Set([
        "calldata",
        "memory",
        "storage"
      ]);
    }
  });

  // node_modules/abitype/dist/esm/human-readable/errors/abiItem.js
  var UnknownTypeError, UnknownSolidityTypeError;
  var init_abiItem = __esm({
    "node_modules/abitype/dist/esm/human-readable/errors/abiItem.js"() {
      init_errors();
      UnknownTypeError = class extends BaseError {
        constructor({ type }) {
          super("Unknown type.", {
            metaMessages: [
              `Type "${type}" is not a valid ABI type. Perhaps you forgot to include a struct signature?`
            ]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "UnknownTypeError"
          });
        }
      };
      UnknownSolidityTypeError = class extends BaseError {
        constructor({ type }) {
          super("Unknown type.", {
            metaMessages: [`Type "${type}" is not a valid ABI type.`]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "UnknownSolidityTypeError"
          });
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/human-readable/errors/abiParameter.js
  var InvalidParameterError, SolidityProtectedKeywordError, InvalidModifierError, InvalidFunctionModifierError, InvalidAbiTypeParameterError;
  var init_abiParameter = __esm({
    "node_modules/abitype/dist/esm/human-readable/errors/abiParameter.js"() {
      init_errors();
      InvalidParameterError = class extends BaseError {
        constructor({ param }) {
          super("Invalid ABI parameter.", {
            details: param
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidParameterError"
          });
        }
      };
      SolidityProtectedKeywordError = class extends BaseError {
        constructor({ param, name }) {
          super("Invalid ABI parameter.", {
            details: param,
            metaMessages: [
              `"${name}" is a protected Solidity keyword. More info: https://docs.soliditylang.org/en/latest/cheatsheet.html`
            ]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "SolidityProtectedKeywordError"
          });
        }
      };
      InvalidModifierError = class extends BaseError {
        constructor({ param, type, modifier }) {
          super("Invalid ABI parameter.", {
            details: param,
            metaMessages: [
              `Modifier "${modifier}" not allowed${type ? ` in "${type}" type` : ""}.`
            ]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidModifierError"
          });
        }
      };
      InvalidFunctionModifierError = class extends BaseError {
        constructor({ param, type, modifier }) {
          super("Invalid ABI parameter.", {
            details: param,
            metaMessages: [
              `Modifier "${modifier}" not allowed${type ? ` in "${type}" type` : ""}.`,
              `Data location can only be specified for array, struct, or mapping types, but "${modifier}" was given.`
            ]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidFunctionModifierError"
          });
        }
      };
      InvalidAbiTypeParameterError = class extends BaseError {
        constructor({ abiParameter }) {
          super("Invalid ABI parameter.", {
            details: JSON.stringify(abiParameter, null, 2),
            metaMessages: ["ABI parameter type is invalid."]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidAbiTypeParameterError"
          });
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/human-readable/errors/signature.js
  var InvalidSignatureError, UnknownSignatureError, InvalidStructSignatureError;
  var init_signature = __esm({
    "node_modules/abitype/dist/esm/human-readable/errors/signature.js"() {
      init_errors();
      InvalidSignatureError = class extends BaseError {
        constructor({ signature, type }) {
          super(`Invalid ${type} signature.`, {
            details: signature
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidSignatureError"
          });
        }
      };
      UnknownSignatureError = class extends BaseError {
        constructor({ signature }) {
          super("Unknown signature.", {
            details: signature
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "UnknownSignatureError"
          });
        }
      };
      InvalidStructSignatureError = class extends BaseError {
        constructor({ signature }) {
          super("Invalid struct signature.", {
            details: signature,
            metaMessages: ["No properties exist."]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidStructSignatureError"
          });
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/human-readable/errors/struct.js
  var CircularReferenceError;
  var init_struct = __esm({
    "node_modules/abitype/dist/esm/human-readable/errors/struct.js"() {
      init_errors();
      CircularReferenceError = class extends BaseError {
        constructor({ type }) {
          super("Circular reference detected.", {
            metaMessages: [`Struct "${type}" is a circular reference.`]
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "CircularReferenceError"
          });
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/human-readable/errors/splitParameters.js
  var InvalidParenthesisError;
  var init_splitParameters = __esm({
    "node_modules/abitype/dist/esm/human-readable/errors/splitParameters.js"() {
      init_errors();
      InvalidParenthesisError = class extends BaseError {
        constructor({ current, depth }) {
          super("Unbalanced parentheses.", {
            metaMessages: [
              `"${current.trim()}" has too many ${depth > 0 ? "opening" : "closing"} parentheses.`
            ],
            details: `Depth "${depth}"`
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "InvalidParenthesisError"
          });
        }
      };
    }
  });

  // node_modules/abitype/dist/esm/human-readable/runtime/cache.js
  function getParameterCacheKey(param, type, structs) {
    let structKey = "";
    if (structs)
      for (const struct of Object.entries(structs)) {
        if (!struct)
          continue;
        let propertyKey = "";
        for (const property of struct[1]) {
          propertyKey += `[${property.type}${property.name ? `:${property.name}` : ""}]`;
        }
        structKey += `(${struct[0]}{${propertyKey}})`;
      }
    if (type)
      return `${type}:${param}${structKey}`;
    return `${param}${structKey}`;
  }
  var parameterCache;
  var init_cache = __esm({
    "node_modules/abitype/dist/esm/human-readable/runtime/cache.js"() {
      parameterCache = /* @__PURE__ */ new Map([
        // Unnamed
        ["address", { type: "address" }],
        ["bool", { type: "bool" }],
        ["bytes", { type: "bytes" }],
        ["bytes32", { type: "bytes32" }],
        ["int", { type: "int256" }],
        ["int256", { type: "int256" }],
        ["string", { type: "string" }],
        ["uint", { type: "uint256" }],
        ["uint8", { type: "uint8" }],
        ["uint16", { type: "uint16" }],
        ["uint24", { type: "uint24" }],
        ["uint32", { type: "uint32" }],
        ["uint64", { type: "uint64" }],
        ["uint96", { type: "uint96" }],
        ["uint112", { type: "uint112" }],
        ["uint160", { type: "uint160" }],
        ["uint192", { type: "uint192" }],
        ["uint256", { type: "uint256" }],
        // Named
        ["address owner", { type: "address", name: "owner" }],
        ["address to", { type: "address", name: "to" }],
        ["bool approved", { type: "bool", name: "approved" }],
        ["bytes _data", { type: "bytes", name: "_data" }],
        ["bytes data", { type: "bytes", name: "data" }],
        ["bytes signature", { type: "bytes", name: "signature" }],
        ["bytes32 hash", { type: "bytes32", name: "hash" }],
        ["bytes32 r", { type: "bytes32", name: "r" }],
        ["bytes32 root", { type: "bytes32", name: "root" }],
        ["bytes32 s", { type: "bytes32", name: "s" }],
        ["string name", { type: "string", name: "name" }],
        ["string symbol", { type: "string", name: "symbol" }],
        ["string tokenURI", { type: "string", name: "tokenURI" }],
        ["uint tokenId", { type: "uint256", name: "tokenId" }],
        ["uint8 v", { type: "uint8", name: "v" }],
        ["uint256 balance", { type: "uint256", name: "balance" }],
        ["uint256 tokenId", { type: "uint256", name: "tokenId" }],
        ["uint256 value", { type: "uint256", name: "value" }],
        // Indexed
        [
          "event:address indexed from",
          { type: "address", name: "from", indexed: true }
        ],
        ["event:address indexed to", { type: "address", name: "to", indexed: true }],
        [
          "event:uint indexed tokenId",
          { type: "uint256", name: "tokenId", indexed: true }
        ],
        [
          "event:uint256 indexed tokenId",
          { type: "uint256", name: "tokenId", indexed: true }
        ]
      ]);
    }
  });

  // node_modules/abitype/dist/esm/human-readable/runtime/utils.js
  function parseSignature(signature, structs = {}) {
    if (isFunctionSignature(signature))
      return parseFunctionSignature(signature, structs);
    if (isEventSignature(signature))
      return parseEventSignature(signature, structs);
    if (isErrorSignature(signature))
      return parseErrorSignature(signature, structs);
    if (isConstructorSignature(signature))
      return parseConstructorSignature(signature, structs);
    if (isFallbackSignature(signature))
      return parseFallbackSignature(signature);
    if (isReceiveSignature(signature))
      return {
        type: "receive",
        stateMutability: "payable"
      };
    throw new UnknownSignatureError({ signature });
  }
  function parseFunctionSignature(signature, structs = {}) {
    const match = execFunctionSignature(signature);
    if (!match)
      throw new InvalidSignatureError({ signature, type: "function" });
    const inputParams = splitParameters(match.parameters);
    const inputs = [];
    const inputLength = inputParams.length;
    for (let i = 0; i < inputLength; i++) {
      inputs.push(parseAbiParameter(inputParams[i], {
        modifiers: functionModifiers,
        structs,
        type: "function"
      }));
    }
    const outputs = [];
    if (match.returns) {
      const outputParams = splitParameters(match.returns);
      const outputLength = outputParams.length;
      for (let i = 0; i < outputLength; i++) {
        outputs.push(parseAbiParameter(outputParams[i], {
          modifiers: functionModifiers,
          structs,
          type: "function"
        }));
      }
    }
    return {
      name: match.name,
      type: "function",
      stateMutability: match.stateMutability ?? "nonpayable",
      inputs,
      outputs
    };
  }
  function parseEventSignature(signature, structs = {}) {
    const match = execEventSignature(signature);
    if (!match)
      throw new InvalidSignatureError({ signature, type: "event" });
    const params = splitParameters(match.parameters);
    const abiParameters = [];
    const length = params.length;
    for (let i = 0; i < length; i++)
      abiParameters.push(parseAbiParameter(params[i], {
        modifiers: eventModifiers,
        structs,
        type: "event"
      }));
    return { name: match.name, type: "event", inputs: abiParameters };
  }
  function parseErrorSignature(signature, structs = {}) {
    const match = execErrorSignature(signature);
    if (!match)
      throw new InvalidSignatureError({ signature, type: "error" });
    const params = splitParameters(match.parameters);
    const abiParameters = [];
    const length = params.length;
    for (let i = 0; i < length; i++)
      abiParameters.push(parseAbiParameter(params[i], { structs, type: "error" }));
    return { name: match.name, type: "error", inputs: abiParameters };
  }
  function parseConstructorSignature(signature, structs = {}) {
    const match = execConstructorSignature(signature);
    if (!match)
      throw new InvalidSignatureError({ signature, type: "constructor" });
    const params = splitParameters(match.parameters);
    const abiParameters = [];
    const length = params.length;
    for (let i = 0; i < length; i++)
      abiParameters.push(parseAbiParameter(params[i], { structs, type: "constructor" }));
    return {
      type: "constructor",
      stateMutability: match.stateMutability ?? "nonpayable",
      inputs: abiParameters
    };
  }
  function parseFallbackSignature(signature) {
    const match = execFallbackSignature(signature);
    if (!match)
      throw new InvalidSignatureError({ signature, type: "fallback" });
    return {
      type: "fallback",
      stateMutability: match.stateMutability ?? "nonpayable"
    };
  }
  function parseAbiParameter(param, options) {
    const parameterCacheKey = getParameterCacheKey(param, options?.type, options?.structs);
    if (parameterCache.has(parameterCacheKey))
      return parameterCache.get(parameterCacheKey);
    const isTuple = isTupleRegex.test(param);
    const match = execTyped(isTuple ? abiParameterWithTupleRegex : abiParameterWithoutTupleRegex, param);
    if (!match)
      throw new InvalidParameterError({ param });
    if (match.name && isSolidityKeyword(match.name))
      throw new SolidityProtectedKeywordError({ param, name: match.name });
    const name = match.name ? { name: match.name } : {};
    const indexed = match.modifier === "indexed" ? { indexed: true } : {};
    const structs = options?.structs ?? {};
    let type;
    let components = {};
    if (isTuple) {
      type = "tuple";
      const params = splitParameters(match.type);
      const components_ = [];
      const length = params.length;
      for (let i = 0; i < length; i++) {
        components_.push(parseAbiParameter(params[i], { structs }));
      }
      components = { components: components_ };
    } else if (match.type in structs) {
      type = "tuple";
      components = { components: structs[match.type] };
    } else if (dynamicIntegerRegex.test(match.type)) {
      type = `${match.type}256`;
    } else if (match.type === "address payable") {
      type = "address";
    } else {
      type = match.type;
      if (!(options?.type === "struct") && !isSolidityType(type))
        throw new UnknownSolidityTypeError({ type });
    }
    if (match.modifier) {
      if (!options?.modifiers?.has?.(match.modifier))
        throw new InvalidModifierError({
          param,
          type: options?.type,
          modifier: match.modifier
        });
      if (functionModifiers.has(match.modifier) && !isValidDataLocation(type, !!match.array))
        throw new InvalidFunctionModifierError({
          param,
          type: options?.type,
          modifier: match.modifier
        });
    }
    const abiParameter = {
      type: `${type}${match.array ?? ""}`,
      ...name,
      ...indexed,
      ...components
    };
    parameterCache.set(parameterCacheKey, abiParameter);
    return abiParameter;
  }
  function splitParameters(params, result = [], current = "", depth = 0) {
    const length = params.trim().length;
    for (let i = 0; i < length; i++) {
      const char = params[i];
      const tail = params.slice(i + 1);
      switch (char) {
        case ",":
          return depth === 0 ? splitParameters(tail, [...result, current.trim()]) : splitParameters(tail, result, `${current}${char}`, depth);
        case "(":
          return splitParameters(tail, result, `${current}${char}`, depth + 1);
        case ")":
          return splitParameters(tail, result, `${current}${char}`, depth - 1);
        default:
          return splitParameters(tail, result, `${current}${char}`, depth);
      }
    }
    if (current === "")
      return result;
    if (depth !== 0)
      throw new InvalidParenthesisError({ current, depth });
    result.push(current.trim());
    return result;
  }
  function isSolidityType(type) {
    return type === "address" || type === "bool" || type === "function" || type === "string" || bytesRegex.test(type) || integerRegex.test(type);
  }
  function isSolidityKeyword(name) {
    return name === "address" || name === "bool" || name === "function" || name === "string" || name === "tuple" || bytesRegex.test(name) || integerRegex.test(name) || protectedKeywordsRegex.test(name);
  }
  function isValidDataLocation(type, isArray) {
    return isArray || type === "bytes" || type === "string" || type === "tuple";
  }
  var abiParameterWithoutTupleRegex, abiParameterWithTupleRegex, dynamicIntegerRegex, protectedKeywordsRegex;
  var init_utils = __esm({
    "node_modules/abitype/dist/esm/human-readable/runtime/utils.js"() {
      init_regex();
      init_abiItem();
      init_abiParameter();
      init_signature();
      init_splitParameters();
      init_cache();
      init_signatures();
      abiParameterWithoutTupleRegex = /^(?<type>[a-zA-Z$_][a-zA-Z0-9$_]*(?:\spayable)?)(?<array>(?:\[\d*?\])+?)?(?:\s(?<modifier>calldata|indexed|memory|storage{1}))?(?:\s(?<name>[a-zA-Z$_][a-zA-Z0-9$_]*))?$/;
      abiParameterWithTupleRegex = /^\((?<type>.+?)\)(?<array>(?:\[\d*?\])+?)?(?:\s(?<modifier>calldata|indexed|memory|storage{1}))?(?:\s(?<name>[a-zA-Z$_][a-zA-Z0-9$_]*))?$/;
      dynamicIntegerRegex = /^u?int$/;
      protectedKeywordsRegex = /^(?:after|alias|anonymous|apply|auto|byte|calldata|case|catch|constant|copyof|default|defined|error|event|external|false|final|function|immutable|implements|in|indexed|inline|internal|let|mapping|match|memory|mutable|null|of|override|partial|private|promise|public|pure|reference|relocatable|return|returns|sizeof|static|storage|struct|super|supports|switch|this|true|try|typedef|typeof|var|view|virtual)$/;
    }
  });

  // node_modules/abitype/dist/esm/human-readable/runtime/structs.js
  function parseStructs(signatures) {
    const shallowStructs = {};
    const signaturesLength = signatures.length;
    for (let i = 0; i < signaturesLength; i++) {
      const signature = signatures[i];
      if (!isStructSignature(signature))
        continue;
      const match = execStructSignature(signature);
      if (!match)
        throw new InvalidSignatureError({ signature, type: "struct" });
      const properties = match.properties.split(";");
      const components = [];
      const propertiesLength = properties.length;
      for (let k = 0; k < propertiesLength; k++) {
        const property = properties[k];
        const trimmed = property.trim();
        if (!trimmed)
          continue;
        const abiParameter = parseAbiParameter(trimmed, {
          type: "struct"
        });
        components.push(abiParameter);
      }
      if (!components.length)
        throw new InvalidStructSignatureError({ signature });
      shallowStructs[match.name] = components;
    }
    const resolvedStructs = {};
    const entries = Object.entries(shallowStructs);
    const entriesLength = entries.length;
    for (let i = 0; i < entriesLength; i++) {
      const [name, parameters] = entries[i];
      resolvedStructs[name] = resolveStructs(parameters, shallowStructs);
    }
    return resolvedStructs;
  }
  function resolveStructs(abiParameters = [], structs = {}, ancestors = /* @__PURE__ */ new Set()) {
    const components = [];
    const length = abiParameters.length;
    for (let i = 0; i < length; i++) {
      const abiParameter = abiParameters[i];
      const isTuple = isTupleRegex.test(abiParameter.type);
      if (isTuple)
        components.push(abiParameter);
      else {
        const match = execTyped(typeWithoutTupleRegex, abiParameter.type);
        if (!match?.type)
          throw new InvalidAbiTypeParameterError({ abiParameter });
        const { array: array2, type } = match;
        if (type in structs) {
          if (ancestors.has(type))
            throw new CircularReferenceError({ type });
          components.push({
            ...abiParameter,
            type: `tuple${array2 ?? ""}`,
            components: resolveStructs(structs[type], structs, /* @__PURE__ */ new Set([...ancestors, type]))
          });
        } else {
          if (isSolidityType(type))
            components.push(abiParameter);
          else
            throw new UnknownTypeError({ type });
        }
      }
    }
    return components;
  }
  var typeWithoutTupleRegex;
  var init_structs = __esm({
    "node_modules/abitype/dist/esm/human-readable/runtime/structs.js"() {
      init_regex();
      init_abiItem();
      init_abiParameter();
      init_signature();
      init_struct();
      init_signatures();
      init_utils();
      typeWithoutTupleRegex = /^(?<type>[a-zA-Z$_][a-zA-Z0-9$_]*)(?<array>(?:\[\d*?\])+?)?$/;
    }
  });

  // node_modules/abitype/dist/esm/human-readable/parseAbi.js
  function parseAbi(signatures) {
    const structs = parseStructs(signatures);
    const abi = [];
    const length = signatures.length;
    for (let i = 0; i < length; i++) {
      const signature = signatures[i];
      if (isStructSignature(signature))
        continue;
      abi.push(parseSignature(signature, structs));
    }
    return abi;
  }
  var init_parseAbi = __esm({
    "node_modules/abitype/dist/esm/human-readable/parseAbi.js"() {
      init_signatures();
      init_structs();
      init_utils();
    }
  });

  // node_modules/abitype/dist/esm/exports/index.js
  var init_exports = __esm({
    "node_modules/abitype/dist/esm/exports/index.js"() {
      init_formatAbiItem();
      init_parseAbi();
    }
  });

  // node_modules/viem/_esm/utils/abi/formatAbiItem.js
  function formatAbiItem2(abiItem, { includeName = false } = {}) {
    if (abiItem.type !== "function" && abiItem.type !== "event" && abiItem.type !== "error")
      throw new InvalidDefinitionTypeError(abiItem.type);
    return `${abiItem.name}(${formatAbiParams(abiItem.inputs, { includeName })})`;
  }
  function formatAbiParams(params, { includeName = false } = {}) {
    if (!params)
      return "";
    return params.map((param) => formatAbiParam(param, { includeName })).join(includeName ? ", " : ",");
  }
  function formatAbiParam(param, { includeName }) {
    if (param.type.startsWith("tuple")) {
      return `(${formatAbiParams(param.components, { includeName })})${param.type.slice("tuple".length)}`;
    }
    return param.type + (includeName && param.name ? ` ${param.name}` : "");
  }
  var init_formatAbiItem2 = __esm({
    "node_modules/viem/_esm/utils/abi/formatAbiItem.js"() {
      init_abi();
    }
  });

  // node_modules/viem/_esm/utils/data/isHex.js
  function isHex(value, { even = false, strict = true } = {}) {
    if (!value)
      return false;
    if (typeof value !== "string")
      return false;
    if (even && value.length % 2 !== 0)
      return false;
    return strict ? /^0x[0-9a-fA-F]*$/.test(value) : value.startsWith("0x");
  }
  var init_isHex = __esm({
    "node_modules/viem/_esm/utils/data/isHex.js"() {
    }
  });

  // node_modules/viem/_esm/utils/data/size.js
  function size(value) {
    if (isHex(value, { strict: false }))
      return Math.ceil((value.length - 2) / 2);
    return value.length;
  }
  var init_size = __esm({
    "node_modules/viem/_esm/utils/data/size.js"() {
      init_isHex();
    }
  });

  // node_modules/viem/_esm/errors/version.js
  var version3;
  var init_version2 = __esm({
    "node_modules/viem/_esm/errors/version.js"() {
      version3 = "2.57.20";
    }
  });

  // node_modules/viem/_esm/errors/base.js
  function walk(err, fn) {
    if (fn?.(err))
      return err;
    if (err && typeof err === "object" && "cause" in err && err.cause !== void 0)
      return walk(err.cause, fn);
    return fn ? null : err;
  }
  var errorConfig, BaseError2;
  var init_base = __esm({
    "node_modules/viem/_esm/errors/base.js"() {
      init_version2();
      errorConfig = {
        getDocsUrl: ({ docsBaseUrl, docsPath: docsPath2 = "", docsSlug }) => docsPath2 ? `${docsBaseUrl ?? "https://viem.sh"}${docsPath2}${docsSlug ? `#${docsSlug}` : ""}` : void 0,
        version: `viem@${version3}`
      };
      BaseError2 = class _BaseError extends Error {
        constructor(shortMessage, args = {}) {
          const details = (() => {
            if (args.cause instanceof _BaseError)
              return args.cause.details;
            if (args.cause?.message)
              return args.cause.message;
            return args.details;
          })();
          const docsPath2 = (() => {
            if (args.cause instanceof _BaseError)
              return args.cause.docsPath || args.docsPath;
            return args.docsPath;
          })();
          const docsUrl = errorConfig.getDocsUrl?.({ ...args, docsPath: docsPath2 });
          const message = [
            shortMessage || "An error occurred.",
            "",
            ...args.metaMessages ? [...args.metaMessages, ""] : [],
            ...docsUrl ? [`Docs: ${docsUrl}`] : [],
            ...details ? [`Details: ${details}`] : [],
            ...errorConfig.version ? [`Version: ${errorConfig.version}`] : []
          ].join("\n");
          super(message, args.cause ? { cause: args.cause } : void 0);
          Object.defineProperty(this, "details", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "docsPath", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "metaMessages", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "shortMessage", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "version", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "BaseError"
          });
          this.details = details;
          this.docsPath = docsPath2;
          this.metaMessages = args.metaMessages;
          this.name = args.name ?? this.name;
          this.shortMessage = shortMessage;
          this.version = version3;
        }
        walk(fn) {
          return walk(this, fn);
        }
      };
    }
  });

  // node_modules/viem/_esm/errors/abi.js
  var AbiEncodingArrayLengthMismatchError, AbiEncodingBytesSizeMismatchError, AbiEncodingLengthMismatchError, AbiFunctionNotFoundError, AbiItemAmbiguityError, BytesSizeMismatchError, InvalidAbiEncodingTypeError, InvalidArrayError, InvalidDefinitionTypeError;
  var init_abi = __esm({
    "node_modules/viem/_esm/errors/abi.js"() {
      init_formatAbiItem2();
      init_size();
      init_base();
      AbiEncodingArrayLengthMismatchError = class extends BaseError2 {
        constructor({ expectedLength, givenLength, type }) {
          super([
            `ABI encoding array length mismatch for type ${type}.`,
            `Expected length: ${expectedLength}`,
            `Given length: ${givenLength}`
          ].join("\n"), { name: "AbiEncodingArrayLengthMismatchError" });
        }
      };
      AbiEncodingBytesSizeMismatchError = class extends BaseError2 {
        constructor({ expectedSize, value }) {
          super(`Size of bytes "${value}" (bytes${size(value)}) does not match expected size (bytes${expectedSize}).`, { name: "AbiEncodingBytesSizeMismatchError" });
        }
      };
      AbiEncodingLengthMismatchError = class extends BaseError2 {
        constructor({ expectedLength, givenLength }) {
          super([
            "ABI encoding params/values length mismatch.",
            `Expected length (params): ${expectedLength}`,
            `Given length (values): ${givenLength}`
          ].join("\n"), { name: "AbiEncodingLengthMismatchError" });
        }
      };
      AbiFunctionNotFoundError = class extends BaseError2 {
        constructor(functionName, { docsPath: docsPath2 } = {}) {
          super([
            `Function ${functionName ? `"${functionName}" ` : ""}not found on ABI.`,
            "Make sure you are using the correct ABI and that the function exists on it."
          ].join("\n"), {
            docsPath: docsPath2,
            name: "AbiFunctionNotFoundError"
          });
        }
      };
      AbiItemAmbiguityError = class extends BaseError2 {
        constructor(x, y) {
          super("Found ambiguous types in overloaded ABI items.", {
            metaMessages: [
              `\`${x.type}\` in \`${formatAbiItem2(x.abiItem)}\`, and`,
              `\`${y.type}\` in \`${formatAbiItem2(y.abiItem)}\``,
              "",
              "These types encode differently and cannot be distinguished at runtime.",
              "Remove one of the ambiguous items in the ABI."
            ],
            name: "AbiItemAmbiguityError"
          });
        }
      };
      BytesSizeMismatchError = class extends BaseError2 {
        constructor({ expectedSize, givenSize }) {
          super(`Expected bytes${expectedSize}, got bytes${givenSize}.`, {
            name: "BytesSizeMismatchError"
          });
        }
      };
      InvalidAbiEncodingTypeError = class extends BaseError2 {
        constructor(type, { docsPath: docsPath2 }) {
          super([
            `Type "${type}" is not a valid encoding type.`,
            "Please provide a valid ABI type."
          ].join("\n"), { docsPath: docsPath2, name: "InvalidAbiEncodingType" });
        }
      };
      InvalidArrayError = class extends BaseError2 {
        constructor(value) {
          super([`Value "${value}" is not a valid array.`].join("\n"), {
            name: "InvalidArrayError"
          });
        }
      };
      InvalidDefinitionTypeError = class extends BaseError2 {
        constructor(type) {
          super([
            `"${type}" is not a valid definition type.`,
            'Valid types: "function", "event", "error"'
          ].join("\n"), { name: "InvalidDefinitionTypeError" });
        }
      };
    }
  });

  // node_modules/viem/_esm/errors/data.js
  var SliceOffsetOutOfBoundsError, SizeExceedsPaddingSizeError;
  var init_data = __esm({
    "node_modules/viem/_esm/errors/data.js"() {
      init_base();
      SliceOffsetOutOfBoundsError = class extends BaseError2 {
        constructor({ offset, position, size: size2 }) {
          super(`Slice ${position === "start" ? "starting" : "ending"} at offset "${offset}" is out-of-bounds (size: ${size2}).`, { name: "SliceOffsetOutOfBoundsError" });
        }
      };
      SizeExceedsPaddingSizeError = class extends BaseError2 {
        constructor({ size: size2, targetSize, type }) {
          super(`${type.charAt(0).toUpperCase()}${type.slice(1).toLowerCase()} size (${size2}) exceeds padding size (${targetSize}).`, { name: "SizeExceedsPaddingSizeError" });
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/data/pad.js
  function pad(hexOrBytes, { dir, size: size2 = 32 } = {}) {
    if (typeof hexOrBytes === "string")
      return padHex(hexOrBytes, { dir, size: size2 });
    return padBytes(hexOrBytes, { dir, size: size2 });
  }
  function padHex(hex_, { dir, size: size2 = 32 } = {}) {
    if (size2 === null)
      return hex_;
    const hex = hex_.replace("0x", "");
    if (hex.length > size2 * 2)
      throw new SizeExceedsPaddingSizeError({
        size: Math.ceil(hex.length / 2),
        targetSize: size2,
        type: "hex"
      });
    return `0x${hex[dir === "right" ? "padEnd" : "padStart"](size2 * 2, "0")}`;
  }
  function padBytes(bytes, { dir, size: size2 = 32 } = {}) {
    if (size2 === null)
      return bytes;
    if (bytes.length > size2)
      throw new SizeExceedsPaddingSizeError({
        size: bytes.length,
        targetSize: size2,
        type: "bytes"
      });
    const paddedBytes = new Uint8Array(size2);
    for (let i = 0; i < size2; i++) {
      const padEnd = dir === "right";
      paddedBytes[padEnd ? i : size2 - i - 1] = bytes[padEnd ? i : bytes.length - i - 1];
    }
    return paddedBytes;
  }
  var init_pad = __esm({
    "node_modules/viem/_esm/utils/data/pad.js"() {
      init_data();
    }
  });

  // node_modules/viem/_esm/errors/encoding.js
  var IntegerOutOfRangeError, SizeOverflowError;
  var init_encoding = __esm({
    "node_modules/viem/_esm/errors/encoding.js"() {
      init_base();
      IntegerOutOfRangeError = class extends BaseError2 {
        constructor({ max, min, signed, size: size2, value }) {
          super(`Number "${value}" is not in safe ${size2 ? `${size2 * 8}-bit ${signed ? "signed" : "unsigned"} ` : ""}integer range ${max ? `(${min} to ${max})` : `(above ${min})`}`, { name: "IntegerOutOfRangeError" });
        }
      };
      SizeOverflowError = class extends BaseError2 {
        constructor({ givenSize, maxSize }) {
          super(`Size cannot exceed ${maxSize} bytes. Given size: ${givenSize} bytes.`, { name: "SizeOverflowError" });
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/data/trim.js
  function trim(hexOrBytes, { dir = "left" } = {}) {
    let data = typeof hexOrBytes === "string" ? hexOrBytes.replace("0x", "") : hexOrBytes;
    let sliceLength = 0;
    for (let i = 0; i < data.length - 1; i++) {
      if (data[dir === "left" ? i : data.length - i - 1].toString() === "0")
        sliceLength++;
      else
        break;
    }
    data = dir === "left" ? data.slice(sliceLength) : data.slice(0, data.length - sliceLength);
    if (typeof hexOrBytes === "string") {
      if (data.length === 1 && dir === "right")
        data = `${data}0`;
      return `0x${data.length % 2 === 1 ? `0${data}` : data}`;
    }
    return data;
  }
  var init_trim = __esm({
    "node_modules/viem/_esm/utils/data/trim.js"() {
    }
  });

  // node_modules/viem/_esm/utils/encoding/fromHex.js
  function assertSize(hexOrBytes, { size: size2 }) {
    if (size(hexOrBytes) > size2)
      throw new SizeOverflowError({
        givenSize: size(hexOrBytes),
        maxSize: size2
      });
  }
  function hexToBigInt(hex, opts = {}) {
    const { signed } = opts;
    if (opts.size)
      assertSize(hex, { size: opts.size });
    const value = BigInt(hex);
    if (!signed)
      return value;
    const size2 = Math.ceil((hex.length - 2) / 2);
    const max = (1n << BigInt(size2) * 8n - 1n) - 1n;
    if (value <= max)
      return value;
    return value - BigInt(`0x${"f".padStart(size2 * 2, "f")}`) - 1n;
  }
  function hexToNumber(hex, opts = {}) {
    const value = hexToBigInt(hex, opts);
    const number3 = Number(value);
    if (!Number.isSafeInteger(number3))
      throw new IntegerOutOfRangeError({
        max: `${Number.MAX_SAFE_INTEGER}`,
        min: `${Number.MIN_SAFE_INTEGER}`,
        signed: opts.signed,
        size: opts.size,
        value: `${value}n`
      });
    return number3;
  }
  var init_fromHex = __esm({
    "node_modules/viem/_esm/utils/encoding/fromHex.js"() {
      init_encoding();
      init_size();
    }
  });

  // node_modules/viem/_esm/utils/encoding/toHex.js
  function toHex(value, opts = {}) {
    if (typeof value === "number" || typeof value === "bigint")
      return numberToHex(value, opts);
    if (typeof value === "string") {
      return stringToHex(value, opts);
    }
    if (typeof value === "boolean")
      return boolToHex(value, opts);
    return bytesToHex(value, opts);
  }
  function boolToHex(value, opts = {}) {
    const hex = `0x${Number(value)}`;
    if (typeof opts.size === "number") {
      assertSize(hex, { size: opts.size });
      return pad(hex, { size: opts.size });
    }
    return hex;
  }
  function bytesToHex(value, opts = {}) {
    let string3 = "";
    for (let i = 0; i < value.length; i++) {
      string3 += hexes[value[i]];
    }
    const hex = `0x${string3}`;
    if (typeof opts.size === "number") {
      assertSize(hex, { size: opts.size });
      return pad(hex, { dir: "right", size: opts.size });
    }
    return hex;
  }
  function numberToHex(value_, opts = {}) {
    const { signed, size: size2 } = opts;
    const value = BigInt(value_);
    let maxValue;
    if (size2) {
      if (signed)
        maxValue = (1n << BigInt(size2) * 8n - 1n) - 1n;
      else
        maxValue = 2n ** (BigInt(size2) * 8n) - 1n;
    } else if (typeof value_ === "number") {
      maxValue = BigInt(Number.MAX_SAFE_INTEGER);
    }
    const minValue = typeof maxValue === "bigint" && signed ? -maxValue - 1n : 0;
    if (maxValue && value > maxValue || value < minValue) {
      const suffix = typeof value_ === "bigint" ? "n" : "";
      throw new IntegerOutOfRangeError({
        max: maxValue ? `${maxValue}${suffix}` : void 0,
        min: `${minValue}${suffix}`,
        signed,
        size: size2,
        value: `${value_}${suffix}`
      });
    }
    const hex = `0x${(signed && value < 0 ? (1n << BigInt(size2 * 8)) + BigInt(value) : value).toString(16)}`;
    if (size2)
      return pad(hex, { size: size2 });
    return hex;
  }
  function stringToHex(value_, opts = {}) {
    const value = encoder.encode(value_);
    return bytesToHex(value, opts);
  }
  var hexes, encoder;
  var init_toHex = __esm({
    "node_modules/viem/_esm/utils/encoding/toHex.js"() {
      init_encoding();
      init_pad();
      init_fromHex();
      hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_v, i) => i.toString(16).padStart(2, "0"));
      encoder = /* @__PURE__ */ new TextEncoder();
    }
  });

  // node_modules/viem/_esm/utils/encoding/toBytes.js
  function toBytes(value, opts = {}) {
    if (typeof value === "number" || typeof value === "bigint")
      return numberToBytes(value, opts);
    if (typeof value === "boolean")
      return boolToBytes(value, opts);
    if (isHex(value))
      return hexToBytes(value, opts);
    return stringToBytes(value, opts);
  }
  function boolToBytes(value, opts = {}) {
    const bytes = new Uint8Array(1);
    bytes[0] = Number(value);
    if (typeof opts.size === "number") {
      assertSize(bytes, { size: opts.size });
      return pad(bytes, { size: opts.size });
    }
    return bytes;
  }
  function charCodeToBase16(char) {
    if (char >= charCodeMap.zero && char <= charCodeMap.nine)
      return char - charCodeMap.zero;
    if (char >= charCodeMap.A && char <= charCodeMap.F)
      return char - (charCodeMap.A - 10);
    if (char >= charCodeMap.a && char <= charCodeMap.f)
      return char - (charCodeMap.a - 10);
    return void 0;
  }
  function hexToBytes(hex, opts = {}) {
    let hexString2 = hex.slice(2);
    if (hexString2.length % 2)
      hexString2 = `0${hexString2}`;
    if (opts.size) {
      assertSize(hex, { size: opts.size });
      hexString2 = hexString2.padEnd(opts.size * 2, "0");
    }
    const length = hexString2.length / 2;
    const bytes = new Uint8Array(length);
    for (let index = 0, j = 0; index < length; index++) {
      const nibbleLeft = charCodeToBase16(hexString2.charCodeAt(j++));
      const nibbleRight = charCodeToBase16(hexString2.charCodeAt(j++));
      if (nibbleLeft === void 0 || nibbleRight === void 0) {
        throw new BaseError2(`Invalid byte sequence ("${hexString2[j - 2]}${hexString2[j - 1]}" in "${hexString2}").`);
      }
      bytes[index] = nibbleLeft * 16 + nibbleRight;
    }
    return bytes;
  }
  function numberToBytes(value, opts) {
    const hex = numberToHex(value, opts);
    return hexToBytes(hex);
  }
  function stringToBytes(value, opts = {}) {
    const bytes = encoder2.encode(value);
    if (typeof opts.size === "number") {
      assertSize(bytes, { size: opts.size });
      return pad(bytes, { dir: "right", size: opts.size });
    }
    return bytes;
  }
  var encoder2, charCodeMap;
  var init_toBytes = __esm({
    "node_modules/viem/_esm/utils/encoding/toBytes.js"() {
      init_base();
      init_isHex();
      init_pad();
      init_fromHex();
      init_toHex();
      encoder2 = /* @__PURE__ */ new TextEncoder();
      charCodeMap = {
        zero: 48,
        nine: 57,
        A: 65,
        F: 70,
        a: 97,
        f: 102
      };
    }
  });

  // node_modules/viem/node_modules/@noble/hashes/esm/_u64.js
  function fromBig(n, le = false) {
    if (le)
      return { h: Number(n & U32_MASK64), l: Number(n >> _32n & U32_MASK64) };
    return { h: Number(n >> _32n & U32_MASK64) | 0, l: Number(n & U32_MASK64) | 0 };
  }
  function split(lst, le = false) {
    const len = lst.length;
    let Ah = new Uint32Array(len);
    let Al = new Uint32Array(len);
    for (let i = 0; i < len; i++) {
      const { h, l } = fromBig(lst[i], le);
      [Ah[i], Al[i]] = [h, l];
    }
    return [Ah, Al];
  }
  var U32_MASK64, _32n, rotlSH, rotlSL, rotlBH, rotlBL;
  var init_u64 = __esm({
    "node_modules/viem/node_modules/@noble/hashes/esm/_u64.js"() {
      U32_MASK64 = /* @__PURE__ */ BigInt(2 ** 32 - 1);
      _32n = /* @__PURE__ */ BigInt(32);
      rotlSH = (h, l, s) => h << s | l >>> 32 - s;
      rotlSL = (h, l, s) => l << s | h >>> 32 - s;
      rotlBH = (h, l, s) => l << s - 32 | h >>> 64 - s;
      rotlBL = (h, l, s) => h << s - 32 | l >>> 64 - s;
    }
  });

  // node_modules/viem/node_modules/@noble/hashes/esm/utils.js
  function isBytes(a) {
    return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array";
  }
  function anumber(n) {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new Error("positive integer expected, got " + n);
  }
  function abytes(b, ...lengths) {
    if (!isBytes(b))
      throw new Error("Uint8Array expected");
    if (lengths.length > 0 && !lengths.includes(b.length))
      throw new Error("Uint8Array expected of length " + lengths + ", got length=" + b.length);
  }
  function aexists(instance, checkFinished = true) {
    if (instance.destroyed)
      throw new Error("Hash instance has been destroyed");
    if (checkFinished && instance.finished)
      throw new Error("Hash#digest() has already been called");
  }
  function aoutput(out, instance) {
    abytes(out);
    const min = instance.outputLen;
    if (out.length < min) {
      throw new Error("digestInto() expects output buffer of length at least " + min);
    }
  }
  function u32(arr) {
    return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
  }
  function clean(...arrays) {
    for (let i = 0; i < arrays.length; i++) {
      arrays[i].fill(0);
    }
  }
  function createView(arr) {
    return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  }
  function rotr(word, shift) {
    return word << 32 - shift | word >>> shift;
  }
  function byteSwap(word) {
    return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
  }
  function byteSwap32(arr) {
    for (let i = 0; i < arr.length; i++) {
      arr[i] = byteSwap(arr[i]);
    }
    return arr;
  }
  function utf8ToBytes(str2) {
    if (typeof str2 !== "string")
      throw new Error("string expected");
    return new Uint8Array(new TextEncoder().encode(str2));
  }
  function toBytes2(data) {
    if (typeof data === "string")
      data = utf8ToBytes(data);
    abytes(data);
    return data;
  }
  function createHasher(hashCons) {
    const hashC = (msg) => hashCons().update(toBytes2(msg)).digest();
    const tmp = hashCons();
    hashC.outputLen = tmp.outputLen;
    hashC.blockLen = tmp.blockLen;
    hashC.create = () => hashCons();
    return hashC;
  }
  var isLE, swap32IfBE, Hash;
  var init_utils2 = __esm({
    "node_modules/viem/node_modules/@noble/hashes/esm/utils.js"() {
      isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
      swap32IfBE = isLE ? (u) => u : byteSwap32;
      Hash = class {
      };
    }
  });

  // node_modules/viem/node_modules/@noble/hashes/esm/sha3.js
  function keccakP(s, rounds = 24) {
    const B = new Uint32Array(5 * 2);
    for (let round = 24 - rounds; round < 24; round++) {
      for (let x = 0; x < 10; x++)
        B[x] = s[x] ^ s[x + 10] ^ s[x + 20] ^ s[x + 30] ^ s[x + 40];
      for (let x = 0; x < 10; x += 2) {
        const idx1 = (x + 8) % 10;
        const idx0 = (x + 2) % 10;
        const B0 = B[idx0];
        const B1 = B[idx0 + 1];
        const Th = rotlH(B0, B1, 1) ^ B[idx1];
        const Tl = rotlL(B0, B1, 1) ^ B[idx1 + 1];
        for (let y = 0; y < 50; y += 10) {
          s[x + y] ^= Th;
          s[x + y + 1] ^= Tl;
        }
      }
      let curH = s[2];
      let curL = s[3];
      for (let t = 0; t < 24; t++) {
        const shift = SHA3_ROTL[t];
        const Th = rotlH(curH, curL, shift);
        const Tl = rotlL(curH, curL, shift);
        const PI = SHA3_PI[t];
        curH = s[PI];
        curL = s[PI + 1];
        s[PI] = Th;
        s[PI + 1] = Tl;
      }
      for (let y = 0; y < 50; y += 10) {
        for (let x = 0; x < 10; x++)
          B[x] = s[y + x];
        for (let x = 0; x < 10; x++)
          s[y + x] ^= ~B[(x + 2) % 10] & B[(x + 4) % 10];
      }
      s[0] ^= SHA3_IOTA_H[round];
      s[1] ^= SHA3_IOTA_L[round];
    }
    clean(B);
  }
  var _0n, _1n, _2n, _7n, _256n, _0x71n, SHA3_PI, SHA3_ROTL, _SHA3_IOTA, IOTAS, SHA3_IOTA_H, SHA3_IOTA_L, rotlH, rotlL, Keccak, gen, keccak_256;
  var init_sha3 = __esm({
    "node_modules/viem/node_modules/@noble/hashes/esm/sha3.js"() {
      init_u64();
      init_utils2();
      _0n = BigInt(0);
      _1n = BigInt(1);
      _2n = BigInt(2);
      _7n = BigInt(7);
      _256n = BigInt(256);
      _0x71n = BigInt(113);
      SHA3_PI = [];
      SHA3_ROTL = [];
      _SHA3_IOTA = [];
      for (let round = 0, R = _1n, x = 1, y = 0; round < 24; round++) {
        [x, y] = [y, (2 * x + 3 * y) % 5];
        SHA3_PI.push(2 * (5 * y + x));
        SHA3_ROTL.push((round + 1) * (round + 2) / 2 % 64);
        let t = _0n;
        for (let j = 0; j < 7; j++) {
          R = (R << _1n ^ (R >> _7n) * _0x71n) % _256n;
          if (R & _2n)
            t ^= _1n << (_1n << /* @__PURE__ */ BigInt(j)) - _1n;
        }
        _SHA3_IOTA.push(t);
      }
      IOTAS = split(_SHA3_IOTA, true);
      SHA3_IOTA_H = IOTAS[0];
      SHA3_IOTA_L = IOTAS[1];
      rotlH = (h, l, s) => s > 32 ? rotlBH(h, l, s) : rotlSH(h, l, s);
      rotlL = (h, l, s) => s > 32 ? rotlBL(h, l, s) : rotlSL(h, l, s);
      Keccak = class _Keccak extends Hash {
        // NOTE: we accept arguments in bytes instead of bits here.
        constructor(blockLen, suffix, outputLen, enableXOF = false, rounds = 24) {
          super();
          this.pos = 0;
          this.posOut = 0;
          this.finished = false;
          this.destroyed = false;
          this.enableXOF = false;
          this.blockLen = blockLen;
          this.suffix = suffix;
          this.outputLen = outputLen;
          this.enableXOF = enableXOF;
          this.rounds = rounds;
          anumber(outputLen);
          if (!(0 < blockLen && blockLen < 200))
            throw new Error("only keccak-f1600 function is supported");
          this.state = new Uint8Array(200);
          this.state32 = u32(this.state);
        }
        clone() {
          return this._cloneInto();
        }
        keccak() {
          swap32IfBE(this.state32);
          keccakP(this.state32, this.rounds);
          swap32IfBE(this.state32);
          this.posOut = 0;
          this.pos = 0;
        }
        update(data) {
          aexists(this);
          data = toBytes2(data);
          abytes(data);
          const { blockLen, state } = this;
          const len = data.length;
          for (let pos = 0; pos < len; ) {
            const take = Math.min(blockLen - this.pos, len - pos);
            for (let i = 0; i < take; i++)
              state[this.pos++] ^= data[pos++];
            if (this.pos === blockLen)
              this.keccak();
          }
          return this;
        }
        finish() {
          if (this.finished)
            return;
          this.finished = true;
          const { state, suffix, pos, blockLen } = this;
          state[pos] ^= suffix;
          if ((suffix & 128) !== 0 && pos === blockLen - 1)
            this.keccak();
          state[blockLen - 1] ^= 128;
          this.keccak();
        }
        writeInto(out) {
          aexists(this, false);
          abytes(out);
          this.finish();
          const bufferOut = this.state;
          const { blockLen } = this;
          for (let pos = 0, len = out.length; pos < len; ) {
            if (this.posOut >= blockLen)
              this.keccak();
            const take = Math.min(blockLen - this.posOut, len - pos);
            out.set(bufferOut.subarray(this.posOut, this.posOut + take), pos);
            this.posOut += take;
            pos += take;
          }
          return out;
        }
        xofInto(out) {
          if (!this.enableXOF)
            throw new Error("XOF is not possible for this instance");
          return this.writeInto(out);
        }
        xof(bytes) {
          anumber(bytes);
          return this.xofInto(new Uint8Array(bytes));
        }
        digestInto(out) {
          aoutput(out, this);
          if (this.finished)
            throw new Error("digest() was already called");
          this.writeInto(out);
          this.destroy();
          return out;
        }
        digest() {
          return this.digestInto(new Uint8Array(this.outputLen));
        }
        destroy() {
          this.destroyed = true;
          clean(this.state);
        }
        _cloneInto(to) {
          const { blockLen, suffix, outputLen, rounds, enableXOF } = this;
          to || (to = new _Keccak(blockLen, suffix, outputLen, enableXOF, rounds));
          to.state32.set(this.state32);
          to.pos = this.pos;
          to.posOut = this.posOut;
          to.finished = this.finished;
          to.rounds = rounds;
          to.suffix = suffix;
          to.outputLen = outputLen;
          to.enableXOF = enableXOF;
          to.destroyed = this.destroyed;
          return to;
        }
      };
      gen = (suffix, blockLen, outputLen) => createHasher(() => new Keccak(blockLen, suffix, outputLen));
      keccak_256 = /* @__PURE__ */ (() => gen(1, 136, 256 / 8))();
    }
  });

  // node_modules/viem/_esm/utils/hash/keccak256.js
  function keccak256(value, to_) {
    const to = to_ || "hex";
    const bytes = keccak_256(isHex(value, { strict: false }) ? toBytes(value) : value);
    if (to === "bytes")
      return bytes;
    return toHex(bytes);
  }
  var init_keccak256 = __esm({
    "node_modules/viem/_esm/utils/hash/keccak256.js"() {
      init_sha3();
      init_isHex();
      init_toBytes();
      init_toHex();
    }
  });

  // node_modules/viem/_esm/utils/lru.js
  var LruMap;
  var init_lru = __esm({
    "node_modules/viem/_esm/utils/lru.js"() {
      LruMap = class extends Map {
        constructor(size2) {
          super();
          Object.defineProperty(this, "maxSize", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: void 0
          });
          this.maxSize = size2;
        }
        get(key) {
          const value = super.get(key);
          if (super.has(key)) {
            super.delete(key);
            super.set(key, value);
          }
          return value;
        }
        set(key, value) {
          if (super.has(key))
            super.delete(key);
          super.set(key, value);
          if (this.maxSize && this.size > this.maxSize) {
            const firstKey = super.keys().next().value;
            if (firstKey !== void 0)
              super.delete(firstKey);
          }
          return this;
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/hash/hashSignature.js
  function hashSignature(sig) {
    return hash(sig);
  }
  var hash;
  var init_hashSignature = __esm({
    "node_modules/viem/_esm/utils/hash/hashSignature.js"() {
      init_toBytes();
      init_keccak256();
      hash = (value) => keccak256(toBytes(value));
    }
  });

  // node_modules/viem/_esm/utils/hash/normalizeSignature.js
  function normalizeSignature(signature) {
    let active = true;
    let current = "";
    let level = 0;
    let result = "";
    let valid = false;
    for (let i = 0; i < signature.length; i++) {
      const char = signature[i];
      if (["(", ")", ","].includes(char))
        active = true;
      if (char === "(")
        level++;
      if (char === ")")
        level--;
      if (!active)
        continue;
      if (level === 0) {
        if (char === " " && ["event", "function", "error", ""].includes(result))
          result = "";
        else {
          result += char;
          if (char === ")") {
            valid = true;
            break;
          }
        }
        continue;
      }
      if (char === " ") {
        if (!current.endsWith(",") && !current.endsWith("(")) {
          current = "";
          active = false;
        }
        continue;
      }
      result += char;
      current += char;
    }
    if (!valid)
      throw new BaseError2("Unable to normalize signature.");
    return result;
  }
  var init_normalizeSignature = __esm({
    "node_modules/viem/_esm/utils/hash/normalizeSignature.js"() {
      init_base();
    }
  });

  // node_modules/viem/_esm/utils/hash/toSignature.js
  var toSignature;
  var init_toSignature = __esm({
    "node_modules/viem/_esm/utils/hash/toSignature.js"() {
      init_exports();
      init_normalizeSignature();
      toSignature = (def) => {
        const def_ = (() => {
          if (typeof def === "string")
            return def;
          return formatAbiItem(def);
        })();
        return normalizeSignature(def_);
      };
    }
  });

  // node_modules/viem/_esm/utils/hash/toSignatureHash.js
  function toSignatureHash(fn) {
    const definition = typeof fn === "string" ? fn : formatAbiItem(fn);
    const cached2 = signatureHashCache.get(definition);
    if (cached2)
      return cached2;
    const hash2 = hashSignature(toSignature(definition));
    signatureHashCache.set(definition, hash2);
    return hash2;
  }
  var signatureHashCache;
  var init_toSignatureHash = __esm({
    "node_modules/viem/_esm/utils/hash/toSignatureHash.js"() {
      init_exports();
      init_lru();
      init_hashSignature();
      init_toSignature();
      signatureHashCache = /* @__PURE__ */ new LruMap(8192);
    }
  });

  // node_modules/viem/_esm/utils/hash/toEventSelector.js
  var toEventSelector;
  var init_toEventSelector = __esm({
    "node_modules/viem/_esm/utils/hash/toEventSelector.js"() {
      init_toSignatureHash();
      toEventSelector = toSignatureHash;
    }
  });

  // node_modules/viem/_esm/errors/address.js
  var InvalidAddressError;
  var init_address = __esm({
    "node_modules/viem/_esm/errors/address.js"() {
      init_base();
      InvalidAddressError = class extends BaseError2 {
        constructor({ address: address3 }) {
          super(`Address "${address3}" is invalid.`, {
            metaMessages: [
              "- Address must be a hex value of 20 bytes (40 hex characters).",
              "- Address must match its checksum counterpart."
            ],
            name: "InvalidAddressError"
          });
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/address/getAddress.js
  function checksumAddress(address_, chainId) {
    const lower = address_.toLowerCase();
    const cacheKey = `${lower}.${chainId}`;
    const cached2 = checksumAddressCache.get(cacheKey);
    if (cached2)
      return cached2;
    const hexAddress = chainId ? `${chainId}${lower}` : lower.substring(2);
    const hash2 = keccak256(stringToBytes(hexAddress), "bytes");
    const address3 = (chainId ? hexAddress.substring(`${chainId}0x`.length) : hexAddress).split("");
    for (let i = 0; i < 40; i += 2) {
      if (hash2[i >> 1] >> 4 >= 8 && address3[i]) {
        address3[i] = address3[i].toUpperCase();
      }
      if ((hash2[i >> 1] & 15) >= 8 && address3[i + 1]) {
        address3[i + 1] = address3[i + 1].toUpperCase();
      }
    }
    const result = `0x${address3.join("")}`;
    checksumAddressCache.set(cacheKey, result);
    return result;
  }
  function getAddress(address3, chainId) {
    if (!isAddress(address3, { strict: false }))
      throw new InvalidAddressError({ address: address3 });
    return checksumAddress(address3, chainId);
  }
  var checksumAddressCache;
  var init_getAddress = __esm({
    "node_modules/viem/_esm/utils/address/getAddress.js"() {
      init_address();
      init_toBytes();
      init_keccak256();
      init_lru();
      init_isAddress();
      checksumAddressCache = /* @__PURE__ */ new LruMap(8192);
    }
  });

  // node_modules/viem/_esm/utils/address/isAddress.js
  function isAddress(address3, options) {
    const { strict = true } = options ?? {};
    if (!addressRegex.test(address3))
      return false;
    if (!strict || address3.toLowerCase() === address3)
      return true;
    let result = isAddressCache.get(address3);
    if (result === void 0) {
      result = checksumAddress(address3) === address3;
      isAddressCache.set(address3, result);
    }
    return result;
  }
  var addressRegex, isAddressCache;
  var init_isAddress = __esm({
    "node_modules/viem/_esm/utils/address/isAddress.js"() {
      init_lru();
      init_getAddress();
      addressRegex = /^0x[a-fA-F0-9]{40}$/;
      isAddressCache = /* @__PURE__ */ new LruMap(8192);
    }
  });

  // node_modules/viem/_esm/utils/data/concat.js
  function concat(values) {
    if (typeof values[0] === "string")
      return concatHex(values);
    return concatBytes(values);
  }
  function concatBytes(values) {
    let length = 0;
    for (const arr of values) {
      length += arr.length;
    }
    const result = new Uint8Array(length);
    let offset = 0;
    for (const arr of values) {
      result.set(arr, offset);
      offset += arr.length;
    }
    return result;
  }
  function concatHex(values) {
    return `0x${values.reduce((acc, x) => acc + x.replace("0x", ""), "")}`;
  }
  var init_concat = __esm({
    "node_modules/viem/_esm/utils/data/concat.js"() {
    }
  });

  // node_modules/viem/_esm/utils/data/slice.js
  function slice(value, start, end, { strict } = {}) {
    if (isHex(value, { strict: false }))
      return sliceHex(value, start, end, {
        strict
      });
    return sliceBytes(value, start, end, {
      strict
    });
  }
  function assertStartOffset(value, start) {
    if (typeof start === "number" && start > 0 && start > size(value) - 1)
      throw new SliceOffsetOutOfBoundsError({
        offset: start,
        position: "start",
        size: size(value)
      });
  }
  function assertEndOffset(value, start, end) {
    if (typeof start === "number" && typeof end === "number" && size(value) !== end - start) {
      throw new SliceOffsetOutOfBoundsError({
        offset: end,
        position: "end",
        size: size(value)
      });
    }
  }
  function sliceBytes(value_, start, end, { strict } = {}) {
    assertStartOffset(value_, start);
    const value = value_.slice(start, end);
    if (strict)
      assertEndOffset(value, start, end);
    return value;
  }
  function sliceHex(value_, start, end, { strict } = {}) {
    assertStartOffset(value_, start);
    const value = `0x${value_.replace("0x", "").slice((start ?? 0) * 2, (end ?? value_.length) * 2)}`;
    if (strict)
      assertEndOffset(value, start, end);
    return value;
  }
  var init_slice = __esm({
    "node_modules/viem/_esm/utils/data/slice.js"() {
      init_data();
      init_isHex();
      init_size();
    }
  });

  // node_modules/viem/_esm/utils/regex.js
  var bytesRegex2, integerRegex2;
  var init_regex2 = __esm({
    "node_modules/viem/_esm/utils/regex.js"() {
      bytesRegex2 = /^bytes([1-9]|1[0-9]|2[0-9]|3[0-2])?$/;
      integerRegex2 = /^(u?int)(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?$/;
    }
  });

  // node_modules/viem/_esm/utils/abi/encodeAbiParameters.js
  function encodeAbiParameters(params, values) {
    if (params.length !== values.length)
      throw new AbiEncodingLengthMismatchError({
        expectedLength: params.length,
        givenLength: values.length
      });
    const preparedParams = prepareParams({
      params,
      values
    });
    return encodeParams(preparedParams);
  }
  function prepareParams({ params, values }) {
    const preparedParams = [];
    for (let i = 0; i < params.length; i++) {
      preparedParams.push(prepareParam({ param: params[i], value: values[i] }));
    }
    return preparedParams;
  }
  function prepareParam({ param, value }) {
    const arrayComponents = getArrayComponents(param.type);
    if (arrayComponents) {
      const [length, type] = arrayComponents;
      return encodeArray(value, { length, param: { ...param, type } });
    }
    if (param.type === "tuple") {
      return encodeTuple(value, {
        param
      });
    }
    if (param.type === "address") {
      return encodeAddress(value);
    }
    if (param.type === "bool") {
      return encodeBool(value);
    }
    if (param.type.startsWith("uint") || param.type.startsWith("int")) {
      const signed = param.type.startsWith("int");
      const [, , size2 = "256"] = integerRegex2.exec(param.type) ?? [];
      return encodeNumber(value, {
        signed,
        size: Number(size2)
      });
    }
    if (param.type.startsWith("bytes")) {
      return encodeBytes(value, { param });
    }
    if (param.type === "string") {
      return encodeString(value);
    }
    throw new InvalidAbiEncodingTypeError(param.type, {
      docsPath: "/docs/contract/encodeAbiParameters"
    });
  }
  function encodeParams(preparedParams) {
    let staticSize = 0;
    for (let i = 0; i < preparedParams.length; i++) {
      const { dynamic, encoded } = preparedParams[i];
      if (dynamic)
        staticSize += 32;
      else
        staticSize += size(encoded);
    }
    const staticParams = [];
    const dynamicParams = [];
    let dynamicSize = 0;
    for (let i = 0; i < preparedParams.length; i++) {
      const { dynamic, encoded } = preparedParams[i];
      if (dynamic) {
        staticParams.push(numberToHex(staticSize + dynamicSize, { size: 32 }));
        dynamicParams.push(encoded);
        dynamicSize += size(encoded);
      } else {
        staticParams.push(encoded);
      }
    }
    return concatHex([...staticParams, ...dynamicParams]);
  }
  function encodeAddress(value) {
    if (!isAddress(value))
      throw new InvalidAddressError({ address: value });
    return { dynamic: false, encoded: padHex(value.toLowerCase()) };
  }
  function encodeArray(value, { length, param }) {
    const dynamic = length === null;
    if (!Array.isArray(value))
      throw new InvalidArrayError(value);
    if (!dynamic && value.length !== length)
      throw new AbiEncodingArrayLengthMismatchError({
        expectedLength: length,
        givenLength: value.length,
        type: `${param.type}[${length}]`
      });
    let dynamicChild = value.length === 0 && isDynamicType(param);
    const preparedParams = [];
    for (let i = 0; i < value.length; i++) {
      const preparedParam = prepareParam({ param, value: value[i] });
      if (preparedParam.dynamic)
        dynamicChild = true;
      preparedParams.push(preparedParam);
    }
    if (dynamic || dynamicChild) {
      const data = encodeParams(preparedParams);
      if (dynamic) {
        const length2 = numberToHex(preparedParams.length, { size: 32 });
        return {
          dynamic: true,
          encoded: concatHex([length2, data])
        };
      }
      if (dynamicChild)
        return { dynamic: true, encoded: data };
    }
    return {
      dynamic: false,
      encoded: concatHex(preparedParams.map(({ encoded }) => encoded))
    };
  }
  function encodeBytes(value, { param }) {
    const [, paramSize] = param.type.split("bytes");
    const hex = value.length % 2 ? `0x0${value.slice(2)}` : value;
    const bytesSize = size(hex);
    if (!paramSize) {
      let value_ = hex;
      if (bytesSize % 32 !== 0)
        value_ = padHex(value_, {
          dir: "right",
          size: Math.ceil(bytesSize / 32) * 32
        });
      return {
        dynamic: true,
        encoded: concatHex([
          padHex(numberToHex(bytesSize, { size: 32 })),
          value_
        ])
      };
    }
    if (bytesSize !== Number.parseInt(paramSize, 10))
      throw new AbiEncodingBytesSizeMismatchError({
        expectedSize: Number.parseInt(paramSize, 10),
        value
      });
    return { dynamic: false, encoded: padHex(hex, { dir: "right" }) };
  }
  function encodeBool(value) {
    if (typeof value !== "boolean")
      throw new BaseError2(`Invalid boolean value: "${value}" (type: ${typeof value}). Expected: \`true\` or \`false\`.`);
    return { dynamic: false, encoded: padHex(boolToHex(value)) };
  }
  function encodeNumber(value, { signed, size: size2 = 256 }) {
    if (typeof size2 === "number") {
      const max = 2n ** (BigInt(size2) - (signed ? 1n : 0n)) - 1n;
      const min = signed ? -max - 1n : 0n;
      if (value > max || value < min)
        throw new IntegerOutOfRangeError({
          max: max.toString(),
          min: min.toString(),
          signed,
          size: size2 / 8,
          value: value.toString()
        });
    }
    return {
      dynamic: false,
      encoded: numberToHex(value, {
        size: 32,
        signed
      })
    };
  }
  function encodeString(value) {
    const hexValue = stringToHex(value);
    const partsLength = Math.ceil(size(hexValue) / 32);
    const parts = [];
    for (let i = 0; i < partsLength; i++) {
      parts.push(padHex(slice(hexValue, i * 32, (i + 1) * 32), {
        dir: "right"
      }));
    }
    return {
      dynamic: true,
      encoded: concatHex([
        padHex(numberToHex(size(hexValue), { size: 32 })),
        ...parts
      ])
    };
  }
  function encodeTuple(value, { param }) {
    let dynamic = false;
    const preparedParams = [];
    for (let i = 0; i < param.components.length; i++) {
      const param_ = param.components[i];
      const index = Array.isArray(value) ? i : param_.name;
      const preparedParam = prepareParam({
        param: param_,
        value: value[index]
      });
      preparedParams.push(preparedParam);
      if (preparedParam.dynamic)
        dynamic = true;
    }
    return {
      dynamic,
      encoded: dynamic ? encodeParams(preparedParams) : concatHex(preparedParams.map(({ encoded }) => encoded))
    };
  }
  function getArrayComponents(type) {
    const matches = type.match(/^(.*)\[(\d+)?\]$/);
    return matches ? (
      // Return `null` if the array is dynamic.
      [matches[2] ? Number(matches[2]) : null, matches[1]]
    ) : void 0;
  }
  function isDynamicType(param) {
    const { type } = param;
    if (type === "string")
      return true;
    if (type === "bytes")
      return true;
    if (type.endsWith("[]"))
      return true;
    if (type === "tuple")
      return param.components.some(isDynamicType);
    const arrayComponents = getArrayComponents(type);
    if (arrayComponents)
      return isDynamicType({ ...param, type: arrayComponents[1] });
    return false;
  }
  var init_encodeAbiParameters = __esm({
    "node_modules/viem/_esm/utils/abi/encodeAbiParameters.js"() {
      init_abi();
      init_address();
      init_base();
      init_encoding();
      init_isAddress();
      init_concat();
      init_pad();
      init_size();
      init_slice();
      init_toHex();
      init_regex2();
    }
  });

  // node_modules/viem/_esm/utils/hash/toFunctionSelector.js
  var toFunctionSelector;
  var init_toFunctionSelector = __esm({
    "node_modules/viem/_esm/utils/hash/toFunctionSelector.js"() {
      init_slice();
      init_toSignatureHash();
      toFunctionSelector = (fn) => slice(toSignatureHash(fn), 0, 4);
    }
  });

  // node_modules/viem/_esm/utils/abi/getAbiItem.js
  function getAbiItem(parameters) {
    const { abi, args = [], name } = parameters;
    const isSelector = isHex(name, { strict: false });
    const abiItems = abi.filter((abiItem) => {
      if (isSelector) {
        if (abiItem.type === "function")
          return toFunctionSelector(abiItem) === name;
        if (abiItem.type === "event")
          return toEventSelector(abiItem) === name;
        return false;
      }
      return "name" in abiItem && abiItem.name === name;
    });
    if (abiItems.length === 0)
      return void 0;
    if (abiItems.length === 1)
      return abiItems[0];
    let matchedAbiItem;
    for (const abiItem of abiItems) {
      if (!("inputs" in abiItem))
        continue;
      if (!args || args.length === 0) {
        if (!abiItem.inputs || abiItem.inputs.length === 0)
          return abiItem;
        continue;
      }
      if (!abiItem.inputs)
        continue;
      if (abiItem.inputs.length === 0)
        continue;
      if (abiItem.inputs.length !== args.length)
        continue;
      const matched = args.every((arg, index) => {
        const abiParameter = "inputs" in abiItem && abiItem.inputs[index];
        if (!abiParameter)
          return false;
        return isArgOfType(arg, abiParameter);
      });
      if (matched) {
        if (matchedAbiItem && "inputs" in matchedAbiItem && matchedAbiItem.inputs) {
          const ambiguousTypes = getAmbiguousTypes(abiItem.inputs, matchedAbiItem.inputs, args);
          if (ambiguousTypes)
            throw new AbiItemAmbiguityError({
              abiItem,
              type: ambiguousTypes[0]
            }, {
              abiItem: matchedAbiItem,
              type: ambiguousTypes[1]
            });
        }
        matchedAbiItem = abiItem;
      }
    }
    if (matchedAbiItem)
      return matchedAbiItem;
    return abiItems[0];
  }
  function isArgOfType(arg, abiParameter) {
    const argType = typeof arg;
    const abiParameterType = abiParameter.type;
    switch (abiParameterType) {
      case "address":
        return isAddress(arg, { strict: false });
      case "bool":
        return argType === "boolean";
      case "function":
        return argType === "string";
      case "string":
        return argType === "string";
      default: {
        if (abiParameterType === "tuple" && "components" in abiParameter)
          return Object.values(abiParameter.components).every((component, index) => {
            return argType === "object" && isArgOfType(getComponentValue(arg, component, index), component);
          });
        if (/^u?int(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?$/.test(abiParameterType)) {
          if (typeof arg !== "bigint" && typeof arg !== "number")
            return false;
          if (typeof arg === "number" && !Number.isInteger(arg))
            return false;
          const signed = abiParameterType.startsWith("int");
          const bits = Number.parseInt(abiParameterType.replace(/^u?int/, "") || "256", 10);
          const max = 2n ** (BigInt(bits) - (signed ? 1n : 0n)) - 1n;
          const min = signed ? -max - 1n : 0n;
          return arg >= min && arg <= max;
        }
        if (/^bytes([1-9]|1[0-9]|2[0-9]|3[0-2])?$/.test(abiParameterType)) {
          if (typeof arg !== "string" && !(arg instanceof Uint8Array))
            return false;
          const bytes = abiParameterType.slice(5);
          if (!bytes)
            return arg instanceof Uint8Array || isHex(arg);
          if (typeof arg === "string" && !isHex(arg))
            return false;
          return size(arg) === Number.parseInt(bytes, 10);
        }
        const arrayComponents = getArrayComponents(abiParameterType);
        if (arrayComponents) {
          const [length, type] = arrayComponents;
          return Array.isArray(arg) && (length === null || arg.length === length) && arg.every((x) => isArgOfType(x, { ...abiParameter, type }));
        }
        return false;
      }
    }
  }
  function getAmbiguousTypes(sourceParameters, targetParameters, args) {
    for (const parameterIndex in sourceParameters) {
      const sourceParameter = sourceParameters[parameterIndex];
      const targetParameter = targetParameters[parameterIndex];
      if (!targetParameter)
        continue;
      if (sourceParameter.type === "tuple" && targetParameter.type === "tuple" && "components" in sourceParameter && "components" in targetParameter) {
        const value2 = args[parameterIndex];
        const types2 = getAmbiguousTypes(sourceParameter.components, targetParameter.components, sourceParameter.components.map((component, index) => getComponentValue(value2, component, index)));
        if (types2)
          return types2;
        continue;
      }
      const sourceArray = getArrayComponents(sourceParameter.type);
      const targetArray = getArrayComponents(targetParameter.type);
      if (sourceArray && targetArray) {
        const types2 = getAmbiguousTypes([{ ...sourceParameter, type: sourceArray[1] }], [{ ...targetParameter, type: targetArray[1] }], [args[parameterIndex]?.[0]]);
        if (types2)
          return types2;
        if (sourceArray[1] === targetArray[1] && sourceParameter.type !== targetParameter.type)
          return [sourceParameter.type, targetParameter.type];
        continue;
      }
      const types = [sourceParameter.type, targetParameter.type];
      const value = args[parameterIndex];
      const ambiguous = (() => {
        if (types.includes("address") && (types.includes("string") || types.includes("bytes")))
          return value === void 0 || isAddress(value, { strict: false });
        if (sourceParameter.type !== targetParameter.type)
          return true;
        return false;
      })();
      if (ambiguous)
        return types;
    }
    return;
  }
  function getComponentValue(arg, component, index) {
    if (Array.isArray(arg))
      return arg[index];
    return arg?.[component.name];
  }
  var init_getAbiItem = __esm({
    "node_modules/viem/_esm/utils/abi/getAbiItem.js"() {
      init_abi();
      init_isHex();
      init_isAddress();
      init_size();
      init_toEventSelector();
      init_toFunctionSelector();
      init_encodeAbiParameters();
    }
  });

  // node_modules/viem/_esm/utils/abi/prepareEncodeFunctionData.js
  function prepareEncodeFunctionData(parameters) {
    const { abi, args, functionName } = parameters;
    let abiItem = abi[0];
    if (functionName) {
      const item = getAbiItem({
        abi,
        args,
        name: functionName
      });
      if (!item)
        throw new AbiFunctionNotFoundError(functionName, { docsPath });
      abiItem = item;
    }
    if (abiItem.type !== "function")
      throw new AbiFunctionNotFoundError(void 0, { docsPath });
    return {
      abi: [abiItem],
      functionName: toFunctionSelector(formatAbiItem2(abiItem))
    };
  }
  var docsPath;
  var init_prepareEncodeFunctionData = __esm({
    "node_modules/viem/_esm/utils/abi/prepareEncodeFunctionData.js"() {
      init_abi();
      init_toFunctionSelector();
      init_formatAbiItem2();
      init_getAbiItem();
      docsPath = "/docs/contract/encodeFunctionData";
    }
  });

  // node_modules/viem/_esm/utils/abi/encodeFunctionData.js
  function encodeFunctionData(parameters) {
    const { args } = parameters;
    const { abi, functionName } = (() => {
      if (parameters.abi.length === 1 && parameters.functionName?.startsWith("0x"))
        return parameters;
      return prepareEncodeFunctionData(parameters);
    })();
    const abiItem = abi[0];
    const signature = functionName;
    const data = "inputs" in abiItem && abiItem.inputs ? encodeAbiParameters(abiItem.inputs, args ?? []) : void 0;
    return concatHex([signature, data ?? "0x"]);
  }
  var init_encodeFunctionData = __esm({
    "node_modules/viem/_esm/utils/abi/encodeFunctionData.js"() {
      init_concat();
      init_encodeAbiParameters();
      init_prepareEncodeFunctionData();
    }
  });

  // node_modules/viem/_esm/errors/cursor.js
  var NegativeOffsetError, PositionOutOfBoundsError, RecursiveReadLimitExceededError;
  var init_cursor = __esm({
    "node_modules/viem/_esm/errors/cursor.js"() {
      init_base();
      NegativeOffsetError = class extends BaseError2 {
        constructor({ offset }) {
          super(`Offset \`${offset}\` cannot be negative.`, {
            name: "NegativeOffsetError"
          });
        }
      };
      PositionOutOfBoundsError = class extends BaseError2 {
        constructor({ length, position }) {
          super(`Position \`${position}\` is out of bounds (\`0 < position < ${length}\`).`, { name: "PositionOutOfBoundsError" });
        }
      };
      RecursiveReadLimitExceededError = class extends BaseError2 {
        constructor({ count, limit }) {
          super(`Recursive read limit of \`${limit}\` exceeded (recursive read count: \`${count}\`).`, { name: "RecursiveReadLimitExceededError" });
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/cursor.js
  function createCursor(bytes, { recursiveReadLimit = 8192 } = {}) {
    const cursor = Object.create(staticCursor);
    cursor.bytes = bytes;
    cursor.dataView = new DataView(bytes.buffer ?? bytes, bytes.byteOffset, bytes.byteLength);
    cursor.positionReadCount = /* @__PURE__ */ new Map();
    cursor.recursiveReadLimit = recursiveReadLimit;
    return cursor;
  }
  var staticCursor;
  var init_cursor2 = __esm({
    "node_modules/viem/_esm/utils/cursor.js"() {
      init_cursor();
      staticCursor = {
        bytes: new Uint8Array(),
        dataView: new DataView(new ArrayBuffer(0)),
        position: 0,
        positionReadCount: /* @__PURE__ */ new Map(),
        recursiveReadCount: 0,
        recursiveReadLimit: Number.POSITIVE_INFINITY,
        assertReadLimit() {
          if (this.recursiveReadCount >= this.recursiveReadLimit)
            throw new RecursiveReadLimitExceededError({
              count: this.recursiveReadCount + 1,
              limit: this.recursiveReadLimit
            });
        },
        assertPosition(position) {
          if (position < 0 || position > this.bytes.length - 1)
            throw new PositionOutOfBoundsError({
              length: this.bytes.length,
              position
            });
        },
        decrementPosition(offset) {
          if (offset < 0)
            throw new NegativeOffsetError({ offset });
          const position = this.position - offset;
          this.assertPosition(position);
          this.position = position;
        },
        getReadCount(position) {
          return this.positionReadCount.get(position || this.position) || 0;
        },
        incrementPosition(offset) {
          if (offset < 0)
            throw new NegativeOffsetError({ offset });
          const position = this.position + offset;
          this.assertPosition(position);
          this.position = position;
        },
        inspectByte(position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position);
          return this.bytes[position];
        },
        inspectBytes(length, position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position + length - 1);
          return this.bytes.subarray(position, position + length);
        },
        inspectUint8(position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position);
          return this.bytes[position];
        },
        inspectUint16(position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position + 1);
          return this.dataView.getUint16(position);
        },
        inspectUint24(position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position + 2);
          return (this.dataView.getUint16(position) << 8) + this.dataView.getUint8(position + 2);
        },
        inspectUint32(position_) {
          const position = position_ ?? this.position;
          this.assertPosition(position + 3);
          return this.dataView.getUint32(position);
        },
        pushByte(byte) {
          this.assertPosition(this.position);
          this.bytes[this.position] = byte;
          this.position++;
        },
        pushBytes(bytes) {
          this.assertPosition(this.position + bytes.length - 1);
          this.bytes.set(bytes, this.position);
          this.position += bytes.length;
        },
        pushUint8(value) {
          this.assertPosition(this.position);
          this.bytes[this.position] = value;
          this.position++;
        },
        pushUint16(value) {
          this.assertPosition(this.position + 1);
          this.dataView.setUint16(this.position, value);
          this.position += 2;
        },
        pushUint24(value) {
          this.assertPosition(this.position + 2);
          this.dataView.setUint16(this.position, value >> 8);
          this.dataView.setUint8(this.position + 2, value & ~4294967040);
          this.position += 3;
        },
        pushUint32(value) {
          this.assertPosition(this.position + 3);
          this.dataView.setUint32(this.position, value);
          this.position += 4;
        },
        readByte() {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectByte();
          this.position++;
          return value;
        },
        readBytes(length, size2) {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectBytes(length);
          this.position += size2 ?? length;
          return value;
        },
        readUint8() {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectUint8();
          this.position += 1;
          return value;
        },
        readUint16() {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectUint16();
          this.position += 2;
          return value;
        },
        readUint24() {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectUint24();
          this.position += 3;
          return value;
        },
        readUint32() {
          this.assertReadLimit();
          this._touch();
          const value = this.inspectUint32();
          this.position += 4;
          return value;
        },
        get remaining() {
          return this.bytes.length - this.position;
        },
        setPosition(position) {
          const oldPosition = this.position;
          this.assertPosition(position);
          this.position = position;
          return () => this.position = oldPosition;
        },
        _touch() {
          if (this.recursiveReadLimit === Number.POSITIVE_INFINITY)
            return;
          const count = this.getReadCount();
          this.positionReadCount.set(this.position, count + 1);
          if (count > 0)
            this.recursiveReadCount++;
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/stringify.js
  var stringify;
  var init_stringify = __esm({
    "node_modules/viem/_esm/utils/stringify.js"() {
      stringify = (value, replacer, space) => JSON.stringify(value, (key, value_) => {
        const value2 = typeof value_ === "bigint" ? value_.toString() : value_;
        return typeof replacer === "function" ? replacer(key, value2) : value2;
      }, space);
    }
  });

  // node_modules/viem/_esm/utils/unit/Value.js
  function format(value, decimals = 0) {
    if (!Number.isInteger(decimals) || decimals < 0)
      throw new InvalidDecimalsError({ decimals });
    let display = value.toString();
    const negative = display.startsWith("-");
    if (negative)
      display = display.slice(1);
    display = display.padStart(decimals, "0");
    let [integer2, fraction] = [
      display.slice(0, display.length - decimals),
      display.slice(display.length - decimals)
    ];
    fraction = fraction.replace(/(0+)$/, "");
    return `${negative ? "-" : ""}${integer2 || "0"}${fraction ? `.${fraction}` : ""}`;
  }
  function formatGwei(wei, unit = "wei") {
    return format(wei, exponents.gwei - exponents[unit]);
  }
  var exponents, InvalidDecimalsError;
  var init_Value = __esm({
    "node_modules/viem/_esm/utils/unit/Value.js"() {
      exponents = {
        wei: 0,
        gwei: 9,
        szabo: 12,
        finney: 15,
        ether: 18
      };
      InvalidDecimalsError = class extends Error {
        constructor({ decimals }) {
          super(`\`decimals\` must be a non-negative integer. Got \`${decimals}\`.`);
          Object.defineProperty(this, "name", {
            enumerable: true,
            configurable: true,
            writable: true,
            value: "Value.InvalidDecimalsError"
          });
        }
      };
    }
  });

  // node_modules/viem/_esm/utils/unit/formatGwei.js
  function formatGwei2(wei, unit = "wei") {
    return formatGwei(wei, unit);
  }
  var init_formatGwei = __esm({
    "node_modules/viem/_esm/utils/unit/formatGwei.js"() {
      init_Value();
    }
  });

  // node_modules/viem/_esm/errors/transaction.js
  function prettyPrint(args) {
    const entries = Object.entries(args).map(([key, value]) => {
      if (value === void 0 || value === false)
        return null;
      return [key, value];
    }).filter(Boolean);
    const maxLength = entries.reduce((acc, [key]) => Math.max(acc, key.length), 0);
    return entries.map(([key, value]) => `  ${`${key}:`.padEnd(maxLength + 1)}  ${value}`).join("\n");
  }
  var InvalidLegacyVError, InvalidSerializableTransactionError, InvalidStorageKeySizeError;
  var init_transaction = __esm({
    "node_modules/viem/_esm/errors/transaction.js"() {
      init_base();
      InvalidLegacyVError = class extends BaseError2 {
        constructor({ v }) {
          super(`Invalid \`v\` value "${v}". Expected 27 or 28.`, {
            name: "InvalidLegacyVError"
          });
        }
      };
      InvalidSerializableTransactionError = class extends BaseError2 {
        constructor({ transaction }) {
          super("Cannot infer a transaction type from provided transaction.", {
            metaMessages: [
              "Provided Transaction:",
              "{",
              prettyPrint(transaction),
              "}",
              "",
              "To infer the type, either provide:",
              "- a `type` to the Transaction, or",
              "- an EIP-1559 Transaction with `maxFeePerGas`, or",
              "- an EIP-2930 Transaction with `gasPrice` & `accessList`, or",
              "- an EIP-4844 Transaction with `blobs`, `blobVersionedHashes`, `sidecars`, or",
              "- an EIP-7702 Transaction with `authorizationList`, or",
              "- a Legacy Transaction with `gasPrice`"
            ],
            name: "InvalidSerializableTransactionError"
          });
        }
      };
      InvalidStorageKeySizeError = class extends BaseError2 {
        constructor({ storageKey }) {
          super(`Size for storage key "${storageKey}" is invalid. Expected 32 bytes. Got ${Math.floor((storageKey.length - 2) / 2)} bytes.`, { name: "InvalidStorageKeySizeError" });
        }
      };
    }
  });

  // node_modules/viem/_esm/errors/node.js
  var ExecutionRevertedError, FeeCapTooHighError, FeeCapTooLowError, NonceTooHighError, NonceTooLowError, NonceMaxValueError, InsufficientFundsError, IntrinsicGasTooHighError, IntrinsicGasTooLowError, TransactionTypeNotSupportedError, TipAboveFeeCapError;
  var init_node = __esm({
    "node_modules/viem/_esm/errors/node.js"() {
      init_formatGwei();
      init_base();
      ExecutionRevertedError = class extends BaseError2 {
        constructor({ cause, message } = {}) {
          const reason = message?.replace("execution reverted: ", "")?.replace("execution reverted", "");
          super(`Execution reverted ${reason ? `with reason: ${reason}` : "for an unknown reason"}.`, {
            cause,
            name: "ExecutionRevertedError"
          });
        }
      };
      Object.defineProperty(ExecutionRevertedError, "code", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: 3
      });
      Object.defineProperty(ExecutionRevertedError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /execution reverted|gas required exceeds allowance/
      });
      FeeCapTooHighError = class extends BaseError2 {
        constructor({ cause, maxFeePerGas } = {}) {
          super(`The fee cap (\`maxFeePerGas\`${typeof maxFeePerGas === "bigint" ? ` = ${formatGwei2(maxFeePerGas)} gwei` : ""}) cannot be higher than the maximum allowed value (2^256-1).`, {
            cause,
            name: "FeeCapTooHighError"
          });
        }
      };
      Object.defineProperty(FeeCapTooHighError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /max fee per gas higher than 2\^256-1|fee cap higher than 2\^256-1/
      });
      FeeCapTooLowError = class extends BaseError2 {
        constructor({ cause, maxFeePerGas } = {}) {
          super(`The fee cap (\`maxFeePerGas\`${typeof maxFeePerGas === "bigint" ? ` = ${formatGwei2(maxFeePerGas)} gwei` : ""}) cannot be lower than the block base fee.`, {
            cause,
            name: "FeeCapTooLowError"
          });
        }
      };
      Object.defineProperty(FeeCapTooLowError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /max fee per gas less than block base fee|fee cap less than block base fee|transaction is outdated/
      });
      NonceTooHighError = class extends BaseError2 {
        constructor({ cause, nonce } = {}) {
          super(`Nonce provided for the transaction ${nonce ? `(${nonce}) ` : ""}is higher than the next one expected.`, { cause, name: "NonceTooHighError" });
        }
      };
      Object.defineProperty(NonceTooHighError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /nonce too high/
      });
      NonceTooLowError = class extends BaseError2 {
        constructor({ cause, nonce } = {}) {
          super([
            `Nonce provided for the transaction ${nonce ? `(${nonce}) ` : ""}is lower than the current nonce of the account.`,
            "Try increasing the nonce or find the latest nonce with `getTransactionCount`."
          ].join("\n"), { cause, name: "NonceTooLowError" });
        }
      };
      Object.defineProperty(NonceTooLowError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /nonce too low|transaction already imported|already known/
      });
      NonceMaxValueError = class extends BaseError2 {
        constructor({ cause, nonce } = {}) {
          super(`Nonce provided for the transaction ${nonce ? `(${nonce}) ` : ""}exceeds the maximum allowed nonce.`, { cause, name: "NonceMaxValueError" });
        }
      };
      Object.defineProperty(NonceMaxValueError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /nonce has max value/
      });
      InsufficientFundsError = class extends BaseError2 {
        constructor({ cause } = {}) {
          super([
            "The total cost (gas * gas fee + value) of executing this transaction exceeds the balance of the account."
          ].join("\n"), {
            cause,
            metaMessages: [
              "This error could arise when the account does not have enough funds to:",
              " - pay for the total gas fee,",
              " - pay for the value to send.",
              " ",
              "The cost of the transaction is calculated as `gas * gas fee + value`, where:",
              " - `gas` is the amount of gas needed for transaction to execute,",
              " - `gas fee` is the gas fee,",
              " - `value` is the amount of ether to send to the recipient."
            ],
            name: "InsufficientFundsError"
          });
        }
      };
      Object.defineProperty(InsufficientFundsError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /insufficient funds|exceeds transaction sender account balance|outoffunds/
      });
      IntrinsicGasTooHighError = class extends BaseError2 {
        constructor({ cause, gas } = {}) {
          super(`The amount of gas ${gas ? `(${gas}) ` : ""}provided for the transaction exceeds the limit allowed for the block.`, {
            cause,
            name: "IntrinsicGasTooHighError"
          });
        }
      };
      Object.defineProperty(IntrinsicGasTooHighError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /intrinsic gas too high|gas limit reached/
      });
      IntrinsicGasTooLowError = class extends BaseError2 {
        constructor({ cause, gas } = {}) {
          super(`The amount of gas ${gas ? `(${gas}) ` : ""}provided for the transaction is too low.`, {
            cause,
            name: "IntrinsicGasTooLowError"
          });
        }
      };
      Object.defineProperty(IntrinsicGasTooLowError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /intrinsic gas too low/
      });
      TransactionTypeNotSupportedError = class extends BaseError2 {
        constructor({ cause }) {
          super("The transaction type is not supported for this chain.", {
            cause,
            name: "TransactionTypeNotSupportedError"
          });
        }
      };
      Object.defineProperty(TransactionTypeNotSupportedError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /transaction type not valid/
      });
      TipAboveFeeCapError = class extends BaseError2 {
        constructor({ cause, maxPriorityFeePerGas, maxFeePerGas } = {}) {
          super([
            `The provided tip (\`maxPriorityFeePerGas\`${typeof maxPriorityFeePerGas === "bigint" ? ` = ${formatGwei2(maxPriorityFeePerGas)} gwei` : ""}) cannot be higher than the fee cap (\`maxFeePerGas\`${typeof maxFeePerGas === "bigint" ? ` = ${formatGwei2(maxFeePerGas)} gwei` : ""}).`
          ].join("\n"), {
            cause,
            name: "TipAboveFeeCapError"
          });
        }
      };
      Object.defineProperty(TipAboveFeeCapError, "nodeMessage", {
        enumerable: true,
        configurable: true,
        writable: true,
        value: /max priority fee per gas higher than max fee per gas|tip higher than fee cap/
      });
    }
  });

  // node_modules/viem/_esm/constants/number.js
  var maxInt8, maxInt16, maxInt24, maxInt32, maxInt40, maxInt48, maxInt56, maxInt64, maxInt72, maxInt80, maxInt88, maxInt96, maxInt104, maxInt112, maxInt120, maxInt128, maxInt136, maxInt144, maxInt152, maxInt160, maxInt168, maxInt176, maxInt184, maxInt192, maxInt200, maxInt208, maxInt216, maxInt224, maxInt232, maxInt240, maxInt248, maxInt256, minInt8, minInt16, minInt24, minInt32, minInt40, minInt48, minInt56, minInt64, minInt72, minInt80, minInt88, minInt96, minInt104, minInt112, minInt120, minInt128, minInt136, minInt144, minInt152, minInt160, minInt168, minInt176, minInt184, minInt192, minInt200, minInt208, minInt216, minInt224, minInt232, minInt240, minInt248, minInt256, maxUint8, maxUint16, maxUint24, maxUint32, maxUint40, maxUint48, maxUint56, maxUint64, maxUint72, maxUint80, maxUint88, maxUint96, maxUint104, maxUint112, maxUint120, maxUint128, maxUint136, maxUint144, maxUint152, maxUint160, maxUint168, maxUint176, maxUint184, maxUint192, maxUint200, maxUint208, maxUint216, maxUint224, maxUint232, maxUint240, maxUint248, maxUint256;
  var init_number = __esm({
    "node_modules/viem/_esm/constants/number.js"() {
      maxInt8 = 2n ** (8n - 1n) - 1n;
      maxInt16 = 2n ** (16n - 1n) - 1n;
      maxInt24 = 2n ** (24n - 1n) - 1n;
      maxInt32 = 2n ** (32n - 1n) - 1n;
      maxInt40 = 2n ** (40n - 1n) - 1n;
      maxInt48 = 2n ** (48n - 1n) - 1n;
      maxInt56 = 2n ** (56n - 1n) - 1n;
      maxInt64 = 2n ** (64n - 1n) - 1n;
      maxInt72 = 2n ** (72n - 1n) - 1n;
      maxInt80 = 2n ** (80n - 1n) - 1n;
      maxInt88 = 2n ** (88n - 1n) - 1n;
      maxInt96 = 2n ** (96n - 1n) - 1n;
      maxInt104 = 2n ** (104n - 1n) - 1n;
      maxInt112 = 2n ** (112n - 1n) - 1n;
      maxInt120 = 2n ** (120n - 1n) - 1n;
      maxInt128 = 2n ** (128n - 1n) - 1n;
      maxInt136 = 2n ** (136n - 1n) - 1n;
      maxInt144 = 2n ** (144n - 1n) - 1n;
      maxInt152 = 2n ** (152n - 1n) - 1n;
      maxInt160 = 2n ** (160n - 1n) - 1n;
      maxInt168 = 2n ** (168n - 1n) - 1n;
      maxInt176 = 2n ** (176n - 1n) - 1n;
      maxInt184 = 2n ** (184n - 1n) - 1n;
      maxInt192 = 2n ** (192n - 1n) - 1n;
      maxInt200 = 2n ** (200n - 1n) - 1n;
      maxInt208 = 2n ** (208n - 1n) - 1n;
      maxInt216 = 2n ** (216n - 1n) - 1n;
      maxInt224 = 2n ** (224n - 1n) - 1n;
      maxInt232 = 2n ** (232n - 1n) - 1n;
      maxInt240 = 2n ** (240n - 1n) - 1n;
      maxInt248 = 2n ** (248n - 1n) - 1n;
      maxInt256 = 2n ** (256n - 1n) - 1n;
      minInt8 = -(2n ** (8n - 1n));
      minInt16 = -(2n ** (16n - 1n));
      minInt24 = -(2n ** (24n - 1n));
      minInt32 = -(2n ** (32n - 1n));
      minInt40 = -(2n ** (40n - 1n));
      minInt48 = -(2n ** (48n - 1n));
      minInt56 = -(2n ** (56n - 1n));
      minInt64 = -(2n ** (64n - 1n));
      minInt72 = -(2n ** (72n - 1n));
      minInt80 = -(2n ** (80n - 1n));
      minInt88 = -(2n ** (88n - 1n));
      minInt96 = -(2n ** (96n - 1n));
      minInt104 = -(2n ** (104n - 1n));
      minInt112 = -(2n ** (112n - 1n));
      minInt120 = -(2n ** (120n - 1n));
      minInt128 = -(2n ** (128n - 1n));
      minInt136 = -(2n ** (136n - 1n));
      minInt144 = -(2n ** (144n - 1n));
      minInt152 = -(2n ** (152n - 1n));
      minInt160 = -(2n ** (160n - 1n));
      minInt168 = -(2n ** (168n - 1n));
      minInt176 = -(2n ** (176n - 1n));
      minInt184 = -(2n ** (184n - 1n));
      minInt192 = -(2n ** (192n - 1n));
      minInt200 = -(2n ** (200n - 1n));
      minInt208 = -(2n ** (208n - 1n));
      minInt216 = -(2n ** (216n - 1n));
      minInt224 = -(2n ** (224n - 1n));
      minInt232 = -(2n ** (232n - 1n));
      minInt240 = -(2n ** (240n - 1n));
      minInt248 = -(2n ** (248n - 1n));
      minInt256 = -(2n ** (256n - 1n));
      maxUint8 = 2n ** 8n - 1n;
      maxUint16 = 2n ** 16n - 1n;
      maxUint24 = 2n ** 24n - 1n;
      maxUint32 = 2n ** 32n - 1n;
      maxUint40 = 2n ** 40n - 1n;
      maxUint48 = 2n ** 48n - 1n;
      maxUint56 = 2n ** 56n - 1n;
      maxUint64 = 2n ** 64n - 1n;
      maxUint72 = 2n ** 72n - 1n;
      maxUint80 = 2n ** 80n - 1n;
      maxUint88 = 2n ** 88n - 1n;
      maxUint96 = 2n ** 96n - 1n;
      maxUint104 = 2n ** 104n - 1n;
      maxUint112 = 2n ** 112n - 1n;
      maxUint120 = 2n ** 120n - 1n;
      maxUint128 = 2n ** 128n - 1n;
      maxUint136 = 2n ** 136n - 1n;
      maxUint144 = 2n ** 144n - 1n;
      maxUint152 = 2n ** 152n - 1n;
      maxUint160 = 2n ** 160n - 1n;
      maxUint168 = 2n ** 168n - 1n;
      maxUint176 = 2n ** 176n - 1n;
      maxUint184 = 2n ** 184n - 1n;
      maxUint192 = 2n ** 192n - 1n;
      maxUint200 = 2n ** 200n - 1n;
      maxUint208 = 2n ** 208n - 1n;
      maxUint216 = 2n ** 216n - 1n;
      maxUint224 = 2n ** 224n - 1n;
      maxUint232 = 2n ** 232n - 1n;
      maxUint240 = 2n ** 240n - 1n;
      maxUint248 = 2n ** 248n - 1n;
      maxUint256 = 2n ** 256n - 1n;
    }
  });

  // node_modules/viem/_esm/errors/chain.js
  var InvalidChainIdError;
  var init_chain = __esm({
    "node_modules/viem/_esm/errors/chain.js"() {
      init_base();
      InvalidChainIdError = class extends BaseError2 {
        constructor({ chainId }) {
          super(typeof chainId === "number" ? `Chain ID "${chainId}" is invalid.` : "Chain ID is invalid.", { name: "InvalidChainIdError" });
        }
      };
    }
  });

  // node_modules/viem/node_modules/@noble/hashes/esm/_md.js
  function setBigUint64(view, byteOffset, value, isLE2) {
    if (typeof view.setBigUint64 === "function")
      return view.setBigUint64(byteOffset, value, isLE2);
    const _32n2 = BigInt(32);
    const _u32_max = BigInt(4294967295);
    const wh = Number(value >> _32n2 & _u32_max);
    const wl = Number(value & _u32_max);
    const h = isLE2 ? 4 : 0;
    const l = isLE2 ? 0 : 4;
    view.setUint32(byteOffset + h, wh, isLE2);
    view.setUint32(byteOffset + l, wl, isLE2);
  }
  function Chi(a, b, c) {
    return a & b ^ ~a & c;
  }
  function Maj(a, b, c) {
    return a & b ^ a & c ^ b & c;
  }
  var HashMD, SHA256_IV;
  var init_md = __esm({
    "node_modules/viem/node_modules/@noble/hashes/esm/_md.js"() {
      init_utils2();
      HashMD = class extends Hash {
        constructor(blockLen, outputLen, padOffset, isLE2) {
          super();
          this.finished = false;
          this.length = 0;
          this.pos = 0;
          this.destroyed = false;
          this.blockLen = blockLen;
          this.outputLen = outputLen;
          this.padOffset = padOffset;
          this.isLE = isLE2;
          this.buffer = new Uint8Array(blockLen);
          this.view = createView(this.buffer);
        }
        update(data) {
          aexists(this);
          data = toBytes2(data);
          abytes(data);
          const { view, buffer, blockLen } = this;
          const len = data.length;
          for (let pos = 0; pos < len; ) {
            const take = Math.min(blockLen - this.pos, len - pos);
            if (take === blockLen) {
              const dataView = createView(data);
              for (; blockLen <= len - pos; pos += blockLen)
                this.process(dataView, pos);
              continue;
            }
            buffer.set(data.subarray(pos, pos + take), this.pos);
            this.pos += take;
            pos += take;
            if (this.pos === blockLen) {
              this.process(view, 0);
              this.pos = 0;
            }
          }
          this.length += data.length;
          this.roundClean();
          return this;
        }
        digestInto(out) {
          aexists(this);
          aoutput(out, this);
          this.finished = true;
          const { buffer, view, blockLen, isLE: isLE2 } = this;
          let { pos } = this;
          buffer[pos++] = 128;
          clean(this.buffer.subarray(pos));
          if (this.padOffset > blockLen - pos) {
            this.process(view, 0);
            pos = 0;
          }
          for (let i = pos; i < blockLen; i++)
            buffer[i] = 0;
          setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE2);
          this.process(view, 0);
          const oview = createView(out);
          const len = this.outputLen;
          if (len % 4)
            throw new Error("_sha2: outputLen should be aligned to 32bit");
          const outLen = len / 4;
          const state = this.get();
          if (outLen > state.length)
            throw new Error("_sha2: outputLen bigger than state");
          for (let i = 0; i < outLen; i++)
            oview.setUint32(4 * i, state[i], isLE2);
        }
        digest() {
          const { buffer, outputLen } = this;
          this.digestInto(buffer);
          const res = buffer.slice(0, outputLen);
          this.destroy();
          return res;
        }
        _cloneInto(to) {
          to || (to = new this.constructor());
          to.set(...this.get());
          const { blockLen, buffer, length, finished, destroyed, pos } = this;
          to.destroyed = destroyed;
          to.finished = finished;
          to.length = length;
          to.pos = pos;
          if (length % blockLen)
            to.buffer.set(buffer);
          return to;
        }
        clone() {
          return this._cloneInto();
        }
      };
      SHA256_IV = /* @__PURE__ */ Uint32Array.from([
        1779033703,
        3144134277,
        1013904242,
        2773480762,
        1359893119,
        2600822924,
        528734635,
        1541459225
      ]);
    }
  });

  // node_modules/viem/node_modules/@noble/hashes/esm/sha2.js
  var SHA256_K, SHA256_W, SHA256, sha256;
  var init_sha2 = __esm({
    "node_modules/viem/node_modules/@noble/hashes/esm/sha2.js"() {
      init_md();
      init_utils2();
      SHA256_K = /* @__PURE__ */ Uint32Array.from([
        1116352408,
        1899447441,
        3049323471,
        3921009573,
        961987163,
        1508970993,
        2453635748,
        2870763221,
        3624381080,
        310598401,
        607225278,
        1426881987,
        1925078388,
        2162078206,
        2614888103,
        3248222580,
        3835390401,
        4022224774,
        264347078,
        604807628,
        770255983,
        1249150122,
        1555081692,
        1996064986,
        2554220882,
        2821834349,
        2952996808,
        3210313671,
        3336571891,
        3584528711,
        113926993,
        338241895,
        666307205,
        773529912,
        1294757372,
        1396182291,
        1695183700,
        1986661051,
        2177026350,
        2456956037,
        2730485921,
        2820302411,
        3259730800,
        3345764771,
        3516065817,
        3600352804,
        4094571909,
        275423344,
        430227734,
        506948616,
        659060556,
        883997877,
        958139571,
        1322822218,
        1537002063,
        1747873779,
        1955562222,
        2024104815,
        2227730452,
        2361852424,
        2428436474,
        2756734187,
        3204031479,
        3329325298
      ]);
      SHA256_W = /* @__PURE__ */ new Uint32Array(64);
      SHA256 = class extends HashMD {
        constructor(outputLen = 32) {
          super(64, outputLen, 8, false);
          this.A = SHA256_IV[0] | 0;
          this.B = SHA256_IV[1] | 0;
          this.C = SHA256_IV[2] | 0;
          this.D = SHA256_IV[3] | 0;
          this.E = SHA256_IV[4] | 0;
          this.F = SHA256_IV[5] | 0;
          this.G = SHA256_IV[6] | 0;
          this.H = SHA256_IV[7] | 0;
        }
        get() {
          const { A, B, C, D, E, F, G, H } = this;
          return [A, B, C, D, E, F, G, H];
        }
        // prettier-ignore
        set(A, B, C, D, E, F, G, H) {
          this.A = A | 0;
          this.B = B | 0;
          this.C = C | 0;
          this.D = D | 0;
          this.E = E | 0;
          this.F = F | 0;
          this.G = G | 0;
          this.H = H | 0;
        }
        process(view, offset) {
          for (let i = 0; i < 16; i++, offset += 4)
            SHA256_W[i] = view.getUint32(offset, false);
          for (let i = 16; i < 64; i++) {
            const W15 = SHA256_W[i - 15];
            const W2 = SHA256_W[i - 2];
            const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
            const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
            SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
          }
          let { A, B, C, D, E, F, G, H } = this;
          for (let i = 0; i < 64; i++) {
            const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
            const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
            const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
            const T2 = sigma0 + Maj(A, B, C) | 0;
            H = G;
            G = F;
            F = E;
            E = D + T1 | 0;
            D = C;
            C = B;
            B = A;
            A = T1 + T2 | 0;
          }
          A = A + this.A | 0;
          B = B + this.B | 0;
          C = C + this.C | 0;
          D = D + this.D | 0;
          E = E + this.E | 0;
          F = F + this.F | 0;
          G = G + this.G | 0;
          H = H + this.H | 0;
          this.set(A, B, C, D, E, F, G, H);
        }
        roundClean() {
          clean(SHA256_W);
        }
        destroy() {
          this.set(0, 0, 0, 0, 0, 0, 0, 0);
          clean(this.buffer);
        }
      };
      sha256 = /* @__PURE__ */ createHasher(() => new SHA256());
    }
  });

  // actions/src/price-feed/chipotle.ts
  var chipotle_exports = {};
  __export(chipotle_exports, {
    main: () => main
  });

  // node_modules/zod/v4/core/core.js
  var NEVER = Object.freeze({
    status: "aborted"
  });
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer2, params) {
    function init(inst, def) {
      var _a;
      Object.defineProperty(inst, "_zod", {
        value: inst._zod ?? {},
        enumerable: false
      });
      (_a = inst._zod).traits ?? (_a.traits = /* @__PURE__ */ new Set());
      inst._zod.traits.add(name);
      initializer2(inst, def);
      for (const k in _.prototype) {
        if (!(k in inst))
          Object.defineProperty(inst, k, { value: _.prototype[k].bind(inst) });
      }
      inst._zod.constr = _;
      inst._zod.def = def;
    }
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      var _a;
      const inst = params?.Parent ? new Definition() : this;
      init(inst, def);
      (_a = inst._zod).deferred ?? (_a.deferred = []);
      for (const fn of inst._zod.deferred) {
        fn();
      }
      return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => {
        if (params?.Parent && inst instanceof params.Parent)
          return true;
        return inst?._zod?.traits?.has(name);
      }
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  var $brand = Symbol("zod_brand");
  var $ZodAsyncError = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  };
  var globalConfig = {};
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }

  // node_modules/zod/v4/core/util.js
  var util_exports = {};
  __export(util_exports, {
    BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
    Class: () => Class,
    NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
    aborted: () => aborted,
    allowsEval: () => allowsEval,
    assert: () => assert,
    assertEqual: () => assertEqual,
    assertIs: () => assertIs,
    assertNever: () => assertNever,
    assertNotEqual: () => assertNotEqual,
    assignProp: () => assignProp,
    base64ToUint8Array: () => base64ToUint8Array,
    base64urlToUint8Array: () => base64urlToUint8Array,
    cached: () => cached,
    captureStackTrace: () => captureStackTrace,
    cleanEnum: () => cleanEnum,
    cleanRegex: () => cleanRegex,
    clone: () => clone,
    cloneDef: () => cloneDef,
    createTransparentProxy: () => createTransparentProxy,
    defineLazy: () => defineLazy,
    esc: () => esc,
    escapeRegex: () => escapeRegex,
    extend: () => extend,
    finalizeIssue: () => finalizeIssue,
    floatSafeRemainder: () => floatSafeRemainder,
    getElementAtPath: () => getElementAtPath,
    getEnumValues: () => getEnumValues,
    getLengthableOrigin: () => getLengthableOrigin,
    getParsedType: () => getParsedType,
    getSizableOrigin: () => getSizableOrigin,
    hexToUint8Array: () => hexToUint8Array,
    isObject: () => isObject,
    isPlainObject: () => isPlainObject,
    issue: () => issue,
    joinValues: () => joinValues,
    jsonStringifyReplacer: () => jsonStringifyReplacer,
    merge: () => merge,
    mergeDefs: () => mergeDefs,
    normalizeParams: () => normalizeParams,
    nullish: () => nullish,
    numKeys: () => numKeys,
    objectClone: () => objectClone,
    omit: () => omit,
    optionalKeys: () => optionalKeys,
    partial: () => partial,
    pick: () => pick,
    prefixIssues: () => prefixIssues,
    primitiveTypes: () => primitiveTypes,
    promiseAllObject: () => promiseAllObject,
    propertyKeyTypes: () => propertyKeyTypes,
    randomString: () => randomString,
    required: () => required,
    safeExtend: () => safeExtend,
    shallowClone: () => shallowClone,
    stringifyPrimitive: () => stringifyPrimitive,
    uint8ArrayToBase64: () => uint8ArrayToBase64,
    uint8ArrayToBase64url: () => uint8ArrayToBase64url,
    uint8ArrayToHex: () => uint8ArrayToHex,
    unwrapMessage: () => unwrapMessage
  });
  function assertEqual(val) {
    return val;
  }
  function assertNotEqual(val) {
    return val;
  }
  function assertIs(_arg) {
  }
  function assertNever(_x) {
    throw new Error();
  }
  function assert(_) {
  }
  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
  function joinValues(array2, separator = "|") {
    return array2.map((val) => stringifyPrimitive(val)).join(separator);
  }
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  function cached(getter) {
    const set = false;
    return {
      get value() {
        if (!set) {
          const value = getter();
          Object.defineProperty(this, "value", { value });
          return value;
        }
        throw new Error("cached value already set");
      }
    };
  }
  function nullish(input) {
    return input === null || input === void 0;
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  function floatSafeRemainder(val, step) {
    const valDecCount = (val.toString().split(".")[1] || "").length;
    const stepString = step.toString();
    let stepDecCount = (stepString.split(".")[1] || "").length;
    if (stepDecCount === 0 && /\d?e-\d?/.test(stepString)) {
      const match = stepString.match(/\d?e-(\d?)/);
      if (match?.[1]) {
        stepDecCount = Number.parseInt(match[1]);
      }
    }
    const decCount = valDecCount > stepDecCount ? valDecCount : stepDecCount;
    const valInt = Number.parseInt(val.toFixed(decCount).replace(".", ""));
    const stepInt = Number.parseInt(step.toFixed(decCount).replace(".", ""));
    return valInt % stepInt / 10 ** decCount;
  }
  var EVALUATING = Symbol("evaluating");
  function defineLazy(object, key, getter) {
    let value = void 0;
    Object.defineProperty(object, key, {
      get() {
        if (value === EVALUATING) {
          return void 0;
        }
        if (value === void 0) {
          value = EVALUATING;
          value = getter();
        }
        return value;
      },
      set(v) {
        Object.defineProperty(object, key, {
          value: v
          // configurable: true,
        });
      },
      configurable: true
    });
  }
  function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
      const descriptors = Object.getOwnPropertyDescriptors(def);
      Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
  }
  function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
  }
  function getElementAtPath(obj, path) {
    if (!path)
      return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
  }
  function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
      const resolvedObj = {};
      for (let i = 0; i < keys.length; i++) {
        resolvedObj[keys[i]] = results[i];
      }
      return resolvedObj;
    });
  }
  function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str2 = "";
    for (let i = 0; i < length; i++) {
      str2 += chars[Math.floor(Math.random() * chars.length)];
    }
    return str2;
  }
  function esc(str2) {
    return JSON.stringify(str2);
  }
  var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  var allowsEval = cached(() => {
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
      return false;
    }
    try {
      const F = Function;
      new F("");
      return true;
    } catch (_) {
      return false;
    }
  });
  function isPlainObject(o) {
    if (isObject(o) === false)
      return false;
    const ctor = o.constructor;
    if (ctor === void 0)
      return true;
    const prot = ctor.prototype;
    if (isObject(prot) === false)
      return false;
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
      return false;
    }
    return true;
  }
  function shallowClone(o) {
    if (isPlainObject(o))
      return { ...o };
    if (Array.isArray(o))
      return [...o];
    return o;
  }
  function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
      if (Object.prototype.hasOwnProperty.call(data, key)) {
        keyCount++;
      }
    }
    return keyCount;
  }
  var getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
      case "undefined":
        return "undefined";
      case "string":
        return "string";
      case "number":
        return Number.isNaN(data) ? "nan" : "number";
      case "boolean":
        return "boolean";
      case "function":
        return "function";
      case "bigint":
        return "bigint";
      case "symbol":
        return "symbol";
      case "object":
        if (Array.isArray(data)) {
          return "array";
        }
        if (data === null) {
          return "null";
        }
        if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
          return "promise";
        }
        if (typeof Map !== "undefined" && data instanceof Map) {
          return "map";
        }
        if (typeof Set !== "undefined" && data instanceof Set) {
          return "set";
        }
        if (typeof Date !== "undefined" && data instanceof Date) {
          return "date";
        }
        if (typeof File !== "undefined" && data instanceof File) {
          return "file";
        }
        return "object";
      default:
        throw new Error(`Unknown data type: ${t}`);
    }
  };
  var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  var primitiveTypes = /* @__PURE__ */ new Set(["string", "number", "bigint", "boolean", "symbol", "undefined"]);
  function escapeRegex(str2) {
    return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params = _params;
    if (!params)
      return {};
    if (typeof params === "string")
      return { error: () => params };
    if (params?.message !== void 0) {
      if (params?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
      return { ...params, error: () => params.error };
    return params;
  }
  function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
      get(_, prop, receiver) {
        target ?? (target = getter());
        return Reflect.get(target, prop, receiver);
      },
      set(_, prop, value, receiver) {
        target ?? (target = getter());
        return Reflect.set(target, prop, value, receiver);
      },
      has(_, prop) {
        target ?? (target = getter());
        return Reflect.has(target, prop);
      },
      deleteProperty(_, prop) {
        target ?? (target = getter());
        return Reflect.deleteProperty(target, prop);
      },
      ownKeys(_) {
        target ?? (target = getter());
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(_, prop) {
        target ?? (target = getter());
        return Reflect.getOwnPropertyDescriptor(target, prop);
      },
      defineProperty(_, prop, descriptor) {
        target ?? (target = getter());
        return Reflect.defineProperty(target, prop, descriptor);
      }
    });
  }
  function stringifyPrimitive(value) {
    if (typeof value === "bigint")
      return value.toString() + "n";
    if (typeof value === "string")
      return `"${value}"`;
    return `${value}`;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
      return shape[k]._zod.optin === "optional" && shape[k]._zod.optout === "optional";
    });
  }
  var NUMBER_FORMAT_RANGES = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
  };
  var BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
  };
  function pick(schema, mask) {
    const currDef = schema._zod.def;
    const def = mergeDefs(schema._zod.def, {
      get shape() {
        const newShape = {};
        for (const key in mask) {
          if (!(key in currDef.shape)) {
            throw new Error(`Unrecognized key: "${key}"`);
          }
          if (!mask[key])
            continue;
          newShape[key] = currDef.shape[key];
        }
        assignProp(this, "shape", newShape);
        return newShape;
      },
      checks: []
    });
    return clone(schema, def);
  }
  function omit(schema, mask) {
    const currDef = schema._zod.def;
    const def = mergeDefs(schema._zod.def, {
      get shape() {
        const newShape = { ...schema._zod.def.shape };
        for (const key in mask) {
          if (!(key in currDef.shape)) {
            throw new Error(`Unrecognized key: "${key}"`);
          }
          if (!mask[key])
            continue;
          delete newShape[key];
        }
        assignProp(this, "shape", newShape);
        return newShape;
      },
      checks: []
    });
    return clone(schema, def);
  }
  function extend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error("Object schemas containing refinements cannot be extended. Use `.safeExtend()` instead.");
    }
    const def = mergeDefs(schema._zod.def, {
      get shape() {
        const _shape = { ...schema._zod.def.shape, ...shape };
        assignProp(this, "shape", _shape);
        return _shape;
      },
      checks: []
    });
    return clone(schema, def);
  }
  function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    const def = {
      ...schema._zod.def,
      get shape() {
        const _shape = { ...schema._zod.def.shape, ...shape };
        assignProp(this, "shape", _shape);
        return _shape;
      },
      checks: schema._zod.def.checks
    };
    return clone(schema, def);
  }
  function merge(a, b) {
    const def = mergeDefs(a._zod.def, {
      get shape() {
        const _shape = { ...a._zod.def.shape, ...b._zod.def.shape };
        assignProp(this, "shape", _shape);
        return _shape;
      },
      get catchall() {
        return b._zod.def.catchall;
      },
      checks: []
      // delete existing checks
    });
    return clone(a, def);
  }
  function partial(Class2, schema, mask) {
    const def = mergeDefs(schema._zod.def, {
      get shape() {
        const oldShape = schema._zod.def.shape;
        const shape = { ...oldShape };
        if (mask) {
          for (const key in mask) {
            if (!(key in oldShape)) {
              throw new Error(`Unrecognized key: "${key}"`);
            }
            if (!mask[key])
              continue;
            shape[key] = Class2 ? new Class2({
              type: "optional",
              innerType: oldShape[key]
            }) : oldShape[key];
          }
        } else {
          for (const key in oldShape) {
            shape[key] = Class2 ? new Class2({
              type: "optional",
              innerType: oldShape[key]
            }) : oldShape[key];
          }
        }
        assignProp(this, "shape", shape);
        return shape;
      },
      checks: []
    });
    return clone(schema, def);
  }
  function required(Class2, schema, mask) {
    const def = mergeDefs(schema._zod.def, {
      get shape() {
        const oldShape = schema._zod.def.shape;
        const shape = { ...oldShape };
        if (mask) {
          for (const key in mask) {
            if (!(key in shape)) {
              throw new Error(`Unrecognized key: "${key}"`);
            }
            if (!mask[key])
              continue;
            shape[key] = new Class2({
              type: "nonoptional",
              innerType: oldShape[key]
            });
          }
        } else {
          for (const key in oldShape) {
            shape[key] = new Class2({
              type: "nonoptional",
              innerType: oldShape[key]
            });
          }
        }
        assignProp(this, "shape", shape);
        return shape;
      },
      checks: []
    });
    return clone(schema, def);
  }
  function aborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map((iss) => {
      var _a;
      (_a = iss).path ?? (_a.path = []);
      iss.path.unshift(path);
      return iss;
    });
  }
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
  }
  function finalizeIssue(iss, ctx, config2) {
    const full = { ...iss, path: iss.path ?? [] };
    if (!iss.message) {
      const message = unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
      full.message = message;
    }
    delete full.inst;
    delete full.continue;
    if (!ctx?.reportInput) {
      delete full.input;
    }
    return full;
  }
  function getSizableOrigin(input) {
    if (input instanceof Set)
      return "set";
    if (input instanceof Map)
      return "map";
    if (input instanceof File)
      return "file";
    return "unknown";
  }
  function getLengthableOrigin(input) {
    if (Array.isArray(input))
      return "array";
    if (typeof input === "string")
      return "string";
    return "unknown";
  }
  function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input,
        inst
      };
    }
    return { ...iss };
  }
  function cleanEnum(obj) {
    return Object.entries(obj).filter(([k, _]) => {
      return Number.isNaN(Number.parseInt(k, 10));
    }).map((el) => el[1]);
  }
  function base64ToUint8Array(base642) {
    const binaryString = atob(base642);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
      bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
  }
  function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
      binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
  }
  function base64urlToUint8Array(base64url2) {
    const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - base642.length % 4) % 4);
    return base64ToUint8Array(base642 + padding);
  }
  function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
  }
  function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
      throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
      bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
  }
  function uint8ArrayToHex(bytes) {
    return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  var Class = class {
    constructor(..._args) {
    }
  };

  // node_modules/zod/v4/core/errors.js
  var initializer = (inst, def) => {
    inst.name = "$ZodError";
    Object.defineProperty(inst, "_zod", {
      value: inst._zod,
      enumerable: false
    });
    Object.defineProperty(inst, "issues", {
      value: def,
      enumerable: false
    });
    inst.message = JSON.stringify(def, jsonStringifyReplacer, 2);
    Object.defineProperty(inst, "toString", {
      value: () => inst.message,
      enumerable: false
    });
  };
  var $ZodError = $constructor("$ZodError", initializer);
  var $ZodRealError = $constructor("$ZodError", initializer, { Parent: Error });

  // node_modules/zod/v4/core/parse.js
  var _parse = (_Err) => (schema, value, _ctx, _params) => {
    const ctx = _ctx ? Object.assign(_ctx, { async: false }) : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee);
      throw e;
    }
    return result.value;
  };
  var parse = /* @__PURE__ */ _parse($ZodRealError);
  var _parseAsync = (_Err) => async (schema, value, _ctx, params) => {
    const ctx = _ctx ? Object.assign(_ctx, { async: true }) : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee);
      throw e;
    }
    return result.value;
  };
  var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
  var _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length ? {
      success: false,
      error: new (_Err ?? $ZodError)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    } : { success: true, data: result.value };
  };
  var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
  var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? Object.assign(_ctx, { async: true }) : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length ? {
      success: false,
      error: new _Err(result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    } : { success: true, data: result.value };
  };
  var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

  // node_modules/zod/v4/core/regexes.js
  var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
  var date = /* @__PURE__ */ new RegExp(`^${dateSource}$`);
  var string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
  };
  var integer = /^-?\d+$/;
  var number = /^-?\d+(?:\.\d+)?/;
  var boolean = /^(?:true|false)$/i;

  // node_modules/zod/v4/core/checks.js
  var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
  });
  var numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date"
  };
  var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.onattach.push((inst2) => {
      const bag = inst2._zod.bag;
      const curr = (def.inclusive ? bag.maximum : bag.exclusiveMaximum) ?? Number.POSITIVE_INFINITY;
      if (def.value < curr) {
        if (def.inclusive)
          bag.maximum = def.value;
        else
          bag.exclusiveMaximum = def.value;
      }
    });
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
        return;
      }
      payload.issues.push({
        origin,
        code: "too_big",
        maximum: def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.onattach.push((inst2) => {
      const bag = inst2._zod.bag;
      const curr = (def.inclusive ? bag.minimum : bag.exclusiveMinimum) ?? Number.NEGATIVE_INFINITY;
      if (def.value > curr) {
        if (def.inclusive)
          bag.minimum = def.value;
        else
          bag.exclusiveMinimum = def.value;
      }
    });
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
        return;
      }
      payload.issues.push({
        origin,
        code: "too_small",
        minimum: def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def);
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.onattach.push((inst2) => {
      const bag = inst2._zod.bag;
      bag.format = def.format;
      bag.minimum = minimum;
      bag.maximum = maximum;
      if (isInt)
        bag.pattern = integer;
    });
    inst._zod.check = (payload) => {
      const input = payload.value;
      if (isInt) {
        if (!Number.isInteger(input)) {
          payload.issues.push({
            expected: origin,
            format: def.format,
            code: "invalid_type",
            continue: false,
            input,
            inst
          });
          return;
        }
        if (!Number.isSafeInteger(input)) {
          if (input > 0) {
            payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              continue: !def.abort
            });
          } else {
            payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              continue: !def.abort
            });
          }
          return;
        }
      }
      if (input < minimum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
      if (input > maximum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inst
        });
      }
    };
  });
  var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    });
    inst._zod.onattach.push((inst2) => {
      const curr = inst2._zod.bag.maximum ?? Number.POSITIVE_INFINITY;
      if (def.maximum < curr)
        inst2._zod.bag.maximum = def.maximum;
    });
    inst._zod.check = (payload) => {
      const input = payload.value;
      const length = input.length;
      if (length <= def.maximum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_big",
        maximum: def.maximum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    });
    inst._zod.onattach.push((inst2) => {
      const curr = inst2._zod.bag.minimum ?? Number.NEGATIVE_INFINITY;
      if (def.minimum > curr)
        inst2._zod.bag.minimum = def.minimum;
    });
    inst._zod.check = (payload) => {
      const input = payload.value;
      const length = input.length;
      if (length >= def.minimum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_small",
        minimum: def.minimum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    inst._zod.onattach.push((inst2) => {
      const bag = inst2._zod.bag;
      bag.format = def.format;
      if (def.pattern) {
        bag.patterns ?? (bag.patterns = /* @__PURE__ */ new Set());
        bag.patterns.add(def.pattern);
      }
    });
    if (def.pattern)
      (_a = inst._zod).check ?? (_a.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      });
    else
      (_b = inst._zod).check ?? (_b.check = () => {
      });
  });
  var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "regex",
        input: payload.value,
        pattern: def.pattern.toString(),
        inst,
        continue: !def.abort
      });
    };
  });

  // node_modules/zod/v4/core/versions.js
  var version = {
    major: 4,
    minor: 1,
    patch: 12
  };

  // node_modules/zod/v4/core/schemas.js
  var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const checks = [...inst._zod.def.checks ?? []];
    if (inst._zod.traits.has("$ZodCheck")) {
      checks.unshift(inst);
    }
    for (const ch of checks) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks.length === 0) {
      (_a = inst._zod).deferred ?? (_a.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload, checks2, ctx) => {
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks2) {
          if (ch._zod.def.when) {
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && ctx?.async === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                return;
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            });
          } else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              continue;
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload;
          });
        }
        return payload;
      };
      const handleCanaryResult = (canary, payload, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload, checks, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload, ctx);
            });
          }
          return handleCanaryResult(canary, payload, ctx);
        }
        const result = inst._zod.parse(payload, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result.then((result2) => runChecks(result2, checks, ctx));
        }
        return runChecks(result, checks, ctx);
      };
    }
    inst["~standard"] = {
      validate: (value) => {
        try {
          const r = safeParse(inst, value);
          return r.success ? { value: r.data } : { issues: r.error?.issues };
        } catch (_) {
          return safeParseAsync(inst, value).then((r) => r.success ? { value: r.data } : { issues: r.error?.issues });
        }
      },
      vendor: "zod",
      version: 1
    };
  });
  var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = [...inst?._zod.bag?.patterns ?? []].pop() ?? string(inst._zod.bag);
    inst._zod.parse = (payload, _) => {
      if (def.coerce)
        try {
          payload.value = String(payload.value);
        } catch (_2) {
        }
      if (typeof payload.value === "string")
        return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = inst._zod.bag.pattern ?? number;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Number(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
        return payload;
      }
      const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? "Infinity" : void 0 : void 0;
      payload.issues.push({
        expected: "number",
        code: "invalid_type",
        input,
        inst,
        ...received ? { received } : {}
      });
      return payload;
    };
  });
  var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def);
  });
  var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Boolean(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "boolean")
        return payload;
      payload.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    };
  });
  var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
  });
  var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
      payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  function handleArrayResult(result, final, index) {
    if (result.issues.length) {
      final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
  }
  var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!Array.isArray(input)) {
        payload.issues.push({
          expected: "array",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = Array(input.length);
      const proms = [];
      for (let i = 0; i < input.length; i++) {
        const item = input[i];
        const result = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
        } else {
          handleArrayResult(result, payload, i);
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
  });
  function handlePropertyResult(result, final, key, input) {
    if (result.issues.length) {
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (result.value === void 0) {
      if (key in input) {
        final.value[key] = void 0;
      }
    } else {
      final.value[key] = result.value;
    }
  }
  function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    for (const k of keys) {
      if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
        throw new Error(`Invalid element at key "${k}": expected a Zod schema`);
      }
    }
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      keys,
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
    };
  }
  function handleCatchall(proms, input, payload, ctx, def, inst) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    for (const key of Object.keys(input)) {
      if (keySet.has(key))
        continue;
      if (t === "never") {
        unrecognized.push(key);
        continue;
      }
      const r = _catchall.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input)));
      } else {
        handlePropertyResult(r, payload, key, input);
      }
    }
    if (unrecognized.length) {
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst
      });
    }
    if (!proms.length)
      return payload;
    return Promise.all(proms).then(() => {
      return payload;
    });
  }
  var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    if (!desc?.get) {
      const sh = def.shape;
      Object.defineProperty(def, "shape", {
        get: () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", {
            value: newSh
          });
          return newSh;
        }
      });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazy(inst._zod, "propValues", () => {
      const shape = def.shape;
      const propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          propValues[key] ?? (propValues[key] = /* @__PURE__ */ new Set());
          for (const v of field.values)
            propValues[key].add(v);
        }
      }
      return propValues;
    });
    const isObject2 = isObject;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload.value;
      if (!isObject2(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = {};
      const proms = [];
      const shape = value.shape;
      for (const key of value.keys) {
        const el = shape[key];
        const r = el._zod.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input)));
        } else {
          handlePropertyResult(r, payload, key, input);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input, payload, ctx, _normalized.value, inst);
    };
  });
  var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!isPlainObject(input)) {
        payload.issues.push({
          expected: "record",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      const proms = [];
      if (def.keyType._zod.values) {
        const values = def.keyType._zod.values;
        payload.value = {};
        for (const key of values) {
          if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[key] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[key] = result.value;
            }
          }
        }
        let unrecognized;
        for (const key in input) {
          if (!values.has(key)) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
        if (unrecognized && unrecognized.length > 0) {
          payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized
          });
        }
      } else {
        payload.value = {};
        for (const key of Reflect.ownKeys(input)) {
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            payload.value[keyResult.value] = keyResult.value;
            continue;
          }
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[keyResult.value] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[keyResult.value] = result.value;
          }
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
  });
  var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    inst._zod.pattern = new RegExp(`^(${values.filter((k) => propertyKeyTypes.has(typeof k)).map((o) => typeof o === "string" ? escapeRegex(o) : o.toString()).join("|")})$`);
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (valuesSet.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values,
        input,
        inst
      });
      return payload;
    };
  });
  var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    if (def.values.length === 0) {
      throw new Error("Cannot create literal schema with no valid values");
    }
    inst._zod.values = new Set(def.values);
    inst._zod.pattern = new RegExp(`^(${def.values.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$`);
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (inst._zod.values.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values: def.values,
        input,
        inst
      });
      return payload;
    };
  });
  function handleOptionalResult(result, input) {
    if (result.issues.length && input === void 0) {
      return { issues: [], value: void 0 };
    }
    return result;
  }
  var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    inst._zod.optout = "optional";
    defineLazy(inst._zod, "values", () => {
      return def.innerType._zod.values ? /* @__PURE__ */ new Set([...def.innerType._zod.values, void 0]) : void 0;
    });
    defineLazy(inst._zod, "pattern", () => {
      const pattern = def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (def.innerType._zod.optin === "optional") {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise)
          return result.then((r) => handleOptionalResult(r, payload.value));
        return handleOptionalResult(result, payload.value);
      }
      if (payload.value === void 0) {
        return payload;
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
      return payload;
    };
    inst._zod.check = (payload) => {
      const input = payload.value;
      const r = def.fn(input);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload, input, inst));
      }
      handleRefineResult(r, payload, input, inst);
      return;
    };
  });
  function handleRefineResult(result, payload, input, inst) {
    if (!result) {
      const _iss = {
        code: "custom",
        input,
        inst,
        // incorporates params.error into issue reporting
        path: [...inst._zod.def.path ?? []],
        // incorporates params.error into issue reporting
        continue: !inst._zod.def.abort
        // params: inst._zod.def.params,
      };
      if (inst._zod.def.params)
        _iss.params = inst._zod.def.params;
      payload.issues.push(issue(_iss));
    }
  }

  // node_modules/zod/v4/locales/en.js
  var parsedType = (data) => {
    const t = typeof data;
    switch (t) {
      case "number": {
        return Number.isNaN(data) ? "NaN" : "number";
      }
      case "object": {
        if (Array.isArray(data)) {
          return "array";
        }
        if (data === null) {
          return "null";
        }
        if (Object.getPrototypeOf(data) !== Object.prototype && data.constructor) {
          return data.constructor.name;
        }
      }
    }
    return t;
  };
  var error = () => {
    const Sizable = {
      string: { unit: "characters", verb: "to have" },
      file: { unit: "bytes", verb: "to have" },
      array: { unit: "items", verb: "to have" },
      set: { unit: "items", verb: "to have" }
    };
    function getSizing(origin) {
      return Sizable[origin] ?? null;
    }
    const Nouns = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      jwt: "JWT",
      template_literal: "input"
    };
    return (issue2) => {
      switch (issue2.code) {
        case "invalid_type":
          return `Invalid input: expected ${issue2.expected}, received ${parsedType(issue2.input)}`;
        case "invalid_value":
          if (issue2.values.length === 1)
            return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
          return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
        case "too_big": {
          const adj = issue2.inclusive ? "<=" : "<";
          const sizing = getSizing(issue2.origin);
          if (sizing)
            return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
          return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
        }
        case "too_small": {
          const adj = issue2.inclusive ? ">=" : ">";
          const sizing = getSizing(issue2.origin);
          if (sizing) {
            return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
          }
          return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
        }
        case "invalid_format": {
          const _issue = issue2;
          if (_issue.format === "starts_with") {
            return `Invalid string: must start with "${_issue.prefix}"`;
          }
          if (_issue.format === "ends_with")
            return `Invalid string: must end with "${_issue.suffix}"`;
          if (_issue.format === "includes")
            return `Invalid string: must include "${_issue.includes}"`;
          if (_issue.format === "regex")
            return `Invalid string: must match pattern ${_issue.pattern}`;
          return `Invalid ${Nouns[_issue.format] ?? issue2.format}`;
        }
        case "not_multiple_of":
          return `Invalid number: must be a multiple of ${issue2.divisor}`;
        case "unrecognized_keys":
          return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
        case "invalid_key":
          return `Invalid key in ${issue2.origin}`;
        case "invalid_union":
          return "Invalid input";
        case "invalid_element":
          return `Invalid value in ${issue2.origin}`;
        default:
          return `Invalid input`;
      }
    };
  };
  function en_default() {
    return {
      localeError: error()
    };
  }

  // node_modules/zod/v4/core/registries.js
  var $output = Symbol("ZodOutput");
  var $input = Symbol("ZodInput");

  // node_modules/zod/v4/core/api.js
  function _string(Class2, params) {
    return new Class2({
      type: "string",
      ...normalizeParams(params)
    });
  }
  function _number(Class2, params) {
    return new Class2({
      type: "number",
      checks: [],
      ...normalizeParams(params)
    });
  }
  function _int(Class2, params) {
    return new Class2({
      type: "number",
      check: "number_format",
      abort: false,
      format: "safeint",
      ...normalizeParams(params)
    });
  }
  function _boolean(Class2, params) {
    return new Class2({
      type: "boolean",
      ...normalizeParams(params)
    });
  }
  function _unknown(Class2) {
    return new Class2({
      type: "unknown"
    });
  }
  function _never(Class2, params) {
    return new Class2({
      type: "never",
      ...normalizeParams(params)
    });
  }
  function _lte(value, params) {
    return new $ZodCheckLessThan({
      check: "less_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  function _gt(value, params) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params),
      value,
      inclusive: false
    });
  }
  function _gte(value, params) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  function _positive(params) {
    return _gt(0, params);
  }
  function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params),
      maximum
    });
    return ch;
  }
  function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
      check: "min_length",
      ...normalizeParams(params),
      minimum
    });
  }
  function _regex(pattern, params) {
    return new $ZodCheckRegex({
      check: "string_format",
      format: "regex",
      ...normalizeParams(params),
      pattern
    });
  }
  function _refine(Class2, fn, _params) {
    const schema = new Class2({
      type: "custom",
      check: "custom",
      fn,
      ...normalizeParams(_params)
    });
    return schema;
  }

  // node_modules/zod/v4/mini/schemas.js
  var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
      throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    inst.parse = (data, params) => parse(inst, data, params, { callee: inst.parse });
    inst.safeParse = (data, params) => safeParse(inst, data, params);
    inst.parseAsync = async (data, params) => parseAsync(inst, data, params, { callee: inst.parseAsync });
    inst.safeParseAsync = async (data, params) => safeParseAsync(inst, data, params);
    inst.check = (...checks) => {
      return inst.clone(
        {
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }
        // { parent: true }
      );
    };
    inst.clone = (_def, params) => clone(inst, _def, params);
    inst.brand = () => inst;
    inst.register = ((reg, meta) => {
      reg.add(inst, meta);
      return inst;
    });
  });
  var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function string2(params) {
    return _string(ZodMiniString, params);
  }
  var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function number2(params) {
    return _number(ZodMiniNumber, params);
  }
  var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
  });
  function int(params) {
    return _int(ZodMiniNumberFormat, params);
  }
  var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function boolean2(params) {
    return _boolean(ZodMiniBoolean, params);
  }
  var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function unknown() {
    return _unknown(ZodMiniUnknown);
  }
  var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function never(params) {
    return _never(ZodMiniNever, params);
  }
  var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function array(element, params) {
    return new ZodMiniArray({
      type: "array",
      element,
      ...util_exports.normalizeParams(params)
    });
  }
  var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    util_exports.defineLazy(inst, "shape", () => def.shape);
  });
  function strictObject(shape, params) {
    return new ZodMiniObject({
      type: "object",
      shape,
      catchall: never(),
      ...util_exports.normalizeParams(params)
    });
  }
  var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
    $ZodRecord.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function partialRecord(keyType, valueType, params) {
    const k = clone(keyType);
    k._zod.values = void 0;
    return new ZodMiniRecord({
      type: "record",
      keyType: k,
      valueType,
      ...util_exports.normalizeParams(params)
    });
  }
  var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    inst.options = Object.values(def.entries);
  });
  function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
      type: "enum",
      entries,
      ...util_exports.normalizeParams(params)
    });
  }
  var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function literal(value, params) {
    return new ZodMiniLiteral({
      type: "literal",
      values: Array.isArray(value) ? value : [value],
      ...util_exports.normalizeParams(params)
    });
  }
  var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function optional(innerType) {
    return new ZodMiniOptional({
      type: "optional",
      innerType
    });
  }
  var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  function refine(fn, _params = {}) {
    return _refine(ZodMiniCustom, fn, _params);
  }

  // node_modules/viem/_esm/index.js
  init_exports();

  // node_modules/viem/_esm/utils/encoding/toRlp.js
  init_base();
  init_cursor2();
  init_toBytes();
  init_toHex();
  function toRlp(bytes, to = "hex") {
    const encodable = getEncodable(bytes);
    const cursor = createCursor(new Uint8Array(encodable.length));
    encodable.encode(cursor);
    if (to === "hex")
      return bytesToHex(cursor.bytes);
    return cursor.bytes;
  }
  function getEncodable(bytes) {
    if (Array.isArray(bytes))
      return getEncodableList(bytes.map((x) => getEncodable(x)));
    return getEncodableBytes(bytes);
  }
  function getEncodableList(list) {
    const bodyLength = list.reduce((acc, x) => acc + x.length, 0);
    const sizeOfBodyLength = getSizeOfLength(bodyLength);
    const length = (() => {
      if (bodyLength <= 55)
        return 1 + bodyLength;
      return 1 + sizeOfBodyLength + bodyLength;
    })();
    return {
      length,
      encode(cursor) {
        if (bodyLength <= 55) {
          cursor.pushByte(192 + bodyLength);
        } else {
          cursor.pushByte(192 + 55 + sizeOfBodyLength);
          if (sizeOfBodyLength === 1)
            cursor.pushUint8(bodyLength);
          else if (sizeOfBodyLength === 2)
            cursor.pushUint16(bodyLength);
          else if (sizeOfBodyLength === 3)
            cursor.pushUint24(bodyLength);
          else
            cursor.pushUint32(bodyLength);
        }
        for (const { encode: encode2 } of list) {
          encode2(cursor);
        }
      }
    };
  }
  function getEncodableBytes(bytesOrHex) {
    const bytes = typeof bytesOrHex === "string" ? hexToBytes(bytesOrHex) : bytesOrHex;
    const sizeOfBytesLength = getSizeOfLength(bytes.length);
    const length = (() => {
      if (bytes.length === 1 && bytes[0] < 128)
        return 1;
      if (bytes.length <= 55)
        return 1 + bytes.length;
      return 1 + sizeOfBytesLength + bytes.length;
    })();
    return {
      length,
      encode(cursor) {
        if (bytes.length === 1 && bytes[0] < 128) {
          cursor.pushBytes(bytes);
        } else if (bytes.length <= 55) {
          cursor.pushByte(128 + bytes.length);
          cursor.pushBytes(bytes);
        } else {
          cursor.pushByte(128 + 55 + sizeOfBytesLength);
          if (sizeOfBytesLength === 1)
            cursor.pushUint8(bytes.length);
          else if (sizeOfBytesLength === 2)
            cursor.pushUint16(bytes.length);
          else if (sizeOfBytesLength === 3)
            cursor.pushUint24(bytes.length);
          else
            cursor.pushUint32(bytes.length);
          cursor.pushBytes(bytes);
        }
      }
    };
  }
  function getSizeOfLength(length) {
    if (length < 2 ** 8)
      return 1;
    if (length < 2 ** 16)
      return 2;
    if (length < 2 ** 24)
      return 3;
    if (length < 2 ** 32)
      return 4;
    throw new BaseError2("Length is too large.");
  }

  // node_modules/viem/_esm/utils/blob/blobsToCommitments.js
  init_toBytes();
  init_toHex();
  function blobsToCommitments(parameters) {
    const { kzg } = parameters;
    const to = parameters.to ?? (typeof parameters.blobs[0] === "string" ? "hex" : "bytes");
    const blobs = typeof parameters.blobs[0] === "string" ? parameters.blobs.map((x) => hexToBytes(x)) : parameters.blobs;
    const commitments = [];
    for (const blob of blobs)
      commitments.push(Uint8Array.from(kzg.blobToKzgCommitment(blob)));
    return to === "bytes" ? commitments : commitments.map((x) => bytesToHex(x));
  }

  // node_modules/viem/_esm/utils/blob/blobsToProofs.js
  init_toBytes();
  init_toHex();
  function blobsToProofs(parameters) {
    const { kzg } = parameters;
    const to = parameters.to ?? (typeof parameters.blobs[0] === "string" ? "hex" : "bytes");
    const blobs = typeof parameters.blobs[0] === "string" ? parameters.blobs.map((x) => hexToBytes(x)) : parameters.blobs;
    const commitments = typeof parameters.commitments[0] === "string" ? parameters.commitments.map((x) => hexToBytes(x)) : parameters.commitments;
    const proofs = [];
    for (let i = 0; i < blobs.length; i++) {
      const blob = blobs[i];
      const commitment = commitments[i];
      proofs.push(Uint8Array.from(kzg.computeBlobKzgProof(blob, commitment)));
    }
    return to === "bytes" ? proofs : proofs.map((x) => bytesToHex(x));
  }

  // node_modules/viem/_esm/utils/blob/commitmentToVersionedHash.js
  init_toHex();

  // node_modules/viem/node_modules/@noble/hashes/esm/sha256.js
  init_sha2();
  var sha2562 = sha256;

  // node_modules/viem/_esm/utils/hash/sha256.js
  init_isHex();
  init_toBytes();
  init_toHex();
  function sha2563(value, to_) {
    const to = to_ || "hex";
    const bytes = sha2562(isHex(value, { strict: false }) ? toBytes(value) : value);
    if (to === "bytes")
      return bytes;
    return toHex(bytes);
  }

  // node_modules/viem/_esm/utils/blob/commitmentToVersionedHash.js
  function commitmentToVersionedHash(parameters) {
    const { commitment, version: version4 = 1 } = parameters;
    const to = parameters.to ?? (typeof commitment === "string" ? "hex" : "bytes");
    const versionedHash = sha2563(commitment, "bytes");
    versionedHash.set([version4], 0);
    return to === "bytes" ? versionedHash : bytesToHex(versionedHash);
  }

  // node_modules/viem/_esm/utils/blob/commitmentsToVersionedHashes.js
  function commitmentsToVersionedHashes(parameters) {
    const { commitments, version: version4 } = parameters;
    const to = parameters.to ?? (typeof commitments[0] === "string" ? "hex" : "bytes");
    const hashes = [];
    for (const commitment of commitments) {
      hashes.push(commitmentToVersionedHash({
        commitment,
        to,
        version: version4
      }));
    }
    return hashes;
  }

  // node_modules/viem/_esm/constants/blob.js
  var blobsPerTransaction = 6;
  var bytesPerFieldElement = 32;
  var fieldElementsPerBlob = 4096;
  var bytesPerBlob = bytesPerFieldElement * fieldElementsPerBlob;
  var maxBytesPerTransaction = bytesPerBlob * blobsPerTransaction - // terminator byte (0x80).
  1 - // zero byte (0x00) appended to each field element.
  1 * fieldElementsPerBlob * blobsPerTransaction;

  // node_modules/viem/_esm/constants/kzg.js
  var versionedHashVersionKzg = 1;

  // node_modules/viem/_esm/errors/blob.js
  init_base();
  var BlobSizeTooLargeError = class extends BaseError2 {
    constructor({ maxSize, size: size2 }) {
      super("Blob size is too large.", {
        metaMessages: [`Max: ${maxSize} bytes`, `Given: ${size2} bytes`],
        name: "BlobSizeTooLargeError"
      });
    }
  };
  var EmptyBlobError = class extends BaseError2 {
    constructor() {
      super("Blob data must not be empty.", { name: "EmptyBlobError" });
    }
  };
  var InvalidVersionedHashSizeError = class extends BaseError2 {
    constructor({ hash: hash2, size: size2 }) {
      super(`Versioned hash "${hash2}" size is invalid.`, {
        metaMessages: ["Expected: 32", `Received: ${size2}`],
        name: "InvalidVersionedHashSizeError"
      });
    }
  };
  var InvalidVersionedHashVersionError = class extends BaseError2 {
    constructor({ hash: hash2, version: version4 }) {
      super(`Versioned hash "${hash2}" version is invalid.`, {
        metaMessages: [
          `Expected: ${versionedHashVersionKzg}`,
          `Received: ${version4}`
        ],
        name: "InvalidVersionedHashVersionError"
      });
    }
  };

  // node_modules/viem/_esm/utils/blob/toBlobs.js
  init_cursor2();
  init_size();
  init_toBytes();
  init_toHex();
  function toBlobs(parameters) {
    const to = parameters.to ?? (typeof parameters.data === "string" ? "hex" : "bytes");
    const data = typeof parameters.data === "string" ? hexToBytes(parameters.data) : parameters.data;
    const size_ = size(data);
    if (!size_)
      throw new EmptyBlobError();
    if (size_ > maxBytesPerTransaction)
      throw new BlobSizeTooLargeError({
        maxSize: maxBytesPerTransaction,
        size: size_
      });
    const blobs = [];
    let active = true;
    let position = 0;
    while (active) {
      const blob = createCursor(new Uint8Array(bytesPerBlob));
      let size2 = 0;
      while (size2 < fieldElementsPerBlob) {
        const bytes = data.slice(position, position + (bytesPerFieldElement - 1));
        blob.pushByte(0);
        blob.pushBytes(bytes);
        if (bytes.length < 31) {
          blob.pushByte(128);
          active = false;
          break;
        }
        size2++;
        position += 31;
      }
      blobs.push(blob);
    }
    return to === "bytes" ? blobs.map((x) => x.bytes) : blobs.map((x) => bytesToHex(x.bytes));
  }

  // node_modules/viem/_esm/utils/blob/toBlobSidecars.js
  function toBlobSidecars(parameters) {
    const { data, kzg, to } = parameters;
    const blobs = parameters.blobs ?? toBlobs({ data, to });
    const commitments = parameters.commitments ?? blobsToCommitments({ blobs, kzg, to });
    const proofs = parameters.proofs ?? blobsToProofs({ blobs, commitments, kzg, to });
    const sidecars = [];
    for (let i = 0; i < blobs.length; i++)
      sidecars.push({
        blob: blobs[i],
        commitment: commitments[i],
        proof: proofs[i]
      });
    return sidecars;
  }

  // node_modules/viem/_esm/utils/transaction/getTransactionType.js
  init_transaction();
  function getTransactionType(transaction) {
    if (transaction.type)
      return transaction.type;
    if (typeof transaction.authorizationList !== "undefined")
      return "eip7702";
    if (typeof transaction.blobs !== "undefined" || typeof transaction.blobVersionedHashes !== "undefined" || typeof transaction.maxFeePerBlobGas !== "undefined" || typeof transaction.sidecars !== "undefined")
      return "eip4844";
    if (typeof transaction.maxFeePerGas !== "undefined" || typeof transaction.maxPriorityFeePerGas !== "undefined") {
      return "eip1559";
    }
    if (typeof transaction.gasPrice !== "undefined") {
      if (typeof transaction.accessList !== "undefined")
        return "eip2930";
      return "legacy";
    }
    throw new InvalidSerializableTransactionError({ transaction });
  }

  // node_modules/viem/_esm/utils/authorization/serializeAuthorizationList.js
  init_toHex();

  // node_modules/viem/_esm/utils/transaction/serializeTransaction.js
  init_transaction();
  init_concat();
  init_trim();
  init_toHex();

  // node_modules/viem/_esm/utils/transaction/assertTransaction.js
  init_number();
  init_address();
  init_base();
  init_chain();
  init_node();
  init_isAddress();
  init_size();
  init_slice();
  init_fromHex();
  function assertTransactionEIP7702(transaction) {
    const { authorizationList } = transaction;
    if (authorizationList) {
      for (const authorization of authorizationList) {
        const { chainId } = authorization;
        const address3 = authorization.address;
        if (!isAddress(address3))
          throw new InvalidAddressError({ address: address3 });
        if (chainId < 0)
          throw new InvalidChainIdError({ chainId });
      }
    }
    assertTransactionEIP1559(transaction);
  }
  function assertTransactionEIP4844(transaction) {
    const { blobVersionedHashes } = transaction;
    if (blobVersionedHashes) {
      if (blobVersionedHashes.length === 0)
        throw new EmptyBlobError();
      for (const hash2 of blobVersionedHashes) {
        const size_ = size(hash2);
        const version4 = hexToNumber(slice(hash2, 0, 1));
        if (size_ !== 32)
          throw new InvalidVersionedHashSizeError({ hash: hash2, size: size_ });
        if (version4 !== versionedHashVersionKzg)
          throw new InvalidVersionedHashVersionError({
            hash: hash2,
            version: version4
          });
      }
    }
    assertTransactionEIP1559(transaction);
  }
  function assertTransactionEIP1559(transaction) {
    const { chainId, maxPriorityFeePerGas, maxFeePerGas, to } = transaction;
    if (chainId <= 0)
      throw new InvalidChainIdError({ chainId });
    if (to && !isAddress(to))
      throw new InvalidAddressError({ address: to });
    if (maxFeePerGas && maxFeePerGas > maxUint256)
      throw new FeeCapTooHighError({ maxFeePerGas });
    if (typeof maxPriorityFeePerGas === "bigint" && typeof maxFeePerGas === "bigint" && maxPriorityFeePerGas > maxFeePerGas)
      throw new TipAboveFeeCapError({ maxFeePerGas, maxPriorityFeePerGas });
  }
  function assertTransactionEIP2930(transaction) {
    const { chainId, maxPriorityFeePerGas, gasPrice, maxFeePerGas, to } = transaction;
    if (chainId <= 0)
      throw new InvalidChainIdError({ chainId });
    if (to && !isAddress(to))
      throw new InvalidAddressError({ address: to });
    if (maxPriorityFeePerGas || maxFeePerGas)
      throw new BaseError2("`maxFeePerGas`/`maxPriorityFeePerGas` is not a valid EIP-2930 Transaction attribute.");
    if (gasPrice && gasPrice > maxUint256)
      throw new FeeCapTooHighError({ maxFeePerGas: gasPrice });
  }
  function assertTransactionLegacy(transaction) {
    const { chainId, maxPriorityFeePerGas, gasPrice, maxFeePerGas, to } = transaction;
    if (to && !isAddress(to))
      throw new InvalidAddressError({ address: to });
    if (typeof chainId !== "undefined" && chainId <= 0)
      throw new InvalidChainIdError({ chainId });
    if (maxPriorityFeePerGas || maxFeePerGas)
      throw new BaseError2("`maxFeePerGas`/`maxPriorityFeePerGas` is not a valid Legacy Transaction attribute.");
    if (gasPrice && gasPrice > maxUint256)
      throw new FeeCapTooHighError({ maxFeePerGas: gasPrice });
  }

  // node_modules/viem/_esm/utils/transaction/serializeAccessList.js
  init_address();
  init_transaction();
  init_isAddress();
  function serializeAccessList(accessList) {
    if (!accessList || accessList.length === 0)
      return [];
    const serializedAccessList = [];
    for (let i = 0; i < accessList.length; i++) {
      const { address: address3, storageKeys } = accessList[i];
      for (let j = 0; j < storageKeys.length; j++) {
        if (storageKeys[j].length - 2 !== 64) {
          throw new InvalidStorageKeySizeError({ storageKey: storageKeys[j] });
        }
      }
      if (!isAddress(address3, { strict: false })) {
        throw new InvalidAddressError({ address: address3 });
      }
      serializedAccessList.push([address3, storageKeys]);
    }
    return serializedAccessList;
  }

  // node_modules/viem/_esm/utils/transaction/serializeTransaction.js
  function serializeTransaction(transaction, signature) {
    const type = getTransactionType(transaction);
    if (type === "eip1559")
      return serializeTransactionEIP1559(transaction, signature);
    if (type === "eip2930")
      return serializeTransactionEIP2930(transaction, signature);
    if (type === "eip4844")
      return serializeTransactionEIP4844(transaction, signature);
    if (type === "eip7702")
      return serializeTransactionEIP7702(transaction, signature);
    return serializeTransactionLegacy(transaction, signature);
  }
  function serializeTransactionEIP7702(transaction, signature) {
    const { authorizationList, chainId, gas, nonce, to, value, maxFeePerGas, maxPriorityFeePerGas, accessList, data } = transaction;
    assertTransactionEIP7702(transaction);
    const serializedAccessList = serializeAccessList(accessList);
    const serializedAuthorizationList = serializeAuthorizationList(authorizationList);
    return concatHex([
      "0x04",
      toRlp([
        numberToHex(chainId),
        nonce ? numberToHex(nonce) : "0x",
        maxPriorityFeePerGas ? numberToHex(maxPriorityFeePerGas) : "0x",
        maxFeePerGas ? numberToHex(maxFeePerGas) : "0x",
        gas ? numberToHex(gas) : "0x",
        to ?? "0x",
        value ? numberToHex(value) : "0x",
        data ?? "0x",
        serializedAccessList,
        serializedAuthorizationList,
        ...toYParitySignatureArray(transaction, signature)
      ])
    ]);
  }
  function serializeTransactionEIP4844(transaction, signature) {
    const { chainId, gas, nonce, to, value, maxFeePerBlobGas, maxFeePerGas, maxPriorityFeePerGas, accessList, data } = transaction;
    assertTransactionEIP4844(transaction);
    let blobVersionedHashes = transaction.blobVersionedHashes;
    let sidecars = transaction.sidecars;
    if (transaction.blobs && (typeof blobVersionedHashes === "undefined" || typeof sidecars === "undefined")) {
      const blobs2 = typeof transaction.blobs[0] === "string" ? transaction.blobs : transaction.blobs.map((x) => bytesToHex(x));
      const kzg = transaction.kzg;
      const commitments2 = blobsToCommitments({
        blobs: blobs2,
        kzg
      });
      if (typeof blobVersionedHashes === "undefined")
        blobVersionedHashes = commitmentsToVersionedHashes({
          commitments: commitments2
        });
      if (typeof sidecars === "undefined") {
        const proofs2 = blobsToProofs({ blobs: blobs2, commitments: commitments2, kzg });
        sidecars = toBlobSidecars({ blobs: blobs2, commitments: commitments2, proofs: proofs2 });
      }
    }
    const serializedAccessList = serializeAccessList(accessList);
    const serializedTransaction = [
      numberToHex(chainId),
      nonce ? numberToHex(nonce) : "0x",
      maxPriorityFeePerGas ? numberToHex(maxPriorityFeePerGas) : "0x",
      maxFeePerGas ? numberToHex(maxFeePerGas) : "0x",
      gas ? numberToHex(gas) : "0x",
      to ?? "0x",
      value ? numberToHex(value) : "0x",
      data ?? "0x",
      serializedAccessList,
      maxFeePerBlobGas ? numberToHex(maxFeePerBlobGas) : "0x",
      blobVersionedHashes ?? [],
      ...toYParitySignatureArray(transaction, signature)
    ];
    const blobs = [];
    const commitments = [];
    const proofs = [];
    if (sidecars)
      for (let i = 0; i < sidecars.length; i++) {
        const { blob, commitment, proof } = sidecars[i];
        blobs.push(blob);
        commitments.push(commitment);
        proofs.push(proof);
      }
    return concatHex([
      "0x03",
      sidecars ? (
        // If sidecars are enabled, envelope turns into a "wrapper":
        toRlp([serializedTransaction, blobs, commitments, proofs])
      ) : (
        // If sidecars are disabled, standard envelope is used:
        toRlp(serializedTransaction)
      )
    ]);
  }
  function serializeTransactionEIP1559(transaction, signature) {
    const { chainId, gas, nonce, to, value, maxFeePerGas, maxPriorityFeePerGas, accessList, data } = transaction;
    assertTransactionEIP1559(transaction);
    const serializedAccessList = serializeAccessList(accessList);
    const serializedTransaction = [
      numberToHex(chainId),
      nonce ? numberToHex(nonce) : "0x",
      maxPriorityFeePerGas ? numberToHex(maxPriorityFeePerGas) : "0x",
      maxFeePerGas ? numberToHex(maxFeePerGas) : "0x",
      gas ? numberToHex(gas) : "0x",
      to ?? "0x",
      value ? numberToHex(value) : "0x",
      data ?? "0x",
      serializedAccessList,
      ...toYParitySignatureArray(transaction, signature)
    ];
    return concatHex([
      "0x02",
      toRlp(serializedTransaction)
    ]);
  }
  function serializeTransactionEIP2930(transaction, signature) {
    const { chainId, gas, data, nonce, to, value, accessList, gasPrice } = transaction;
    assertTransactionEIP2930(transaction);
    const serializedAccessList = serializeAccessList(accessList);
    const serializedTransaction = [
      numberToHex(chainId),
      nonce ? numberToHex(nonce) : "0x",
      gasPrice ? numberToHex(gasPrice) : "0x",
      gas ? numberToHex(gas) : "0x",
      to ?? "0x",
      value ? numberToHex(value) : "0x",
      data ?? "0x",
      serializedAccessList,
      ...toYParitySignatureArray(transaction, signature)
    ];
    return concatHex([
      "0x01",
      toRlp(serializedTransaction)
    ]);
  }
  function serializeTransactionLegacy(transaction, signature) {
    const { chainId = 0, gas, data, nonce, to, value, gasPrice } = transaction;
    assertTransactionLegacy(transaction);
    let serializedTransaction = [
      nonce ? numberToHex(nonce) : "0x",
      gasPrice ? numberToHex(gasPrice) : "0x",
      gas ? numberToHex(gas) : "0x",
      to ?? "0x",
      value ? numberToHex(value) : "0x",
      data ?? "0x"
    ];
    if (signature) {
      const v = (() => {
        if (signature.v >= 35n) {
          const inferredChainId = (signature.v - 35n) / 2n;
          if (inferredChainId > 0)
            return signature.v;
          return 27n + (signature.v === 35n ? 0n : 1n);
        }
        if (chainId > 0)
          return BigInt(chainId * 2) + BigInt(35n + signature.v - 27n);
        const v2 = 27n + (signature.v === 27n ? 0n : 1n);
        if (signature.v !== v2)
          throw new InvalidLegacyVError({ v: signature.v });
        return v2;
      })();
      const r = trim(signature.r);
      const s = trim(signature.s);
      serializedTransaction = [
        ...serializedTransaction,
        numberToHex(v),
        r === "0x00" ? "0x" : r,
        s === "0x00" ? "0x" : s
      ];
    } else if (chainId > 0) {
      serializedTransaction = [
        ...serializedTransaction,
        numberToHex(chainId),
        "0x",
        "0x"
      ];
    }
    return toRlp(serializedTransaction);
  }
  function toYParitySignatureArray(transaction, signature_) {
    const signature = signature_ ?? transaction;
    const { v, yParity } = signature;
    if (typeof signature.r === "undefined")
      return [];
    if (typeof signature.s === "undefined")
      return [];
    if (typeof v === "undefined" && typeof yParity === "undefined")
      return [];
    const r = trim(signature.r);
    const s = trim(signature.s);
    const yParity_ = (() => {
      if (typeof yParity === "number")
        return yParity ? numberToHex(1) : "0x";
      if (v === 0n)
        return "0x";
      if (v === 1n)
        return numberToHex(1);
      return v === 27n ? "0x" : numberToHex(1);
    })();
    return [yParity_, r === "0x00" ? "0x" : r, s === "0x00" ? "0x" : s];
  }

  // node_modules/viem/_esm/utils/authorization/serializeAuthorizationList.js
  function serializeAuthorizationList(authorizationList) {
    if (!authorizationList || authorizationList.length === 0)
      return [];
    const serializedAuthorizationList = [];
    for (const authorization of authorizationList) {
      const { chainId, nonce, ...signature } = authorization;
      const contractAddress = authorization.address;
      const signatureArray = toYParitySignatureArray({}, signature);
      if (signatureArray.length > 0 && signature.yParity)
        signatureArray[0] = toHex(signature.yParity);
      serializedAuthorizationList.push([
        chainId ? toHex(chainId) : "0x",
        contractAddress,
        nonce ? toHex(nonce) : "0x",
        ...signatureArray
      ]);
    }
    return serializedAuthorizationList;
  }

  // node_modules/viem/_esm/utils/signature/hashTypedData.js
  init_encodeAbiParameters();
  init_concat();
  init_toHex();
  init_keccak256();

  // node_modules/viem/_esm/utils/typedData.js
  init_abi();
  init_address();

  // node_modules/viem/_esm/errors/typedData.js
  init_stringify();
  init_base();
  var InvalidDomainError = class extends BaseError2 {
    constructor({ domain }) {
      super(`Invalid domain "${stringify(domain)}".`, {
        metaMessages: ["Must be a valid EIP-712 domain."],
        name: "InvalidDomainError"
      });
    }
  };
  var InvalidPrimaryTypeError = class extends BaseError2 {
    constructor({ primaryType, types }) {
      super(`Invalid primary type \`${primaryType}\` must be one of \`${JSON.stringify(Object.keys(types))}\`.`, {
        docsPath: "/api/glossary/Errors#typeddatainvalidprimarytypeerror",
        metaMessages: ["Check that the primary type is a key in `types`."],
        name: "InvalidPrimaryTypeError"
      });
    }
  };
  var InvalidStructTypeError = class extends BaseError2 {
    constructor({ type }) {
      super(`Struct type "${type}" is invalid.`, {
        metaMessages: [
          'Struct type must contain only letters, digits, "_", "$" and ":", and must not be a Solidity type.'
        ],
        name: "InvalidStructTypeError"
      });
    }
  };
  var InvalidTypedDataTypeError = class extends BaseError2 {
    constructor({ type }) {
      const isAlias = /^u?int(\[[0-9]*\])*$/.test(type);
      super(`Type "${type}" is not a valid EIP-712 type.`, {
        metaMessages: isAlias ? [`Use "${type.replace(/^(u?int)/, "$&256")}" instead.`] : void 0,
        name: "InvalidTypedDataTypeError"
      });
    }
  };

  // node_modules/viem/_esm/utils/typedData.js
  init_isAddress();
  init_size();
  init_toHex();
  init_regex2();
  function validateTypedData(parameters) {
    const { domain, message, primaryType, types } = parameters;
    const validateData = (struct, data) => {
      for (const param of struct) {
        const { name, type } = param;
        const value = data[name];
        const integerMatch = type.match(integerRegex2);
        if (integerMatch && (typeof value === "number" || typeof value === "bigint")) {
          const [_type, base, size_] = integerMatch;
          numberToHex(value, {
            signed: base === "int",
            size: Number.parseInt(size_, 10) / 8
          });
        }
        if (type === "address" && typeof value === "string" && !isAddress(value))
          throw new InvalidAddressError({ address: value });
        const bytesMatch = type.match(bytesRegex2);
        if (bytesMatch) {
          const [_type, size_] = bytesMatch;
          if (size_ && size(value) !== Number.parseInt(size_, 10))
            throw new BytesSizeMismatchError({
              expectedSize: Number.parseInt(size_, 10),
              givenSize: size(value)
            });
        }
        if (Object.hasOwn(types, type))
          validateData(types[type], value);
      }
    };
    for (const type of Object.keys(types))
      validateReference(type);
    for (const struct of Object.values(types))
      for (const field of struct ?? [])
        validateField(field.type, types);
    if (types.EIP712Domain && domain) {
      if (typeof domain !== "object")
        throw new InvalidDomainError({ domain });
      validateData(types.EIP712Domain, domain);
    }
    if (primaryType !== "EIP712Domain") {
      if (types[primaryType])
        validateData(types[primaryType], message);
      else
        throw new InvalidPrimaryTypeError({ primaryType, types });
    }
  }
  function getTypesForEIP712Domain({ domain }) {
    return [
      domain?.name != null && { name: "name", type: "string" },
      domain?.version != null && { name: "version", type: "string" },
      domain?.chainId != null && { name: "chainId", type: "uint256" },
      domain?.verifyingContract != null && {
        name: "verifyingContract",
        type: "address"
      },
      domain?.salt != null && { name: "salt", type: "bytes32" }
    ].filter(Boolean);
  }
  function validateField(type, types) {
    const baseType = type.replace(/(\[[0-9]*\])+$/, "");
    if (baseType === "int" || baseType === "uint")
      throw new InvalidTypedDataTypeError({ type });
    if (!Object.hasOwn(types, baseType) && !isSolidityType2(baseType))
      throw new InvalidTypedDataTypeError({ type });
  }
  function isSolidityType2(type) {
    return type === "address" || type === "bool" || type === "string" || bytesRegex2.test(type) || integerRegex2.test(type);
  }
  function validateReference(type) {
    if (!/^[A-Za-z0-9_$:]+$/.test(type) || type === "address" || type === "bool" || type === "string" || /^(u?int|bytes)[0-9]*$/.test(type))
      throw new InvalidStructTypeError({ type });
  }

  // node_modules/viem/_esm/utils/signature/hashTypedData.js
  function hashTypedData(parameters) {
    const { domain = {}, message, primaryType } = parameters;
    const types = {
      EIP712Domain: getTypesForEIP712Domain({ domain }),
      ...parameters.types
    };
    validateTypedData({
      domain,
      message,
      primaryType,
      types
    });
    const parts = ["0x1901"];
    if (domain)
      parts.push(hashDomain({
        domain,
        types
      }));
    if (primaryType !== "EIP712Domain")
      parts.push(hashStruct({
        data: message,
        primaryType,
        types
      }));
    return keccak256(concat(parts));
  }
  function hashDomain({ domain, types }) {
    return hashStruct({
      data: domain,
      primaryType: "EIP712Domain",
      types
    });
  }
  function hashStruct({ data, primaryType, types }) {
    const encoded = encodeData({
      data,
      primaryType,
      types
    });
    return keccak256(encoded);
  }
  function encodeData({ data, primaryType, types }) {
    const encodedTypes = [{ type: "bytes32" }];
    const encodedValues = [hashType({ primaryType, types })];
    for (const field of types[primaryType]) {
      const [type, value] = encodeField({
        types,
        name: field.name,
        type: field.type,
        value: data[field.name]
      });
      encodedTypes.push(type);
      encodedValues.push(value);
    }
    return encodeAbiParameters(encodedTypes, encodedValues);
  }
  function hashType({ primaryType, types }) {
    const encodedHashType = toHex(encodeType({ primaryType, types }));
    return keccak256(encodedHashType);
  }
  function encodeType({ primaryType, types }) {
    let result = "";
    const unsortedDeps = findTypeDependencies({ primaryType, types });
    unsortedDeps.delete(primaryType);
    const deps = [primaryType, ...Array.from(unsortedDeps).sort()];
    for (const type of deps) {
      result += `${type}(${types[type].map(({ name, type: t }) => `${t} ${name}`).join(",")})`;
    }
    return result;
  }
  function findTypeDependencies({ primaryType: primaryType_, types }, results = /* @__PURE__ */ new Set()) {
    const primaryType = primaryType_.replace(/(\[[0-9]*\])+$/, "");
    if (results.has(primaryType) || types[primaryType] === void 0) {
      return results;
    }
    results.add(primaryType);
    for (const field of types[primaryType]) {
      findTypeDependencies({ primaryType: field.type, types }, results);
    }
    return results;
  }
  function encodeField({ types, name, type, value }) {
    if (types[type] !== void 0) {
      return [
        { type: "bytes32" },
        keccak256(encodeData({ data: value, primaryType: type, types }))
      ];
    }
    if (type === "bytes")
      return [{ type: "bytes32" }, keccak256(value)];
    if (type === "string")
      return [{ type: "bytes32" }, keccak256(toHex(value))];
    if (type.lastIndexOf("]") === type.length - 1) {
      const parsedType2 = type.slice(0, type.lastIndexOf("["));
      const typeValuePairs = value.map((item) => encodeField({
        name,
        type: parsedType2,
        types,
        value: item
      }));
      return [
        { type: "bytes32" },
        keccak256(encodeAbiParameters(typeValuePairs.map(([t]) => t), typeValuePairs.map(([, v]) => v)))
      ];
    }
    return [{ type }, value];
  }

  // node_modules/viem/_esm/index.js
  init_encodeFunctionData();
  init_getAddress();
  init_isAddress();
  init_concat();
  init_fromHex();
  init_toBytes();
  init_toHex();
  init_keccak256();
  init_toFunctionSelector();

  // common/errors.ts
  var BaseError3 = class extends Error {
    name = "BaseError";
    shortMessage;
    details;
    metaMessages;
    constructor(shortMessage, parameters = {}) {
      const lines = [shortMessage];
      if (parameters.metaMessages?.length) lines.push("", ...parameters.metaMessages);
      if (parameters.details) lines.push("", `Details: ${parameters.details}`);
      super(lines.join("\n"), parameters.cause === void 0 ? void 0 : { cause: parameters.cause });
      this.shortMessage = shortMessage;
      this.details = parameters.details;
      this.metaMessages = parameters.metaMessages ?? [];
    }
    /** Follows the `cause` chain; returns the first error matching `predicate`, or the deepest one. */
    walk(predicate) {
      let current = this;
      for (; ; ) {
        if (predicate?.(current)) return current;
        const next = current instanceof Error ? current.cause : void 0;
        if (next === void 0) return predicate ? void 0 : current;
        current = next;
      }
    }
  };
  var NonRetryableError = class extends BaseError3 {
    name = "NonRetryableError";
  };

  // actions/src/core/manifest.ts
  function isLoopbackHost(hostname2) {
    const h = hostname2.toLowerCase().replace(/^\[|\]$/g, "");
    return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
  }
  function checkPinnedUrl(text, local) {
    let url;
    try {
      url = new URL(text);
    } catch {
      return `not a URL: ${JSON.stringify(text.slice(0, 80))}`;
    }
    if (url.username !== "" || url.password !== "") return "must not carry credentials";
    if (url.search !== "" || url.hash !== "") return "must not carry a query or fragment";
    if (url.protocol === "https:") return void 0;
    if (url.protocol === "http:") {
      if (!isLoopbackHost(url.hostname)) return `plain http is only allowed for loopback hosts, got ${url.hostname}`;
      if (!local) return "plain http (loopback) is only allowed in a manifest marked local: true";
      return void 0;
    }
    return `protocol ${url.protocol} is not allowed (https only)`;
  }
  function duplicatesOf(values, key = (v) => String(v)) {
    const seen = /* @__PURE__ */ new Set();
    const dup = /* @__PURE__ */ new Set();
    for (const v of values) {
      const k = key(v);
      if (seen.has(k)) dup.add(k);
      seen.add(k);
    }
    return [...dup];
  }
  function readEmbeddedManifest(raw) {
    if (!raw.startsWith("{")) throw new Error("this bundle was built without a manifest (lit-oracle action build --manifest <file>)");
    return JSON.parse(raw);
  }

  // actions/src/core/packed.ts
  var MAX_GROUP_RECORDS = 255;
  var MAX_PACKED_OBSERVED_AT = 2n ** 32n - 1n;
  var INT256_MIN = -(2n ** 255n);
  var INT256_MAX = 2n ** 255n - 1n;
  function answerWidthOf(value) {
    let length = 1;
    while (length < 32) {
      const limit = 1n << BigInt(8 * length - 1);
      if (value >= -limit && value < limit) break;
      length += 1;
    }
    return length;
  }
  function idWidthOf(id) {
    let length = 32;
    while (length > 1 && id[length - 1] === 0) length -= 1;
    return length;
  }
  function encodePackedReports(reports) {
    if (reports.length === 0) throw new RangeError("at least one report is required");
    const ids = [];
    for (const [index, report] of reports.entries()) {
      const id = hexToBytes(report.feedId);
      if (id.length !== 32) throw new RangeError(`report ${index}: feedId must be bytes32`);
      if (report.observedAt <= 0n || report.observedAt > MAX_PACKED_OBSERVED_AT) {
        throw new RangeError(`report ${index}: observedAt ${report.observedAt} outside 1..2^32-1 (packed format)`);
      }
      if (report.answer < INT256_MIN || report.answer > INT256_MAX) {
        throw new RangeError(`report ${index}: answer ${report.answer} does not fit int256`);
      }
      ids.push(id);
    }
    const out = [];
    let start = 0;
    while (start < reports.length) {
      const observedAt = reports[start].observedAt;
      let end = start + 1;
      while (end < reports.length && end - start < MAX_GROUP_RECORDS && reports[end].observedAt === observedAt) end += 1;
      let idWidth = 1;
      let answerWidth = 1;
      for (let i = start; i < end; i++) {
        idWidth = Math.max(idWidth, idWidthOf(ids[i]));
        answerWidth = Math.max(answerWidth, answerWidthOf(reports[i].answer));
      }
      const t = Number(observedAt);
      out.push(end - start, idWidth, answerWidth, t >>> 24 & 255, t >>> 16 & 255, t >>> 8 & 255, t & 255);
      for (let i = start; i < end; i++) {
        out.push(...ids[i].subarray(0, idWidth));
        let v = BigInt.asUintN(8 * answerWidth, reports[i].answer);
        const answer = new Array(answerWidth);
        for (let j = answerWidth - 1; j >= 0; j--) {
          answer[j] = Number(v & 0xffn);
          v >>= 8n;
        }
        out.push(...answer);
      }
      start = end;
    }
    return bytesToHex(Uint8Array.from(out));
  }

  // actions/src/core/report.ts
  var REPORT_DOMAIN_NAME = "LitOracle";
  var REPORT_DOMAIN_VERSION = "1";
  var FEED_SYMBOL_MAX_BYTES = 31;
  var REPORT_TYPES = {
    Report: [
      { name: "feedId", type: "bytes32" },
      { name: "answer", type: "int256" },
      { name: "observedAt", type: "uint64" }
    ]
  };
  var REPORT_BATCH_TYPES = {
    ReportBatch: [{ name: "reports", type: "bytes" }]
  };
  var SYMBOL_PATTERN = /^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/;
  function feedIdOf(symbol) {
    if (!SYMBOL_PATTERN.test(symbol)) throw new Error(`feed symbol must look like BASE/QUOTE, got ${JSON.stringify(symbol)}`);
    if (symbol.length > FEED_SYMBOL_MAX_BYTES) throw new Error(`feed symbol longer than ${FEED_SYMBOL_MAX_BYTES} bytes: ${symbol}`);
    return stringToHex(symbol, { size: 32 });
  }
  function domainOf(domain) {
    return {
      name: REPORT_DOMAIN_NAME,
      version: REPORT_DOMAIN_VERSION,
      chainId: BigInt(domain.chainId),
      verifyingContract: domain.verifyingContract
    };
  }
  function reportDigest(domain, report) {
    return hashTypedData({ domain: domainOf(domain), types: REPORT_TYPES, primaryType: "Report", message: report });
  }
  function batchDigest(domain, reports) {
    if (reports.length === 0) throw new Error("a batch needs at least one report");
    return packedBatchDigest(domain, encodePackedReports(reports));
  }
  function packedBatchDigest(domain, packed) {
    return hashTypedData({
      domain: domainOf(domain),
      types: REPORT_BATCH_TYPES,
      primaryType: "ReportBatch",
      message: { reports: packed }
    });
  }
  var CANDIDATES_DOMAIN = { name: "LitOracleMoveCandidates", version: "1" };
  var CANDIDATES_TYPES = {
    MoveCandidates: [
      { name: "observedAt", type: "uint64" },
      { name: "feedIds", type: "bytes32[]" },
      { name: "answers", type: "int256[]" }
    ]
  };
  function candidatesDigest(observedAt, candidates) {
    return hashTypedData({
      domain: CANDIDATES_DOMAIN,
      types: CANDIDATES_TYPES,
      primaryType: "MoveCandidates",
      message: { observedAt: BigInt(observedAt), feedIds: candidates.map((c) => c.feedId), answers: candidates.map((c) => c.answer) }
    });
  }

  // actions/src/core/sources/catalog.ts
  var MAJORS = ["BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "AVAX", "DOT", "LINK", "LTC", "BCH", "UNI", "ATOM", "XLM", "AAVE", "NEAR", "FIL", "ETC", "ARB", "OP"];
  var without = (list, ...drop) => list.filter((x) => !drop.includes(x));
  var CATALOG = {
    // Coinbase has no USDC-USD book (it treats USDC as USD).
    coinbase: { USD: [...MAJORS, "USDT", "DAI"], USDT: ["BTC", "ETH", "SOL"] },
    // Global venues have stablecoin books only.
    binance: { USDT: [...MAJORS, "USDC"], USDC: ["BTC", "ETH", "SOL", "XRP", "DOGE", "LINK", "AVAX", "LTC", "ADA"] },
    kraken: { USD: [...MAJORS, "USDT", "USDC", "DAI"], USDT: ["BTC", "ETH", "SOL", "USDC"], USDC: ["BTC", "ETH", "SOL"] },
    bitstamp: { USD: [...without(MAJORS, "ATOM", "NEAR", "FIL", "ARB", "OP"), "USDT", "USDC", "DAI"], USDT: ["BTC", "ETH", "USDC"] },
    okx: { USDT: [...MAJORS, "USDC"], USDC: ["BTC", "ETH", "SOL"] },
    bybit: { USDT: [...MAJORS, "USDC"], USDC: ["BTC", "ETH", "SOL"] },
    gemini: { USD: [...without(MAJORS, "ADA", "ATOM", "XLM", "NEAR", "ETC", "ARB", "OP"), "USDT", "DAI"] },
    kucoin: { USDT: [...MAJORS, "USDC"], USDC: ["BTC", "ETH"] },
    bitfinex: { USD: [...MAJORS, "USDT", "USDC"], USDT: ["BTC", "ETH", "SOL"] },
    coingecko: { USD: [...MAJORS, "USDT", "USDC", "DAI"] },
    cryptocompare: { USD: [...MAJORS, "USDT", "USDC", "DAI"] }
  };
  var LISTING_ENDPOINT = {
    coinbase: "GET /products",
    binance: "GET /api/v3/exchangeInfo",
    kraken: "GET /0/public/AssetPairs",
    bitstamp: "GET /api/v2/trading-pairs-info/",
    okx: "GET /api/v5/public/instruments?instType=SPOT",
    bybit: "GET /v5/market/instruments-info?category=spot",
    gemini: "GET /v1/symbols",
    kucoin: "GET /api/v2/symbols",
    bitfinex: "GET /v2/conf/pub:list:pair:exchange",
    coingecko: "GET /api/v3/coins/list",
    cryptocompare: "GET /data/all/coinlist"
  };
  var COINGECKO_IDS = {
    BTC: "bitcoin",
    ETH: "ethereum",
    SOL: "solana",
    XRP: "ripple",
    ADA: "cardano",
    DOGE: "dogecoin",
    AVAX: "avalanche-2",
    DOT: "polkadot",
    LINK: "chainlink",
    LTC: "litecoin",
    BCH: "bitcoin-cash",
    UNI: "uniswap",
    ATOM: "cosmos",
    XLM: "stellar",
    AAVE: "aave",
    NEAR: "near",
    FIL: "filecoin",
    ETC: "ethereum-classic",
    ARB: "arbitrum",
    OP: "optimism",
    USDT: "tether",
    USDC: "usd-coin",
    DAI: "dai"
  };

  // actions/src/core/sources/types.ts
  var SOURCE_IDS = [
    "coinbase",
    "binance",
    "kraken",
    "bitstamp",
    "okx",
    "bybit",
    "gemini",
    "kucoin",
    "bitfinex",
    "coingecko",
    "cryptocompare"
  ];
  var STABLECOINS = ["USDT", "USDC", "DAI", "FDUSD", "PYUSD"];
  function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }
  function fail(reason) {
    return { ok: false, reason };
  }
  function ok(quote) {
    return { ok: true, quote };
  }
  function str(value) {
    return typeof value === "string" ? value : void 0;
  }
  function msFrom(value, unit) {
    const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0) return void 0;
    return unit === "s" ? n * 1e3 : n;
  }
  function joinUrl(baseUrl, pathAndQuery) {
    return `${baseUrl.replace(/\/+$/, "")}${pathAndQuery}`;
  }
  var MAX_VENUE_ERROR_CHARS = 160;
  function venueText(...parts) {
    const text = parts.filter((p) => p !== void 0 && p !== null && p !== "").map((p) => typeof p === "string" || typeof p === "number" ? String(p) : JSON.stringify(p)).join(": ").replace(/[\u0000-\u001f\u007f]+/g, " ");
    return text.length > MAX_VENUE_ERROR_CHARS ? `${text.slice(0, MAX_VENUE_ERROR_CHARS)}…` : text;
  }
  function indexEntries(entries, nameOf) {
    const index = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const name = nameOf(entry);
      if (typeof name !== "string") continue;
      index.set(name, index.has(name) ? "duplicate" : entry);
    }
    return index;
  }
  function parseIndexed(index, markets, read) {
    return markets.map((market) => {
      const entry = index.get(market.key);
      if (entry === void 0) return fail(`${market.key} missing from the batch response`);
      if (entry === "duplicate") return fail(`${market.key} appears more than once in the batch response`);
      return read(entry, market);
    });
  }
  function failAll(markets, reason) {
    return markets.map(() => fail(reason));
  }

  // actions/src/core/sources/resolve.ts
  var TICKER = /^[A-Z0-9]{1,15}$/;
  var VENUE_SYMBOL = /^[A-Za-z0-9:_\-/]{1,40}$/;
  function resolveWith(rule, base, quote, extra) {
    const no = (reason) => ({ ok: false, source: rule.source, base, quote, reason });
    if (typeof base !== "string" || !TICKER.test(base)) return no(`base ${JSON.stringify(base)} is not an upper-case ticker`);
    if (typeof quote !== "string" || !TICKER.test(quote)) return no(`quote ${JSON.stringify(quote)} is not an upper-case ticker`);
    if (base === quote) return no(`${base}/${quote} is not a pair`);
    const pair = `${base}/${quote}`;
    const made = (s) => {
      if (!VENUE_SYMBOL.test(s.symbol) || !VENUE_SYMBOL.test(s.key)) return no(`listed symbol ${JSON.stringify(s.symbol)} has characters a URL cannot carry as is`);
      return { ok: true, market: { source: rule.source, base, quote, symbol: s.symbol, key: s.key } };
    };
    const listed = extra?.[rule.source]?.[pair];
    if (listed !== void 0) {
      if (listed === true) return made(rule.rule(base, quote));
      if (typeof listed === "string") return made({ symbol: listed, key: listed });
      return made(listed);
    }
    if (!rule.quotes.includes(quote)) return no(`${rule.name} has no ${quote}-quoted markets (it quotes ${rule.quotes.join(", ")})`);
    if (!(CATALOG[rule.source][quote] ?? []).includes(base)) {
      return no(`${rule.name} does not list ${pair} in the catalog (check ${LISTING_ENDPOINT[rule.source]} and list it in the manifest)`);
    }
    return made(rule.rule(base, quote));
  }
  function usdMarketWith(rule, base) {
    const usd = resolveWith(rule, base, "USD");
    if (usd.ok) return usd.market;
    if (STABLECOINS.includes(base)) return void 0;
    const usdt = resolveWith(rule, base, "USDT");
    return usdt.ok ? usdt.market : void 0;
  }

  // actions/src/core/sources/binance.ts
  var MAX_SYMBOLS_PER_REQUEST = 100;
  var RULE = { source: "binance", name: "Binance", quotes: ["USDT", "USDC", "FDUSD"], rule: (b, q) => ({ symbol: `${b}${q}`, key: `${b}${q}` }) };
  function venueError(body) {
    if (isRecord(body) && body.code !== void 0 && body.msg !== void 0) return venueText(body.code, body.msg);
    return void 0;
  }
  function readEntry(entry, market) {
    if (!isRecord(entry)) return fail("ticker entry is not an object");
    if (entry.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(entry.symbol)}`);
    return ok({ bid: str(entry.bidPrice), ask: str(entry.askPrice) });
  }
  var binance = {
    id: "binance",
    name: "Binance",
    defaultBaseUrl: "https://api.binance.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE, base, quote, extra),
    market: (base) => usdMarketWith(RULE, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/api/v3/ticker/bookTicker?symbol=${market.symbol}`),
    time: "none",
    batch: {
      maxMarkets: MAX_SYMBOLS_PER_REQUEST,
      scope: "list",
      time: "none",
      url: (baseUrl, markets) => joinUrl(baseUrl, `/api/v3/ticker/bookTicker?symbols=${encodeURIComponent(JSON.stringify(markets.map((m) => m.symbol)))}`),
      parse(body, markets) {
        const error2 = venueError(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!Array.isArray(body)) return failAll(markets, "body is not an array");
        return parseIndexed(indexEntries(body, (e) => isRecord(e) ? e.symbol : void 0), markets, readEntry);
      }
    },
    headers: () => ({}),
    parse(body, market) {
      const error2 = venueError(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!isRecord(body)) return fail("body is not an object");
      return readEntry(body, market);
    },
    venueError
  };

  // actions/src/core/decimal.ts
  var INTERNAL_DECIMALS = 18;
  var MAX_DECIMAL_EXPONENT = 60;
  var MAX_DECIMAL_STRING_LENGTH = 80;
  var DECIMAL_PATTERN = /^([+-]?)(\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
  function pow10(n) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`pow10 needs a non-negative integer, got ${n}`);
    return 10n ** BigInt(n);
  }
  function divRound(numerator, divisor) {
    if (divisor <= 0n) throw new RangeError("divRound needs a positive divisor");
    const negative = numerator < 0n;
    const abs = negative ? -numerator : numerator;
    const q = abs / divisor;
    const r = abs % divisor;
    const rounded = r * 2n >= divisor ? q + 1n : q;
    return negative ? -rounded : rounded;
  }
  function parseDecimal(text, scale = INTERNAL_DECIMALS) {
    if (typeof text !== "string" || text.length === 0 || text.length > MAX_DECIMAL_STRING_LENGTH) return void 0;
    const m = DECIMAL_PATTERN.exec(text);
    if (!m) return void 0;
    const [, sign = "", intPart = "", fracPart = "", expPart] = m;
    if (intPart === "" && fracPart === "") return void 0;
    const exponent = expPart === void 0 ? 0 : Number(expPart);
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DECIMAL_EXPONENT) return void 0;
    const digits = BigInt(`${intPart}${fracPart}` || "0");
    const shift = exponent - fracPart.length + scale;
    const magnitude = shift >= 0 ? digits * pow10(shift) : divRound(digits, pow10(-shift));
    return sign === "-" ? -magnitude : magnitude;
  }
  function rescale(value, fromScale, toScale) {
    if (toScale >= fromScale) return value * pow10(toScale - fromScale);
    return divRound(value, pow10(fromScale - toScale));
  }
  function decimalFromNumber(value) {
    if (typeof value !== "number" || !Number.isFinite(value)) return void 0;
    return String(value);
  }
  function compareBigint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function absBigint(value) {
    return value < 0n ? -value : value;
  }
  function ppmOf(part, whole) {
    return divRound(part * 1000000n, whole);
  }

  // actions/src/core/sources/bitfinex.ts
  var BITFINEX_ASSET = {
    USDT: "UST",
    USDC: "UDC",
    ATOM: "ATO",
    BCH: "BCHN",
    ALGO: "ALG",
    DASH: "DSH",
    IOTA: "IOT",
    MANA: "MNA",
    QTUM: "QTM",
    STORJ: "STJ",
    TUSD: "TSD",
    EURT: "EUT",
    AMPL: "AMP"
  };
  var MAX_SYMBOLS_PER_REQUEST2 = 100;
  var TICKER_LENGTH = 10;
  var BID = 0;
  var ASK = 2;
  var LAST_PRICE = 6;
  var RULE2 = {
    source: "bitfinex",
    name: "Bitfinex",
    quotes: ["USD", "USDT", "EUR"],
    rule(b, q) {
      const [base, quote] = [BITFINEX_ASSET[b] ?? b, BITFINEX_ASSET[q] ?? q];
      const symbol = base.length > 3 || quote.length > 3 ? `t${base}:${quote}` : `t${base}${quote}`;
      return { symbol, key: symbol };
    }
  };
  function venueError2(body) {
    if (Array.isArray(body) && body[0] === "error") return venueText(body[1], body[2]);
    if (isRecord(body) && body.error !== void 0) return venueText(body.error, body.message);
    return void 0;
  }
  function readFields(fields, offset) {
    if (fields.length < offset + TICKER_LENGTH) return fail(`ticker array has ${fields.length - offset} fields, expected ${TICKER_LENGTH}`);
    const last = decimalFromNumber(fields[offset + LAST_PRICE]);
    if (last === void 0) return fail("LAST_PRICE is not a finite number");
    return ok({ last, bid: decimalFromNumber(fields[offset + BID]), ask: decimalFromNumber(fields[offset + ASK]) });
  }
  var bitfinex = {
    id: "bitfinex",
    name: "Bitfinex",
    defaultBaseUrl: "https://api-pub.bitfinex.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE2.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE2, base, quote, extra),
    market: (base) => usdMarketWith(RULE2, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/v2/ticker/${market.symbol}`),
    time: "none",
    batch: {
      maxMarkets: MAX_SYMBOLS_PER_REQUEST2,
      scope: "list",
      time: "none",
      url: (baseUrl, markets) => joinUrl(baseUrl, `/v2/tickers?symbols=${markets.map((m) => m.symbol).join(",")}`),
      parse(body, markets) {
        const error2 = venueError2(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!Array.isArray(body)) return failAll(markets, "body is not an array");
        return parseIndexed(
          indexEntries(body, (e) => Array.isArray(e) ? e[0] : void 0),
          markets,
          (e) => Array.isArray(e) ? readFields(e, 1) : fail("ticker entry is not an array")
        );
      }
    },
    headers: () => ({}),
    parse(body) {
      const error2 = venueError2(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!Array.isArray(body)) return fail("body is not an array");
      return readFields(body, 0);
    },
    venueError: venueError2
  };

  // actions/src/core/sources/bitstamp.ts
  var RULE3 = {
    source: "bitstamp",
    name: "Bitstamp",
    quotes: ["USD", "USDT", "USDC", "EUR"],
    rule: (b, q) => ({ symbol: `${b}${q}`.toLowerCase(), key: `${b}/${q}` })
  };
  function venueError3(body) {
    if (!isRecord(body)) return void 0;
    if (body.status === "error") return venueText(body.response_code, body.reason ?? body.response_explanation);
    if (Array.isArray(body.errors)) return venueText(...body.errors.map((e) => isRecord(e) ? e.message ?? e.code : e));
    if (body.code !== void 0 && typeof body.message === "string") return venueText(body.code, body.message);
    return void 0;
  }
  function readEntry2(entry) {
    if (!isRecord(entry)) return fail("ticker entry is not an object");
    const timestampMs = msFrom(entry.timestamp, "s");
    if (timestampMs === void 0) return fail("missing or invalid timestamp");
    return ok({ last: str(entry.last), bid: str(entry.bid), ask: str(entry.ask), timestampMs });
  }
  var bitstamp = {
    id: "bitstamp",
    name: "Bitstamp",
    defaultBaseUrl: "https://www.bitstamp.net",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE3.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE3, base, quote, extra),
    market: (base) => usdMarketWith(RULE3, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/api/v2/ticker/${market.symbol}/`),
    time: "snapshot",
    batch: {
      maxMarkets: Number.MAX_SAFE_INTEGER,
      scope: "all",
      time: "snapshot",
      url: (baseUrl) => joinUrl(baseUrl, "/api/v2/ticker/"),
      parse(body, markets) {
        const error2 = venueError3(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!Array.isArray(body)) return failAll(markets, "body is not an array");
        return parseIndexed(indexEntries(body, (e) => isRecord(e) ? e.pair : void 0), markets, readEntry2);
      }
    },
    headers: () => ({}),
    parse(body) {
      const error2 = venueError3(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!isRecord(body)) return fail("body is not an object");
      return readEntry2(body);
    },
    venueError: venueError3
  };

  // actions/src/core/sources/bybit.ts
  var RULE4 = { source: "bybit", name: "Bybit", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${b}${q}`, key: `${b}${q}` }) };
  function venueError4(body) {
    if (isRecord(body) && body.retCode !== void 0 && body.retCode !== 0) return venueText(body.retCode, body.retMsg);
    return void 0;
  }
  function listOf(body) {
    if (!isRecord(body)) return "body is not an object";
    const error2 = venueError4(body);
    if (error2 !== void 0) return `venue error ${error2}`;
    if (body.retCode !== 0) return "missing retCode";
    const list = isRecord(body.result) && Array.isArray(body.result.list) ? body.result.list : void 0;
    if (list === void 0) return "missing result.list";
    const timestampMs = msFrom(body.time, "ms");
    if (timestampMs === void 0) return "missing or invalid time";
    return { list, timestampMs };
  }
  function readEntry3(entry, market, timestampMs) {
    if (!isRecord(entry)) return fail("ticker entry is not an object");
    if (entry.symbol !== market.symbol) return fail(`symbol mismatch: asked ${market.symbol}, got ${String(entry.symbol)}`);
    return ok({ last: str(entry.lastPrice), bid: str(entry.bid1Price), ask: str(entry.ask1Price), timestampMs });
  }
  var bybit = {
    id: "bybit",
    name: "Bybit",
    defaultBaseUrl: "https://api.bybit.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE4.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE4, base, quote, extra),
    market: (base) => usdMarketWith(RULE4, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/v5/market/tickers?category=spot&symbol=${market.symbol}`),
    time: "snapshot",
    batch: {
      maxMarkets: Number.MAX_SAFE_INTEGER,
      scope: "all",
      time: "snapshot",
      url: (baseUrl) => joinUrl(baseUrl, "/v5/market/tickers?category=spot"),
      parse(body, markets) {
        const r = listOf(body);
        if (typeof r === "string") return failAll(markets, r);
        return parseIndexed(indexEntries(r.list, (e) => isRecord(e) ? e.symbol : void 0), markets, (e, m) => readEntry3(e, m, r.timestampMs));
      }
    },
    headers: () => ({}),
    parse(body, market) {
      const r = listOf(body);
      if (typeof r === "string") return fail(r);
      if (r.list.length !== 1) return fail(`expected one ticker in result.list, got ${r.list.length}`);
      return readEntry3(r.list[0], market, r.timestampMs);
    },
    venueError: venueError4
  };

  // actions/src/core/sources/coinbase.ts
  var COINBASE_ASSET = { CELO: "CGLD" };
  var RULE5 = {
    source: "coinbase",
    name: "Coinbase Exchange",
    quotes: ["USD", "USDT", "USDC", "EUR"],
    rule: (b, q) => ({ symbol: `${COINBASE_ASSET[b] ?? b}-${q}`, key: `${COINBASE_ASSET[b] ?? b}-${q}` })
  };
  function venueError5(body) {
    if (isRecord(body) && typeof body.message === "string" && body.price === void 0) return venueText(body.message);
    return void 0;
  }
  var coinbase = {
    id: "coinbase",
    name: "Coinbase Exchange",
    defaultBaseUrl: "https://api.exchange.coinbase.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE5.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE5, base, quote, extra),
    market: (base) => usdMarketWith(RULE5, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/products/${market.symbol}/ticker`),
    time: "quote",
    headers: () => ({}),
    parse(body) {
      if (!isRecord(body)) return fail("body is not an object");
      const error2 = venueError5(body);
      if (error2 !== void 0) return fail(`venue error: ${error2}`);
      const time2 = str(body.time);
      const timestampMs = time2 === void 0 ? Number.NaN : Date.parse(time2);
      if (!Number.isFinite(timestampMs)) return fail("missing or invalid time");
      return ok({ last: str(body.price), bid: str(body.bid), ask: str(body.ask), timestampMs });
    },
    venueError: venueError5
  };

  // actions/src/core/sources/coingecko.ts
  var COINGECKO_PRO_KEY_HEADER = "x-cg-pro-api-key";
  var MAX_IDS_PER_REQUEST = 100;
  var RULE6 = {
    source: "coingecko",
    name: "CoinGecko Pro",
    quotes: ["USD"],
    // Only reached for catalog pairs, which all have an id; a manifest listing gives the id itself.
    rule: (b) => ({ symbol: COINGECKO_IDS[b] ?? b.toLowerCase(), key: COINGECKO_IDS[b] ?? b.toLowerCase() })
  };
  function venueError6(body) {
    if (!isRecord(body)) return void 0;
    if (isRecord(body.status) && body.status.error_code !== void 0) return venueText(body.status.error_code, body.status.error_message);
    if (typeof body.error === "string") return venueText(body.error);
    return void 0;
  }
  function readEntry4(body, market) {
    const entry = Object.hasOwn(body, market.key) ? body[market.key] : void 0;
    if (!isRecord(entry)) return fail(`no entry for ${market.key}`);
    const last = decimalFromNumber(entry.usd);
    if (last === void 0) return fail("usd is not a finite number");
    const timestampMs = msFrom(entry.last_updated_at, "s");
    if (timestampMs === void 0) return fail("missing or invalid last_updated_at");
    return ok({ last, timestampMs });
  }
  var priceUrl = (baseUrl, ids) => joinUrl(baseUrl, `/api/v3/simple/price?ids=${ids}&vs_currencies=usd&include_last_updated_at=true&precision=full`);
  var coingecko = {
    id: "coingecko",
    name: "CoinGecko Pro",
    defaultBaseUrl: "https://pro-api.coingecko.com",
    kind: "aggregator",
    requiresKey: true,
    quotes: RULE6.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE6, base, quote, extra),
    market: (base) => usdMarketWith(RULE6, base),
    url: (baseUrl, market) => priceUrl(baseUrl, market.symbol),
    time: "quote",
    batch: {
      maxMarkets: MAX_IDS_PER_REQUEST,
      scope: "list",
      time: "quote",
      url: (baseUrl, markets) => priceUrl(baseUrl, markets.map((m) => m.symbol).join(",")),
      parse(body, markets) {
        const error2 = venueError6(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!isRecord(body)) return failAll(markets, "body is not an object");
        return markets.map((m) => isRecord(body[m.key]) ? readEntry4(body, m) : fail(`${m.key} missing from the batch response`));
      }
    },
    headers: (apiKey) => apiKey === void 0 ? {} : { [COINGECKO_PRO_KEY_HEADER]: apiKey },
    parse(body, market) {
      const error2 = venueError6(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!isRecord(body)) return fail("body is not an object");
      return readEntry4(body, market);
    },
    venueError: venueError6
  };

  // actions/src/core/sources/cryptocompare.ts
  var MAX_FSYMS_PER_REQUEST = 50;
  var RULE7 = { source: "cryptocompare", name: "CryptoCompare", quotes: ["USD"], rule: (b) => ({ symbol: b, key: b }) };
  function venueError7(body) {
    if (isRecord(body) && body.Response === "Error") return venueText(body.Message);
    return void 0;
  }
  function readPrice(entry, market) {
    if (!isRecord(entry)) return fail(`no entry for ${market.key}`);
    const last = decimalFromNumber(entry[market.quote]);
    if (last === void 0) return fail(`${market.quote} is not a finite number`);
    return ok({ last });
  }
  var cryptocompare = {
    id: "cryptocompare",
    name: "CryptoCompare",
    defaultBaseUrl: "https://min-api.cryptocompare.com",
    kind: "aggregator",
    requiresKey: false,
    quotes: RULE7.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE7, base, quote, extra),
    market: (base) => usdMarketWith(RULE7, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/data/price?fsym=${market.symbol}&tsyms=${market.quote}&tryConversion=false`),
    time: "none",
    batch: {
      maxMarkets: MAX_FSYMS_PER_REQUEST,
      scope: "list",
      time: "none",
      group: (market) => market.quote,
      url: (baseUrl, markets) => joinUrl(baseUrl, `/data/pricemulti?fsyms=${markets.map((m) => m.symbol).join(",")}&tsyms=${markets[0]?.quote ?? "USD"}&tryConversion=false`),
      parse(body, markets) {
        const error2 = venueError7(body);
        if (error2 !== void 0) return failAll(markets, `venue error: ${error2}`);
        if (!isRecord(body)) return failAll(markets, "body is not an object");
        return markets.map((m) => Object.hasOwn(body, m.key) ? readPrice(body[m.key], m) : fail(`${m.key} missing from the batch response`));
      }
    },
    headers: (apiKey) => apiKey === void 0 ? {} : { authorization: `Apikey ${apiKey}` },
    parse(body, market) {
      const error2 = venueError7(body);
      if (error2 !== void 0) return fail(`venue error: ${error2}`);
      if (!isRecord(body)) return fail("body is not an object");
      return readPrice(body, market);
    },
    venueError: venueError7
  };

  // actions/src/core/sources/gemini.ts
  var RULE8 = {
    source: "gemini",
    name: "Gemini",
    quotes: ["USD", "USDT"],
    rule: (b, q) => ({ symbol: `${b}${q}`.toLowerCase(), key: `${b}${q}` })
  };
  function venueError8(body) {
    if (isRecord(body) && body.result === "error") return venueText(body.reason, body.message);
    return void 0;
  }
  var gemini = {
    id: "gemini",
    name: "Gemini",
    defaultBaseUrl: "https://api.gemini.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE8.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE8, base, quote, extra),
    market: (base) => usdMarketWith(RULE8, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/v1/pubticker/${market.symbol}`),
    time: "snapshot",
    batch: {
      maxMarkets: Number.MAX_SAFE_INTEGER,
      scope: "all",
      time: "none",
      url: (baseUrl) => joinUrl(baseUrl, "/v1/pricefeed"),
      parse(body, markets) {
        const error2 = venueError8(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!Array.isArray(body)) return failAll(markets, "body is not an array");
        return parseIndexed(
          indexEntries(body, (e) => isRecord(e) ? e.pair : void 0),
          markets,
          (e) => isRecord(e) ? ok({ last: str(e.price) }) : fail("price entry is not an object")
        );
      }
    },
    headers: () => ({}),
    parse(body) {
      const error2 = venueError8(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!isRecord(body)) return fail("body is not an object");
      const timestampMs = isRecord(body.volume) ? msFrom(body.volume.timestamp, "ms") : void 0;
      if (timestampMs === void 0) return fail("missing or invalid volume.timestamp");
      return ok({ last: str(body.last), bid: str(body.bid), ask: str(body.ask), timestampMs });
    },
    venueError: venueError8
  };

  // actions/src/core/sources/kraken.ts
  var MAX_PAIRS_PER_REQUEST = 50;
  var KRAKEN_ASSET = { BTC: "XBT", DOGE: "XDG" };
  var LEGACY_CRYPTO = { XBT: "XXBT", ETH: "XETH", LTC: "XLTC", XRP: "XXRP", XLM: "XXLM", ETC: "XETC" };
  var LEGACY_FIAT = { USD: "ZUSD", EUR: "ZEUR" };
  var LISTED_KEY = { USDTUSD: "USDTZUSD" };
  var RULE9 = {
    source: "kraken",
    name: "Kraken",
    quotes: ["USD", "USDT", "USDC", "EUR"],
    rule(b, q) {
      const base = KRAKEN_ASSET[b] ?? b;
      const symbol = `${base}${q}`;
      const legacy = LEGACY_CRYPTO[base] !== void 0 && LEGACY_FIAT[q] !== void 0 ? `${LEGACY_CRYPTO[base]}${LEGACY_FIAT[q]}` : void 0;
      return { symbol, key: LISTED_KEY[symbol] ?? legacy ?? symbol };
    }
  };
  function first(value) {
    return Array.isArray(value) ? str(value[0]) : void 0;
  }
  function venueError9(body) {
    if (isRecord(body) && Array.isArray(body.error) && body.error.length > 0) return venueText(body.error.map(String).join(", "));
    return void 0;
  }
  function resultOf(body) {
    if (!isRecord(body)) return "body is not an object";
    if (!Array.isArray(body.error)) return "missing error array";
    const error2 = venueError9(body);
    if (error2 !== void 0) return `venue error: ${error2}`;
    if (!isRecord(body.result)) return "missing result";
    return body.result;
  }
  function readPair(result, market, batch) {
    const names = [.../* @__PURE__ */ new Set([market.key, market.symbol])].filter((n) => Object.hasOwn(result, n));
    if (names.length === 0 && batch) return fail(`${market.key} missing from the batch response`);
    if (names.length === 0) return fail(`result has no entry for ${market.symbol} (expected key ${market.key}, got ${Object.keys(result).slice(0, 5).join(", ") || "none"})`);
    if (names.length > 1) return fail(`result names ${market.symbol} twice (${names.join(", ")})`);
    const ticker = result[names[0]];
    if (!isRecord(ticker)) return fail("pair entry is not an object");
    return ok({ last: first(ticker.c), bid: first(ticker.b), ask: first(ticker.a) });
  }
  var kraken = {
    id: "kraken",
    name: "Kraken",
    defaultBaseUrl: "https://api.kraken.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE9.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE9, base, quote, extra),
    market: (base) => usdMarketWith(RULE9, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/0/public/Ticker?pair=${market.symbol}`),
    time: "none",
    batch: {
      maxMarkets: MAX_PAIRS_PER_REQUEST,
      scope: "list",
      time: "none",
      url: (baseUrl, markets) => joinUrl(baseUrl, `/0/public/Ticker?pair=${markets.map((m) => m.symbol).join(",")}`),
      parse(body, markets) {
        const result = resultOf(body);
        if (typeof result === "string") return failAll(markets, result);
        return markets.map((m) => readPair(result, m, true));
      }
    },
    headers: () => ({}),
    parse(body, market) {
      const result = resultOf(body);
      if (typeof result === "string") return fail(result);
      const keys = Object.keys(result);
      if (keys.length !== 1) return fail(`expected one pair in result, got ${keys.length}`);
      return readPair(result, market, false);
    },
    venueError: venueError9
  };

  // actions/src/core/sources/kucoin.ts
  var KUCOIN_ASSET = { WAXP: "WAX" };
  var RULE10 = { source: "kucoin", name: "KuCoin", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${KUCOIN_ASSET[b] ?? b}-${q}`, key: `${KUCOIN_ASSET[b] ?? b}-${q}` }) };
  function venueError10(body) {
    if (isRecord(body) && body.code !== void 0 && body.code !== "200000") return venueText(body.code, body.msg);
    return void 0;
  }
  var kucoin = {
    id: "kucoin",
    name: "KuCoin",
    defaultBaseUrl: "https://api.kucoin.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE10.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE10, base, quote, extra),
    market: (base) => usdMarketWith(RULE10, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/api/v1/market/orderbook/level1?symbol=${market.symbol}`),
    time: "snapshot",
    batch: {
      maxMarkets: Number.MAX_SAFE_INTEGER,
      scope: "all",
      time: "snapshot",
      url: (baseUrl) => joinUrl(baseUrl, "/api/v1/market/allTickers"),
      parse(body, markets) {
        const error2 = venueError10(body);
        if (error2 !== void 0) return failAll(markets, `venue error ${error2}`);
        if (!isRecord(body) || body.code !== "200000" || !isRecord(body.data)) return failAll(markets, "missing data");
        const timestampMs = msFrom(body.data.time, "ms");
        if (timestampMs === void 0) return failAll(markets, "missing or invalid data.time");
        if (!Array.isArray(body.data.ticker)) return failAll(markets, "missing data.ticker");
        return parseIndexed(
          indexEntries(body.data.ticker, (e) => isRecord(e) ? e.symbol : void 0),
          markets,
          (e) => isRecord(e) ? ok({ last: str(e.last), bid: str(e.buy), ask: str(e.sell), timestampMs }) : fail("ticker entry is not an object")
        );
      }
    },
    headers: () => ({}),
    parse(body) {
      const error2 = venueError10(body);
      if (error2 !== void 0) return fail(`venue error ${error2}`);
      if (!isRecord(body) || body.code !== "200000") return fail("missing code");
      if (!isRecord(body.data)) return fail("data is null: KuCoin's answer for a symbol it does not list");
      const timestampMs = msFrom(body.data.time, "ms");
      if (timestampMs === void 0) return fail("missing or invalid data.time");
      return ok({ last: str(body.data.price), bid: str(body.data.bestBid), ask: str(body.data.bestAsk), timestampMs });
    },
    venueError: venueError10
  };

  // actions/src/core/sources/okx.ts
  var RULE11 = { source: "okx", name: "OKX", quotes: ["USDT", "USDC"], rule: (b, q) => ({ symbol: `${b}-${q}`, key: `${b}-${q}` }) };
  function venueError11(body) {
    if (isRecord(body) && body.code !== void 0 && body.code !== "0") return venueText(body.code, body.msg);
    return void 0;
  }
  function readEntry5(entry, market) {
    if (!isRecord(entry)) return fail("ticker entry is not an object");
    if (entry.instId !== market.symbol) return fail(`instrument mismatch: asked ${market.symbol}, got ${String(entry.instId)}`);
    const timestampMs = msFrom(entry.ts, "ms");
    if (timestampMs === void 0) return fail("missing or invalid ts");
    return ok({ last: str(entry.last), bid: str(entry.bidPx), ask: str(entry.askPx), timestampMs });
  }
  function dataOf(body) {
    if (!isRecord(body)) return "body is not an object";
    const error2 = venueError11(body);
    if (error2 !== void 0) return `venue error ${error2}`;
    if (body.code !== "0") return "missing code";
    return Array.isArray(body.data) ? body.data : "missing data";
  }
  var okx = {
    id: "okx",
    name: "OKX",
    defaultBaseUrl: "https://www.okx.com",
    kind: "exchange",
    requiresKey: false,
    quotes: RULE11.quotes,
    resolve: (base, quote, extra) => resolveWith(RULE11, base, quote, extra),
    market: (base) => usdMarketWith(RULE11, base),
    url: (baseUrl, market) => joinUrl(baseUrl, `/api/v5/market/ticker?instId=${market.symbol}`),
    time: "snapshot",
    batch: {
      maxMarkets: Number.MAX_SAFE_INTEGER,
      scope: "all",
      time: "snapshot",
      url: (baseUrl) => joinUrl(baseUrl, "/api/v5/market/tickers?instType=SPOT"),
      parse(body, markets) {
        const data = dataOf(body);
        if (typeof data === "string") return failAll(markets, data);
        return parseIndexed(indexEntries(data, (e) => isRecord(e) ? e.instId : void 0), markets, readEntry5);
      }
    },
    headers: () => ({}),
    parse(body, market) {
      const data = dataOf(body);
      if (typeof data === "string") return fail(data);
      if (data.length !== 1) return fail(`expected one ticker in data, got ${data.length}`);
      return readEntry5(data[0], market);
    },
    venueError: venueError11
  };

  // actions/src/core/sources/index.ts
  var SOURCES = {
    coinbase,
    binance,
    kraken,
    bitstamp,
    okx,
    bybit,
    gemini,
    kucoin,
    bitfinex,
    coingecko,
    cryptocompare
  };
  var DEFAULT_BASE_URLS = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, SOURCES[id].defaultBaseUrl])
  );
  function conversionPath(quote, target = "USD") {
    if (quote === target) return { kind: "direct" };
    if (target === "USD" && STABLECOINS.includes(quote)) return { kind: "via", rateFeed: `${quote}/USD` };
    return { kind: "unsupported", reason: `no conversion from ${quote} to ${target} (only stablecoin quotes convert, through their USD feed)` };
  }

  // actions/src/core/feed-manifest.ts
  var FEED_MANIFEST_KIND = "lit-oracle/price-feed";
  var FEED_MANIFEST_VERSION = 1;
  var MIN_FEED_MIN_SOURCES = 3;
  var DEFAULT_MIN_SOURCES = 3;
  var DEFAULT_MAX_SPREAD_PPM = 2e4;
  var MAX_MAX_SPREAD_PPM = 1e5;
  var DEFAULT_MAX_BOOK_SPREAD_PPM = 1e4;
  var MAX_MAX_BOOK_SPREAD_PPM = 1e5;
  var DEFAULT_MAX_QUOTE_AGE_SECONDS = 120;
  var MAX_MAX_QUOTE_AGE_SECONDS = 3600;
  var DEFAULT_MAX_QUOTE_LEAD_SECONDS = 60;
  var MAX_MAX_QUOTE_LEAD_SECONDS = 600;
  var DEFAULT_MAX_DEVIATION_PPM = 1e5;
  var MAX_MAX_DEVIATION_PPM = 5e5;
  var DEFAULT_CONFIRM_TOLERANCE_PPM = 1e4;
  var MAX_CONFIRM_TOLERANCE_PPM = 1e5;
  var DEFAULT_CONFIRM_MIN_DELAY_SECONDS = 20;
  var DEFAULT_CONFIRM_MAX_AGE_SECONDS = 900;
  var MAX_CONFIRM_MAX_AGE_SECONDS = 86400;
  var DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
  var MAX_CLOCK_TOLERANCE_SECONDS = 600;
  var DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS = 1;
  var MAX_OBSERVED_AT_GRANULARITY_SECONDS = 60;
  var DEFAULT_SOURCE_TIMEOUT_MS = 5e3;
  var MAX_SOURCE_TIMEOUT_MS = 2e4;
  var MAX_FEED_DECIMALS = 36;
  var MAX_DIRECT_GAS_LIMIT = 10000000n;
  var MAX_RPC_URLS_PER_CHAIN = 3;
  config(en_default());
  var sourceId = _enum(SOURCE_IDS);
  var bounded = (min, max) => number2().check(int(), _gte(min), _lte(max));
  var positiveInt = number2().check(int(), _positive());
  var unsignedIntString = string2().check(_regex(/^\d{1,78}$/, "must be a non-negative integer as a decimal string"));
  var address = string2().check(refine((value) => isAddress(value, { strict: false }), "must be a 20-byte 0x address"));
  var nonEmpty = string2().check(_minLength(1));
  var limitFields = {
    minSources: optional(bounded(MIN_FEED_MIN_SOURCES, 64)),
    maxSpreadPpm: optional(bounded(1, MAX_MAX_SPREAD_PPM)),
    maxDeviationPpm: optional(bounded(1, MAX_MAX_DEVIATION_PPM)),
    maxQuoteAgeSeconds: optional(bounded(1, MAX_MAX_QUOTE_AGE_SECONDS))
  };
  var venueMarketSchema = strictObject({
    quote: optional(string2().check(_regex(TICKER, "must be an upper-case ticker"))),
    symbol: optional(nonEmpty),
    key: optional(nonEmpty),
    listed: optional(literal(true))
  });
  var premiumKeySchema = strictObject({
    ciphertext: nonEmpty,
    dataToEncryptHash: optional(nonEmpty),
    accessControlConditions: optional(array(unknown()).check(_minLength(1))),
    chain: optional(nonEmpty),
    pkpId: optional(nonEmpty)
  });
  var feedManifestSchema = strictObject({
    kind: literal(FEED_MANIFEST_KIND),
    version: literal(FEED_MANIFEST_VERSION),
    /** A label (`production`, `embedded`); part of the CID like everything else. */
    name: string2().check(_regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, . _ - (1-64)")),
    /** Allows plain http to loopback hosts (the embedded stack and tests). Never set in production. */
    local: optional(boolean2()),
    /** The pinned base URL (origin + optional path, https) of every source any feed or the USDT rate uses. */
    sources: partialRecord(sourceId, strictObject({ baseUrl: nonEmpty, timeoutMs: optional(bounded(1, MAX_SOURCE_TIMEOUT_MS)) })),
    feeds: array(
      strictObject({
        /** `BASE/USD`: the pair signed (its feed id is the keccak of this string). */
        symbol: string2(),
        decimals: bounded(0, MAX_FEED_DECIMALS),
        sources: array(sourceId).check(_minLength(1)),
        /** Per venue: its book for this pair and its symbol where the venue's rule or the catalog does not give it. */
        markets: optional(partialRecord(sourceId, venueMarketSchema)),
        ...limitFields
      })
    ).check(_minLength(1)),
    aggregation: optional(
      strictObject({
        ...limitFields,
        maxBookSpreadPpm: optional(bounded(1, MAX_MAX_BOOK_SPREAD_PPM)),
        maxQuoteLeadSeconds: optional(bounded(0, MAX_MAX_QUOTE_LEAD_SECONDS)),
        confirmTolerancePpm: optional(bounded(0, MAX_CONFIRM_TOLERANCE_PPM)),
        /** Fewest node values needed (a majority of the collected values is always needed too). */
        minNodes: optional(bounded(1, 100))
      })
    ),
    /** When a large move may be confirmed by a candidate the action signed earlier. */
    confirmation: optional(strictObject({ minDelaySeconds: optional(bounded(1, MAX_CONFIRM_MAX_AGE_SECONDS)), maxAgeSeconds: optional(bounded(1, MAX_CONFIRM_MAX_AGE_SECONDS)) })),
    clock: optional(
      strictObject({
        /** Largest accepted distance of the caller's `observedAtHint` from the nodes' agreed clock, seconds. */
        toleranceSeconds: optional(bounded(1, MAX_CLOCK_TOLERANCE_SECONDS)),
        /** The agreed observedAt is rounded down to a multiple of this, seconds. */
        granularitySeconds: optional(bounded(1, MAX_OBSERVED_AT_GRANULARITY_SECONDS))
      })
    ),
    /** The premium (keyed) source. Its key is only ever sent to that source's pinned base URL. */
    premium: optional(strictObject({ source: _enum(["coingecko", "cryptocompare"]), key: optional(premiumKeySchema) })),
    /** Chains the action signs for: pinned RPC providers (or a Lit chain name) and the direct-mode policy. */
    chains: array(
      strictObject({
        chainId: positiveInt,
        /** JSON-RPC providers the action reads receiver state from (tried in order). */
        rpcUrls: optional(array(nonEmpty).check(_minLength(1), _maxLength(MAX_RPC_URLS_PER_CHAIN))),
        /** Or a chain name for `Lit.Actions.getRpcUrl` (Naga: the node operators' own providers). */
        litChain: optional(nonEmpty),
        timeoutMs: optional(bounded(1, MAX_SOURCE_TIMEOUT_MS)),
        direct: optional(
          strictObject({
            /** The only receivers the PKP may send transactions to on this chain. */
            receivers: array(address).check(_minLength(1)),
            maxGasLimit: unsignedIntString,
            maxFeePerGas: unsignedIntString,
            maxPriorityFeePerGas: unsignedIntString
          })
        )
      })
    ).check(_minLength(1))
  });
  var FeedManifestError = class extends NonRetryableError {
    name = "FeedManifestError";
    issues;
    constructor(issues) {
      super(`invalid price-feed manifest (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
      this.issues = issues;
    }
  };
  function validateFeedManifest(input) {
    const parsed = feedManifestSchema.safeParse(input);
    if (!parsed.success) throw new FeedManifestError(parsed.error.issues.map((issue2) => `${issue2.path.join(".") || "(root)"}: ${issue2.message}`));
    const m = parsed.data;
    const local = m.local === true;
    const issues = [];
    const agg = m.aggregation ?? {};
    const used = /* @__PURE__ */ new Set();
    const feeds = [];
    for (const dup of duplicatesOf(m.feeds, (f) => f.symbol)) issues.push(`feeds: duplicate feed ${dup}`);
    const rateQuotes = STABLECOINS.filter((s) => m.feeds.some((f) => f.symbol === `${s}/USD`));
    m.feeds.forEach((feed, i) => {
      const at = `feeds.${i}`;
      let feedId = "0x";
      try {
        feedId = feedIdOf(feed.symbol);
      } catch (error2) {
        issues.push(`${at}.symbol: ${error2.message}`);
      }
      const pair = /^([A-Z0-9]{1,15})\/([A-Z0-9]{1,15})$/.exec(feed.symbol);
      if (!pair) {
        issues.push(`${at}.symbol: ${JSON.stringify(feed.symbol)} is not BASE/QUOTE in upper-case tickers`);
        return;
      }
      const [, base, quote] = pair;
      if (quote !== "USD") {
        issues.push(`${at}.symbol: only USD-quoted feeds are signed, got ${feed.symbol} (a ${quote} book can still price it: markets.<venue>.quote)`);
        return;
      }
      for (const dup of duplicatesOf(feed.sources)) issues.push(`${at}.sources: duplicate source ${dup}`);
      for (const id of Object.keys(feed.markets ?? {})) if (!feed.sources.includes(id)) issues.push(`${at}.markets.${id}: not one of the feed's sources`);
      const markets = [];
      const rates = /* @__PURE__ */ new Set();
      for (const id of feed.sources) {
        used.add(id);
        if (SOURCES[id].requiresKey && m.premium?.source !== id) issues.push(`${at}.sources: ${id} needs a premium key (premium.source = "${id}")`);
        const chosen = marketFor(id, base, feed.markets?.[id], rateQuotes);
        if (!chosen.ok) {
          issues.push(`${at}.sources: ${id} cannot price ${feed.symbol}: ${chosen.reason}`);
          continue;
        }
        markets.push(chosen.market);
        if (chosen.market.quote !== quote) rates.add(`${chosen.market.quote}/${quote}`);
      }
      const minSources = feed.minSources ?? agg.minSources ?? DEFAULT_MIN_SOURCES;
      if (minSources > feed.sources.length) issues.push(`${at}: minSources ${minSources} exceeds the ${feed.sources.length} configured sources`);
      feeds.push({
        symbol: feed.symbol,
        feedId,
        base,
        quote,
        decimals: feed.decimals,
        sources: [...feed.sources],
        markets,
        rates: [...rates],
        minSources,
        maxSpreadPpm: feed.maxSpreadPpm ?? agg.maxSpreadPpm ?? DEFAULT_MAX_SPREAD_PPM,
        maxDeviationPpm: feed.maxDeviationPpm ?? agg.maxDeviationPpm ?? DEFAULT_MAX_DEVIATION_PPM,
        maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds ?? agg.maxQuoteAgeSeconds ?? DEFAULT_MAX_QUOTE_AGE_SECONDS
      });
    });
    const sources = {};
    for (const id of SOURCE_IDS) {
      const entry = m.sources[id];
      if (!entry) {
        if (used.has(id)) issues.push(`sources.${id}: used by a feed but has no pinned baseUrl`);
        continue;
      }
      const problem = checkPinnedUrl(entry.baseUrl, local);
      if (problem) issues.push(`sources.${id}.baseUrl: ${problem}`);
      sources[id] = { baseUrl: entry.baseUrl.replace(/\/+$/, ""), timeoutMs: entry.timeoutMs ?? DEFAULT_SOURCE_TIMEOUT_MS };
    }
    if (m.premium) {
      if (!feeds.some((f) => f.sources.includes(m.premium.source))) issues.push(`premium: no feed uses ${m.premium.source}`);
    }
    const confirmation = {
      minDelaySeconds: m.confirmation?.minDelaySeconds ?? DEFAULT_CONFIRM_MIN_DELAY_SECONDS,
      maxAgeSeconds: m.confirmation?.maxAgeSeconds ?? DEFAULT_CONFIRM_MAX_AGE_SECONDS
    };
    if (confirmation.minDelaySeconds >= confirmation.maxAgeSeconds) issues.push("confirmation: minDelaySeconds must be less than maxAgeSeconds");
    const chains = [];
    for (const dup of duplicatesOf(m.chains, (c) => String(c.chainId))) issues.push(`chains: duplicate chainId ${dup}`);
    m.chains.forEach((c, i) => {
      const at = `chains.${i}`;
      if (c.rpcUrls === void 0 === (c.litChain === void 0)) issues.push(`${at}: set exactly one of rpcUrls and litChain`);
      for (const dup of duplicatesOf(c.rpcUrls ?? [])) issues.push(`${at}.rpcUrls: duplicate provider ${dup}`);
      (c.rpcUrls ?? []).forEach((url, j) => {
        const problem = checkPinnedUrl(url, local);
        if (problem) issues.push(`${at}.rpcUrls.${j}: ${problem}`);
      });
      let direct;
      if (c.direct) {
        for (const dup of duplicatesOf(c.direct.receivers, (r) => r.toLowerCase())) issues.push(`${at}.direct.receivers: duplicate receiver ${dup}`);
        const maxGasLimit = BigInt(c.direct.maxGasLimit);
        if (maxGasLimit === 0n || maxGasLimit > MAX_DIRECT_GAS_LIMIT) issues.push(`${at}.direct.maxGasLimit: must be in [1, ${MAX_DIRECT_GAS_LIMIT}]`);
        const maxFeePerGas = BigInt(c.direct.maxFeePerGas);
        const maxPriorityFeePerGas = BigInt(c.direct.maxPriorityFeePerGas);
        if (maxPriorityFeePerGas > maxFeePerGas) issues.push(`${at}.direct.maxPriorityFeePerGas: exceeds maxFeePerGas`);
        direct = { receivers: c.direct.receivers.map((r) => r.toLowerCase()), maxGasLimit, maxFeePerGas, maxPriorityFeePerGas };
      }
      chains.push({ chainId: c.chainId, rpcUrls: [...c.rpcUrls ?? []], litChain: c.litChain, timeoutMs: c.timeoutMs ?? DEFAULT_SOURCE_TIMEOUT_MS, direct });
    });
    if (issues.length > 0) throw new FeedManifestError(issues);
    return {
      name: m.name,
      local,
      feeds,
      sources,
      aggregation: {
        maxBookSpreadPpm: agg.maxBookSpreadPpm ?? DEFAULT_MAX_BOOK_SPREAD_PPM,
        maxQuoteLeadSeconds: agg.maxQuoteLeadSeconds ?? DEFAULT_MAX_QUOTE_LEAD_SECONDS,
        confirmTolerancePpm: agg.confirmTolerancePpm ?? DEFAULT_CONFIRM_TOLERANCE_PPM,
        minNodes: agg.minNodes ?? 1
      },
      confirmation,
      clock: {
        toleranceSeconds: m.clock?.toleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
        granularitySeconds: m.clock?.granularitySeconds ?? DEFAULT_OBSERVED_AT_GRANULARITY_SECONDS
      },
      premium: m.premium ? { source: m.premium.source, key: m.premium.key } : void 0,
      chains
    };
  }
  function marketFor(source, base, entry, rateQuotes) {
    const stable = STABLECOINS.includes(base);
    if (entry?.quote !== void 0 && entry.quote !== "USD") {
      if (stable) return { ok: false, reason: `${base} is a stablecoin: it is priced from USD books only, not ${base}/${entry.quote}` };
      const path = conversionPath(entry.quote);
      if (path.kind === "unsupported") return { ok: false, reason: path.reason };
      if (path.kind === "via" && !rateQuotes.includes(entry.quote)) return { ok: false, reason: `a ${entry.quote} book needs the ${path.rateFeed} feed in this manifest (the conversion rate)` };
    }
    if (entry?.key !== void 0 && entry.symbol === void 0) return { ok: false, reason: "markets key given without its symbol" };
    const quotes = entry?.quote !== void 0 ? [entry.quote] : stable ? ["USD"] : ["USD", ...rateQuotes];
    const reasons = [];
    for (const quote of quotes) {
      const pair = `${base}/${quote}`;
      const listing = entry?.symbol !== void 0 ? { symbol: entry.symbol, key: entry.key ?? entry.symbol } : entry?.listed === true ? true : void 0;
      const extra = listing === void 0 ? void 0 : { [source]: { [pair]: listing } };
      const resolved = SOURCES[source].resolve(base, quote, extra);
      if (resolved.ok) return { ok: true, market: resolved.market };
      reasons.push(resolved.reason);
    }
    if (entry?.quote === void 0 && !stable) {
      const books = STABLECOINS.filter((s) => !rateQuotes.includes(s) && SOURCES[source].resolve(base, s).ok);
      if (books.length > 0) reasons.push(`it lists ${books.map((s) => `${base}/${s}`).join(", ")}: add the ${books.map((s) => `${s}/USD`).join(" or ")} rate feed to this manifest`);
    }
    return { ok: false, reason: reasons.join("; ") };
  }

  // actions/src/core/sources/plan.ts
  var MAX_BODY_CHARS = 256 * 1024;
  var MAX_ALL_MARKETS_BODY_CHARS = 2 * 1024 * 1024;
  function maxBodyCharsOf(request) {
    return request.batch && SOURCES[request.source].batch?.scope === "all" ? MAX_ALL_MARKETS_BODY_CHARS : MAX_BODY_CHARS;
  }
  var MIN_BATCH_MARKETS = 2;
  var marketKeyOf = (market) => `${market.source}:${market.symbol}`;
  function planRequests(markets, options = {}) {
    const useBatch = options.batch ?? true;
    const bySource = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    for (const m of markets) {
      const key = marketKeyOf(m);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = bySource.get(m.source) ?? [];
      list.push(m);
      bySource.set(m.source, list);
    }
    const out = [];
    for (const source of SOURCE_IDS) {
      const list = bySource.get(source);
      if (!list) continue;
      const batch = SOURCES[source].batch;
      if (!useBatch || !batch || list.length < MIN_BATCH_MARKETS) {
        for (const m of list) out.push({ key: marketKeyOf(m), source, batch: false, markets: [m] });
        continue;
      }
      const groups = /* @__PURE__ */ new Map();
      for (const m of list) {
        const g = batch.group?.(m) ?? "";
        groups.set(g, [...groups.get(g) ?? [], m]);
      }
      for (const group of groups.values()) {
        for (let i = 0; i < group.length; i += batch.maxMarkets) {
          const chunk = group.slice(i, i + batch.maxMarkets);
          if (chunk.length === 1) out.push({ key: marketKeyOf(chunk[0]), source, batch: false, markets: chunk });
          else out.push({ key: `${source}:${chunk.map((m) => m.symbol).join(",")}`, source, batch: true, markets: chunk });
        }
      }
    }
    return out;
  }
  function requestUrl(request, baseUrl) {
    const adapter = SOURCES[request.source];
    return request.batch ? adapter.batch.url(baseUrl, request.markets) : adapter.url(baseUrl, request.markets[0]);
  }
  function parseResponse(request, outcome) {
    const all = (reason) => request.markets.map(() => fail(reason));
    if (outcome === void 0) return all("not fetched");
    if (!outcome.ok) return all(`request failed: ${outcome.error}`);
    const adapter = SOURCES[request.source];
    let body;
    let json = true;
    try {
      body = JSON.parse(outcome.body);
    } catch {
      json = false;
    }
    if (outcome.status < 200 || outcome.status > 299) {
      const text = json ? adapter.venueError(body) : void 0;
      return all(text === void 0 ? `HTTP ${outcome.status}` : `HTTP ${outcome.status}: ${text}`);
    }
    if (!json) return all("body is not JSON");
    if (!request.batch) return [adapter.parse(body, request.markets[0])];
    const results = adapter.batch.parse(body, request.markets);
    return request.markets.map((_, i) => results[i] ?? fail("no result for this market"));
  }

  // actions/src/core/params.ts
  var PRICE_FEED_PARAMS_VERSION = 2;
  var MAX_FETCHES_PER_EXECUTION = 50;
  var MAX_SIGNATURES_PER_EXECUTION = 10;
  var CANDIDATE_SIGNATURES = 1;
  var MAX_OBSERVED_AT_SECONDS = 2 ** 32 - 1;
  config(en_default());
  var positiveInt2 = number2().check(int(), _positive());
  var unsignedIntString2 = string2().check(_regex(/^\d{1,78}$/, "must be a non-negative integer as a decimal string"));
  var hexString = string2().check(_regex(/^0x[0-9a-fA-F]*$/, "must be 0x-prefixed hex"));
  var address2 = string2().check(refine((value) => isAddress(value, { strict: false }), "must be a 20-byte 0x address"));
  var nonEmpty2 = string2().check(_minLength(1));
  var directSchema = strictObject({
    /** The PKP's nonce on this chain (a wrong one only makes the transaction fail or wait). */
    nonce: number2().check(int(), _gte(0)),
    /** At most the manifest's cap (default: the cap). */
    gasLimit: optional(unsignedIntString2),
    maxFeePerGas: optional(unsignedIntString2),
    maxPriorityFeePerGas: optional(unsignedIntString2)
  });
  var destinationSchema = strictObject({
    chainId: positiveInt2,
    /** The receiver contract (EIP-712 `verifyingContract`). */
    receiver: address2,
    /** Feeds delivered here (symbols); default all feeds of the round. */
    feeds: optional(array(string2()).check(_minLength(1))),
    /** Present: the action sends the transaction itself as the PKP (direct mode). Absent: it signs a report. */
    direct: optional(directSchema)
  });
  var priceFeedParamsSchema = strictObject({
    version: literal(PRICE_FEED_PARAMS_VERSION),
    /** Feeds of this round (manifest symbols); default every manifest feed. */
    feeds: optional(array(string2()).check(_minLength(1))),
    /** The caller's clock, Unix seconds: the round is refused when the nodes' agreed clock differs by more than the manifest tolerance. */
    observedAtHint: optional(positiveInt2.check(_lte(MAX_OBSERVED_AT_SECONDS))),
    destinations: array(destinationSchema).check(_minLength(1)),
    /** Large-move candidates the action signed in an earlier round (`candidates` of that response), to confirm them. */
    confirm: optional(
      strictObject({
        observedAt: positiveInt2,
        candidates: array(strictObject({ feed: string2(), answer: unsignedIntString2 })).check(_minLength(1)),
        /** 65-byte r‖s‖v signature of the candidate digest by this round's signer. */
        signature: hexString
      })
    ),
    signer: strictObject({
      /** Naga: the PKP's uncompressed public key `0x04…` (signEcdsa). */
      publicKey: optional(hexString),
      /** Chipotle: the PKP id for `getPrivateKey`. */
      pkpId: optional(nonEmpty2)
    }),
    /** Premium key ciphertext, only when the manifest names a premium source without its key. */
    premiumKey: optional(premiumKeySchema)
  });
  var PriceFeedParamsError = class extends NonRetryableError {
    name = "PriceFeedParamsError";
    issues;
    constructor(issues) {
      super(`invalid price-feed params (${issues.length} problem${issues.length === 1 ? "" : "s"})`, { metaMessages: issues });
      this.issues = issues;
    }
  };
  function sigNameOf(destination) {
    return `${destination.direct === void 0 ? "report" : "tx"}:${destination.chainId}:${destination.receiver.toLowerCase()}`;
  }
  var CANDIDATES_SIG_NAME = "candidates";
  var capped = (value, cap, at, issues) => {
    if (value === void 0) return cap;
    const v = BigInt(value);
    if (v > cap) issues.push(`${at}: ${v} exceeds the manifest cap ${cap}`);
    return v;
  };
  function validatePriceFeedParams(manifest, input) {
    const parsed = priceFeedParamsSchema.safeParse(input);
    if (!parsed.success) {
      throw new PriceFeedParamsError(parsed.error.issues.map((issue2) => `${issue2.path.join(".") || "(root)"}: ${issue2.message}`));
    }
    const p = parsed.data;
    const issues = [];
    const symbols = p.feeds ?? manifest.feeds.map((f) => f.symbol);
    for (const dup of duplicatesOf(symbols)) issues.push(`feeds: duplicate feed ${dup}`);
    const feeds = [];
    symbols.forEach((symbol, i) => {
      const feed = manifest.feeds.find((f) => f.symbol === symbol);
      if (!feed) issues.push(`feeds.${i}: ${symbol} is not a feed of this manifest (${manifest.feeds.map((f) => f.symbol).join(", ")})`);
      else if (!feeds.includes(feed)) feeds.push(feed);
    });
    const destinations = [];
    for (const dup of duplicatesOf(p.destinations, (d) => `${d.chainId}:${d.receiver.toLowerCase()}`)) issues.push(`destinations: duplicate destination ${dup}`);
    p.destinations.forEach((d, i) => {
      const at = `destinations.${i}`;
      const chain = manifest.chains.find((c) => c.chainId === d.chainId);
      if (!chain) {
        issues.push(`${at}.chainId: chain ${d.chainId} is not in the manifest (${manifest.chains.map((c) => c.chainId).join(", ")})`);
        return;
      }
      const feedsHere = d.feeds ?? symbols;
      for (const s of feedsHere) if (!symbols.includes(s)) issues.push(`${at}.feeds: ${s} is not one of this round's feeds`);
      for (const dup of duplicatesOf(feedsHere)) issues.push(`${at}.feeds: duplicate feed ${dup}`);
      let direct;
      if (d.direct) {
        const policy = chain.direct;
        if (!policy) issues.push(`${at}.direct: the manifest allows no direct mode on chain ${d.chainId}`);
        else {
          if (!policy.receivers.includes(d.receiver.toLowerCase())) issues.push(`${at}.direct: receiver ${d.receiver} is not a direct receiver the manifest allows on chain ${d.chainId}`);
          const maxFeePerGas = capped(d.direct.maxFeePerGas, policy.maxFeePerGas, `${at}.direct.maxFeePerGas`, issues);
          const maxPriorityFeePerGas = capped(d.direct.maxPriorityFeePerGas, policy.maxPriorityFeePerGas, `${at}.direct.maxPriorityFeePerGas`, issues);
          if (maxPriorityFeePerGas > maxFeePerGas) issues.push(`${at}.direct.maxPriorityFeePerGas: exceeds maxFeePerGas`);
          direct = { nonce: d.direct.nonce, gasLimit: capped(d.direct.gasLimit, policy.maxGasLimit, `${at}.direct.gasLimit`, issues), maxFeePerGas, maxPriorityFeePerGas };
        }
      }
      destinations.push({ chainId: d.chainId, receiver: d.receiver, feeds: [...feedsHere], chain, direct, sigName: sigNameOf(d) });
    });
    if (destinations.length + CANDIDATE_SIGNATURES > MAX_SIGNATURES_PER_EXECUTION) {
      issues.push(`destinations: ${destinations.length} destinations (+${CANDIDATE_SIGNATURES} candidate attestation) exceed the ${MAX_SIGNATURES_PER_EXECUTION} signatures of a Lit execution (split the round)`);
    }
    let confirm;
    if (p.confirm) {
      const list = p.confirm.candidates.map((c) => ({ feed: c.feed, answer: BigInt(c.answer) }));
      for (const dup of duplicatesOf(list, (c) => c.feed)) issues.push(`confirm.candidates: duplicate feed ${dup}`);
      if (!/^0x[0-9a-fA-F]{130}$/.test(p.confirm.signature)) issues.push("confirm.signature: must be 65 bytes (r‖s‖v)");
      confirm = { observedAt: p.confirm.observedAt, candidates: new Map(list.map((c) => [c.feed, c.answer])), list, signature: p.confirm.signature };
    }
    let premium;
    if (manifest.premium && feeds.some((f) => f.sources.includes(manifest.premium.source))) {
      const key = manifest.premium.key ?? p.premiumKey;
      if (key) premium = { source: manifest.premium.source, key };
    }
    if (p.premiumKey && manifest.premium?.key) issues.push("premiumKey: the manifest carries the premium key; jsParams may not replace it");
    if (p.premiumKey && !manifest.premium) issues.push("premiumKey: the manifest names no premium source");
    const resolved = {
      manifest,
      feeds,
      sources: manifest.sources,
      aggregation: manifest.aggregation,
      rates: manifest.feeds.filter((f) => !feeds.includes(f) && feeds.some((g) => g.rates.includes(f.symbol))),
      destinations,
      observedAtHint: p.observedAtHint,
      confirm,
      signer: { publicKey: p.signer.publicKey, pkpId: p.signer.pkpId },
      premium,
      fetchCount: 0
    };
    const chainReads = chainsOf(resolved).reduce((n, c) => n + Math.max(1, c.rpcUrls.length), 0);
    resolved.fetchCount = planFetches(resolved).length + chainReads + destinations.filter((d) => d.direct).length;
    if (resolved.fetchCount > MAX_FETCHES_PER_EXECUTION) {
      issues.push(`this round needs up to ${resolved.fetchCount} HTTP requests per node; a Lit execution allows ${MAX_FETCHES_PER_EXECUTION} (fewer feeds or destinations per round)`);
    }
    if (issues.length > 0) throw new PriceFeedParamsError(issues);
    return resolved;
  }
  function chainsOf(params) {
    const out = [];
    for (const d of params.destinations) if (!out.includes(d.chain)) out.push(d.chain);
    return out;
  }
  function planFetches(params) {
    return planRequests(marketsOf(params));
  }
  function marketsOf(params) {
    return [...params.feeds, ...params.rates].flatMap((f) => f.markets);
  }

  // actions/src/core/envelope.ts
  function buildResponse(decision, extra = {}) {
    const refusals = [
      ...decision.feeds.filter((f) => f.refusal !== void 0).map((f) => ({ feed: f.symbol, code: f.refusal.code, reason: f.refusal.reason })),
      ...decision.refusals.map((r) => ({ feed: r.feed, code: r.code, reason: r.reason, chainId: r.chainId, receiver: r.receiver }))
    ];
    const transactions = extra.transactions ?? [];
    return {
      ok: refusals.length === 0 && transactions.every((t) => t.sent),
      observedAt: decision.observedAt,
      feeds: decision.feeds.map((f) => ({
        feed: f.symbol,
        feedId: f.feedId,
        decimals: f.decimals,
        answer: f.answer === void 0 ? null : f.answer.toString(),
        sourcesUsed: f.sourcesUsed,
        spreadPpm: f.spreadPpm,
        nodeCount: f.nodeCount,
        nodesTotal: f.nodesTotal,
        ...f.refusal ? { reason: f.refusal.reason } : {}
      })),
      reports: decision.jobs.filter((j) => j.kind !== "tx").map((j) => ({
        sigName: j.sigName,
        chainId: j.destination.chainId,
        receiver: j.destination.receiver,
        kind: j.kind,
        digest: j.digest,
        reports: j.reports.map((r, k) => ({ feed: j.feeds[k], feedId: r.feedId, answer: r.answer.toString(), observedAt: Number(r.observedAt) }))
      })),
      transactions,
      refusals,
      ...decision.candidates ? {
        candidates: {
          sigName: CANDIDATES_SIG_NAME,
          observedAt: decision.candidates.observedAt,
          digest: decision.candidates.digest,
          list: decision.candidates.list.map((c) => ({ feed: c.feed, answer: c.answer.toString() }))
        }
      } : {},
      ...extra.notes && extra.notes.length ? { notes: extra.notes } : {},
      ...extra.sources ? { sources: extra.sources } : {}
    };
  }
  function errorResponse(error2) {
    return { ok: false, feeds: [], reports: [], transactions: [], refusals: [], error: error2 };
  }
  var MAX_RESPONSE_BYTES = 100 * 1024 - 1024;
  function fitResponse(response, maxBytes = MAX_RESPONSE_BYTES) {
    const size2 = (r) => new TextEncoder().encode(JSON.stringify(r)).length;
    if (size2(response) <= maxBytes || !response.sources) return response;
    const total = response.sources.length;
    const note = (kept) => [...response.notes ?? [], `source diagnostics trimmed to fit the response limit: ${kept} of ${total} kept`];
    const problems = response.sources.filter((s) => s.status !== "used");
    const trimmed = { ...response, sources: problems, notes: note(problems.length) };
    if (size2(trimmed) <= maxBytes) return trimmed;
    return { ...response, sources: [], notes: note(0) };
  }

  // actions/src/price-feed/manifest.ts
  var EMBEDDED_MANIFEST_JSON = "{\"aggregation\":{\"confirmTolerancePpm\":10000,\"maxBookSpreadPpm\":10000,\"maxDeviationPpm\":100000,\"maxQuoteAgeSeconds\":120,\"maxQuoteLeadSeconds\":60,\"maxSpreadPpm\":20000,\"minNodes\":2},\"chains\":[{\"chainId\":1,\"rpcUrls\":[\"https://ethereum-rpc.publicnode.com\",\"https://eth.drpc.org\"],\"timeoutMs\":5000},{\"chainId\":8453,\"rpcUrls\":[\"https://mainnet.base.org\",\"https://base-rpc.publicnode.com\"],\"timeoutMs\":5000},{\"chainId\":42161,\"rpcUrls\":[\"https://arb1.arbitrum.io/rpc\",\"https://arbitrum-one-rpc.publicnode.com\"],\"timeoutMs\":5000}],\"clock\":{\"granularitySeconds\":1,\"toleranceSeconds\":30},\"confirmation\":{\"maxAgeSeconds\":900,\"minDelaySeconds\":30},\"feeds\":[{\"decimals\":8,\"minSources\":5,\"sources\":[\"coinbase\",\"binance\",\"kraken\",\"bitstamp\",\"okx\",\"bybit\",\"gemini\",\"kucoin\",\"bitfinex\"],\"symbol\":\"BTC/USD\"},{\"decimals\":8,\"minSources\":5,\"sources\":[\"coinbase\",\"binance\",\"kraken\",\"bitstamp\",\"okx\",\"bybit\",\"gemini\",\"kucoin\",\"bitfinex\"],\"symbol\":\"ETH/USD\"},{\"decimals\":8,\"minSources\":4,\"sources\":[\"coinbase\",\"binance\",\"kraken\",\"okx\",\"bybit\",\"kucoin\",\"bitfinex\"],\"symbol\":\"SOL/USD\"},{\"decimals\":8,\"minSources\":3,\"sources\":[\"kraken\",\"coinbase\",\"bitstamp\",\"gemini\",\"bitfinex\"],\"symbol\":\"USDT/USD\"}],\"kind\":\"lit-oracle/price-feed\",\"name\":\"production\",\"sources\":{\"binance\":{\"baseUrl\":\"https://api.binance.com\",\"timeoutMs\":5000},\"bitfinex\":{\"baseUrl\":\"https://api-pub.bitfinex.com\",\"timeoutMs\":5000},\"bitstamp\":{\"baseUrl\":\"https://www.bitstamp.net\",\"timeoutMs\":5000},\"bybit\":{\"baseUrl\":\"https://api.bybit.com\",\"timeoutMs\":5000},\"coinbase\":{\"baseUrl\":\"https://api.exchange.coinbase.com\",\"timeoutMs\":5000},\"gemini\":{\"baseUrl\":\"https://api.gemini.com\",\"timeoutMs\":5000},\"kraken\":{\"baseUrl\":\"https://api.kraken.com\",\"timeoutMs\":5000},\"kucoin\":{\"baseUrl\":\"https://api.kucoin.com\",\"timeoutMs\":5000},\"okx\":{\"baseUrl\":\"https://www.okx.com\",\"timeoutMs\":5000}},\"version\":1}";
  function embeddedManifest() {
    return validateFeedManifest(readEmbeddedManifest(EMBEDDED_MANIFEST_JSON));
  }

  // actions/src/core/direct.ts
  var DIRECT_UPDATE_ABI = parseAbi(["function updateDirect(bytes reports)"]);
  function buildDirectTx(destination, reports) {
    const direct = destination.direct;
    if (!direct) throw new Error(`destination ${destination.sigName} is not a direct destination`);
    return {
      chainId: destination.chainId,
      to: destination.receiver,
      nonce: direct.nonce,
      gas: direct.gasLimit,
      maxFeePerGas: direct.maxFeePerGas,
      maxPriorityFeePerGas: direct.maxPriorityFeePerGas,
      data: encodeFunctionData({ abi: DIRECT_UPDATE_ABI, functionName: "updateDirect", args: [encodePackedReports(reports)] })
    };
  }
  function txFields(tx) {
    return { type: "eip1559", chainId: tx.chainId, to: tx.to, nonce: tx.nonce, gas: tx.gas, maxFeePerGas: tx.maxFeePerGas, maxPriorityFeePerGas: tx.maxPriorityFeePerGas, data: tx.data, value: 0n };
  }
  function directTxSigningHash(tx) {
    return keccak256(serializeTransaction(txFields(tx)));
  }
  function serializeSignedDirectTx(tx, signature) {
    return serializeTransaction(txFields(tx), { r: signature.r, s: signature.s, yParity: signature.recoveryId });
  }

  // actions/src/core/aggregate.ts
  var ONE = pow10(INTERNAL_DECIMALS);
  function positive(text, field) {
    if (text === void 0) return { reason: `missing ${field}` };
    const value = parseDecimal(text);
    if (value === void 0) return { reason: `${field} is not a finite decimal: ${JSON.stringify(text.slice(0, 40))}` };
    if (value <= 0n) return { reason: `${field} is not positive: ${text}` };
    return { value };
  }
  function validateQuote(raw, ctx) {
    if (raw.timestampMs !== void 0) {
      const ageMs = ctx.observedAt * 1e3 - raw.timestampMs;
      if (ageMs > ctx.maxQuoteAgeSeconds * 1e3) return { ok: false, reason: `stale: quote is ${Math.floor(ageMs / 1e3)} s older than the node's clock` };
      if (-ageMs > ctx.maxQuoteLeadSeconds * 1e3) return { ok: false, reason: `quote timestamp is ${Math.floor(-ageMs / 1e3)} s after the node's clock` };
    }
    const hasBook = raw.bid !== void 0 || raw.ask !== void 0;
    if (hasBook) {
      const bid = positive(raw.bid, "bid");
      if ("reason" in bid) return { ok: false, reason: bid.reason };
      const ask = positive(raw.ask, "ask");
      if ("reason" in ask) return { ok: false, reason: ask.reason };
      if (ask.value < bid.value) return { ok: false, reason: `crossed book: bid ${raw.bid} > ask ${raw.ask}` };
      if (ppmOf(ask.value - bid.value, bid.value) > BigInt(ctx.maxBookSpreadPpm)) {
        return { ok: false, reason: `book too wide: bid ${raw.bid} ask ${raw.ask}` };
      }
      if (raw.last !== void 0) {
        const last2 = positive(raw.last, "last");
        if ("reason" in last2) return { ok: false, reason: last2.reason };
      }
      return { ok: true, price: (bid.value + ask.value) / 2n };
    }
    const last = positive(raw.last, "last");
    if ("reason" in last) return { ok: false, reason: last.reason };
    return { ok: true, price: last.value };
  }
  function quoteFrom(market, parsed, ctx) {
    const reject = (reason) => ({ source: market.source, symbol: market.symbol, reason });
    if (!parsed.ok) return reject(parsed.reason);
    const valid = validateQuote(parsed.quote, ctx);
    if (!valid.ok) return reject(valid.reason);
    return { source: market.source, market, price: valid.price, timestampMs: parsed.quote.timestampMs };
  }
  function isQuote(value) {
    return "price" in value;
  }
  function medianOf(values) {
    if (values.length === 0) throw new RangeError("median of nothing");
    const sorted = [...values].sort(compareBigint);
    const mid = sorted.length >> 1;
    if (sorted.length % 2 === 1) return sorted[mid];
    return divRound(sorted[mid - 1] + sorted[mid], 2n);
  }
  function lowerMedianOf(values) {
    if (values.length === 0) throw new RangeError("median of nothing");
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length - 1 >> 1];
  }
  function hasQuorum(answered, configured, min) {
    return answered >= min && answered * 2 > configured;
  }
  function narrowestMajorityWidth(sorted) {
    const k = (sorted.length >> 1) + 1;
    let best = sorted[k - 1] - sorted[0];
    for (let i = 1; i + k - 1 < sorted.length; i++) {
      const w = sorted[i + k - 1] - sorted[i];
      if (w < best) best = w;
    }
    return best;
  }
  function aggregatePrices(prices, configured, options) {
    if (prices.length === 0) {
      return { ok: false, code: "source-quorum", reason: `0 of ${configured} sources answered`, used: [], outliers: [], spreadPpm: 0 };
    }
    const center = medianOf(prices.map((p) => p.price));
    const limit = BigInt(options.maxSpreadPpm);
    const inBand = (p) => absBigint(p.price - center) * 1000000n <= limit * center;
    const used = prices.filter(inBand).map((p) => p.source);
    const outliers = prices.filter((p) => !inBand(p)).map((p) => p.source);
    const sorted = prices.map((p) => p.price).sort(compareBigint);
    const width = narrowestMajorityWidth(sorted);
    const spread = ppmOf(width, center);
    const spreadPpm = spread > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(spread);
    if (!hasQuorum(used.length, configured, options.minSources)) {
      return {
        ok: false,
        code: "source-quorum",
        reason: `${used.length} of ${configured} sources usable (${outliers.length} outliers); need at least ${options.minSources} and a majority`,
        used,
        outliers,
        spreadPpm
      };
    }
    if (width * 1000000n > limit * center) {
      return { ok: false, code: "spread-too-wide", reason: `the tightest majority of sources spans ${spreadPpm} ppm, more than ${options.maxSpreadPpm} ppm`, used, outliers, spreadPpm };
    }
    return { ok: true, median: center, used, outliers, spreadPpm };
  }
  function convertWithRate(price, rate) {
    return divRound(price * rate, ONE);
  }

  // actions/src/core/node.ts
  var NODE_VALUE_VERSION = 2;
  function observeMarket(params, outcomes, clockSeconds) {
    const { aggregation } = params;
    const statuses = [];
    const parsed = /* @__PURE__ */ new Map();
    for (const request of planFetches(params)) {
      parseResponse(request, outcomes.get(request.key)).forEach((result, i) => parsed.set(marketKeyOf(request.markets[i]), result));
    }
    const rates = /* @__PURE__ */ new Map();
    const rateProblems = /* @__PURE__ */ new Map();
    const observe = (feed, label) => {
      const ctx = { observedAt: clockSeconds, maxQuoteAgeSeconds: feed.maxQuoteAgeSeconds, ...aggregation };
      const priced = [];
      const symbolOf = /* @__PURE__ */ new Map();
      feed.markets.forEach((market) => {
        const source = market.source;
        symbolOf.set(source, market.symbol);
        const q = quoteFrom(market, parsed.get(marketKeyOf(market)) ?? { ok: false, reason: "not fetched" }, ctx);
        if (!isQuote(q)) {
          statuses.push({ feed: label, source, symbol: q.symbol, status: "rejected", reason: q.reason });
          return;
        }
        if (market.quote === feed.quote) {
          priced.push({ source, price: q.price });
          return;
        }
        const rateFeed = `${market.quote}/${feed.quote}`;
        const rate = rates.get(rateFeed);
        if (rate === void 0) {
          statuses.push({ feed: label, source, symbol: market.symbol, status: "rejected", reason: `${market.quote} market excluded: no ${rateFeed} rate (${rateProblems.get(rateFeed) ?? "not observed"})` });
        } else {
          priced.push({ source, price: convertWithRate(q.price, rate) });
        }
      });
      const result = aggregatePrices(priced, feed.sources.length, { minSources: feed.minSources, maxSpreadPpm: feed.maxSpreadPpm });
      for (const source of result.used) statuses.push({ feed: label, source, symbol: symbolOf.get(source), status: "used" });
      for (const source of result.outliers) {
        statuses.push({ feed: label, source, symbol: symbolOf.get(source), status: "outlier", reason: "further than the spread limit from the median" });
      }
      if (!result.ok) return { symbol: feed.symbol, ok: false, code: result.code, reason: result.reason };
      return { symbol: feed.symbol, ok: true, median: result.median, sourcesUsed: result.used.length, spreadPpm: result.spreadPpm };
    };
    const needed = new Set([...params.feeds, ...params.rates].flatMap((f) => f.rates));
    const done = /* @__PURE__ */ new Map();
    for (const feed of [...params.feeds, ...params.rates]) {
      if (!needed.has(feed.symbol)) continue;
      const observation = observe(feed, params.feeds.includes(feed) ? feed.symbol : `${feed.symbol} (rate)`);
      done.set(feed.symbol, observation);
      if (observation.ok) rates.set(feed.symbol, observation.median);
      else rateProblems.set(feed.symbol, observation.reason);
    }
    const feeds = params.feeds.map((feed) => done.get(feed.symbol) ?? observe(feed, feed.symbol));
    return { feeds, rates, sources: statuses };
  }
  function encodeNodeValue(value) {
    return JSON.stringify({
      v: NODE_VALUE_VERSION,
      t: value.clock,
      feeds: value.feeds.map((f) => f.ok ? { s: f.symbol, m: f.median.toString(), n: f.sourcesUsed, p: f.spreadPpm } : { s: f.symbol, e: f.code }),
      d: value.chain.map((c) => c.ok ? c.answers.map((a) => a.toString()) : null)
    });
  }
  var INTEGER = /^\d{1,78}$/;
  var MAX_CLOCK_SECONDS = 2 ** 32 - 1;
  function decodeNodeValue(text, symbols, destinationFeeds = []) {
    let value;
    try {
      value = typeof text === "string" ? JSON.parse(text) : void 0;
    } catch {
      value = void 0;
    }
    const obj = typeof value === "object" && value !== null && value.v === NODE_VALUE_VERSION ? value : void 0;
    const feeds = obj?.feeds;
    const t = obj?.t;
    const clock = Number.isSafeInteger(t) && t > 0 && t <= MAX_CLOCK_SECONDS ? t : void 0;
    const d = Array.isArray(obj?.d) && obj.d.length === destinationFeeds.length ? obj.d : void 0;
    const chain = destinationFeeds.map((count, i) => {
      const entry = d?.[i];
      if (!Array.isArray(entry) || entry.length !== count || !entry.every((a) => typeof a === "string" && INTEGER.test(a))) return void 0;
      return entry.map((a) => BigInt(a));
    });
    const feedValues = symbols.map((symbol) => {
      if (!Array.isArray(feeds)) return void 0;
      const matches = feeds.filter((f2) => typeof f2 === "object" && f2 !== null && f2.s === symbol);
      if (matches.length !== 1) return void 0;
      const f = matches[0];
      if (typeof f.e === "string") return { error: f.e };
      if (typeof f.m !== "string" || !INTEGER.test(f.m)) return void 0;
      if (!Number.isSafeInteger(f.n) || f.n < 0 || !Number.isSafeInteger(f.p) || f.p < 0) return void 0;
      const median = BigInt(f.m);
      if (median === 0n) return void 0;
      return { median, sourcesUsed: f.n, spreadPpm: f.p };
    });
    return { clock, feeds: feedValues, chain };
  }

  // actions/src/core/round.ts
  function refuse(base, code, reason) {
    return { ...base, answer: void 0, refusal: { code, reason } };
  }
  function agreedObservedAt(clocks, granularitySeconds) {
    const valid = clocks.filter((c) => c !== void 0);
    if (valid.length * 2 <= clocks.length) return void 0;
    const median = lowerMedianOf(valid);
    return median - median % granularitySeconds;
  }
  function decideRound(params, nodeValues, confirm) {
    const symbols = params.feeds.map((f) => f.symbol);
    const decoded = nodeValues.map((v) => decodeNodeValue(v, symbols, params.destinations.map((d) => d.feeds.length)));
    const total = nodeValues.length;
    const { clock, confirmation } = params.manifest;
    const observedAt = agreedObservedAt(decoded.map((d) => d.clock), clock.granularitySeconds);
    if (observedAt === void 0) return { ok: false, error: `fewer than a majority of the ${total} nodes broadcast a valid clock` };
    if (params.observedAtHint !== void 0 && Math.abs(observedAt - params.observedAtHint) > clock.toleranceSeconds) {
      return { ok: false, error: `observedAtHint ${params.observedAtHint} is ${observedAt - params.observedAtHint} s from the nodes' clock ${observedAt}; the manifest tolerates ${clock.toleranceSeconds} s` };
    }
    const feeds = params.feeds.map((feed, i) => {
      const claims = decoded.map((d) => d.feeds[i]).filter((c) => c !== void 0);
      const values = claims.filter((c) => "median" in c);
      const base = {
        symbol: feed.symbol,
        feedId: feed.feedId,
        decimals: feed.decimals,
        sourcesUsed: values.length ? lowerMedianOf(values.map((v) => v.sourcesUsed)) : 0,
        spreadPpm: values.length ? lowerMedianOf(values.map((v) => v.spreadPpm)) : 0,
        nodeCount: values.length,
        nodesTotal: total
      };
      if (values.length < params.aggregation.minNodes || values.length * 2 <= total) {
        const errors = claims.filter((c) => "error" in c).map((c) => c.error);
        const code = errors.length * 2 > total ? mostFrequent(errors) : "node-quorum";
        return refuse(base, code, `${values.length} of ${total} nodes had a price for ${feed.symbol}${errors.length ? ` (node refusals: ${summarize(errors)})` : ""}`);
      }
      const median = medianOf(values.map((v) => v.median));
      const answer = rescale(median, INTERNAL_DECIMALS, feed.decimals);
      if (answer <= 0n) return refuse(base, "zero-answer", `${feed.symbol} rounds to ${answer} at ${feed.decimals} decimals`);
      return { ...base, answer, refusal: void 0 };
    });
    const age = confirm ? observedAt - confirm.observedAt : 0;
    const confirmUsable = confirm !== void 0 && age >= confirmation.minDelaySeconds && age <= confirmation.maxAgeSeconds;
    const accepted = new Map(feeds.filter((f) => f.answer !== void 0).map((f) => [f.symbol, f]));
    const refusals = [];
    const candidates = /* @__PURE__ */ new Map();
    const jobs = [];
    params.destinations.forEach((destination, di) => {
      const here = [];
      destination.feeds.forEach((symbol, fi) => {
        const f = accepted.get(symbol);
        if (!f) return;
        const refuseHere = (code, reason) => refusals.push({ feed: symbol, chainId: destination.chainId, receiver: destination.receiver, code, reason });
        const reads = decoded.map((d) => d.chain[di]?.[fi]).filter((a) => a !== void 0);
        if (reads.length * 2 <= total) {
          refuseHere("chain-read", `${reads.length} of ${total} nodes could read ${symbol} on receiver ${destination.receiver} (chain ${destination.chainId}); the move limit needs a majority`);
          return;
        }
        const last = lowerMedianBigint(reads);
        const feed = params.feeds.find((x) => x.symbol === symbol);
        if (last > 0n) {
          const movePpm = ppmOf(absBigint(f.answer - last), last);
          if (movePpm > BigInt(feed.maxDeviationPpm)) {
            const candidate = confirmUsable ? confirm.candidates.get(symbol) : void 0;
            const confirmed = candidate !== void 0 && candidate > 0n && ppmOf(absBigint(f.answer - candidate), candidate) <= BigInt(params.aggregation.confirmTolerancePpm);
            if (!confirmed) {
              candidates.set(symbol, f);
              refuseHere(
                "move-unconfirmed",
                `move of ${movePpm} ppm from the on-chain answer ${last} exceeds ${feed.maxDeviationPpm} ppm; confirm it with this round's signed candidates ${confirmation.minDelaySeconds}-${confirmation.maxAgeSeconds} s from now`
              );
              return;
            }
          }
        }
        here.push(symbol);
      });
      if (here.length === 0) return;
      const reports = here.map((s) => ({ feedId: accepted.get(s).feedId, answer: accepted.get(s).answer, observedAt: BigInt(observedAt) }));
      const domain = { chainId: destination.chainId, verifyingContract: destination.receiver };
      if (destination.direct) {
        const tx = buildDirectTx(destination, reports);
        jobs.push({ destination, sigName: destination.sigName, kind: "tx", reports, feeds: here, digest: directTxSigningHash(tx), tx });
      } else if (reports.length === 1) {
        jobs.push({ destination, sigName: destination.sigName, kind: "report", reports, feeds: here, digest: reportDigest(domain, reports[0]), tx: void 0 });
      } else {
        jobs.push({ destination, sigName: destination.sigName, kind: "batch", reports, feeds: here, digest: batchDigest(domain, reports), tx: void 0 });
      }
    });
    let candidateSet;
    if (candidates.size > 0) {
      const list = [...candidates.values()].map((f) => ({ feed: f.symbol, feedId: f.feedId, answer: f.answer }));
      candidateSet = { observedAt, list, digest: candidatesDigest(observedAt, list) };
    }
    return { ok: true, observedAt, feeds, refusals, jobs, candidates: candidateSet };
  }
  function lowerMedianBigint(values) {
    const sorted = [...values].sort(compareBigint);
    return sorted[sorted.length - 1 >> 1];
  }
  function mostFrequent(codes) {
    const counts = /* @__PURE__ */ new Map();
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    return best === "spread-too-wide" || best === "source-quorum" ? best : "node-quorum";
  }
  function summarize(codes) {
    const counts = /* @__PURE__ */ new Map();
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([c, n]) => `${n}x ${c}`).join(", ");
  }

  // actions/src/price-feed/run.ts
  var MAX_SOURCE_BODY_CHARS = MAX_BODY_CHARS;
  var BROADCAST_NAME = "lit-oracle:price-feed";
  var FEED_STATE_SELECTOR = toFunctionSelector("feedState(bytes32)");
  function fetchWithTimeout(fetchFn, url, headers, timeoutMs, maxBodyChars = MAX_SOURCE_BODY_CHARS) {
    return requestWithTimeout(fetchFn, url, { headers }, timeoutMs, maxBodyChars);
  }
  async function requestWithTimeout(fetchFn, url, init, timeoutMs, maxBodyChars = MAX_SOURCE_BODY_CHARS) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetchFn(url, {
        method: init.method ?? "GET",
        headers: { accept: "application/json", ...init.headers },
        ...init.body !== void 0 ? { body: init.body } : {},
        redirect: "error",
        signal: controller.signal
      });
      if (res.status >= 300 && res.status < 400) return { ok: false, error: `HTTP ${res.status} redirect refused (pinned host)` };
      const body = await res.text();
      if (body.length > maxBodyChars) return { ok: false, error: `body longer than ${maxBodyChars} characters` };
      return { ok: true, status: res.status, body };
    } catch (error2) {
      if (controller.signal.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
      return { ok: false, error: error2 instanceof Error ? error2.message : String(error2) };
    } finally {
      clearTimeout(timer);
    }
  }
  function redactor(secret) {
    if (!secret) return (text) => text;
    return (text) => text.split(secret).join("[redacted]");
  }
  function isUnderPinnedBase(url, baseUrl) {
    try {
      const u = new URL(url);
      const b = new URL(baseUrl);
      return u.origin === b.origin && u.pathname.startsWith(b.pathname.replace(/\/+$/, ""));
    } catch {
      return false;
    }
  }
  async function readChain(host, chain, destinations) {
    const calls = destinations.flatMap((d) => d.feeds.map((feed) => ({ d: d.index, to: d.receiver, feedId: feedIdOf(feed) })));
    const body = JSON.stringify(
      calls.map((c, id) => ({ jsonrpc: "2.0", id, method: "eth_call", params: [{ to: c.to, data: concatHex([FEED_STATE_SELECTOR, c.feedId]) }, "latest"] }))
    );
    const fail2 = (error2) => new Map(destinations.map((d) => [d.index, { ok: false, error: error2 }]));
    let urls;
    try {
      urls = chain.litChain !== void 0 ? [await host.rpcUrl(chain.litChain)] : chain.rpcUrls;
    } catch (error2) {
      return fail2(`no RPC for chain ${chain.chainId}: ${error2 instanceof Error ? error2.message : String(error2)}`);
    }
    let problem = "no provider";
    for (const url of urls) {
      const outcome = await requestWithTimeout(host.fetch, url, { method: "POST", headers: { "content-type": "application/json" }, body }, chain.timeoutMs);
      if (!outcome.ok || outcome.status !== 200) {
        problem = outcome.ok ? `HTTP ${outcome.status}` : outcome.error;
        continue;
      }
      const answers = parseFeedStates(outcome.body, calls.length);
      if (typeof answers === "string") {
        problem = answers;
        continue;
      }
      const out = /* @__PURE__ */ new Map();
      let k = 0;
      for (const d of destinations) {
        const slice2 = answers.slice(k, k + d.feeds.length);
        k += d.feeds.length;
        const bad = slice2.findIndex((a) => typeof a === "string");
        out.set(d.index, bad >= 0 ? { ok: false, error: `${d.feeds[bad]}: ${slice2[bad]}` } : { ok: true, answers: slice2 });
      }
      return out;
    }
    return fail2(`chain ${chain.chainId}: ${problem}`);
  }
  function parseFeedStates(text, n) {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return "RPC body is not JSON";
    }
    if (!Array.isArray(body)) return "RPC did not answer the batch with an array";
    const byId = /* @__PURE__ */ new Map();
    for (const item of body) if (typeof item === "object" && item !== null && Number.isSafeInteger(item.id)) byId.set(item.id, item);
    const out = [];
    for (let id = 0; id < n; id++) {
      const item = byId.get(id);
      const result = item?.result;
      if (typeof result !== "string" || !/^0x[0-9a-fA-F]*$/.test(result)) {
        out.push(item?.error ? "eth_call reverted or failed" : "missing result");
        continue;
      }
      if (result.length < 2 + 64 * 2) {
        out.push("not a price receiver (short feedState result)");
        continue;
      }
      const word = hexToBigInt(`0x${result.slice(2, 66)}`);
      out.push(word >> 255n === 1n ? "negative answer" : word);
    }
    return out;
  }
  async function verifyConfirm(host, params) {
    const confirm = params.confirm;
    if (!confirm) return { claim: void 0, note: void 0 };
    if (confirm.list.some((c) => !params.feeds.some((f) => f.symbol === c.feed))) return { claim: void 0, note: "confirm ignored: a candidate is not a feed of this round" };
    try {
      const digest = candidatesDigest(confirm.observedAt, confirm.list.map((c) => ({ feedId: feedIdOf(c.feed), answer: c.answer })));
      const [recovered, signer] = await Promise.all([host.recoverAddress(digest, confirm.signature), host.signerAddress()]);
      if (getAddress(recovered) !== getAddress(signer)) return { claim: void 0, note: `confirm ignored: signed by ${recovered}, not this round's signer ${signer}` };
      return { claim: confirm, note: void 0 };
    } catch (error2) {
      return { claim: void 0, note: `confirm ignored: ${error2 instanceof Error ? error2.message : String(error2)}` };
    }
  }
  async function runPriceFeed(host, manifest, rawParams) {
    let params;
    try {
      params = validatePriceFeedParams(manifest, rawParams);
    } catch (error2) {
      return { response: errorResponse(error2 instanceof Error ? error2.message : String(error2)), signatures: {} };
    }
    const clock = Math.floor(host.now() / 1e3);
    let apiKey;
    let keyProblem;
    if (params.premium) {
      try {
        apiKey = await host.decryptPremiumKey(params.premium);
        if (!apiKey) keyProblem = "premium key decrypted to an empty string";
      } catch (error2) {
        keyProblem = `premium key could not be decrypted: ${error2 instanceof Error ? error2.message : String(error2)}`;
      }
    }
    const redact = redactor(apiKey);
    const log = (message) => host.log(redact(message));
    try {
      const plan = planFetches(params);
      const outcomes = /* @__PURE__ */ new Map();
      const chainViews = /* @__PURE__ */ new Map();
      await Promise.all([
        ...plan.map(async (item) => {
          const adapter = SOURCES[item.source];
          const pinned = params.sources[item.source];
          const isPremium = params.manifest.premium?.source === item.source;
          if (isPremium && apiKey === void 0) {
            outcomes.set(item.key, { ok: false, error: keyProblem ?? "premium key not supplied (manifest premium.key or jsParams premiumKey)" });
            return;
          }
          const url = requestUrl(item, pinned.baseUrl);
          if (!isUnderPinnedBase(url, pinned.baseUrl)) {
            outcomes.set(item.key, { ok: false, error: `request URL leaves the pinned host ${pinned.baseUrl}` });
            return;
          }
          outcomes.set(item.key, await fetchWithTimeout(host.fetch, url, adapter.headers(isPremium ? apiKey : void 0), pinned.timeoutMs, maxBodyCharsOf(item)));
        }),
        ...[...new Set(params.destinations.map((d) => d.chain))].map(async (chain2) => {
          const here = params.destinations.flatMap((d, index) => d.chain === chain2 ? [{ index, receiver: d.receiver, feeds: d.feeds }] : []);
          for (const [index, view] of await readChain(host, chain2, here)) chainViews.set(index, view);
        })
      ]);
      const observation = observeMarket(params, outcomes, clock);
      for (const f of observation.feeds) log(f.ok ? `${f.symbol}: node median ${f.median} from ${f.sourcesUsed} sources` : `${f.symbol}: ${f.reason}`);
      const chain = params.destinations.map((_, i) => chainViews.get(i) ?? { ok: false, error: "not read" });
      for (const [i, view] of chain.entries()) if (!view.ok) log(`destination ${params.destinations[i].sigName}: ${view.error}`);
      const values = await host.broadcast(BROADCAST_NAME, encodeNodeValue({ clock, feeds: observation.feeds, chain }));
      const { claim, note } = await verifyConfirm(host, params);
      if (note) log(note);
      const decision = decideRound(params, values, claim);
      if (!decision.ok) return { response: errorResponse(decision.error), signatures: {} };
      const signatures = {};
      const transactions = [];
      for (const job of decision.jobs) {
        if (job.kind !== "tx") {
          const signature = await host.signDigest(job.digest, job.sigName);
          if (signature) signatures[job.sigName] = signature;
          continue;
        }
        const sig = await host.signAndCombine(job.digest, job.sigName);
        const raw = serializeSignedDirectTx(job.tx, sig);
        const direct = job.destination.chain;
        const sent = await host.runOnce(`send:${job.sigName}`, async () => {
          const url = direct.litChain !== void 0 ? await host.rpcUrl(direct.litChain) : direct.rpcUrls[0];
          const outcome = await requestWithTimeout(
            host.fetch,
            url,
            { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_sendRawTransaction", params: [raw] }) },
            direct.timeoutMs
          );
          return outcome.ok ? outcome.body : JSON.stringify({ error: { message: outcome.error } });
        });
        transactions.push(sendResult(job.sigName, job.destination.chainId, job.destination.receiver, keccak256(raw), sent));
      }
      if (decision.candidates) {
        const signature = await host.signDigest(decision.candidates.digest, CANDIDATES_SIG_NAME);
        if (signature) signatures[CANDIDATES_SIG_NAME] = signature;
      }
      const response = buildResponse(decision, {
        transactions,
        sources: observation.sources.map((s) => s.reason === void 0 ? s : { ...s, reason: redact(s.reason) }),
        ...note ? { notes: [note] } : {}
      });
      return { response: fitResponse(response), signatures };
    } catch (error2) {
      return { response: errorResponse(redact(error2 instanceof Error ? error2.message : String(error2))), signatures: {} };
    }
  }
  function sendResult(sigName, chainId, receiver, txHash, sent) {
    const base = { sigName, chainId, receiver, txHash };
    let body;
    try {
      body = JSON.parse(sent);
    } catch {
      return { ...base, sent: false, error: `broadcast failed: ${sent.slice(0, 200)}` };
    }
    const result = body.result;
    if (typeof result === "string" && result.toLowerCase() === txHash.toLowerCase()) return { ...base, sent: true };
    const error2 = body.error;
    return { ...base, sent: false, error: `eth_sendRawTransaction: ${typeof error2?.message === "string" ? error2.message : sent.slice(0, 200)}` };
  }

  // actions/src/price-feed/chipotle.ts
  async function main(params) {
    const pkpId = params?.signer?.pkpId;
    if (typeof pkpId !== "string" || pkpId.length === 0) return errorResponse("signer.pkpId is required on Chipotle");
    let manifest;
    try {
      manifest = embeddedManifest();
    } catch (error2) {
      return errorResponse(error2 instanceof Error ? error2.message : String(error2));
    }
    let wallet;
    const signer = async () => wallet ??= new ethers.Wallet(await Lit.Actions.getPrivateKey({ pkpId }));
    const sign = async (digest) => {
      const w = await signer();
      const sig = w._signingKey().signDigest(digest);
      return { w, r: sig.r, s: sig.s, recoveryId: sig.recoveryParam };
    };
    const host = {
      fetch: (input, init) => fetch(input, init),
      now: () => Date.now(),
      recoverAddress: async (digest, signature) => ethers.utils.recoverAddress(digest, signature),
      signerAddress: async () => (await signer()).address,
      broadcast: async (_name, value) => [value],
      signDigest: async (digest) => {
        const { w, r, s, recoveryId } = await sign(digest);
        return {
          signature: `0x${r.slice(2)}${s.slice(2)}`,
          verifyingKey: w.publicKey,
          signedData: digest,
          recoveryId: recoveryId === 1 ? 1 : 0,
          publicKey: w.publicKey,
          sigType: "EcdsaK256Sha256"
        };
      },
      signAndCombine: async (digest) => {
        const { r, s, recoveryId } = await sign(digest);
        return { r, s, recoveryId };
      },
      runOnce: (_name, fn) => fn(),
      rpcUrl: async (chain) => {
        throw new Error(`Chipotle has no getRpcUrl: the manifest must pin rpcUrls for chain ${chain}`);
      },
      decryptPremiumKey: (premium) => Lit.Actions.Decrypt({ pkpId: premium.key.pkpId ?? pkpId, ciphertext: premium.key.ciphertext }),
      log: (message) => console.log(message)
    };
    const { response, signatures } = await runPriceFeed(host, manifest, params);
    return { ...response, signatures };
  }
  return __toCommonJS(chipotle_exports);
})();
async function main(params) {
  return __litOraclePriceFeed.main(params);
}
