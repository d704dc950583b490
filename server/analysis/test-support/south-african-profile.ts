import type { LabelledTransaction } from "@/server/banking/labelling/types";
import { labelTransactions } from "@/server/banking/labelling/label-transactions";
import { centsToDecimal } from "@/server/banking/test-support/generate-transactions";
import { addMonths, daysInMonth, fromYmd, ymd, type IsoDate } from "@/server/shared/dates";
import type { AnalysisAccount } from "../input";

/**
 * A generated South African borrower (ZAR): salary on the 25th from "ACME MINING PTY LTD SALARY",
 * a SASSA child support grant, debit orders for rent, insurance, a vehicle loan (WesBank) and a
 * cellphone contract (Vodacom), groceries at Checkers and Pick n Pay, betting at Hollywoodbets,
 * an ATM withdrawal, the monthly account fee, and one returned debit order ("RD UNPAID") with its
 * fee. The raw lines go through banking's labelling, so a test exercises the whole chain. Amounts
 * are integer cents here, so a test can compute its expected values independently of the engine.
 */
export const PROFILE = {
  openingCents: 1_200_000,
  salaryCents: 1_850_000,
  grantCents: 53_000,
  rentCents: 650_000,
  insuranceCents: 45_000,
  vehicleCents: 320_000,
  cellphoneCents: 59_900,
  feeCents: 6_900,
  returnFeeCents: 12_000,
  checkersCents: 125_040,
  picknpayCents: 86_015,
  checkersMonthEndCents: 41_235,
  betsCents: [20_000, 15_000],
  atmCents: 100_000,
  /** The month (0-based offset) whose cellphone debit order is returned unpaid. */
  returnedMonth: 4,
} as const;

export interface RawLine {
  readonly date: IsoDate;
  readonly cents: number;
  readonly description: string;
}

const EXTRA_MERCHANTS = ["POS PURCHASE WOOLWORTHS SANDTON", "POS PURCHASE SHOPRITE SOWETO", "POS PURCHASE KFC SOWETO", "POS PURCHASE ENGEN GARAGE", "POS PURCHASE CLICKS ROSEBANK", "POS PURCHASE MR PRICE"];

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The raw lines of one account: `months` months from `firstMonth`, plus `extraPerMonth` seeded card purchases a month. */
export function profileLines(months: number, firstMonth: IsoDate = "2025-01-01", extraPerMonth = 0, seed = 7): RawLine[] {
  const p = PROFILE;
  const next = random(seed);
  const lines: RawLine[] = [];
  for (let m = 0; m < months; m++) {
    const first = addMonths(firstMonth, m);
    const { year, month } = ymd(first);
    const on = (day: number) => fromYmd(year, month, day);
    lines.push({ date: on(1), cents: -p.feeCents, description: "MONTHLY ACCOUNT FEE" });
    lines.push({ date: on(1), cents: -p.rentCents, description: "DEBIT ORDER RENT HOUSING PROPERTY MGMT" });
    lines.push({ date: on(1), cents: -p.insuranceCents, description: "DEBIT ORDER OLD MUTUAL INSURANCE" });
    lines.push({ date: on(2), cents: -p.vehicleCents, description: "DEBIT ORDER WESBANK VEHICLE FINANCE" });
    lines.push({ date: on(3), cents: -p.cellphoneCents, description: "DEBIT ORDER VODACOM CONTRACT" });
    if (m === p.returnedMonth) {
      lines.push({ date: on(8), cents: p.cellphoneCents, description: "RD UNPAID DEBIT ORDER VODACOM CONTRACT" });
      lines.push({ date: on(9), cents: -p.returnFeeCents, description: "UNPAID DEBIT ORDER FEE" });
    }
    lines.push({ date: on(5), cents: p.grantCents, description: "SASSA CHILD SUPPORT GRANT" });
    lines.push({ date: on(10), cents: -p.checkersCents, description: "POS PURCHASE CHECKERS SOWETO" });
    lines.push({ date: on(12), cents: -p.betsCents[0], description: "HOLLYWOODBETS DEPOSIT" });
    lines.push({ date: on(18), cents: -p.picknpayCents, description: "POS PURCHASE PICK N PAY ROSEBANK" });
    lines.push({ date: on(25), cents: p.salaryCents, description: "ACME MINING PTY LTD SALARY" });
    lines.push({ date: on(26), cents: -p.betsCents[1], description: "HOLLYWOODBETS DEPOSIT" });
    lines.push({ date: on(26), cents: -p.atmCents, description: "ATM WITHDRAWAL CAPITEC" });
    for (let i = 0; i < extraPerMonth; i++) {
      const merchant = EXTRA_MERCHANTS[Math.floor(next() * EXTRA_MERCHANTS.length)] ?? "POS PURCHASE SPAR";
      lines.push({ date: on(1 + Math.floor(next() * 27)), cents: -(500 + Math.floor(next() * 2_000)), description: merchant });
    }
    lines.push({ date: on(daysInMonth(year, month)), cents: -p.checkersMonthEndCents, description: "POS PURCHASE CHECKERS SOWETO" });
  }
  return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface GeneratedProfile {
  readonly accounts: AnalysisAccount[];
  readonly transactions: LabelledTransaction[];
  readonly lines: ReadonlyMap<string, readonly RawLine[]>;
}

/** `accounts` current accounts of the profile, labelled; each ends with its closing balance. */
export function generateSouthAfricanProfile(options: { months?: number; extraPerMonth?: number; accounts?: number; firstMonth?: IsoDate } = {}): GeneratedProfile {
  const { months = 6, extraPerMonth = 0, accounts = 1, firstMonth = "2025-01-01" } = options;
  const analysis: AnalysisAccount[] = [];
  const lines = new Map<string, RawLine[]>();
  const labelling = Array.from({ length: accounts }, (_, index) => {
    const id = `za-${index + 1}`;
    const raw = profileLines(months, firstMonth, extraPerMonth, 7 + index);
    lines.set(id, raw);
    let closing: number = PROFILE.openingCents;
    for (const line of raw) closing += line.cents;
    analysis.push({
      id,
      type: "current",
      currency: "ZAR",
      number: `10${index}2345678`,
      name: "Global One Transact",
      bank: "capitec",
      holder: "THABO MOKOENA",
      balance: centsToDecimal(closing),
      balanceDate: raw[raw.length - 1]?.date ?? firstMonth,
      usage: "personal",
    });
    return {
      id,
      type: "current" as const,
      currency: "ZAR",
      holder: "THABO MOKOENA",
      transactions: raw.map((l, i) => ({ id: `${id}:${i + 1}`, date: l.date, amount: centsToDecimal(l.cents), description: l.description })),
    };
  });
  return { accounts: analysis, transactions: labelTransactions(labelling), lines };
}
