"use client";

import { useMemo } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { BankAccount, CsvLayoutProposal } from "../types";
import { CsvAccountFields } from "./csv-account-fields";
import { CsvColumnsTable } from "./csv-columns-table";
import { mappingFromDraft, type AccountDraft, type CsvDraft } from "./csv-draft";
import { CsvLayoutFields } from "./csv-layout-fields";
import { previewCsv } from "./csv-preview";
import { CsvPreviewTable } from "./csv-preview-table";
import { preambleLines } from "./preamble";

interface CsvMappingStepProps {
  sample: string;
  proposal: CsvLayoutProposal;
  draft: CsvDraft;
  onDraftChange: (draft: CsvDraft) => void;
  account: AccountDraft;
  onAccountChange: (account: AccountDraft) => void;
  existing: readonly BankAccount[];
  errors: Record<string, string>;
  disabled: boolean;
}

/** The CSV's layout as detected, for the officer to confirm or correct, with the rows it yields. */
export function CsvMappingStep({ sample, proposal, draft, onDraftChange, account, onAccountChange, existing, errors, disabled }: CsvMappingStepProps) {
  const checked = useMemo(() => mappingFromDraft(draft), [draft]);
  const preview = useMemo(() => (checked.ok ? previewCsv(sample, checked.value, account.currency) : null), [checked, sample, account.currency]);
  const skip = Number.isInteger(Number(draft.skipLines)) ? Number(draft.skipLines) : 0;
  const preamble = preambleLines(sample, skip);
  // Problems found while typing show at once; those found on "Import" (and the server's) come in `errors`.
  const live = checked.ok ? {} : checked.errors;
  const shown = { ...live, ...errors };
  return (
    <Card>
      <CardHeader title="Column mapping" description="Detected from the first lines of the file: check it, change what is wrong, then import." />
      <CardBody className="space-y-6">
        {proposal.notes.length > 0 && (
          <ul aria-label="Detection notes" className="list-disc space-y-0.5 rounded-md bg-slate-50 py-2 pr-3 pl-7 text-sm text-slate-600">
            {proposal.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {preamble.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-600">Show the lines skipped before the table</summary>
            <pre className="mt-2 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs text-slate-700">{preamble.join("\n")}</pre>
          </details>
        )}
        <CsvLayoutFields proposal={proposal} draft={draft} onChange={onDraftChange} errors={shown} disabled={disabled} />
        <CsvColumnsTable proposal={proposal} draft={draft} onChange={onDraftChange} error={shown.roles} disabled={disabled} />
        <CsvAccountFields value={account} onChange={onAccountChange} existing={existing} errors={errors} disabled={disabled} />
        <CsvPreviewTable preview={preview} currency={account.currency} />
      </CardBody>
    </Card>
  );
}
