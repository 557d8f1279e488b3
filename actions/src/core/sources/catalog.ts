/**
 * Which pairs each venue lists, as compiled into the action: per venue and quote currency, the bases
 * it has a spot book (or an aggregate price) for. A venue's symbol for a listed pair comes from its
 * rule (`BTC-USD`, `BTCUSDT`, `tBTCUSD` ...) unless the venue names the asset differently (Kraken
 * `XBT`, Bitfinex `UST`), which the adapters list as exceptions.
 *
 * The catalog is data checked by hand against each venue's listing endpoint ({@link LISTING_ENDPOINT});
 * a pair missing here fails at build time with the venue and the reason, and a manifest may list more
 * pairs (`Listings`) after checking them the same way.
 */
import type { SourceId } from "./types.ts";

const MAJORS = ["BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "AVAX", "DOT", "LINK", "LTC", "BCH", "UNI", "ATOM", "XLM", "AAVE", "NEAR", "FIL", "ETC", "ARB", "OP"] as const;
const without = (list: readonly string[], ...drop: string[]) => list.filter((x) => !drop.includes(x));

/** Per venue, per quote currency, the bases listed. */
export const CATALOG: Readonly<Record<SourceId, Readonly<Record<string, readonly string[]>>>> = {
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
  cryptocompare: { USD: [...MAJORS, "USDT", "USDC", "DAI"] },
};

/** Where each venue publishes the list of its markets (what the catalog is checked against). */
export const LISTING_ENDPOINT: Readonly<Record<SourceId, string>> = {
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
  cryptocompare: "GET /data/all/coinlist",
};

/** CoinGecko names coins by id, not ticker: the ids of the catalog's assets (`/api/v3/coins/list`). */
export const COINGECKO_IDS: Readonly<Record<string, string>> = {
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
  DAI: "dai",
};
