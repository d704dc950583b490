import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { JobsTable } from "./jobs-table";

export const metadata: Metadata = { title: "Jobs" };

export default function JobsPage() {
  return (
    <>
      <PageHeader title="Jobs" description="Background work of this organisation (emails, close of business, analyses), with attempts and the last error." />
      <JobsTable />
    </>
  );
}
