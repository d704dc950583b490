import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CobView } from "./_components/cob-view";

export const metadata: Metadata = { title: "Close of business" };

export default function CloseOfBusinessPage() {
  return (
    <>
      <PageHeader
        title="Close of business"
        description="Ends the business day: accrues interest, marks instalments due and late, moves accounts to arrears and default with their fees, issues revolving statements and snapshots the portfolio, then advances the business date."
      />
      <CobView />
    </>
  );
}
