import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not possible offline.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 3123);
export const E2E_REVIEWER_TOKEN = "e2e-reviewer-token";

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 90_000,
  // generous: two cores, and the server renders each view from the database on demand
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "off" },
  projects: [
    {
      name: "debian-chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1300, height: 1000 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        },
      },
    },
  ],
  webServer: {
    command: `next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    // a reviewer token, so that the tests can correct a label through the dashboard
    // and sampling and counting thresholds a demo-sized corpus can cross (168 passages): a search in most of them is "large"
    env: {
      NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: process.env.DATABASE_URL ?? "", REVIEWER_TOKEN: E2E_REVIEWER_TOKEN,
      TERM_SAMPLE_ABOVE: "100", TERM_SAMPLE_PASSAGES: "60", PASSAGE_COUNT_UP_TO: "50",
      // a retrain from the Review page with three folds rather than five: the same protocol, fewer fits
      RETRAIN_FOLDS: "3",
    },
  },
});
