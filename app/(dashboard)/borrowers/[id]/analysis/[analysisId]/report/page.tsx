import type { Metadata } from "next";
import { AnalysisReport } from "../../../../_components/analysis/report/analysis-report";

export const metadata: Metadata = { title: "Analysis report" };

export default async function AnalysisReportPage({ params }: { params: Promise<{ id: string; analysisId: string }> }) {
  const { id, analysisId } = await params;
  return <AnalysisReport borrowerId={id} analysisId={analysisId} />;
}
