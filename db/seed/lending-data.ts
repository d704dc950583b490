import type { ProductConfigInput } from "@/server/lending/product-input";

/** Demo products: what a small South African lender would offer. */
export const DEMO_PRODUCTS: ProductConfigInput[] = [
  {
    type: "term_loan",
    name: "Personal loan 12 months",
    description: "Unsecured personal loan repaid monthly over a year.",
    amountMin: "2000",
    amountMax: "60000",
    amountDefault: "15000",
    interestMax: "27.75",
    interestDefault: "24",
    instalmentsMin: 6,
    instalmentsMax: 12,
    instalmentsDefault: 12,
    repaymentDay: 25,
    instalmentMultiple: "1",
    holidayShift: "last_business_day_before_the_day",
    arrearsToleranceDays: 5,
    fees: [
      { name: "Initiation fee", type: "flat", amount: "1050", event: "disbursement" },
      { name: "Arrears fee", type: "flat", amount: "150", event: "arrears" },
      { name: "Default handover fee", type: "percent", amount: "2", event: "default" },
      { name: "Service fee", type: "flat", amount: "69", event: "ad_hoc" },
    ],
  },
  {
    type: "term_loan",
    name: "Small business loan 36 months",
    description: "Equipment and working-capital loan with three months' principal holiday.",
    amountMin: "50000",
    amountMax: "750000",
    amountDefault: "250000",
    interestMax: "21",
    interestDefault: "17.5",
    instalmentsMin: 12,
    instalmentsMax: 36,
    instalmentsDefault: 36,
    graceOnPrincipal: 3,
    amortisation: "equal_principal",
    interestCalculationPeriod: "daily",
    daysInYear: "365",
    repaymentDay: 1,
    holidayShift: "first_business_day_after_the_day",
    earlyRepaymentStrategy: "reduced_instalments",
    arrearsToleranceDays: 10,
    fees: [
      { name: "Structuring fee", type: "percent", amount: "1", event: "disbursement" },
      { name: "Arrears fee", type: "flat", amount: "500", event: "arrears" },
    ],
  },
  {
    type: "term_loan",
    name: "Short-term loan 3 months",
    description: "Small loan over three months, due on the day of the month it was paid out.",
    amountMin: "500",
    amountMax: "8000",
    amountDefault: "3000",
    interestMax: "27.75",
    interestDefault: "27.5",
    instalmentsMin: 1,
    instalmentsMax: 6,
    instalmentsDefault: 3,
    arrearsToleranceDays: 7,
    fees: [{ name: "Initiation fee", type: "flat", amount: "165", event: "disbursement" }],
  },
  {
    type: "revolving_credit",
    name: "Flexi credit line",
    description: "Revolving credit with a monthly statement and a minimum payment.",
    amountMin: "1000",
    amountMax: "30000",
    amountDefault: "8000",
    interestMax: "22",
    interestDefault: "19.5",
    daysInYear: "365",
    statementDay: 25,
    dueDay: 7,
    minimumPaymentPercent: "5",
    minimumPaymentFloor: "250",
    arrearsToleranceDays: 5,
    fees: [{ name: "Monthly service fee", type: "flat", amount: "69", event: "ad_hoc" }],
  },
];

const FIRST_NAMES = ["Thabo", "Lerato", "Sipho", "Naledi", "Johan", "Anele", "Pieter", "Zanele", "Kagiso", "Ayesha", "Mandla", "Refilwe", "Sibusiso", "Nomvula", "Riaan", "Palesa", "Themba", "Karabo", "Yusuf", "Busisiwe", "Lwazi", "Chantelle", "Bongani", "Mpho", "Ruan", "Khanyisile"];
const LAST_NAMES = ["Nkosi", "Mokoena", "Dlamini", "Naidoo", "van der Merwe", "Khumalo", "Botha", "Ndlovu", "Molefe", "Patel", "Mahlangu", "Sithole", "Zulu", "Mthembu", "Pretorius", "Mabena", "Shabalala", "Maseko", "Essop", "Ngcobo", "Cele", "Jacobs", "Mkhize", "Tshabalala", "Coetzee", "Radebe"];
const CITIES = ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Polokwane", "Mbombela", "East London", "Kimberley"];
const BUSINESSES = [
  { registeredName: "Mzansi Fresh Produce (Pty) Ltd", registrationNumber: "2016/234518/07" },
  { registeredName: "Karoo Solar Installations CC", registrationNumber: "2011/087621/23" },
  { registeredName: "Ubuntu Print & Design (Pty) Ltd", registrationNumber: "2019/556102/07" },
  { registeredName: "Highveld Auto Repairs (Pty) Ltd", registrationNumber: "2014/190377/07" },
];

/** A valid South African ID number (YYMMDD, gender/sequence, citizenship, 8, Luhn check digit). */
export function saIdNumber(dateOfBirth: string, sequence: number): string {
  const base = `${dateOfBirth.slice(2, 4)}${dateOfBirth.slice(5, 7)}${dateOfBirth.slice(8, 10)}${String(5000 + (sequence % 5000)).padStart(4, "0")}08`;
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    let digit = Number(base[base.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

export function demoPeople(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? "Thabo";
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length] ?? "Nkosi";
    const year = 1965 + ((i * 13) % 38);
    const dateOfBirth = `${year}-${String((i % 12) + 1).padStart(2, "0")}-${String(((i * 5) % 27) + 1).padStart(2, "0")}`;
    return {
      kind: "person" as const,
      firstName: first,
      lastName: last,
      dateOfBirth,
      nationalIdNumber: saIdNumber(dateOfBirth, i),
      nationalIdType: "za_id" as const,
      email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.co.za",
      phone: `+27 8${i % 4} 555 ${String(1000 + i).slice(-4)}`,
      addressLine1: `${10 + i} ${["Church", "Main", "Voortrekker", "Long", "Jan Smuts"][i % 5]} Street`,
      city: CITIES[i % CITIES.length] ?? "Johannesburg",
      postalCode: String(1000 + i * 37).slice(0, 4),
      country: "ZA",
    };
  });
}

export function demoBusinesses() {
  return BUSINESSES.map((b, i) => ({
    kind: "business" as const,
    ...b,
    nationalIdType: "company_registration" as const,
    nationalIdNumber: b.registrationNumber,
    email: `accounts@${b.registeredName.split(" ")[0]?.toLowerCase() ?? "business"}.co.za`,
    phone: `+27 11 555 ${String(2000 + i)}`,
    city: CITIES[(i * 3) % CITIES.length] ?? "Johannesburg",
    country: "ZA",
  }));
}
