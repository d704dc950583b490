"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { formatMoney } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import type { ProductConfigInput } from "@/server/lending/product-input";
import { fieldLabel } from "./product-form-values";

/**
 * The schedule a loan with the form's default amount, rate and instalments would get if disbursed
 * today, from the same engine as real loans. Waits for the typing to stop before asking.
 */
export function SchedulePreview({ config, problems }: { config: ProductConfigInput; problems: Record<string, string> }) {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const ready = Object.keys(problems).length === 0;
  const request = useMemo(() => ({ config, ready }), [config, ready]);
  const settled = useDebouncedValue(request, 400);
  const preview = useQuery(
    trpc.products.previewSchedule.queryOptions(settled.config, { enabled: settled.ready, placeholderData: keepPreviousData, retry: false, staleTime: 60_000 }),
  );
  const schedule = preview.data?.schedule;
  const local = Object.entries(problems);
  const issues = local.length > 0 ? local : Object.entries(fieldErrors(preview.error));

  return (
    <Card aria-busy={preview.isFetching || undefined}>
      <CardHeader
        title="Schedule preview"
        description={preview.data ? `Default amount, rate and instalments, disbursed on ${preview.data.disbursementDate}.` : "Fill in the amounts and rates to see the schedule."}
      />
      {local.length > 0 || preview.error ? (
        <CardBody>
          <p className="text-sm font-medium text-slate-900">{local.length > 0 ? "Fill in these fields to see the schedule:" : "The schedule cannot be computed yet:"}</p>
          {issues.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-700">
              {issues.map(([field, message]) => (
                <li key={field}>
                  <span className="font-medium">{fieldLabel(field)}</span> {message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-red-700">{errorMessage(preview.error)}</p>
          )}
        </CardBody>
      ) : preview.data?.note ? (
        <CardBody>
          <p className="text-sm text-slate-600">{preview.data.note}</p>
        </CardBody>
      ) : !schedule ? (
        <CardBody>
          <p className="text-sm text-slate-500">{preview.isLoading ? "Computing…" : "No schedule."}</p>
        </CardBody>
      ) : (
        <div className="max-h-[32rem] overflow-y-auto">
          <Table aria-label="Preview schedule">
            <thead className="sticky top-0 bg-white">
              <tr>
                <Th numeric>#</Th>
                <Th>Due</Th>
                <Th numeric>Principal</Th>
                <Th numeric>Interest</Th>
                <Th numeric>Total</Th>
                <Th numeric>Balance after</Th>
              </tr>
            </thead>
            <tbody>
              {schedule.instalments.map((row) => (
                <Tr key={row.number}>
                  <Td numeric>{row.number}</Td>
                  <Td className="whitespace-nowrap">{row.dueDate}</Td>
                  <Td numeric>{formatMoney(row.principal, currency)}</Td>
                  <Td numeric>{formatMoney(row.interest, currency)}</Td>
                  <Td numeric className="font-medium">
                    {formatMoney(row.total, currency)}
                  </Td>
                  <Td numeric>{formatMoney(row.balanceAfter, currency)}</Td>
                </Tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-slate-200 font-semibold">
                <Td>Total</Td>
                <Td />
                <Td numeric>{formatMoney(schedule.totals.principal, currency)}</Td>
                <Td numeric>{formatMoney(schedule.totals.interest, currency)}</Td>
                <Td numeric>{formatMoney(schedule.totals.total, currency)}</Td>
                <Td />
              </tr>
            </tfoot>
          </Table>
        </div>
      )}
    </Card>
  );
}
