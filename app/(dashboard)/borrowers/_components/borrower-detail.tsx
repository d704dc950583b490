"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime, formatMoney, titleCase } from "@/components/ui/format";
import { ApplicationStatusBadge, applicationNumber, LoanStatusBadge, loanNumber } from "@/components/ui/lending-badges";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { BankDataCard } from "./bank-data/bank-data-card";
import { BorrowerForm } from "./borrower-form";
import { BorrowerTabs } from "./borrower-tabs";
import { borrowerName } from "./types";

export function BorrowerDetail({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const borrower = useQuery(trpc.borrowers.get.queryOptions({ borrowerId }));
  if (borrower.error) return <p className="text-sm text-red-600">{errorMessage(borrower.error)}</p>;
  const row = borrower.data;
  if (!row) return <p className="text-sm text-slate-500">Loading…</p>;
  const newApplication = `/applications/new?borrowerId=${row.id}`;
  return (
    <>
      <PageHeader
        title={borrowerName(row) || "Borrower"}
        description={`${titleCase(row.kind)} · added ${formatDateTime(row.createdAt)}`}
        actions={
          <Can role="credit_officer">
            <LinkButton href={newApplication}>New application</LinkButton>
          </Can>
        }
      />
      <BorrowerTabs borrowerId={row.id} />
      <div className="space-y-6">
        <BorrowerForm key={`${row.id}:${String(row.updatedAt)}`} borrower={row} />
        <BorrowerApplications borrowerId={row.id} newApplication={newApplication} />
        <BorrowerLoans borrowerId={row.id} />
        <BankDataCard borrowerId={row.id} />
      </div>
    </>
  );
}

function BorrowerApplications({ borrowerId, newApplication }: { borrowerId: string; newApplication: string }) {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const list = useQuery(trpc.applications.list.queryOptions({ borrowerId: [borrowerId], limit: 50 }));
  const rows = list.data?.applications ?? [];
  return (
    <Card>
      <CardHeader title="Applications" description={list.data ? `${list.data.total} in all` : undefined} />
      {list.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">
          {list.isLoading ? "Loading…" : "No applications yet. "}
          {!list.isLoading && (
            <Can role="credit_officer">
              <Link href={newApplication} className="text-brand-700 hover:underline">
                Start one for this borrower.
              </Link>
            </Can>
          )}
        </p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Application</Th>
              <Th>Product</Th>
              <Th>Status</Th>
              <Th numeric>Amount</Th>
              <Th>Created</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <Tr key={a.id}>
                <Td>
                  <Link href={`/applications/${a.id}`} className="font-medium text-brand-700 hover:underline">
                    {applicationNumber(a.number)}
                  </Link>
                </Td>
                <Td>{a.productName}</Td>
                <Td>
                  <ApplicationStatusBadge status={a.status} />
                </Td>
                <Td numeric>{formatMoney(a.amount, currency)}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function BorrowerLoans({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.loans.list.queryOptions({ borrowerId, limit: 50 }));
  const rows = list.data?.loans ?? [];
  return (
    <Card>
      <CardHeader title="Loan accounts" description={list.data ? `${list.data.total} in all` : undefined} />
      {list.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{list.isLoading ? "Loading…" : "No loan accounts yet: they are opened from accepted applications."}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Loan</Th>
              <Th>Product</Th>
              <Th>Status</Th>
              <Th numeric>Principal outstanding</Th>
              <Th>Next due</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <Tr key={l.id}>
                <Td>
                  <Link href={`/loans/${l.id}`} className="font-medium text-brand-700 hover:underline">
                    {loanNumber(l.number)}
                  </Link>
                </Td>
                <Td>{l.productName}</Td>
                <Td>
                  <LoanStatusBadge status={l.status} subStatus={l.subStatus} />
                </Td>
                <Td numeric>{formatMoney(l.principalOutstanding, l.currency)}</Td>
                <Td>{l.nextDueDate ?? "—"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
