"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { ROLE_LABELS } from "@/server/platform/roles";

export function PendingInvitations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const invitations = useQuery(trpc.team.invitations.queryOptions());
  const revoke = useMutation(
    trpc.team.revokeInvitation.mutationOptions({
      onSuccess: () => toast.success("Invitation withdrawn."),
      onError: (error) => toast.error(errorMessage(error)),
      onSettled: () => queryClient.invalidateQueries(trpc.team.invitations.pathFilter()),
    }),
  );
  if (!invitations.data?.length) return null;
  return (
    <Card>
      <CardHeader title="Pending invitations" />
      <Table>
        <thead>
          <tr>
            <Th>Email</Th>
            <Th>Role</Th>
            <Th>Sent</Th>
            <Th>Expires</Th>
            <Th className="text-right">Actions</Th>
          </tr>
        </thead>
        <tbody>
          {invitations.data.map((invitation) => (
            <Tr key={invitation.id}>
              <Td>{invitation.email}</Td>
              <Td>{ROLE_LABELS[invitation.role]}</Td>
              <Td>{formatDateTime(invitation.createdAt)}</Td>
              <Td>{formatDateTime(invitation.expiresAt)}</Td>
              <Td className="text-right">
                <ConfirmButton
                  size="sm"
                  variant="secondary"
                  tone="danger"
                  title="Withdraw this invitation?"
                  description={`The link sent to ${invitation.email} will stop working.`}
                  confirmLabel="Withdraw"
                  onConfirm={() => revoke.mutateAsync({ invitationId: invitation.id }).catch(() => undefined)}
                >
                  Withdraw
                </ConfirmButton>
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
