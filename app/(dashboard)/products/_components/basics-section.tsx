import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { choiceOptions } from "@/components/ui/choices";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { bind, bindChoice, type SectionProps } from "./form-binding";
import { PRODUCT_TYPE } from "./product-options";

export function BasicsSection(props: SectionProps & { currency: string }) {
  const term = props.values.type === "term_loan";
  return (
    <Card>
      <CardHeader title="Basics and limits" description={`Amounts in ${props.currency}; rates in percent a year.`} />
      <CardBody className="grid gap-4 md:grid-cols-2">
        <SelectField label="Product type" options={choiceOptions(PRODUCT_TYPE)} {...bindChoice(props, "type", PRODUCT_TYPE)} />
        <InputField label="Name" placeholder="Personal loan 12 months" {...bind(props, "name")} />
        <TextareaField className="md:col-span-2" label="Description" rows={2} hint="Shown to officers when they pick a product for an application." {...bind(props, "description")} />
        <div className="grid gap-4 sm:grid-cols-3 md:col-span-2">
          <InputField label="Minimum amount" inputMode="decimal" {...bind(props, "amountMin")} />
          <InputField
            label={term ? "Maximum amount" : "Maximum credit limit"}
            inputMode="decimal"
            hint={term ? undefined : "Each account's limit is its application's amount, up to this."}
            {...bind(props, "amountMax")}
          />
          <InputField label="Default amount" inputMode="decimal" hint="Used when an application gives none." {...bind(props, "amountDefault")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3 md:col-span-2">
          <InputField label="Maximum interest rate (%)" inputMode="decimal" {...bind(props, "interestMax")} />
          <InputField label="Default interest rate (%)" inputMode="decimal" {...bind(props, "interestDefault")} />
          <InputField
            label="Arrears tolerance (days)"
            inputMode="numeric"
            hint="How many days a payment may be late before the loan counts as in arrears."
            {...bind(props, "arrearsToleranceDays")}
          />
        </div>
        {term && (
          <div className="grid gap-4 sm:grid-cols-3 md:col-span-2">
            <InputField label="Minimum instalments" inputMode="numeric" hint="Blank: 1." {...bind(props, "instalmentsMin")} />
            <InputField label="Maximum instalments" inputMode="numeric" hint="Blank: 600." {...bind(props, "instalmentsMax")} />
            <InputField label="Default instalments" inputMode="numeric" {...bind(props, "instalmentsDefault")} />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
