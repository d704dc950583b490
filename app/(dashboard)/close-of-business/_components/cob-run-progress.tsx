import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { daysBetween } from "@/server/shared/dates";
import { CobRunStatusBadge } from "./cob-run-status";
import type { CobRequest, CobRun } from "./types";

/** Accounts done or failed over the accounts the run found; a run with no account to close is complete at once. */
function progressOf(run: CobRun): number | null {
  if (run.accountsTotal > 0) return (run.accountsDone + run.accountsFailed) / run.accountsTotal;
  return run.status === "running" ? null : 1;
}

interface CobRunProgressProps {
  run: CobRun | undefined;
  /** Set while a run the officer asked for is under way (a catch-up shows which day of how many). */
  request: CobRequest | null;
  /** Queued, and the runner has not picked the job up yet. */
  awaiting: boolean;
}

/** The latest run as it moves: accounts done out of the total, failures, and for a catch-up the day it is on. */
export function CobRunProgress({ run, request, awaiting }: CobRunProgressProps) {
  const queued = awaiting && request !== null && (!run || run.businessDate < request.from);
  if (queued) {
    return (
      <Card>
        <CardHeader title="Close of business queued" description={`From ${request.from}: the job runner picks it up within a few seconds.`} />
        <CardBody className="space-y-2">
          <ProgressBar label="Accounts closed" value={null} />
          <p className="text-xs text-slate-500">
            If it does not start, the <Link href="/settings/jobs" className="text-brand-700 hover:underline">jobs page</Link> shows the job and its attempts.
          </p>
        </CardBody>
      </Card>
    );
  }
  if (!run) {
    return (
      <Card>
        <CardHeader title="No run yet" description="Close of business has never run for this organisation." />
      </Card>
    );
  }
  const days = request ? daysBetween(request.from, request.until) : 1;
  const day = request ? daysBetween(request.from, run.businessDate) + 1 : 1;
  return (
    <Card role="region" aria-label="Latest run">
      <CardHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {run.status === "running" ? "Closing" : "Latest run:"} <span className="tabular">{run.businessDate}</span> <CobRunStatusBadge status={run.status} />
          </span>
        }
        description={days > 1 ? `Day ${Math.min(day, days)} of ${days} (catching up to ${request?.until ?? ""}).` : `Started ${formatDateTime(run.startedAt)}${run.finishedAt ? `, took ${formatDuration(run.startedAt, run.finishedAt)}` : ""}.`}
      />
      <CardBody className="space-y-2">
        <ProgressBar label="Accounts closed" value={progressOf(run)} />
        <p className="tabular text-sm text-slate-600">
          {run.accountsDone} of {run.accountsTotal} accounts closed
          {" · "}
          <span className={run.accountsFailed > 0 ? "font-medium text-red-700" : undefined}>{run.accountsFailed} failed</span>
          {run.accountsFailed > 0 && " (retried by the next run)"}
        </p>
        {run.error && <p className="text-sm text-red-700">{run.error}</p>}
      </CardBody>
    </Card>
  );
}
