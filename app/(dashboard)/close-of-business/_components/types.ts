import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

export type CobStatus = inferRouterOutputs<AppRouter>["cob"]["status"];
export type CobRun = CobStatus["runs"][number];
export type CobFailure = CobStatus["failures"][number];

/** What the officer asked for and when: the page follows the queued job until the business date reaches `until`. */
export interface CobRequest {
  from: string;
  until: string;
  requestedAt: number;
}
