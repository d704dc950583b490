import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Bank data" };

export default function BankDataPage() {
  return (
    <>
      <PageHeader title="Bank data" description="Applicants' bank accounts and labelled transactions, and the affordability analysis built on them." />
      <EmptyState
        title="No bank data yet"
        description="Bank statement import (JSON, CSV, OFX) and transaction labelling are not built yet. Until then, borrowers' affordability is judged from the application alone."
      />
    </>
  );
}
