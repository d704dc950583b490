"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { cn } from "./cn";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  /** "lg" for tables that need the room (a drill-down's transactions). */
  size?: "md" | "lg";
}

/** A modal on the native <dialog>: focus is trapped and Escape closes it, as browsers do natively. */
export function Dialog({ open, onClose, title, children, footer, size = "md" }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className={cn("m-auto w-full rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40", size === "lg" ? "max-w-3xl" : "max-w-lg")}
    >
      {open && (
        <div>
          <div className="border-b border-slate-100 px-5 py-4">
            <h2 id="dialog-title" className="text-base font-semibold text-slate-900">
              {title}
            </h2>
          </div>
          <div className="px-5 py-4 text-sm text-slate-700">{children}</div>
          {footer && <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-5 py-3">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
