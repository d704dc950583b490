import { describe, expect, it } from "vitest";
import type { ParsedAccount, ParsedTransaction } from "./import-model";
import { validateBalances } from "./validate-balances";

function row(date: string, amount: string, balance: string | null): ParsedTransaction {
  return { date, amount, balance, description: "x", reference: null, currency: "EUR", externalId: null, typeHint: null };
}

function account(transactions: ParsedTransaction[], balance: string | null, balanceDate: string | null = null): ParsedAccount {
  return { externalId: null, number: "1", iban: null, name: null, type: "current", usage: null, currency: "EUR", balance, balanceDate, bank: null, holder: null, ownership: null, transactions };
}

const locate = (index: number, field: "balance" | "amount") => ({ kind: "json" as const, path: `transactions[${index}].${field}` });

describe("validateBalances", () => {
  it("accepts consistent oldest-first and newest-first statements", () => {
    const oldestFirst = [row("2024-01-01", "-10.00", "90.00"), row("2024-01-02", "25.5", "115.50"), row("2024-01-03", "-0.50", "115")];
    expect(validateBalances(account(oldestFirst, "115.00"), 0, locate, { kind: "file" })).toEqual([]);
    expect(validateBalances(account([...oldestFirst].reverse(), "115"), 0, locate, { kind: "file" })).toEqual([]);
  });

  it("reports the row, expected and found balance, and a closing balance that disagrees", () => {
    const rows = [row("2024-01-01", "-10", "90"), row("2024-01-02", "-5", "80"), row("2024-01-03", "-5", "75")];
    const warnings = validateBalances(account(rows, "70", "2024-01-31"), 2, locate, { kind: "json", path: "balance" });
    expect(warnings).toEqual([
      expect.objectContaining({ code: "balance_mismatch", transactionIndex: 1, expected: "85", found: "80", location: { kind: "json", path: "transactions[1].balance" } }),
      expect.objectContaining({ code: "closing_balance_mismatch", expected: "70", found: "75", message: "account 3: account balance 70 differs from the last running balance 75" }),
    ]);
  });

  it("does not compare the account balance with rows after its date, nor rows without balances", () => {
    expect(validateBalances(account([row("2024-02-01", "-1", "9")], "100", "2024-01-31"), 0, locate, { kind: "file" })).toEqual([]);
    expect(validateBalances(account([row("2024-02-01", "-1", null), row("2024-02-02", "-1", null)], "100"), 0, locate, { kind: "file" })).toEqual([]);
  });
});
