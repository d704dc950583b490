"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { applicationNumber } from "@/components/ui/lending-badges";
import { formatSize, FORMAT_NAMES, type FileKind } from "./file-kind";

interface FileStepProps {
  borrowerId: string;
  /** Changes when the wizard starts over, so the browser forgets the previous choice. */
  inputKey: number;
  file: File | null;
  kind: FileKind | null;
  detecting: boolean;
  onFile: (file: File | null) => void;
  applicationId: string;
  onApplication: (id: string) => void;
  errors: Record<string, string>;
  disabled: boolean;
}

const KIND_NOTES: Record<FileKind, string> = {
  csv: "CSV: check the column mapping below.",
  json: `JSON (${FORMAT_NAMES.byod_json}, ${FORMAT_NAMES.algoan_json} or ${FORMAT_NAMES.budget_insight_json}): imports as is.`,
  ofx: "OFX/QFX: imports as is.",
};

/** The file, read in the browser, and the application it supports (optional). */
export function FileStep({ borrowerId, inputKey, file, kind, detecting, onFile, applicationId, onApplication, errors, disabled }: FileStepProps) {
  const trpc = useTRPC();
  const applications = useQuery(trpc.applications.list.queryOptions({ borrowerId: [borrowerId], limit: 50 }));
  const options = [{ value: "", label: "None" }, ...(applications.data?.applications ?? []).map((a) => ({ value: a.id, label: `${applicationNumber(a.number)} · ${a.productName}` }))];
  return (
    <Card>
      <CardHeader title="File" description="A bank statement export. It is read in your browser and sent whole; nothing is stored unless every row can be read." />
      <CardBody className="grid gap-4 md:grid-cols-2">
        <InputField
          key={inputKey}
          label="Statement file"
          type="file"
          accept=".csv,.tsv,.txt,.json,.ofx,.qfx,.qbo"
          disabled={disabled}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          error={errors.file}
          hint={
            file
              ? `${file.name} · ${formatSize(file.size)} · ${detecting ? "detecting the layout…" : kind ? KIND_NOTES[kind] : "format not recognised"}`
              : "CSV, OFX/QFX, or BYOD, Algoan or Budget Insight JSON; up to 20 MB."
          }
        />
        <SelectField
          label="Link to application"
          value={applicationId}
          disabled={disabled}
          onChange={(e) => onApplication(e.target.value)}
          options={options}
          error={errors.applicationId}
          hint="Optional: the application this statement supports."
        />
      </CardBody>
    </Card>
  );
}
