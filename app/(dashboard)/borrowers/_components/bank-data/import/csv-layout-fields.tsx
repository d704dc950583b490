import { CheckboxField } from "@/components/ui/checkbox-field";
import { choiceOptions, parseChoice } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import type { CsvLayoutProposal } from "../types";
import { DATE_FORMAT_CHOICES, DECIMAL_CHOICES, type CsvDraft } from "./csv-draft";

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };

interface CsvLayoutFieldsProps {
  proposal: CsvLayoutProposal;
  draft: CsvDraft;
  onChange: (draft: CsvDraft) => void;
  errors: Record<string, string>;
  disabled: boolean;
}

/** How the file is laid out: header, preamble, date format and decimal separator, each as detected and changeable. */
export function CsvLayoutFields({ proposal, draft, onChange, errors, disabled }: CsvLayoutFieldsProps) {
  const set = <K extends keyof CsvDraft>(key: K, value: CsvDraft[K]) => onChange({ ...draft, [key]: value });
  const dateOptions = [...(draft.dateFormat === "" ? [{ value: "", label: "Choose…" }] : []), ...choiceOptions(DATE_FORMAT_CHOICES)];
  const dateWarning =
    proposal.dateFormatAmbiguous && draft.dateFormat === (proposal.dateFormat ?? "")
      ? `Ambiguous: the dates fit ${proposal.dateFormatCandidates.join(" and ")}. ${proposal.dateFormat ?? "?"} was chosen because the rows are then in date order; check a date above 12 in the preview.`
      : undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField
        label="Date format"
        value={draft.dateFormat}
        disabled={disabled}
        onChange={(e) => set("dateFormat", e.target.value)}
        options={dateOptions}
        error={errors.dateFormat}
        hint={dateWarning ? <span className="font-medium text-amber-800">{dateWarning}</span> : proposal.dateFormat ? "Detected from the date column." : "Not recognised: choose it."}
      />
      <SelectField
        label="Decimal separator"
        value={draft.decimalSeparator}
        disabled={disabled}
        onChange={(e) => set("decimalSeparator", parseChoice(DECIMAL_CHOICES, e.target.value) ?? draft.decimalSeparator)}
        options={choiceOptions(DECIMAL_CHOICES)}
        error={errors.decimalSeparator}
        hint={
          proposal.decimalSeparatorAmbiguous ? (
            <span className="font-medium text-amber-800">Could not tell from the amounts: please confirm.</span>
          ) : proposal.thousandsSeparator ? (
            `Thousands grouped with “${proposal.thousandsSeparator === " " ? "space" : proposal.thousandsSeparator}”.`
          ) : (
            "Detected from the amounts."
          )
        }
      />
      <InputField
        label="Lines to skip"
        type="number"
        min={0}
        max={100}
        value={draft.skipLines}
        disabled={disabled}
        onChange={(e) => set("skipLines", e.target.value)}
        error={errors.skipLines}
        hint="Bank preamble before the table."
      />
      <div className="space-y-3 pt-1">
        <p className="text-sm text-slate-600">
          Separated by <span className="font-medium text-slate-800">{DELIMITER_NAMES[draft.delimiter] ?? `“${draft.delimiter}”`}</span>
        </p>
        <CheckboxField label="First row is a header" checked={draft.hasHeader} disabled={disabled} onChange={(e) => set("hasHeader", e.target.checked)} />
        <CheckboxField
          label="Invert amounts"
          hint="For card exports that show spending as positive."
          checked={draft.invertAmounts}
          disabled={disabled}
          onChange={(e) => set("invertAmounts", e.target.checked)}
        />
      </div>
    </div>
  );
}
