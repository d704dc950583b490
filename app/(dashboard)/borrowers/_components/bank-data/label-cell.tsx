"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Badge } from "@/components/ui/badge";
import { LABEL_OPTIONS, LabelBadge, labelName, parseLabel, reasonSourceName } from "@/components/ui/bank-labels";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { errorMessage } from "@/components/ui/errors";
import { SelectField, TextareaField } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { useToast } from "@/components/ui/toast";
import type { BankTransaction } from "./types";

/** The label, why it was given (expand, or hover the badge), and for officers the override controls. */
export function LabelCell({ transaction: t }: { transaction: BankTransaction }) {
  const canAct = useCan("credit_officer");
  const overridden = t.reasonSource === "override";
  // The stored override text names the officer by id; the note and the time say more to a reader.
  const why = overridden ? `Set by an officer on ${formatDateTime(t.overrideAt)}${t.overrideNote ? `: ${t.overrideNote}` : " (no note)"}` : t.reasonText;
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-1.5" title={`${reasonSourceName(t.reasonSource)}: ${why}`}>
          <LabelBadge label={t.label} />
          {overridden && <Badge tone="violet">Override</Badge>}
        </div>
        {canAct && (
          <div className="shrink-0">
            <OverrideDialog transaction={t} />
          </div>
        )}
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer text-slate-500 hover:text-slate-700">Why?</summary>
        <p className="mt-1 text-slate-600">
          <span className="font-medium text-slate-800">{reasonSourceName(t.reasonSource)}</span>
          {": "}
          {why}
        </p>
        {overridden && (
          <div className="mt-1 flex flex-wrap items-center gap-x-2 text-slate-500">
            <span>Rules no longer decide this label until the override is cleared.</span>
            {canAct && <ClearOverride transaction={t} />}
          </div>
        )}
      </details>
    </div>
  );
}

function useInvalidateBankData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.bankData.pathFilter());
}

function OverrideDialog({ transaction: t }: { transaction: BankTransaction }) {
  const trpc = useTRPC();
  const toast = useToast();
  const invalidate = useInvalidateBankData();
  const override = useMutation(trpc.bankData.overrideLabel.mutationOptions({ onSuccess: invalidate }));
  return (
    <ActionDialog
      trigger="Change label"
      triggerVariant="ghost"
      title="Change this transaction's label"
      description={
        <>
          <p className="font-medium text-slate-900">
            {t.date} · {t.description}
          </p>
          <p className="text-slate-500">
            Now {labelName(t.label)} ({reasonSourceName(t.reasonSource).toLowerCase()}). An override outranks every rule for this transaction until it is cleared, and is recorded in the audit log.
          </p>
        </>
      }
      confirmLabel="Override label"
      fields={["label", "note"]}
      validate={(form): Record<string, string> => (parseLabel(String(form.get("label") ?? "")) ? {} : { label: "choose a label" })}
      onSubmit={async (form) => {
        const label = parseLabel(String(form.get("label") ?? ""));
        if (!label) return;
        const note = String(form.get("note") ?? "").trim();
        await override.mutateAsync({ transactionId: t.id, label, note: note || undefined });
        toast.success(`Label set to ${labelName(label)}.`);
      }}
    >
      {(errors) => (
        <>
          <SelectField label="New label" name="label" defaultValue={t.label} options={LABEL_OPTIONS} error={errors.label} />
          <TextareaField label="Note" name="note" rows={2} maxLength={500} hint="Optional: why, for the next reader and the audit log." error={errors.note} />
        </>
      )}
    </ActionDialog>
  );
}

function ClearOverride({ transaction: t }: { transaction: BankTransaction }) {
  const trpc = useTRPC();
  const toast = useToast();
  const invalidate = useInvalidateBankData();
  const clear = useMutation(trpc.bankData.clearOverride.mutationOptions({ onSuccess: invalidate }));
  return (
    <ConfirmButton
      variant="ghost"
      size="sm"
      title="Clear the override?"
      description={<p>The rules label this transaction again (built-in and organisation rules, in their usual order).</p>}
      confirmLabel="Clear override"
      onConfirm={async () => {
        try {
          await clear.mutateAsync({ transactionId: t.id });
          toast.success("Override cleared: the rules label this transaction again.");
        } catch (error) {
          toast.error(`Could not clear the override: ${errorMessage(error)}`);
        }
      }}
    >
      Clear override
    </ConfirmButton>
  );
}
