"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { AnalysisExports, RunAnalysisButton, useStartAnalysis } from "./analysis-actions";
import { AnalysisHistory } from "./analysis-history";
import { AnalysisResultView } from "./analysis-result";
import { AnalysisFailed, AnalysisRunning } from "./analysis-states";
import { completedResult, isRunning, POLL_MS, type AnalysisSummary } from "./types";

interface AnalysisWorkspaceProps {
  borrowerId: string;
  /** On an application's page: its own analyses come first, and new ones are started for it. */
  applicationId?: string;
  /** The analysis picked in the history; null shows the default one. */
  selectedId: string | null;
  onSelect: (analysisId: string) => void;
}

/** The default analysis: the application's newest, else the borrower's newest (whatever its status). */
function defaultAnalysis(analyses: readonly AnalysisSummary[], applicationId: string | undefined): AnalysisSummary | undefined {
  return (applicationId ? analyses.find((a) => a.applicationId === applicationId) : undefined) ?? analyses[0];
}

/** The Analysis tab's body, shared by the borrower and application pages: history, status and result. */
export function AnalysisWorkspace({ borrowerId, applicationId, selectedId, onSelect }: AnalysisWorkspaceProps) {
  const trpc = useTRPC();
  // The analysis this officer just started: shown as running until its first answer says otherwise.
  const [startedId, setStartedId] = useState<string | null>(null);
  const start = useStartAnalysis({
    borrowerId,
    applicationId,
    onStarted: (id) => {
      setStartedId(id);
      onSelect(id);
    },
  });
  const list = useQuery(trpc.analyses.list.queryOptions({ borrowerId }, { refetchInterval: (q) => (q.state.data?.some((a) => isRunning(a.status)) ? POLL_MS : false) }));
  const analyses = list.data ?? [];
  const selected = (selectedId ? analyses.find((a) => a.id === selectedId) : undefined) ?? defaultAnalysis(analyses, applicationId);
  const analysisId = selectedId ?? selected?.id ?? null;
  const record = useQuery(
    trpc.analyses.get.queryOptions({ analysisId: analysisId ?? "" }, { enabled: analysisId !== null, refetchInterval: (q) => (isRunning(q.state.data?.status) ? POLL_MS : false) }),
  );
  const data = record.data;
  const result = completedResult(data);
  const running = analyses.some((a) => isRunning(a.status)) || isRunning(data?.status);
  const showRunning = start.isPending || isRunning(data?.status) || (!data && analysisId !== null && analysisId === startedId);

  if (list.error) return <p className="text-sm text-red-600">{errorMessage(list.error)}</p>;
  if (list.isLoading) return <p className="text-sm text-slate-500">Loading…</p>;
  const run = <RunAnalysisButton onRun={start.start} pending={start.isPending} busy={running} />;
  if (analyses.length === 0 && !analysisId) {
    return (
      <EmptyState
        title="No analysis yet"
        description="An analysis runs after every bank statement import, or on demand. It covers all of the borrower's accounts and is kept as history."
        action={run}
      />
    );
  }
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Analyses"
          description="Each analysis is a snapshot of the borrower's bank data when it ran; pick one to see it."
          actions={
            <>
              {data && <AnalysisExports borrowerId={borrowerId} record={data} />}
              {run}
            </>
          }
        />
        <AnalysisHistory analyses={analyses} selectedId={analysisId} onSelect={onSelect} applicationId={applicationId} />
      </Card>
      {showRunning ? (
        <AnalysisRunning record={data && !start.isPending ? data : null} />
      ) : record.error ? (
        <p className="text-sm text-red-600">{errorMessage(record.error)}</p>
      ) : !data ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : data.status === "error" ? (
        <AnalysisFailed record={data} borrowerId={borrowerId} />
      ) : result ? (
        <AnalysisResultView borrowerId={borrowerId} result={result} />
      ) : (
        <p className="text-sm text-slate-500">This analysis has no stored result.</p>
      )}
    </div>
  );
}
