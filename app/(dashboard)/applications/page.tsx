import type { Metadata } from "next";
import { Can } from "@/components/ui/can";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationList } from "./_components/application-list";

export const metadata: Metadata = { title: "Applications" };

export default function ApplicationsPage() {
  return (
    <>
      <PageHeader
        title="Applications"
        description="Requests for credit: complete one to get a decision, then open its loan account."
        actions={
          <Can role="credit_officer">
            <LinkButton href="/applications/new">New application</LinkButton>
          </Can>
        }
      />
      <ApplicationList />
    </>
  );
}
