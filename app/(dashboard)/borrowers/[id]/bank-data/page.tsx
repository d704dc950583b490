import type { Metadata } from "next";
import { BankDataView } from "../../_components/bank-data/bank-data-view";

export const metadata: Metadata = { title: "Bank data" };

export default async function BorrowerBankDataPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BankDataView borrowerId={id} />;
}
