import { cn } from "./cn";

/**
 * A labelled progress bar: `value` from 0 to 1, or null while the amount of work is unknown
 * (then it pulses, and screen readers hear no percentage).
 */
export function ProgressBar({ label, value, className }: { label: string; value: number | null; className?: string }) {
  const percent = value === null ? null : Math.round(Math.min(Math.max(value, 0), 1) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={percent === null ? "in progress" : `${percent} %`}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-slate-200", className)}
    >
      {percent === null ? (
        <div className="h-full w-full animate-pulse rounded-full bg-brand-500/60" />
      ) : (
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-200" style={{ width: `${percent}%` }} />
      )}
    </div>
  );
}
