import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-slate-50 to-slate-100 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2">
          <span className="grid size-9 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white" aria-hidden>
            L
          </span>
          <span className="text-lg font-semibold text-slate-900">Lending</span>
        </div>
        {children}
      </div>
    </main>
  );
}
