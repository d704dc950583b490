import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "./organisation-form";

export const metadata: Metadata = { title: "Organisation" };

export default function OrganisationPage() {
  return (
    <>
      <PageHeader title="Organisation" description="Name, time zone and the country whose public holidays shift repayment dates." />
      <OrganisationForm />
    </>
  );
}
