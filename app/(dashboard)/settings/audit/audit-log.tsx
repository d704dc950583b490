"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";

interface Filters {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

function compact(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
}

export function AuditLog() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>({});
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions({ ...filters, limit: 50 }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setFilters(compact({ action: String(form.get("action") ?? ""), entityType: String(form.get("entityType") ?? ""), from: String(form.get("from") ?? ""), to: String(form.get("to") ?? "") }));
        }}
      >
        <InputField label="Action starts with" name="action" placeholder="member." className="w-48" />
        <InputField label="Entity type" name="entityType" placeholder="member" className="w-40" />
        <InputField label="From" name="from" type="date" className="w-40" />
        <InputField label="To" name="to" type="date" className="w-40" />
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {events.error ? (
        <p className="text-sm text-red-600">{errorMessage(events.error)}</p>
      ) : !events.isLoading && rows.length === 0 ? (
        <EmptyState title="No events" description="Nothing matches these filters yet. Changes to members, products, loans and settings appear here as they happen." />
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>Action</Th>
                <Th>Entity</Th>
                <Th>Change</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <Tr key={event.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(event.createdAt)}</Td>
                  <Td>{event.actorName ?? (event.actorType === "system" ? "System" : "—")}</Td>
                  <Td>
                    <code className="text-xs">{event.action}</code>
                  </Td>
                  <Td className="text-xs">
                    {event.entityType} <span className="text-slate-400">{event.entityId.slice(0, 8)}</span>
                  </Td>
                  <Td className="max-w-md text-xs">
                    <ChangeSummary before={event.before} after={event.after} />
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          {events.hasNextPage && (
            <div className="border-t border-slate-100 p-3 text-center">
              <Button variant="secondary" size="sm" busy={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                Load older events
              </Button>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}

function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  return (
    <div className="space-y-0.5 font-mono break-all">
      {before !== null && before !== undefined && <div className="text-red-700">− {JSON.stringify(before)}</div>}
      {after !== null && after !== undefined && <div className="text-emerald-700">+ {JSON.stringify(after)}</div>}
    </div>
  );
}
