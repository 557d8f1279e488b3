/** The parts of the Lit Actions runtime globals the shells use (Naga and Chipotle). */
export type LitActionsApi = {
  setResponse(args: { response: string }): void;
  broadcastAndCollect(args: { name: string; value: string }): Promise<string[]>;
  signEcdsa(args: { toSign: Uint8Array; publicKey: string; sigName: string }): Promise<string>;
  signAndCombineEcdsa(args: { toSign: Uint8Array; publicKey: string; sigName: string }): Promise<string>;
  runOnce(args: { waitForResponse: boolean; name: string }, fn: () => Promise<string>): Promise<string>;
  getRpcUrl(args: { chain: string }): Promise<string>;
  decryptAndCombine(args: {
    accessControlConditions: unknown[];
    ciphertext: string;
    dataToEncryptHash: string;
    authSig: null;
    chain: string;
  }): Promise<string>;
  // Chipotle
  getPrivateKey(args: { pkpId: string }): Promise<string>;
  Decrypt(args: { pkpId: string; ciphertext: string }): Promise<string>;
};

export type LitGlobal = { Actions: LitActionsApi };

/** ethers v5 as injected by the runtime (Naga and Chipotle): only what the shells need. */
export type EthersV5 = {
  utils: { recoverAddress(digest: string, signature: string): string };
  Wallet: new (privateKey: string) => {
    address: string;
    publicKey: string;
    _signingKey(): { signDigest(digest: string): { r: string; s: string; recoveryParam: number } };
  };
};
