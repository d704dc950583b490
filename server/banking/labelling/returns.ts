import type { Draft } from "./draft";

/**
 * Pairs each credit carrying a return marker (REJET, IMPAYE, DEVOLUCION, STORNO, TERUGBOEKING,
 * RD, UNPAID, RETURNED...) with the debit it gives back: same account, same absolute amount,
 * booked on the same day or up to RETURN_WINDOW_DAYS before. The credit takes the debit's label,
 * so a returned loan repayment nets out of loan repayments and is never counted as income; an
 * officer's override or an organisation rule on the credit keeps its own label.
 */
export const RETURN_WINDOW_DAYS = 10;

function sharedTokens(a: Draft, b: Draft): number {
  const tokens = new Set(a.normalised.split(" ").filter((t) => t.length > 2 && t !== "#"));
  return b.normalised.split(" ").filter((t) => tokens.has(t)).length;
}

/** Links return-marked credits to their debits and labels them (see above), in place. */
export function linkReturns(drafts: readonly Draft[]): void {
  const credits = drafts.filter((d) => d.isCredit && d.returnMarker !== null).sort((a, b) => a.day - b.day);
  if (credits.length === 0) return;
  const wanted = new Set(credits.map((c) => c.absAmountText));
  const debitsByAmount = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.isCredit || !wanted.has(draft.absAmountText)) continue;
    const list = debitsByAmount.get(draft.absAmountText);
    if (list) list.push(draft);
    else debitsByAmount.set(draft.absAmountText, [draft]);
  }
  for (const credit of credits) {
    const marker = credit.returnMarker;
    if (marker === null) continue;
    let best: Draft | null = null;
    for (const debit of debitsByAmount.get(credit.absAmountText) ?? []) {
      if (debit.returnedById !== null) continue;
      const daysBefore = credit.day - debit.day;
      if (daysBefore < 0 || daysBefore > RETURN_WINDOW_DAYS) continue;
      if (best === null || debit.day > best.day || (debit.day === best.day && sharedTokens(credit, debit) > sharedTokens(credit, best))) best = debit;
    }
    credit.isReturned = true;
    const keepsOwnLabel = credit.reason.source === "organisation" || credit.reason.source === "override";
    if (best !== null) {
      credit.returnedTransactionId = best.input.id;
      best.returnedById = credit.input.id;
      if (!keepsOwnLabel) {
        credit.label = best.label;
        credit.counterparty = best.counterparty ?? credit.counterparty;
        credit.reason = {
          source: "builtin",
          ruleId: `${marker.pack}.return`,
          description: `return marker "${marker.phrase}" (${marker.pack} pack) on a credit giving back the debit of ${best.input.date} (${best.input.description.trim()}); labelled ${best.label} like that debit so it is not counted as income`,
        };
      }
    } else if (!keepsOwnLabel) {
      credit.label = "refund";
      credit.reason = {
        source: "builtin",
        ruleId: `${marker.pack}.return-unmatched`,
        description: `return marker "${marker.phrase}" (${marker.pack} pack) on a credit; the returned debit is not in the data (same amount within ${RETURN_WINDOW_DAYS} days before), so it is labelled refund, not income`,
      };
    }
  }
}
