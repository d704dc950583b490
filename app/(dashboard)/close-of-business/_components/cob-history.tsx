import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime, formatDuration, titleCase } from "@/components/ui/format";
import { loanNumber } from "@/components/ui/lending-badges";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CobRunStatusBadge } from "./cob-run-status";
import type { CobFailure, CobRun } from "./types";

/** Who started a run: an officer by name, or the daily schedule. */
function startedBy(run: CobRun): string {
  if (run.startedByName) return run.startedByName;
  return run.trigger === "schedule" ? "Daily schedule" : titleCase(run.trigger);
}

/** The last 15 runs, newest first (one row per business day closed). */
export function CobHistory({ runs }: { runs: readonly CobRun[] }) {
  return (
    <Card>
      <CardHeader title="Recent runs" description="One run per business day; a catch-up closes several days, one run each." />
      {runs.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No run yet.</p>
      ) : (
        <Table aria-label="Recent runs">
          <thead>
            <tr>
              <Th>Business date</Th>
              <Th>Status</Th>
              <Th numeric>Processed</Th>
              <Th numeric>Failed</Th>
              <Th numeric>Duration</Th>
              <Th>Started</Th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <Tr key={run.id}>
                <Td className="tabular whitespace-nowrap">{run.businessDate}</Td>
                <Td>
                  <CobRunStatusBadge status={run.status} />
                </Td>
                <Td numeric>
                  {run.accountsDone} / {run.accountsTotal}
                </Td>
                <Td numeric className={run.accountsFailed > 0 ? "font-medium text-red-700" : undefined}>
                  {run.accountsFailed}
                </Td>
                <Td numeric className="whitespace-nowrap">
                  {formatDuration(run.startedAt, run.finishedAt)}
                </Td>
                <Td className="whitespace-nowrap">
                  {formatDateTime(run.startedAt)}
                  <span className="block text-xs text-slate-500">{startedBy(run)}</span>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** Accounts the last run could not close, with the reason; they stay open for the next run. */
export function CobFailures({ failures, run }: { failures: readonly CobFailure[]; run: CobRun | undefined }) {
  if (!run) return null;
  return (
    <Card>
      <CardHeader title="Failures of the last run" description={`Accounts close of business could not process on ${run.businessDate}; the next run tries them again.`} />
      {failures.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">None: every account closed.</p>
      ) : (
        <Table aria-label="Failures of the last run">
          <thead>
            <tr>
              <Th>Account</Th>
              <Th>Error</Th>
              <Th>When</Th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f) => (
              <Tr key={f.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/loans/${f.loanId}`} className="font-medium text-brand-700 hover:underline">
                    {loanNumber(f.loanNumber)}
                  </Link>
                </Td>
                <Td className="text-red-700">{f.error}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(f.createdAt)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
