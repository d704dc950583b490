/**
 * A PostgreSQL array literal (`{"a",NULL,"c"}`) for one text parameter cast to `type[]`: bulk
 * inserts send each column as a single array instead of thousands of bound parameters.
 */
export function pgArrayLiteral(values: ReadonlyArray<string | number | boolean | null>): string {
  const items = values.map((value) => {
    if (value === null) return "NULL";
    const text = String(value);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(",")}}`;
}
