import type { IsoDate } from "@/server/shared/dates";
import { isIsoDate } from "@/server/shared/dates";
import { mapAccountType } from "./account-types";
import { ImportParseError, lineError } from "./import-error";
import type { ImportWarning, ParsedAccount, ParsedImport, ParsedTransaction, ParseOptions } from "./import-model";
import { canonicalDecimalText, checkCurrency } from "./import-model";
import type { AccountLocator } from "./import-support";
import { finishImport } from "./import-support";
import type { OfxNode } from "./ofx-tree";
import { child, childValue, findAll, readOfxTree } from "./ofx-tree";
import type { TransactionType } from "./taxonomy";

/**
 * OFX 1.x (SGML), OFX 2.x (XML) and QFX bank and card statements: every STMTRS (BANKACCTFROM) and
 * CCSTMTRS (CCACCTFROM) becomes an account with CURDEF, LEDGERBAL and its STMTTRN list.
 */
export function parseOfx(text: string, options: ParseOptions = {}): ParsedImport {
  const start = text.search(/<OFX>/i);
  if (start < 0) throw new ImportParseError("invalid_ofx", { kind: "file" }, "no <OFX> element: not an OFX/QFX file");
  const firstLine = text.slice(0, start).split("\n").length;
  const tree = readOfxTree(text.slice(start), firstLine);
  const bankName = findAll(tree, "FI").map((fi) => childValue(fi, "ORG")).find((org) => org !== null) ?? null;
  const statements = [...findAll(tree, "STMTRS"), ...findAll(tree, "CCSTMTRS")];
  if (statements.length === 0) throw new ImportParseError("invalid_ofx", { kind: "file" }, "no bank (STMTRS) or card (CCSTMTRS) statement in the file");
  const warnings: ImportWarning[] = [];
  const accounts: ParsedAccount[] = [];
  const locators: AccountLocator[] = [];
  for (const statement of statements) {
    const { account, lines } = readStatement(statement, bankName, options);
    accounts.push(account);
    locators.push({
      transaction: (index, field) => ({ kind: "line", line: lines[index] ?? statement.line, column: field === "balance" ? "BALAMT" : "TRNAMT" }),
      balance: { kind: "line", line: child(statement, "LEDGERBAL")?.line ?? statement.line, column: "BALAMT" },
    });
  }
  return finishImport("ofx", accounts, warnings, locators);
}

function readStatement(statement: OfxNode, bankName: string | null, options: ParseOptions): { account: ParsedAccount; lines: number[] } {
  const isCard = statement.name === "CCSTMTRS";
  const from = child(statement, isCard ? "CCACCTFROM" : "BANKACCTFROM");
  if (!from) throw lineError(statement.line, `${isCard ? "CCACCTFROM" : "BANKACCTFROM"} is missing`, "invalid_ofx");
  const currencyText = childValue(statement, "CURDEF") ?? options.defaultCurrency ?? null;
  if (currencyText === null) throw lineError(statement.line, "CURDEF (the statement currency) is missing", "invalid_ofx");
  const currencyLine = child(statement, "CURDEF")?.line ?? statement.line;
  const currency = checkCurrency(currencyText, { kind: "line", line: currencyLine, column: "CURDEF" }, options.acceptedCurrencies);
  const list = child(statement, "BANKTRANLIST");
  const entries = list ? list.children.filter((c) => c.name === "STMTTRN") : [];
  const transactions = entries.map((entry) => readTransaction(entry, currency));
  const ledger = child(statement, "LEDGERBAL");
  const accountId = childValue(from, "ACCTID");
  if (accountId === null) throw lineError(from.line, "ACCTID is missing", "invalid_ofx");
  return {
    account: {
      externalId: accountId,
      number: accountId,
      iban: null,
      name: null,
      type: isCard ? "credit_card" : mapAccountType(childValue(from, "ACCTTYPE")),
      usage: null,
      currency,
      balance: ledger ? readAmount(ledger, "BALAMT", false) : null,
      balanceDate: ledger ? readDate(ledger, "DTASOF") : null,
      bank: bankName ?? childValue(from, "BANKID"),
      holder: null,
      ownership: null,
      transactions,
    },
    lines: entries.map((entry) => child(entry, "TRNAMT")?.line ?? entry.line),
  };
}

function readTransaction(entry: OfxNode, currency: string): ParsedTransaction {
  const amount = readAmount(entry, "TRNAMT", true);
  const date = readDate(entry, "DTPOSTED") ?? readDate(entry, "DTUSER");
  if (date === null) throw lineError(entry.line, "DTPOSTED is missing", "invalid_ofx", "DTPOSTED");
  if (amount === null) throw lineError(entry.line, "TRNAMT is missing", "invalid_ofx", "TRNAMT");
  const payee = child(entry, "PAYEE");
  const name = childValue(entry, "NAME") ?? (payee ? childValue(payee, "NAME") : null);
  const memo = childValue(entry, "MEMO");
  const description = [name, memo !== null && memo !== name && !(name ?? "").includes(memo) ? memo : null].filter((p) => p !== null).join(" ");
  const original = child(entry, "CURRENCY") ?? child(entry, "ORIGCURRENCY");
  return {
    date,
    amount,
    balance: null,
    description,
    reference: childValue(entry, "CHECKNUM") ?? childValue(entry, "REFNUM"),
    currency: original ? (childValue(original, "CURSYM") ?? currency) : currency,
    externalId: childValue(entry, "FITID"),
    typeHint: typeFromTrnType(childValue(entry, "TRNTYPE"), amount.startsWith("-")),
  };
}

/** OFX amounts are dot-decimal, but some European exporters write a comma: accept it when it is the only separator. */
function readAmount(node: OfxNode, name: string, required: boolean): string | null {
  const element = child(node, name);
  if (!element || element.value === null || element.value === "") {
    if (required) throw lineError(node.line, `${name} is missing`, "invalid_ofx", name);
    return null;
  }
  const raw = element.value.includes(".") ? element.value : element.value.replace(",", ".");
  try {
    return canonicalDecimalText(raw);
  } catch {
    throw lineError(element.line, `not a number: "${element.value}"`, "invalid_value", name);
  }
}

/** OFX dates: YYYYMMDD[HHMMSS[.XXX]][[-5:EST]]; the calendar date written is the bank's booking day. */
function readDate(node: OfxNode, name: string): IsoDate | null {
  const element = child(node, name);
  if (!element || element.value === null || element.value === "") return null;
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(element.value);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  if (!isIsoDate(date)) throw lineError(element.line, `not an OFX date (YYYYMMDD...): "${element.value}"`, "invalid_value", name);
  return date;
}

const TRNTYPES: Record<string, TransactionType | "by_sign_cash" | "by_sign_transfer"> = {
  POS: "card",
  CHECK: "cheque",
  FEE: "fee",
  SRVCHG: "fee",
  DIRECTDEBIT: "direct_debit",
  REPEATPMT: "direct_debit",
  DIRECTDEP: "transfer_in",
  ATM: "by_sign_cash",
  CASH: "by_sign_cash",
  XFER: "by_sign_transfer",
};

function typeFromTrnType(trnType: string | null, isDebit: boolean): TransactionType | null {
  const mapped = trnType === null ? undefined : TRNTYPES[trnType.toUpperCase()];
  if (mapped === "by_sign_cash") return isDebit ? "cash_withdrawal" : "cash_deposit";
  if (mapped === "by_sign_transfer") return isDebit ? "transfer_out" : "transfer_in";
  return mapped ?? null;
}
