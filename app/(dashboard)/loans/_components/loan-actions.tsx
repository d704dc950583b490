"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { choiceOptions, parseChoice, type Choice } from "@/components/ui/choices";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { useToast } from "@/components/ui/toast";
import { DisburseDialog, FeeDialog, RepayDialog } from "./transaction-dialogs";
import { isOpen, type LoanDetail } from "./types";

const CLOSE_AS: Record<"paid_in_full" | "written_off", Choice> = {
  paid_in_full: { label: "Paid in full", hint: "Only when nothing is owed any more." },
  written_off: { label: "Written off", hint: "What is still owed is booked as a loss; the account stops accruing and takes no more postings." },
};

/** Only the actions the loan's state allows (the server refuses the others, naming the state). */
export function LoanActions({ detail }: { detail: LoanDetail }) {
  const { loan } = detail;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const options = { onSuccess: () => queryClient.invalidateQueries(trpc.loans.pathFilter()) };
  const close = useMutation(trpc.loans.close.mutationOptions(options));
  const arrears = useMutation(trpc.loans.makeArrears.mutationOptions(options));
  const toDefault = useMutation(trpc.loans.makeDefault.mutationOptions(options));
  const stop = useMutation(trpc.loans.stopInterest.mutationOptions(options));
  const start = useMutation(trpc.loans.startInterest.mutationOptions(options));
  const open = isOpen(loan.status);
  const canDisburse = loan.status === "approved" || (loan.type === "revolving_credit" && loan.status === "active");
  const note = (form: FormData) => String(form.get("note") ?? "").trim() || undefined;
  const noteField = () => <InputField label="Note" name="note" placeholder="Optional: why, for the audit log" />;

  return (
    <div className="flex flex-wrap gap-2">
      {canDisburse && <DisburseDialog detail={detail} />}
      {open && <RepayDialog detail={detail} />}
      {open && <FeeDialog detail={detail} />}
      {(loan.status === "active" || loan.status === "late") && (
        <ActionDialog
          trigger="Move to arrears"
          title="Move the loan to arrears?"
          description={<p>For a loan whose overdue amount needs collection. The product's arrears fees are charged.</p>}
          confirmLabel="Move to arrears"
          tone="danger"
          onSubmit={async (form) => {
            const result = await arrears.mutateAsync({ loanId: loan.id, note: note(form) });
            toast.success(`Loan moved to arrears${result.feesCharged ? `; ${result.feesCharged} fee(s) charged` : ""}.`);
          }}
        >
          {noteField}
        </ActionDialog>
      )}
      {open && loan.status !== "default" && (
        <ActionDialog
          trigger="Move to default"
          title="Move the loan to default?"
          description={<p>For a loan not expected to be repaid as agreed. The product's default fees are charged.</p>}
          confirmLabel="Move to default"
          tone="danger"
          onSubmit={async (form) => {
            const result = await toDefault.mutateAsync({ loanId: loan.id, note: note(form) });
            toast.success(`Loan moved to default${result.feesCharged ? `; ${result.feesCharged} fee(s) charged` : ""}.`);
          }}
        >
          {noteField}
        </ActionDialog>
      )}
      {open && (
        <ActionDialog
          trigger={loan.interestStopped ? "Start interest" : "Stop interest"}
          title={loan.interestStopped ? "Start charging interest again?" : "Stop charging interest?"}
          description={
            <p>
              {loan.interestStopped
                ? "Interest accrues again from the business date; the schedule is re-computed."
                : "No interest accrues from the business date until it is started again (e.g. during a dispute); the schedule is re-computed."}
            </p>
          }
          confirmLabel={loan.interestStopped ? "Start interest" : "Stop interest"}
          onSubmit={async (form) => {
            await (loan.interestStopped ? start : stop).mutateAsync({ loanId: loan.id, note: note(form) });
            toast.success(loan.interestStopped ? "Interest started." : "Interest stopped.");
          }}
        >
          {noteField}
        </ActionDialog>
      )}
      {open && (
        <ActionDialog
          trigger="Close"
          title="Close the loan"
          description={<p>Still owed: {formatMoney(detail.position.totalOutstanding, loan.currency)}. A loan that is repaid in full closes by itself.</p>}
          confirmLabel="Close loan"
          tone="danger"
          fields={["subStatus", "reason"]}
          onSubmit={async (form) => {
            const subStatus = parseChoice(CLOSE_AS, String(form.get("subStatus") ?? "")) ?? "written_off";
            await close.mutateAsync({ loanId: loan.id, subStatus, reason: String(form.get("reason") ?? "") });
            toast.success(subStatus === "written_off" ? "Loan written off and closed." : "Loan closed as paid in full.");
          }}
        >
          {(errors) => (
            <>
              <SelectField label="Close as" name="subStatus" defaultValue="written_off" options={choiceOptions(CLOSE_AS)} hint="Paid in full: nothing is owed any more. Written off: what is owed becomes a loss." error={errors.subStatus} />
              <TextareaField label="Reason" name="reason" rows={3} hint="At least 3 characters; kept with the account and in the audit log." error={errors.reason} />
            </>
          )}
        </ActionDialog>
      )}
    </div>
  );
}
