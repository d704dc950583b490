import { daysBetween, type IsoDate } from "@/server/shared/dates";

/** What close of business needs to know of an account, once its day is closed, to move its state. */
export interface DelinquencyFacts {
  id: string;
  status: "active" | "late" | "arrears" | "default";
  oldestUnpaidDueDate: IsoDate | null;
  arrearsSince: IsoDate | null;
  arrearsToleranceDays: number;
}

export interface Transitions {
  late: string[];
  recovered: string[];
  arrears: string[];
  default: string[];
}

/**
 * Steps 3, 4, 5 and 7 of close of business, decided for the start of `next` (the day after the
 * one closed):
 * - late: something due and unpaid after its due date;
 * - recovered: nothing overdue any more, back to active (never from default: an officer decides);
 * - arrears: late for more than the product's tolerance (an account can become late and go into
 *   arrears on the same day when the tolerance is already exceeded, e.g. after a back-dated reversal);
 * - default: in arrears for more than the organisation's threshold.
 */
export function planTransitions(accounts: readonly DelinquencyFacts[], next: IsoDate, defaultThresholdDays: number): Transitions {
  const out: Transitions = { late: [], recovered: [], arrears: [], default: [] };
  for (const a of accounts) {
    const overdue = a.oldestUnpaidDueDate !== null && a.oldestUnpaidDueDate < next;
    let status = a.status;
    if (status === "active" && overdue) {
      out.late.push(a.id);
      status = "late";
    } else if ((status === "late" || status === "arrears") && !overdue) {
      out.recovered.push(a.id);
      continue;
    }
    if (status === "late" && a.oldestUnpaidDueDate !== null && daysBetween(a.oldestUnpaidDueDate, next) > a.arrearsToleranceDays) out.arrears.push(a.id);
    else if (a.status === "arrears" && a.arrearsSince !== null && daysBetween(a.arrearsSince, next) > defaultThresholdDays) out.default.push(a.id);
  }
  return out;
}
