import { addDays, addMonths, daysInMonth, firstDayOfMonth, fromYmd, ymd, type IsoDate } from "@/server/shared/dates";

/**
 * Demo bank statements as BYOD JSON (seed 000's upload format), laid out back from the business
 * date so the Analysis tab always has recent months. Amounts are integer cents, so every running
 * balance is exact; the same business date always gives the same file.
 */
interface StatementLine {
  /** Day of the month; past the month's end means its last day. */
  day: number;
  cents: number;
  description: string;
}

interface OneOff extends StatementLine {
  /** 0: the last month of the statement, 1: the month before, … */
  monthsBeforeEnd: number;
}

export interface StatementProfile {
  accountNumber: string;
  accountName: string;
  holder: string;
  /** Balance before the first line. */
  openingCents: number;
  /** Whole months before the last one; the statement starts on the 1st of the first. */
  months: number;
  monthly: readonly StatementLine[];
  oneOffs?: readonly OneOff[];
}

const LAST = 31;

/**
 * Salaried, with a child support grant, debit orders (rent, insurance, vehicle finance, cellphone),
 * small bets twice a month, an ATM withdrawal, one returned debit order last month and a one-off
 * purchase that takes the account into overdraft for a few days before payday.
 */
export const SALARIED_WITH_RISKS: StatementProfile = {
  accountNumber: "1052447810",
  accountName: "Global One Transact",
  holder: "LERATO NDLOVU",
  openingCents: 1_400_000,
  months: 6,
  monthly: [
    { day: 1, cents: -6_900, description: "MONTHLY ACCOUNT FEE" },
    { day: 1, cents: -650_000, description: "DEBIT ORDER RENT HOUSING PROPERTY MGMT" },
    { day: 1, cents: -45_000, description: "DEBIT ORDER OLD MUTUAL INSURANCE" },
    { day: 2, cents: -320_000, description: "DEBIT ORDER WESBANK VEHICLE FINANCE" },
    { day: 3, cents: -59_900, description: "DEBIT ORDER VODACOM CONTRACT" },
    { day: 5, cents: 53_000, description: "SASSA CHILD SUPPORT GRANT" },
    { day: 7, cents: -8_990, description: "POS PURCHASE KFC SOWETO" },
    { day: 10, cents: -125_040, description: "POS PURCHASE CHECKERS SOWETO" },
    { day: 12, cents: -20_000, description: "HOLLYWOODBETS DEPOSIT" },
    { day: 15, cents: -65_000, description: "POS PURCHASE ENGEN GARAGE" },
    { day: 18, cents: -86_015, description: "POS PURCHASE PICK N PAY ROSEBANK" },
    { day: 21, cents: -32_050, description: "POS PURCHASE WOOLWORTHS SANDTON" },
    { day: 25, cents: 1_850_000, description: "ACME MINING PTY LTD SALARY" },
    { day: 26, cents: -15_000, description: "HOLLYWOODBETS DEPOSIT" },
    { day: 26, cents: -100_000, description: "ATM WITHDRAWAL CAPITEC" },
    { day: LAST, cents: -41_235, description: "POS PURCHASE CHECKERS SOWETO" },
  ],
  oneOffs: [
    { monthsBeforeEnd: 1, day: 8, cents: 59_900, description: "RD UNPAID DEBIT ORDER VODACOM CONTRACT" },
    { monthsBeforeEnd: 1, day: 9, cents: -12_000, description: "UNPAID DEBIT ORDER FEE" },
    { monthsBeforeEnd: 4, day: 20, cents: -950_000, description: "POS PURCHASE HIFI CORP MENLYN" },
  ],
};

/** A net saver: a public-sector salary, a home loan, medical aid and a monthly transfer to savings. */
export const STEADY_SAVER: StatementProfile = {
  accountNumber: "4077125539",
  accountName: "Cheque Account",
  holder: "SIPHO PRETORIUS",
  openingCents: 2_500_000,
  months: 6,
  monthly: [
    { day: 1, cents: -9_500, description: "MONTHLY ACCOUNT FEE" },
    { day: 1, cents: -980_000, description: "DEBIT ORDER ABSA HOME LOAN" },
    { day: 1, cents: -340_000, description: "DEBIT ORDER DISCOVERY HEALTH MEDICAL AID" },
    { day: 4, cents: -79_900, description: "DEBIT ORDER MTN CONTRACT" },
    { day: 9, cents: -210_000, description: "POS PURCHASE PICK N PAY MENLYN" },
    { day: 14, cents: -90_000, description: "POS PURCHASE SHELL GARAGE" },
    { day: 19, cents: -45_000, description: "POS PURCHASE DIS-CHEM PHARMACY" },
    { day: 23, cents: -160_000, description: "POS PURCHASE CHECKERS HYPER" },
    { day: 25, cents: 3_200_000, description: "DEPARTMENT OF EDUCATION SALARY" },
    { day: 26, cents: -300_000, description: "TRANSFER TO SAVINGS POCKET" },
    { day: 28, cents: -60_000, description: "POS PURCHASE WOOLWORTHS FOOD" },
  ],
};

/** Rent, a personal loan and cash; one returned loan instalment three months back. */
export const LOAN_APPLICANT: StatementProfile = {
  accountNumber: "6210883402",
  accountName: "Easy Account",
  holder: "LWAZI MAHLANGU",
  openingCents: 900_000,
  months: 5,
  monthly: [
    { day: 1, cents: -5_900, description: "MONTHLY ACCOUNT FEE" },
    { day: 1, cents: -420_000, description: "DEBIT ORDER RENT HOUSING PROPERTY MGMT" },
    { day: 2, cents: -154_025, description: "DEBIT ORDER AFRICAN BANK LOAN" },
    { day: 6, cents: -95_000, description: "POS PURCHASE SHOPRITE TEMBISA" },
    { day: 13, cents: -50_000, description: "ATM WITHDRAWAL STANDARD BANK" },
    { day: 17, cents: -72_080, description: "POS PURCHASE SPAR TEMBISA" },
    { day: 25, cents: 1_250_000, description: "BIDVEST FACILITIES SALARY" },
    { day: 27, cents: -80_000, description: "ATM WITHDRAWAL STANDARD BANK" },
  ],
  oneOffs: [
    { monthsBeforeEnd: 3, day: 4, cents: 154_025, description: "RD UNPAID DEBIT ORDER AFRICAN BANK LOAN" },
    { monthsBeforeEnd: 3, day: 5, cents: -15_000, description: "UNPAID DEBIT ORDER FEE" },
  ],
};

function centsText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function dateIn(monthStart: IsoDate, day: number): IsoDate {
  const { year, month } = ymd(monthStart);
  return fromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The profile's statement up to the day before `businessDate`, as the import file's text. */
export function buildStatement(profile: StatementProfile, businessDate: IsoDate): string {
  const end = addDays(businessDate, -1);
  const first = firstDayOfMonth(addMonths(end, -profile.months));
  const lines: Array<{ date: IsoDate; cents: number; description: string; order: number }> = [];
  for (let m = 0; m <= profile.months; m++) {
    const monthStart = addMonths(first, m);
    const fromEnd = profile.months - m;
    const due = [...profile.monthly, ...(profile.oneOffs ?? []).filter((o) => o.monthsBeforeEnd === fromEnd)];
    for (const line of due) {
      const date = dateIn(monthStart, line.day);
      if (date <= end) lines.push({ date, cents: line.cents, description: line.description, order: lines.length });
    }
  }
  // Same-day lines keep the profile's order: debit orders run before card purchases.
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  let balance = profile.openingCents;
  const transactions = lines.map((line, i) => {
    balance += line.cents;
    return {
      datetime: `${line.date}T08:00:00Z`,
      amount: centsText(line.cents),
      balance: centsText(balance),
      description: line.description,
      reference: `${profile.accountNumber.slice(-4)}-${String(i + 1).padStart(4, "0")}`,
      currency: "ZAR",
    };
  });
  const account = {
    account_number: profile.accountNumber,
    account_name: profile.accountName,
    account_type: "Transmission",
    balance: centsText(balance),
    currency: "ZAR",
    bank_slug: "capitec",
    account_holder_name: profile.holder,
    transactions,
  };
  return JSON.stringify({ accounts: [account] }, null, 2);
}

/** Too little history for the data-quality gate: a new account with a handful of transactions. */
export function buildShortStatement(holder: string, businessDate: IsoDate): string {
  const start = addDays(businessDate, -20);
  const items = [
    { offset: 0, cents: 300_000, description: "CASH DEPOSIT BRANCH" },
    { offset: 2, cents: -45_000, description: "POS PURCHASE SHOPRITE" },
    { offset: 5, cents: -12_000, description: "PREPAID AIRTIME VODACOM" },
    { offset: 8, cents: -60_000, description: "ATM WITHDRAWAL ABSA" },
    { offset: 11, cents: -23_050, description: "POS PURCHASE SPAR" },
    { offset: 14, cents: -8_990, description: "POS PURCHASE KFC" },
    { offset: 19, cents: -30_000, description: "ATM WITHDRAWAL ABSA" },
  ];
  let balance = 150_000;
  const transactions = items.map((item, i) => {
    balance += item.cents;
    return { datetime: `${addDays(start, item.offset)}T08:00:00Z`, amount: centsText(item.cents), balance: centsText(balance), description: item.description, reference: `NEW-${i + 1}`, currency: "ZAR" };
  });
  const account = { account_number: "9981002231", account_name: "New Account", account_type: "Transmission", balance: centsText(balance), currency: "ZAR", account_holder_name: holder, transactions };
  return JSON.stringify({ accounts: [account] }, null, 2);
}
