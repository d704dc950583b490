"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { formatDateTime, titleCase } from "@/components/ui/format";
import { LinkButton } from "@/components/ui/link-button";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";

const LIMIT = 20;

export function BorrowerList() {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const settled = useDebouncedValue(search.trim(), 300);
  const borrowers = useQuery(
    trpc.borrowers.list.queryOptions({ search: settled || undefined, limit: LIMIT, offset }, { placeholderData: keepPreviousData }),
  );
  const rows = borrowers.data?.borrowers ?? [];

  return (
    <div className="space-y-4">
      <InputField
        className="max-w-md"
        label="Search borrowers"
        type="search"
        placeholder="Name, email, ID number or phone"
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          setOffset(0);
        }}
      />
      {borrowers.error ? (
        <p className="text-sm text-red-600">{errorMessage(borrowers.error)}</p>
      ) : borrowers.isLoading ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        settled ? (
          <EmptyState title="No borrower matches" description={`Nobody's name, email, ID number or phone contains “${settled}”. Check the spelling, or add the borrower.`} />
        ) : (
          <EmptyState
            title="No borrowers yet"
            description="Borrowers are the people and businesses who apply for credit. Add one, then start an application for them."
            action={
              <Can role="credit_officer">
                <LinkButton href="/borrowers/new">New borrower</LinkButton>
              </Can>
            }
          />
        )
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Kind</Th>
                <Th>ID number</Th>
                <Th>Email</Th>
                <Th>Phone</Th>
                <Th>Added</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <Tr key={b.id}>
                  <Td className="font-medium">
                    <Link href={`/borrowers/${b.id}`} className="text-brand-700 hover:underline">
                      {b.displayName || "—"}
                    </Link>
                  </Td>
                  <Td>{titleCase(b.kind)}</Td>
                  <Td className="tabular">{b.nationalIdNumber ?? b.registrationNumber ?? "—"}</Td>
                  <Td>{b.email ?? "—"}</Td>
                  <Td className="whitespace-nowrap">{b.phone ?? "—"}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(b.createdAt)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager total={borrowers.data?.total ?? 0} limit={LIMIT} offset={offset} onChange={setOffset} noun="borrowers" />
        </Card>
      )}
    </div>
  );
}
