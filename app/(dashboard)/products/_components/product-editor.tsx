"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useCan, useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { useToast } from "@/components/ui/toast";
import { BasicsSection } from "./basics-section";
import { FeesEditor } from "./fees-editor";
import type { SetField } from "./form-binding";
import { decimalProblems, EMPTY_PRODUCT, toProductConfig, valuesFromProduct, type ProductFormValues } from "./product-form-values";
import { RevolvingSection } from "./revolving-section";
import { SchedulePreview } from "./schedule-preview";
import { ScheduleSection } from "./schedule-section";
import type { ProductRow } from "./types";

/** Fields the form shows; an error on any other key (a cross-field rule on the whole input) shows by the Save button. */
const SHOWN = new Set(Object.keys(EMPTY_PRODUCT));

/** Create (no product) or edit a draft; a published product shows read-only. */
export function ProductEditor({ product }: { product?: ProductRow }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { currency } = useMembership();
  const canEdit = useCan("credit_officer");
  const initial = useMemo(() => (product ? valuesFromProduct(product) : EMPTY_PRODUCT), [product]);
  const [values, setValues] = useState<ProductFormValues>(initial);
  const set: SetField = (key, value) => setValues((current) => ({ ...current, [key]: value }));
  const config = useMemo(() => toProductConfig(values), [values]);
  const problems = useMemo(() => decimalProblems(values), [values]);
  const [checked, setChecked] = useState(false);
  const readOnly = !canEdit || product?.status === "published";
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const onSuccess = (row: ProductRow, verb: string) => {
    toast.success(`${row.name} ${verb}.`);
    void queryClient.invalidateQueries(trpc.products.pathFilter());
  };
  const create = useMutation(
    trpc.products.create.mutationOptions({
      onSuccess: (row) => {
        onSuccess(row, "created as a draft");
        router.push(`/products/${row.id}`);
      },
    }),
  );
  const update = useMutation(trpc.products.update.mutationOptions({ onSuccess: (row) => onSuccess(row, "saved") }));
  const save = product ? update : create;
  // Local checks show after the first save attempt, and clear as each field is fixed.
  const errors = { ...fieldErrors(save.error), ...(checked ? problems : {}) };
  const unplaced = Object.keys(errors).filter((key) => !SHOWN.has(key.split(".")[0] ?? key));
  const sections = { values, set, errors };

  return (
    <form
      noValidate
      className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_30rem]"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (Object.keys(problems).length > 0) return;
        if (product) update.mutate({ productId: product.id, config });
        else create.mutate(config);
      }}
    >
      <fieldset disabled={readOnly} className="min-w-0 space-y-6">
        <legend className="sr-only">Product configuration</legend>
        <BasicsSection {...sections} currency={currency} />
        {values.type === "term_loan" ? <ScheduleSection {...sections} /> : <RevolvingSection {...sections} />}
        <FeesEditor {...sections} readOnly={readOnly} />
        {!readOnly && (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" busy={save.isPending}>
              {product ? "Save draft" : "Create draft"}
            </Button>
            {product && dirty && <span className="text-sm text-amber-700">Unsaved changes</span>}
            {save.error && !(checked && Object.keys(problems).length > 0) && (Object.keys(errors).length === 0 || unplaced.length > 0) && (
              <p role="alert" className="text-sm text-red-600">
                {unplaced.length > 0 ? unplaced.map((key) => `${key}: ${errors[key]}`).join("; ") : errorMessage(save.error)}
              </p>
            )}
            {Object.keys(errors).length > 0 && unplaced.length === 0 && (
              <p role="alert" className="text-sm text-red-600">
                Some fields need attention; see the messages under them.
              </p>
            )}
          </div>
        )}
      </fieldset>
      <div className="min-w-0 2xl:sticky 2xl:top-6 2xl:self-start">
        <SchedulePreview config={config} problems={problems} />
      </div>
    </form>
  );
}
