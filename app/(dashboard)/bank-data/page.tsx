import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { BorrowerFinder } from "./_components/borrower-finder";
import { HowItWorks } from "./_components/how-it-works";

export const metadata: Metadata = { title: "Bank data" };

export default function BankDataPage() {
  return (
    <>
      <PageHeader
        title="Bank data"
        description="Applicants' bank accounts and labelled transactions, kept per borrower."
        actions={
          <LinkButton variant="secondary" href="/bank-data/rules">
            Label rules
          </LinkButton>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <BorrowerFinder />
        </div>
        <HowItWorks />
      </div>
    </>
  );
}
