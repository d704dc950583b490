"use client";

import type { Session } from "next-auth";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { TrpcProviders } from "@/components/providers/trpc";
import { ToastProvider } from "@/components/ui/toast";

/**
 * The server's session is handed to the provider so `update()` (the org switcher) works at once:
 * next-auth ignores an update while it is still fetching the session itself.
 */
export function DashboardProviders({ session, children }: { session: Session | null; children: ReactNode }) {
  return (
    <SessionProvider session={session} refetchOnWindowFocus={false}>
      <TrpcProviders>
        <ToastProvider>{children}</ToastProvider>
      </TrpcProviders>
    </SessionProvider>
  );
}
