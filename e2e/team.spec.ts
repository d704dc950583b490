import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

test("an admin invites a member, who follows the link from the outbox and signs in", async ({ page }) => {
  const email = `thandi.${Date.now()}@example.com`;
  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Credit officer" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Email outbox" }).click();
  const message = page.getByRole("listitem").filter({ hasText: `To ${email}` });
  await expect(message).toBeVisible();
  const link = await message.getByRole("link", { name: "Open the link in this email" }).getAttribute("href");
  expect(link).toMatch(/\/invite\//);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(new URL(link ?? "", page.url()).pathname);
  await expect(page.getByRole("heading", { name: "Join Demo Lender" })).toBeVisible();
  await page.getByLabel("Your name").fill("Thandi Mokoena");
  await page.getByLabel("Choose a password").fill("thandi-secret-42");
  await page.getByLabel("Repeat the password").fill("thandi-secret-42");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText("You are Credit officer")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, "thandi-secret-42");
  await expect(page.getByText("You are Credit officer")).toBeVisible();
});
