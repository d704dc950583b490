"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { TrpcProviders } from "@/components/providers/trpc";
import { ToastProvider } from "@/components/ui/toast";

export function DashboardProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <TrpcProviders>
        <ToastProvider>{children}</ToastProvider>
      </TrpcProviders>
    </SessionProvider>
  );
}
