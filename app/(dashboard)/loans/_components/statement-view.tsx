"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { hasPastDue, statementFileName, statementHtml, statementLines, statementSummary, type StatementDocument } from "@/components/statements/statement-document";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { errorMessage } from "@/components/ui/errors";
import { formatMoney } from "@/components/ui/format";
import { loanNumber } from "@/components/ui/lending-badges";
import { Table, Td, Th, Tr } from "@/components/ui/table";

/** Saves the statement as a standalone HTML file (a browser's print dialog makes the PDF). */
function download(document_: StatementDocument) {
  const url = URL.createObjectURL(new Blob([statementHtml(document_)], { type: "text/html;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = statementFileName(document_);
  link.click();
  // Revoked a little later: some browsers cancel a download whose URL dies during the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A stored revolving statement laid out as the borrower receives it; the shell disappears when printed. */
export function StatementView({ statementId }: { statementId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.loans.statement.queryOptions({ statementId }));
  const data = query.data;
  const doc = useMemo<StatementDocument | null>(() => (data ? { ...data, accountNumber: loanNumber(data.loanNumber) } : null), [data]);
  if (query.error) return <p className="text-sm text-red-600">{errorMessage(query.error)}</p>;
  if (!data || !doc) return <p className="text-sm text-slate-500">Loading…</p>;
  const money = (amount: string | null) => (amount === null ? "" : formatMoney(amount, doc.currency));
  const lines = statementLines(doc);

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/loans/${data.loanId}`} className="text-sm text-brand-700 hover:underline">
          ← Loan {doc.accountNumber}
        </Link>
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => download(doc)}>
            Download (HTML)
          </Button>
          <Button size="sm" onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </div>
      <Card className="print:border-0 print:shadow-none">
        <CardBody className="space-y-6 py-6">
          <header className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <p className="text-sm font-medium text-slate-500">{doc.orgName}</p>
              <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">Statement of account {doc.accountNumber}</h1>
              <p className="mt-1 text-sm text-slate-700">{doc.borrowerName}</p>
            </div>
            <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">Statement date</dt>
              <dd className="tabular">{doc.statementDate}</dd>
              <dt className="text-slate-500">Period</dt>
              <dd className="tabular">
                {doc.periodStart} to {doc.periodEnd}
              </dd>
              <dt className="text-slate-500">Credit limit</dt>
              <dd className="tabular">{money(doc.creditLimit)}</dd>
            </dl>
          </header>
          <section aria-label="Payment due" className="rounded-md bg-slate-100 px-4 py-3 text-sm">
            <p>
              <strong>Minimum payment {money(doc.minimumPayment)}</strong> due by <strong>{doc.dueDate}</strong>.
            </p>
            {hasPastDue(doc) && <p className="mt-1 text-red-700">Includes {money(doc.pastDue)} past due from earlier statements.</p>}
          </section>
          <Table aria-label="Statement summary">
            <tbody>
              {statementSummary(doc).map((row) => (
                <Tr key={row.label} className={cn(row.total && "border-t-2 border-slate-900 font-semibold")}>
                  <th scope="row" className={cn("px-4 py-2.5 text-left", row.total ? "font-semibold text-slate-900" : "font-medium text-slate-600")}>
                    {row.label}
                  </th>
                  <Td numeric className={cn(row.total && "font-semibold text-slate-900")}>
                    {money(row.amount)}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Table aria-label="Transactions of the period">
            <thead>
              <tr>
                <Th>Date</Th>
                <Th>Description</Th>
                <Th numeric>Debit</Th>
                <Th numeric>Credit</Th>
              </tr>
            </thead>
            <tbody>
              {lines.length === 0 ? (
                <Tr>
                  <Td colSpan={4} className="text-slate-500">
                    No transactions in the period.
                  </Td>
                </Tr>
              ) : (
                lines.map((line, i) => (
                  <Tr key={`${line.date}-${i}`}>
                    <Td className="whitespace-nowrap">{line.date}</Td>
                    <Td>{line.description}</Td>
                    <Td numeric>{money(line.debit)}</Td>
                    <Td numeric>{money(line.credit)}</Td>
                  </Tr>
                ))
              )}
            </tbody>
          </Table>
        </CardBody>
      </Card>
    </div>
  );
}
