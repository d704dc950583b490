"use client";

import { useQueryClient } from "@tanstack/react-query";
import { signOut, useSession } from "next-auth/react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { MembershipProvider, type Membership } from "@/components/providers/membership";
import { cn } from "@/components/ui/cn";
import { hasRole, ROLE_LABELS, type Role } from "@/server/platform/roles";
import { isActive, NAV_SECTIONS } from "./nav-items";

interface ShellProps {
  membership: Membership;
  organisations: ReadonlyArray<{ orgId: string; name: string; role: Role }>;
  children: ReactNode;
}

export function Shell({ membership, organisations, children }: ShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <MembershipProvider value={membership}>
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="flex min-h-screen">
        <aside
          id="sidebar"
          className={cn(
            "fixed inset-y-0 left-0 z-40 w-64 shrink-0 border-r border-slate-200 bg-white transition-transform lg:static lg:translate-x-0 print:hidden",
            menuOpen ? "translate-x-0 shadow-xl" : "-translate-x-full",
          )}
        >
          <Sidebar membership={membership} organisations={organisations} onNavigate={() => setMenuOpen(false)} />
        </aside>
        {menuOpen && <button aria-label="Close menu" className="fixed inset-0 z-30 bg-slate-900/30 lg:hidden" onClick={() => setMenuOpen(false)} />}
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 lg:px-8 print:hidden">
            <button
              type="button"
              className="rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden"
              aria-controls="sidebar"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="sr-only">Menu</span>
              <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden>
                <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
              </svg>
            </button>
            <div className="text-sm text-slate-500">
              Business date <span className="tabular font-medium text-slate-800">{membership.businessDate}</span>
            </div>
            <UserMenu />
          </header>
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:px-8 print:max-w-none print:p-0">
            {children}
          </main>
        </div>
      </div>
    </MembershipProvider>
  );
}

function Sidebar({ membership, organisations, onNavigate }: Omit<ShellProps, "children"> & { onNavigate: () => void }) {
  const pathname = usePathname();
  return (
    <div className="flex h-full flex-col">
      <div className="flex h-14 items-center gap-2 border-b border-slate-200 px-4">
        <span className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white" aria-hidden>
          L
        </span>
        <span className="font-semibold text-slate-900">Lending</span>
      </div>
      <div className="border-b border-slate-200 p-4">
        <OrgSwitcher current={membership} organisations={organisations} />
        <p className="mt-2 text-xs text-slate-500">
          You are <span className="font-medium text-slate-700">{ROLE_LABELS[membership.role]}</span>
        </p>
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto p-3">
        {NAV_SECTIONS.map((section) => {
          const items = section.items.filter((item) => !item.minRole || hasRole(membership.role, item.minRole));
          if (items.length === 0) return null;
          return (
            <div key={section.title ?? "top"} className="mb-4">
              {section.title && <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-400 uppercase">{section.title}</h2>}
              <ul className="space-y-0.5">
                {items.map((item) => {
                  const active = isActive(pathname, item.href);
                  return (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        onClick={onNavigate}
                        aria-current={active ? "page" : undefined}
                        className={cn(
                          "block rounded-md px-2 py-1.5 text-sm",
                          active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
                        )}
                      >
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </nav>
    </div>
  );
}

export function OrgSwitcher({ current, organisations }: { current: Pick<Membership, "orgId"> | null; organisations: ShellProps["organisations"] }) {
  const { update, status } = useSession();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  async function switchTo(orgId: string) {
    setBusy(true);
    await update({ orgId });
    queryClient.clear();
    router.replace("/");
    router.refresh();
    setBusy(false);
  }
  return (
    <label className="block">
      <span className="block text-xs font-medium text-slate-500">Organisation</span>
      <select
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        value={current?.orgId ?? ""}
        disabled={busy || status !== "authenticated"}
        onChange={(event) => void switchTo(event.target.value)}
      >
        {!current && <option value="">Choose…</option>}
        {organisations.map((org) => (
          <option key={org.orgId} value={org.orgId}>
            {org.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function UserMenu() {
  const { data } = useSession();
  return (
    <div className="flex items-center gap-3">
      <div className="hidden text-right sm:block">
        <div className="text-sm font-medium text-slate-800">{data?.user?.name}</div>
        <div className="text-xs text-slate-500">{data?.user?.email}</div>
      </div>
      <button type="button" onClick={() => void signOut({ callbackUrl: "/login" })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        Sign out
      </button>
    </div>
  );
}
