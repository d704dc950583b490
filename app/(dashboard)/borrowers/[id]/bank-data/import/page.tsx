import type { Metadata } from "next";
import { ImportWizard } from "../../../_components/bank-data/import/import-wizard";

export const metadata: Metadata = { title: "Import a bank statement" };

export default async function ImportBankStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ImportWizard borrowerId={id} />;
}
