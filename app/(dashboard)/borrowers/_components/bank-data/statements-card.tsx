"use client";

import { useQuery } from "@tanstack/react-query";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDate, formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatCount, type AccountSummary } from "./types";

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

/** The seed's Get Statements: per-account figures plus the primary income and the day it usually arrives. */
export function StatementsCard({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const statements = useQuery(trpc.bankData.statements.queryOptions({ borrowerId }));
  const data = statements.data;
  const { currency: orgCurrency } = useMembership();
  // The primary income carries no currency of its own: it is the accounts' when they share one.
  const currencies = new Set(data?.accounts_summary.map((s) => s.currency));
  const incomeCurrency = currencies.size === 1 ? (data?.accounts_summary[0]?.currency ?? orgCurrency) : orgCurrency;
  return (
    <Card>
      <CardHeader title="Statements summary" description="Per account over its whole statement period; debit totals and averages are shown as positive amounts." />
      {statements.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(statements.error)}</p>
      ) : !data ? (
        <p className="px-5 py-4 text-sm text-slate-500">{statements.isLoading ? "Loading…" : "No transactions to summarise yet."}</p>
      ) : (
        <>
          <CardBody className="grid gap-4 border-b border-slate-100 sm:grid-cols-3">
            <Stat label="Primary income" value={formatMoney(data.primary_income, incomeCurrency)} hint={data.primary_income ? "Average full month" : "No regular income found, or too little history to analyse"} />
            <Stat label="Usual pay day" value={data.primary_income_day ? `${ordinal(data.primary_income_day)} of the month` : "—"} />
            <Stat label="Account holder" value={data.account_holder_name ?? "—"} />
          </CardBody>
          <Table aria-label="Statements summary">
            <thead>
              <tr>
                <Th>Account</Th>
                <Th>Period</Th>
                <Th numeric>Opening</Th>
                <Th numeric>Closing</Th>
                <Th numeric>Credits</Th>
                <Th numeric>Debits</Th>
              </tr>
            </thead>
            <tbody>
              {data.accounts_summary.map((s) => (
                <SummaryRow key={s.account} summary={s} />
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}

function SummaryRow({ summary: s }: { summary: AccountSummary }) {
  const money = (amount: string | null) => formatMoney(amount, s.currency);
  return (
    <Tr>
      <Td>
        <span className="block font-medium text-slate-900">{s.account_name ?? s.account_number ?? "Account"}</span>
        <span className="block text-xs text-slate-500">
          {[s.account_number, titleCase(s.account_type), s.bank, s.account_holder_name].filter(Boolean).join(" · ")}
        </span>
        {!s.is_analysed && <span className="block text-xs text-amber-700">Not in the affordability analysis</span>}
      </Td>
      <Td className="whitespace-nowrap">
        {formatDate(s.statement_start_date)} – {formatDate(s.statement_end_date)}
        <span className="block text-xs text-slate-500">{formatCount(s.total_transactions)} transactions</span>
      </Td>
      <Td numeric>{money(s.opening_balance)}</Td>
      <Td numeric>
        {money(s.closing_balance)}
        {s.balance_source === "unknown" && <span className="block text-xs text-slate-500">balance unknown</span>}
      </Td>
      <Td numeric>
        {money(s.total_credit_amount)}
        <span className="block text-xs text-slate-500">
          {formatCount(s.number_of_credit_transactions)} credits · average {money(s.average_credit_transaction)}
        </span>
      </Td>
      <Td numeric>
        {money(s.total_debit_amount)}
        <span className="block text-xs text-slate-500">
          {formatCount(s.number_of_debit_transactions)} debits · average {money(s.average_debit_transaction)}
        </span>
      </Td>
    </Tr>
  );
}
