import { LABELS, TRANSACTION_TYPES, type LabelCode, type LabelDefinition, type TransactionType } from "@/server/banking/taxonomy";
import { Badge, type Tone } from "./badge";
import { titleCase } from "./format";

/** The bank-transaction taxonomy as the dashboard shows it: names, groups and one tone per kind of label. */

const BY_CODE = new Map<string, LabelDefinition>(LABELS.map((l) => [l.code, l]));

const GROUP_NAMES: Record<LabelDefinition["group"], string> = { income: "Income", expense: "Expense", transfer: "Own accounts" };

export function labelName(code: string): string {
  return BY_CODE.get(code)?.name ?? titleCase(code);
}

/** Reads a select's value back into a label code (no casts). */
export function parseLabel(value: string): LabelCode | undefined {
  return LABELS.find((l) => l.code === value)?.code;
}

export function parseTransactionType(value: string): TransactionType | undefined {
  return TRANSACTION_TYPES.find((t) => t === value);
}

/** Options for label selects, the group in front so a long list still reads in sections. */
export const LABEL_OPTIONS: ReadonlyArray<{ value: string; label: string }> = LABELS.map((l) => ({
  value: l.code,
  label: `${GROUP_NAMES[l.group]} · ${l.name}${l.discretionary === true ? " (discretionary)" : ""}`,
}));

export const TRANSACTION_TYPE_OPTIONS: ReadonlyArray<{ value: string; label: string }> = TRANSACTION_TYPES.map((t) => ({ value: t, label: titleCase(t) }));

/** Income green, essential spending blue, discretionary spending amber, own-account moves grey. */
function toneOf(code: string): Tone {
  const definition = BY_CODE.get(code);
  if (!definition) return "neutral";
  if (definition.group === "income") return "green";
  if (definition.group === "transfer") return "neutral";
  return definition.discretionary ? "amber" : "blue";
}

export function LabelBadge({ label }: { label: string }) {
  return (
    <span className="whitespace-nowrap">
      <Badge tone={toneOf(label)}>{labelName(label)}</Badge>
    </span>
  );
}

/** What decided a label, in the words the "why" disclosure uses. */
export const REASON_SOURCES: Record<string, string> = {
  override: "Officer override",
  organisation: "Organisation rule",
  builtin: "Built-in rule",
  fallback: "Fallback by type and sign",
};

export function reasonSourceName(source: string): string {
  return REASON_SOURCES[source] ?? titleCase(source);
}

/** The legend for the tones above, for pages that show many labels at once. */
export function LabelLegend() {
  const items: ReadonlyArray<{ tone: Tone; text: string }> = [
    { tone: "green", text: "Income" },
    { tone: "blue", text: "Essential spending" },
    { tone: "amber", text: "Discretionary spending" },
    { tone: "neutral", text: "Own-account transfers" },
  ];
  return (
    <ul aria-label="Label colours" className="flex flex-wrap gap-2 text-xs">
      {items.map((item) => (
        <li key={item.text}>
          <Badge tone={item.tone}>{item.text}</Badge>
        </li>
      ))}
    </ul>
  );
}
