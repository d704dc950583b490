"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import type { ImportInput, ImportSummary } from "../types";
import { accountFromDraft, mappingFromDraft, placeServerErrors, type AccountDraft, type CsvAccount, type CsvDraft, type CsvMapping } from "./csv-draft";
import type { FileKind } from "./file-kind";
import type { Progress } from "./import-progress";
import { preambleLines } from "./preamble";
import { countNonEmptyLines, readWithProgress, toBase64 } from "./read-file";
import { createUploadClient } from "./upload-client";

interface RunInput {
  file: File;
  kind: FileKind;
  sample: string;
  draft: CsvDraft | null;
  account: AccountDraft;
  applicationId: string;
}

/**
 * Runs an import: checks the CSV mapping, reads the file (progress), uploads it (progress), waits
 * for the server, then refreshes the bank data. Field errors come back keyed by the wizard's controls.
 */
export function useImportRun(borrowerId: string, setErrors: (errors: Record<string, string>) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  async function run({ file, kind, sample, draft, account, applicationId }: RunInput) {
    let csv: { mapping: CsvMapping; account: CsvAccount } | null = null;
    if (kind === "csv") {
      if (!draft) return;
      const mapping = mappingFromDraft(draft);
      const details = accountFromDraft(account);
      if (!mapping.ok || !details.ok) {
        setErrors({ ...(mapping.ok ? {} : mapping.errors), ...(details.ok ? {} : details.errors) });
        return;
      }
      csv = { mapping: mapping.value, account: details.value };
    }
    setErrors({});
    setProgress({ phase: "reading", read: 0, upload: 0, rows: null });
    try {
      const bytes = await readWithProgress(file, (read) => setProgress((p) => p && { ...p, read }));
      const rows = csv ? Math.max(0, countNonEmptyLines(bytes) - preambleLines(sample, csv.mapping.skipLines ?? 0).length - (csv.mapping.hasHeader ? 1 : 0)) : null;
      const contentBase64 = toBase64(bytes);
      setProgress({ phase: "uploading", read: 1, upload: 0, rows });
      // Once the last byte is sent the server is at work: the bar turns indeterminate.
      const client = createUploadClient((upload) => setProgress((p) => p && { ...p, upload, phase: upload >= 1 ? "importing" : "uploading" }));
      const base = { borrowerId, applicationId: applicationId || undefined, fileName: file.name, contentBase64 };
      // The server tells the JSON and OFX variants apart itself; a CSV goes with the mapping the officer confirmed.
      const input: ImportInput = csv ? { ...base, format: "csv", csvMapping: csv.mapping, csvAccount: csv.account } : base;
      const result = await client.bankData.import.mutate(input);
      // Refreshed in the background: the summary need not wait for the bank-data pages' queries.
      void queryClient.invalidateQueries(trpc.bankData.pathFilter());
      setSummary(result);
    } catch (error) {
      const placed = placeServerErrors(fieldErrors(error));
      setErrors(Object.keys(placed).length > 0 ? placed : { form: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  }

  return { run, progress, summary, clearSummary: () => setSummary(null) };
}
