"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDate, formatMoney } from "@/components/ui/format";
import { LinkButton } from "@/components/ui/link-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { accountLabel, bankDataHref, formatCount, importHref } from "./types";

/** The bank data in brief on the borrower's details tab; the Bank data tab has the rest. */
export function BankDataCard({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.bankData.accounts.queryOptions({ borrowerId }));
  const rows = accounts.data ?? [];
  return (
    <Card>
      <CardHeader
        title="Bank data"
        description="Imported bank accounts and labelled transactions, for judging affordability."
        actions={
          rows.length > 0 ? (
            <LinkButton variant="secondary" size="sm" href={bankDataHref(borrowerId)}>
              Open bank data
            </LinkButton>
          ) : undefined
        }
      />
      {accounts.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(accounts.error)}</p>
      ) : rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">
          {accounts.isLoading ? "Loading…" : "No bank statements imported yet. "}
          {!accounts.isLoading && (
            <Can role="credit_officer">
              <Link href={importHref(borrowerId)} className="text-brand-700 hover:underline">
                Import a statement (CSV, OFX/QFX or JSON).
              </Link>
            </Can>
          )}
        </p>
      ) : (
        <Table aria-label="Bank accounts in brief">
          <thead>
            <tr>
              <Th>Account</Th>
              <Th numeric>Balance</Th>
              <Th>Coverage</Th>
              <Th numeric>Transactions</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <Tr key={a.id}>
                <Td className="font-medium text-slate-900">{accountLabel(a)}</Td>
                <Td numeric>{formatMoney(a.balance, a.currency)}</Td>
                <Td className="whitespace-nowrap">{a.coverageFrom ? `${formatDate(a.coverageFrom)} – ${formatDate(a.coverageTo)}` : "—"}</Td>
                <Td numeric>{formatCount(a.transactionCount)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
