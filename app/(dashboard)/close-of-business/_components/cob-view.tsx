"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Can } from "@/components/ui/can";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { useToast } from "@/components/ui/toast";
import { addDays } from "@/server/shared/dates";
import { CobFailures, CobHistory } from "./cob-history";
import { CobRunProgress } from "./cob-run-progress";
import { RunCobDialog } from "./run-cob-dialog";
import type { CobRequest, CobStatus } from "./types";

/** A queued job is picked up within seconds; after this long without a run the page stops polling (the Jobs page tells why). */
const AWAIT_START_MS = 5 * 60_000;

function isRunning(status: CobStatus | undefined): boolean {
  return status?.runs.some((r) => r.status === "running") ?? false;
}

/** Requested and the business date has not reached the end of the request yet. */
function isAwaiting(status: CobStatus | undefined, request: CobRequest | null): boolean {
  return Boolean(status && request && status.businessDate < request.until);
}

export function CobView() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [request, setRequest] = useState<CobRequest | null>(null);
  const query = useQuery(
    trpc.cob.status.queryOptions(undefined, {
      // Once a second while a run moves, so the progress bar follows it; not at all otherwise.
      refetchInterval: (q) => (isRunning(q.state.data) || (isAwaiting(q.state.data, request) && request !== null && Date.now() - request.requestedAt < AWAIT_START_MS) ? 1000 : false),
    }),
  );
  const status = query.data;
  const running = isRunning(status);
  const busy = running || isAwaiting(status, request);

  // When a run ends, everything dated by the business date is stale: the header, loan balances, the portfolio.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && status) {
      const last = status.runs[0];
      if (last?.status === "failed") toast.error(`Close of business for ${last.businessDate} failed: ${last.error ?? "see the run history"}.`);
      else toast.success(`Close of business done: the business date is now ${status.businessDate}.`);
      void queryClient.invalidateQueries(trpc.loans.pathFilter());
      void queryClient.invalidateQueries(trpc.cob.portfolioAtRisk.pathFilter());
      router.refresh();
    }
    wasBusy.current = busy;
  }, [busy, status, toast, queryClient, trpc, router]);

  if (query.error) return <p className="text-sm text-red-600">{errorMessage(query.error)}</p>;
  if (!status) return <p className="text-sm text-slate-500">Loading…</p>;
  const latest = status.runs[0];

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Business day"
          description="Postings are made on the business date; close of business ends it and moves to the next day."
          actions={
            <Can role="admin">
              <RunCobDialog
                status={status}
                busy={busy}
                onQueued={(result) => {
                  setRequest({ ...result, requestedAt: Date.now() });
                  void queryClient.invalidateQueries(trpc.cob.status.queryFilter());
                }}
              />
            </Can>
          }
        />
        <CardBody className="grid gap-6 sm:grid-cols-3">
          <Stat label="Business date" value={<span data-testid="cob-business-date">{status.businessDate}</span>} />
          <Stat label="Today" value={status.today} hint="In the organisation's time zone." />
          <Stat label="Latest possible business date" value={<span data-testid="cob-closable-until">{status.closableUntil}</span>} hint="A day closes only once it has ended." />
        </CardBody>
        {addDays(status.businessDate, 1) > status.closableUntil && (
          <CardBody className="border-t border-slate-100 text-sm text-slate-600">
            Nothing can close yet: {status.businessDate} has not ended (today is {status.today}).
          </CardBody>
        )}
        <CardBody className="flex flex-wrap items-center gap-2 border-t border-slate-100 text-sm text-slate-600">
          <span className="font-medium text-slate-800">Daily schedule:</span>
          {status.cobEnabled ? (
            <>
              <Badge tone="green">On</Badge>
              <span>
                runs by itself every day at <span className="tabular font-medium">{status.cobTime}</span>, catching up any missed day.
              </span>
            </>
          ) : (
            <>
              <Badge tone="amber">Off</Badge>
              <span>days close only when an admin runs close of business here.</span>
            </>
          )}
          <Link href="/settings/lending" className="text-brand-700 hover:underline">
            Change in the lending policy
          </Link>
        </CardBody>
      </Card>
      <CobRunProgress run={latest} request={busy ? request : null} awaiting={busy && !running} />
      <CobFailures failures={status.failures} run={latest} />
      <CobHistory runs={status.runs} />
    </div>
  );
}
