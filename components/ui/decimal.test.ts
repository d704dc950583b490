import { describe, expect, it } from "vitest";
import { parseChoice } from "./choices";
import { decimalIssue, decimalIssues } from "./decimal";

describe("decimalIssue", () => {
  it("accepts what the server accepts and names what it refuses", () => {
    expect(decimalIssue("1500")).toBeUndefined();
    expect(decimalIssue(" 1500.25 ")).toBeUndefined();
    expect(decimalIssue("-3.5")).toBeUndefined();
    expect(decimalIssue("1 500,00")).toBe("must be a decimal number such as 1500.00");
    expect(decimalIssue("1e3")).toBe("must be a decimal number such as 1500.00");
    expect(decimalIssue(".5")).toBe("must be a decimal number such as 1500.00");
  });

  it("treats blank as unset unless the field is required", () => {
    expect(decimalIssue("  ")).toBeUndefined();
    expect(decimalIssue("", { required: true })).toBe("is required");
  });

  it("keys several fields' issues by field and leaves out the good ones", () => {
    expect(
      decimalIssues([
        { key: "amount", value: "12x" },
        { key: "rate", value: "18" },
        { key: "fees.0.amount", value: "", required: true },
      ]),
    ).toEqual({ amount: "must be a decimal number such as 1500.00", "fees.0.amount": "is required" });
  });
});

describe("parseChoice", () => {
  const choices = { flat: { label: "Flat" }, percent: { label: "Percent" } };
  it("reads a select's value back into its option, and nothing else", () => {
    expect(parseChoice(choices, "flat")).toBe("flat");
    expect(parseChoice(choices, "toString")).toBeUndefined();
    expect(parseChoice(choices, "")).toBeUndefined();
  });
});
