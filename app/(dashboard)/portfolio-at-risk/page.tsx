import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PortfolioView } from "./_components/portfolio-view";

export const metadata: Metadata = { title: "Portfolio at risk" };

export default function PortfolioAtRiskPage() {
  return (
    <>
      <PageHeader
        title="Portfolio at risk"
        description="Open loan accounts by delinquency bucket at the end of each closed business day, as close of business recorded them."
      />
      <PortfolioView />
    </>
  );
}
