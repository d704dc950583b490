import type { Role } from "@/server/platform/roles";

export interface NavItem {
  href: string;
  label: string;
  /** Hidden below this role (the pages and procedures refuse anyway). */
  minRole?: Role;
}

export const NAV_SECTIONS: ReadonlyArray<{ title: string | null; items: NavItem[] }> = [
  { title: null, items: [{ href: "/", label: "Overview" }] },
  {
    title: "Lending",
    items: [
      { href: "/products", label: "Products" },
      { href: "/borrowers", label: "Borrowers" },
      { href: "/applications", label: "Applications" },
      { href: "/loans", label: "Loans" },
      { href: "/close-of-business", label: "Close of business" },
    ],
  },
  {
    title: "Insight",
    items: [
      { href: "/portfolio-at-risk", label: "Portfolio at risk" },
      { href: "/bank-data", label: "Bank data" },
      { href: "/verification", label: "Verification" },
    ],
  },
  {
    title: "Settings",
    items: [
      { href: "/settings/team", label: "Team" },
      { href: "/settings/organisation", label: "Organisation" },
      { href: "/settings/lending", label: "Lending policy" },
      { href: "/settings/audit", label: "Audit log", minRole: "admin" },
      { href: "/settings/jobs", label: "Jobs", minRole: "admin" },
      { href: "/settings/outbox", label: "Email outbox", minRole: "admin" },
    ],
  },
];

export function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
