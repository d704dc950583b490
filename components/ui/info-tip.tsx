import { useId, type ReactNode } from "react";

/**
 * A definition on demand: hover or focus the "i" to read it. The text is the button's accessible
 * description, so a screen reader gets it without hovering; it never prints.
 */
export function InfoTip({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <span className="group relative inline-flex align-middle print:hidden">
      <button
        type="button"
        aria-label={`Definition of ${label}`}
        aria-describedby={id}
        className="grid size-4 place-items-center rounded-full border border-slate-300 text-[10px] leading-none font-semibold text-slate-500 normal-case hover:border-slate-400 hover:text-slate-700"
      >
        i
      </button>
      <span
        id={id}
        role="tooltip"
        className="invisible absolute top-full left-1/2 z-30 mt-1.5 w-72 -translate-x-1/2 rounded-md bg-slate-900 px-3 py-2 text-left text-xs font-normal tracking-normal text-white normal-case opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
      >
        {children}
      </span>
    </span>
  );
}
