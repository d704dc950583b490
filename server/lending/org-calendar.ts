import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organisations } from "@/db/schema";
import { NotFoundError } from "@/server/platform/errors";
import { listOrganisationHolidays } from "./holidays";

export interface OrgCalendar {
  businessDate: string;
  currency: string;
  country: string;
  /** Public holidays of the organisation's country from the business date's year for `years` years. */
  holidays: string[];
}

/** Public holidays only change with the package's data: computing 30 years of them costs milliseconds, so once per process. */
const holidayCache = new Map<string, string[]>();

function holidaysOf(country: string, fromYear: number, toYear: number): string[] {
  const key = `${country}:${fromYear}:${toYear}`;
  let dates = holidayCache.get(key);
  if (!dates) {
    dates = listOrganisationHolidays({ country, fromYear, toYear });
    holidayCache.set(key, dates);
  }
  return dates;
}

/** The organisation's business date, currency and holidays: what every schedule of it needs. */
export async function loadOrgCalendar(db: Executor, orgId: string, years = 31): Promise<OrgCalendar> {
  const [org] = await db
    .select({ businessDate: organisations.businessDate, currency: organisations.currency, country: organisations.country })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw new NotFoundError("organisation", orgId);
  const fromYear = Number(org.businessDate.slice(0, 4)) - 1;
  return { ...org, holidays: holidaysOf(org.country, fromYear, fromYear + years) };
}
