import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { choiceHint, choiceOptions } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import type { SectionProps } from "./form-binding";
import type { FeeRow } from "./product-form-values";
import { FEE_EVENT, FEE_TYPE } from "./product-options";

/** The product's default fees: one row each, errors keyed like the server's (`fees.0.amount`). */
export function FeesEditor({ values, set, errors, readOnly }: SectionProps & { readOnly: boolean }) {
  const fees = values.fees;
  const update = (index: number, patch: Partial<FeeRow>) => set("fees", fees.map((fee, i) => (i === index ? { ...fee, ...patch } : fee)));
  const add = () => set("fees", [...fees, { key: crypto.randomUUID(), name: "", type: "flat", amount: "", event: "disbursement" }]);
  return (
    <Card>
      <CardHeader
        title="Fees"
        description="Charged automatically on their event; ad-hoc fees when an officer charges them."
        actions={
          !readOnly && (
            <Button variant="secondary" size="sm" onClick={add}>
              Add fee
            </Button>
          )
        }
      />
      <CardBody>
        {fees.length === 0 ? (
          <p className="text-sm text-slate-500">No fees. {readOnly ? "" : "Add one for disbursement, arrears, default or ad-hoc charges."}</p>
        ) : (
          <ol className="space-y-4">
            {fees.map((fee, i) => (
              <li key={fee.key} className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1.4fr_auto]">
                <InputField label={`Fee ${i + 1} name`} value={fee.name} onChange={(e) => update(i, { name: e.target.value })} error={errors[`fees.${i}.name`]} />
                <SelectField
                  label={`Fee ${i + 1} type`}
                  options={choiceOptions(FEE_TYPE)}
                  value={fee.type}
                  onChange={(e) => update(i, { type: e.target.value })}
                  error={errors[`fees.${i}.type`]}
                  hint={choiceHint(FEE_TYPE, fee.type)}
                />
                <InputField
                  label={`Fee ${i + 1} amount`}
                  inputMode="decimal"
                  value={fee.amount}
                  onChange={(e) => update(i, { amount: e.target.value })}
                  error={errors[`fees.${i}.amount`]}
                  hint={fee.type === "percent" ? "Percent" : "Amount"}
                />
                <SelectField
                  label={`Fee ${i + 1} event`}
                  options={choiceOptions(FEE_EVENT)}
                  value={fee.event}
                  onChange={(e) => update(i, { event: e.target.value })}
                  error={errors[`fees.${i}.event`]}
                  hint={choiceHint(FEE_EVENT, fee.event)}
                />
                {!readOnly && (
                  <Button variant="ghost" size="sm" className="mt-6" aria-label={`Remove fee ${i + 1}`} onClick={() => set("fees", fees.filter((_, j) => j !== i))}>
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ol>
        )}
        {errors.fees && <p className="mt-2 text-xs text-red-600">{errors.fees}</p>}
      </CardBody>
    </Card>
  );
}
