/**
 * Delinquency buckets by days overdue, from the organisation's bucket starts (lower bounds,
 * inclusive, increasing): [1, 31, 61] gives Current (0 days), 1–30, 31–60 and 61+. Close of business
 * files each account's portfolio snapshot under the same bucket numbers, so a loan page and the
 * portfolio-at-risk chart always agree.
 */
export interface DelinquencyBucket {
  /** 0 is current (nothing overdue); n is the n-th start. */
  bucket: number;
  label: string;
}

export interface Delinquency extends DelinquencyBucket {
  daysOverdue: number;
}

export function delinquencyBuckets(starts: readonly number[]): DelinquencyBucket[] {
  return [
    { bucket: 0, label: "Current" },
    ...starts.map((start, i) => {
      const next = starts[i + 1];
      return { bucket: i + 1, label: next === undefined ? `${start}+ days` : `${start}–${next - 1} days` };
    }),
  ];
}

/** The last bucket whose start the days overdue reach (the SQL of the portfolio snapshot does the same). */
export function delinquencyBucketOf(daysOverdue: number, starts: readonly number[]): number {
  let bucket = 0;
  for (const [i, start] of starts.entries()) if (daysOverdue >= start) bucket = i + 1;
  return bucket;
}

export function delinquencyOf(daysOverdue: number, starts: readonly number[]): Delinquency {
  const bucket = delinquencyBucketOf(daysOverdue, starts);
  const label = delinquencyBuckets(starts)[bucket]?.label ?? "Current";
  return { daysOverdue, bucket, label };
}
