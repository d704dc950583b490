"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/ui/errors";
import { PageHeader } from "@/components/ui/page-header";
import { BorrowerTabs } from "../borrower-tabs";
import { borrowerName } from "../types";

/** The borrower's name and section tabs above the bank-data pages; the borrower query is shared with the details tab. */
export function BorrowerHeading({ borrowerId, title, description, actions }: { borrowerId: string; title?: string; description: ReactNode; actions?: ReactNode }) {
  const trpc = useTRPC();
  const borrower = useQuery(trpc.borrowers.get.queryOptions({ borrowerId }));
  if (borrower.error) return <p className="mb-6 text-sm text-red-600">{errorMessage(borrower.error)}</p>;
  const name = borrower.data ? borrowerName(borrower.data) || "Borrower" : "Borrower";
  return (
    <>
      <PageHeader title={title ? `${title}: ${name}` : name} description={description} actions={actions} />
      <BorrowerTabs borrowerId={borrowerId} />
    </>
  );
}
