import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportParseError } from "./import-error";
import { jsonNumberToDecimalString, canonicalDecimalText } from "./import-model";
import { parseAlgoanJson } from "./parse-algoan-json";
import { parseBudgetInsightJson } from "./parse-budget-insight-json";
import { parseByodJson } from "./parse-byod-json";
import { fixturePath, readFixture } from "./test-support/fixtures";

function thrown(run: () => unknown): ImportParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportParseError) return error;
    throw error;
  }
  throw new Error("expected an ImportParseError");
}

describe("JSON numbers to decimal text", () => {
  it("uses the shortest round-trip text, exact for up to 15 significant digits", () => {
    expect(jsonNumberToDecimalString(-75.2)).toBe("-75.2");
    expect(jsonNumberToDecimalString(2581.45)).toBe("2581.45");
    expect(jsonNumberToDecimalString(1e-7)).toBe("0.0000001");
    expect(jsonNumberToDecimalString(123456789012345)).toBe("123456789012345");
    expect(jsonNumberToDecimalString(-0)).toBe("0");
  });
  it("refuses non-finite values and more digits than a double carries", () => {
    expect(() => jsonNumberToDecimalString(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => jsonNumberToDecimalString(Number.NaN)).toThrow(/finite/);
    expect(() => jsonNumberToDecimalString(0.1 + 0.2)).toThrow(/significant digits/);
  });
  it("canonicalises decimal strings", () => {
    expect(canonicalDecimalText("+012.50")).toBe("12.50");
    expect(canonicalDecimalText("-.5")).toBe("-0.5");
    expect(canonicalDecimalText("-0.00")).toBe("0.00");
    expect(() => canonicalDecimalText("1e3")).toThrow();
  });
});

describe("BYOD JSON (seed 000)", () => {
  it("reads accounts and transactions, with running balances checked", () => {
    const parsed = parseByodJson(readFixture("samples/byod-za.json"));
    expect(parsed.format).toBe("byod_json");
    const [account] = parsed.accounts;
    expect(account).toMatchObject({ number: "1234567890", type: "current", currency: "ZAR", bank: "capitec", holder: "Thandi Mokoena", balance: "5210.5" });
    expect(account?.transactions[0]).toMatchObject({ date: "2024-01-25", amount: "15250", balance: "16450.75", reference: "SAL0125" });
    expect(parsed.warnings.filter((w) => w.code === "balance_mismatch")).toHaveLength(1);
    const mismatch = parsed.warnings.find((w) => w.code === "balance_mismatch");
    expect(mismatch?.location).toEqual({ kind: "json", path: "accounts[0].transactions[3].balance" });
    expect(mismatch).toMatchObject({ expected: "13050.75", found: "13000.75" });
  });
  it("names the JSON path and the reason of a bad value", () => {
    const document = { accounts: [{ account_number: "1", currency: "ZAR", transactions: [{ datetime: "2024-01-01", amount: 1 }, { datetime: "2024-01-02", amount: "12,50" }] }] };
    const error = thrown(() => parseByodJson(document));
    expect(error.location).toEqual({ kind: "json", path: "accounts[0].transactions[1].amount" });
    expect(error.message).toBe('accounts[0].transactions[1].amount: not a number (got "12,50")');
    expect(thrown(() => parseByodJson({ accounts: [{ account_number: "1", currency: "ZAR", transactions: [{ datetime: "31/01/2024", amount: 1 }] }] })).message).toMatch(
      /^accounts\[0\]\.transactions\[0\]\.datetime: not a date/,
    );
    expect(thrown(() => parseByodJson({ accounts: {} })).message).toBe("accounts: expected an array, got an object");
  });
  it("refuses unknown currencies and reports invalid JSON with its line", () => {
    const error = thrown(() => parseByodJson({ accounts: [{ account_number: "1", currency: "RAND", transactions: [] }] }));
    expect(error.code).toBe("unknown_currency");
    expect(error.message).toMatch(/^accounts\[0\]\.currency: unknown currency "RAND"/);
    const bad = thrown(() => parseByodJson('{\n  "accounts": [\n    {"a": 1,,}\n  ]\n}'));
    expect(bad.code).toBe("invalid_json");
    expect(bad.location).toEqual({ kind: "line", line: 3 });
  });
});

describe("Algoan customer JSON", () => {
  const files = ["fr", "es", "nl", "be-fr", "be-nl"].flatMap((dir) =>
    readdirSync(fixturePath(`algoan-personas/${dir}`)).filter((f) => f.endsWith(".json")).map((f) => `algoan-personas/${dir}/${f}`),
  );

  it.each(files)("parses %s", (file) => {
    const parsed = parseAlgoanJson(readFixture(file));
    expect(parsed.format).toBe("algoan_json");
    expect(parsed.accounts.length).toBeGreaterThan(0);
    for (const account of parsed.accounts) {
      for (const t of account.transactions) {
        expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(t.amount).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
  });

  it("maps account fields and falls back to bookedAt for card accounts", () => {
    const parsed = parseAlgoanJson(readFixture("algoan-personas/fr/hermione_granger.json"));
    expect(parsed.accounts.map((a) => a.type)).toEqual(["current", "credit_card", "savings"]);
    const [current, card] = parsed.accounts;
    expect(current).toMatchObject({ currency: "EUR", balance: "1457.16", balanceDate: "2026-08-21", bank: "Algoan Demo", holder: "HERMIONE GRANGER", usage: "personal" });
    expect(current?.transactions[0]).toMatchObject({ date: "2026-05-24", amount: "-590", description: "VIR INST LOYER VM00612C7GK4WS01" });
    expect(card?.transactions[0]?.date).toBe("2026-08-23");
  });

  it("keeps a USD account (USD is ISO 4217) but warns about its EUR line; an organisation accepting only EUR refuses it", () => {
    const text = readFixture("algoan-personas/fr/currency_not_supported.json");
    const parsed = parseAlgoanJson(text);
    expect(parsed.accounts[0]?.currency).toBe("USD");
    expect(parsed.warnings).toEqual([expect.objectContaining({ code: "currency_mismatch", location: { kind: "json", path: "accounts[0].transactions[3].currency" } })]);
    const error = thrown(() => parseAlgoanJson(text, { acceptedCurrencies: ["EUR"] }));
    expect(error.code).toBe("currency_not_accepted");
    expect(error.message).toBe("accounts[0].currency: currency USD is not accepted here (accepted: EUR)");
  });

  it("converts instants to a time zone's business date when asked", () => {
    const document = { accounts: [{ currency: "EUR", transactions: [{ dates: { debitedAt: "2019-06-30T22:00:00.000Z" }, amount: -1, description: "x" }] }] };
    expect(parseAlgoanJson(document).accounts[0]?.transactions[0]?.date).toBe("2019-06-30");
    expect(parseAlgoanJson(document, { timeZone: "Europe/Paris" }).accounts[0]?.transactions[0]?.date).toBe("2019-07-01");
  });

  it("names the path of a missing date", () => {
    const error = thrown(() => parseAlgoanJson({ accounts: [{ currency: "EUR", transactions: [{ dates: {}, amount: -1 }] }] }));
    expect(error.message).toBe("accounts[0].transactions[0].dates.debitedAt: is required (or dates.bookedAt)");
  });
});

describe("Budget Insight v2.0 JSON", () => {
  it.each(["lara_croft", "archibald_haddock", "raquel_murillo"])("parses %s with the same transactions as the Algoan file", (name) => {
    const bi = parseBudgetInsightJson(readFixture(`algoan-personas/budget-insight-format/${name}.json`));
    const algoanDir = name === "raquel_murillo" ? "es" : "fr";
    const algoan = parseAlgoanJson(readFixture(`algoan-personas/${algoanDir}/${name}.json`));
    const key = (t: { date: string; amount: string; description: string }) => `${t.date}|${t.amount}|${t.description.trim()}`;
    const all = (accounts: typeof bi.accounts) => accounts.flatMap((a) => a.transactions.map(key)).sort();
    expect(all(bi.accounts)).toEqual(all(algoan.accounts));
    expect(bi.accounts.map((a) => a.type)).toEqual(algoan.accounts.map((a) => a.type));
    expect(bi.accounts[0]?.usage).toBe("personal");
  });

  it("names the path of a bad value", () => {
    const document = { connections: [{ accounts: [{ currency: { id: "EUR" }, transactions: [{ date: "2024-01-01", value: "abc", original_wording: "x" }] }] }] };
    expect(thrown(() => parseBudgetInsightJson(document)).message).toBe('connections[0].accounts[0].transactions[0].value: not a number (got "abc")');
  });
});

describe("pending operations", () => {
  it("are left out of Algoan and Budget Insight imports with a warning naming them", () => {
    const algoan = parseAlgoanJson({
      accounts: [{ currency: "EUR", transactions: [{ dates: { debitedAt: "2024-01-02" }, amount: -10 }, { dates: { debitedAt: "2024-01-03" }, amount: -20, isComing: true }] }],
    });
    expect(algoan.accounts[0]?.transactions.map((t) => t.amount)).toEqual(["-10"]);
    expect(algoan.warnings.find((w) => w.code === "ignored_transaction")).toMatchObject({ accountIndex: 0, transactionIndex: 1, location: { path: "accounts[0].transactions[1]" } });

    const bi = parseBudgetInsightJson({
      connections: [{ accounts: [{ currency: { id: "EUR" }, transactions: [{ date: "2024-01-02", value: -5, original_wording: "A", coming: true }, { date: "2024-01-03", value: -6, original_wording: "B" }] }] }],
    });
    expect(bi.accounts[0]?.transactions.map((t) => t.description)).toEqual(["B"]);
    expect(bi.warnings.filter((w) => w.code === "ignored_transaction").map((w) => w.message)).toEqual(["account 1, transaction 1: pending (coming) operation skipped"]);
  });
});
