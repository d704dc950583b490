/**
 * Canonical decimal text ("-1234.5") as a BigInt of its smallest unit at a chosen scale, and back:
 * exact arithmetic for checks run on every row, where constructing Decimals would dominate.
 */
export function scaleOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The value in units of 10^-scale ("-12.5" at scale 2 is -1250n); `scale` must be ≥ the text's own. */
export function toScaled(text: string, scale: number): bigint {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? "" : body.slice(dot + 1);
  const value = BigInt(`${whole === "" ? "0" : whole}${fraction.padEnd(scale, "0")}`);
  return negative ? -value : value;
}

/** Minimal text: "13050.75", "2040" (trailing zeros and a bare point dropped), as Decimal#toFixed() writes it. */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative && text !== "0" ? `-${text}` : text;
}
