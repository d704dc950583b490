import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { BorrowerForm } from "../_components/borrower-form";

export const metadata: Metadata = { title: "New borrower" };

export default function NewBorrowerPage() {
  return (
    <>
      <PageHeader title="New borrower" description="A person (names, date of birth) or a business (registered name and number)." />
      <BorrowerForm />
    </>
  );
}
