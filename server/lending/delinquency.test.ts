import { describe, expect, it } from "vitest";
import { delinquencyBucketOf, delinquencyBuckets, delinquencyOf } from "./delinquency";

const STARTS = [1, 31, 61, 91, 181];

describe("delinquency buckets", () => {
  it("labels each bucket from its start to the day before the next, the last one open-ended", () => {
    expect(delinquencyBuckets(STARTS).map((b) => b.label)).toEqual(["Current", "1–30 days", "31–60 days", "61–90 days", "91–180 days", "181+ days"]);
    expect(delinquencyBuckets([]).map((b) => b.bucket)).toEqual([0]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [30, 1],
    [31, 2],
    [90, 3],
    [91, 4],
    [180, 4],
    [181, 5],
    [4000, 5],
  ])("files %i days overdue under bucket %i (starts inclusive)", (days, bucket) => {
    expect(delinquencyBucketOf(days, STARTS)).toBe(bucket);
  });

  it("follows the organisation's own starts", () => {
    expect(delinquencyOf(10, [7, 30])).toEqual({ daysOverdue: 10, bucket: 1, label: "7–29 days" });
    expect(delinquencyOf(6, [7, 30])).toEqual({ daysOverdue: 6, bucket: 0, label: "Current" });
    expect(delinquencyOf(45, [7, 30])).toEqual({ daysOverdue: 45, bucket: 2, label: "30+ days" });
  });
});
