import type { Metadata } from "next";
import { AnalysisView } from "../../_components/analysis/analysis-view";

export const metadata: Metadata = { title: "Analysis" };

export default async function BorrowerAnalysisPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ analysis?: string | string[] }> }) {
  const { id } = await params;
  const { analysis } = await searchParams;
  return <AnalysisView borrowerId={id} selectedId={typeof analysis === "string" ? analysis : null} />;
}
