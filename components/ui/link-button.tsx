import Link, { type LinkProps } from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "ghost";

// Same look as <Button>, for navigation that must stay a real link (open in new tab, prefetch).
const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  ghost: "text-slate-700 hover:bg-slate-100",
};

interface LinkButtonProps extends LinkProps {
  variant?: Variant;
  size?: "sm" | "md";
  className?: string;
  children: ReactNode;
}

export function LinkButton({ variant = "primary", size = "md", className, children, ...rest }: LinkButtonProps) {
  return (
    <Link
      className={cn(
        "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap transition-colors",
        size === "sm" ? "h-8 px-3" : "h-10 px-4",
        VARIANTS[variant],
        className,
      )}
      {...rest}
    >
      {children}
    </Link>
  );
}
