const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The server's rule for amounts and rates written as strings. Checked here too because the
 * server's own check throws on such input instead of naming the field (see the lending input
 * schemas), so without it a typo would come back as one message with no field to point at.
 */
export function decimalIssue(value: string, { required = false } = {}): string | undefined {
  const text = value.trim();
  if (text === "") return required ? "is required" : undefined;
  return DECIMAL.test(text) ? undefined : "must be a decimal number such as 1500.00";
}

/** The issues of several fields at once, keyed by field, without the ones that pass. */
export function decimalIssues(fields: ReadonlyArray<{ key: string; value: string; required?: boolean }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const issue = decimalIssue(field.value, { required: field.required ?? false });
    if (issue) out[field.key] = issue;
  }
  return out;
}
