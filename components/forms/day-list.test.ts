import { describe, expect, it } from "vitest";
import { listError, parseDayList } from "./day-list";

describe("parseDayList", () => {
  it.each([
    ["1, 31, 61, 91, 181", [1, 31, 61, 91, 181]],
    [" 7,30 ", [7, 30]],
    ["1 31 61", [1, 31, 61]],
    ["1;31,", [1, 31]],
    ["61, 31", [61, 31]],
  ])("reads %j", (text, days) => {
    expect(parseDayList(text)).toEqual({ days });
  });

  it("names the entry that is not a whole number of days", () => {
    expect(parseDayList("1, 31.5, 61")).toEqual({ error: 'must be whole numbers of days separated by commas ("31.5" is not)' });
    expect(parseDayList("1, -3")).toEqual({ error: 'must be whole numbers of days separated by commas ("-3" is not)' });
    expect(parseDayList("  ")).toEqual({ error: "is required: at least one day count, e.g. 1, 31, 61, 91, 181" });
  });
});

describe("listError", () => {
  it("finds a message about the list itself or one of its entries", () => {
    expect(listError({ "delinquencyBucketStarts.1": "Too small: expected number to be >=1" }, "delinquencyBucketStarts")).toBe("Too small: expected number to be >=1");
    expect(listError({ delinquencyBucketStarts: "must be increasing" }, "delinquencyBucketStarts")).toBe("must be increasing");
    expect(listError({ delinquencyBucketStartsX: "no" }, "delinquencyBucketStarts")).toBeUndefined();
  });
});
