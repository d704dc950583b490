import type { Metadata } from "next";
import { LoanView } from "../_components/loan-view";

export const metadata: Metadata = { title: "Loan account" };

export default async function LoanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LoanView loanId={id} />;
}
