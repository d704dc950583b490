import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

/**
 * The Analysis tab over the seed's bank data (db/seed/bank-data.ts), as a credit officer: a completed
 * analysis read (cards, flags with their definitions and transactions, charts, JSON, the printed
 * report), a new analysis run to completion, a failed one explained, and an application's own
 * analysis. Each test uses its own borrower, so they run in parallel and alongside other specs.
 */

// Intl's en-ZA money: "ZAR 18 500,00" with non-breaking spaces (\s matches them).
const zar = (whole: string, cents = "00") => new RegExp(`ZAR\\s${whole.replace(" ", "\\s")},${cents}`);

async function openAnalysis(page: Page, email: string, name: string): Promise<void> {
  await page.goto("/borrowers");
  await page.getByLabel("Search borrowers").fill(email);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Borrower sections" }).getByRole("link", { name: "Analysis" }).click();
  await expect(page.getByRole("heading", { name: `Analysis: ${name}` })).toBeVisible();
}

const historyRows = (page: Page) => page.getByRole("table", { name: "Analysis history" }).locator("tbody tr");

test("a credit officer reads a completed analysis: cards, flags, drill-down, charts, JSON and the report", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "credit_officer");
  await openAnalysis(page, "lerato.ndlovu@example.co.za", "Lerato Ndlovu");

  await test.step("history and summary cards", async () => {
    await expect(historyRows(page).first()).toContainText("Completed");
    await expect(historyRows(page).first()).toContainText("After an import");
    await expect(page.getByTestId("summary-income")).toContainText(zar("18 500"));
    await expect(page.getByTestId("summary-income")).toContainText("ACME MINING PTY LTD");
    await expect(page.getByTestId("summary-affordability")).toContainText(/ZAR\s[\d\s]+,\d{2}/);
    await expect(page.getByTestId("summary-health")).toContainText("/ 100");
    await expect(page.getByTestId("summary-credit-score")).toContainText("Internal model");
    await expect(page.getByTestId("summary-credit-score")).toContainText("version internal-1.0.0");
    await expect(page.getByTestId("summary-credit-score")).toContainText("Budget management");
  });

  await test.step("flags with the organisation's thresholds and our definitions", async () => {
    const gambling = page.getByTestId("flag-gambling_share");
    await expect(gambling).toContainText("1.89 %");
    await expect(gambling).toHaveAttribute("data-tone", "amber");
    await gambling.getByRole("button", { name: "Definition of Gambling share of income" }).hover();
    await expect(gambling.getByRole("tooltip")).toBeVisible();
    await expect(gambling.getByRole("tooltip")).toContainText("monthly_average_gambling_proportion");
    await expect(page.getByTestId("flag-overdraft_days")).toContainText("5 days");
    await expect(page.getByTestId("flag-returned_debits_3m")).toContainText("1 returned");
  });

  await test.step("a flag drills down to its transactions", async () => {
    await page.getByTestId("flag-returned_debits_3m").getByRole("button", { name: "View 2 transactions" }).click();
    const dialog = page.getByRole("dialog");
    const rows = dialog.getByRole("table", { name: "Flag transactions" }).locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("RD UNPAID DEBIT ORDER VODACOM CONTRACT");
    await expect(rows.nth(1)).toContainText("DEBIT ORDER VODACOM CONTRACT");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step("the charts are drawn", async () => {
    for (const name of ["Monthly income against expenses, with affordability", "90-day balance forecast", "Expense breakdown by label", "Gambling and cash as a share of income", "Daily balance with overdraft days shaded"]) {
      await expect(page.getByRole("figure", { name }).locator("svg.recharts-surface").first()).toBeVisible();
    }
    await expect(page.getByRole("figure", { name: "Monthly income against expenses, with affordability" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("figure", { name: "Daily balance with overdraft days shaded" }).locator(".recharts-reference-area")).toHaveCount(1);
    await expect(page.getByRole("table", { name: "Income heatmap" })).toContainText(/18[,.]5\s?K/i);
  });

  await test.step("download the stored result as JSON", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download JSON" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^analysis-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
    const json: unknown = JSON.parse(await readFile(await file.path(), "utf8"));
    expect(json).toMatchObject({
      status: "completed",
      currency: "ZAR",
      affordability: { average_full_month_primary_income: "18500.00" },
      risk_insights: { risk_insights: { returned_debit_orders_insights: { last_3_months_count: 1 }, overdraft_insights: { total_days_in_overdraft: 5 } } },
      credit_score: { model: "internal model" },
    });
  });

  await test.step("the printable report", async () => {
    await page.getByRole("link", { name: "Printable report" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lerato Ndlovu" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Monthly affordability" }).locator("tbody tr")).toHaveCount(7);
    await expect(page.getByRole("table", { name: "Flags" })).toContainText("Gambling share of income");
    await expect(page.getByRole("table", { name: "Credit commitments" })).toContainText("WESBANK");
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.locator("#sidebar")).toBeHidden();
    await expect(page.getByRole("table", { name: "Monthly affordability" })).toBeVisible();
  });
});

test("a credit officer runs a new analysis and sees it go from running to completed", async ({ page }) => {
  await signInAs(page, "credit_officer");
  await openAnalysis(page, "sipho.pretorius@example.co.za", "Sipho Pretorius");
  await expect(page.getByTestId("summary-income")).toContainText(zar("32 000"));
  const before = await historyRows(page).count();
  await page.getByRole("button", { name: "Run analysis" }).click();
  await expect(page.getByText("Analysis running…")).toBeVisible();
  await expect(page).toHaveURL(/\?analysis=[0-9a-f-]{36}$/);
  await expect(page.getByTestId("summary-income")).toContainText(zar("32 000"), { timeout: 20_000 });
  await expect(page.getByText("Analysis running…")).toHaveCount(0);
  await expect(historyRows(page)).toHaveCount(before + 1);
  const newest = historyRows(page).first();
  await expect(newest).toContainText("Started by an officer");
  await expect(newest).toContainText("Completed");
  await expect(newest).toContainText("Shown");
  // The earlier analysis is kept as it was and can still be shown.
  await historyRows(page).nth(1).getByRole("button", { name: /^Show/ }).click();
  await expect(historyRows(page).nth(1)).toContainText("Shown");
  await expect(page.getByTestId("summary-income")).toContainText(zar("32 000"));
});

test("an analysis the data-quality gate refuses says why and what to do", async ({ page }) => {
  await signInAs(page, "credit_officer");
  await openAnalysis(page, "naledi.jacobs@example.co.za", "Naledi Jacobs");
  await expect(historyRows(page).first()).toContainText("Failed");
  const alert = page.getByRole("alert").filter({ hasText: "could not be completed" });
  await expect(alert).toContainText("not_enough_transactions");
  await expect(alert).toContainText("20 are needed on one account");
  await expect(alert).toContainText("Import a longer statement");
  await expect(alert.getByRole("link", { name: "Import a statement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download JSON" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Printable report" })).toHaveCount(0);
});

test("an application shows its own analysis and runs a new one for itself", async ({ page }) => {
  await signInAs(page, "credit_officer");
  await page.goto("/borrowers");
  await page.getByLabel("Search borrowers").fill("lwazi.mahlangu@example.co.za");
  await page.getByRole("link", { name: "Lwazi Mahlangu", exact: true }).click();
  await page.getByRole("row").filter({ hasText: "Incomplete" }).getByRole("link").first().click();
  const section = page.getByRole("region", { name: "Analysis" });
  await expect(section.getByRole("table", { name: "Analysis history" }).locator("tbody tr").first()).toContainText("for this application");
  await expect(section.getByTestId("summary-income")).toContainText(zar("12 500"));
  await section.getByRole("button", { name: "Run analysis" }).click();
  await expect(section.getByText("Analysis running…")).toBeVisible();
  await expect(section.getByTestId("summary-income")).toContainText(zar("12 500"), { timeout: 20_000 });
  const newest = section.getByRole("table", { name: "Analysis history" }).locator("tbody tr").first();
  await expect(newest).toContainText("Started by an officer");
  await expect(newest).toContainText("for this application");
});

test("a viewer reads analyses but cannot start one", async ({ page }) => {
  await signInAs(page, "viewer");
  await openAnalysis(page, "lerato.ndlovu@example.co.za", "Lerato Ndlovu");
  await expect(page.getByTestId("summary-health")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run analysis" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Download JSON" })).toBeVisible();
});
