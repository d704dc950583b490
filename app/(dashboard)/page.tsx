import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Overview } from "./_components/overview";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Your organisation at a glance." />
      <Overview />
    </>
  );
}
