"use client";

import type { ReactNode } from "react";
import { useCan } from "@/components/providers/membership";
import type { Role } from "@/server/platform/roles";

/** Renders its children only for `role` and above, so server-rendered pages can gate client-side actions. */
export function Can({ role, children }: { role: Role; children: ReactNode }) {
  return useCan(role) ? children : null;
}
