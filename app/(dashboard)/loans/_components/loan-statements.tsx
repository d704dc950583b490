"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatMoney } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";

/** A revolving account's monthly statements, as close of business issued them (newest first). */
export function LoanStatements({ loanId, currency }: { loanId: string; currency: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.loans.statements.queryOptions({ loanId }));
  const money = (amount: string) => formatMoney(amount, currency);
  const statements = list.data ?? [];
  return (
    <Card>
      <CardHeader title="Statements" description="Issued by close of business on the statement day; each opens as a printable page." />
      {list.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : list.isLoading ? (
        <p className="px-5 py-4 text-sm text-slate-500">Loading…</p>
      ) : statements.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No statement yet: the first is issued on the product&apos;s statement day after the first drawdown.</p>
      ) : (
        <Table aria-label="Statements">
          <thead>
            <tr>
              <Th>Statement date</Th>
              <Th>Period</Th>
              <Th numeric>Closing balance</Th>
              <Th numeric>Minimum payment</Th>
              <Th>Due date</Th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <Tr key={s.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/loans/${loanId}/statements/${s.id}`} className="font-medium text-brand-700 hover:underline" aria-label={`Statement of ${s.statementDate}`}>
                    {s.statementDate}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">
                  {s.periodStart} to {s.periodEnd}
                </Td>
                <Td numeric className="whitespace-nowrap">
                  {money(s.closingBalance)}
                </Td>
                <Td numeric className="whitespace-nowrap">
                  {money(s.minimumPayment)}
                </Td>
                <Td className="whitespace-nowrap">{s.dueDate}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
