import { expect, test, type Page } from "@playwright/test";
import { addDays } from "../server/shared/dates";
import { signInAs } from "./helpers";

/**
 * Close of business, portfolio at risk and revolving statements through the dashboard. Only the
 * first test changes anything: it closes one day of the demo organisation, whose business date the
 * other spec files share (lending.spec.ts moves it too), so it reads the date first and expects one
 * day more, never a fixed date. The other tests only read.
 */

const businessDate = (page: Page) => page.getByTestId("cob-business-date");

async function openFromNav(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an admin closes one day and follows the run to the next business date", async ({ page }) => {
  await signInAs(page, "admin");
  await openFromNav(page, "Close of business");
  await expect(businessDate(page)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const before = (await businessDate(page).textContent())?.trim() ?? "";
  const after = addDays(before, 1);
  const latestPossible = (await page.getByTestId("cob-closable-until").textContent())?.trim() ?? "";
  // The Playwright config runs this file before the others, which move the business date.
  expect(after <= latestPossible, `business date ${before} leaves a day to close (until ${latestPossible})`).toBe(true);

  await page.getByRole("button", { name: "Run close of business" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: /Close one day/ })).toBeChecked();
  await expect(dialog.getByText(`the business date becomes ${after}`)).toBeVisible();
  await dialog.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByText(`Close of business queued for ${before}.`)).toBeVisible();

  // The job runner polls every two seconds; the page polls the run once a second until it ends.
  const latest = page.getByRole("region", { name: "Latest run" });
  await expect(latest).toContainText(before, { timeout: 30_000 });
  await expect(latest.getByRole("progressbar", { name: "Accounts closed" })).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(latest).toContainText("Completed");
  await expect(latest).toContainText(/\d+ of \d+ accounts closed · 0 failed/);
  await expect(businessDate(page)).toHaveText(after);
  await expect(page.getByText(`Close of business done: the business date is now ${after}.`)).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`Business date ${after}`);
  await expect(page.getByRole("button", { name: "Run close of business" })).toBeDisabled();

  const newest = page.getByRole("table", { name: "Recent runs" }).getByRole("row").nth(1);
  await expect(newest).toContainText(before);
  await expect(newest).toContainText("Completed");
  await expect(newest).toContainText("Adam Admin");
  await expect(page.getByText("None: every account closed.")).toBeVisible();
});

test("the portfolio-at-risk charts show a year of closed days by bucket", async ({ page }) => {
  await signInAs(page, "credit_officer");
  await openFromNav(page, "Portfolio at risk");
  await page.getByRole("button", { name: "Last 365 days" }).click();
  await expect(page.getByRole("button", { name: "Last 365 days" })).toHaveAttribute("aria-pressed", "true");
  for (const name of ["Accounts by delinquency bucket over time", "Principal outstanding by delinquency bucket over time"]) {
    const chart = page.getByRole("figure", { name });
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(chart.locator(".recharts-area-area").first()).toHaveAttribute("d", /^M.+L/);
  }
  const table = page.getByRole("table", { name: "Portfolio on the latest day" });
  await expect(table.getByRole("row", { name: /^Current/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^1–30 days/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Total/ })).toContainText("ZAR");
  expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(4);
});

test("a revolving loan's statement opens as a printable page with its closing balance", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/loans");
  // The demo book has loans in arrears and default: their bucket shows beside their status.
  await expect(page.getByText(/^Overdue \d+(–\d+|\+) days$/).first()).toBeVisible();
  const revolving = page.getByRole("row").filter({ hasText: "Flexi credit line" }).filter({ hasNotText: "Approved" }).first();
  await revolving.getByRole("link", { name: /^LN-\d{6}$/ }).click();
  await expect(page.getByRole("heading", { name: /^Loan LN-\d{6}$/ })).toBeVisible();

  const statements = page.getByRole("table", { name: "Statements" });
  const first = statements.getByRole("row").nth(1);
  const closing = (await first.getByRole("cell").nth(2).textContent())?.trim() ?? "";
  expect(closing).toMatch(/^ZAR/);
  await first.getByRole("link").click();

  await expect(page.getByRole("heading", { name: /^Statement of account LN-\d{6}$/ })).toBeVisible();
  await expect(page.getByRole("main").getByText("Demo Lender", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Statement summary" }).getByRole("row", { name: /Closing balance/ })).toContainText(closing);
  await expect(page.getByRole("region", { name: "Payment due" })).toContainText(/Minimum payment ZAR.+ due by \d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download (HTML)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^statement-LN-\d{6}-\d{4}-\d{2}-\d{2}\.html$/);
});

test("a viewer sees close of business without the run button", async ({ page }) => {
  await signInAs(page, "viewer");
  await openFromNav(page, "Close of business");
  await expect(businessDate(page)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("table", { name: "Recent runs" }).getByRole("row").nth(1)).toContainText("Completed");
  await expect(page.getByText("Daily schedule:")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run close of business" })).toHaveCount(0);
});

test("the lending policy names the rule a bad list of bucket starts breaks, without saving it", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/lending");
  const starts = page.getByLabel("Delinquency buckets start at (days overdue)");
  await expect(starts).toHaveValue(/^\d+(, \d+)*$/);
  await expect(page.getByLabel("Daily run time")).toHaveValue(/^\d{2}:\d{2}$/);
  await expect(page.getByLabel("Run close of business every day by itself")).toBeVisible();
  await starts.fill("1, 31, soon");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(starts).toHaveAccessibleDescription('must be whole numbers of days separated by commas ("soon" is not)');
  await starts.fill("61, 31");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(starts).toHaveAccessibleDescription("must be increasing day counts, e.g. 1, 31, 61, 91, 181");
});
