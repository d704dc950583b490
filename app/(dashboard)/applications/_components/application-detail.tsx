"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCan, useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime, formatMoney, formatPercent, titleCase } from "@/components/ui/format";
import { ApplicationStatusBadge, applicationNumber, loanNumber } from "@/components/ui/lending-badges";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationActions } from "./application-actions";
import { ApplicationAnalysis } from "./application-analysis";
import { ApplicationEditForm } from "./application-edit-form";
import { DecisionHistory } from "./decision-history";
import { STATUS } from "./types";

export function ApplicationDetailView({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const canAct = useCan("credit_officer");
  const query = useQuery(trpc.applications.get.queryOptions({ applicationId }));
  const application = query.data;
  // The loan's number comes with the borrower's loan list (one cheap query, no ledger replay).
  const loans = useQuery(trpc.loans.list.queryOptions({ borrowerId: application?.borrowerId ?? "", limit: 100 }, { enabled: Boolean(application?.loanAccountId) }));
  if (query.error) return <p className="text-sm text-red-600">{errorMessage(query.error)}</p>;
  if (!application) return <p className="text-sm text-slate-500">Loading…</p>;
  const loan = loans.data?.loans.find((l) => l.id === application.loanAccountId);
  const customFields = Object.entries(application.customFields);

  return (
    <>
      <PageHeader
        title={`Application ${applicationNumber(application.number)}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ApplicationStatusBadge status={application.status} />
            {STATUS[application.status].hint}
          </span>
        }
        actions={canAct && <ApplicationActions application={application} />}
      />
      <div className="space-y-6">
        {application.loanAccountId && (
          <div className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
            A loan account was opened for this application, so it can no longer change.{" "}
            <Link href={`/loans/${application.loanAccountId}`} className="font-semibold underline">
              View loan {loan ? loanNumber(loan.number) : "account"}
            </Link>
          </div>
        )}
        <Card>
          <CardHeader title="Details" />
          <CardBody className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            <Stat
              label="Borrower"
              value={
                <Link href={`/borrowers/${application.borrowerId}`} className="text-brand-700 hover:underline">
                  {application.borrower.displayName}
                </Link>
              }
              hint={
                <Link href={`/borrowers/${application.borrowerId}/bank-data`} className="text-brand-700 hover:underline">
                  Bank data and statements
                </Link>
              }
            />
            <Stat
              label="Product"
              value={
                <Link href={`/products/${application.productId}`} className="text-brand-700 hover:underline">
                  {application.product.name}
                </Link>
              }
              hint={titleCase(application.product.type)}
            />
            <Stat label={application.product.type === "term_loan" ? "Amount" : "Credit limit"} value={formatMoney(application.amount, currency)} />
            <Stat label="Interest" value={formatPercent(application.interestRate)} hint={application.instalments ? `${application.instalments} instalments` : undefined} />
            <Stat label="Created" value={<span className="text-base">{formatDateTime(application.createdAt)}</span>} />
            <Stat label="Completed" value={<span className="text-base">{formatDateTime(application.completedAt)}</span>} />
            <Stat label="Updated" value={<span className="text-base">{formatDateTime(application.updatedAt)}</span>} />
          </CardBody>
          {customFields.length > 0 && (
            <CardBody className="border-t border-slate-100">
              <h3 className="text-sm font-semibold text-slate-900">Custom fields</h3>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                {customFields.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="font-medium text-slate-600">{name}</dt>
                    <dd className="text-slate-800">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                  </div>
                ))}
              </dl>
            </CardBody>
          )}
        </Card>
        {canAct && application.status === "incomplete" && !application.loanAccountId && (
          <ApplicationEditForm key={String(application.updatedAt)} application={application} />
        )}
        <DecisionHistory
          decisions={application.decisions}
          currentId={application.status === "accepted" || application.status === "declined" ? application.decisionId : null}
        />
        <ApplicationAnalysis applicationId={application.id} borrowerId={application.borrowerId} />
      </div>
    </>
  );
}
