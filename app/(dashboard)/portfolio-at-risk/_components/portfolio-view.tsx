"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { PortfolioChart } from "@/components/charts/portfolio-chart";
import { latestPortfolio, portfolioSeries } from "@/components/charts/portfolio-series";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatMoney } from "@/components/ui/format";
import { addDays } from "@/server/shared/dates";
import { PortfolioTable } from "./portfolio-table";

const RANGES = [30, 90, 365] as const;
type Range = (typeof RANGES)[number];

export function PortfolioView() {
  const trpc = useTRPC();
  const { businessDate, currency } = useMembership();
  const [range, setRange] = useState<Range>(90);
  const query = useQuery(trpc.cob.portfolioAtRisk.queryOptions({ from: addDays(businessDate, -range) }, { placeholderData: keepPreviousData }));
  const data = query.data;
  const points = useMemo(() => (data ? portfolioSeries(data.snapshots, data.buckets) : []), [data]);
  const latest = useMemo(() => (data ? latestPortfolio(data.snapshots, data.buckets) : null), [data]);

  return (
    <div className="space-y-6">
      <div role="group" aria-label="Date range" className="flex flex-wrap items-center gap-2">
        {RANGES.map((days) => (
          <Button key={days} size="sm" variant={range === days ? "primary" : "secondary"} aria-pressed={range === days} onClick={() => setRange(days)}>
            Last {days} days
          </Button>
        ))}
        <span className="text-sm text-slate-500">
          Buckets come from the <Link href="/settings/lending" className="text-brand-700 hover:underline">lending policy</Link>.
        </span>
      </div>
      {query.error ? (
        <p className="text-sm text-red-600">{errorMessage(query.error)}</p>
      ) : !data ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : (
        <>
          {latest && (
            <Card>
              <CardBody className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
                <Stat label="Last closed day" value={latest.date} />
                <Stat label="Open accounts" value={latest.totals.accounts} />
                <Stat label="Principal outstanding" value={formatMoney(latest.totals.principalOutstanding, currency)} />
                <Stat label="At risk" value={`${latest.atRiskShare} %`} hint="Share of principal on accounts with anything overdue." />
              </CardBody>
            </Card>
          )}
          <div className="grid gap-6 xl:grid-cols-2">
            <Card>
              <CardHeader title="Accounts by bucket" />
              <CardBody>
                <PortfolioChart points={points} buckets={data.buckets} metric="accounts" currency={currency} label="Accounts by delinquency bucket over time" />
              </CardBody>
            </Card>
            <Card>
              <CardHeader title="Principal outstanding by bucket" />
              <CardBody>
                <PortfolioChart points={points} buckets={data.buckets} metric="outstanding" currency={currency} label="Principal outstanding by delinquency bucket over time" />
              </CardBody>
            </Card>
          </div>
          {latest && <PortfolioTable latest={latest} currency={currency} />}
        </>
      )}
    </div>
  );
}
