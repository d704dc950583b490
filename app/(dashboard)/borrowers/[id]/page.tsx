import type { Metadata } from "next";
import { BorrowerDetail } from "../_components/borrower-detail";

export const metadata: Metadata = { title: "Borrower" };

export default async function BorrowerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BorrowerDetail borrowerId={id} />;
}
