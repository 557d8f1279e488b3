/**
 * The Lit operations an action calls (`Lit.Actions.*` beyond the ones the node process answers
 * itself), dispatched for one execution on one node. Signing here only *records* a share: the PKP
 * key is used when the client combines shares (client.ts), and only after `authorize` found the
 * action (or the session) permitted — the node process never holds a key.
 */
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { createDecipheriv } from "node:crypto";
import { parseTransaction, type Hex } from "viem";
import { AccessControlError, dataHash, encryptionIdentity, evaluateConditions, validateConditions, type AccessControlConditions } from "./acc.ts";
import type { NodeExecution } from "./execution.ts";
import { PRICED_OPS } from "./payment.ts";
import { checkMessage, combinedForAction, decodePublicKey, decodeSignature, encodePublicKey, encodeSignature, parseScheme, publicKeyOf, signWith, verifyWith, type SigningScheme } from "./schemes.ts";
import { addressOfPublicKey, checksumAddress, parsePublicKey, SCOPE_PERSONAL_SIGN, SCOPE_SIGN_ANYTHING, signDigest, strip0x, toHex, tokenIdOf, type LocalSigner } from "./signer.ts";

/**
 * Chains `getRpcUrl` knows without configuration: names and public endpoints from lit-peer's
 * `rpc-config.example.yaml` (a node operator's config decides on a real network). `rpcUrls` wins.
 */
export const BUILT_IN_RPC_URLS: Readonly<Record<string, string>> = {
  ethereum: "https://ethereum-rpc.publicnode.com",
  sepolia: "https://ethereum-sepolia-rpc.publicnode.com",
  polygon: "https://polygon-rpc.com",
  amoy: "https://rpc-amoy.polygon.technology",
  arbitrum: "https://arb1.arbitrum.io/rpc",
  arbitrumSepolia: "https://arbitrum-sepolia-rpc.publicnode.com",
  base: "https://mainnet.base.org",
  baseSepolia: "https://sepolia.base.org",
  optimism: "https://mainnet.optimism.io/",
  avalanche: "https://api.avax.network/ext/bc/C/rpc",
  bsc: "https://bsc-dataseed.binance.org",
  yellowstone: "https://yellowstone-rpc.litprotocol.com",
  chronicleTestnet: "https://chain-rpc.litprotocol.com/http",
  anvil: "http://127.0.0.1:8545",
};

/** Gas given to `eth_call` (`callContract`, contract conditions). */
const CALL_GAS = "0x989680";
/** AES-CBC IV length, bytes (`aesDecrypt`: IV ‖ ciphertext). */
const AES_IV_BYTES = 16;
/** `getPermittedAuthMethodScopes`' default `maxScopeId`. */
const DEFAULT_MAX_SCOPE_ID = 100;

export function rpcUrlOf(exec: NodeExecution, chain: string): string | undefined {
  return exec.env.rpcUrls[chain] ?? BUILT_IN_RPC_URLS[chain];
}

function rpcUrlOrThrow(exec: NodeExecution, chain: string): string {
  const url = rpcUrlOf(exec, chain);
  if (!url) throw new Error(`Error getting RPC URL: config not found for chain: ${chain}`);
  return url;
}

/** One JSON-RPC call through the network's `fetch`. */
export async function rpcCall(fetchFn: typeof fetch, url: string, method: string, params: unknown[]): Promise<unknown> {
  const response = await fetchFn(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = (await response.json()) as { result?: unknown; error?: { message?: string } };
  if (body.error) throw new Error(`RPC ${method} failed: ${body.error.message ?? JSON.stringify(body.error)}`);
  return body.result;
}

export function encryptWith(signer: LocalSigner, conditions: AccessControlConditions, plaintext: Uint8Array): { ciphertext: string; dataToEncryptHash: string } {
  const dataToEncryptHash = dataHash(plaintext);
  const ciphertext = Buffer.from(signer.encrypt(encryptionIdentity(conditions, dataToEncryptHash), plaintext)).toString("base64");
  return { ciphertext, dataToEncryptHash };
}

function toBytesArg(value: unknown): Uint8Array {
  return Uint8Array.from((value ?? []) as number[]);
}

/** The action key's verifying key as Lit returns it (`get_lit_action_public_key`): ECDSA uncompressed hex without 0x, FROST `["<scheme>","<hex>"]`, BLS compressed G2 hex. */
export function actionVerifyingKey(signer: LocalSigner, cid: string, scheme: SigningScheme = "EcdsaK256Sha256"): string {
  return encodePublicKey(scheme, publicKeyOf(scheme, signer.actionSchemeSecret(cid, scheme)));
}

function conditionContext(exec: NodeExecution) {
  return {
    currentActionIpfsId: exec.currentCid,
    userAddress: exec.run.authSigAddress,
    rpc: (chain: string, method: string, params: unknown[]) => {
      exec.countContractCall();
      return rpcCall(exec.env.baseFetch, rpcUrlOrThrow(exec, chain), method, params);
    },
  };
}

export async function dispatchOp(exec: NodeExecution, op: string, args: Record<string, unknown>): Promise<unknown> {
  const { signer, mode, limits } = exec.env;
  const run = exec.run;
  const authorize = (publicKey: string, scope: number) => signer.authorize({ publicKey, actionIpfsIdStack: [...exec.stack], authSigAddress: run.authSigAddress, scope });
  const recordPkpShare = (sigName: string, scheme: SigningScheme, message: Uint8Array, publicKey: string) => {
    exec.root.signedData[sigName] = { kind: "pkp", digest: bytesToHex(message), publicKey, sigName, scheme };
  };
  for (const component of PRICED_OPS[op] ?? []) exec.pay(component);
  switch (op) {
    case "signEcdsa":
    case "sign": {
      // signEcdsa is sign with EcdsaK256Sha256; lit-node parses the scheme before counting the sign.
      const scheme = op === "sign" ? parseScheme(args.signingScheme, "sign") : "EcdsaK256Sha256";
      exec.countSign();
      const message = toBytesArg(args.toSign);
      checkMessage(scheme, message);
      const pkp = authorize(String(args.publicKey), SCOPE_SIGN_ANYTHING);
      recordPkpShare(String(args.sigName), scheme, message, pkp.publicKey);
      return "success";
    }
    case "ethPersonalSignMessageEcdsa": {
      exec.countSign();
      // Lit signs the message's text form: uint8arrayFromString(message) of whatever was passed.
      const body = new TextEncoder().encode(String(args.message));
      const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${body.length}`);
      const digest = keccak_256(Buffer.concat([prefix, body]));
      const pkp = authorize(String(args.publicKey), SCOPE_PERSONAL_SIGN);
      recordPkpShare(String(args.sigName), "EcdsaK256Sha256", digest, pkp.publicKey);
      return "success";
    }
    case "signAndCombineEcdsa":
    case "signAndCombine": {
      // signAndCombineEcdsa is EcdsaK256Sha256; signAndCombine names its scheme.
      const scheme = op === "signAndCombine" ? parseScheme(args.signingScheme, "signAndCombine") : "EcdsaK256Sha256";
      exec.countSign();
      exec.countBroadcast();
      const message = toBytesArg(args.toSign);
      checkMessage(scheme, message);
      const pkp = authorize(String(args.publicKey), SCOPE_SIGN_ANYTHING);
      const all = await run.barriers.arrive(exec.barrierKey(`signAndCombine_${scheme}`, String(args.sigName)), exec.node, bytesToHex(message));
      if (new Set(all.values()).size !== 1) {
        throw new Error("Failed to combine and verify signature shares: the nodes were asked to sign different messages");
      }
      const signature = signWith(scheme, signer.pkpSchemeSecret(pkp.publicKey, scheme), message);
      return combinedForAction(scheme, signature, mode === "v7");
    }
    case "signAsAction": {
      const scheme = parseScheme(args.signingScheme, "signAsAction");
      exec.countSign();
      exec.countBroadcast();
      const message = toBytesArg(args.toSign);
      checkMessage(scheme, message);
      const cid = exec.currentCid;
      const all = await run.barriers.arrive(exec.barrierKey(`signAsAction_${scheme}`, String(args.sigName)), exec.node, bytesToHex(message));
      if (new Set(all.values()).size !== 1) throw new Error("Failed to combine and verify signature shares: the nodes were asked to sign different messages");
      // The combined signature goes to the action, and (as a share under sigName) to the client.
      exec.root.signedData[String(args.sigName)] = { kind: "action", digest: bytesToHex(message), cid, sigName: String(args.sigName), scheme };
      const secret = signer.actionSchemeSecret(cid, scheme);
      const sig = signWith(scheme, secret, message);
      return JSON.stringify({
        signature: encodeSignature(scheme, sig.signature),
        verifying_key: encodePublicKey(scheme, publicKeyOf(scheme, secret)),
        signed_data: bytesToHex(message),
        recovery_id: sig.recoveryId,
      });
    }
    case "getActionPublicKey": {
      const scheme = parseScheme(args.signingScheme, "getActionPublicKey");
      return actionVerifyingKey(signer, String(args.actionIpfsCid), scheme);
    }
    case "verifyActionSignature": {
      const scheme = parseScheme(args.signingScheme, "verifyActionSignature");
      let parsed: { signature?: unknown; verifying_key?: unknown; signed_data?: unknown };
      try {
        parsed = JSON.parse(String(args.signOutput)) as typeof parsed;
      } catch (cause) {
        throw new Error("signOutput is not the JSON returned by signAsAction", { cause });
      }
      if (!parsed || typeof parsed !== "object") throw new Error("signOutput is not the JSON returned by signAsAction");
      const cid = String(args.actionIpfsCid);
      // lit-node compares the output's verifying_key with the CID's key, then verifies the output
      // (its own signed_data); here the message the action passes must also be that signed_data.
      const expected = actionVerifyingKey(signer, cid, scheme);
      if (typeof parsed.verifying_key !== "string" || strip0x(parsed.verifying_key).toLowerCase() !== strip0x(expected).toLowerCase()) return false;
      const message = toBytesArg(args.toSign);
      if (typeof parsed.signed_data === "string" && strip0x(parsed.signed_data).toLowerCase() !== bytesToHex(message)) return false;
      const signature = typeof parsed.signature === "string" ? decodeSignature(scheme, parsed.signature) : undefined;
      const publicKey = decodePublicKey(scheme, expected);
      if (!signature || !publicKey) return false;
      return verifyWith(scheme, publicKey, message, signature);
    }
    case "claimKey": {
      // lit-node: keccak256("<ipfsId>_<keyId>"), signed by the node's wallet as an EIP-191 message.
      const keyId = String(args.keyId);
      const derived = keccak_256(new TextEncoder().encode(`${exec.currentCid}_${keyId}`));
      const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${derived.length}`);
      const sig = signDigest(signer.nodeWalletKey(exec.node), keccak_256(Buffer.concat([prefix, derived])));
      exec.root.claimData[keyId] = { signature: `${strip0x(sig.signature)}${(27 + sig.recoveryId).toString(16)}`, derivedKeyId: bytesToHex(derived) };
      return "success";
    }
    case "broadcastAndCollect": {
      exec.countBroadcast();
      const name = String(args.name);
      const value = exec.wrong(String(args.value), { op: "broadcast", name });
      const all = await run.barriers.arrive(exec.barrierKey("broadcast", name), exec.node, value);
      const others = run.participants.filter((node) => node !== exec.node).map((node) => all.get(node)!);
      return [...others, all.get(exec.node)!];
    }
    case "isLeader":
      return exec.isLeader();
    case "runOnceShare": {
      exec.countBroadcast();
      const all = await run.barriers.arrive(exec.barrierKey("runOnce", String(args.name)), exec.node, args.value === null ? null : String(args.value));
      return all.get(exec.leader()) ?? null;
    }
    case "encrypt": {
      const conditions = validateConditions(args.accessControlConditions);
      return encryptWith(signer, conditions, Uint8Array.from(args.to_encrypt as number[]));
    }
    case "decryptAndCombine":
    case "decryptToSingleNode": {
      exec.countBroadcast();
      const conditions = validateConditions(args.accessControlConditions);
      const allowed = await evaluateConditions(conditions, conditionContext(exec));
      if (!allowed) throw new AccessControlError("Access control conditions check failed. Check that you are allowed to decrypt this item.");
      const hash = String(args.dataToEncryptHash);
      await run.barriers.arrive(exec.barrierKey("decrypt", hash), exec.node, "share");
      const plaintext = signer.decrypt(encryptionIdentity(conditions, hash), Buffer.from(String(args.ciphertext), "base64"));
      if (op === "decryptToSingleNode" && !exec.isLeader()) return "";
      return new TextDecoder().decode(plaintext);
    }
    case "checkConditions":
      return evaluateConditions(validateConditions(args.conditions), conditionContext(exec));
    case "getRpcUrl": {
      const chain = String(args.chain);
      return rpcUrlOf(exec, chain) ?? `Error getting RPC URL: config not found for chain: ${chain}`;
    }
    case "getLatestNonce": {
      exec.countContractCall();
      const nonce = await rpcCall(exec.env.baseFetch, rpcUrlOrThrow(exec, String(args.chain)), "eth_getTransactionCount", [String(args.address), "latest"]);
      return `0x${BigInt(String(nonce)).toString(16)}`;
    }
    case "callContract": {
      exec.countContractCall();
      const tx = parseTransaction(String(args.txn) as Hex);
      return rpcCall(exec.env.baseFetch, rpcUrlOrThrow(exec, String(args.chain)), "eth_call", [{ to: tx.to, data: tx.data, gas: CALL_GAS }, "latest"]);
    }
    case "call": {
      if (exec.depth + 1 > limits.maxCallDepth) {
        throw new Error(`The recursion limit of a child action is ${limits.maxCallDepth} and you have attempted to exceed that limit.`);
      }
      const cid = String(args.ipfsId);
      const code = exec.env.pinned(cid);
      if (code === undefined) throw new Error(`Could not fetch IPFS file ${cid}: it is not pinned on the local network`);
      const child = exec.child(cid);
      // The child's params become its globals, as lit-node's CallChild injects them.
      const params = (args.params ?? {}) as Record<string, unknown>;
      await child.execute(code, params, params);
      return child.response ?? "";
    }
    case "isPermittedAction":
      return signer.isPermittedAction(String(args.tokenId), String(args.ipfsId));
    case "getPermittedActions":
      return signer.permittedActionCids(String(args.tokenId));
    case "isPermittedAddress": {
      const address = String(args.address).toLowerCase();
      return permittedAddresses(signer, String(args.tokenId)).some((permitted) => permitted.toLowerCase() === address);
    }
    case "getPermittedAddresses":
      return permittedAddresses(signer, String(args.tokenId));
    case "isPermittedAuthMethod":
      signer.get(String(args.tokenId));
      return false;
    case "getPermittedAuthMethods":
      signer.get(String(args.tokenId));
      return [];
    case "getPermittedAuthMethodScopes": {
      signer.get(String(args.tokenId));
      const max = args.maxScopeId === undefined || args.maxScopeId === null ? DEFAULT_MAX_SCOPE_ID : Number(args.maxScopeId);
      if (!Number.isInteger(max) || max < 0 || max > 10_000) throw new Error("maxScopeId must be an integer between 0 and 10000");
      return new Array<boolean>(max).fill(false);
    }
    case "pubkeyToTokenId": {
      // lit-node hashes the bytes as given (a compressed key gives another id than its PKP's).
      const text = strip0x(String(args.publicKey));
      if (!/^([0-9a-fA-F]{2})+$/.test(text)) throw new Error(`Invalid public key hex: ${String(args.publicKey).slice(0, 80)}`);
      return tokenIdOf(hexToBytes(text));
    }
    case "aesDecrypt": {
      const key = Uint8Array.from(args.symmetricKey as number[]);
      const data = Uint8Array.from(args.ciphertext as number[]);
      if (key.length !== 32) throw new Error("Could not convert symmetric key to length 32");
      if (data.length < AES_IV_BYTES) throw new Error("Ciphertext is too short");
      const decipher = createDecipheriv("aes-256-cbc", key, data.subarray(0, AES_IV_BYTES));
      try {
        return Buffer.concat([decipher.update(data.subarray(AES_IV_BYTES)), decipher.final()]).toString("hex");
      } catch (cause) {
        throw new Error("AES decryption failed: wrong key or corrupt ciphertext", { cause });
      }
    }
    // --- Chipotle (lit-api-server handle_ops.rs: no per-run key limit, hex/compressed/lowercase formats) ---
    case "getPrivateKey": {
      const pkp = chipotleWallet(exec, String(args.pkpId), (p) => signer.isPermittedAction(p.publicKey, exec.currentCid) || Boolean(run.authSigAddress && run.authSigAddress.toLowerCase() === p.owner.toLowerCase()));
      return signer.exportPrivateKey(pkp.publicKey);
    }
    case "getLitActionPrivateKey":
      return toHex(signer.actionPrivateKey(exec.currentCid));
    case "getLitActionPublicKey":
      return toHex(secp256k1.Point.fromBytes(signer.actionPublicKey(String(args.ipfsId))).toBytes(true));
    case "getLitActionWalletAddress":
      return addressOfPublicKey(signer.actionPublicKey(String(args.ipfsId))).toLowerCase();
    case "chipotleEncrypt": {
      const pkp = chipotleWallet(exec, String(args.pkpId), () => true);
      return Buffer.from(signer.encrypt(`chipotle-pkp:${pkp.tokenId}`, new TextEncoder().encode(String(args.message)))).toString("hex");
    }
    case "chipotleDecrypt": {
      const pkp = chipotleWallet(exec, String(args.pkpId), () => true);
      const hex = String(args.ciphertext).replace(/^0x/i, "");
      if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new Error("Invalid hex string.");
      const sealed = Buffer.from(hex, "hex");
      if (sealed.length < 12 + 16) throw new Error("Invalid ciphertext: too short");
      return new TextDecoder().decode(signer.decrypt(`chipotle-pkp:${pkp.tokenId}`, sealed));
    }
    default:
      throw new Error(`Unknown operation ${op}`);
  }
}

type ChipotlePkp = NonNullable<ReturnType<LocalSigner["find"]>>;

/** A Chipotle wallet op's PKP, after the gateway's `can_use_wallet_in_action` (or `fallback` without a gate). */
function chipotleWallet(exec: NodeExecution, pkpId: string, fallback: (pkp: ChipotlePkp) => boolean): ChipotlePkp {
  const pkp = exec.env.signer.find(pkpId);
  const gate = exec.run.walletGate;
  const allowed = pkp !== undefined && (gate ? gate(pkp.ethAddress.toLowerCase(), exec.currentCid) : fallback(pkp));
  if (!allowed) throw new Error("API key cannot use selected wallet in selected action");
  return pkp;
}

/** PKPPermissions' `getPermittedAddresses`: the NFT owner first (while there is one), then the permitted addresses. */
function permittedAddresses(signer: LocalSigner, tokenId: string): string[] {
  const pkp = signer.get(tokenId);
  const owner = pkp.burned ? [] : [pkp.owner];
  return [...owner, ...pkp.permittedAddresses.map((address) => checksumAddress(address))];
}
