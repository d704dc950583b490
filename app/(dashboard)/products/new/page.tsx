import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ProductEditor } from "../_components/product-editor";

export const metadata: Metadata = { title: "New product" };

export default function NewProductPage() {
  return (
    <>
      <PageHeader title="New product" description="Saved as a draft: check the schedule preview, then publish it from the product's page." />
      <ProductEditor />
    </>
  );
}
