"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { useToast } from "@/components/ui/toast";
import { CustomFieldsEditor, customFieldsOf, rowsFromCustomFields } from "./custom-fields-editor";
import { readTerms, TermsFields, termsProblems } from "./terms-fields";
import type { ApplicationDetail } from "./types";

/** Terms and custom fields while the application is incomplete; borrower and product are fixed at creation. */
export function ApplicationEditForm({ application }: { application: ApplicationDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { currency } = useMembership();
  const [customFields, setCustomFields] = useState(() => rowsFromCustomFields(application.customFields));
  const update = useMutation(
    trpc.applications.update.mutationOptions({
      onSuccess: () => {
        toast.success("Application saved.");
        void queryClient.invalidateQueries(trpc.applications.pathFilter());
      },
    }),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(update.error), ...problems };
  return (
    <Card>
      <CardHeader title="Edit terms" description="Blank fields keep their current value." />
      <CardBody>
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            const terms = readTerms(new FormData(event.currentTarget));
            const found = termsProblems(terms);
            setProblems(found);
            if (Object.keys(found).length > 0) return;
            update.mutate({ applicationId: application.id, ...terms, customFields: customFieldsOf(customFields) });
          }}
        >
          <TermsFields
            product={application.product}
            currency={currency}
            errors={errors}
            defaults={{ amount: application.amount, instalments: application.instalments, interestRate: application.interestRate }}
          />
          <CustomFieldsEditor rows={customFields} onChange={setCustomFields} error={errors.customFields} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" busy={update.isPending}>
              Save application
            </Button>
            {update.error && !Object.keys(errors).length && (
              <p role="alert" className="text-sm text-red-600">
                {errorMessage(update.error)}
              </p>
            )}
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
