import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TeamView } from "./team-view";

export const metadata: Metadata = { title: "Team" };

export default function TeamPage() {
  return (
    <>
      <PageHeader title="Team" description="Who can use this organisation's dashboard, and with which role." />
      <TeamView />
    </>
  );
}
