import { describe, expect, it } from "vitest";
import { listOrganisationHolidays } from "./holidays";

describe("listOrganisationHolidays", () => {
  const za2024 = listOrganisationHolidays({ country: "ZA", fromYear: 2024, toYear: 2024 });

  it("lists South Africa's public holidays, substitute Mondays included", () => {
    expect(za2024).toEqual([
      "2024-01-01", "2024-03-21", "2024-03-29", "2024-04-01", "2024-04-27", "2024-05-01", "2024-05-29",
      "2024-06-16", "2024-06-17", "2024-08-09", "2024-09-24", "2024-12-16", "2024-12-25", "2024-12-26",
    ]);
  });

  it("adds the organisation's own days, sorted and without duplicates, over a year range", () => {
    const dates = listOrganisationHolidays({ country: "za", fromYear: 2023, toYear: 2024, extra: ["2024-12-24", "2024-12-25", "2023-12-27"] });
    expect(dates).toContain("2024-12-24");
    expect(dates).toContain("2023-01-02"); // New Year's Day 2023 fell on a Sunday
    expect(dates.filter((d) => d === "2024-12-25")).toHaveLength(1);
    expect([...dates].sort()).toEqual(dates);
  });

  it("can include observances when asked", () => {
    const withObservances = listOrganisationHolidays({ country: "ZA", fromYear: 2024, toYear: 2024, types: ["public", "observance"] });
    expect(withObservances).toContain("2024-03-31"); // Easter Sunday
    expect(za2024).not.toContain("2024-03-31");
  });

  it("refuses an unknown country, a bad range and bad dates", () => {
    expect(() => listOrganisationHolidays({ country: "QQ", fromYear: 2024, toYear: 2024 })).toThrow(/country: "QQ" is not a country/);
    expect(() => listOrganisationHolidays({ country: "ZA", fromYear: 2025, toYear: 2024 })).toThrow(/toYear/);
    expect(() => listOrganisationHolidays({ country: "ZA", fromYear: 2024, toYear: 2024, extra: ["2024-02-30"] })).toThrow(/extra/);
  });
});
