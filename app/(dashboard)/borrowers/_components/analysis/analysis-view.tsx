"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { BorrowerHeading } from "../bank-data/borrower-heading";
import { AnalysisWorkspace } from "./analysis-workspace";
import { analysisHref } from "./types";

/** The borrower's Analysis tab; the analysis picked is in the address, so it can be shared and reloaded. */
export function AnalysisView({ borrowerId, selectedId }: { borrowerId: string; selectedId: string | null }) {
  const router = useRouter();
  const [picked, setPicked] = useState(selectedId);
  // Back and forward change the address, not this state: follow the address when it moves.
  const [fromAddress, setFromAddress] = useState(selectedId);
  if (fromAddress !== selectedId) {
    setFromAddress(selectedId);
    setPicked(selectedId);
  }
  return (
    <>
      <BorrowerHeading
        borrowerId={borrowerId}
        title="Analysis"
        description="Affordability, income, expenses, risk, liquidity and scores computed from the borrower's bank data."
      />
      <AnalysisWorkspace
        borrowerId={borrowerId}
        selectedId={picked}
        onSelect={(id) => {
          setPicked(id);
          router.replace(analysisHref(borrowerId, id), { scroll: false });
        }}
      />
    </>
  );
}
