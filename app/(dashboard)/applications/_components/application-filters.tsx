"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { choiceOptions, parseChoice } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import { BorrowerPicker, type PickedBorrower } from "./borrower-picker";
import { DIRECTION, SORT, STATUS, type ApplicationStatus, type Direction, type SortKey } from "./types";

export interface Filters {
  statuses: ApplicationStatus[];
  productId: string;
  borrower: PickedBorrower | null;
  createdFrom: string;
  createdTo: string;
  sort: SortKey;
  direction: Direction;
}

export const NO_FILTERS: Filters = { statuses: [], productId: "", borrower: null, createdFrom: "", createdTo: "", sort: "createdAt", direction: "desc" };

/** Every filter of the seed's list: statuses (several at once), product, borrower, creation dates, and the order. */
export function ApplicationFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const trpc = useTRPC();
  const products = useQuery(trpc.products.list.queryOptions({}));
  const set = <K extends keyof Filters>(key: K, next: Filters[K]) => onChange({ ...value, [key]: next });
  const toggle = (status: ApplicationStatus, on: boolean) => set("statuses", on ? [...value.statuses, status] : value.statuses.filter((s) => s !== status));

  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Status</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {choiceOptions(STATUS).map((option) => {
            const status = parseChoice(STATUS, option.value);
            if (!status) return null;
            return (
              <label key={status} className="flex items-center gap-1.5 text-sm text-slate-700">
                <input type="checkbox" className="size-4 rounded border-slate-300" checked={value.statuses.includes(status)} onChange={(e) => toggle(status, e.target.checked)} />
                {option.label}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        <SelectField
          label="Product"
          value={value.productId}
          onChange={(e) => set("productId", e.target.value)}
          options={[{ value: "", label: "Any product" }, ...(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
        />
        <div className="sm:col-span-2 lg:col-span-1 xl:col-span-2">
          <BorrowerPicker label="Borrower filter" value={value.borrower} onChange={(b) => set("borrower", b)} />
        </div>
        <InputField label="Created from" type="date" value={value.createdFrom} onChange={(e) => set("createdFrom", e.target.value)} />
        <InputField label="Created to" type="date" value={value.createdTo} onChange={(e) => set("createdTo", e.target.value)} />
        <div className="grid grid-cols-2 gap-2 xl:col-span-6 xl:max-w-md">
          <SelectField label="Sort by" value={value.sort} options={choiceOptions(SORT)} onChange={(e) => set("sort", parseChoice(SORT, e.target.value) ?? "createdAt")} />
          <SelectField label="Order" value={value.direction} options={choiceOptions(DIRECTION)} onChange={(e) => set("direction", parseChoice(DIRECTION, e.target.value) ?? "desc")} />
        </div>
      </div>
    </div>
  );
}
