import type Decimal from "decimal.js";
import type { IsoDate } from "@/server/shared/dates";
import { ZERO, formatAmount } from "@/server/shared/money";
import type { DayRange } from "./day-count";
import { generatePeriods } from "./due-dates";
import { type ResolvedTerms, resolveTerms } from "./resolved-terms";
import { type PlannedInstalment, planInstalments } from "./schedule-plan";
import { type ScheduleTerms, parseScheduleTerms } from "./schedule-terms";

/** One row of the schedule contract; every amount has exactly `currencyDecimals` decimals. */
export interface ScheduleInstalment {
  number: number;
  dueDate: IsoDate;
  days: number;
  principal: string;
  interest: string;
  fees: string;
  total: string;
  balanceAfter: string;
}

export interface ScheduleTotals {
  principal: string;
  interest: string;
  fees: string;
  total: string;
}

export interface Schedule {
  instalments: ScheduleInstalment[];
  totals: ScheduleTotals;
}

/** The engine's view of a schedule: resolved terms and Decimal-valued instalments. */
export interface SchedulePlan {
  rt: ResolvedTerms;
  instalments: PlannedInstalment[];
}

/** Plans the schedule of validated terms (used by loan-account replay as the original schedule). */
export function planSchedule(terms: ScheduleTerms, stops: readonly DayRange[] = []): SchedulePlan {
  const rt = resolveTerms(terms, { stops });
  const instalments = planInstalments(rt, {
    principal: rt.principal,
    periods: generatePeriods(rt),
    graceOnPrincipal: terms.graceOnPrincipal,
    graceOnInterestPayment: terms.graceOnInterestPayment,
  });
  return { rt, instalments };
}

/** A schedule row as stored in a loan's state: planned amounts plus fees charged to it. */
export interface FormattableInstalment {
  number: number;
  dueDate: IsoDate;
  days: number;
  principal: Decimal;
  interest: Decimal;
  fees: Decimal;
  balanceAfter: Decimal;
}

/** Renders rows and totals as contract strings (`fees` may be omitted: zero). */
export function formatSchedule(
  rows: readonly (Omit<FormattableInstalment, "fees"> & { fees?: Decimal; total?: Decimal })[],
  decimals: number,
): Schedule {
  let principal = ZERO;
  let interest = ZERO;
  let fees = ZERO;
  const zeroText = formatAmount(ZERO, decimals);
  // Equal instalments share one Decimal for their total; format it once.
  let lastTotal: Decimal | null = null;
  let lastTotalText = zeroText;
  const instalments = rows.map((row): ScheduleInstalment => {
    principal = principal.plus(row.principal);
    interest = interest.plus(row.interest);
    const rowFees = row.fees ?? ZERO;
    if (!rowFees.isZero()) fees = fees.plus(rowFees);
    const total = row.total ?? row.principal.plus(row.interest).plus(rowFees);
    if (total !== lastTotal) {
      lastTotal = total;
      lastTotalText = formatAmount(total, decimals);
    }
    return {
      number: row.number,
      dueDate: row.dueDate,
      days: row.days,
      principal: formatAmount(row.principal, decimals),
      interest: formatAmount(row.interest, decimals),
      fees: rowFees.isZero() ? zeroText : formatAmount(rowFees, decimals),
      total: lastTotalText,
      balanceAfter: formatAmount(row.balanceAfter, decimals),
    };
  });
  return {
    instalments,
    totals: {
      principal: formatAmount(principal, decimals),
      interest: formatAmount(interest, decimals),
      fees: formatAmount(fees, decimals),
      total: formatAmount(principal.plus(interest).plus(fees), decimals),
    },
  };
}

/**
 * Builds the repayment schedule for terms in the contract's format (validated here; throws
 * `ScheduleTermsError` naming the field and rule for invalid terms).
 */
export function buildSchedule(input: unknown): Schedule {
  const terms = parseScheduleTerms(input);
  const plan = planSchedule(terms);
  return formatSchedule(plan.instalments, terms.currencyDecimals);
}
