import type { ReactNode } from "react";
import { formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { FlagLevel } from "@/server/analysis/flag-levels";
import { monthLabel } from "@/components/charts/analysis-series";
import { formatFigure, formatShare, formatSigned } from "../flag-figure";
import type { AnalysisResult } from "../types";

/** One titled block of the printed report; kept on one page where it fits. */
export function ReportSection({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section className="break-inside-avoid space-y-2" aria-label={title}>
      <h2 className="border-b border-slate-300 pb-1 text-base font-semibold text-slate-900">{title}</h2>
      {note && <p className="text-xs text-slate-500">{note}</p>}
      {children}
    </section>
  );
}

/** Label–value rows, two columns on paper. */
export function FactTable({ label, rows }: { label: string; rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <Table aria-label={label} className="[&_td]:py-1.5">
      <tbody>
        {rows.map(([name, value]) => (
          <Tr key={name}>
            <Td className="w-1/2 text-slate-500">{name}</Td>
            <Td numeric>{value}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

export function SummaryTable({ result }: { result: AnalysisResult }) {
  const { affordability: a, health_score: h, credit_score: s, liquidity_score: l, currency } = result;
  const money = (v: string | null) => formatMoney(v, currency);
  return (
    <div className="grid gap-x-8 sm:grid-cols-2 print:grid-cols-2">
      <FactTable
        label="Income and affordability"
        rows={[
          ["Average primary income", money(a.average_full_month_primary_income)],
          ["Average secondary income", money(a.average_full_month_secondary_income)],
          ["Average non-discretionary expenses", money(a.average_full_month_non_discretionary_expenses)],
          ["Average discretionary expenses", money(a.average_full_month_discretionary_expenses)],
          ["Average debt repayments", money(a.average_full_month_existing_debt_repayments)],
          ["Average affordability", money(a.average_full_month_affordability)],
          ["Liquidity score 30 / 60 / 90 days", `${l.field_30_day_liquidity_score} / ${l.field_60_day_liquidity_score} / ${l.field_90_day_liquidity_score}`],
        ]}
      />
      <FactTable
        label="Scores"
        rows={[
          ["Financial health score", `${h.final_financial_health_score} / 100`],
          ["Affordability · income · expense", `${h.affordability_score} · ${h.income_score} · ${h.expense_score}`],
          ["Liquidity/savings · debt · fee", `${h.liquidity_savings_score} · ${h.debt_score} · ${h.fee_score}`],
          [`Internal credit score (internal model, ${s.version})`, `${s.value} / 1000`],
          ["Living standard", formatSigned(s.indicators.living_standard)],
          ["Budget management", formatSigned(s.indicators.budget_management)],
          ["Financial evolution", formatSigned(s.indicators.financial_evolution)],
        ]}
      />
    </div>
  );
}

const TONE_WORDS = { red: "Red", amber: "Amber", green: "Green", neutral: "Info" } as const;

export function FlagsTable({ flags, currency }: { flags: readonly FlagLevel[]; currency: string }) {
  return (
    <Table aria-label="Flags" className="[&_td]:py-1.5">
      <thead>
        <tr>
          <Th>Flag</Th>
          <Th>Level</Th>
          <Th numeric>Value</Th>
          <Th>Threshold</Th>
          <Th>Verdict</Th>
        </tr>
      </thead>
      <tbody>
        {flags.map((f) => (
          <Tr key={f.key}>
            <Td className="font-medium text-slate-900">{f.title}</Td>
            <Td>{TONE_WORDS[f.tone]}</Td>
            <Td numeric>{formatFigure(f.value, currency)}</Td>
            <Td>{f.threshold ? `${f.threshold.rule} ${formatFigure(f.threshold.figure, currency)}` : "none set"}</Td>
            <Td className="text-xs">{f.verdict}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

export function MonthlyTable({ result }: { result: AnalysisResult }) {
  const money = (v: string) => formatMoney(v, result.currency);
  return (
    <Table aria-label="Monthly affordability" className="[&_td]:px-2 [&_td]:py-1.5 [&_th]:px-2">
      <thead>
        <tr>
          <Th>Month</Th>
          <Th numeric>Primary</Th>
          <Th numeric>Secondary</Th>
          <Th numeric>Non-discr.</Th>
          <Th numeric>Discr.</Th>
          <Th numeric>Debt</Th>
          <Th numeric>Affordability</Th>
        </tr>
      </thead>
      <tbody>
        {result.charts.monthly_income_vs_expenses.map((m) => (
          <Tr key={m.month}>
            <Td className="whitespace-nowrap">
              {monthLabel(m.month)}
              {!m.full_month && <span className="text-xs text-slate-500"> (part)</span>}
            </Td>
            <Td numeric>{money(m.primary_income)}</Td>
            <Td numeric>{money(m.secondary_income)}</Td>
            <Td numeric>{money(m.non_discretionary_expenses)}</Td>
            <Td numeric>{money(m.discretionary_expenses)}</Td>
            <Td numeric>{money(m.existing_debt_repayments)}</Td>
            <Td numeric className="font-medium">
              {money(m.affordability_amount)}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

export function IncomeTable({ result }: { result: AnalysisResult }) {
  const i = result.income_analysis;
  return (
    <FactTable
      label="Income analysis"
      rows={[
        ["Primary income stream", i.primary_income ? `${i.primary_income.counterparty} (${titleCase(i.primary_income.label)}, ${i.primary_income.periodicity})` : "none found"],
        ["Usual pay day", i.strike_date ? `day ${i.strike_date}` : "—"],
        ["Consistency · longevity · regularity", `${i.consistency_score} · ${i.longevity_score} · ${i.regularity_score}`],
        ["Income indicator", String(i.income_indicator)],
        ["Months without primary income", i.break_months.length > 0 ? i.break_months.map(monthLabel).join(", ") : "none"],
        ["Other income streams", String(i.income_streams.filter((s) => !s.is_primary).length)],
      ]}
    />
  );
}

export function ExpensesTable({ result }: { result: AnalysisResult }) {
  const e = result.expenses_insights;
  return (
    <Table aria-label="Expense insights" className="[&_td]:py-1.5">
      <thead>
        <tr>
          <Th>Label</Th>
          <Th numeric>Total</Th>
          <Th numeric>Monthly average</Th>
          <Th numeric>Share</Th>
          <Th numeric>Transactions</Th>
        </tr>
      </thead>
      <tbody>
        {e.top_expense_amounts.map((x) => (
          <Tr key={x.label}>
            <Td>
              {x.name}
              {x.discretionary && <span className="text-xs text-slate-500"> (discretionary)</span>}
            </Td>
            <Td numeric>{formatMoney(x.amount, result.currency)}</Td>
            <Td numeric>{formatMoney(x.average_monthly_spend, result.currency)}</Td>
            <Td numeric>{x.percentage_of_total_spend === null ? "—" : `${x.percentage_of_total_spend} %`}</Td>
            <Td numeric>{x.transaction_count}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

export function RiskTable({ result }: { result: AnalysisResult }) {
  const r = result.risk_insights.risk_insights;
  const money = (v: string | null) => formatMoney(v, result.currency);
  return (
    <FactTable
      label="Risk insights"
      rows={[
        ["Gambling: monthly average, share of income", `${money(r.gambling_insights.monthly_average_gambling_spend)} · ${formatShare(r.gambling_insights.monthly_average_gambling_proportion)}`],
        ["Overdraft: days, share of days, lowest balance", `${r.overdraft_insights.total_days_in_overdraft} · ${formatShare(r.overdraft_insights.total_proportion_of_days_in_overdraft)} · ${money(r.overdraft_insights.minimum_balance_reached)}`],
        ["Returned debits: 1 / 3 / 6 / 12 months", `${r.returned_debit_orders_insights.last_month_count} / ${r.returned_debit_orders_insights.last_3_months_count} / ${r.returned_debit_orders_insights.last_6_months_count} / ${r.returned_debit_orders_insights.last_12_months_count}`],
        ["Cash: monthly average, share of income", `${money(r.atm_and_cash_insights.atm_and_cash_average_amount)} · ${formatShare(r.atm_and_cash_insights.average_withdrawal_proportion)}`],
        ["Social grants (SSI), monthly average", money(r.ssi_insights.monthly_average_ssi)],
        ["Net saver or spender, average net flow", `${titleCase(r.net_saver_spender_insights.net_saver_spender)} · ${money(r.net_saver_spender_insights.average_monthly_net_flow)}`],
      ]}
    />
  );
}

export function CommitmentsTable({ result }: { result: AnalysisResult }) {
  const c = result.credit_commitments;
  if (c.commitments.length === 0) return <p className="text-sm text-slate-500">No loan, home loan or buy-now-pay-later repayments found.</p>;
  return (
    <Table aria-label="Credit commitments" className="[&_td]:py-1.5">
      <thead>
        <tr>
          <Th>Lender</Th>
          <Th>Kind</Th>
          <Th numeric>Monthly</Th>
          <Th numeric>Paid</Th>
          <Th>Period</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody>
        {c.commitments.map((x) => (
          <Tr key={x.id}>
            <Td>{x.lender}</Td>
            <Td>{titleCase(x.kind)}</Td>
            <Td numeric>{formatMoney(x.monthly_amount, result.currency)}</Td>
            <Td numeric>
              {formatMoney(x.total_paid, result.currency)}
              <span className="block text-xs text-slate-500">
                {x.payment_count} payments{x.rejected_payment_count > 0 ? `, ${x.rejected_payment_count} rejected` : ""}
              </span>
            </Td>
            <Td className="text-xs whitespace-nowrap">
              {x.first_payment_date} – {x.last_payment_date}
            </Td>
            <Td>{titleCase(x.status)}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
