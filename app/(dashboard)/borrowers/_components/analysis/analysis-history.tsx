"use client";

import { useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { STATUS_LABELS, TRIGGER_LABELS, type AnalysisStatus, type AnalysisSummary } from "./types";

const STATUS_TONES: Record<AnalysisStatus, Tone> = { created: "blue", in_progress: "blue", completed: "green", error: "red" };
const SHOWN = 5;

export function AnalysisStatusBadge({ status }: { status: AnalysisStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** Every analysis of the borrower, newest first (each is kept as it was); picking one shows it. */
export function AnalysisHistory({ analyses, selectedId, onSelect, applicationId }: { analyses: readonly AnalysisSummary[]; selectedId: string | null; onSelect: (id: string) => void; applicationId?: string }) {
  const [all, setAll] = useState(false);
  const selectedIndex = analyses.findIndex((a) => a.id === selectedId);
  const shown = all || selectedIndex >= SHOWN ? analyses : analyses.slice(0, SHOWN);
  return (
    <div>
      <Table aria-label="Analysis history" className="[&_td]:py-2">
        <thead>
          <tr>
            <Th>Requested</Th>
            <Th>Data as of</Th>
            <Th>Status</Th>
            <Th>Trigger</Th>
            <Th>Engine</Th>
            <Th>
              <span className="sr-only">Show</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => {
            const current = a.id === selectedId;
            return (
              <Tr key={a.id} className={cn(current && "bg-brand-50/60")} aria-current={current ? "true" : undefined}>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
                <Td className="tabular">{a.asOf ?? "—"}</Td>
                <Td>
                  <AnalysisStatusBadge status={a.status} />
                  {a.status === "error" && a.errorCode && <span className="ml-1.5 text-xs text-slate-500">{a.errorCode}</span>}
                </Td>
                <Td className="text-xs">
                  {TRIGGER_LABELS[a.trigger] ?? a.trigger}
                  {a.applicationId && <span className="block text-slate-500">{a.applicationId === applicationId ? "for this application" : "for an application"}</span>}
                </Td>
                <Td className="tabular text-xs">{a.engineVersion ?? "—"}</Td>
                <Td className="text-right">
                  {current ? (
                    <span className="text-xs font-medium text-brand-700">Shown</span>
                  ) : (
                    <button type="button" className="text-sm text-brand-700 hover:underline" onClick={() => onSelect(a.id)}>
                      Show<span className="sr-only"> the analysis of {formatDateTime(a.createdAt)}</span>
                    </button>
                  )}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
      {analyses.length > shown.length && (
        <button type="button" className="px-4 py-2 text-sm text-brand-700 hover:underline" onClick={() => setAll(true)}>
          Show all {analyses.length} analyses
        </button>
      )}
    </div>
  );
}
