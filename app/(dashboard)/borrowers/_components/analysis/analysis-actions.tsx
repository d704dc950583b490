"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Can } from "@/components/ui/can";
import { errorMessage } from "@/components/ui/errors";
import { LinkButton } from "@/components/ui/link-button";
import { useToast } from "@/components/ui/toast";
import { reportHref, type AnalysisRecord } from "./types";

/**
 * Starts a new analysis of all the borrower's bank data (linked to the application, when on one) and
 * selects it; the caller shows it as running from the click on, so the officer sees it at once.
 */
export function useStartAnalysis({ borrowerId, applicationId, onStarted }: { borrowerId: string; applicationId?: string; onStarted: (analysisId: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const start = useMutation(
    trpc.analyses.start.mutationOptions({
      onSuccess: async ({ analysisId }) => {
        onStarted(analysisId);
        await queryClient.invalidateQueries(trpc.analyses.list.queryFilter({ borrowerId }));
      },
      onError: (error) => toast.error(`Could not start the analysis: ${errorMessage(error)}`),
    }),
  );
  return { start: () => start.mutate({ borrowerId, ...(applicationId ? { applicationId } : {}) }), isPending: start.isPending };
}

export function RunAnalysisButton({ onRun, pending, busy }: { onRun: () => void; pending: boolean; busy: boolean }) {
  return (
    <Can role="credit_officer">
      <Button size="sm" busy={pending} disabled={busy} onClick={onRun}>
        Run analysis
      </Button>
    </Can>
  );
}

/** The stored result as a file, under the field names `npm run analyse` prints. */
export function downloadAnalysisJson(record: Pick<AnalysisRecord, "id" | "asOf" | "result">): void {
  const text = `${JSON.stringify(record.result, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `analysis-${record.asOf ?? "undated"}-${record.id.slice(0, 8)}.json`;
  link.click();
  // Revoked on the next tick: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Download and print, for an analysis that has a stored result. */
export function AnalysisExports({ borrowerId, record }: { borrowerId: string; record: Pick<AnalysisRecord, "id" | "asOf" | "result" | "status"> }) {
  if (!record.result) return null;
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => downloadAnalysisJson(record)}>
        Download JSON
      </Button>
      {record.status === "completed" && (
        <LinkButton variant="secondary" size="sm" href={reportHref(borrowerId, record.id)}>
          Printable report
        </LinkButton>
      )}
    </>
  );
}
