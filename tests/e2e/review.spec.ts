import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_REVIEWER_TOKEN } from "../../playwright.config";

const NAMES = { official: "Official framing", critical: "Critical framing", testimony: "Testimony" } as const;

test("a reviewer corrects a label on the article page and it survives classify-all", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("passage").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/\d+#p-\d+$/);
  // a token is configured: not read-only (an off-topic notice may be there: the newest passage is the made-up Arabic page)
  await expect(page.getByRole("note").filter({ hasText: /^Read-only/ })).toHaveCount(0);

  const section = page.locator("section.passage").first();
  const before = (await section.getAttribute("data-framing")) as keyof typeof NAMES;
  const after = before === "official" ? "critical" : "official";
  await page.getByLabel("Reviewer token").fill(E2E_REVIEWER_TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await section.getByRole("combobox").selectOption(after);
  await expect(section).toHaveAttribute("data-label-source", "human");
  await expect(section).toHaveAttribute("data-framing", after);
  await expect(section.locator(".badge")).toHaveText(NAMES[after]);
  await expect(section).toContainText("labelled by a reviewer");
  await expect(section).toContainText(`model said ${NAMES[before]}`);

  const out = execFileSync("node_modules/.bin/tsx", ["scripts/classify-all.ts"], { encoding: "utf8", env: process.env });
  expect(out).toMatch(/1 reviewer labels kept/);
  await page.reload();
  await expect(section).toHaveAttribute("data-label-source", "human");
  await expect(section).toHaveAttribute("data-framing", after);

  // the overview can show reviewer labels only
  await page.goto("/?labels=human");
  await expect(page.getByRole("heading", { name: /^1 passage$/ })).toBeVisible();
  await expect(page.getByTestId("passage").first().locator(".badge")).toHaveText(NAMES[after]);
});

test("a wrong token is refused and nothing changes", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("passage").nth(1).getByRole("link").click();
  const section = page.locator("section.passage").nth(1);
  const before = await section.getAttribute("data-framing");
  await page.getByLabel("Reviewer token").fill("not-the-token");
  await page.getByRole("button", { name: "Use token" }).click();
  await section.getByRole("combobox").selectOption(before === "testimony" ? "official" : "testimony");
  await expect(section.getByRole("status")).toHaveText("wrong or missing reviewer token");
  await page.reload();
  await expect(section).toHaveAttribute("data-framing", before!);
  await expect(section).toHaveAttribute("data-label-source", "model");
});

test("uncertain passages are flagged and can be filtered; speakers are shown", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("passage").locator(".speaker").first()).toBeVisible();
  await page.getByRole("checkbox", { name: "Uncertain only" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]uncertain=1/);
  await expect(page.getByLabel("Active filters")).toContainText("uncertain model labels");
  const passages = page.getByTestId("passage");
  const count = await passages.count();
  expect(count, "the demo corpus has a few uncertain passages").toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(passages.nth(i).locator(".flag-uncertain")).toBeVisible();
});

test("the evaluation page says where its numbers come from, with three schemes against both baselines and a reliability diagram", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Evaluation" }).click();
  await expect(page.getByRole("heading", { name: "Classifier evaluation" })).toBeVisible();
  const summary = page.getByTestId("evaluation-summary");
  for (const row of ["voice features (the model)", "bag of words (baseline)", "majority class (baseline)"]) {
    await expect(summary.getByRole("row", { name: new RegExp(row.replace(/[()]/g, "\\$&")) })).toContainText(/\d+\.\d%.*\d+\.\d%/);
  }
  await expect(page.getByTestId("evaluation-source")).toContainText(/passages written by the project \(\d+ registers, \d+ subjects\)/);
  await expect(page.getByTestId("evaluation-source")).toContainText("not accuracy on real reporting");
  await expect(page.getByTestId("evaluation-headline")).toContainText(/each register held out whole|reviewers labelled/);
  await expect(page.getByTestId("evaluation-calibration")).toContainText(/wrong at ≥ 0\.9 confidence: \d+ of \d+/);
  await expect(page.getByRole("img", { name: /Reliability on held-out registers/ })).toBeVisible();
  await expect(page.getByTestId("evaluation-speakers").getByRole("row", { name: /held out/ })).toContainText(/\d+\.\d%.*\d+\.\d%/);
  await expect(page.getByRole("region", { name: "leave-one-register-out" }).locator("table.confusion")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "leave-one-subject-out" }).locator("table.confusion")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "k-fold cross-validation" }).locator("table.confusion")).toHaveCount(3);
});
