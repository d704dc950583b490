import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { readSession } from "./platform/session";
import { appRouter } from "./root";
import { createContext } from "./trpc";

/** The dashboard's and portal's tRPC endpoint: session from next-auth, one request id per HTTP request. */
export function handleTrpcRequest(req: Request): Promise<Response> {
  const requestId = req.headers.get("x-request-id") ?? randomUUID();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContext({ db: getDb(), session: await readSession(), requestId }),
  });
}
