import type { Metadata } from "next";
import { StatementView } from "../../../_components/statement-view";

export const metadata: Metadata = { title: "Statement" };

export default async function StatementPage({ params }: { params: Promise<{ id: string; statementId: string }> }) {
  const { statementId } = await params;
  return <StatementView statementId={statementId} />;
}
