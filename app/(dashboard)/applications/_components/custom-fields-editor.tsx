"use client";

import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";

export interface CustomFieldRow {
  key: string;
  name: string;
  value: string;
}

export function rowsFromCustomFields(fields: Record<string, unknown>): CustomFieldRow[] {
  return Object.entries(fields).map(([name, value]) => ({ key: crypto.randomUUID(), name, value: typeof value === "string" ? value : JSON.stringify(value) }));
}

/** Rows with a name become the application's custom fields (JSON); a later row wins over an earlier one of the same name. */
export function customFieldsOf(rows: readonly CustomFieldRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim() !== "").map((row) => [row.name.trim(), row.value]));
}

export function CustomFieldsEditor({ rows, onChange, error }: { rows: CustomFieldRow[]; onChange: (rows: CustomFieldRow[]) => void; error?: string | undefined }) {
  const update = (index: number, patch: Partial<CustomFieldRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">Custom fields</legend>
      <p className="text-xs text-slate-500">Anything else the application should carry (e.g. purpose, employer), saved with it as JSON.</p>
      {rows.map((row, i) => (
        <div key={row.key} className="grid items-start gap-3 sm:grid-cols-[1fr_2fr_auto]">
          <InputField label={`Field ${i + 1} name`} value={row.name} onChange={(e) => update(i, { name: e.target.value })} />
          <InputField label={`Field ${i + 1} value`} value={row.value} onChange={(e) => update(i, { value: e.target.value })} />
          <Button variant="ghost" size="sm" className="sm:mt-6" aria-label={`Remove field ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </div>
      ))}
      <Button variant="secondary" size="sm" onClick={() => onChange([...rows, { key: crypto.randomUUID(), name: "", value: "" }])}>
        Add custom field
      </Button>
      {error && <p className="text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}
