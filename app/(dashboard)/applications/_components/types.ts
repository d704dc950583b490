import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { Choice } from "@/components/ui/choices";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ApplicationDetail = Outputs["applications"]["get"];
export type ApplicationStatus = ApplicationDetail["status"];
export type ListInput = inferRouterInputs<AppRouter>["applications"]["list"];
export type SortKey = NonNullable<ListInput["sort"]>;
export type Direction = NonNullable<ListInput["direction"]>;

export const STATUS: Record<ApplicationStatus, Choice> = {
  incomplete: { label: "Incomplete", hint: "Being filled in; can still be edited." },
  complete: { label: "Complete", hint: "Handed in for a decision." },
  processing: { label: "Processing", hint: "Being decided." },
  accepted: { label: "Accepted", hint: "A loan account can be opened." },
  declined: { label: "Declined", hint: "The rules (or an officer) said no." },
  withdrawn: { label: "Withdrawn", hint: "Set aside; can be reopened." },
};

export const SORT: Record<SortKey, Choice> = {
  createdAt: { label: "Created" },
  updatedAt: { label: "Updated" },
  amount: { label: "Amount" },
  status: { label: "Status" },
};

export const DIRECTION: Record<Direction, Choice> = { desc: { label: "Newest / largest first" }, asc: { label: "Oldest / smallest first" } };
