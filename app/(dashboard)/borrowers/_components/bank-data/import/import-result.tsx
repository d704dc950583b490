"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { bankDataHref, formatCount, type ImportSummary } from "../types";
import { FORMAT_NAMES } from "./file-kind";

/** What the import did: new transactions, the ones already there (skipped), and the warnings that did not stop it. */
export function ImportResult({ summary, fileName, borrowerId, onAnother }: { summary: ImportSummary; fileName: string; borrowerId: string; onAnother: () => void }) {
  // The officer clicked Import at the foot of a long mapping step; the result replaces it at the top.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <Card>
      <CardHeader
        title="Import finished"
        description={`${fileName} (${FORMAT_NAMES[summary.format] ?? summary.format}): ${formatCount(summary.transactionsAdded)} added, ${formatCount(summary.transactionsDuplicate)} duplicates skipped.`}
      />
      <CardBody className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-4">
          <Stat label="Accounts" value={summary.accounts} />
          <Stat label="In the file" value={formatCount(summary.transactionsInFile)} />
          <Stat label="Added" value={formatCount(summary.transactionsAdded)} hint="Labelled as they were stored" />
          <Stat label="Duplicates skipped" value={formatCount(summary.transactionsDuplicate)} hint="Already imported" />
        </div>
        {summary.warnings.length > 0 ? (
          <div className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p className="font-medium">
              {summary.warnings.length} warning{summary.warnings.length === 1 ? "" : "s"} (the import went ahead):
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {summary.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm text-slate-600">No warnings. Where the file states balances, they agree with its transactions.</p>
        )}
        <div className="flex flex-wrap gap-2">
          <LinkButton href={bankDataHref(borrowerId)}>View bank data</LinkButton>
          <Button variant="secondary" onClick={onAnother}>
            Import another file
          </Button>
        </div>
      </CardBody>
    </Card>
  );
}
