"use client";

import { useMembership } from "@/components/providers/membership";
import { LabelBadge, labelName } from "@/components/ui/bank-labels";
import { formatDate, formatMoney } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { RuleTestResult } from "./rule-values";

/** The seed's regex search: what the pattern matches now, and what each label would become. Nothing is saved. */
export function RuleTestResults({ result, label, stale }: { result: RuleTestResult; label: string; stale: boolean }) {
  // The test's matches carry no currency; the organisation's is the best available (see the report on bankRules.test).
  const { currency } = useMembership();
  return (
    <section aria-labelledby="rule-test-title" className="mt-6 space-y-3 border-t border-slate-100 pt-4">
      <h3 id="rule-test-title" className="text-sm font-semibold text-slate-900">
        Test result
      </h3>
      <p role="status" className="text-sm text-slate-700">
        <span className="font-semibold">{result.matchCount.toLocaleString("en-ZA")}</span> transaction{result.matchCount === 1 ? "" : "s"} match;{" "}
        <span className="font-semibold">{result.changeCount.toLocaleString("en-ZA")}</span> label{result.changeCount === 1 ? "" : "s"} would change to {labelName(label)}.
        {result.matches.length < result.matchCount && ` The first ${result.matches.length} are shown.`}
      </p>
      {stale && <p className="text-sm font-medium text-amber-800">The rule has changed since this test: test again before saving.</p>}
      {result.matches.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing matches. Check the pattern against a description in the transactions table, or widen it.</p>
      ) : (
        <div className="rounded-md border border-slate-200">
          <Table aria-label="Rule matches">
            <thead>
              <tr>
                <Th>Date</Th>
                <Th>Description</Th>
                <Th numeric>Amount</Th>
                <Th>Label now → after</Th>
                <Th>Kept because</Th>
              </tr>
            </thead>
            <tbody>
              {result.matches.map((m) => (
                <Tr key={m.transactionId}>
                  <Td className="tabular whitespace-nowrap">{formatDate(m.date)}</Td>
                  <Td>{m.description}</Td>
                  <Td numeric className="whitespace-nowrap">
                    {formatMoney(m.amount, currency)}
                  </Td>
                  <Td>
                    <span className="flex flex-wrap items-center gap-1.5">
                      <LabelBadge label={m.before} />
                      <span aria-hidden>→</span>
                      <span className="sr-only">becomes</span>
                      {m.changed ? <LabelBadge label={m.after} /> : <span className="text-xs text-slate-500">unchanged</span>}
                    </span>
                  </Td>
                  <Td className="text-xs text-slate-600">{m.keptBecause ?? "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
