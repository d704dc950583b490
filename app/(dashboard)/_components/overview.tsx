"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";

const NEXT_STEPS = [
  { href: "/products", title: "Set up a credit product", text: "Term loans and revolving credit lines, with their limits, interest and fees." },
  { href: "/borrowers", title: "Add borrowers", text: "People and businesses who apply for credit." },
  { href: "/applications", title: "Review applications", text: "Complete an application to get a decision, then open the loan account." },
  { href: "/settings/team", title: "Invite your team", text: "Credit officers act on loans; viewers only read." },
] as const;

export function Overview() {
  const trpc = useTRPC();
  const membership = useMembership();
  const team = useQuery(trpc.team.list.queryOptions());
  const active = team.data?.filter((m) => m.status === "active").length;
  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="grid grid-cols-2 gap-6 md:grid-cols-4">
          <Stat label="Organisation" value={membership.orgName} />
          <Stat label="Currency" value={membership.currency} />
          <Stat label="Business date" value={membership.businessDate} />
          <Stat label="Active members" value={active ?? "…"} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Next steps" description="Where to go from here." />
        <CardBody>
          <ul className="grid gap-3 md:grid-cols-2">
            {NEXT_STEPS.map((step) => (
              <li key={step.href}>
                <Link href={step.href} className="block rounded-md border border-slate-200 p-4 hover:border-brand-500 hover:bg-brand-50/40">
                  <div className="font-medium text-slate-900">{step.title}</div>
                  <div className="mt-1 text-sm text-slate-500">{step.text}</div>
                </Link>
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
