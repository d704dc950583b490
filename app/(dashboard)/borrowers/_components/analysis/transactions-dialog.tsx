"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { LabelBadge } from "@/components/ui/bank-labels";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/ui/errors";
import { formatDate, formatMoney } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { bankDataHref } from "../bank-data/types";

// Ids travel in the query's URL: a page of them keeps it well under the server's header limits.
const PAGE = 50;

/** "View N transactions": the transactions behind a flag, read from the bank data by their ids. */
export function TransactionsDialog({ borrowerId, title, transactionIds, currency }: { borrowerId: string; title: string; transactionIds: readonly string[]; currency: string }) {
  const [open, setOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  // The engine lists ids oldest first; the newest come first here, like the bank-data list.
  const ids = useMemo(() => [...new Set(transactionIds)].reverse(), [transactionIds]);
  const count = ids.length;
  return (
    <>
      <button type="button" className="text-xs font-medium text-brand-700 hover:underline" onClick={() => setOpen(true)}>
        View {count} transaction{count === 1 ? "" : "s"}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${title}: transactions`}
        size="lg"
        footer={
          <>
            <Link href={bankDataHref(borrowerId)} className="mr-auto self-center text-sm text-brand-700 hover:underline">
              All bank data
            </Link>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Close
            </Button>
          </>
        }
      >
        {open && <TransactionsPage borrowerId={borrowerId} ids={ids.slice(offset, offset + PAGE)} currency={currency} />}
        {count > PAGE && <Pager total={count} limit={PAGE} offset={offset} onChange={setOffset} noun="transactions" />}
      </Dialog>
    </>
  );
}

function TransactionsPage({ borrowerId, ids, currency }: { borrowerId: string; ids: string[]; currency: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.bankData.transactions.queryOptions({ borrowerId, transactionIds: ids, limit: PAGE }, { placeholderData: keepPreviousData }));
  if (list.error) return <p className="text-sm text-red-600">{errorMessage(list.error)}</p>;
  const rows = list.data?.transactions ?? [];
  if (rows.length === 0) return <p className="text-sm text-slate-500">{list.isLoading ? "Loading…" : "These transactions are no longer in the bank data."}</p>;
  return (
    <div className="-mx-5 max-h-[60vh] overflow-y-auto">
      <Table aria-label="Flag transactions" className="[&_td]:px-3 [&_th]:px-3">
        <thead>
          <tr>
            <Th>Date</Th>
            <Th>Description</Th>
            <Th numeric>Amount</Th>
            <Th>Label</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <Tr key={t.id} className="align-top">
              <Td className="tabular whitespace-nowrap">{formatDate(t.date)}</Td>
              <Td className="min-w-56 break-words text-slate-900">
                {t.description}
                {t.isReturned && <span className="block text-xs text-red-700">Returned debit</span>}
              </Td>
              <Td numeric className={cn("font-medium whitespace-nowrap", t.amount.startsWith("-") ? "text-slate-900" : "text-emerald-700")}>
                {formatMoney(t.amount, currency)}
              </Td>
              <Td>
                <LabelBadge label={t.label} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
