"use client";

import Link from "next/link";
import { useState } from "react";
import { AnalysisWorkspace } from "../../borrowers/_components/analysis/analysis-workspace";
import { analysisHref } from "../../borrowers/_components/analysis/types";

/**
 * The application's Analysis section: the analysis made for it (else the borrower's latest), and a
 * Run analysis that links the new one to the application, what the decision rules read.
 */
export function ApplicationAnalysis({ applicationId, borrowerId }: { applicationId: string; borrowerId: string }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <section aria-labelledby="application-analysis" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="application-analysis" className="text-lg font-semibold text-slate-900">
          Analysis
        </h2>
        <Link href={analysisHref(borrowerId, selectedId ?? undefined)} className="text-sm text-brand-700 hover:underline">
          Open on the borrower&apos;s Analysis tab
        </Link>
      </div>
      <AnalysisWorkspace borrowerId={borrowerId} applicationId={applicationId} selectedId={selectedId} onSelect={setSelectedId} />
    </section>
  );
}
