"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";

export function OutboxList() {
  const trpc = useTRPC();
  const emails = useQuery({ ...trpc.outbox.list.queryOptions(), refetchInterval: 5000 });
  if (emails.error) return <p className="text-sm text-red-600">{errorMessage(emails.error)}</p>;
  if (!emails.isLoading && !emails.data?.length) {
    return <EmptyState title="No emails yet" description="Invitations and notifications appear here once sent. Invite a member from the Team page to see one." />;
  }
  return (
    <ul className="space-y-3">
      {emails.data?.map((email) => (
        <li key={email.id}>
          <Card>
            <CardBody className="space-y-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <div className="font-medium text-slate-900">{email.subject}</div>
                  <div className="text-xs text-slate-500">
                    To {email.to} · {formatDateTime(email.createdAt)}
                  </div>
                </div>
                <Badge tone={email.status === "sent" ? "green" : email.status === "failed" ? "red" : "amber"}>
                  {email.status}
                  {email.transport ? ` · ${email.transport}` : ""}
                </Badge>
              </div>
              <pre className="rounded-md bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-700">{email.text}</pre>
              {email.actionUrl && (
                <a className="inline-block text-sm font-medium text-brand-700 underline" href={email.actionUrl}>
                  Open the link in this email
                </a>
              )}
              {email.lastError && <p className="text-xs text-red-600">Last error: {email.lastError}</p>}
            </CardBody>
          </Card>
        </li>
      ))}
    </ul>
  );
}
