import type { Metadata } from "next";
import { Can } from "@/components/ui/can";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { BorrowerList } from "./_components/borrower-list";

export const metadata: Metadata = { title: "Borrowers" };

export default function BorrowersPage() {
  return (
    <>
      <PageHeader
        title="Borrowers"
        description="People and businesses who apply for credit."
        actions={
          <Can role="credit_officer">
            <LinkButton href="/borrowers/new">New borrower</LinkButton>
          </Can>
        }
      />
      <BorrowerList />
    </>
  );
}
