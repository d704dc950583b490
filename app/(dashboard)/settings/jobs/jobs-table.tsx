"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { JOB_STATES } from "@/server/platform/jobs/job-states";

const TONE: Record<(typeof JOB_STATES)[number], Tone> = {
  created: "blue",
  retry: "amber",
  active: "violet",
  completed: "green",
  cancelled: "neutral",
  failed: "red",
};

export function JobsTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [state, setState] = useState<(typeof JOB_STATES)[number] | undefined>(undefined);
  const jobs = useQuery({ ...trpc.jobs.list.queryOptions({ limit: 100, ...(state ? { state } : {}) }), refetchInterval: 5000 });
  const retry = useMutation(
    trpc.jobs.retry.mutationOptions({
      onSuccess: () => toast.success("Job queued again."),
      onError: (error) => toast.error(errorMessage(error)),
      onSettled: () => queryClient.invalidateQueries(trpc.jobs.pathFilter()),
    }),
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Filter by state">
        <Button size="sm" variant={state ? "secondary" : "primary"} onClick={() => setState(undefined)}>
          All
        </Button>
        {JOB_STATES.map((s) => (
          <Button key={s} size="sm" variant={state === s ? "primary" : "secondary"} onClick={() => setState(s)}>
            {s}
          </Button>
        ))}
      </div>
      {jobs.error ? (
        <p className="text-sm text-red-600">{errorMessage(jobs.error)}</p>
      ) : !jobs.isLoading && !jobs.data?.length ? (
        <EmptyState title="No jobs" description="Jobs appear here when the organisation sends emails, runs close of business or analyses bank data." />
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>Queue</Th>
                <Th>State</Th>
                <Th numeric>Attempts</Th>
                <Th>Created</Th>
                <Th>Finished</Th>
                <Th>Last error</Th>
                <Th className="text-right">Actions</Th>
              </tr>
            </thead>
            <tbody>
              {jobs.data?.map((job) => (
                <Tr key={job.id}>
                  <Td>
                    <code className="text-xs">{job.name}</code>
                  </Td>
                  <Td>
                    <Badge tone={TONE[job.state]}>{job.state}</Badge>
                  </Td>
                  <Td numeric>
                    {job.attempts} / {job.retryLimit + 1}
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateTime(job.createdOn)}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(job.completedOn)}</Td>
                  <Td className="max-w-xs truncate text-xs text-red-700" title={job.lastError ?? undefined}>
                    {job.lastError ?? ""}
                  </Td>
                  <Td className="text-right">
                    {job.state === "failed" && (
                      <Button size="sm" variant="secondary" onClick={() => retry.mutate({ jobId: job.id })}>
                        Retry
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
