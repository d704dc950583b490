import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { OutboxList } from "./outbox-list";

export const metadata: Metadata = { title: "Email outbox" };

export default function OutboxPage() {
  return (
    <>
      <PageHeader
        title="Email outbox"
        description="Emails this organisation has sent. Without SMTP configured (development), this page is where they are delivered: follow the links from here."
      />
      <OutboxList />
    </>
  );
}
