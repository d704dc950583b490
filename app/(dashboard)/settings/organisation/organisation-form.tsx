"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { BusinessDateForm } from "./business-date-form";

export function OrganisationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const canEdit = useCan("admin");
  const current = useQuery(trpc.organisation.current.queryOptions());
  const update = useMutation(
    trpc.organisation.update.mutationOptions({
      onSuccess: () => {
        toast.success("Organisation saved.");
        void queryClient.invalidateQueries(trpc.organisation.pathFilter());
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(update.error);
  const org = current.data?.organisation;
  if (current.error) return <p className="text-sm text-red-600">{errorMessage(current.error)}</p>;
  if (!org) return <p className="text-sm text-slate-500">Loading…</p>;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader title="Details" />
        <CardBody>
          <form
            key={org.id}
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              update.mutate({ name: String(form.get("name") ?? ""), timeZone: String(form.get("timeZone") ?? ""), country: String(form.get("country") ?? "").toUpperCase() });
            }}
          >
            <InputField label="Name" name="name" defaultValue={org.name} disabled={!canEdit} error={errors.name} />
            <InputField label="Time zone" name="timeZone" defaultValue={org.timeZone} disabled={!canEdit} error={errors.timeZone} hint="IANA name, e.g. Africa/Johannesburg." />
            <InputField label="Holiday country" name="country" defaultValue={org.country} maxLength={2} disabled={!canEdit} error={errors.country} hint="ISO 3166 code; public holidays of this country move repayment dates." />
            {update.error && !Object.keys(errors).length && <p className="text-sm text-red-600">{errorMessage(update.error)}</p>}
            {canEdit && (
              <Button type="submit" busy={update.isPending}>
                Save
              </Button>
            )}
          </form>
        </CardBody>
      </Card>
      {canEdit && (
        <div className="lg:col-span-2">
          <BusinessDateForm businessDate={org.businessDate} />
        </div>
      )}
      <Card className="lg:col-start-3 lg:row-start-1">
        <CardHeader title="Fixed settings" description="Loans depend on these, so they are not edited here." />
        <CardBody className="space-y-4">
          <Stat label="Currency" value={org.currency} />
          <Stat label="Business date" value={org.businessDate} hint="Advanced by close of business." />
          <Stat label="Slug" value={org.slug} />
        </CardBody>
      </Card>
    </div>
  );
}
