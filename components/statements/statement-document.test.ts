import { describe, expect, it } from "vitest";
import { formatMoney } from "@/components/ui/format";
import { statementFileName, statementHtml, statementLines, type StatementDocument } from "./statement-document";

const STATEMENT: StatementDocument = {
  orgName: "Demo Lender",
  borrowerName: "Thabo <Nkosi> & Sons",
  accountNumber: "LN-000042",
  currency: "ZAR",
  creditLimit: "10000",
  statementDate: "2024-03-25",
  periodStart: "2024-02-26",
  periodEnd: "2024-03-25",
  dueDate: "2024-04-15",
  openingBalance: "0.00",
  drawdowns: "4000.00",
  repayments: "500.00",
  fees: "50.00",
  interest: "41.10",
  closingBalance: "3591.10",
  minimumPayment: "359.11",
  pastDue: "0.00",
  transactions: [
    { date: "2024-03-10", type: "repayment", amount: "500.00", description: "Repayment, thank you" },
    { date: "2024-03-01", type: "disbursement", amount: "4000.00", description: "Drawdown" },
    { date: "2024-03-01", type: "fee", amount: "50.00", description: "Fee" },
  ],
};

describe("statement lines", () => {
  it("lists the postings by date, repayments as credits, and adds the period's interest on the statement date", () => {
    expect(statementLines(STATEMENT)).toEqual([
      { date: "2024-03-01", description: "Drawdown", debit: "4000.00", credit: null },
      { date: "2024-03-01", description: "Fee", debit: "50.00", credit: null },
      { date: "2024-03-10", description: "Repayment, thank you", debit: null, credit: "500.00" },
      { date: "2024-03-25", description: "Interest for the period", debit: "41.10", credit: null },
    ]);
  });

  it("leaves the interest line out when no interest accrued", () => {
    expect(statementLines({ ...STATEMENT, interest: "0.00", transactions: [] })).toEqual([]);
  });
});

describe("statement file", () => {
  it("is a self-contained page with the figures formatted as the dashboard shows them", () => {
    const html = statementHtml(STATEMENT);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toContain("<script");
    expect(html).toContain(formatMoney("3591.10", "ZAR"));
    expect(html).toContain(`Minimum payment ${formatMoney("359.11", "ZAR")}</strong> due by 2024-04-15`);
    expect(html).not.toContain("past due");
  });

  it("escapes names, so a borrower's name cannot inject markup", () => {
    const html = statementHtml(STATEMENT);
    expect(html).toContain("Thabo &lt;Nkosi&gt; &amp; Sons");
    expect(html).not.toContain("<Nkosi>");
  });

  it("mentions an unpaid earlier minimum, and is named after the account and date", () => {
    expect(statementHtml({ ...STATEMENT, pastDue: "120.00" })).toContain(`Includes ${formatMoney("120.00", "ZAR")} past due`);
    expect(statementFileName(STATEMENT)).toBe("statement-LN-000042-2024-03-25.html");
  });
});
