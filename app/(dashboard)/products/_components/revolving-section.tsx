import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { choiceOptions } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import { bind, bindChoice, type SectionProps } from "./form-binding";
import { DAYS_IN_YEAR } from "./product-options";

/** Only for revolving credit: when statements are drawn, when they are due and what must be paid. */
export function RevolvingSection(props: SectionProps) {
  return (
    <Card>
      <CardHeader title="Revolving credit" description="Each month a statement is drawn; the borrower must pay at least the minimum by the due day." />
      <CardBody className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <InputField label="Statement day" inputMode="numeric" hint="Day of the month (1–31) the statement is drawn." {...bind(props, "statementDay")} />
        <InputField label="Due day" inputMode="numeric" hint="Day of the month (1–31) the minimum payment is due." {...bind(props, "dueDay")} />
        <SelectField label="Days in year" options={choiceOptions(DAYS_IN_YEAR)} {...bindChoice(props, "daysInYear", DAYS_IN_YEAR)} />
        <InputField
          label="Minimum payment (%)"
          inputMode="decimal"
          hint="Percentage of the statement balance that must be paid."
          {...bind(props, "minimumPaymentPercent")}
        />
        <InputField
          label="Minimum payment floor"
          inputMode="decimal"
          hint="The least the minimum payment can be (or the whole balance, if smaller)."
          {...bind(props, "minimumPaymentFloor")}
        />
      </CardBody>
    </Card>
  );
}
