"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { PrincipalChart } from "@/components/charts/principal-chart";
import { principalSeries } from "@/components/charts/principal-series";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Can } from "@/components/ui/can";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { titleCase } from "@/components/ui/format";
import { DelinquencyBadge, LoanStatusBadge, loanNumber } from "@/components/ui/lending-badges";
import { PageHeader } from "@/components/ui/page-header";
import { JournalLines } from "./journal-lines";
import { LoanActions } from "./loan-actions";
import { LoanBalances } from "./loan-balances";
import { LoanSchedule } from "./loan-schedule";
import { LoanStatements } from "./loan-statements";
import { LoanTransactions } from "./loan-transactions";

export function LoanView({ loanId }: { loanId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.loans.get.queryOptions({ loanId }));
  const detail = query.data;
  const points = useMemo(
    () =>
      detail
        ? principalSeries({ history: detail.position.principalHistory, schedule: detail.position.schedule?.instalments ?? null, asOf: detail.businessDate, closed: detail.loan.status === "closed" })
        : [],
    [detail],
  );
  if (query.error) return <p className="text-sm text-red-600">{errorMessage(query.error)}</p>;
  if (!detail) return <p className="text-sm text-slate-500">Loading…</p>;
  const { loan } = detail;

  return (
    <>
      <PageHeader
        title={`Loan ${loanNumber(loan.number)}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LoanStatusBadge status={loan.status} subStatus={loan.subStatus} />
            {detail.delinquency && <DelinquencyBadge delinquency={detail.delinquency} />}
            {loan.interestStopped && <Badge tone="violet">Interest stopped</Badge>}
            {detail.borrower && (
              <Link href={`/borrowers/${detail.borrower.id}`} className="text-brand-700 hover:underline">
                {detail.borrower.displayName}
              </Link>
            )}
            <span>
              · {detail.productName} · {titleCase(loan.type)}
              {loan.type === "term_loan" && ` · early repayment ${titleCase(loan.earlyRepaymentStrategy).toLowerCase()}`} ·
            </span>
            <Link href={`/applications/${loan.applicationId}`} className="text-brand-700 hover:underline">
              View application
            </Link>
            {loan.closeReason && <span>· closed {loan.closedOn}: {loan.closeReason}</span>}
          </span>
        }
        actions={
          <Can role="credit_officer">
            <LoanActions detail={detail} />
          </Can>
        }
      />
      <div className="space-y-6">
        <LoanBalances detail={detail} />
        <Card>
          <CardHeader title="Principal outstanding" description="Actual after each posting; projected from the schedule in force." />
          <CardBody>
            <PrincipalChart points={points} currency={loan.currency} />
          </CardBody>
        </Card>
        {loan.type === "revolving_credit" && <LoanStatements loanId={loan.id} currency={loan.currency} />}
        <LoanSchedule detail={detail} />
        <LoanTransactions detail={detail} />
        <JournalLines detail={detail} />
      </div>
    </>
  );
}
