import type Decimal from "decimal.js";
import type { AccountType } from "@/server/banking/taxonomy";
import { currencyDecimals, money, ZERO } from "@/server/shared/money";
import type { AccountRow } from "./account-rows";
import { formatMaybe, formatMoney } from "./amounts";
import { buildAccountBalances, type AccountBalances, type BalanceSource } from "./daily-balances";
import type { AnalysisAccount } from "./input";

/**
 * The seed's Get Statements: one summary per account given (analysed or not), over that
 * account's own transactions up to the analysis date. Balances follow daily-balances.ts (null when
 * unknown); debit totals and averages are magnitudes (positive), like a printed statement's.
 */
export interface AccountSummary {
  readonly account: string;
  readonly account_type: AccountType;
  readonly account_number: string | null;
  readonly bank: string | null;
  readonly account_name: string | null;
  readonly account_holder_name: string | null;
  readonly currency: string;
  readonly is_analysed: boolean;
  readonly balance_source: BalanceSource;
  readonly statement_start_date: string | null;
  readonly statement_end_date: string | null;
  readonly opening_balance: string | null;
  readonly closing_balance: string | null;
  readonly total_transactions: number;
  readonly number_of_credit_transactions: number;
  readonly number_of_debit_transactions: number;
  readonly average_credit_transaction: string | null;
  readonly average_debit_transaction: string | null;
  readonly total_credit_amount: string;
  readonly total_debit_amount: string;
}

export interface Statements {
  readonly accounts_summary: readonly AccountSummary[];
  /** Average full-month primary income. */
  readonly primary_income: string | null;
  /** The primary income's usual day of month (strike date). */
  readonly primary_income_day: number | null;
  readonly account_holder_name: string | null;
}

/** Balance before `firstDay` and at the end of `lastDay`, read off a series that covers both. */
function openingAndClosing(series: AccountBalances, firstDay: number, lastDay: number): { opening: Decimal; closing: Decimal | null } {
  const before = firstDay - series.fromDay - 1;
  return { opening: before < 0 ? series.opening : (series.endOfDay[before] ?? series.opening), closing: series.endOfDay[lastDay - series.fromDay] ?? null };
}

function summarise(account: AnalysisAccount, all: readonly AccountRow[], untilDay: number, analysed: boolean, computed: AccountBalances | undefined): AccountSummary {
  const decimals = currencyDecimals(account.currency);
  const rows = all.filter((r) => r.day <= untilDay);
  let credits: Decimal = ZERO;
  let debits: Decimal = ZERO;
  let creditCount = 0;
  let debitCount = 0;
  for (const r of rows) {
    if (r.amount.isNegative() && !r.amount.isZero()) {
      debits = debits.minus(r.amount);
      debitCount++;
    } else if (!r.amount.isZero()) {
      credits = credits.plus(r.amount);
      creditCount++;
    }
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  // The analysed accounts' series over the window already cover their own first and last days.
  const balances = first && last ? (computed ?? buildAccountBalances(account, all, first.day, last.day)) : null;
  const known = balances !== null && balances.source !== "unknown";
  const ends = balances && first && last ? openingAndClosing(balances, first.day, last.day) : null;
  return {
    account: account.id,
    account_type: account.type,
    account_number: account.number,
    bank: account.bank,
    account_name: account.name,
    account_holder_name: account.holder,
    currency: account.currency,
    is_analysed: analysed,
    balance_source: balances?.source ?? (account.balance === null ? "unknown" : "closing_balance"),
    statement_start_date: first?.source.date ?? null,
    statement_end_date: last?.source.date ?? null,
    opening_balance: known && ends ? formatMoney(ends.opening, decimals) : null,
    closing_balance: known && ends ? formatMaybe(ends.closing, decimals) : account.balance === null ? null : formatMoney(money(account.balance), decimals),
    total_transactions: rows.length,
    number_of_credit_transactions: creditCount,
    number_of_debit_transactions: debitCount,
    average_credit_transaction: creditCount === 0 ? null : formatMoney(credits.div(creditCount), decimals),
    average_debit_transaction: debitCount === 0 ? null : formatMoney(debits.div(debitCount), decimals),
    total_credit_amount: formatMoney(credits, decimals),
    total_debit_amount: formatMoney(debits, decimals),
  };
}

/** Statement summaries of every account, with the primary income and its day. */
export function summariseStatements(
  accounts: readonly AnalysisAccount[],
  analysedIds: ReadonlySet<string>,
  /** All of each account's rows, also after the analysis date (a later closing balance needs them). */
  rowsByAccount: ReadonlyMap<string, readonly AccountRow[]>,
  untilDay: number,
  primaryIncome: string | null,
  primaryIncomeDay: number | null,
  /** The analysed accounts' daily balances over the window, reused rather than rebuilt. */
  computed: readonly AccountBalances[] = [],
): Statements {
  const byAccount = new Map(computed.map((b) => [b.accountId, b]));
  const holder = accounts.find((a) => analysedIds.has(a.id) && a.holder)?.holder ?? accounts.find((a) => a.holder)?.holder ?? null;
  return {
    accounts_summary: accounts.map((a) => summarise(a, rowsByAccount.get(a.id) ?? [], untilDay, analysedIds.has(a.id), byAccount.get(a.id))),
    primary_income: primaryIncome,
    primary_income_day: primaryIncomeDay,
    account_holder_name: holder,
  };
}
