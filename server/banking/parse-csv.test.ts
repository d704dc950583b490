import { describe, expect, it } from "vitest";
import { parseDateWithFormat, parseLocaleAmount } from "./csv-values";
import { detectCsvLayout } from "./detect-csv-layout";
import { ImportParseError } from "./import-error";
import type { CsvMapping } from "./parse-csv";
import { parseCsv } from "./parse-csv";
import { readFixture } from "./test-support/fixtures";

async function rejection(promise: Promise<unknown>): Promise<ImportParseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportParseError) return error;
    throw error;
  }
  throw new Error("expected an ImportParseError");
}

describe("cell readers", () => {
  it("reads the six date formats and refuses impossible dates", () => {
    expect(parseDateWithFormat("2024-01-31", "YYYY-MM-DD")).toBe("2024-01-31");
    expect(parseDateWithFormat("31/01/2024", "DD/MM/YYYY")).toBe("2024-01-31");
    expect(parseDateWithFormat("01/31/2024", "MM/DD/YYYY")).toBe("2024-01-31");
    expect(parseDateWithFormat("31.01.2024 14:05", "DD.MM.YYYY")).toBe("2024-01-31");
    expect(parseDateWithFormat("2024/1/5", "YYYY/MM/DD")).toBe("2024-01-05");
    expect(parseDateWithFormat("31-01-2024", "DD-MM-YYYY")).toBe("2024-01-31");
    expect(parseDateWithFormat("30/02/2024", "DD/MM/YYYY")).toBeNull();
  });
  it("reads amounts in both locales, with thousands, signs, currency and Dr/Cr", () => {
    expect(parseLocaleAmount("1 234,56", ",")).toBe("1234.56");
    expect(parseLocaleAmount("-1.234,56", ",")).toBe("-1234.56");
    expect(parseLocaleAmount("1,234.56", ".")).toBe("1234.56");
    expect(parseLocaleAmount("R 1 250.00", ".")).toBe("1250.00");
    expect(parseLocaleAmount("12.50-", ".")).toBe("-12.50");
    expect(parseLocaleAmount("(12.50)", ".")).toBe("-12.50");
    expect(parseLocaleAmount("150.00 Dr", ".")).toBe("-150.00");
    expect(parseLocaleAmount("150,00 EUR", ",")).toBe("150.00");
    expect(parseLocaleAmount("", ".")).toBeNull();
    expect(() => parseLocaleAmount("12,5x", ",")).toThrow(/not an amount/);
    expect(() => parseLocaleAmount("1.5", ",")).toThrow(/decimal separator/);
  });
});

describe("detectCsvLayout", () => {
  it("South African export: preamble skipped, debit/credit columns, DD/MM/YYYY, dot decimals with space thousands", () => {
    const layout = detectCsvLayout(readFixture("samples/za-bank-statement.csv"));
    expect(layout).toMatchObject({ delimiter: ",", hasHeader: true, skipLines: 5, dateFormat: "DD/MM/YYYY", dateFormatAmbiguous: false, decimalSeparator: ".", thousandsSeparator: " " });
    expect(layout.columns.map((c) => c.role)).toEqual(["date", "description", "reference", "debit", "credit", "balance"]);
    expect(layout.mapping).toMatchObject({ date: 0, description: 1, debit: 3, credit: 4, balance: 5, reference: 2 });
    expect(layout.preview[0]).toMatchObject({ line: 7, date: "2024-01-01", amount: "-6500.00", balance: "-2289.45", error: null });
  });

  it("European export: semicolons, decimal commas with dot thousands, DD-MM-YYYY, Dutch headers", () => {
    const layout = detectCsvLayout(readFixture("samples/eu-bank-semicolon.csv"));
    expect(layout).toMatchObject({ delimiter: ";", hasHeader: true, skipLines: 0, dateFormat: "DD-MM-YYYY", decimalSeparator: ",", thousandsSeparator: "." });
    expect(layout.columns.map((c) => c.role)).toEqual(["date", "description", "amount", "balance"]);
    expect(layout.preview.find((row) => row.description.startsWith("SALARIS"))?.amount).toBe("2581.45");
  });

  it("notes ambiguous day/month order and prefers the order in which the rows are sorted", () => {
    const text = "Datum,Omschrijving,Bedrag\n12/01/2024,A,1.00\n02/02/2024,B,2.00\n10/02/2024,C,3.00\n";
    const layout = detectCsvLayout(text);
    expect(layout.dateFormatAmbiguous).toBe(true);
    expect(layout.dateFormatCandidates).toEqual(["DD/MM/YYYY", "MM/DD/YYYY"]);
    expect(layout.dateFormat).toBe("DD/MM/YYYY");
    expect(layout.notes.join(" ")).toMatch(/please confirm/);
  });

  it("reads Afrikaans headers", () => {
    const layout = detectCsvLayout("Datum,Beskrywing,Verwysing,Debiet,Krediet,Balans\n2024/02/01,SALARIS ACME,X1,,15000.00,15100.00\n2024/02/02,HUUR,X2,6500.00,,8600.00\n");
    expect(layout.columns.map((c) => c.role)).toEqual(["date", "description", "reference", "debit", "credit", "balance"]);
    expect(layout.dateFormat).toBe("YYYY/MM/DD");
    expect(layout.preview.map((r) => r.amount)).toEqual(["15000.00", "-6500.00"]);
  });

  it("finds roles from content when there is no header, including a running balance", () => {
    const text = "2024-03-01,COFFEE SHOP DOWNTOWN,-3.50,96.50\n2024-03-02,SALARY ACME,1000.00,1096.50\n2024-03-04,GROCERY STORE,-46.50,1050.00\n";
    const layout = detectCsvLayout(text);
    expect(layout.hasHeader).toBe(false);
    expect(layout.columns.map((c) => [c.role, c.basis])).toEqual([["date", "content"], ["description", "content"], ["amount", "content"], ["balance", "content"]]);
    expect(layout.dateFormat).toBe("YYYY-MM-DD");
  });
});

describe("parseCsv", () => {
  const za = readFixture("samples/za-bank-statement.csv");
  const zaMapping: CsvMapping = { date: "Date", description: "Description", debit: "Debit", credit: "Credit", balance: "Balance", reference: "Reference", dateFormat: "DD/MM/YYYY", decimalSeparator: ".", hasHeader: true, skipLines: 5 };

  it("streams the South African export with debit/credit columns and consistent running balances", async () => {
    const progress: number[] = [];
    const parsed = await parseCsv(za, zaMapping, { account: { currency: "ZAR", number: "62001234567" }, onProgress: (n) => progress.push(n) });
    const [account] = parsed.accounts;
    expect(account?.currency).toBe("ZAR");
    expect(account?.transactions).toHaveLength(44);
    expect(account?.transactions[0]).toMatchObject({ date: "2024-01-01", amount: "-6500.00", balance: "-2289.45", reference: "RENT UNIT 12" });
    expect(account?.transactions.find((t) => t.description.startsWith("SALARY"))?.amount).toBe("18750.00");
    expect(parsed.warnings).toEqual([]);
    expect(progress.at(-1)).toBe(44);
  });

  it("reports progress every 1000 rows on a large file fed in chunks", async () => {
    const lines = ["date,description,amount"];
    for (let i = 0; i < 2500; i++) lines.push(`2024-01-${String((i % 28) + 1).padStart(2, "0")},CARD PURCHASE ${i},-${(i % 90) + 1}.25`);
    const text = lines.join("\n");
    async function* chunks() {
      for (let i = 0; i < text.length; i += 4096) yield text.slice(i, i + 4096);
    }
    const progress: number[] = [];
    const parsed = await parseCsv(chunks(), { date: "date", description: "description", amount: "amount", dateFormat: "YYYY-MM-DD", decimalSeparator: ".", hasHeader: true }, { defaultCurrency: "EUR", onProgress: (n) => progress.push(n) });
    expect(parsed.accounts[0]?.transactions).toHaveLength(2500);
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it("refuses a bad row naming its line and column", async () => {
    const bad = za.replace("05/01/2024", "35/01/2024");
    const dateError = await rejection(parseCsv(bad, zaMapping, { defaultCurrency: "ZAR" }));
    expect(dateError.message).toBe('line 10, column "Date": "35/01/2024" is not a date in the format DD/MM/YYYY');
    const amountError = await rejection(parseCsv(za.replace('"1 234.56"', '"1 234.5x"'), zaMapping, { defaultCurrency: "ZAR" }));
    expect(amountError.location).toEqual({ kind: "line", line: 10, column: "Debit" });
    expect(amountError.reason).toBe('"1 234.5x" is not an amount');
    const both = await rejection(parseCsv("Date,Description,Debit,Credit\n01/01/2024,X,10.00,5.00\n", { ...zaMapping, balance: undefined, reference: undefined, skipLines: 0 }, { defaultCurrency: "ZAR" }));
    expect(both.message).toBe('line 2, column "Debit": both debit (10.00) and credit (5.00) are filled');
  });

  it("reads an Af/Bij direction column (ING style) and warns on a running-balance mismatch with its line", async () => {
    const text = "Datum;Naam / Omschrijving;Af Bij;Bedrag (EUR);Saldo na mutatie\n01-04-2024;HUUR;Af;950,00;50,00\n02-04-2024;SALARIS;Bij;2.000,00;2.050,00\n03-04-2024;ALBERT HEIJN;Af;10,00;2.030,00\n";
    const layout = detectCsvLayout(text);
    expect(layout.columns.map((c) => c.role)).toEqual(["date", "description", "direction", "amount", "balance"]);
    if (!layout.mapping) throw new Error("no mapping");
    const parsed = await parseCsv(text, layout.mapping, { defaultCurrency: "EUR" });
    expect(parsed.accounts[0]?.transactions.map((t) => t.amount)).toEqual(["-950.00", "2000.00", "-10.00"]);
    expect(parsed.warnings).toEqual([
      expect.objectContaining({ code: "balance_mismatch", location: { kind: "line", line: 4, column: "Saldo na mutatie" }, expected: "2040", found: "2030" }),
    ]);
  });

  it("refuses a missing column, a missing currency and too many rows", async () => {
    const mapping: CsvMapping = { date: "Date", description: "Memo", amount: "Amount", dateFormat: "YYYY-MM-DD", decimalSeparator: ".", hasHeader: true };
    const missing = await rejection(parseCsv("Date,Description,Amount\n2024-01-01,X,1\n", mapping, { defaultCurrency: "EUR" }));
    expect(missing.message).toBe('line 1: description: no column named "Memo" in the header (Date, Description, Amount)');
    const noCurrency = await rejection(parseCsv("Date,Memo,Amount\n", mapping));
    expect(noCurrency.code).toBe("invalid_mapping");
    const tooMany = await rejection(parseCsv("Date,Memo,Amount\n2024-01-01,A,1\n2024-01-02,B,2\n2024-01-03,C,3\n", mapping, { defaultCurrency: "EUR", maxTransactions: 2 }));
    expect(tooMany.code).toBe("too_many_transactions");
    expect(tooMany.message).toBe("line 4: more than 2 transactions in one import (limit)");
  });
});
