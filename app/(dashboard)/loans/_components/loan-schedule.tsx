"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime, formatMoney } from "@/components/ui/format";
import { InstalmentStatusBadge } from "@/components/ui/lending-badges";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { parseScheduleRows, type ScheduleRow } from "./schedule-rows";
import type { LoanDetail } from "./types";

/** Nine money columns fit a 1280 px screen only with tighter cell padding (narrower screens scroll). */
const COMPACT = "[&_td]:px-2.5 [&_th]:px-2.5";

type View = { kind: "in_force" } | { kind: "original" } | { kind: "version"; version: number };

/** The schedule in force with each row's payments and status; the original and every stored version stay viewable. */
export function LoanSchedule({ detail }: { detail: LoanDetail }) {
  const [view, setView] = useState<View>({ kind: "in_force" });
  const { loan, position, scheduleVersions } = detail;
  const money = (amount: string) => formatMoney(amount, loan.currency);
  const toggle = (next: View, label: string) => (
    <Button variant={view.kind === next.kind ? "primary" : "secondary"} size="sm" aria-pressed={view.kind === next.kind} onClick={() => setView(next)}>
      {label}
    </Button>
  );
  return (
    <Card>
      <CardHeader
        title="Schedule"
        description={view.kind === "in_force" ? "The schedule in force, with what has been paid on each instalment." : view.kind === "original" ? "The schedule at disbursement, before any early repayment." : `Stored version ${view.version}.`}
        actions={
          <>
            {toggle({ kind: "in_force" }, "In force")}
            {toggle({ kind: "original" }, "Original")}
          </>
        }
      />
      {view.kind === "in_force" ? (
        position.instalments.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-500">{loan.type === "revolving_credit" ? "Revolving credit has no fixed schedule: each statement sets a minimum payment." : "Not disbursed yet: the expected schedule is stored as version 1 below, and is re-computed on disbursement."}</p>
        ) : (
          <Table aria-label="Schedule in force" className={COMPACT}>
            <thead>
              <tr>
                <Th numeric>#</Th>
                <Th>Due</Th>
                <Th numeric>Principal</Th>
                <Th numeric>Interest</Th>
                <Th numeric>Fees</Th>
                <Th numeric>Total</Th>
                <Th numeric>Paid</Th>
                <Th numeric>Outstanding</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {position.instalments.map((row) => (
                <Tr key={row.number}>
                  <Td numeric>{row.number}</Td>
                  <Td className="whitespace-nowrap">{row.dueDate}</Td>
                  <Td numeric>{money(row.principal)}</Td>
                  <Td numeric>{money(row.interest)}</Td>
                  <Td numeric>{money(row.fees)}</Td>
                  <Td numeric className="font-medium">
                    {money(row.total)}
                  </Td>
                  <Td numeric>{money(row.paidTotal)}</Td>
                  <Td numeric>{money(row.outstanding)}</Td>
                  <Td>
                    <InstalmentStatusBadge status={row.status} />
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )
      ) : view.kind === "original" ? (
        <PlainSchedule rows={position.originalSchedule?.instalments ?? []} label="Original schedule" money={money} />
      ) : (
        <StoredVersion loanId={loan.id} version={view.version} money={money} />
      )}
      {scheduleVersions.length > 0 && (
        <div className="border-t border-slate-100 px-5 py-4">
          <h3 className="text-sm font-semibold text-slate-900">Versions</h3>
          <ol className="mt-2 space-y-1 text-sm">
            {scheduleVersions.map((v) => (
              <li key={v.version} className="flex flex-wrap items-center gap-2">
                <Button variant="ghost" size="sm" aria-pressed={view.kind === "version" && view.version === v.version} onClick={() => setView({ kind: "version", version: v.version })}>
                  Version {v.version}
                </Button>
                <span className="text-slate-600">{v.reason}</span>
                <span className="text-xs text-slate-400">{formatDateTime(v.createdAt)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}

function StoredVersion({ loanId, version, money }: { loanId: string; version: number; money: (amount: string) => string }) {
  const trpc = useTRPC();
  const stored = useQuery(trpc.loans.scheduleVersion.queryOptions({ loanId, version }, { staleTime: Infinity }));
  if (stored.error) return <p className="px-5 py-4 text-sm text-red-600">{errorMessage(stored.error)}</p>;
  if (!stored.data) return <p className="px-5 py-4 text-sm text-slate-500">Loading…</p>;
  return <PlainSchedule rows={parseScheduleRows(stored.data.rows)} label={`Schedule version ${version}`} money={money} />;
}

function PlainSchedule({ rows, label, money }: { rows: readonly ScheduleRow[]; label: string; money: (amount: string) => string }) {
  if (rows.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">No schedule.</p>;
  return (
    <Table aria-label={label} className={COMPACT}>
      <thead>
        <tr>
          <Th numeric>#</Th>
          <Th>Due</Th>
          <Th numeric>Principal</Th>
          <Th numeric>Interest</Th>
          <Th numeric>Fees</Th>
          <Th numeric>Total</Th>
          <Th numeric>Balance after</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Tr key={row.number}>
            <Td numeric>{row.number}</Td>
            <Td className="whitespace-nowrap">{row.dueDate}</Td>
            <Td numeric>{money(row.principal)}</Td>
            <Td numeric>{money(row.interest)}</Td>
            <Td numeric>{money(row.fees)}</Td>
            <Td numeric className="font-medium">
              {money(row.total)}
            </Td>
            <Td numeric>{money(row.balanceAfter)}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
