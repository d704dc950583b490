"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { choiceOptions, parseChoice, type Choice } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import { decimalIssues } from "@/components/ui/decimal";
import { formatMoney, titleCase } from "@/components/ui/format";
import { useToast } from "@/components/ui/toast";
import type { LoanDetail } from "./types";

const STRATEGY: Record<string, string> = {
  from_last_instalment: "pays off the last instalments first: the instalment amount stays and the loan ends earlier",
  reduced_instalments: "is spread over the remaining instalments: the end date stays and each instalment gets smaller",
};
const FEE_TYPE: Record<"flat" | "percent", Choice> = { flat: { label: "Flat amount" }, percent: { label: "Percent of the balance" } };

/** Money-moving postings: each sends the dialog's key as its idempotency key, so a double click posts once. */
function usePost() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.loans.postTransaction.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.loans.pathFilter()) }));
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

export function DisburseDialog({ detail }: { detail: LoanDetail }) {
  const { loan, businessDate, position } = detail;
  const post = usePost();
  const toast = useToast();
  const revolving = loan.type === "revolving_credit";
  const fees = loan.status === "approved" ? loan.fees.filter((f) => f.event === "disbursement") : [];
  return (
    <ActionDialog
      trigger={revolving ? "Draw down" : "Disburse"}
      triggerVariant="primary"
      triggerSize="md"
      title={revolving ? "Draw down on the credit line" : "Disburse the loan"}
      description={
        <>
          <p>
            {revolving
              ? `Pays out an amount within the available credit (${formatMoney(position.availableCredit ?? loan.approvedAmount, loan.currency)}) on ${businessDate}.`
              : `Pays out the approved ${formatMoney(loan.approvedAmount, loan.currency)} on ${businessDate}; the schedule is re-computed from that date.`}
          </p>
          {fees.length > 0 && <p className="text-slate-500">Charged with it: {fees.map((f) => `${f.name} (${f.type === "flat" ? formatMoney(f.amount, loan.currency) : `${f.amount} %`})`).join(", ")}.</p>}
        </>
      }
      confirmLabel={revolving ? "Draw down" : "Disburse"}
      fields={["amount"]}
      validate={(form) => (revolving ? decimalIssues([{ key: "amount", value: text(form, "amount"), required: true }]) : {})}
      onSubmit={async (form, key) => {
        const result = await post.mutateAsync({ type: "disbursement", loanId: loan.id, idempotencyKey: key, ...(revolving ? { amount: text(form, "amount") } : {}) });
        toast.success(`${formatMoney(result.amount, loan.currency)} disbursed.`);
      }}
    >
      {(errors) => revolving && <InputField label="Amount" name="amount" inputMode="decimal" error={errors.amount} />}
    </ActionDialog>
  );
}

export function RepayDialog({ detail }: { detail: LoanDetail }) {
  const { loan, position, businessDate } = detail;
  const post = usePost();
  const toast = useToast();
  return (
    <ActionDialog
      trigger="Repay"
      triggerVariant="primary"
      triggerSize="md"
      title="Take a repayment"
      description={
        <p>
          {loan.type === "revolving_credit"
            ? `Received on ${businessDate}. It pays fees, then interest, then principal; the principal repaid can be drawn again.`
            : `Received on ${businessDate}. It pays what is overdue and due first (fees, then interest, then principal); anything more is early repayment, which ${STRATEGY[loan.earlyRepaymentStrategy] ?? "re-computes the schedule"}.`}
        </p>
      }
      confirmLabel="Post repayment"
      fields={["amount"]}
      validate={(form) => decimalIssues([{ key: "amount", value: text(form, "amount"), required: true }])}
      onSubmit={async (form, key) => {
        const result = await post.mutateAsync({ type: "repayment", loanId: loan.id, amount: text(form, "amount"), idempotencyKey: key, note: text(form, "note") || undefined });
        toast.success(`Repayment of ${formatMoney(result.amount, loan.currency)} posted.`);
      }}
    >
      {(errors) => <AmountWithShortcuts error={errors.amount} currency={loan.currency} dueNow={position.dueNow} payoff={position.payoff} />}
    </ActionDialog>
  );
}

function AmountWithShortcuts({ error, currency, dueNow, payoff }: { error: string | undefined; currency: string; dueNow: string; payoff: string }) {
  const [amount, setAmount] = useState("");
  return (
    <>
      <InputField label="Amount" name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={error} />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setAmount(dueNow)}>
          Due now: {formatMoney(dueNow, currency)}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setAmount(payoff)}>
          Pay off: {formatMoney(payoff, currency)}
        </Button>
      </div>
      <InputField label="Note" name="note" placeholder="EFT reference, receipt number…" />
    </>
  );
}

export function FeeDialog({ detail }: { detail: LoanDetail }) {
  const { loan } = detail;
  const post = usePost();
  const toast = useToast();
  return (
    <ActionDialog
      trigger="Charge fee"
      title="Charge a fee"
      description={<p>One of the product's fees by name, or an ad-hoc fee: a flat amount or a percentage of the balance owed.</p>}
      confirmLabel="Charge fee"
      fields={["feeName", "feeType", "amount"]}
      validate={(form) => (text(form, "feeName") ? {} : decimalIssues([{ key: "amount", value: text(form, "amount"), required: true }]))}
      onSubmit={async (form, key) => {
        const feeName = text(form, "feeName");
        const result = await post.mutateAsync(
          feeName
            ? { type: "fee", loanId: loan.id, feeName, idempotencyKey: key }
            : { type: "fee", loanId: loan.id, feeType: parseChoice(FEE_TYPE, text(form, "feeType")), amount: text(form, "amount") || undefined, idempotencyKey: key },
        );
        toast.success(`Fee of ${formatMoney(result.amount, loan.currency)} charged.`);
      }}
    >
      {(errors) => <FeeFields fees={loan.fees} errors={errors} />}
    </ActionDialog>
  );
}

function FeeFields({ fees, errors }: { fees: LoanDetail["loan"]["fees"]; errors: Record<string, string> }) {
  const [feeName, setFeeName] = useState(fees[0]?.name ?? "");
  const options = [...fees.map((f) => ({ value: f.name, label: `${f.name} (${f.type === "flat" ? f.amount : `${f.amount} %`}, ${titleCase(f.event).toLowerCase()})` })), { value: "", label: "Ad-hoc fee" }];
  return (
    <>
      <SelectField label="Fee" name="feeName" value={feeName} onChange={(e) => setFeeName(e.target.value)} options={options} error={errors.feeName} />
      {feeName === "" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Fee type" name="feeType" options={choiceOptions(FEE_TYPE)} error={errors.feeType} />
          <InputField label="Amount" name="amount" inputMode="decimal" hint="A percentage for percent fees." error={errors.amount} />
        </div>
      )}
    </>
  );
}
