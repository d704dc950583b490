"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { choiceOptions, parseChoice, type Choice } from "@/components/ui/choices";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { SelectField } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { DelinquencyBadge, LoanStatusBadge, loanNumber } from "@/components/ui/lending-badges";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { LoanStatus } from "./types";

const LIMIT = 20;
const STATUS: Record<LoanStatus, Choice> = {
  approved: { label: "Approved (not disbursed)" },
  active: { label: "Active" },
  late: { label: "Late" },
  arrears: { label: "Arrears" },
  default: { label: "Default" },
  closed: { label: "Closed" },
};
const STATUS_OPTIONS = [{ value: "", label: "Every status" }, ...choiceOptions(STATUS)];

export function LoanList() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<LoanStatus | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const list = useQuery(trpc.loans.list.queryOptions({ status: status ? [status] : undefined, limit: LIMIT, offset }, { placeholderData: keepPreviousData }));
  const rows = list.data?.loans ?? [];

  return (
    <div className="space-y-4">
      <SelectField
        className="w-64"
        label="Status"
        value={status ?? ""}
        options={STATUS_OPTIONS}
        onChange={(event) => {
          setStatus(parseChoice(STATUS, event.target.value));
          setOffset(0);
        }}
      />
      {list.error ? (
        <p className="text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : list.isLoading ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        <EmptyState
          title={status ? "No loan in this status" : "No loan accounts yet"}
          description={
            status ? (
              "Pick another status, or every status."
            ) : (
              <>
                Loan accounts are opened from accepted applications. <Link href="/applications" className="text-brand-700 hover:underline">Go to the applications</Link> to complete one.
              </>
            )
          }
        />
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>Loan and product</Th>
                <Th>Borrower</Th>
                <Th>Status</Th>
                <Th numeric>Principal outstanding</Th>
                <Th numeric>Overdue (days)</Th>
                <Th>Next due</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <Tr key={l.id}>
                  <Td>
                    <Link href={`/loans/${l.id}`} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                      {loanNumber(l.number)}
                    </Link>
                    <span className="block text-xs text-slate-500">{l.productName}</span>
                  </Td>
                  <Td>
                    <Link href={`/borrowers/${l.borrowerId}`} className="hover:underline">
                      {l.borrowerName}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <LoanStatusBadge status={l.status} subStatus={l.subStatus} />
                    {/* The bucket only when something is overdue: "Current" on every healthy loan would be noise. */}
                    {l.delinquency && l.delinquency.bucket > 0 && (
                      <span className="mt-1 block">
                        <DelinquencyBadge delinquency={l.delinquency} />
                      </span>
                    )}
                  </Td>
                  <Td numeric className="whitespace-nowrap">
                    {formatMoney(l.principalOutstanding, l.currency)}
                  </Td>
                  <Td numeric className="whitespace-nowrap">
                    {formatMoney(l.overdueAmount, l.currency)}
                    <span className={l.daysOverdue > 0 ? "block text-xs text-red-700" : "block text-xs text-slate-400"}>{l.daysOverdue} days</span>
                  </Td>
                  <Td className="whitespace-nowrap">{l.nextDueDate ?? "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager total={list.data?.total ?? 0} limit={LIMIT} offset={offset} onChange={setOffset} noun="loans" />
        </Card>
      )}
    </div>
  );
}
