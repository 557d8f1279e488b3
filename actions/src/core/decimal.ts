/**
 * Exact decimal arithmetic for prices: decimal strings <-> bigint fixed point. No floats ever touch
 * a value that ends up in a signed report.
 *
 * Rounding rule (everywhere in the action): **round half away from zero** when a value has more
 * fractional digits than the target scale. Prices are positive, so this is "round half up".
 *
 * Pure: no I/O, no clock.
 */

/** Fixed-point scale (decimal places) used for every price inside the action before the feed's own decimals. */
export const INTERNAL_DECIMALS = 18;

/** Largest exponent accepted in scientific notation (`1e-7`, `6.7e4`); anything larger is refused, not computed. */
export const MAX_DECIMAL_EXPONENT = 60;

/** Longest decimal string accepted (characters); longer input is rejected as malformed. */
export const MAX_DECIMAL_STRING_LENGTH = 80;

const DECIMAL_PATTERN = /^([+-]?)(\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** `10n ** n` for a small non-negative n. */
export function pow10(n: number): bigint {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`pow10 needs a non-negative integer, got ${n}`);
  return 10n ** BigInt(n);
}

/** Integer division rounding half away from zero. `divisor` must be positive. */
export function divRound(numerator: bigint, divisor: bigint): bigint {
  if (divisor <= 0n) throw new RangeError("divRound needs a positive divisor");
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = abs / divisor;
  const r = abs % divisor;
  const rounded = r * 2n >= divisor ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/**
 * Parses a decimal string (`"67012.45"`, `"-1.5"`, `"6.7e4"`, `"1e-7"`) into an integer scaled by
 * `10^scale`, rounding half away from zero past `scale` digits. Returns `undefined` for anything that
 * is not a plain finite decimal (empty, `NaN`, `Infinity`, hex, spaces, too long).
 */
export function parseDecimal(text: string, scale: number = INTERNAL_DECIMALS): bigint | undefined {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_DECIMAL_STRING_LENGTH) return undefined;
  const m = DECIMAL_PATTERN.exec(text);
  if (!m) return undefined;
  const [, sign = "", intPart = "", fracPart = "", expPart] = m;
  if (intPart === "" && fracPart === "") return undefined;
  const exponent = expPart === undefined ? 0 : Number(expPart);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DECIMAL_EXPONENT) return undefined;
  // value = digits * 10^(exponent - fracPart.length); scaled = value * 10^scale.
  const digits = BigInt(`${intPart}${fracPart}` || "0");
  const shift = exponent - fracPart.length + scale;
  const magnitude = shift >= 0 ? digits * pow10(shift) : divRound(digits, pow10(-shift));
  return sign === "-" ? -magnitude : magnitude;
}

/** Formats a fixed-point integer as a plain decimal string without trailing zeros (`6701245n, 2` -> `"67012.45"`). */
export function formatDecimal(value: bigint, scale: number = INTERNAL_DECIMALS): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = pow10(scale);
  const whole = abs / base;
  const frac = (abs % base).toString().padStart(scale, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}

/** Changes the scale of a fixed-point integer, rounding half away from zero when digits are dropped. */
export function rescale(value: bigint, fromScale: number, toScale: number): bigint {
  if (toScale >= fromScale) return value * pow10(toScale - fromScale);
  return divRound(value, pow10(fromScale - toScale));
}

/**
 * A JSON number (Bitfinex, CoinGecko, CryptoCompare send floats) as a decimal string. Uses the
 * shortest round-trip representation JavaScript prints, which is exactly the number the JSON text
 * parsed to. Returns `undefined` for non-finite values.
 */
export function decimalFromNumber(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  return String(value);
}

/** Numeric comparator for bigint sorts (never rely on the default lexicographic `sort()`). */
export function compareBigint(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Absolute value of a bigint. */
export function absBigint(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Parts per million of `part / whole`, rounded half up; `whole` must be positive. */
export function ppmOf(part: bigint, whole: bigint): bigint {
  return divRound(part * 1_000_000n, whole);
}
