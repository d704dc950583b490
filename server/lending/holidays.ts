import Holidays from "date-holidays";
import { type IsoDate, isIsoDate } from "@/server/shared/dates";
import { LendingInputError } from "./errors";

/**
 * An organisation's holidays: the public holidays of its country from the `date-holidays`
 * package (substitute days included, e.g. a Sunday holiday observed on the Monday) plus the
 * organisation's own list, as sorted unique ISO dates ready for schedule terms.
 */

export type HolidayType = "public" | "bank" | "optional" | "school" | "observance";

export interface OrganisationHolidaysRequest {
  /** ISO 3166-1 alpha-2 code, e.g. "ZA". */
  country: string;
  /** Optional ISO 3166-2 subdivision code known to date-holidays. */
  state?: string;
  fromYear: number;
  toYear: number;
  /** The organisation's own closing days. */
  extra?: readonly IsoDate[];
  /** Which kinds of holiday close the organisation; observances (Mother's Day…) do not by default. */
  types?: readonly HolidayType[];
}

const DEFAULT_TYPES: readonly HolidayType[] = ["public", "bank"];
const MAX_YEARS = 200;

/** Lists the organisation's holidays for the years `fromYear`–`toYear` (inclusive). */
export function listOrganisationHolidays(request: OrganisationHolidaysRequest): IsoDate[] {
  const country = request.country.toUpperCase();
  const lookup = new Holidays();
  if (!Object.hasOwn(lookup.getCountries(), country)) {
    throw new LendingInputError("country", `"${request.country}" is not a country known to date-holidays`);
  }
  const state = request.state?.toUpperCase();
  if (state !== undefined && !Object.hasOwn(lookup.getStates(country) ?? {}, state)) {
    throw new LendingInputError("state", `"${request.state}" is not a subdivision of ${country} known to date-holidays`);
  }
  const { fromYear, toYear } = request;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear > MAX_YEARS) {
    throw new LendingInputError("toYear", `must be a whole year from fromYear to fromYear + ${MAX_YEARS}`);
  }
  for (const date of request.extra ?? []) {
    if (!isIsoDate(date)) throw new LendingInputError("extra", `"${date}" is not a date written as YYYY-MM-DD`);
  }
  const calendar = state === undefined ? new Holidays(country) : new Holidays(country, state);
  const types = new Set(request.types ?? DEFAULT_TYPES);
  const dates = new Set<IsoDate>(request.extra ?? []);
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of calendar.getHolidays(year)) {
      // date-holidays gives "YYYY-MM-DD hh:mm:ss" in the country's own time: the day is the date.
      if (types.has(holiday.type)) dates.add(holiday.date.slice(0, 10));
    }
  }
  return [...dates].sort();
}
