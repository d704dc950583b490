"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useCan, useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { LinkButton } from "@/components/ui/link-button";
import { BorrowerHeading } from "../borrower-heading";
import { bankDataHref, type CsvLayoutProposal } from "../types";
import { draftFromProposal, emptyAccount, type AccountDraft, type CsvDraft } from "./csv-draft";
import { CsvMappingStep } from "./csv-mapping-step";
import { detectFileKind, formatSize, MAX_FILE_BYTES, SAMPLE_BYTES, type FileKind } from "./file-kind";
import { FileStep } from "./file-step";
import { ImportProgress } from "./import-progress";
import { ImportResult } from "./import-result";
import { accountFromPreamble, preambleLines } from "./preamble";
import { readSample } from "./read-file";
import { useImportRun } from "./use-import-run";

/** Errors the steps show under their own controls; anything else is shown next to the Import button. */
const PLACED = new Set(["file", "applicationId", "roles", "dateFormat", "decimalSeparator", "skipLines", "account.number", "account.name", "account.type", "account.currency", "account.bank", "account.holder"]);

/** Choose a file → (CSV: confirm the mapping and preview) → import with progress → summary. */
export function ImportWizard({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const canImport = useCan("credit_officer");
  const accounts = useQuery(trpc.bankData.accounts.queryOptions({ borrowerId }));
  const detect = useMutation(trpc.bankData.previewCsv.mutationOptions());
  const latest = useRef(0);
  const [inputKey, setInputKey] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<FileKind | null>(null);
  const [detecting, setDetecting] = useState(false);
  const [sample, setSample] = useState("");
  const [proposal, setProposal] = useState<CsvLayoutProposal | null>(null);
  const [draft, setDraft] = useState<CsvDraft | null>(null);
  const [account, setAccount] = useState<AccountDraft>(() => emptyAccount(currency));
  const [applicationId, setApplicationId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, progress, summary, clearSummary } = useImportRun(borrowerId, setErrors);
  const busy = progress !== null;

  async function choose(next: File | null) {
    const token = ++latest.current;
    setFile(next);
    setKind(null);
    setProposal(null);
    setDraft(null);
    setErrors({});
    if (!next) return;
    if (next.size > MAX_FILE_BYTES) return setErrors({ file: `${next.name} is ${formatSize(next.size)}; the limit is 20 MB per file.` });
    if (next.size === 0) return setErrors({ file: `${next.name} is empty.` });
    setDetecting(true);
    try {
      const text = await readSample(next, SAMPLE_BYTES);
      if (token !== latest.current) return;
      const found = detectFileKind(text.slice(0, 4096), next.name);
      setSample(text);
      setKind(found);
      if (!found) return setErrors({ file: `${next.name}: not a JSON, CSV or OFX/QFX bank export.` });
      if (found !== "csv") return;
      const layout = await detect.mutateAsync({ sample: text });
      if (token !== latest.current) return;
      setProposal(layout);
      setDraft(draftFromProposal(layout));
      setAccount(accountFromPreamble(preambleLines(text, layout.skipLines), layout.delimiter, emptyAccount(currency)));
    } catch (error) {
      if (token === latest.current) setErrors({ file: fieldErrors(error).file ?? errorMessage(error) });
    } finally {
      if (token === latest.current) setDetecting(false);
    }
  }

  function startOver() {
    latest.current++;
    clearSummary();
    setInputKey((k) => k + 1);
    setFile(null);
    setKind(null);
    setProposal(null);
    setDraft(null);
    setErrors({});
  }

  const heading = <BorrowerHeading borrowerId={borrowerId} title="Import a statement" description="Bank exports in CSV, OFX/QFX or JSON; transactions already imported are recognised and skipped." />;
  if (!canImport) {
    return (
      <>
        {heading}
        <EmptyState title="Credit officers import statements" description="You can see this borrower's bank data; ask a credit officer to import a new statement." action={<LinkButton href={bankDataHref(borrowerId)}>Back to bank data</LinkButton>} />
      </>
    );
  }
  if (summary && file) return (
    <>
      {heading}
      <ImportResult summary={summary} fileName={file.name} borrowerId={borrowerId} onAnother={startOver} />
    </>
  );
  const unplaced = Object.entries(errors).filter(([key]) => !PLACED.has(key));
  const ready = file !== null && kind !== null && !detecting && (kind !== "csv" || draft !== null);
  return (
    <>
      {heading}
      <div className="space-y-6">
        <FileStep
          borrowerId={borrowerId}
          inputKey={inputKey}
          file={file}
          kind={kind}
          detecting={detecting}
          onFile={(next) => void choose(next)}
          applicationId={applicationId}
          onApplication={setApplicationId}
          errors={errors}
          disabled={busy}
        />
        {kind === "csv" && proposal && draft && (
          <CsvMappingStep
            sample={sample}
            proposal={proposal}
            draft={draft}
            onDraftChange={setDraft}
            account={account}
            onAccountChange={setAccount}
            existing={accounts.data ?? []}
            errors={errors}
            disabled={busy}
          />
        )}
        {progress && file ? (
          <ImportProgress progress={progress} fileName={file.name} />
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <Button disabled={!ready} onClick={() => file && kind && void run({ file, kind, sample, draft, account, applicationId })}>
              Import file
            </Button>
            <LinkButton variant="secondary" href={bankDataHref(borrowerId)}>
              Cancel
            </LinkButton>
            {unplaced.length > 0 ? (
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {unplaced.map(([, message]) => message).join(" ")}
              </p>
            ) : (
              Object.keys(errors).length > 0 && <p className="text-sm text-red-700">Nothing was imported: see the messages above.</p>
            )}
          </div>
        )}
      </div>
    </>
  );
}
