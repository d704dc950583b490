"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { titleCase } from "@/components/ui/format";
import { LinkButton } from "@/components/ui/link-button";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";

const LIMIT = 10;

/** Bank data lives with each borrower: find one, then open or import their statements. */
export function BorrowerFinder() {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const settled = useDebouncedValue(search.trim(), 300);
  const list = useQuery(trpc.borrowers.list.queryOptions({ search: settled || undefined, limit: LIMIT, offset }, { placeholderData: keepPreviousData }));
  const rows = list.data?.borrowers ?? [];
  return (
    <Card>
      <CardHeader title="Find a borrower" description="Open a borrower's bank data to see their accounts and transactions, or to import a statement." />
      <CardBody>
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
      </CardBody>
      {list.error ? (
        <p className="px-5 pb-4 text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : list.isLoading ? (
        <p className="px-5 pb-4 text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        <div className="px-5 pb-5">
          <EmptyState
            title={settled ? "No borrower matches" : "No borrowers yet"}
            description={settled ? `Nobody's name, email, ID number or phone contains “${settled}”.` : "Bank statements belong to a borrower: add the borrower first, then import their statement."}
            action={
              <Can role="credit_officer">
                <LinkButton href="/borrowers/new">New borrower</LinkButton>
              </Can>
            }
          />
        </div>
      ) : (
        <>
          <Table aria-label="Borrowers">
            <thead>
              <tr>
                <Th>Borrower</Th>
                <Th>Kind</Th>
                <Th>ID number</Th>
                <Th className="text-right">Bank data</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <Tr key={b.id}>
                  <Td className="font-medium text-slate-900">{b.displayName || "—"}</Td>
                  <Td>{titleCase(b.kind)}</Td>
                  <Td className="tabular">{b.nationalIdNumber ?? b.registrationNumber ?? "—"}</Td>
                  <Td className="text-right">
                    <Link href={`/borrowers/${b.id}/bank-data`} className="font-medium text-brand-700 hover:underline" aria-label={`Bank data of ${b.displayName || "this borrower"}`}>
                      Open
                    </Link>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager total={list.data?.total ?? 0} limit={LIMIT} offset={offset} onChange={setOffset} noun="borrowers" />
        </>
      )}
    </Card>
  );
}
