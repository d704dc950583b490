import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { AuditLog } from "./audit-log";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <PageHeader title="Audit log" description="Every change made in this organisation: who, what, when, and the values before and after." />
      <AuditLog />
    </>
  );
}
