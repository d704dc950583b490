import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/** Debian's Chromium (Playwright cannot download its own browser here): CHROMIUM_PATH, then /usr/bin/chromium. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error("No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.");
  }
  return found;
}

export default defineConfig({
  testDir: "e2e",
  outputDir: ".data/test-results/playwright",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    timezoneId: "Africa/Johannesburg",
    locale: "en-ZA",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // Close of business moves the shared demo organisation's business date by one day and needs it
  // to be at most today; the lending spec travels a month ahead. It runs first, on its own.
  projects: [
    { name: "close-of-business", testMatch: /close-of-business\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    { name: "chromium", testIgnore: /close-of-business\.spec\.ts/, dependencies: ["close-of-business"], use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `tsx scripts/e2e-server.ts --port ${PORT}`,
    url: `${baseURL}/login`,
    timeout: 400_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
