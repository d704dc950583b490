import { describe, expect, it } from "vitest";
import { fingerprintTransactions, normaliseDescription, selectNewTransactions } from "./fingerprint";
import type { ParsedTransaction } from "./import-model";
import { parseCsv } from "./parse-csv";
import type { CsvMapping } from "./parse-csv";
import { parseOfx } from "./parse-ofx";
import { readFixture } from "./test-support/fixtures";

function transaction(date: string, amount: string, description: string, reference: string | null = null): ParsedTransaction {
  return { date, amount, balance: null, description, reference, currency: "EUR", externalId: null, typeHint: null };
}

describe("normaliseDescription", () => {
  it("upper-cases, strips accents and punctuation, collapses identifiers but keeps short numbers", () => {
    expect(normaliseDescription("Prélèvement  de Eca Assurances")).toBe("PRELEVEMENT DE ECA ASSURANCES");
    expect(normaliseDescription("PRLV SEPA POTTER HARRY ECH ID EMETTEUR/LU66ZZZ000023 MDT/3BEAC43A69zeeeeAC6 REF/1B0F18BC115A4788DA4")).toBe(
      "PRLV SEPA POTTER HARRY ECH ID EMETTEUR # MDT # REF #",
    );
    expect(normaliseDescription("CARTE X2518 3-4X CB ONEY.")).toBe("CARTE X2518 3 4X CB ONEY");
    expect(normaliseDescription("COMPRA. BET 365")).toBe("COMPRA BET 365");
    expect(normaliseDescription("H&M Straße")).toBe("H&M STRASSE");
  });
});

describe("fingerprints", () => {
  it("are stable across re-parses and insensitive to amount and text formatting", () => {
    const a = fingerprintTransactions([transaction("2024-01-05", "-75.20", "Prélèvement EDF  ")]);
    const b = fingerprintTransactions([transaction("2024-01-05", "-75.2", "PRELEVEMENT EDF")]);
    expect(a).toEqual(b);
    expect(fingerprintTransactions([transaction("2024-01-05", "-75.21", "PRELEVEMENT EDF")])).not.toEqual(a);
    expect(fingerprintTransactions([transaction("2024-01-05", "-75.20", "PRELEVEMENT EDF", "R1")])).not.toEqual(a);
  });

  it("re-importing the same file adds nothing", async () => {
    const text = readFixture("samples/za-bank-statement.csv");
    const mapping: CsvMapping = { date: 0, description: 1, debit: 3, credit: 4, balance: 5, reference: 2, dateFormat: "DD/MM/YYYY", decimalSeparator: ".", hasHeader: true, skipLines: 5 };
    const first = (await parseCsv(text, mapping, { defaultCurrency: "ZAR" })).accounts[0]?.transactions ?? [];
    const second = (await parseCsv(text, mapping, { defaultCurrency: "ZAR" })).accounts[0]?.transactions ?? [];
    const stored = fingerprintTransactions(first);
    expect(fingerprintTransactions(second)).toEqual(stored);
    expect(selectNewTransactions(stored, second)).toEqual({ added: [], duplicates: 44 });
  });

  it("an overlapping second statement only adds its new rows", () => {
    const all = parseOfx(readFixture("samples/checking-ofx102.ofx")).accounts[0]?.transactions ?? [];
    const march1to15 = all.filter((t) => t.date <= "2024-03-15");
    const march9to31 = all.filter((t) => t.date >= "2024-03-09");
    const stored = new Set(fingerprintTransactions(march1to15));
    const { added, duplicates } = selectNewTransactions(stored, march9to31);
    expect(added.map((a) => a.transaction.date)).toEqual(["2024-03-18", "2024-03-20", "2024-03-20", "2024-03-25"]);
    expect(duplicates).toBe(march9to31.length - 4);
  });

  it("keeps two genuinely identical transactions on the same day (occurrence index)", () => {
    const all = parseOfx(readFixture("samples/checking-ofx102.ofx")).accounts[0]?.transactions ?? [];
    const fuel = all.filter((t) => t.description === "SHELL OIL 57442");
    expect(fuel).toHaveLength(2);
    const prints = fingerprintTransactions(fuel);
    expect(new Set(prints).size).toBe(2);
    // The first import had only one of them (statement cut mid-day): the second one is new.
    const { added } = selectNewTransactions(fingerprintTransactions(fuel.slice(0, 1)), fuel);
    expect(added).toHaveLength(1);
    expect(added[0]?.index).toBe(1);
  });
});
