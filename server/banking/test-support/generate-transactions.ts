import { addDays, addMonths } from "@/server/shared/dates";

/**
 * Realistic synthetic statements for benchmarks: each account has a language (fr, es, nl, en-ZA),
 * a monthly salary, rent, debit orders, card spending at real merchant names, cash, fees, the odd
 * returned debit with its fee, and transfers. Deterministic (seeded), amounts in integer cents.
 */
export interface GeneratedTransaction {
  readonly date: string;
  readonly cents: number;
  readonly balanceCents: number;
  readonly description: string;
  readonly reference: string;
}

export interface GeneratedAccount {
  readonly number: string;
  readonly language: Language;
  readonly currency: string;
  readonly holder: string;
  readonly openingCents: number;
  readonly transactions: GeneratedTransaction[];
}

type Language = "fr" | "es" | "nl" | "en";

interface Vocabulary {
  readonly salary: (employer: string) => string;
  readonly rent: string;
  readonly debitOrders: ReadonlyArray<readonly [string, number]>;
  readonly card: (merchant: string) => string;
  readonly merchants: readonly string[];
  readonly cash: string;
  readonly fee: string;
  readonly returned: (original: string) => string;
  readonly returnFee: string;
  readonly transferOut: string;
  readonly gambling: string;
}

const VOCABULARY: Record<Language, Vocabulary> = {
  fr: {
    salary: (e) => `VIR SEPA RECU /DE ${e} /MOTIF SALAIRE /REF `,
    rent: "VIREMENT EMIS AGENCE FONCIA LOYER",
    debitOrders: [["PRLV SEPA EDF CLIENTS PARTICULIERS", 8900], ["PRLV SEPA BOUYGUES TELECOM", 2599], ["PRLV SEPA COFIDIS ECHEANCE", 15450], ["PRLV SEPA MAIF ASSURANCE", 4200]],
    card: (m) => `PAIEMENT CB ${m} PARIS CARTE X4512`,
    merchants: ["CARREFOUR", "MONOPRIX", "LIDL", "UBER EATS", "FNAC", "SNCF", "TOTAL", "PHARMACIE DU CENTRE", "AMAZON", "NETFLIX.COM", "BOULANGERIE", "DECATHLON"],
    cash: "RETRAIT DAB BNP PARIS",
    fee: "COTISATION COMPTE",
    returned: (o) => `REJET ${o}`,
    returnFee: "FRAIS REJET PRLV",
    transferOut: "VIREMENT EMIS M DURAND",
    gambling: "CB WINAMAX FR",
  },
  es: {
    salary: (e) => `ABONO DE NOMINA POR TRANSFERENCIA - ${e} `,
    rent: "TRANSFERENCIA A FAVOR DE INMOBILIARIA SOL CONCEPTO ALQUILER",
    debitOrders: [["RECIBO IBERDROLA CLIENTES SA", 7300], ["RECIBO MOVISTAR", 4599], ["RECIBO SANTANDER CONSUMER PRESTAMO", 21000], ["RECIBO MAPFRE SEGUROS", 3800]],
    card: (m) => `COMPRA TARJ. *3105 ${m} MADRID`,
    merchants: ["MERCADONA", "DIA", "GLOVO", "EL CORTE INGLES", "RENFE", "REPSOL", "FARMACIA SOL", "AMZN MKTP ES", "SPOTIFY", "ZARA"],
    cash: "REINTEGRO CAJERO AUTOMATICO MADRID",
    fee: "COMISION MANTENIMIENTO",
    returned: (o) => `DEVOLUCION ${o}`,
    returnFee: "COMISION DEVOLUCION RECIBO",
    transferOut: "TRANSFERENCIA A FAVOR DE LUIS GARCIA",
    gambling: "COMPRA. BET 365",
  },
  nl: {
    salary: (e) => `INSTANTOVERSCHRIJVING IN EURO VAN ${e} MEDEDELING SALARIS KENMERK `,
    rent: "SEPA INCASSO HUUR WOONSTICHTING DE KEY",
    debitOrders: [["DOMICILIERING VAN VATTENFALL ENERGIE", 9500], ["DOMICILIERING VAN KPN BV", 4500], ["SEPA INCASSO DEFAM TERMIJNBETALING", 12000], ["DOMICILIERING ZILVEREN KRUIS ZORGVERZEKERING", 13995]],
    card: (m) => `Aankoop Maestro - ${m} AMSTERDAM - NL Kaartnummer 6703 30XX`,
    merchants: ["ALBERT HEIJN", "JUMBO SUPERMARKT", "THUISBEZORGD", "HEMA", "NS", "SHELL", "KRUIDVAT", "BOL.COM", "COOLBLUE", "IKEA"],
    cash: "GELDOPNEMING GELDAUTOMAAT ING AMSTERDAM",
    fee: "ABONNEMENTSKOSTEN BETAALPAKKET",
    returned: (o) => `TERUGBOEKING ${o}`,
    returnFee: "KOSTEN STORNERING",
    transferOut: "OVERBOEKING AAN J DE VRIES",
    gambling: "HOLLAND CASINO",
  },
  en: {
    salary: (e) => `SALARY ${e} PAYROLL `,
    rent: "DEBIT ORDER HOUSING RENTAL PROPERTY MGMT",
    debitOrders: [["PREPAID ELECTRICITY ESKOM", 50000], ["MAGTAPE DEBIT VODACOM", 39900], ["ACB DEBIT AFRICAN BANK LOAN", 145000], ["ACB DEBIT DISCOVERY LIFE", 84560]],
    card: (m) => `POS PURCHASE ${m} SOWETO CARD 4451`,
    merchants: ["SHOPRITE CHECKERS", "PICK N PAY", "KFC", "WOOLWORTHS", "ENGEN", "CLICKS", "TAKEALOT", "MR PRICE", "NETFLIX", "UBER"],
    cash: "ATM WITHDRAWAL CAPITEC",
    fee: "MONTHLY ACCOUNT FEE",
    returned: (o) => `RD: UNPAID ${o}`,
    returnFee: "UNPAID DEBIT ORDER FEE",
    transferOut: "IB TRANSFER TO MOM",
    gambling: "HOLLYWOODBETS DEPOSIT",
  },
};

const EMPLOYERS = ["ACME MINING PTY LTD", "GLOBEX SA", "NEFAB BV", "INITECH SL", "UMBRELLA SAS", "STARK INDUSTRIES"];

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

/** `accounts` accounts of about `perAccount` transactions each, over consecutive months from 2024-01. */
export function generateAccounts(accounts: number, perAccount: number, seed = 42): GeneratedAccount[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError("nothing to pick from");
    return item;
  };
  const languages: readonly Language[] = ["fr", "es", "nl", "en"];
  return Array.from({ length: accounts }, (_, index) => {
    const language = languages[index % languages.length] ?? "en";
    const words = VOCABULARY[language];
    const employer = pick(EMPLOYERS);
    const salary = 150_000 + Math.floor(next() * 400_000);
    const rows: Array<{ date: string; cents: number; description: string }> = [];
    let month = "2024-01-01";
    while (rows.length < perAccount) {
      rows.push({ date: addDays(month, 24), cents: salary, description: `${words.salary(employer)}${month.slice(0, 7)}` });
      rows.push({ date: addDays(month, 0), cents: -Math.round(salary * 0.3), description: words.rent });
      words.debitOrders.forEach(([description, cents], i) => {
        rows.push({ date: addDays(month, 2 + i), cents: -cents, description });
        if (next() < 0.04) {
          rows.push({ date: addDays(month, 5 + i), cents, description: words.returned(description) });
          rows.push({ date: addDays(month, 6 + i), cents: -15_000, description: words.returnFee });
        }
      });
      rows.push({ date: addDays(month, 27), cents: -1_500, description: words.fee });
      const spending = Math.max(0, perAccount < 300 ? 10 : 140 + Math.floor(next() * 40));
      for (let i = 0; i < spending && rows.length < perAccount; i++) {
        const day = Math.floor(next() * 28);
        const roll = next();
        if (roll < 0.08) rows.push({ date: addDays(month, day), cents: -(2_000 + Math.floor(next() * 20_000)), description: words.cash });
        else if (roll < 0.11) rows.push({ date: addDays(month, day), cents: -(1_000 + Math.floor(next() * 10_000)), description: words.gambling });
        else if (roll < 0.15) rows.push({ date: addDays(month, day), cents: -(5_000 + Math.floor(next() * 50_000)), description: words.transferOut });
        else rows.push({ date: addDays(month, day), cents: -(150 + Math.floor(next() * 15_000)), description: words.card(pick(words.merchants)) });
      }
      month = addMonths(month, 1);
    }
    rows.length = perAccount;
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const openingCents = 500_000;
    let balance = openingCents;
    const transactions = rows.map((row, i) => {
      balance += row.cents;
      return { ...row, balanceCents: balance, reference: `R${index}-${i}` };
    });
    return { number: `ACC${1000 + index}`, language, currency: language === "en" ? "ZAR" : "EUR", holder: `HOLDER ${index}`, openingCents, transactions };
  });
}

/** Integer cents as decimal text: -150 → "-1.50". */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
