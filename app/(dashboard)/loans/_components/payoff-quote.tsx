"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";

/** What closes the loan on a chosen date (on or after the business date), from the ledger as it stands. */
export function PayoffQuote({ loanId, businessDate, currency }: { loanId: string; businessDate: string; currency: string }) {
  const trpc = useTRPC();
  const [date, setDate] = useState(businessDate);
  const quote = useQuery(trpc.loans.payoffQuote.queryOptions({ loanId, date }, { enabled: date !== "", retry: false }));
  const money = (amount: string) => formatMoney(amount, currency);
  return (
    <div className="flex flex-wrap items-start gap-6">
      <InputField
        className="w-48"
        label="Payoff quote for"
        type="date"
        min={businessDate}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={fieldErrors(quote.error).date}
      />
      {quote.data ? (
        <dl className="grid flex-1 grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-5" aria-label="Payoff quote">
          <QuoteItem label="Principal" value={money(quote.data.principal)} />
          <QuoteItem label="Interest due" value={money(quote.data.interestDue)} />
          <QuoteItem label="Interest accrued" value={money(quote.data.interestAccrued)} />
          <QuoteItem label="Fees" value={money(quote.data.fees)} />
          <QuoteItem label="Payoff amount" value={<strong>{money(quote.data.total)}</strong>} />
        </dl>
      ) : quote.error && !fieldErrors(quote.error).date ? (
        <p className="pt-6 text-sm text-red-600">{errorMessage(quote.error)}</p>
      ) : (
        <p className="pt-6 text-sm text-slate-500">{quote.isFetching ? "Quoting…" : ""}</p>
      )}
    </div>
  );
}

function QuoteItem({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="pt-1">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular text-slate-900">{value}</dd>
    </div>
  );
}
