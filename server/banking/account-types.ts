import type { AccountType } from "./taxonomy";
import type { AccountUsage } from "./import-model";

/**
 * Source account types onto ours. Algoan (CHECKING, SAVINGS, LOAN, CREDIT_CARD, UNKNOWN), Budget
 * Insight (checking, savings, card, loan, deposit, market, lifeinsurance, ...), OFX (CHECKING,
 * SAVINGS, MONEYMRKT, CREDITLINE, CD) and the free text of BYOD/CSV exports ("Cheque", "Transmission",
 * "Compte courant", "Cuenta corriente", "Betaalrekening").
 */
const EXACT: Record<string, AccountType> = {
  CHECKING: "current",
  CURRENT: "current",
  CHEQUE: "current",
  CHECK: "current",
  TRANSMISSION: "current",
  TRANSACTION: "current",
  SAVINGS: "savings",
  SAVING: "savings",
  DEPOSIT: "savings",
  MONEYMRKT: "savings",
  CD: "savings",
  MARKET: "savings",
  LIFEINSURANCE: "savings",
  PEA: "savings",
  CREDIT_CARD: "credit_card",
  CREDITCARD: "credit_card",
  CARD: "credit_card",
  CREDITLINE: "loan",
  LOAN: "loan",
  MORTGAGE: "loan",
  REVOLVING: "loan",
};

const CONTAINS: ReadonlyArray<readonly [RegExp, AccountType]> = [
  [/CREDIT ?CARD|CARTE|TARJETA|KAART|CARD/, "credit_card"],
  [/SAVING|EPARGNE|LIVRET|AHORRO|SPAAR|DEPOSIT/, "savings"],
  [/LOAN|PRET|PRESTAMO|LENING|HYPOTHE|MORTGAGE|BOND/, "loan"],
  [/CHEQUE|CHECKING|CURRENT|COURANT|CORRIENTE|BETAAL|ZICHT|A VUE|TRANSMISSION|TRANSACTION|TJEK/, "current"],
];

/** Our account type for a source's type text; "other" when unrecognised. */
export function mapAccountType(raw: string | null): AccountType {
  if (raw === null) return "other";
  const key = raw.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().trim();
  const exact = EXACT[key.replace(/[\s-]+/g, "_")] ?? EXACT[key.replace(/[\s_-]+/g, "")];
  if (exact) return exact;
  for (const [pattern, type] of CONTAINS) if (pattern.test(key)) return type;
  return "other";
}

/** Algoan PERSONAL/PROFESSIONAL, Budget Insight PRIV/ORGA. */
export function mapAccountUsage(raw: string | null): AccountUsage | null {
  if (raw === null) return null;
  const key = raw.toUpperCase();
  if (key === "PERSONAL" || key === "PRIV" || key === "PRIVATE") return "personal";
  if (key === "PROFESSIONAL" || key === "ORGA" || key === "PRO" || key === "BUSINESS") return "professional";
  return null;
}
