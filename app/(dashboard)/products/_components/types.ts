import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type ProductRow = Outputs["products"]["get"];
export type SchedulePreview = Outputs["products"]["previewSchedule"];
