import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { LoanList } from "./_components/loan-list";

export const metadata: Metadata = { title: "Loans" };

export default function LoansPage() {
  return (
    <>
      <PageHeader title="Loans" description="Loan accounts: balances as of the business date, and what is overdue." />
      <LoanList />
    </>
  );
}
