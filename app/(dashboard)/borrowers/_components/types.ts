import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

export type BorrowerRow = inferRouterOutputs<AppRouter>["borrowers"]["get"];
export type BorrowerInput = inferRouterInputs<AppRouter>["borrowers"]["create"];
export type NationalIdType = NonNullable<BorrowerInput["nationalIdType"]>;

/** How a borrower is called on screens (the server's rule, for rows that do not carry it). */
export function borrowerName(b: Pick<BorrowerRow, "kind" | "firstName" | "lastName" | "registeredName">): string {
  return b.kind === "business" ? (b.registeredName ?? "") : [b.firstName, b.lastName].filter(Boolean).join(" ");
}
