import type { Role } from "@/server/platform/roles";

/**
 * The demo sign-ins (README, login page in development, tests and e2e all read them from here).
 * Development-only credentials: production databases are never seeded.
 */
export const DEMO_PASSWORD = "demo-password-1";

export const DEMO_ORG = { name: "Demo Lender", slug: "demo-lender", currency: "ZAR", timeZone: "Africa/Johannesburg", country: "ZA" } as const;
export const SECOND_ORG = { name: "Karoo Credit", slug: "karoo-credit", currency: "ZAR", timeZone: "Africa/Johannesburg", country: "ZA" } as const;

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role; roleLabel: string }> = [
  { email: "owner@demo.test", name: "Olivia Owner", role: "owner", roleLabel: "Owner" },
  { email: "admin@demo.test", name: "Adam Admin", role: "admin", roleLabel: "Admin" },
  { email: "officer@demo.test", name: "Cebo Officer", role: "credit_officer", roleLabel: "Credit officer" },
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer", roleLabel: "Viewer" },
];
