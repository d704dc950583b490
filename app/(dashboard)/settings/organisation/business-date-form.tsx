"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";

/** Moves the business date forward without running the days in between (catch-up, demos, tests). */
export function BusinessDateForm({ businessDate }: { businessDate: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const move = useMutation(
    trpc.organisation.setBusinessDate.mutationOptions({
      onSuccess: (result) => {
        toast.success(`Business date is now ${result.businessDate}.`);
        void queryClient.invalidateQueries();
        router.refresh();
      },
    }),
  );
  const errors = fieldErrors(move.error);
  return (
    <Card>
      <CardHeader title="Business date" description="The date postings are made on. It only moves forward." />
      <CardBody>
        <form
          key={businessDate}
          noValidate
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            move.mutate({ businessDate: String(new FormData(event.currentTarget).get("businessDate") ?? "") });
          }}
        >
          <InputField label="New business date" name="businessDate" type="date" defaultValue={businessDate} error={errors.businessDate} className="w-48" />
          <Button type="submit" variant="secondary" busy={move.isPending}>
            Move business date
          </Button>
        </form>
        {move.error && !Object.keys(errors).length && <p className="mt-2 text-sm text-red-600">{errorMessage(move.error)}</p>}
      </CardBody>
    </Card>
  );
}
