import { describe, expect, it } from "vitest";
import { planTransitions, type DelinquencyFacts } from "./cob-transitions";

const account = (over: Partial<DelinquencyFacts>): DelinquencyFacts => ({ id: "a", status: "active", oldestUnpaidDueDate: null, arrearsSince: null, arrearsToleranceDays: 5, ...over });
const NEXT = "2024-03-11";

describe("close-of-business state transitions", () => {
  it("leaves a current account alone", () => {
    expect(planTransitions([account({})], NEXT, 60)).toEqual({ late: [], recovered: [], arrears: [], default: [] });
  });

  it("makes an account late the day after an unpaid due date, not on it", () => {
    expect(planTransitions([account({ oldestUnpaidDueDate: "2024-03-10" })], NEXT, 60).late).toEqual(["a"]);
    expect(planTransitions([account({ oldestUnpaidDueDate: "2024-03-11" })], NEXT, 60).late).toEqual([]);
  });

  it("moves a late account into arrears only past the product's tolerance", () => {
    expect(planTransitions([account({ status: "late", oldestUnpaidDueDate: "2024-03-06" })], NEXT, 60).arrears).toEqual([]);
    expect(planTransitions([account({ status: "late", oldestUnpaidDueDate: "2024-03-05" })], NEXT, 60).arrears).toEqual(["a"]);
  });

  it("lets an account become late and fall into arrears on the same day when the tolerance is already exceeded", () => {
    const plan = planTransitions([account({ oldestUnpaidDueDate: "2024-02-01" })], NEXT, 60);
    expect(plan.late).toEqual(["a"]);
    expect(plan.arrears).toEqual(["a"]);
  });

  it("defaults an account in arrears for more than the threshold, once", () => {
    const facts = { status: "arrears" as const, oldestUnpaidDueDate: "2023-12-01" };
    expect(planTransitions([account({ ...facts, arrearsSince: "2024-01-11" })], NEXT, 60).default).toEqual([]);
    expect(planTransitions([account({ ...facts, arrearsSince: "2024-01-10" })], NEXT, 60).default).toEqual(["a"]);
    expect(planTransitions([account({ ...facts, status: "default", arrearsSince: "2023-01-01" })], NEXT, 60).default).toEqual([]);
  });

  it("returns late and arrears accounts with nothing overdue to active, but never a defaulted one", () => {
    const plan = planTransitions(
      [account({ id: "late", status: "late", oldestUnpaidDueDate: NEXT }), account({ id: "arrears", status: "arrears", arrearsSince: "2024-02-01" }), account({ id: "default", status: "default" })],
      NEXT,
      60,
    );
    expect(plan).toEqual({ late: [], recovered: ["late", "arrears"], arrears: [], default: [] });
  });
});
