import type { ServiceContext } from "@/server/platform/context";
import { createApplication, completeApplication } from "@/server/lending/applications";
import { createBorrower, type BorrowerInput } from "@/server/lending/borrowers";
import { openLoanAccount } from "@/server/lending/loan-accounts";
import { ZProductConfig, type ProductConfigInput } from "@/server/lending/product-input";
import { createProduct, publishProduct } from "@/server/lending/products";
import { ZBorrowerInput } from "@/server/lending/borrowers";

/** The Fineract reference loan (WE-2): 5000 at 12 %, 18 monthly equal instalments, EMI in whole units. */
export const TERM_PRODUCT: ProductConfigInput = {
  type: "term_loan",
  name: "Personal loan 18m",
  amountMin: "1000",
  amountMax: "50000",
  amountDefault: "5000",
  interestMax: "28",
  interestDefault: "12",
  instalmentsMin: 3,
  instalmentsMax: 36,
  instalmentsDefault: 18,
  instalmentMultiple: "1",
  repaymentDay: 1,
  fees: [
    { name: "Initiation fee", type: "flat", amount: "150", event: "disbursement" },
    { name: "Arrears fee", type: "percent", amount: "1", event: "arrears" },
    { name: "Default fee", type: "flat", amount: "250", event: "default" },
    { name: "Statement fee", type: "flat", amount: "25", event: "ad_hoc" },
  ],
};

export const REVOLVING_PRODUCT: ProductConfigInput = {
  type: "revolving_credit",
  name: "Credit line",
  amountMin: "1000",
  amountMax: "20000",
  amountDefault: "10000",
  interestMax: "24",
  interestDefault: "18.25",
  daysInYear: "365",
  statementDay: 25,
  dueDay: 15,
  minimumPaymentPercent: "5",
  minimumPaymentFloor: "200",
};

export const PERSON: BorrowerInput = ZBorrowerInput.parse({
  kind: "person",
  firstName: "Thabo",
  lastName: "Nkosi",
  dateOfBirth: "1988-07-14",
  nationalIdNumber: "8807145800089",
  nationalIdType: "za_id",
  email: "thabo.nkosi@example.co.za",
  phone: "+27 82 555 0101",
  city: "Johannesburg",
  country: "ZA",
});

export async function publishedProduct(svc: ServiceContext, config: ProductConfigInput = TERM_PRODUCT) {
  const product = await createProduct(svc, ZProductConfig.parse(config));
  return publishProduct(svc, product.id);
}

/** A published product, a borrower, an accepted application and its loan account (approved, not disbursed). */
export async function approvedLoan(svc: ServiceContext, options: { product?: ProductConfigInput; amount?: string; borrower?: BorrowerInput } = {}) {
  const product = await publishedProduct(svc, options.product ?? TERM_PRODUCT);
  const borrower = await createBorrower(svc, options.borrower ?? PERSON);
  const application = await createApplication(svc, { borrowerId: borrower.id, productId: product.id, ...(options.amount ? { amount: options.amount } : {}) });
  await completeApplication(svc, { applicationId: application.id });
  const loan = await openLoanAccount(svc, { applicationId: application.id });
  return { product, borrower, application, loan };
}
