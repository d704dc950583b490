import type { Metadata } from "next";
import { Card, CardBody } from "@/components/ui/card";
import { TrpcProviders } from "@/components/providers/trpc";
import { getCaller } from "@/server/rsc";
import { ROLE_LABELS } from "@/server/platform/roles";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Accept invitation" };

const STATE_MESSAGES = {
  expired: "This invitation has expired. Ask an administrator of the organisation to invite you again.",
  accepted: "This invitation has already been accepted. Sign in to continue.",
  revoked: "This invitation was withdrawn. Ask an administrator of the organisation if you still need access.",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await getCaller();
  const invitation = await caller.invitation.get({ token }).catch(() => null);
  return (
    <Card>
      <CardBody className="space-y-4 py-6">
        {!invitation ? (
          <>
            <h1 className="text-xl font-semibold">Invitation not found</h1>
            <p className="text-sm text-slate-600">The link is incomplete or no longer valid. Check that you copied the whole link from the email.</p>
          </>
        ) : invitation.state !== "pending" ? (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.orgName}</h1>
            <p className="text-sm text-slate-600">{STATE_MESSAGES[invitation.state]}</p>
          </>
        ) : (
          <>
            <div>
              <h1 className="text-xl font-semibold">Join {invitation.orgName}</h1>
              <p className="mt-1 text-sm text-slate-600">
                You are invited as <strong>{ROLE_LABELS[invitation.role]}</strong> with <strong>{invitation.email}</strong>.
              </p>
            </div>
            <TrpcProviders>
              <AcceptInvitationForm token={token} email={invitation.email} accountExists={invitation.accountExists} />
            </TrpcProviders>
          </>
        )}
      </CardBody>
    </Card>
  );
}
