"use client";

import { LABEL_OPTIONS, TRANSACTION_TYPE_OPTIONS } from "@/components/ui/bank-labels";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { InputField, SelectField } from "@/components/ui/field";
import { accountLabel, type BankAccount } from "./types";

/** What the officer typed or picked, as typed: the card turns it into the procedure's filters. */
export interface FilterValues {
  accountId: string;
  label: string;
  type: string;
  month: string;
  returned: boolean;
  search: string;
}

export const NO_FILTERS: FilterValues = { accountId: "", label: "", type: "", month: "", returned: false, search: "" };

interface TransactionFiltersProps {
  value: FilterValues;
  onChange: (value: FilterValues) => void;
  accounts: readonly BankAccount[];
}

export function TransactionFilters({ value, onChange, accounts }: TransactionFiltersProps) {
  const set = <K extends keyof FilterValues>(key: K, next: FilterValues[K]) => onChange({ ...value, [key]: next });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="space-y-3 border-b border-slate-100 px-5 py-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <InputField
          className="lg:col-span-2"
          label="Search"
          type="search"
          placeholder="Description or counterparty"
          value={value.search}
          onChange={(e) => set("search", e.target.value)}
        />
        {accounts.length > 1 && (
          <SelectField
            label="Account"
            value={value.accountId}
            onChange={(e) => set("accountId", e.target.value)}
            options={[{ value: "", label: "All accounts" }, ...accounts.map((a) => ({ value: a.id, label: accountLabel(a) }))]}
          />
        )}
        <SelectField label="Label" value={value.label} onChange={(e) => set("label", e.target.value)} options={[{ value: "", label: "All labels" }, ...LABEL_OPTIONS]} />
        <SelectField label="Type" value={value.type} onChange={(e) => set("type", e.target.value)} options={[{ value: "", label: "All types" }, ...TRANSACTION_TYPE_OPTIONS]} />
        <InputField label="Month" type="month" value={value.month} onChange={(e) => set("month", e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CheckboxField label="Returned debits only" hint="Credits that give back an unpaid debit order." checked={value.returned} onChange={(e) => set("returned", e.target.checked)} />
        {active && (
          <button type="button" className="text-sm text-brand-700 hover:underline" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
