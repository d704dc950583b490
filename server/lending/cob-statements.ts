import { addMonths, fromYmd, type IsoDate, ymd, daysInMonth } from "@/server/shared/dates";
import { formatAmount, maxMoney, minMoney, money, roundMoney, ZERO } from "@/server/shared/money";
import type { LedgerEntry } from "./loan-position";

/**
 * A revolving account's monthly statement, from the account as the ledger replays it: the closing
 * balance is everything owed at the end of the statement day (drawn principal, interest accrued and
 * unpaid, fees), the interest is what accrued over the period, and the minimum payment is the
 * product's percentage of the closing balance with its floor, never more than the balance.
 */
export interface StatementFigures {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  statementDate: IsoDate;
  dueDate: IsoDate;
  openingBalance: string;
  drawdowns: string;
  repayments: string;
  fees: string;
  interest: string;
  closingBalance: string;
  minimumPayment: string;
  pastDue: string;
  transactions: Array<{ date: string; type: string; amount: string; description: string }>;
}

export interface StatementRule {
  statementDay: number;
  dueDay: number;
  minimumPaymentPercent: string;
  minimumPaymentFloor: string;
  decimals: number;
}

function clamp(year: number, month: number, day: number): IsoDate {
  return fromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Whether `date` is the product's statement day (the month's last day stands in for a missing 29–31). */
export function isStatementDate(date: IsoDate, statementDay: number): boolean {
  const { year, month } = ymd(date);
  return clamp(year, month, statementDay) === date;
}

/** The first due day after the statement date. */
export function dueDateAfter(statementDate: IsoDate, dueDay: number): IsoDate {
  const { year, month } = ymd(statementDate);
  const sameMonth = clamp(year, month, dueDay);
  if (sameMonth > statementDate) return sameMonth;
  const next = ymd(addMonths(`${statementDate.slice(0, 7)}-01`, 1));
  return clamp(next.year, next.month, dueDay);
}

export function buildStatement(
  rule: StatementRule,
  period: { start: IsoDate; statementDate: IsoDate },
  balances: { opening: string; closing: string },
  entries: readonly LedgerEntry[],
  pastDue = "0",
): StatementFigures {
  const d = rule.decimals;
  const inPeriod = entries.filter((e) => e.status === "applied" && e.valueDate >= period.start && e.valueDate <= period.statementDate);
  const sum = (type: LedgerEntry["type"]) => inPeriod.filter((e) => e.type === type).reduce((total, e) => total.plus(money(e.amount)), ZERO);
  const drawdowns = sum("disbursement");
  const repayments = sum("repayment");
  const fees = sum("fee");
  const opening = money(balances.opening);
  const closing = money(balances.closing);
  // What the balance did beyond the movements is the interest the period accrued.
  const interest = maxMoney(closing.minus(opening).minus(drawdowns).minus(fees).plus(repayments), ZERO);
  // What earlier statements asked and was not paid is added to this one's minimum (never above the balance).
  const ruleMinimum = maxMoney(roundMoney(closing.times(money(rule.minimumPaymentPercent)).div(100), d), money(rule.minimumPaymentFloor));
  const minimum = closing.lte(0) ? ZERO : minMoney(closing, ruleMinimum.plus(money(pastDue)));
  return {
    periodStart: period.start,
    periodEnd: period.statementDate,
    statementDate: period.statementDate,
    dueDate: dueDateAfter(period.statementDate, rule.dueDay),
    openingBalance: formatAmount(opening, d),
    drawdowns: formatAmount(drawdowns, d),
    repayments: formatAmount(repayments, d),
    fees: formatAmount(fees, d),
    interest: formatAmount(interest, d),
    closingBalance: formatAmount(closing, d),
    minimumPayment: formatAmount(minimum, d),
    pastDue: formatAmount(money(pastDue), d),
    transactions: inPeriod
      .filter((e) => e.type === "disbursement" || e.type === "repayment" || e.type === "fee")
      .map((e) => ({ date: e.valueDate, type: e.type, amount: e.amount, description: e.type === "disbursement" ? "Drawdown" : e.type === "repayment" ? "Repayment, thank you" : "Fee" })),
  };
}
