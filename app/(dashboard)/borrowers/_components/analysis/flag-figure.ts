import { formatMoney } from "@/components/ui/format";
import type { FlagFigure } from "@/server/analysis/flag-levels";

/** A ratio (0.0189) as the percentage people read (1.89 %). */
export function formatShare(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.round(ratio * 10_000) / 100} %`;
}

/** A flag's figure or threshold as text, money in the analysis' currency. */
export function formatFigure(figure: FlagFigure, currency: string): string {
  switch (figure.kind) {
    case "money":
      return formatMoney(figure.amount, currency);
    case "share":
      return formatShare(figure.ratio);
    case "count":
      return `${figure.count} ${figure.unit}`;
    case "score":
      return figure.score === null ? "—" : String(figure.score);
  }
}

/** −5…+5 indicators with their sign, as the model states them. */
export function formatSigned(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
