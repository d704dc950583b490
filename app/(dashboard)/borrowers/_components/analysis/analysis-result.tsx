"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { InfoTip } from "@/components/ui/info-tip";
import { DEFINITIONS } from "@/server/analysis/definitions";
import { levelFlags, type FlagThresholds } from "@/server/analysis/flag-levels";
import { AnalysisCharts } from "./analysis-charts";
import { FlagList } from "./flag-list";
import { SummaryCards } from "./summary-cards";
import type { AnalysisResult } from "./types";

const NO_THRESHOLDS: FlagThresholds = { minimumAffordability: null, maximumGamblingShare: null, maximumReturnedDebits3m: null, minimumHealthScore: null };

/** A completed analysis: what it covers, the summary cards, the flags against the organisation's thresholds, the charts. */
export function AnalysisResultView({ borrowerId, result }: { borrowerId: string; result: AnalysisResult }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.lendingSettings.get.queryOptions());
  const thresholds = settings.data ?? NO_THRESHOLDS;
  const flags = useMemo(() => levelFlags(result, thresholds), [result, thresholds]);
  return (
    <div className="space-y-6">
      <CoverageLine result={result} />
      <SummaryCards result={result} />
      <FlagList flags={flags} borrowerId={borrowerId} currency={result.currency} settingsLoaded={settings.isSuccess} />
      <AnalysisCharts result={result} />
    </div>
  );
}

/** What the figures rest on: the window, its full months, the transactions and the engine. */
export function CoverageLine({ result }: { result: AnalysisResult }) {
  const { window, data_quality: quality } = result;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
      <span>
        Data from <strong className="tabular text-slate-900">{window.start_date}</strong> to <strong className="tabular text-slate-900">{window.end_date}</strong> ({window.days} days,{" "}
        {window.full_months} full month{window.full_months === 1 ? "" : "s"}), {quality.analysed_transaction_count} transactions on {quality.analysed_account_ids.length} current account
        {quality.analysed_account_ids.length === 1 ? "" : "s"}, in {result.currency}. Engine {result.engine_version}.
      </span>
      <InfoTip label="the analysis window">{DEFINITIONS.window}</InfoTip>
      {quality.warnings.map((w) => (
        <span key={`${w.code}-${w.account_id}`} className="basis-full text-amber-800">
          {w.message}
        </span>
      ))}
    </p>
  );
}
