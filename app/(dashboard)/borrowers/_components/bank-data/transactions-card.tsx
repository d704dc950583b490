"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc";
import { LabelLegend, parseLabel, parseTransactionType } from "@/components/ui/bank-labels";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Pager } from "@/components/ui/pager";
import { useToast } from "@/components/ui/toast";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import { NO_FILTERS, TransactionFilters, type FilterValues } from "./transaction-filters";
import { TransactionsTable } from "./transactions-table";
import { formatCount, type BankAccount, type TransactionFilters as Filters } from "./types";

const PAGE = 200;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Typed values to the procedure's filters: blanks and half-typed months mean "any". */
function toFilters(borrowerId: string, v: FilterValues, search: string): Filters {
  return {
    borrowerId,
    accountId: v.accountId || undefined,
    label: parseLabel(v.label),
    type: parseTransactionType(v.type),
    month: MONTH.test(v.month) ? v.month : undefined,
    returned: v.returned ? true : undefined,
    search: search || undefined,
  };
}

export function TransactionsCard({ borrowerId, accounts }: { borrowerId: string; accounts: readonly BankAccount[] }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const toast = useToast();
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState(false);
  const search = useDebouncedValue(values.search.trim(), 300);
  const filters = useMemo(() => toFilters(borrowerId, values, search), [borrowerId, values, search]);
  const list = useQuery(trpc.bankData.transactions.queryOptions({ ...filters, limit: PAGE, offset }, { placeholderData: keepPreviousData }));
  const rows = list.data?.transactions ?? [];
  const total = list.data?.total ?? 0;

  async function exportCsv() {
    setExporting(true);
    try {
      const text = await client.bankData.exportCsv.query(filters);
      const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `bank-transactions-${filters.month ?? "all"}.csv`;
      link.click();
      // Revoked on the next tick: the download has taken its copy by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      toast.error(`Could not export: ${errorMessage(error)}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Card>
      <CardHeader
        title="Transactions"
        description={list.data ? `${formatCount(total)} transaction${total === 1 ? "" : "s"}${total > PAGE ? `, ${PAGE} a page` : ""}, newest first.` : undefined}
        actions={
          <Button variant="secondary" size="sm" busy={exporting} disabled={total === 0} onClick={() => void exportCsv()}>
            Export CSV
          </Button>
        }
      />
      <TransactionFilters
        value={values}
        accounts={accounts}
        onChange={(next) => {
          setValues(next);
          setOffset(0);
        }}
      />
      <div className="px-5 pt-3">
        <LabelLegend />
      </div>
      {list.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(list.error)}</p>
      ) : rows.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">{list.isLoading ? "Loading…" : "No transaction matches these filters. Clear a filter or widen the search."}</p>
      ) : (
        <>
          <TransactionsTable rows={rows} accounts={accounts} />
          <Pager total={total} limit={PAGE} offset={offset} onChange={setOffset} noun="transactions" />
        </>
      )}
    </Card>
  );
}
