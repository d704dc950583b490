import { describe, expect, it } from "vitest";
import { ImportParseError } from "./import-error";
import { parseOfx } from "./parse-ofx";
import { readFixture } from "./test-support/fixtures";

function thrown(run: () => unknown): ImportParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportParseError) return error;
    throw error;
  }
  throw new Error("expected an ImportParseError");
}

describe("parseOfx", () => {
  it("reads OFX 1.02 SGML with unclosed leaf tags", () => {
    const parsed = parseOfx(readFixture("samples/checking-ofx102.ofx"));
    expect(parsed.format).toBe("ofx");
    const [account] = parsed.accounts;
    expect(account).toMatchObject({ number: "000123456789", type: "current", currency: "USD", bank: "First Community Bank", balance: "3874.01", balanceDate: "2024-03-31" });
    expect(account?.transactions).toHaveLength(14);
    expect(account?.transactions[0]).toMatchObject({ date: "2024-03-01", amount: "2450.00", description: "ACME CORP PAYROLL DIRECT DEP SALARY", externalId: "202403010001", typeHint: "transfer_in" });
    expect(account?.transactions[1]).toMatchObject({ reference: "1045", typeHint: "cheque", description: "CHECK 1045 RENT MARCH" });
    expect(account?.transactions.find((t) => t.amount === "-100.00")?.typeHint).toBe("cash_withdrawal");
  });

  it("reads OFX 2.2 XML with entities", () => {
    const [account] = parseOfx(readFixture("samples/current-account-ofx220.ofx")).accounts;
    expect(account).toMatchObject({ currency: "GBP", bank: "Midland & Shires Bank", number: "40123412345678", balanceDate: "2024-02-29" });
    expect(account?.transactions).toHaveLength(14);
    expect(account?.transactions[0]).toMatchObject({ date: "2024-02-01", amount: "1985.40", description: "SALARY NORTHWIND LTD BGC FEB PAY" });
  });

  it("reads a QFX credit-card statement (CCSTMTRS)", () => {
    const [account] = parseOfx(readFixture("samples/credit-card.qfx")).accounts;
    expect(account).toMatchObject({ type: "credit_card", currency: "USD", number: "4111111111111111", bank: "Chase", balance: "-1235.98" });
    expect(account?.transactions.find((t) => t.amount === "500.00")?.description).toBe("PAYMENT THANK YOU AUTOPAY");
  });

  it("names the line and element of a bad value", () => {
    const text = readFixture("samples/checking-ofx102.ofx").replace("<TRNAMT>-86.42", "<TRNAMT>-86,4x");
    const error = thrown(() => parseOfx(text));
    expect(error.location).toEqual({ kind: "line", line: 63, column: "TRNAMT" });
    expect(error.message).toBe('line 63, column "TRNAMT": not a number: "-86,4x"');
    const noDate = thrown(() => parseOfx("<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNAMT>1</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"));
    expect(noDate.message).toBe('line 1, column "DTPOSTED": DTPOSTED is missing');
    expect(thrown(() => parseOfx("<OFX><FOO></OFX>")).code).toBe("invalid_ofx");
    expect(thrown(() => parseOfx("hello")).message).toBe("file: no <OFX> element: not an OFX/QFX file");
  });

  it("refuses an unknown statement currency at its line", () => {
    const text = readFixture("samples/checking-ofx102.ofx").replace("<CURDEF>USD", "<CURDEF>DOL");
    const error = thrown(() => parseOfx(text));
    expect(error.code).toBe("unknown_currency");
    expect(error.location).toEqual({ kind: "line", line: 34, column: "CURDEF" });
  });
});
