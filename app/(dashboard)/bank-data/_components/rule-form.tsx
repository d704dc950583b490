"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { LABEL_OPTIONS } from "@/components/ui/bank-labels";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { choiceOptions } from "@/components/ui/choices";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField, SelectField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { RuleTestResults } from "./rule-test-results";
import { APPLIES_TO, NEW_RULE, ruleInputOf, unprefixed, valuesOf, type Rule, type RuleInput, type RuleTestResult, type RuleValues } from "./rule-values";

const FIELDS = new Set(["name", "pattern", "flags", "label", "appliesTo", "priority"]);

/** Write or change a rule, test it against the organisation's transactions, then save (which applies it). */
export function RuleForm({ rule, onDone }: { rule: Rule | null; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [values, setValues] = useState<RuleValues>(rule ? valuesOf(rule) : NEW_RULE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [tested, setTested] = useState<{ input: RuleInput; result: RuleTestResult } | null>(null);
  const test = useMutation(trpc.bankRules.test.mutationOptions());
  const invalidate = () => Promise.all([queryClient.invalidateQueries(trpc.bankRules.pathFilter()), queryClient.invalidateQueries(trpc.bankData.pathFilter())]);
  const create = useMutation(trpc.bankRules.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.bankRules.update.mutationOptions({ onSuccess: invalidate }));
  const set = <K extends keyof RuleValues>(key: K, value: RuleValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function checked(): RuleInput | null {
    const result = ruleInputOf(values);
    setErrors(result.ok ? {} : result.errors);
    setFormError(null);
    return result.ok ? result.value : null;
  }

  function showError(error: unknown) {
    const placed = unprefixed(fieldErrors(error));
    setErrors(placed);
    setFormError(Object.keys(placed).some((key) => FIELDS.has(key)) ? null : errorMessage(error));
  }

  async function runTest() {
    const input = checked();
    if (!input) return;
    try {
      const result = await test.mutateAsync({ ...input, ruleId: rule?.id });
      setTested({ input, result });
    } catch (error) {
      showError(error);
    }
  }

  async function save() {
    const input = checked();
    if (!input) return;
    try {
      const { relabelled } = rule ? await update.mutateAsync({ ruleId: rule.id, rule: input, enabled: values.enabled }) : await create.mutateAsync(input);
      toast.success(`Rule “${input.name}” saved: ${relabelled.toLocaleString("en-ZA")} transaction${relabelled === 1 ? "" : "s"} relabelled.`);
      onDone();
    } catch (error) {
      showError(error);
    }
  }

  const current = ruleInputOf(values);
  const stale = tested !== null && (!current.ok || JSON.stringify(current.value) !== JSON.stringify(tested.input));
  return (
    <Card>
      <CardHeader title={rule ? `Edit rule “${rule.name}”` : "New rule"} description="Test first to see what the pattern matches; saving applies it to every borrower's transactions." />
      <CardBody>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <InputField className="lg:col-span-2" label="Name" value={values.name} onChange={(e) => set("name", e.target.value)} error={errors.name} autoFocus />
            <SelectField label="Label" value={values.label} onChange={(e) => set("label", e.target.value)} options={[{ value: "", label: "Choose…" }, ...LABEL_OPTIONS]} error={errors.label} />
            <SelectField label="Applies to" value={values.appliesTo} onChange={(e) => set("appliesTo", e.target.value)} options={choiceOptions(APPLIES_TO)} error={errors.appliesTo} />
            <InputField
              className="sm:col-span-2"
              style={{ fontFamily: "var(--font-mono)" }}
              label="Pattern"
              value={values.pattern}
              onChange={(e) => set("pattern", e.target.value)}
              error={errors.pattern}
              hint="A regular expression over the description, case-insensitive."
              spellCheck={false}
              autoComplete="off"
            />
            <InputField label="Flags" value={values.flags} onChange={(e) => set("flags", e.target.value)} error={errors.flags} hint="Optional: m, s or u." spellCheck={false} autoComplete="off" />
            <InputField label="Priority" type="number" min={0} max={10000} value={values.priority} onChange={(e) => set("priority", e.target.value)} error={errors.priority} hint="Higher wins among your rules." />
          </div>
          {rule && <CheckboxField label="Enabled" hint="A disabled rule is kept but labels nothing." checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} />}
          {formError && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {formError}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" busy={test.isPending} onClick={() => void runTest()}>
              Test
            </Button>
            <Button type="submit" busy={create.isPending || update.isPending}>
              {rule ? "Save changes" : "Save rule"}
            </Button>
            <Button variant="ghost" onClick={onDone}>
              Cancel
            </Button>
          </div>
        </form>
        {tested && <RuleTestResults result={tested.result} label={tested.input.label} stale={stale} />}
      </CardBody>
    </Card>
  );
}
