import { useId } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { choiceOptions } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import { bind, bindChoice, type SectionProps } from "./form-binding";
import {
  AMORTISATION,
  CALCULATION_PERIOD,
  DATE_TYPE,
  DAYS_IN_MONTH,
  DAYS_IN_YEAR,
  EARLY_REPAYMENT,
  FREQUENCY,
  HOLIDAY_SHIFT,
  INTEREST_METHOD,
  ROUNDING,
} from "./product-options";

/** Term loans: how the schedule is built (the lending-maths module's conventions) and re-built on early repayment. */
export function ScheduleSection(props: SectionProps) {
  const holidaysId = useId();
  return (
    <Card>
      <CardHeader title="Repayment and schedule" description="How due dates and instalments are computed. The preview shows the effect of every change." />
      <CardBody className="space-y-6">
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold text-slate-900">Repayments</legend>
          <InputField label="Repay every" inputMode="numeric" hint="1 with months: monthly; 2 with weeks: fortnightly." {...bind(props, "repaymentEvery")} />
          <SelectField label="Repayment frequency" options={choiceOptions(FREQUENCY)} {...bindChoice(props, "repaymentFrequency", FREQUENCY)} />
          <SelectField label="Amortisation" options={choiceOptions(AMORTISATION)} {...bindChoice(props, "amortisation", AMORTISATION)} />
          <SelectField label="Repayment date type" options={choiceOptions(DATE_TYPE)} {...bindChoice(props, "repaymentDateType", DATE_TYPE)} />
          <InputField
            label="Repayment day"
            inputMode="numeric"
            hint="Day of the month (1–31) for monthly loans with 'day of month'; short months use their last day. Blank: the disbursement's day."
            {...bind(props, "repaymentDay")}
          />
          <SelectField label="Holiday shift" options={choiceOptions(HOLIDAY_SHIFT)} {...bindChoice(props, "holidayShift", HOLIDAY_SHIFT)} />
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold text-slate-900">Interest</legend>
          <SelectField label="Interest method" options={choiceOptions(INTEREST_METHOD)} {...bindChoice(props, "interestMethod", INTEREST_METHOD)} />
          <SelectField
            label="Interest calculation period"
            options={choiceOptions(CALCULATION_PERIOD)}
            {...bindChoice(props, "interestCalculationPeriod", CALCULATION_PERIOD)}
          />
          <SelectField label="Days in year" options={choiceOptions(DAYS_IN_YEAR)} {...bindChoice(props, "daysInYear", DAYS_IN_YEAR)} />
          <SelectField label="Days in month" options={choiceOptions(DAYS_IN_MONTH)} {...bindChoice(props, "daysInMonth", DAYS_IN_MONTH)} />
          <div className="space-y-1 sm:col-span-2">
            <div className="flex items-center gap-2 pt-6">
              <input
                id={holidaysId}
                type="checkbox"
                className="size-4 rounded border-slate-300"
                checked={props.values.interestOnHolidays}
                onChange={(event) => props.set("interestOnHolidays", event.target.checked)}
                aria-describedby={`${holidaysId}-hint`}
              />
              <label htmlFor={holidaysId} className="text-sm font-medium text-slate-700">
                Interest on holidays
              </label>
            </div>
            <p id={`${holidaysId}-hint`} className="text-xs text-slate-500">
              When off, public holidays earn no interest (daily interest only).
            </p>
            {props.errors.interestOnHolidays && <p className="text-xs text-red-600">{props.errors.interestOnHolidays}</p>}
          </div>
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold text-slate-900">Grace, rounding and early repayment</legend>
          <InputField
            label="Grace on principal"
            inputMode="numeric"
            hint="The first N instalments pay interest only; the principal is spread over the rest."
            {...bind(props, "graceOnPrincipal")}
          />
          <InputField
            label="Grace on interest payment"
            inputMode="numeric"
            hint="The first N instalments pay no interest; it is deferred to the next instalment that pays interest."
            {...bind(props, "graceOnInterestPayment")}
          />
          <InputField
            label="Instalment multiple"
            inputMode="decimal"
            hint="Round instalments to a multiple of this (e.g. 10); the last instalment takes the difference. Blank: the cent."
            {...bind(props, "instalmentMultiple")}
          />
          <SelectField label="Rounding mode" options={choiceOptions(ROUNDING)} {...bindChoice(props, "roundingMode", ROUNDING)} />
          <SelectField
            className="sm:col-span-2"
            label="Early repayment strategy"
            options={choiceOptions(EARLY_REPAYMENT)}
            {...bindChoice(props, "earlyRepaymentStrategy", EARLY_REPAYMENT)}
          />
        </fieldset>
      </CardBody>
    </Card>
  );
}
