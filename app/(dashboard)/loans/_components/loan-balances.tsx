import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { PayoffQuote } from "./payoff-quote";
import type { LoanDetail } from "./types";

/** The position on the business date, replayed from the ledger. */
export function LoanBalances({ detail }: { detail: LoanDetail }) {
  const { loan, position, businessDate } = detail;
  const money = (amount: string | null) => formatMoney(amount, loan.currency);
  const revolving = loan.type === "revolving_credit";
  return (
    <Card>
      <CardHeader title="Balances" description={`As of the business date, ${businessDate}.`} />
      <CardBody className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Principal outstanding" value={money(position.principalOutstanding)} hint={revolving ? `Credit limit ${money(loan.approvedAmount)}` : `Approved ${money(loan.approvedAmount)}`} />
        <Stat
          label="Interest outstanding"
          value={money(position.interestOutstanding)}
          hint={revolving ? undefined : `Scheduled and unpaid, future instalments included; earned so far but not yet due: ${money(position.interestAccrued)}`}
        />
        <Stat label="Fees outstanding" value={money(position.feesOutstanding)} />
        {revolving ? (
          <Stat label="Available credit" value={money(position.availableCredit)} />
        ) : (
          <Stat label="Due now" value={money(position.dueNow)} hint={position.nextDueDate ? `Next due ${position.nextDueDate}` : undefined} />
        )}
        <Stat
          label="Overdue"
          value={<span className={position.daysOverdue > 0 ? "text-red-700" : undefined}>{money(position.overdue)}</span>}
          hint={detail.delinquency && position.daysOverdue > 0 ? `${position.daysOverdue} days overdue · bucket ${detail.delinquency.label}` : position.daysOverdue > 0 ? `${position.daysOverdue} days overdue` : "Nothing overdue"}
        />
        <Stat label="Payoff today" value={money(position.payoff)} hint="Everything owed if repaid on the business date." />
        <Stat label="Interest rate" value={`${loan.interestRate} %`} hint={position.interestStopped ? "Interest is stopped" : "Interest accruing"} />
        <Stat
          label="Total outstanding"
          value={money(position.totalOutstanding)}
          hint={revolving ? undefined : "Principal, scheduled interest and fees; paying off today costs less, as future interest is not yet earned."}
        />
      </CardBody>
      {position.disbursed && loan.status !== "closed" && (
        <CardBody className="border-t border-slate-100">
          <PayoffQuote loanId={loan.id} businessDate={businessDate} currency={loan.currency} />
        </CardBody>
      )}
    </Card>
  );
}
