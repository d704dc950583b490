"use client";

import { useEffect, useRef } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatCount } from "../types";

export type Phase = "reading" | "uploading" | "importing";

export interface Progress {
  phase: Phase;
  read: number;
  upload: number;
  /** About how many rows the server is importing, when the file says (CSV lines). */
  rows: number | null;
}

const ORDER: readonly Phase[] = ["reading", "uploading", "importing"];

/** The stages of an import: reading and uploading have a measurable share, the server's work has not. */
export function ImportProgress({ progress, fileName }: { progress: Progress; fileName: string }) {
  const at = ORDER.indexOf(progress.phase);
  const ref = useRef<HTMLDivElement>(null);
  // The Import button sits under a long mapping step: bring the progress into view where it appears.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  const stages: ReadonlyArray<{ phase: Phase; label: string; value: number | null }> = [
    { phase: "reading", label: `Reading ${fileName}`, value: progress.read },
    { phase: "uploading", label: "Uploading", value: progress.upload },
    {
      phase: "importing",
      label: progress.rows ? `Importing about ${formatCount(progress.rows)} rows: de-duplicating and labelling` : "Importing: de-duplicating and labelling",
      value: null,
    },
  ];
  return (
    <div ref={ref}>
      <Card aria-live="polite" aria-busy>
        <CardHeader title="Importing…" description="Keep this page open until the import finishes; nothing is stored unless the whole file imports." />
        <CardBody>
          <ol className="space-y-4">
            {stages.map((stage, index) => {
              const state = index < at ? "done" : index === at ? "current" : "waiting";
              return (
                <li key={stage.phase} className="space-y-1.5">
                  <div className={cn("flex items-center justify-between text-sm", state === "waiting" ? "text-slate-400" : "text-slate-800")}>
                    <span className={state === "current" ? "font-medium" : undefined}>{stage.label}</span>
                    <span className="text-xs text-slate-500">{state === "done" ? "Done" : state === "current" ? "In progress" : "Waiting"}</span>
                  </div>
                  {state !== "waiting" && <ProgressBar label={stage.label} value={state === "done" ? 1 : stage.value} />}
                </li>
              );
            })}
          </ol>
        </CardBody>
      </Card>
    </div>
  );
}
