import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalFromNumber, divRound, formatDecimal, parseDecimal, rescale } from "../../actions/src/core/decimal.ts";

describe("exact decimals", () => {
  it("parses plain and scientific decimals exactly", () => {
    expect(parseDecimal("67012.45", 2)).toBe(6701245n);
    expect(parseDecimal("0.1", 18)).toBe(10n ** 17n);
    expect(parseDecimal("6.7e4", 0)).toBe(67000n);
    expect(parseDecimal("1e-7", 8)).toBe(10n);
    expect(parseDecimal(".5", 1)).toBe(5n);
    expect(parseDecimal("-1.25", 2)).toBe(-125n);
  });
  it("rounds half away from zero past the scale", () => {
    expect(parseDecimal("1.005", 2)).toBe(101n);
    expect(parseDecimal("1.0049", 2)).toBe(100n);
    expect(parseDecimal("-1.005", 2)).toBe(-101n);
    expect(rescale(12345n, 3, 1)).toBe(123n);
    expect(rescale(12350n, 3, 1)).toBe(124n);
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
  });
  it("refuses what is not a finite decimal", () => {
    for (const s of ["", ".", "e5", "1e", "NaN", "Infinity", "0x1f", "1_000", " 1", "1 ", "1e999", "1".repeat(100)]) {
      expect(parseDecimal(s), s).toBeUndefined();
    }
  });
  it("round-trips any fixed-point value through its string", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 24 }), (v, scale) => {
        expect(parseDecimal(formatDecimal(v, scale), scale)).toBe(v);
      }),
    );
  });
  it("reads JSON numbers (Bitfinex, CoinGecko) without float drift beyond the number itself", () => {
    expect(decimalFromNumber(67012.33)).toBe("67012.33");
    expect(parseDecimal(decimalFromNumber(0.1 + 0.2)!, 18)).toBe(300000000000000040n);
    expect(decimalFromNumber(Number.NaN)).toBeUndefined();
    expect(decimalFromNumber("1")).toBeUndefined();
  });
});
