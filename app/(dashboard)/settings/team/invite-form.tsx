"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField, SelectField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { parseRole, ROLE_LABELS, type Role } from "@/server/platform/roles";

export function InviteForm({ assignableRoles }: { assignableRoles: readonly Role[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const invite = useMutation(
    trpc.team.invite.mutationOptions({
      onSuccess: (_, input) => {
        toast.success(`Invitation sent to ${input.email}.`);
        formRef.current?.reset();
        void queryClient.invalidateQueries(trpc.team.invitations.pathFilter());
      },
    }),
  );
  const errors = fieldErrors(invite.error);

  return (
    <Card>
      <CardHeader title="Invite a member" description="They get an email with a link to join; the link works for 7 days." />
      <CardBody>
        <form
          ref={formRef}
          noValidate
          className="flex flex-wrap items-start gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const role = parseRole(String(form.get("role")));
            if (role) invite.mutate({ email: String(form.get("email") ?? "").trim(), role });
          }}
        >
          <InputField className="min-w-64 flex-1" label="Email" name="email" type="email" placeholder="name@lender.co.za" required error={errors.email} />
          <SelectField
            className="w-48"
            label="Role"
            name="role"
            defaultValue="credit_officer"
            options={assignableRoles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            error={errors.role}
          />
          <Button type="submit" className="mt-6" busy={invite.isPending}>
            Send invitation
          </Button>
        </form>
        {invite.error && !Object.keys(errors).length && (
          <p role="alert" className="mt-3 text-sm text-red-600">
            {errorMessage(invite.error)}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
