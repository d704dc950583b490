import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

/**
 * The seed's lending flow through the dashboard, as a credit officer: products, a borrower,
 * applications, loan accounts, postings, a revert, early repayment with both strategies, time
 * travel (an admin moves the business date) and closing. Serial: the business date is shared by the
 * whole organisation, and the viewer looks at the loan the first test leaves open.
 */
test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const termProduct = `E2E term ${stamp}`;
const reducedProduct = `E2E reduced ${stamp}`;
const lastName = `Tester${stamp}`;
let openLoanUrl: string | null = null;

const dialog = (page: Page) => page.getByRole("dialog");
const scheduleRows = (page: Page) => page.getByRole("table", { name: "Schedule in force" }).getByRole("row");
/** The status badge of instalment `n` (row 0 is the header). */
const instalmentStatus = (page: Page, n: number): Locator => scheduleRows(page).nth(n).getByRole("cell").last();

/** "ZAR 1 100,16" (en-ZA) back to cents, to compare two amounts the page shows. */
function cents(text: string): number {
  const digits = text.replace(/[^\d,.-]/g, "").replace(/\s/g, "");
  const [whole = "0", fraction = "00"] = digits.split(/[,.](?=\d{2}$)/);
  return Number(whole.replace(/[,.]/g, "")) * 100 + Number(fraction);
}

async function createAndPublishTermProduct(page: Page) {
  await page.goto("/products");
  await page.getByRole("link", { name: "New product" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill(termProduct);
  await page.getByLabel("Maximum amount").fill("50000");
  await page.getByLabel("Default amount").fill("60000");
  await page.getByLabel("Maximum interest rate (%)").fill("30");
  await page.getByLabel("Default interest rate (%)").fill("18");
  await expect(page.getByLabel("Default instalments")).toHaveValue("12");
  await expect(page.getByLabel("Early repayment strategy")).toHaveValue("from_last_instalment");
  await page.getByRole("button", { name: "Add fee" }).click();
  await page.getByLabel("Fee 1 name").fill("Initiation fee");
  await page.getByLabel("Fee 1 amount").fill("150");
  await expect(page.getByLabel("Fee 1 event")).toHaveValue("disbursement");
  // The server's cross-field rule shows under the field it names.
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByLabel("Default amount")).toHaveAccessibleDescription("must be between amountMin (0) and amountMax (50000)");
  await page.getByLabel("Default amount").fill("12000");
  await expect(page.getByRole("table", { name: "Preview schedule" }).getByRole("row")).toHaveCount(1 + 12 + 1);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}$/);
  await publish(page, termProduct);
}

async function publish(page: Page, name: string) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await dialog(page).getByRole("button", { name: "Publish" }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByText(`${name} is published.`)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
}

/** A copy of the published term product, changed to re-schedule early repayments by reducing instalments. */
async function copyAsReducedProduct(page: Page) {
  await page.getByRole("button", { name: "Copy to new draft" }).click();
  await dialog(page).getByRole("button", { name: "Copy to new draft" }).click();
  await expect(page.getByRole("heading", { name: `Copy of ${termProduct}`, exact: true })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(reducedProduct);
  await page.getByLabel("Early repayment strategy").selectOption({ label: "Reduced instalments" });
  await expect(page.getByText("the end date stays and every instalment gets smaller")).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { name: reducedProduct, exact: true })).toBeVisible();
  await publish(page, reducedProduct);
}

async function createBorrower(page: Page): Promise<string> {
  await page.goto("/borrowers");
  await page.getByRole("link", { name: "New borrower" }).first().click();
  await page.getByLabel("First name").fill("Thabo");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("1985-04-12");
  await page.getByLabel("ID type").selectOption({ label: "South African ID" });
  await page.getByLabel("ID number").fill("8504125800087");
  await page.getByLabel("Email").fill(`thabo.${stamp}@example.com`);
  await page.getByRole("button", { name: "Add borrower" }).click();
  await expect(page.getByRole("heading", { name: `Thabo ${lastName}` })).toBeVisible();
  return page.url();
}

/**
 * Apply with the product's defaults (from the borrower's page, or from the applications list with
 * the borrower search), complete it (accepted), open the loan account and disburse it.
 */
async function disbursedLoan(page: Page, product: string, borrowerUrl: string | null): Promise<string> {
  if (borrowerUrl) {
    await page.goto(borrowerUrl);
    await page.getByRole("link", { name: "New application" }).click();
  } else {
    await page.goto("/applications");
    await page.getByRole("link", { name: "New application" }).first().click();
    await page.getByLabel("Borrower", { exact: true }).fill(lastName);
    await page.getByRole("list", { name: "Borrower matches" }).getByRole("button", { name: new RegExp(`Thabo ${lastName}`) }).click();
  }
  await expect(page.getByText(`Thabo ${lastName}`)).toBeVisible();
  await page.getByLabel("Product", { exact: true }).selectOption({ label: product });
  await expect(page.getByLabel("Amount")).toHaveAttribute("placeholder", "12000");
  await page.getByRole("button", { name: "Create application" }).click();
  await expect(page.getByRole("heading", { name: /^Application AP-/ })).toBeVisible();
  await page.getByRole("button", { name: "Complete", exact: true }).click();
  await dialog(page).getByRole("button", { name: "Complete and decide" }).click();
  await expect(page.getByText("Application accepted.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Rules" }).getByText("Borrower age")).toBeVisible();
  await page.getByRole("button", { name: "Open loan account" }).click();
  await dialog(page).getByRole("button", { name: "Open loan account" }).click();
  await page.getByRole("link", { name: /^View loan LN-/ }).click();
  await expect(page.getByRole("heading", { name: /^Loan LN-\d{6}$/ })).toBeVisible();
  await page.getByRole("button", { name: "Disburse", exact: true }).click();
  await dialog(page).getByRole("button", { name: "Disburse" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await expect(scheduleRows(page)).toHaveCount(1 + 12);
  return page.url();
}

async function repay(page: Page, fill: (amount: Locator) => Promise<void>) {
  await page.getByRole("button", { name: "Repay", exact: true }).click();
  await fill(dialog(page).getByLabel("Amount"));
  await dialog(page).getByRole("button", { name: "Post repayment" }).click();
  await expect(dialog(page)).toHaveCount(0);
}

test("a credit officer runs a loan from product to payoff", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInAs(page, "credit_officer");
  await test.step("products", async () => {
    await createAndPublishTermProduct(page);
    await copyAsReducedProduct(page);
  });
  const borrowerUrl = await test.step("borrower", () => createBorrower(page));
  const termLoan = await test.step("term loan (from last instalment)", () => disbursedLoan(page, termProduct, borrowerUrl));
  const firstDue = (await scheduleRows(page).nth(1).getByRole("cell").nth(1).textContent())?.trim() ?? "";
  expect(firstDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const reducedLoan = await test.step("term loan (reduced instalments)", () => disbursedLoan(page, reducedProduct, null));
  // Instalment 3 is wholly in the future when the early repayment is made (the prepaid principal shows on instalment 2).
  const thirdTotal = async () => cents((await scheduleRows(page).nth(3).getByRole("cell").nth(5).textContent()) ?? "");
  const thirdTotalBefore = await thirdTotal();

  await test.step("an admin moves the business date to the first due date", async () => {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const admin = await context.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/settings/organisation");
    await admin.getByLabel("New business date").fill(firstDue);
    await admin.getByRole("button", { name: "Move business date" }).click();
    await expect(admin.getByText(`Business date is now ${firstDue}.`)).toBeVisible();
    await context.close();
  });

  await test.step("repay the first instalment, then revert it", async () => {
    await page.goto(termLoan);
    await expect(page.getByText(`As of the business date, ${firstDue}.`)).toBeVisible();
    await expect(instalmentStatus(page, 1)).toHaveText("Due");
    await repay(page, async () => {
      await dialog(page).getByRole("button", { name: /^Due now:/ }).click();
    });
    await expect(instalmentStatus(page, 1)).toHaveText("Paid");
    await expect(instalmentStatus(page, 2)).toHaveText("Upcoming");
    const repayment = page.getByRole("table", { name: "Transactions" }).getByRole("row").filter({ hasText: "Repayment" });
    await repayment.getByRole("button", { name: "Revert" }).click();
    await expect(dialog(page).getByText("It is the latest transaction")).toBeVisible();
    await dialog(page).getByLabel("Reason").fill("Posted to the wrong account");
    await dialog(page).getByRole("button", { name: "Revert" }).click();
    await expect(instalmentStatus(page, 1)).toHaveText("Due");
    await expect(repayment.getByText("Reverted", { exact: true })).toBeVisible();
  });

  await test.step("repay early: the last instalments are paid first", async () => {
    await repay(page, (amount) => amount.fill("3000"));
    await expect(instalmentStatus(page, 1)).toHaveText("Paid");
    await expect(instalmentStatus(page, 12)).toHaveText("Paid");
    await expect(instalmentStatus(page, 2)).toHaveText("Upcoming");
    await expect(page.getByText(/early repayment on .* \(from last instalment\)/)).toBeVisible();
  });

  await test.step("repay early on the other loan: every instalment gets smaller", async () => {
    await page.goto(reducedLoan);
    await repay(page, (amount) => amount.fill("3000"));
    await expect(instalmentStatus(page, 1)).toHaveText("Paid");
    await expect(instalmentStatus(page, 12)).not.toHaveText("Paid");
    await expect.poll(thirdTotal).toBeLessThan(thirdTotalBefore);
    await expect(page.getByText(/early repayment on .* \(reduced instalments\)/)).toBeVisible();
    openLoanUrl = page.url();
  });

  await test.step("pay off the first loan with its payoff quote: it closes as paid in full", async () => {
    await page.goto(termLoan);
    await expect(page.getByRole("figure", { name: "Principal outstanding over time" }).locator(".recharts-line")).toHaveCount(2);
    // The quote's last figure is its total, for the business date (the default quote date).
    const quote = (await page.getByLabel("Payoff quote", { exact: true }).getByRole("definition").last().textContent())?.trim() ?? "";
    expect(quote).toMatch(/ZAR/);
    await repay(page, async () => {
      await dialog(page).getByRole("button", { name: `Pay off: ${quote}` }).click();
    });
    await expect(page.getByText("Closed · paid in full")).toBeVisible();
    await expect(page.getByRole("button", { name: "Repay", exact: true })).toHaveCount(0);
  });
});

test("a viewer sees lending pages but no actions", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/products");
  await expect(page.getByRole("heading", { name: "Products" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: openLoanUrl ? termProduct : /./ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "New product" })).toHaveCount(0);
  await page.goto("/borrowers");
  await expect(page.getByRole("link", { name: "New borrower" })).toHaveCount(0);
  await page.goto("/applications");
  await expect(page.getByRole("link", { name: "New application" })).toHaveCount(0);
  if (openLoanUrl) {
    await page.goto(openLoanUrl);
  } else {
    // Run on its own: any active loan of the demo data will do.
    await page.goto("/loans");
    await page.getByLabel("Status").selectOption({ label: "Active" });
    await page.getByRole("link", { name: /^LN-\d{6}$/ }).first().click();
  }
  await expect(page.getByRole("table", { name: "Transactions" }).getByRole("row").filter({ hasText: "Applied" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Repay", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Revert" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close", exact: true })).toHaveCount(0);
});
