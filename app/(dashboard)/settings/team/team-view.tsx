"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSession } from "next-auth/react";
import { useTRPC } from "@/components/providers/trpc";
import { useCan } from "@/components/providers/membership";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { parseRole, ROLE_LABELS, ROLES } from "@/server/platform/roles";
import { InviteForm } from "./invite-form";
import { PendingInvitations } from "./pending-invitations";

export function TeamView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const canManage = useCan("admin");
  const isOwner = useCan("owner");
  const me = useSession().data?.userId;
  const members = useQuery(trpc.team.list.queryOptions());
  const onSettled = () => queryClient.invalidateQueries(trpc.team.pathFilter());
  const changeRole = useMutation(
    trpc.team.changeRole.mutationOptions({
      onSuccess: () => toast.success("Role changed."),
      onError: (error) => toast.error(errorMessage(error)),
      onSettled,
    }),
  );
  const setStatus = useMutation(
    trpc.team.setStatus.mutationOptions({
      onSuccess: (_, input) => toast.success(input.status === "disabled" ? "Member disabled." : "Member enabled."),
      onError: (error) => toast.error(errorMessage(error)),
      onSettled,
    }),
  );
  const assignable = ROLES.filter((role) => isOwner || role !== "owner");

  return (
    <div className="space-y-6">
      {canManage && <InviteForm assignableRoles={assignable} />}
      <Card>
        <CardHeader title="Members" description={members.data ? `${members.data.length} people` : undefined} />
        {members.isLoading ? (
          <p className="px-5 py-6 text-sm text-slate-500">Loading…</p>
        ) : members.error ? (
          <p className="px-5 py-6 text-sm text-red-600">{errorMessage(members.error)}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Email</Th>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th>Last sign-in</Th>
                {canManage && <Th className="text-right">Actions</Th>}
              </tr>
            </thead>
            <tbody>
              {members.data?.map((member) => {
                const editable = canManage && (isOwner || member.role !== "owner");
                return (
                  <Tr key={member.userId}>
                    <Td className="font-medium text-slate-900">
                      {member.name} {member.userId === me && <span className="text-xs text-slate-400">(you)</span>}
                    </Td>
                    <Td>{member.email}</Td>
                    <Td>
                      {editable ? (
                        <select
                          aria-label={`Role of ${member.name}`}
                          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                          value={member.role}
                          disabled={changeRole.isPending}
                          onChange={(e) => {
                            const role = parseRole(e.target.value);
                            if (role) changeRole.mutate({ userId: member.userId, role });
                          }}
                        >
                          {assignable.concat(assignable.includes(member.role) ? [] : [member.role]).map((role) => (
                            <option key={role} value={role}>
                              {ROLE_LABELS[role]}
                            </option>
                          ))}
                        </select>
                      ) : (
                        ROLE_LABELS[member.role]
                      )}
                    </Td>
                    <Td>{member.status === "active" ? <Badge tone="green">Active</Badge> : <Badge tone="neutral">Disabled</Badge>}</Td>
                    <Td>{formatDateTime(member.lastSignInAt)}</Td>
                    {canManage && (
                      <Td className="text-right">
                        {editable &&
                          (member.status === "active" ? (
                            <ConfirmButton
                              size="sm"
                              variant="secondary"
                              tone="danger"
                              title={`Disable ${member.name}?`}
                              description="They will lose access to this organisation at once. Their history stays in the audit log, and you can enable them again."
                              confirmLabel="Disable member"
                              onConfirm={() => setStatus.mutateAsync({ userId: member.userId, status: "disabled" }).catch(() => undefined)}
                            >
                              Disable
                            </ConfirmButton>
                          ) : (
                            <ConfirmButton
                              size="sm"
                              variant="secondary"
                              title={`Enable ${member.name}?`}
                              description="They get back the access of their role."
                              confirmLabel="Enable member"
                              onConfirm={() => setStatus.mutateAsync({ userId: member.userId, status: "active" }).catch(() => undefined)}
                            >
                              Enable
                            </ConfirmButton>
                          ))}
                      </Td>
                    )}
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
      {canManage && <PendingInvitations />}
    </div>
  );
}
