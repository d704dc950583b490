import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { LendingPolicyForm } from "./lending-policy-form";

export const metadata: Metadata = { title: "Lending policy" };

export default function LendingPolicyPage() {
  return (
    <>
      <PageHeader
        title="Lending policy"
        description="The rules every application is decided by when it is completed. A blank threshold switches its rule off."
      />
      <LendingPolicyForm />
    </>
  );
}
