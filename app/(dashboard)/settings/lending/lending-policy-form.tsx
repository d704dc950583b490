"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { listError, parseDayList } from "@/components/forms/day-list";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";

function optionalInt(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? "").trim();
  return text === "" || !/^\d+$/.test(text) ? null : Number.parseInt(text, 10);
}

function optionalText(value: FormDataEntryValue | null): string | null {
  const text = String(value ?? "").trim();
  return text === "" ? null : text;
}

export function LendingPolicyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const canEdit = useCan("admin");
  const [local, setLocal] = useState<Record<string, string>>({});
  const settings = useQuery(trpc.lendingSettings.get.queryOptions());
  const update = useMutation(
    trpc.lendingSettings.update.mutationOptions({
      onSuccess: () => {
        toast.success("Lending policy saved. New decisions use it.");
        void queryClient.invalidateQueries(trpc.lendingSettings.pathFilter());
      },
    }),
  );
  const errors = { ...fieldErrors(update.error), ...local };
  const s = settings.data;
  if (settings.error) return <p className="text-sm text-red-600">{errorMessage(settings.error)}</p>;
  if (!s) return <p className="text-sm text-slate-500">Loading…</p>;

  return (
    <form
      key={s.updatedAt.toString()}
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        const buckets = parseDayList(String(f.get("delinquencyBucketStarts") ?? ""));
        setLocal("error" in buckets ? { delinquencyBucketStarts: buckets.error } : {});
        if ("error" in buckets) return;
        update.mutate({
          minimumBorrowerAge: optionalInt(f.get("minimumBorrowerAge")) ?? 18,
          maximumBorrowerAge: optionalInt(f.get("maximumBorrowerAge")),
          defaultThresholdDays: optionalInt(f.get("defaultThresholdDays")) ?? 90,
          minimumAffordability: optionalText(f.get("minimumAffordability")),
          requireAffordabilityCoversInstalment: f.get("requireAffordabilityCoversInstalment") === "on",
          maximumGamblingShare: optionalText(f.get("maximumGamblingShare")),
          maximumReturnedDebits3m: optionalInt(f.get("maximumReturnedDebits3m")),
          minimumHealthScore: optionalInt(f.get("minimumHealthScore")),
          delinquencyBucketStarts: buckets.days,
          cobTime: String(f.get("cobTime") ?? "").trim(),
          cobEnabled: f.get("cobEnabled") === "on",
        });
      }}
    >
      <fieldset disabled={!canEdit} className="space-y-6">
        <Card>
          <CardHeader title="Borrower" />
          <CardBody className="grid gap-4 md:grid-cols-3">
            <InputField label="Minimum age" name="minimumBorrowerAge" inputMode="numeric" defaultValue={s.minimumBorrowerAge} error={errors.minimumBorrowerAge} />
            <InputField label="Maximum age" name="maximumBorrowerAge" inputMode="numeric" defaultValue={s.maximumBorrowerAge ?? ""} error={errors.maximumBorrowerAge} hint="Blank: no upper limit." />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Close of business" description="The daily run that ages loans and the buckets the portfolio-at-risk report counts them in." />
          <CardBody className="grid gap-4 md:grid-cols-3">
            <InputField
              label="Default after (days in arrears)"
              name="defaultThresholdDays"
              inputMode="numeric"
              defaultValue={s.defaultThresholdDays}
              error={errors.defaultThresholdDays}
              hint="Used by close of business to move loans from arrears to default."
            />
            <InputField
              label="Delinquency buckets start at (days overdue)"
              name="delinquencyBucketStarts"
              defaultValue={s.delinquencyBucketStarts.join(", ")}
              error={listError(errors, "delinquencyBucketStarts")}
              hint="Increasing, comma-separated: 1, 31, 61 means 1–30, 31–60 and 61+ days. Applies from the next close of business."
            />
            <InputField label="Daily run time" name="cobTime" type="time" defaultValue={s.cobTime} error={errors.cobTime} hint="Local time in the organisation's time zone." />
            <CheckboxField
              name="cobEnabled"
              label="Run close of business every day by itself"
              defaultChecked={s.cobEnabled}
              hint="Off: days close only when an admin runs close of business."
              className="md:col-span-3"
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Bank data" description="Applied to the borrower's latest completed analysis. Once any is set, an application needs one." />
          <CardBody className="grid gap-4 md:grid-cols-2">
            <InputField label="Minimum monthly affordability" name="minimumAffordability" inputMode="decimal" defaultValue={s.minimumAffordability ?? ""} error={errors.minimumAffordability} hint="Average over full months: income minus expenses and existing debt." />
            <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
              <input type="checkbox" name="requireAffordabilityCoversInstalment" defaultChecked={s.requireAffordabilityCoversInstalment} />
              Affordability must cover the largest instalment of the loan applied for
            </label>
            <InputField label="Maximum gambling share of income" name="maximumGamblingShare" inputMode="decimal" defaultValue={s.maximumGamblingShare ?? ""} error={errors.maximumGamblingShare} hint="A share: 0.1 means 10 %." />
            <InputField label="Maximum returned debit orders (3 months)" name="maximumReturnedDebits3m" inputMode="numeric" defaultValue={s.maximumReturnedDebits3m ?? ""} error={errors.maximumReturnedDebits3m} />
            <InputField label="Minimum financial health score" name="minimumHealthScore" inputMode="numeric" defaultValue={s.minimumHealthScore ?? ""} error={errors.minimumHealthScore} hint="0 to 100." />
          </CardBody>
        </Card>
      </fieldset>
      {update.error && !Object.keys(errors).length && <p className="text-sm text-red-600">{errorMessage(update.error)}</p>}
      {canEdit && (
        <Button type="submit" busy={update.isPending}>
          Save policy
        </Button>
      )}
    </form>
  );
}
