import { Badge, type Tone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { InfoTip } from "@/components/ui/info-tip";
import type { FlagLevel, FlagTone } from "@/server/analysis/flag-levels";
import { formatFigure } from "./flag-figure";
import { TransactionsDialog } from "./transactions-dialog";

const TONES: Record<FlagTone, { badge: Tone; word: string; border: string }> = {
  red: { badge: "red", word: "Red", border: "border-l-red-500" },
  amber: { badge: "amber", word: "Amber", border: "border-l-amber-400" },
  green: { badge: "green", word: "Green", border: "border-l-emerald-500" },
  neutral: { badge: "neutral", word: "Info", border: "border-l-slate-300" },
};

/**
 * The analysis' flags, coloured with the organisation's thresholds (the decision rules' four first),
 * each with our definition and, where transactions lie behind it, a drill-down to them.
 */
export function FlagList({ flags, borrowerId, currency, settingsLoaded }: { flags: readonly FlagLevel[]; borrowerId: string; currency: string; settingsLoaded: boolean }) {
  const thresholdFlags = flags.filter((f) => f.group === "threshold");
  const signals = flags.filter((f) => f.group === "signal");
  return (
    <Card>
      <CardHeader
        title="Flags"
        description={
          settingsLoaded
            ? "Red fails the organisation's threshold (the decision rules refuse it), amber passes closely or has no threshold, green passes. Thresholds are set in Settings → Lending."
            : "Loading the organisation's thresholds…"
        }
      />
      <div className="space-y-5 px-5 py-4">
        <FlagGroup title="Against the organisation's thresholds" flags={thresholdFlags} borrowerId={borrowerId} currency={currency} />
        <FlagGroup title="Other signals" flags={signals} borrowerId={borrowerId} currency={currency} />
      </div>
    </Card>
  );
}

function FlagGroup({ title, flags, borrowerId, currency }: { title: string; flags: readonly FlagLevel[]; borrowerId: string; currency: string }) {
  return (
    <section>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-4" aria-label={title}>
        {flags.map((flag) => (
          <FlagItem key={flag.key} flag={flag} borrowerId={borrowerId} currency={currency} />
        ))}
      </ul>
    </section>
  );
}

function FlagItem({ flag, borrowerId, currency }: { flag: FlagLevel; borrowerId: string; currency: string }) {
  const tone = TONES[flag.tone];
  return (
    <li className={cn("rounded-md border border-l-4 border-slate-200 bg-white px-3 py-2.5", tone.border)} data-testid={`flag-${flag.key}`} data-tone={flag.tone}>
      <div className="flex items-start justify-between gap-2">
        <span className="flex items-center gap-1.5 text-sm font-medium text-slate-900">
          {flag.title}
          <InfoTip label={flag.title}>{flag.definition}</InfoTip>
        </span>
        <Badge tone={tone.badge}>{tone.word}</Badge>
      </div>
      <div className="tabular mt-1 text-lg font-semibold text-slate-900">{formatFigure(flag.value, currency)}</div>
      <p className="text-xs text-slate-600">
        {flag.verdict}
        {flag.threshold && ` (${flag.threshold.rule} ${formatFigure(flag.threshold.figure, currency)})`}
      </p>
      {flag.transactionIds.length > 0 && (
        <div className="mt-1.5 print:hidden">
          <TransactionsDialog borrowerId={borrowerId} title={flag.title} transactionIds={flag.transactionIds} currency={currency} />
        </div>
      )}
    </li>
  );
}
