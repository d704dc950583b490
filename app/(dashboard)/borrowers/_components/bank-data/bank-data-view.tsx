"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { LinkButton } from "@/components/ui/link-button";
import { AccountsCard } from "./accounts-card";
import { BorrowerHeading } from "./borrower-heading";
import { ImportsCard } from "./imports-card";
import { StatementsCard } from "./statements-card";
import { TransactionsCard } from "./transactions-card";
import { importHref } from "./types";

/** The borrower's bank data tab: accounts, the statements summary, labelled transactions and the import history. */
export function BankDataView({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.bankData.accounts.queryOptions({ borrowerId }));
  const rows = accounts.data ?? [];
  return (
    <>
      <BorrowerHeading
        borrowerId={borrowerId}
        description="Imported bank accounts and statements, every transaction labelled with the reason for its label."
        actions={
          <Can role="credit_officer">
            <LinkButton href={importHref(borrowerId)}>Import statement</LinkButton>
          </Can>
        }
      />
      {accounts.error ? (
        <p className="text-sm text-red-600">{errorMessage(accounts.error)}</p>
      ) : accounts.isLoading ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        <EmptyState
          title="No bank data yet"
          description="Import the borrower's bank statement (CSV, OFX/QFX, or BYOD, Algoan or Budget Insight JSON) to see their accounts, balances and labelled transactions. Re-importing a file never duplicates transactions."
          action={
            <Can role="credit_officer">
              <LinkButton href={importHref(borrowerId)}>Import statement</LinkButton>
            </Can>
          }
        />
      ) : (
        <div className="space-y-6">
          <AccountsCard accounts={rows} />
          <StatementsCard borrowerId={borrowerId} />
          <TransactionsCard borrowerId={borrowerId} accounts={rows} />
          <ImportsCard borrowerId={borrowerId} />
        </div>
      )}
    </>
  );
}
