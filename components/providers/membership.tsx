"use client";

import { createContext, useContext, type ReactNode } from "react";
import { hasRole, type Role } from "@/server/platform/roles";

export interface Membership {
  orgId: string;
  orgName: string;
  currency: string;
  businessDate: string;
  role: Role;
}

const MembershipContext = createContext<Membership | null>(null);

export function MembershipProvider({ value, children }: { value: Membership; children: ReactNode }) {
  return <MembershipContext.Provider value={value}>{children}</MembershipContext.Provider>;
}

export function useMembership(): Membership {
  const value = useContext(MembershipContext);
  if (!value) throw new Error("useMembership must be used inside the dashboard");
  return value;
}

/**
 * Hides actions the role cannot take. Only a convenience: the procedure ladder refuses them anyway.
 */
export function useCan(minimum: Role): boolean {
  return hasRole(useMembership().role, minimum);
}
