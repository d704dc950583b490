"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Can } from "@/components/ui/can";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime, formatMoney, formatPercent } from "@/components/ui/format";
import { ApplicationStatusBadge, applicationNumber } from "@/components/ui/lending-badges";
import { LinkButton } from "@/components/ui/link-button";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ApplicationFilters, NO_FILTERS, type Filters } from "./application-filters";

const LIMIT = 20;

export function ApplicationList() {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const list = useQuery(
    trpc.applications.list.queryOptions(
      {
        status: filters.statuses.length ? filters.statuses : undefined,
        productId: filters.productId || undefined,
        borrowerId: filters.borrower?.id,
        createdFrom: filters.createdFrom || undefined,
        createdTo: filters.createdTo || undefined,
        sort: filters.sort,
        direction: filters.direction,
        limit: LIMIT,
        offset,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const rows = list.data?.applications ?? [];
  const filtered = JSON.stringify({ ...filters, sort: "", direction: "" }) !== JSON.stringify({ ...NO_FILTERS, sort: "", direction: "" });

  return (
    <div className="space-y-4">
      <ApplicationFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      {list.error ? (
        <p className="text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : list.isLoading ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No application matches"
            description="Nothing matches these filters. Widen them, or clear them all."
            action={
              <Button variant="secondary" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="No applications yet"
            description="An application asks for credit under a published product for a borrower. Create one, complete it to get a decision, then open the loan account."
            action={
              <Can role="credit_officer">
                <LinkButton href="/applications/new">New application</LinkButton>
              </Can>
            }
          />
        )
      ) : (
        <Card>
          <Table className="[&_td]:px-3 [&_th]:px-3">
            <thead>
              <tr>
                <Th>Application</Th>
                <Th>Borrower</Th>
                <Th>Product</Th>
                <Th>Status</Th>
                <Th numeric>Amount</Th>
                <Th numeric>Terms</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <Tr key={a.id}>
                  <Td>
                    <Link href={`/applications/${a.id}`} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                      {applicationNumber(a.number)}
                    </Link>
                  </Td>
                  <Td>
                    <Link href={`/borrowers/${a.borrowerId}`} className="hover:underline">
                      {a.borrowerName}
                    </Link>
                  </Td>
                  <Td>{a.productName}</Td>
                  <Td>
                    <ApplicationStatusBadge status={a.status} />
                  </Td>
                  <Td numeric className="whitespace-nowrap">
                    {formatMoney(a.amount, currency)}
                  </Td>
                  <Td numeric className="whitespace-nowrap">
                    {formatPercent(a.interestRate)}
                    <span className="block text-xs text-slate-500">{a.instalments ? `${a.instalments} instalments` : "Revolving"}</span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {formatDateTime(a.createdAt)}
                    <span className="block text-xs text-slate-500">updated {formatDateTime(a.updatedAt)}</span>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager total={list.data?.total ?? 0} limit={LIMIT} offset={offset} onChange={setOffset} noun="applications" />
        </Card>
      )}
    </div>
  );
}
