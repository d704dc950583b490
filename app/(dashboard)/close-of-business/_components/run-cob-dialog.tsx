"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { InputField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { addDays, daysBetween } from "@/server/shared/dates";
import type { CobStatus } from "./types";

interface RunCobDialogProps {
  status: CobStatus;
  /** A run is under way or queued: a second one would only be refused. */
  busy: boolean;
  onQueued: (result: { from: string; until: string }) => void;
}

/** Admins start close of business for the business date, or catch up several days up to the server's limit. */
export function RunCobDialog({ status, busy, onQueued }: RunCobDialogProps) {
  const trpc = useTRPC();
  const toast = useToast();
  const start = useMutation(trpc.cob.start.mutationOptions());
  const next = addDays(status.businessDate, 1);
  const canClose = next <= status.closableUntil;
  return (
    <ActionDialog
      trigger="Run close of business"
      triggerVariant="primary"
      triggerSize="md"
      disabled={busy || !canClose}
      title="Run close of business"
      confirmLabel="Run"
      fields={["until"]}
      validate={(form): Record<string, string> => (form.get("mode") === "catch_up" && !String(form.get("until") ?? "").trim() ? { until: "is required: the business date to reach" } : {})}
      onSubmit={async (form) => {
        const until = form.get("mode") === "catch_up" ? String(form.get("until") ?? "").trim() : undefined;
        const result = await start.mutateAsync(until ? { until } : {});
        const days = daysBetween(result.from, result.until);
        toast.info(days === 1 ? `Close of business queued for ${result.from}.` : `Close of business queued for ${days} days, ${result.from} to ${addDays(result.until, -1)}.`);
        onQueued(result);
      }}
    >
      {(errors) => <RunCobFields status={status} next={next} error={errors.until} />}
    </ActionDialog>
  );
}

function RunCobFields({ status, next, error }: { status: CobStatus; next: string; error: string | undefined }) {
  const [mode, setMode] = useState<"one_day" | "catch_up">("one_day");
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Days to close</legend>
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="mode" value="one_day" checked={mode === "one_day"} onChange={() => setMode("one_day")} className="mt-0.5" />
        <span>
          Close one day, <strong className="tabular">{status.businessDate}</strong>: the business date becomes <span className="tabular">{next}</span>.
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="mode" value="catch_up" checked={mode === "catch_up"} onChange={() => setMode("catch_up")} className="mt-0.5" />
        <span>Catch up: close every day until the business date reaches a later date.</span>
      </label>
      {mode === "catch_up" && (
        <InputField
          label="Business date to reach"
          name="until"
          type="date"
          min={next}
          max={status.closableUntil}
          defaultValue={status.closableUntil}
          error={error}
          hint={`At most ${status.closableUntil}: today (${status.today}) has to end before it closes.`}
          className="w-56"
        />
      )}
      {mode === "one_day" && error && <p className="text-xs text-red-600">{error}</p>}
      <p className="text-xs text-slate-500">Runs in the background; this page follows it. Postings wait a moment on accounts being closed.</p>
    </fieldset>
  );
}
