import Link from "next/link";
import { Can } from "@/components/ui/can";
import { Card, CardBody } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { importHref } from "../bank-data/types";
import { adviceFor, STATUS_LABELS, type AnalysisRecord } from "./types";

/** Queued or running (null: just requested): the page asks again every moment and shows the result when it is there. */
export function AnalysisRunning({ record }: { record: Pick<AnalysisRecord, "status" | "createdAt" | "startedAt"> | null }) {
  return (
    <Card>
      <CardBody className="flex items-center gap-3" role="status">
        <span className="size-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" aria-hidden />
        <div>
          <p className="text-sm font-medium text-slate-900">Analysis running…</p>
          <p className="text-xs text-slate-500">
            {record ? `${STATUS_LABELS[record.status]} since ${formatDateTime(record.startedAt ?? record.createdAt)}.` : "Queued just now."} The figures appear here as soon as it finishes.
          </p>
        </div>
      </CardBody>
    </Card>
  );
}

/** Failed: the engine's code and message, and what to do about it. */
export function AnalysisFailed({ record, borrowerId }: { record: Pick<AnalysisRecord, "errorCode" | "errorMessage" | "asOf" | "transactionCount">; borrowerId: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-900">
      <p className="font-semibold">
        The analysis could not be completed: <code className="rounded bg-red-100 px-1 py-0.5 text-xs">{record.errorCode ?? "unknown_error"}</code>
      </p>
      {record.errorMessage && <p className="mt-1">{capitalise(record.errorMessage)}.</p>}
      <p className="mt-2 text-red-800">{adviceFor(record.errorCode)}</p>
      {(record.asOf || record.transactionCount !== null) && (
        <p className="mt-2 text-xs text-red-700">
          {record.asOf && `Data up to ${record.asOf}`}
          {record.asOf && record.transactionCount !== null && " · "}
          {record.transactionCount !== null && `${record.transactionCount} transactions in all`}
        </p>
      )}
      <Can role="credit_officer">
        <Link href={importHref(borrowerId)} className="mt-3 inline-block font-medium text-brand-700 hover:underline">
          Import a statement
        </Link>
      </Can>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
