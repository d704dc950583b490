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
  /** Bank-data thresholds (null: the rule is off). */
  minimumAffordability?: string | null;
  requireAffordabilityCoversInstalment?: boolean;
  maximumGamblingShare?: string | null;
  maximumReturnedDebits3m?: number | null;
  minimumHealthScore?: number | null;
}

/** What the latest completed bank-data analysis of the borrower says (null: none). */
export interface BankDataFacts {
  asOf: string | null;
  averageAffordability: string | null;
  gamblingShare: string | null;
  returnedDebits3m: number | null;
  healthScore: number | null;
}

export interface DecisionFacts {
  asOf: IsoDate;
  product: { type: "term_loan" | "revolving_credit"; amountMin: string; amountMax: string; interestMax: string; instalmentsMin: number | null; instalmentsMax: number | null };
  application: { amount: string; interestRate: string; instalments: number | null };
  borrower: { kind: "person" | "business"; dateOfBirth: string | null; nationalIdNumber: string | null; registrationNumber: string | null };
  rules: DecisionRules;
  bankData?: BankDataFacts | null;
  /** The largest instalment of the proposed schedule (term loans), for the affordability rule. */
  instalment?: string | null;
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
  reasons.push(...bankDataReasons(facts));
  return { outcome: reasons.every((r) => r.passed) ? "accepted" : "declined", reasons };
}

/** The organisation's bank-data rules, each only when its threshold is set. */
function bankDataReasons(facts: DecisionFacts): DecisionReason[] {
  const r = facts.rules;
  const covers = Boolean(r.requireAffordabilityCoversInstalment && facts.instalment);
  const anyRule = covers || [r.minimumAffordability, r.maximumGamblingShare, r.maximumReturnedDebits3m, r.minimumHealthScore].some((v) => v !== null && v !== undefined);
  if (!anyRule) return [];
  const data = facts.bankData;
  if (!data) return [{ rule: "bank_data_analysed", passed: false, detail: "no completed analysis of the borrower's bank data: import statements and run one" }];
  const reasons: DecisionReason[] = [{ rule: "bank_data_analysed", passed: true, detail: `bank data analysed up to ${data.asOf ?? "?"}` }];
  const affordability = data.averageAffordability === null ? null : money(data.averageAffordability);
  if (r.minimumAffordability !== null && r.minimumAffordability !== undefined) {
    reasons.push({
      rule: "affordability_minimum",
      passed: affordability !== null && affordability.gte(money(r.minimumAffordability)),
      detail: `average monthly affordability ${data.averageAffordability ?? "unknown"}; the organisation needs at least ${r.minimumAffordability}`,
    });
  }
  if (covers && facts.instalment) {
    reasons.push({
      rule: "affordability_covers_instalment",
      passed: affordability !== null && affordability.gte(money(facts.instalment)),
      detail: `average monthly affordability ${data.averageAffordability ?? "unknown"} against an instalment of ${facts.instalment}`,
    });
  }
  if (r.maximumGamblingShare !== null && r.maximumGamblingShare !== undefined) {
    const share = money(data.gamblingShare ?? "0");
    reasons.push({ rule: "gambling_share", passed: share.lte(money(r.maximumGamblingShare)), detail: `gambling is ${share.toString()} of income; the organisation allows up to ${r.maximumGamblingShare}` });
  }
  if (r.maximumReturnedDebits3m !== null && r.maximumReturnedDebits3m !== undefined) {
    const count = data.returnedDebits3m ?? 0;
    reasons.push({ rule: "returned_debits_3_months", passed: count <= r.maximumReturnedDebits3m, detail: `${count} returned debit orders in the last 3 months; the organisation allows ${r.maximumReturnedDebits3m}` });
  }
  if (r.minimumHealthScore !== null && r.minimumHealthScore !== undefined) {
    const score = data.healthScore;
    reasons.push({ rule: "health_score", passed: score !== null && score >= r.minimumHealthScore, detail: `financial health score ${score ?? "unknown"}; the organisation needs at least ${r.minimumHealthScore}` });
  }
  return reasons;
}
