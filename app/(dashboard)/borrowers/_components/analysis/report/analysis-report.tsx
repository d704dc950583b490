"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { AnalysisBalanceChart } from "@/components/charts/analysis-balance-chart";
import { AnalysisIncomeChart } from "@/components/charts/analysis-income-chart";
import { balanceSeries, incomeExpenseSeries } from "@/components/charts/analysis-series";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";
import { DEFINITIONS } from "@/server/analysis/definitions";
import { levelFlags, type FlagThresholds } from "@/server/analysis/flag-levels";
import { borrowerName } from "../../types";
import { analysisHref, completedResult, TRIGGER_LABELS, type AnalysisRecord, type AnalysisResult } from "../types";
import { CommitmentsTable, ExpensesTable, FlagsTable, IncomeTable, MonthlyTable, ReportSection, RiskTable, SummaryTable } from "./report-tables";

// On paper only the report: no navigation, header, toasts or buttons, and the full page width.
const PRINT_CSS = `@media print {
  @page { margin: 14mm; }
  body { background: white; }
  #sidebar, body header, [aria-live] { display: none !important; }
  #main { max-width: none; padding: 0; }
}`;

/** The printable report of one completed analysis: its sections and key tables, and a Print button. */
export function AnalysisReport({ borrowerId, analysisId }: { borrowerId: string; analysisId: string }) {
  const trpc = useTRPC();
  const record = useQuery(trpc.analyses.get.queryOptions({ analysisId }));
  const borrower = useQuery(trpc.borrowers.get.queryOptions({ borrowerId }));
  const settings = useQuery(trpc.lendingSettings.get.queryOptions());
  const result = completedResult(record.data);
  if (record.error) return <p className="text-sm text-red-600">{errorMessage(record.error)}</p>;
  if (!record.data || settings.isLoading) return <p className="text-sm text-slate-500">Loading…</p>;
  if (!result) return <p className="text-sm text-slate-500">Only a completed analysis has a report. <Link href={analysisHref(borrowerId, analysisId)} className="text-brand-700 hover:underline">Back to the analysis</Link></p>;
  const name = borrower.data ? borrowerName(borrower.data) || "Borrower" : "Borrower";
  return (
    <article className="mx-auto max-w-4xl space-y-6 bg-white text-sm print:max-w-none">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={analysisHref(borrowerId, analysisId)} className="text-sm text-brand-700 hover:underline">
          ← Back to the analysis
        </Link>
        <Button onClick={() => window.print()}>Print</Button>
      </div>
      <ReportHeading name={name} record={record.data} result={result} />
      <ReportBody result={result} thresholds={settings.data ?? null} />
    </article>
  );
}

function ReportHeading({ name, record, result }: { name: string; record: AnalysisRecord; result: AnalysisResult }) {
  const { orgName } = useMembership();
  const quality = result.data_quality;
  return (
    <div className="border-b-2 border-slate-900 pb-3">
      <p className="text-xs tracking-wide text-slate-500 uppercase">{orgName} · Bank-data analysis report</p>
      <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
      <p className="mt-1 text-slate-600">
        Data from {result.window.start_date} to {result.window.end_date} ({result.window.days} days, {result.window.full_months} full months), {quality.analysed_transaction_count} transactions, in {result.currency}.
      </p>
      <p className="text-xs text-slate-500">
        Analysis {record.id} · as of {result.as_of} · engine {result.engine_version} · {TRIGGER_LABELS[record.trigger] ?? record.trigger} · completed {formatDateTime(record.completedAt)}
      </p>
    </div>
  );
}

const NO_THRESHOLDS: FlagThresholds = { minimumAffordability: null, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null };

function ReportBody({ result, thresholds }: { result: AnalysisResult; thresholds: FlagThresholds | null }) {
  const flags = useMemo(() => levelFlags(result, thresholds ?? NO_THRESHOLDS), [result, thresholds]);
  const income = useMemo(() => incomeExpenseSeries(result.charts.monthly_income_vs_expenses), [result]);
  const balance = useMemo(() => balanceSeries(result.charts.daily_balance), [result]);
  return (
    <>
      <ReportSection title="Summary" note={`${DEFINITIONS.affordability} ${DEFINITIONS.credit_score}`}>
        <SummaryTable result={result} />
      </ReportSection>
      <ReportSection title="Flags" note="Red fails the organisation's threshold, amber passes closely or has no threshold, green passes.">
        <FlagsTable flags={flags} currency={result.currency} />
      </ReportSection>
      <ReportSection title="Monthly income, expenses and affordability" note={DEFINITIONS.income_vs_expenses}>
        <AnalysisIncomeChart points={income} currency={result.currency} />
        <MonthlyTable result={result} />
      </ReportSection>
      <ReportSection title="Income" note={DEFINITIONS.primary_income}>
        <IncomeTable result={result} />
      </ReportSection>
      <ReportSection title="Expenses" note={DEFINITIONS.expense_breakdown}>
        <ExpensesTable result={result} />
      </ReportSection>
      <ReportSection title="Risk insights">
        <RiskTable result={result} />
      </ReportSection>
      <ReportSection title="Daily balance" note={DEFINITIONS.daily_balance}>
        <AnalysisBalanceChart points={balance.points} runs={balance.runs} currency={result.currency} />
      </ReportSection>
      <ReportSection title="Credit commitments" note={`Debt-service ratio: ${result.credit_commitments.debt_service_ratio === null ? "—" : `${Math.round(result.credit_commitments.debt_service_ratio * 10_000) / 100} %`} of average income.`}>
        <CommitmentsTable result={result} />
      </ReportSection>
      <p className="border-t border-slate-200 pt-2 text-xs text-slate-500">
        The internal credit score is an internal model, not a credit bureau score. Figures are computed from the bank data as imported; definitions are in the platform&apos;s analysis documentation.
      </p>
    </>
  );
}
