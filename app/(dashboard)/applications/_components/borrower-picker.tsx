"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";

export interface PickedBorrower {
  id: string;
  name: string;
}

interface BorrowerPickerProps {
  label: string;
  value: PickedBorrower | null;
  onChange: (value: PickedBorrower | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** Search borrowers by name, email, ID number or phone and pick one; the choice shows with a way to change it. */
export function BorrowerPicker({ label, value, onChange, error, disabled }: BorrowerPickerProps) {
  const trpc = useTRPC();
  const resultsId = useId();
  const [search, setSearch] = useState("");
  const settled = useDebouncedValue(search.trim(), 300);
  const results = useQuery(trpc.borrowers.list.queryOptions({ search: settled, limit: 8 }, { enabled: value === null && settled.length > 0 }));

  if (value) {
    return (
      <div className="space-y-1">
        <span className="block text-sm font-medium text-slate-700">{label}</span>
        <div className="flex items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm">
          <span className="font-medium text-slate-900">{value.name}</span>
          {!disabled && (
            <Button variant="ghost" size="sm" onClick={() => onChange(null)} aria-label={`Change ${label.toLowerCase()}`}>
              Change
            </Button>
          )}
        </div>
        {error && <p className="text-xs text-red-600">{error}</p>}
      </div>
    );
  }
  const rows = results.data?.borrowers ?? [];
  return (
    <div className="space-y-1">
      <InputField
        label={label}
        type="search"
        placeholder="Type a name, email, ID number or phone"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        aria-controls={resultsId}
        error={error}
        disabled={disabled}
      />
      <ul id={resultsId} aria-label={`${label} matches`} className="max-h-56 overflow-y-auto rounded-md border border-slate-200 bg-white empty:hidden">
        {rows.map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className="flex w-full items-baseline justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-brand-50 focus:bg-brand-50"
              onClick={() => {
                onChange({ id: b.id, name: b.displayName });
                setSearch("");
              }}
            >
              <span className="font-medium text-slate-900">{b.displayName}</span>
              <span className="text-xs text-slate-500">{b.nationalIdNumber ?? b.registrationNumber ?? b.email ?? ""}</span>
            </button>
          </li>
        ))}
      </ul>
      {settled && results.data && rows.length === 0 && <p className="text-xs text-slate-500">No borrower matches “{settled}”.</p>}
    </div>
  );
}
