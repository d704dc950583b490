import { expect, test } from "@playwright/test";
import { ROLES } from "../server/platform/roles";
import { demoUser, signIn, signInAs } from "./helpers";

test("a signed-out visitor is sent to the sign-in page and back after signing in", async ({ page }) => {
  await page.goto("/settings/team");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Fteam/);
  await page.getByLabel("Email").fill(demoUser("admin").email);
  await page.getByLabel("Password").fill("demo-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
});

test("a wrong password gets one generic message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("officer@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
});

for (const role of ROLES) {
  test(`signs in as ${role} and sees the dashboard for that role`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page.getByText(`You are ${demoUser(role).roleLabel}`)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Loans" })).toBeVisible();
  });
}

test("a viewer sees no admin actions", async ({ page }) => {
  await signInAs(page, "viewer");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Jobs" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("cell", { name: "Olivia Owner" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Invite a member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Disable" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demoUser("credit_officer").email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the owner switches between organisations", async ({ page }) => {
  await signInAs(page, "owner");
  const switcher = page.getByLabel("Organisation");
  await expect(switcher).toHaveValue(/.+/);
  await switcher.selectOption({ label: "Karoo Credit" });
  await expect(page.locator("#main").getByText("Karoo Credit", { exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("cell", { name: "Adam Admin" })).toHaveCount(0);
});
