import type { Metadata } from "next";
import { Can } from "@/components/ui/can";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { ProductList } from "./_components/product-list";

export const metadata: Metadata = { title: "Products" };

export default function ProductsPage() {
  return (
    <>
      <PageHeader
        title="Products"
        description="Credit products: drafts can be edited, published ones take applications."
        actions={
          <Can role="credit_officer">
            <LinkButton href="/products/new">New product</LinkButton>
          </Can>
        }
      />
      <ProductList />
    </>
  );
}
