"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import type { Role } from "@/server/platform/roles";
import { OrgSwitcher } from "./shell";

/** Shown when the session's organisation is gone (membership disabled) or was never chosen. */
export function NoOrganisation({ organisations }: { organisations: ReadonlyArray<{ orgId: string; name: string; role: Role }> }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="space-y-4 py-6">
          <h1 className="text-xl font-semibold">Choose an organisation</h1>
          {organisations.length > 0 ? (
            <>
              <p className="text-sm text-slate-600">You no longer have access to the organisation you were using. Pick another one:</p>
              <OrgSwitcher current={null} organisations={organisations} />
            </>
          ) : (
            <p className="text-sm text-slate-600">Your account is not an active member of any organisation. Ask an administrator to invite you.</p>
          )}
          <Button variant="secondary" onClick={() => void signOut({ callbackUrl: "/login" })}>
            Sign out
          </Button>
        </CardBody>
      </Card>
    </main>
  );
}
