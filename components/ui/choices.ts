/** A select option with the sentence that explains it (shown as the field's hint). */
export interface Choice {
  label: string;
  hint?: string;
}

/** `<select>` options from a complete label map (a Record keeps every enum value listed). */
export function choiceOptions(choices: Readonly<Record<string, Choice>>): Array<{ value: string; label: string }> {
  return Object.entries(choices).map(([value, choice]) => ({ value, label: choice.label }));
}

function isKey<T extends string>(choices: Readonly<Record<T, unknown>>, value: string): value is T {
  return Object.hasOwn(choices, value);
}

/** Reads a select's value back into its enum, or undefined for anything else (no casts). */
export function parseChoice<T extends string>(choices: Readonly<Record<T, unknown>>, value: string): T | undefined {
  return isKey(choices, value) ? value : undefined;
}

export function choiceHint<T extends string>(choices: Readonly<Record<T, Choice>>, value: string): string | undefined {
  return isKey(choices, value) ? choices[value].hint : undefined;
}
