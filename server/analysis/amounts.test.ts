import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money } from "@/server/shared/money";
import { coefficientOfVariation, medianOf, ratioOf } from "./amounts";

describe("amount helpers", () => {
  it("takes the median by selection, equal to the sorted definition", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 60 }), (cents) => {
        const values = cents.map((c) => new Money(c).div(100));
        const sorted = [...values].sort((a, b) => a.comparedTo(b));
        const middle = Math.floor(sorted.length / 2);
        const upper = sorted[middle] ?? new Money(0);
        const expected = sorted.length % 2 === 1 ? upper : (sorted[middle - 1] ?? upper).plus(upper).div(2);
        expect(medianOf(values)?.toString()).toBe(expected.toString());
      }),
    );
    expect(medianOf([])).toBeNull();
  });

  it("rounds ratios to 4 decimals half-even and refuses a zero denominator", () => {
    expect(ratioOf(new Money("350"), new Money("18500"))).toBe(0.0189);
    expect(ratioOf(new Money("1"), new Money("0"))).toBeNull();
    expect(coefficientOfVariation([new Money("1200"), new Money("1300"), new Money("1300")])?.toDecimalPlaces(4).toString()).toBe("0.0372");
  });
});
