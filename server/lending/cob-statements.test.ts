import { describe, expect, it } from "vitest";
import { buildStatement, dueDateAfter, isStatementDate } from "./cob-statements";

const rule = { statementDay: 25, dueDay: 7, minimumPaymentPercent: "5", minimumPaymentFloor: "250", decimals: 2 };

describe("revolving statements", () => {
  it("know their dates, short months included", () => {
    expect(isStatementDate("2024-03-25", 25)).toBe(true);
    expect(isStatementDate("2024-03-24", 25)).toBe(false);
    expect(isStatementDate("2024-02-29", 31)).toBe(true);
    expect(dueDateAfter("2024-03-25", 7)).toBe("2024-04-07");
    expect(dueDateAfter("2024-03-01", 7)).toBe("2024-03-07");
    expect(dueDateAfter("2024-01-25", 31)).toBe("2024-01-31");
  });

  it("balance by identity and set the minimum payment by the product's rule", () => {
    const entries = [
      { id: "a", type: "disbursement" as const, amount: "4000.00", valueDate: "2024-03-01", status: "applied" as const },
      { id: "b", type: "repayment" as const, amount: "300.00", valueDate: "2024-03-10", status: "applied" as const },
      { id: "c", type: "fee" as const, amount: "69.00", valueDate: "2024-03-12", status: "applied" as const },
      { id: "d", type: "repayment" as const, amount: "50.00", valueDate: "2024-03-11", status: "reverted" as const },
    ];
    const s = buildStatement(rule, { start: "2024-02-26", statementDate: "2024-03-25" }, { opening: "0.00", closing: "3817.55" }, entries);
    expect(s).toMatchObject({ drawdowns: "4000.00", repayments: "300.00", fees: "69.00", interest: "48.55", closingBalance: "3817.55", minimumPayment: "250.00", dueDate: "2024-04-07" });
    expect(s.transactions).toHaveLength(3);
    const big = buildStatement(rule, { start: "2024-02-26", statementDate: "2024-03-25" }, { opening: "9000.00", closing: "9150.00" }, []);
    expect(big.minimumPayment).toBe("457.50");
    const small = buildStatement(rule, { start: "2024-02-26", statementDate: "2024-03-25" }, { opening: "100.00", closing: "120.00" }, []);
    expect(small.minimumPayment).toBe("120.00");
  });
});
