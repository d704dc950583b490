"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { SelectField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { borrowerName } from "../../borrowers/_components/types";
import { BorrowerPicker, type PickedBorrower } from "./borrower-picker";
import { CustomFieldsEditor, customFieldsOf, type CustomFieldRow } from "./custom-fields-editor";
import { readTerms, TermsFields, termsProblems } from "./terms-fields";

const FIELDS = ["borrowerId", "productId", "amount", "instalments", "interestRate", "customFields"];

export function NewApplicationForm({ borrowerId }: { borrowerId?: string | undefined }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { currency } = useMembership();
  const prefilled = useQuery(trpc.borrowers.get.queryOptions({ borrowerId: borrowerId ?? "" }, { enabled: Boolean(borrowerId) }));
  const [picked, setPicked] = useState<PickedBorrower | null | undefined>(undefined);
  const [productId, setProductId] = useState("");
  const [customFields, setCustomFields] = useState<CustomFieldRow[]>([]);
  const products = useQuery(trpc.products.list.queryOptions({ status: "published" }));
  const product = products.data?.find((p) => p.id === productId);
  // Until the officer changes it, the borrower is the one the page was opened for.
  const fromUrl = prefilled.data ? { id: prefilled.data.id, name: borrowerName(prefilled.data) } : null;
  const borrower = picked === undefined ? fromUrl : picked;

  const create = useMutation(
    trpc.applications.create.mutationOptions({
      onSuccess: (row) => {
        toast.success("Application created. Complete it to get a decision.");
        void queryClient.invalidateQueries(trpc.applications.pathFilter());
        router.push(`/applications/${row.id}`);
      },
    }),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(create.error), ...problems };
  const unplaced = Object.keys(errors).some((key) => !FIELDS.includes(key));

  return (
    <Card>
      <CardBody>
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            const terms = readTerms(new FormData(event.currentTarget));
            const found = {
              ...termsProblems(terms),
              ...(borrower ? {} : { borrowerId: "is required: search for the borrower and pick them" }),
              ...(productId ? {} : { productId: "is required: pick a published product" }),
            };
            setProblems(found);
            if (!borrower || Object.keys(found).length > 0) return;
            create.mutate({ borrowerId: borrower.id, productId, ...terms, customFields: customFieldsOf(customFields) });
          }}
        >
          <div className="grid gap-4 md:grid-cols-2">
            <BorrowerPicker
              label="Borrower"
              value={borrower}
              onChange={(next) => {
                setPicked(next);
                setProblems({});
              }}
              error={errors.borrowerId}
            />
            <SelectField
              label="Product"
              value={productId}
              onChange={(event) => setProductId(event.target.value)}
              options={[{ value: "", label: products.isLoading ? "Loading…" : "Choose a published product" }, ...(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
              error={errors.productId}
              hint={products.data?.length === 0 ? "No published product yet: publish one on the Products page." : product?.description ?? undefined}
            />
          </div>
          <TermsFields key={productId} product={product} currency={currency} errors={errors} />
          <CustomFieldsEditor rows={customFields} onChange={setCustomFields} error={errors.customFields} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" busy={create.isPending}>
              Create application
            </Button>
            {create.error && (Object.keys(errors).length === 0 || unplaced) && (
              <p role="alert" className="text-sm text-red-600">
                {errorMessage(create.error)}
              </p>
            )}
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
