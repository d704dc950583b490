import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { getDb } from "@/db/client";
import { makeQueryClient } from "@/components/providers/query-client";
import { readSession } from "./platform/session";
import { appRouter, createCaller } from "./root";
import { createContext } from "./trpc";

/**
 * Server components use the same procedures as the browser, in-process: prefetch with `trpc`, then
 * wrap the client part in <HydrateClient> so it starts with the data instead of a spinner.
 */
const createRscContext = cache(async () => {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  return createContext({ db: getDb(), session: await readSession(), ...(requestId ? { requestId } : {}) });
});

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createRscContext, router: appRouter, queryClient: getQueryClient });

export async function getCaller() {
  return createCaller(await createRscContext());
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
