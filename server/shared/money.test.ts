import { describe, expect, it } from "vitest";
import { currencyDecimals, formatAmount, isKnownCurrency, money, roundMoney, roundToMultiple } from "./money";

describe("roundMoney", () => {
  it.each([
    ["2.345", "half_even", "2.34"],
    ["2.355", "half_even", "2.36"],
    ["2.345", "half_up", "2.35"],
    ["2.349", "down", "2.34"],
    ["2.341", "up", "2.35"],
    ["-2.345", "half_even", "-2.34"],
    ["-2.349", "down", "-2.34"],
  ] as const)("%s %s -> %s", (input, mode, expected) => {
    expect(formatAmount(roundMoney(money(input), 2, mode))).toBe(expected);
  });

  it("rounds instalments to a multiple", () => {
    expect(formatAmount(roundToMultiple(money("304.91"), money("1")))).toBe("305.00");
    expect(formatAmount(roundToMultiple(money("304.91"), money("10")))).toBe("300.00");
  });

  it("refuses anything that is not a decimal string", () => {
    expect(() => money("1e5")).toThrow(/not a decimal/);
    expect(() => money("abc")).toThrow(/not a decimal/);
  });

  it("never renders negative zero", () => {
    expect(formatAmount(roundMoney(money("-0.001")))).toBe("0.00");
  });

  it("knows ISO 4217 minor units and codes", () => {
    expect(currencyDecimals("ZAR")).toBe(2);
    expect(currencyDecimals("JPY")).toBe(0);
    expect(currencyDecimals("KWD")).toBe(3);
    expect(isKnownCurrency("ZAR")).toBe(true);
    expect(isKnownCurrency("ZZZ")).toBe(false);
  });
});
