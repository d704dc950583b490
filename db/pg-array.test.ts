import { describe, expect, it } from "vitest";
import { pgArrayLiteral } from "./pg-array";

describe("pgArrayLiteral", () => {
  it("quotes every element and escapes quotes and backslashes", () => {
    expect(pgArrayLiteral(["a", null, 'say "hi"', "back\\slash", "{,}"])).toBe('{"a",NULL,"say \\"hi\\"","back\\\\slash","{,}"}');
    expect(pgArrayLiteral([1, true, "-2.50"])).toBe('{"1","true","-2.50"}');
    expect(pgArrayLiteral([])).toBe("{}");
  });
});
