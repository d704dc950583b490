import { choiceOptions, parseChoice } from "@/components/ui/choices";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { CsvLayoutProposal } from "../types";
import { ROLE_CHOICES, type CsvDraft } from "./csv-draft";

interface CsvColumnsTableProps {
  proposal: CsvLayoutProposal;
  draft: CsvDraft;
  onChange: (draft: CsvDraft) => void;
  error: string | undefined;
  disabled: boolean;
}

/** One row per column of the file: what it holds (header, first values) and the role it plays in the import. */
export function CsvColumnsTable({ proposal, draft, onChange, error, disabled }: CsvColumnsTableProps) {
  const options = choiceOptions(ROLE_CHOICES);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Columns</legend>
      <p className="text-xs text-slate-500">
        Map a date, one or more description columns, and either a signed amount (optionally with a direction column) or separate debit and credit columns.
      </p>
      <div className="rounded-md border border-slate-200">
        <Table aria-label="Column roles">
          <thead>
            <tr>
              <Th>Column</Th>
              <Th>First values</Th>
              <Th>Role</Th>
            </tr>
          </thead>
          <tbody>
            {proposal.columns.map((column) => {
              const name = column.header?.trim() ? `Column ${column.index + 1} “${column.header.trim()}”` : `Column ${column.index + 1}`;
              const role = draft.roles[column.index] ?? "ignore";
              return (
                <Tr key={column.index}>
                  <Td className="font-medium whitespace-nowrap text-slate-900">
                    {name}
                    {column.basis && <span className="block text-xs font-normal text-slate-500">guessed from its {column.basis}</span>}
                  </Td>
                  <Td className="max-w-xs text-xs text-slate-600">
                    {column.samples.filter((s) => s.trim() !== "").join(" · ") || <span className="text-slate-400">empty in the first rows</span>}
                  </Td>
                  <Td>
                    <select
                      aria-label={`Role of ${name}`}
                      className="block w-full min-w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none disabled:bg-slate-100"
                      value={role}
                      disabled={disabled}
                      onChange={(e) => {
                        const next = parseChoice(ROLE_CHOICES, e.target.value) ?? "ignore";
                        onChange({ ...draft, roles: draft.roles.map((r, i) => (i === column.index ? next : r)) });
                      }}
                    >
                      {options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </Td>
                </Tr>
              );
            })}
          </tbody>
        </Table>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
