import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NewApplicationForm } from "../_components/new-application-form";

export const metadata: Metadata = { title: "New application" };

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ borrowerId?: string | string[] }> }) {
  const { borrowerId } = await searchParams;
  return (
    <>
      <PageHeader title="New application" description="For a borrower and a published product. Blank terms take the product's defaults." />
      <NewApplicationForm borrowerId={typeof borrowerId === "string" ? borrowerId : undefined} />
    </>
  );
}
