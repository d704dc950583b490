import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Verification" };

export default function VerificationPage() {
  return (
    <>
      <PageHeader title="Verification" description="Identity and data checks on applicants." />
      <EmptyState
        title="No verifications yet"
        description="Identity verification (ID-number checks, provider checks, consent) is not built yet. Check applicants' documents by hand in the meantime."
      />
    </>
  );
}
