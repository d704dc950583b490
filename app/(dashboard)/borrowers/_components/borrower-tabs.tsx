"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The borrower's sections as tabs that are links, so each has its own address and back button. */
export function BorrowerTabs({ borrowerId }: { borrowerId: string }) {
  const pathname = usePathname();
  const base = `/borrowers/${borrowerId}`;
  const tabs = [
    { href: base, label: "Details", active: pathname === base },
    { href: `${base}/bank-data`, label: "Bank data", active: pathname.startsWith(`${base}/bank-data`) },
    { href: `${base}/analysis`, label: "Analysis", active: pathname.startsWith(`${base}/analysis`) },
  ];
  return (
    <nav aria-label="Borrower sections" className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.active ? "page" : undefined}
              className={cn(
                "-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium",
                tab.active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
