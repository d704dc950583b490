import { choiceHint, type Choice } from "@/components/ui/choices";
import type { ProductFormValues, TextField } from "./product-form-values";

export type SetField = <K extends keyof ProductFormValues>(key: K, value: ProductFormValues[K]) => void;

/** What every section of the product form receives. */
export interface SectionProps {
  values: ProductFormValues;
  set: SetField;
  errors: Record<string, string>;
}

/** The props that wire one text control to the form state and to the server's message for it. */
export function bind({ values, set, errors }: SectionProps, name: TextField) {
  return {
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    error: errors[name],
  };
}

/** A select's props plus the hint that explains the option currently chosen. */
export function bindChoice(props: SectionProps, name: TextField, choices: Readonly<Record<string, Choice>>, fallback?: string) {
  return { ...bind(props, name), hint: choiceHint(choices, props.values[name]) ?? fallback };
}
