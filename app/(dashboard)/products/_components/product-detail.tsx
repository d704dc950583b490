"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { ActionDialog } from "@/components/ui/action-dialog";
import { Can } from "@/components/ui/can";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime, titleCase } from "@/components/ui/format";
import { ProductStatusBadge } from "@/components/ui/lending-badges";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import { ProductEditor } from "./product-editor";

export function ProductDetail({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const product = useQuery(trpc.products.get.queryOptions({ productId }));
  const invalidate = () => queryClient.invalidateQueries(trpc.products.pathFilter());
  const publish = useMutation(trpc.products.publish.mutationOptions({ onSuccess: invalidate }));
  const copy = useMutation(trpc.products.copy.mutationOptions({ onSuccess: invalidate }));

  if (product.error) return <p className="text-sm text-red-600">{errorMessage(product.error)}</p>;
  const row = product.data;
  if (!row) return <p className="text-sm text-slate-500">Loading…</p>;
  const published = row.status === "published";

  return (
    <>
      <PageHeader
        title={row.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProductStatusBadge status={row.status} />
            {titleCase(row.type)}
            {published ? ` · published ${formatDateTime(row.publishedAt)}; published products never change, copy one to change it.` : " · a draft: edit it freely, publish it to take applications."}
          </span>
        }
        actions={
          <Can role="credit_officer">
            {published ? (
              <ActionDialog
                trigger="Copy to new draft"
                triggerSize="md"
                title="Copy this product?"
                description={<p>A new draft with the same configuration is created, named “Copy of {row.name}”. This product stays as it is.</p>}
                confirmLabel="Copy to new draft"
                onSubmit={async () => {
                  const draft = await copy.mutateAsync({ productId });
                  toast.success(`Draft “${draft.name}” created.`);
                  router.push(`/products/${draft.id}`);
                }}
              />
            ) : (
              <ActionDialog
                trigger="Publish"
                triggerVariant="primary"
                triggerSize="md"
                title={`Publish ${row.name}?`}
                description={
                  <>
                    <p>Applications can then be made for it. Its saved configuration is frozen: to change anything later, copy it into a new draft.</p>
                    <p className="text-slate-500">Unsaved changes in the form below are not published; save them first.</p>
                  </>
                }
                confirmLabel="Publish"
                onSubmit={async () => {
                  await publish.mutateAsync({ productId });
                  toast.success(`${row.name} is published.`);
                }}
              />
            )}
          </Can>
        }
      />
      <ProductEditor key={`${row.id}:${String(row.updatedAt)}`} product={row} />
    </>
  );
}
