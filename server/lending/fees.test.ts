import { describe, expect, it } from "vitest";
import { computeFeeAmount, defaultFeeSchema, feesForEvent, findFeeByName } from "./fees";

const rounding = { currencyDecimals: 2, roundingMode: "half_even" } as const;

describe("computeFeeAmount", () => {
  it.each([
    [{ type: "flat", amount: "25" }, "1000", "25.00"],
    [{ type: "flat", amount: "25" }, "0", "25.00"],
    // 1.5 % of 1234.56 = 18.5184
    [{ type: "percent", amount: "1.5" }, "1234.56", "18.52"],
    // 0.5 % of 1001.00 = 5.005: a tie, to even
    [{ type: "percent", amount: "0.5" }, "1001.00", "5.00"],
    [{ type: "percent", amount: "10" }, "0", "0.00"],
    [{ type: "percent", amount: "10" }, "-50", "0.00"],
  ] as const)("%j on a balance of %s → %s", (rule, balance, fee) => {
    expect(computeFeeAmount(rule, balance, rounding)).toBe(fee);
  });

  it("rounds with the product's mode and currency", () => {
    expect(computeFeeAmount({ type: "percent", amount: "0.5" }, "1001.00", { currencyDecimals: 2, roundingMode: "half_up" })).toBe("5.01");
    expect(computeFeeAmount({ type: "percent", amount: "2" }, "1234", { currencyDecimals: 0, roundingMode: "down" })).toBe("24");
  });

  it("refuses amounts that are not decimals", () => {
    expect(() => computeFeeAmount({ type: "flat", amount: "-1" }, "10", rounding)).toThrow(/amount/);
    expect(() => computeFeeAmount({ type: "flat", amount: "1" }, "ten", rounding)).toThrow(/balance/);
  });
});

describe("default fees", () => {
  const fees = [
    defaultFeeSchema.parse({ name: "Origination", type: "percent", amount: "2", event: "disbursement" }),
    defaultFeeSchema.parse({ name: "Late fee", type: "flat", amount: "150", event: "arrears" }),
    defaultFeeSchema.parse({ name: "Statement copy", type: "flat", amount: "20", event: "ad_hoc" }),
  ];

  it("selects the fees of an event and finds a fee by name", () => {
    expect(feesForEvent(fees, "arrears").map((f) => f.name)).toEqual(["Late fee"]);
    expect(feesForEvent(fees, "default")).toEqual([]);
    expect(findFeeByName(fees, " late FEE ")?.amount).toBe("150");
  });

  it("validates the product's fee configuration", () => {
    const result = defaultFeeSchema.safeParse({ name: "", type: "percent", amount: "120", event: "sometimes", extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join(".") || i.code);
    expect(paths).toEqual(expect.arrayContaining(["name", "event", "unrecognized_keys"]));
    const tooMuch = defaultFeeSchema.safeParse({ name: "x", type: "percent", amount: "120", event: "ad_hoc" });
    expect(tooMuch.success ? "" : tooMuch.error.issues[0]?.message).toBe("a percentage must not be above 100");
  });
});
