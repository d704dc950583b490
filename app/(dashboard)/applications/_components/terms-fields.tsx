import { decimalIssues } from "@/components/ui/decimal";
import { InputField } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";

export interface ProductLimits {
  type: "term_loan" | "revolving_credit";
  amountMin: string;
  amountMax: string;
  amountDefault: string;
  interestMax: string;
  interestDefault: string;
  instalmentsMin: number | null;
  instalmentsMax: number | null;
  instalmentsDefault: number | null;
}

interface TermsFieldsProps {
  product: ProductLimits | undefined;
  currency: string;
  errors: Record<string, string>;
  defaults?: { amount: string; instalments: number | null; interestRate: string };
}

/** Amount, instalments and rate: blank takes the product's default, shown as the placeholder. */
export function TermsFields({ product, currency, errors, defaults }: TermsFieldsProps) {
  const term = product?.type !== "revolving_credit";
  // Creating, a blank field takes the product's default; editing, it keeps the application's value.
  const blank = defaults ? "blank: unchanged" : "blank: the default";
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <InputField
        label={term ? "Amount" : "Credit limit"}
        name="amount"
        inputMode="decimal"
        defaultValue={defaults?.amount}
        placeholder={product?.amountDefault}
        error={errors.amount}
        hint={product ? `${formatMoney(product.amountMin, currency)} to ${formatMoney(product.amountMax, currency)}; ${blank}.` : "Pick a product first."}
      />
      {term && (
        <InputField
          label="Instalments"
          name="instalments"
          inputMode="numeric"
          defaultValue={defaults?.instalments ?? undefined}
          placeholder={product?.instalmentsDefault?.toString()}
          error={errors.instalments}
          hint={product ? `${product.instalmentsMin ?? 1} to ${product.instalmentsMax ?? 600}; ${blank}.` : undefined}
        />
      )}
      <InputField
        label="Interest rate (% a year)"
        name="interestRate"
        inputMode="decimal"
        defaultValue={defaults?.interestRate}
        placeholder={product?.interestDefault}
        error={errors.interestRate}
        hint={product ? `At most ${product.interestMax} %; ${blank}.` : undefined}
      />
    </div>
  );
}

/** The form's terms as the procedure takes them: blanks are left out so the product's defaults apply. */
export function readTerms(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const instalments = text("instalments");
  return {
    amount: text("amount"),
    // A non-number reaches the server as NaN, which refuses it with the field's own message.
    instalments: instalments === undefined ? undefined : Number(instalments),
    interestRate: text("interestRate"),
  };
}

/** Amount and rate typos named under their fields before the server is asked. */
export function termsProblems(terms: ReturnType<typeof readTerms>): Record<string, string> {
  return decimalIssues([
    { key: "amount", value: terms.amount ?? "" },
    { key: "interestRate", value: terms.interestRate ?? "" },
  ]);
}
