import type Decimal from "decimal.js";
import { type IsoDate, addDays, addMonths, daysInMonth, fromYmd, isIsoDate, toDayNumber, ymd } from "@/server/shared/dates";
import {
  type RoundingMode,
  ZERO,
  formatAmount,
  isDecimalString,
  maxMoney,
  minMoney,
  money,
  roundMoney,
} from "@/server/shared/money";
import { type DayCount, type DaysInYear, computeAccrualFraction, getYearDenominator } from "./day-count";
import { LendingInputError } from "./errors";

/**
 * Revolving credit statements (the seed's revolving product): each day's closing balance accrues
 * balance × rate / days-in-year for that day, the interest is charged once at the statement, and
 * the minimum payment is a percentage of the closing balance with a floor, never above the balance.
 */

export interface RevolvingTransaction {
  date: IsoDate;
  /** drawdowns and fees increase the balance, repayments reduce it; amounts are positive. */
  type: "drawdown" | "repayment" | "fee";
  amount: string;
}

export interface MinimumPaymentRule {
  /** Percent of the closing balance. */
  percent: string;
  /** The least minimum payment (unless the balance itself is less). */
  floor: string;
}

export interface RevolvingStatementRequest {
  /** The statement period, both days included. */
  periodStart: IsoDate;
  periodEnd: IsoDate;
  openingBalance: string;
  annualInterestRate: string;
  daysInYear: DaysInYear;
  transactions: readonly RevolvingTransaction[];
  minimumPayment: MinimumPaymentRule;
  /** Day of month the statement is produced and the day payment is due by (clamped in short months). */
  statementDay: number;
  dueDay: number;
  currencyDecimals?: number;
  roundingMode?: RoundingMode;
}

export interface RevolvingStatement {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  statementDate: IsoDate;
  dueDate: IsoDate;
  days: number;
  openingBalance: string;
  drawdowns: string;
  repayments: string;
  fees: string;
  interest: string;
  closingBalance: string;
  minimumPayment: string;
}

function clampedDay(year: number, month: number, day: number): IsoDate {
  return fromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The first date on or after `date` that is the product's `day` of its month (clamped). */
export function findMonthDayOnOrAfter(date: IsoDate, day: number): IsoDate {
  const { year, month } = ymd(date);
  const candidate = clampedDay(year, month, day);
  if (candidate >= date) return candidate;
  const next = ymd(addMonths(`${date.slice(0, 7)}-01`, 1));
  return clampedDay(next.year, next.month, day);
}

/** The statement period that ends on `statementDate`: from the day after the previous one. */
export function getStatementPeriodEnding(statementDate: IsoDate, statementDay: number): { periodStart: IsoDate; periodEnd: IsoDate } {
  const previous = ymd(addMonths(`${statementDate.slice(0, 7)}-01`, -1));
  return { periodStart: addDays(clampedDay(previous.year, previous.month, statementDay), 1), periodEnd: statementDate };
}

function positive(field: string, value: string, allowZero = true): Decimal {
  if (!isDecimalString(value) || (allowZero ? money(value).isNegative() : money(value).lte(0))) {
    throw new LendingInputError(field, `must be a ${allowZero ? "non-negative" : "positive"} decimal written as a string`);
  }
  return money(value);
}

function checkDay(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 31) throw new LendingInputError(field, "must be a day of month from 1 to 31");
}

/** Builds the statement of one period from its opening balance and the period's transactions. */
export function buildRevolvingStatement(request: RevolvingStatementRequest): RevolvingStatement {
  const d = request.currencyDecimals ?? 2;
  const mode = request.roundingMode ?? "half_even";
  for (const field of ["periodStart", "periodEnd"] as const) {
    if (!isIsoDate(request[field])) throw new LendingInputError(field, "must be a date written as YYYY-MM-DD");
  }
  if (request.periodEnd < request.periodStart) throw new LendingInputError("periodEnd", "must not be before periodStart");
  checkDay("statementDay", request.statementDay);
  checkDay("dueDay", request.dueDay);
  if (!isDecimalString(request.openingBalance)) throw new LendingInputError("openingBalance", "must be a decimal written as a string");
  const rate = positive("annualInterestRate", request.annualInterestRate);
  const percent = positive("minimumPayment.percent", request.minimumPayment.percent);
  const floor = positive("minimumPayment.floor", request.minimumPayment.floor);

  const start = toDayNumber(request.periodStart);
  const end = toDayNumber(request.periodEnd) + 1;
  const totals = { drawdown: ZERO, repayment: ZERO, fee: ZERO };
  const changes = new Map<number, Decimal>();
  for (const tx of request.transactions) {
    if (!isIsoDate(tx.date) || tx.date < request.periodStart || tx.date > request.periodEnd) {
      throw new LendingInputError("transactions.date", `${tx.date} is not within the statement period`);
    }
    const amount = positive(`transactions.amount`, tx.amount, false);
    totals[tx.type] = totals[tx.type].plus(amount);
    const day = toDayNumber(tx.date);
    changes.set(day, (changes.get(day) ?? ZERO).plus(tx.type === "repayment" ? amount.neg() : amount));
  }

  // A day's transactions count from that day: each day accrues on its closing balance. Only a
  // debit balance accrues; a credit balance earns nothing.
  const dayCount: DayCount = { daysInYear: request.daysInYear, thirtyDayMonths: false, anchorDay: 31, excludedDays: [], stops: [] };
  const boundaries = [start, ...[...changes.keys()].filter((day) => day > start).sort((x, y) => x - y), end];
  let balance = money(request.openingBalance).plus(changes.get(start) ?? ZERO);
  // Σ balance × day weight over the runs of equal balance, divided once at the end (see day-count).
  let weighted = ZERO;
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const from = boundaries[i] ?? end;
    const to = boundaries[i + 1] ?? end;
    if (i > 0) balance = balance.plus(changes.get(from) ?? ZERO);
    if (balance.gt(0)) weighted = weighted.plus(balance.times(computeAccrualFraction(from, to, dayCount).num));
  }
  const exact = weighted.times(rate).div(100 * getYearDenominator(request.daysInYear));
  const interest = roundMoney(exact, d, mode);
  const closing = balance.plus(interest);
  const minimum = closing.gt(0) ? minMoney(closing, maxMoney(floor, roundMoney(closing.times(percent).div(100), d, mode))) : ZERO;
  const statementDate = findMonthDayOnOrAfter(request.periodEnd, request.statementDay);
  return {
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    statementDate,
    dueDate: findMonthDayOnOrAfter(addDays(statementDate, 1), request.dueDay),
    days: end - start,
    openingBalance: formatAmount(money(request.openingBalance), d),
    drawdowns: formatAmount(totals.drawdown, d),
    repayments: formatAmount(totals.repayment, d),
    fees: formatAmount(totals.fee, d),
    interest: formatAmount(interest, d),
    closingBalance: formatAmount(closing, d),
    minimumPayment: formatAmount(minimum, d),
  };
}
