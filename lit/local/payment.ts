/**
 * Naga's dynamic payment (lit-node `payment/dynamic.rs`, `action_client.rs`): while an action runs,
 * each node adds one priced item per billable operation and returns the list to the client as
 * `paymentDetail` in its execution response (`JsonExecutionResponse.payment_detail`): items
 * `{component, quantity, price}`, `component` one of `LitActionPriceComponent`'s names, `price` the
 * component's on-chain price times the node's price multiplier (per item, whatever the quantity).
 * With payment disabled the list stays empty. An item past the payer's spending limit (per node)
 * aborts the action, as does a component without a price.
 */

/** `LitActionPriceComponent`, in its on-chain order (u8 0..10). */
export const PRICE_COMPONENTS = [
  "BaseAmount",
  "RunTimeLength",
  "MemoryUsage",
  "CodeLength",
  "ResponseLength",
  "Signatures",
  "Broadcasts",
  "ContractCalls",
  "CallDepth",
  "Decrypts",
  "Fetches",
] as const;
export type LitActionPriceComponent = (typeof PRICE_COMPONENTS)[number];

/** lit-node-core `DynamicPaymentItem` as it serialises (field names as they are). */
export type DynamicPaymentItem = { component: LitActionPriceComponent; quantity: number; price: number };

/**
 * Payment enabled, with these prices (lit-node reads them from the chain's price configs; here they
 * are given). `spendingLimit` is per node (lit-node: the payer's funds divided by the nodes).
 */
export type LitPricing = {
  prices: Partial<Record<LitActionPriceComponent, number>>;
  /** The pricing curve's multiplier applied to every price (default 1). */
  priceMultiplier?: number;
  /** Default: unlimited. */
  spendingLimit?: number;
};

/** One node's priced items for one request, as lit-node's response carries them. */
export type NodePaymentDetail = { node: number; paymentDetail: DynamicPaymentItem[] };

/** The Naga operations lit-node bills, and what (`self.pay(...)` in action_client.rs). */
export const PRICED_OPS: Readonly<Record<string, readonly LitActionPriceComponent[]>> = {
  signEcdsa: ["Signatures"],
  sign: ["Signatures"],
  ethPersonalSignMessageEcdsa: ["Signatures"],
  signAndCombineEcdsa: ["Signatures", "Broadcasts"],
  signAndCombine: ["Signatures", "Broadcasts"],
  signAsAction: ["Signatures", "Broadcasts"],
  broadcastAndCollect: ["Broadcasts"],
  // runOnce: the leader's P2pBroadcast or a follower's P2pCollectFromLeader.
  runOnceShare: ["Broadcasts"],
  // The condition check inside decryption pays a contract call (check_access_control_conditions_helper).
  decryptAndCombine: ["Broadcasts", "Decrypts", "ContractCalls"],
  decryptToSingleNode: ["Broadcasts", "Decrypts", "ContractCalls"],
  checkConditions: ["ContractCalls", "ContractCalls"],
  getLatestNonce: ["ContractCalls"],
  callContract: ["ContractCalls"],
  call: ["CallDepth"],
  isPermittedAction: ["ContractCalls"],
  getPermittedActions: ["ContractCalls"],
  isPermittedAddress: ["ContractCalls"],
  getPermittedAddresses: ["ContractCalls"],
  isPermittedAuthMethod: ["ContractCalls"],
  getPermittedAuthMethods: ["ContractCalls"],
  getPermittedAuthMethodScopes: ["ContractCalls"],
};

export class PaymentError extends Error {
  override name = "PaymentError";
}

export class DynamicPayment {
  readonly items: DynamicPaymentItem[] = [];
  readonly #pricing: LitPricing | undefined;
  #runningTotal = 0;

  constructor(pricing: LitPricing | undefined) {
    this.#pricing = pricing;
  }

  /** lit-node `DynamicPayment::add`: a no-op with payment disabled. */
  add(component: LitActionPriceComponent, quantity: number): void {
    const pricing = this.#pricing;
    if (!pricing) return;
    const base = pricing.prices[component];
    if (base === undefined) throw new PaymentError(`Action aborted as pricing component '${component}' was not found.`);
    const price = base * (pricing.priceMultiplier ?? 1);
    if (this.#runningTotal + price > (pricing.spendingLimit ?? Number.POSITIVE_INFINITY)) {
      throw new PaymentError(`Action aborted as next execution of '${component}' would exceed wallet balance.`);
    }
    this.items.push({ component, quantity, price });
    this.#runningTotal += price;
  }
}
