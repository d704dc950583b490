"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { choiceOptions, parseChoice, type Choice } from "@/components/ui/choices";
import { SelectField, TextareaField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ApplicationDetail } from "./types";

const OUTCOME: Record<"accepted" | "declined", Choice> = { accepted: { label: "Accepted" }, declined: { label: "Declined" } };

/**
 * The state machine's actions, each offered only where the server allows it: complete and
 * withdraw while incomplete, withdraw/reopen/override once decided, open a loan once accepted.
 * Nothing once a loan account exists.
 */
export function ApplicationActions({ application }: { application: ApplicationDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.applications.pathFilter()), queryClient.invalidateQueries(trpc.loans.pathFilter())]);
  const options = { onSuccess: refresh };
  const complete = useMutation(trpc.applications.complete.mutationOptions(options));
  const withdraw = useMutation(trpc.applications.withdraw.mutationOptions(options));
  const reopen = useMutation(trpc.applications.reopen.mutationOptions(options));
  const override = useMutation(trpc.applications.overrideDecision.mutationOptions(options));
  const openLoan = useMutation(trpc.loans.open.mutationOptions(options));
  const ref = { applicationId: application.id };
  const { status } = application;
  if (application.loanAccountId) return null;
  const decided = status === "accepted" || status === "declined";

  return (
    <div className="flex flex-wrap gap-2">
      {status === "accepted" && (
        <ActionDialog
          trigger="Open loan account"
          triggerVariant="primary"
          triggerSize="md"
          title="Open the loan account?"
          description={
            <p>
              The account is opened with these terms, frozen from the product. It starts as <strong>approved</strong>: nothing is paid out until it is disbursed. The application can no
              longer change afterwards.
            </p>
          }
          confirmLabel="Open loan account"
          onSubmit={async () => {
            await openLoan.mutateAsync(ref);
            toast.success("Loan account opened; disburse it from the loan's page.");
          }}
        />
      )}
      {status === "incomplete" && (
        <ActionDialog
          trigger="Complete"
          triggerVariant="primary"
          triggerSize="md"
          title="Complete the application?"
          description={<p>The decision rules run at once on the borrower's current details, and the application is accepted or declined. To change it afterwards, reopen it.</p>}
          confirmLabel="Complete and decide"
          onSubmit={async () => {
            const after = await complete.mutateAsync(ref);
            toast.success(`Application ${after.status}.`);
          }}
        />
      )}
      {(status === "incomplete" || decided) && (
        <ActionDialog
          trigger="Withdraw"
          triggerSize="md"
          tone="danger"
          title="Withdraw the application?"
          description={<p>It is set aside (for example, the borrower changed their mind). It can be reopened later.</p>}
          confirmLabel="Withdraw"
          onSubmit={async () => {
            await withdraw.mutateAsync(ref);
            toast.success("Application withdrawn.");
          }}
        />
      )}
      {(status === "withdrawn" || decided) && (
        <ActionDialog
          trigger="Reopen"
          triggerSize="md"
          title="Reopen the application?"
          description={<p>It goes back to incomplete so its terms can be edited; completing it again takes a new decision.</p>}
          confirmLabel="Reopen"
          onSubmit={async () => {
            await reopen.mutateAsync(ref);
            toast.success("Application reopened.");
          }}
        />
      )}
      {decided && (
        <ActionDialog
          trigger="Override decision"
          triggerSize="md"
          title="Override the decision"
          description={<p>Your decision replaces the rules'. The reason is mandatory and audited; the rules' results stay on record.</p>}
          confirmLabel="Override"
          fields={["outcome", "reason"]}
          onSubmit={async (form) => {
            const outcome = parseChoice(OUTCOME, String(form.get("outcome") ?? "")) ?? (status === "accepted" ? "declined" : "accepted");
            await override.mutateAsync({ ...ref, outcome, reason: String(form.get("reason") ?? "") });
            toast.success(`Decision overridden: ${outcome}.`);
          }}
        >
          {(errors) => (
            <>
              <SelectField
                label="New outcome"
                name="outcome"
                defaultValue={status === "accepted" ? "declined" : "accepted"}
                options={choiceOptions(OUTCOME)}
                hint={`The decision is ${status} now.`}
                error={errors.outcome}
              />
              <TextareaField label="Reason" name="reason" rows={3} required hint="At least 10 characters: what the rules could not see." error={errors.reason} />
            </>
          )}
        </ActionDialog>
      )}
    </div>
  );
}
