import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectJsonFormat, detectTextFormat } from "./detect-format";
import { ImportParseError } from "./import-error";
import { MAX_IMPORT_BYTES, parseImportFile } from "./parse-import-file";
import { fixturePath, readFixture } from "./test-support/fixtures";

async function rejection(promise: Promise<unknown>): Promise<ImportParseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportParseError) return error;
    throw error;
  }
  throw new Error("expected an ImportParseError");
}

describe("format detection", () => {
  it("tells the JSON formats apart by content", () => {
    expect(detectJsonFormat(JSON.parse(readFixture("samples/byod-za.json")))).toBe("byod_json");
    expect(detectJsonFormat(JSON.parse(readFixture("algoan-personas/fr/harry_potter.json")))).toBe("algoan_json");
    expect(detectJsonFormat(JSON.parse(readFixture("algoan-personas/budget-insight-format/lara_croft.json")))).toBe("budget_insight_json");
    expect(detectJsonFormat({ hello: 1 })).toBeNull();
  });
  it("tells JSON, OFX/QFX and CSV apart by content, whatever the file name", () => {
    expect(detectTextFormat(readFixture("samples/checking-ofx102.ofx"), "statement.txt")).toBe("ofx");
    expect(detectTextFormat(readFixture("samples/current-account-ofx220.ofx"))).toBe("ofx");
    expect(detectTextFormat(readFixture("samples/eu-bank-semicolon.csv"), "export")).toBe("csv");
    expect(detectTextFormat("\uFEFF  {\"accounts\": []}")).toBe("json");
  });
});

describe("parseImportFile", () => {
  it.each([
    ["samples/byod-za.json", "byod_json", 10],
    ["algoan-personas/fr/harry_potter.json", "algoan_json", 66],
    ["algoan-personas/budget-insight-format/raquel_murillo.json", "budget_insight_json", 81],
    ["samples/checking-ofx102.ofx", "ofx", 14],
    ["samples/current-account-ofx220.ofx", "ofx", 14],
    ["samples/credit-card.qfx", "ofx", 9],
    ["samples/za-bank-statement.csv", "csv", 44],
    ["samples/eu-bank-semicolon.csv", "csv", 10],
  ])("imports %s as %s from bytes", async (file, format, count) => {
    const progress: number[] = [];
    const parsed = await parseImportFile(readFileSync(fixturePath(file)), file, { defaultCurrency: "ZAR", onProgress: (n) => progress.push(n) });
    expect(parsed.format).toBe(format);
    expect(parsed.accounts.reduce((n, a) => n + a.transactions.length, 0)).toBe(count);
    expect(progress.at(-1)).toBe(count);
  });

  it("decodes Windows-1252 exports when the bytes are not UTF-8", async () => {
    const bytes = Uint8Array.from([...Buffer.from("Date;Libell"), 0xe9, ...Buffer.from(";Montant\n01/02/2024;Pr"), 0xe9, ...Buffer.from("levement EDF;-12,50\n")]);
    const parsed = await parseImportFile(bytes, "releve.csv", { defaultCurrency: "EUR" });
    expect(parsed.accounts[0]?.transactions[0]).toMatchObject({ description: "Prélevement EDF", amount: "-12.50" });
  });

  it("refuses a file over the size limit, naming the limit", async () => {
    const error = await rejection(parseImportFile("x".repeat(2048), "big.csv", { maxBytes: 1024 }));
    expect(error.code).toBe("file_too_large");
    expect(error.message).toBe("file: big.csv is 0.0 MB; the limit is 0.0 MB per file");
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    const real = await rejection(parseImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1), "huge.json"));
    expect(real.message).toBe("file: huge.json is 20.0 MB; the limit is 20.0 MB per file");
  });

  it("refuses more transactions than the limit", async () => {
    const error = await rejection(parseImportFile(readFixture("algoan-personas/fr/harry_potter.json"), "harry.json", { maxTransactions: 50 }));
    expect(error.code).toBe("too_many_transactions");
    expect(error.message).toBe("file: 66 transactions in one import; the limit is 50");
  });

  it("refuses currencies that are not ISO 4217 or not accepted", async () => {
    const document = JSON.parse(readFixture("algoan-personas/fr/currency_not_supported.json"));
    document.accounts[0].currency = "XYZ";
    const error = await rejection(parseImportFile(JSON.stringify(document), "x.json"));
    expect(error.message).toBe('accounts[0].currency: unknown currency "XYZ" (expected an ISO 4217 code such as EUR or ZAR)');
    const refused = await rejection(parseImportFile(readFixture("algoan-personas/fr/currency_not_supported.json"), "usd.json", { acceptedCurrencies: ["EUR"] }));
    expect(refused.code).toBe("currency_not_accepted");
  });

  it("refuses what is not a bank export", async () => {
    expect((await rejection(parseImportFile('{"customer": {}}', "x.json"))).code).toBe("unknown_format");
    expect((await rejection(parseImportFile("just words", "notes"))).code).toBe("unknown_format");
  });
});
