import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getCaller } from "@/server/rsc";
import { authOptions } from "@/server/platform/auth-options";
import { readSession } from "@/server/platform/session";
import { DashboardProviders } from "./_components/dashboard-providers";
import { NoOrganisation } from "./_components/no-organisation";
import { Shell } from "./_components/shell";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await readSession();
  if (!session) redirect("/login");
  const nextAuthSession = await getServerSession(authOptions);
  const caller = await getCaller();
  const organisations = await caller.organisation.mine();
  const current = await caller.organisation.current().catch(() => null);

  if (!current) {
    return (
      <DashboardProviders session={nextAuthSession}>
        <NoOrganisation organisations={organisations} />
      </DashboardProviders>
    );
  }
  const { organisation, role } = current;
  return (
    <DashboardProviders session={nextAuthSession}>
      <Shell
        membership={{ orgId: organisation.id, orgName: organisation.name, currency: organisation.currency, businessDate: organisation.businessDate, role }}
        organisations={organisations}
      >
        {children}
      </Shell>
    </DashboardProviders>
  );
}
