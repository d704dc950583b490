import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/components/ui/format";
import { InfoTip } from "@/components/ui/info-tip";
import { ProgressBar } from "@/components/ui/progress-bar";
import { DEFINITIONS, type DefinitionKey } from "@/server/analysis/definitions";
import { currencyDecimals, formatAmount, money } from "@/server/shared/money";
import { formatSigned } from "./flag-figure";
import type { AnalysisResult } from "./types";

function SummaryCard({ title, definition, value, children, testId }: { title: string; definition: DefinitionKey; value: ReactNode; children?: ReactNode; testId: string }) {
  return (
    <Card className="flex flex-col px-5 py-4" data-testid={testId}>
      <div className="flex items-center gap-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">
        {title}
        <InfoTip label={title}>{DEFINITIONS[definition]}</InfoTip>
      </div>
      <div className="tabular mt-1 text-2xl font-semibold text-slate-900">{value}</div>
      {children && <div className="mt-2 flex-1 text-xs text-slate-600">{children}</div>}
    </Card>
  );
}

const HEALTH_PARTS: ReadonlyArray<{ key: "affordability_score" | "income_score" | "expense_score" | "liquidity_savings_score" | "debt_score" | "fee_score"; label: string }> = [
  { key: "affordability_score", label: "Affordability" },
  { key: "income_score", label: "Income" },
  { key: "expense_score", label: "Expenses" },
  { key: "liquidity_savings_score", label: "Liquidity / savings" },
  { key: "debt_score", label: "Debt" },
  { key: "fee_score", label: "Fees" },
];

const INDICATORS: ReadonlyArray<{ key: "living_standard" | "budget_management" | "financial_evolution"; label: string }> = [
  { key: "living_standard", label: "Living standard" },
  { key: "budget_management", label: "Budget management" },
  { key: "financial_evolution", label: "Financial evolution" },
];

/** The four figures an officer reads first: income, affordability, health score and the internal score. */
export function SummaryCards({ result }: { result: AnalysisResult }) {
  const { affordability, income_analysis: income, health_score: health, credit_score: score, currency } = result;
  const primary = income.primary_income;
  const averageAffordability = affordability.average_full_month_affordability;
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <SummaryCard title="Average primary income" definition="primary_income" value={formatMoney(affordability.average_full_month_primary_income, currency)} testId="summary-income">
        {primary ? (
          <p>
            {primary.counterparty} · {primary.periodicity}
            {income.strike_date ? `, usually on day ${income.strike_date}` : ""}
          </p>
        ) : (
          <p>No regular primary income found.</p>
        )}
        <p className="text-slate-500">
          Over {affordability.full_months} full month{affordability.full_months === 1 ? "" : "s"} · {income.income_month_breaks} month{income.income_month_breaks === 1 ? "" : "s"} without
        </p>
      </SummaryCard>
      <SummaryCard
        title="Average affordability"
        definition="affordability"
        value={<span className={cn(averageAffordability?.startsWith("-") && "text-red-700")}>{formatMoney(averageAffordability, currency)}</span>}
        testId="summary-affordability"
      >
        <dl className="grid grid-cols-[1fr_auto] gap-x-2">
          <dt>Secondary income</dt>
          <dd className="tabular text-right">{formatMoney(affordability.average_full_month_secondary_income, currency)}</dd>
          <dt>Expenses</dt>
          <dd className="tabular text-right">
            {formatMoney(sumOrNull(affordability.average_full_month_non_discretionary_expenses, affordability.average_full_month_discretionary_expenses, currency), currency)}
          </dd>
          <dt>Debt repayments</dt>
          <dd className="tabular text-right">{formatMoney(affordability.average_full_month_existing_debt_repayments, currency)}</dd>
        </dl>
      </SummaryCard>
      <SummaryCard title="Financial health score" definition="health_score" value={<>{health.final_financial_health_score}<span className="text-base font-normal text-slate-400"> / 100</span></>} testId="summary-health">
        <ul className="space-y-1">
          {HEALTH_PARTS.map((part) => (
            <li key={part.key} className="grid grid-cols-[7.5rem_1fr_2rem] items-center gap-2">
              <span className="flex items-center gap-1">
                {part.label}
                <InfoTip label={`${part.label} score`}>{DEFINITIONS[part.key]}</InfoTip>
              </span>
              <ProgressBar label={`${part.label} score`} value={health[part.key] / 100} className="h-1.5" />
              <span className="tabular text-right">{health[part.key]}</span>
            </li>
          ))}
        </ul>
      </SummaryCard>
      <SummaryCard title="Internal credit score" definition="credit_score" value={<>{score.value}<span className="text-base font-normal text-slate-400"> / 1000</span></>} testId="summary-credit-score">
        <p className="mb-1 flex flex-wrap items-center gap-1.5">
          <Badge tone="violet">Internal model</Badge>
          <span className="text-slate-500">version {score.version}</span>
        </p>
        <ul className="space-y-0.5">
          {INDICATORS.map((indicator) => (
            <li key={indicator.key} className="flex items-center justify-between gap-2">
              <span className="flex items-center gap-1">
                {indicator.label}
                <InfoTip label={indicator.label}>{DEFINITIONS[indicator.key]}</InfoTip>
              </span>
              <span className="tabular">{formatSigned(score.indicators[indicator.key])}</span>
            </li>
          ))}
        </ul>
      </SummaryCard>
    </div>
  );
}

/** The two expense averages added for display, exactly (the engine gives them separately). */
function sumOrNull(a: string | null, b: string | null, currency: string): string | null {
  return a === null || b === null ? null : formatAmount(money(a).plus(money(b)), currencyDecimals(currency));
}
