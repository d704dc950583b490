import type { DecisionReason } from "@/db/schema";
import { type IsoDate, ymd } from "@/server/shared/dates";
import { money } from "@/server/shared/money";

/**
 * The organisation's decision rules, evaluated when an application is completed. Pure: the same
 * facts always give the same decision, and every rule says why it passed or failed.
 */
export interface DecisionRules {
  minimumBorrowerAge: number;
  maximumBorrowerAge: number | null;
}

export interface DecisionFacts {
  asOf: IsoDate;
  product: { type: "term_loan" | "revolving_credit"; amountMin: string; amountMax: string; interestMax: string; instalmentsMin: number | null; instalmentsMax: number | null };
  application: { amount: string; interestRate: string; instalments: number | null };
  borrower: { kind: "person" | "business"; dateOfBirth: string | null; nationalIdNumber: string | null; registrationNumber: string | null };
  rules: DecisionRules;
}

export interface Decision {
  outcome: "accepted" | "declined";
  reasons: DecisionReason[];
}

/** Whole years from `birth` to `on` (a birthday on 29 February counts from 1 March in common years). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = ymd(birth);
  const d = ymd(on);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

export function decideApplication(facts: DecisionFacts): Decision {
  const { product, application, borrower, rules } = facts;
  const reasons: DecisionReason[] = [];
  const amount = money(application.amount);
  reasons.push({
    rule: "amount_within_limits",
    passed: amount.gte(money(product.amountMin)) && amount.lte(money(product.amountMax)),
    detail: `${application.amount} requested; the product lends ${product.amountMin} to ${product.amountMax}`,
  });
  reasons.push({
    rule: "interest_within_limit",
    passed: money(application.interestRate).lte(money(product.interestMax)),
    detail: `${application.interestRate} % a year; the product's maximum is ${product.interestMax} %`,
  });
  if (product.type === "term_loan") {
    const n = application.instalments ?? 0;
    const min = product.instalmentsMin ?? 1;
    const max = product.instalmentsMax ?? 600;
    reasons.push({ rule: "instalments_within_limits", passed: n >= min && n <= max, detail: `${n} instalments; the product allows ${min} to ${max}` });
  }
  if (borrower.kind === "person") {
    if (!borrower.dateOfBirth) {
      reasons.push({ rule: "borrower_age", passed: false, detail: "the borrower's date of birth is not recorded" });
    } else {
      const age = ageOn(borrower.dateOfBirth, facts.asOf);
      const max = rules.maximumBorrowerAge;
      const passed = age >= rules.minimumBorrowerAge && (max === null || age <= max);
      reasons.push({ rule: "borrower_age", passed, detail: `${age} years old; the organisation lends from ${rules.minimumBorrowerAge}${max === null ? "" : ` to ${max}`}` });
    }
    reasons.push({ rule: "identity_recorded", passed: Boolean(borrower.nationalIdNumber), detail: borrower.nationalIdNumber ? "ID number recorded" : "no ID number recorded" });
  } else {
    reasons.push({ rule: "identity_recorded", passed: Boolean(borrower.registrationNumber), detail: borrower.registrationNumber ? "registration number recorded" : "no registration number recorded" });
  }
  return { outcome: reasons.every((r) => r.passed) ? "accepted" : "declined", reasons };
}
