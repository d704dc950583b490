"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { TextareaField } from "@/components/ui/field";
import { formatDateTime, formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import type { LoanDetail, LoanTransaction } from "./types";

/** The ledger: every posting in order, with its allocation; applied ones can be reverted (with all later ones). */
export function LoanTransactions({ detail }: { detail: LoanDetail }) {
  const { loan, transactions } = detail;
  const canAct = useCan("credit_officer");
  const money = (amount: string) => formatMoney(amount, loan.currency);
  const revertable = canAct && !(loan.status === "closed" && loan.subStatus === "written_off");
  return (
    <Card>
      <CardHeader title="Transactions" description="Nothing is deleted: a reverted transaction stays, marked, with its journal entries reversed." />
      {transactions.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No transactions yet. {loan.status === "approved" ? "Disburse the loan to start its ledger." : ""}</p>
      ) : (
        <Table aria-label="Transactions" className="[&_td]:px-2.5 [&_th]:px-2.5">
          <thead>
            <tr>
              <Th numeric>#</Th>
              <Th>Date and by</Th>
              <Th>Type</Th>
              <Th numeric>Amount</Th>
              <Th numeric>Principal</Th>
              <Th numeric>Interest</Th>
              <Th numeric>Fees</Th>
              <Th>Status</Th>
              {revertable && <Th className="text-right">Actions</Th>}
            </tr>
          </thead>
          <tbody>
            {transactions.map((t) => (
              <Tr key={t.id} className={t.status === "reverted" ? "text-slate-400 line-through decoration-slate-300" : undefined}>
                <Td numeric>{t.sequence}</Td>
                <Td className="whitespace-nowrap">
                  {t.valueDate}
                  <span className="block text-xs text-slate-500">{t.createdByName ?? "System"}</span>
                  <span className="block text-xs text-slate-400">{formatDateTime(t.createdAt)}</span>
                </Td>
                <Td>
                  {titleCase(t.type)}
                  {t.feeName && <span className="block text-xs text-slate-500">{t.feeName}</span>}
                  {t.note && <span className="block text-xs text-slate-500">{t.note}</span>}
                </Td>
                <Td numeric className="font-medium">
                  {money(t.amount)}
                </Td>
                <Td numeric>{money(t.principalPortion)}</Td>
                <Td numeric>{money(t.interestPortion)}</Td>
                <Td numeric>{money(t.feesPortion)}</Td>
                <Td className="no-underline">
                  <Badge tone={t.status === "applied" ? "green" : "neutral"}>{titleCase(t.status)}</Badge>
                  {t.revertReason && <span className="block text-xs text-slate-500">{t.revertReason}</span>}
                </Td>
                {revertable && <Td className="text-right">{t.status === "applied" && <RevertDialog loanId={loan.id} transaction={t} later={laterApplied(transactions, t)} />}</Td>}
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function laterApplied(all: readonly LoanTransaction[], t: LoanTransaction): number {
  return all.filter((other) => other.sequence > t.sequence && other.status === "applied").length;
}

function RevertDialog({ loanId, transaction, later }: { loanId: string; transaction: LoanTransaction; later: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const revert = useMutation(trpc.loans.revertTransaction.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.loans.pathFilter()) }));
  return (
    <ActionDialog
      trigger="Revert"
      title={`Revert transaction #${transaction.sequence}?`}
      description={
        <>
          <p>
            The {titleCase(transaction.type).toLowerCase()} is marked reverted and its journal entries are reversed; balances, schedule and status are recomputed from what remains.
          </p>
          <p className={later > 0 ? "font-medium text-amber-800" : "text-slate-500"}>
            {later > 0
              ? `Every later transaction is reverted with it: ${later} more, as one step.`
              : "It is the latest transaction, so nothing else is reverted with it."}
          </p>
        </>
      }
      confirmLabel="Revert"
      tone="danger"
      fields={["reason"]}
      onSubmit={async (form) => {
        const result = await revert.mutateAsync({ loanId, transactionId: transaction.id, reason: String(form.get("reason") ?? "") });
        toast.success(`${result.revertedTransactionIds.length} transaction(s) reverted.`);
      }}
    >
      {(errors) => <TextareaField label="Reason" name="reason" rows={2} hint="Why, for the ledger and the audit log (at least 3 characters)." error={errors.reason} />}
    </ActionDialog>
  );
}
