// Adding articles from the browser: upload two good files and a bad one, watch the server's own worker read
// them, open an added article, and find its passages on the overview under its outlet.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { E2E_REVIEWER_TOKEN } from "../../playwright.config";
import { PDF_BYTES, SALTWORKS_PAGE, SALTWORKS_TEXT, saltworksPage } from "../support/uploadArticles";

function uploadFiles(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-e2e-add-"));
  const files: [string, string | Buffer][] = [["saltworks.txt", SALTWORKS_TEXT], ["brine-pans.html", saltworksPage()], ["annual-report.pdf", PDF_BYTES]];
  return files.map(([name, bytes]) => { fs.writeFileSync(path.join(dir, name), bytes); return path.join(dir, name); });
}

async function enterToken(page: Page) {
  await page.getByLabel("Reviewer token").fill(E2E_REVIEWER_TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
}

async function noSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

for (const width of [390, 1440]) {
  test(`upload two articles and a bad file at ${width} px; the server reads them, the bad one says why`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Add articles" }).click();
    await expect(page).toHaveURL(/\/add$/);
    await expect(page.getByRole("heading", { name: "Add articles" })).toBeVisible();
    // no token in this tab yet: the page asks for it
    await expect(page.getByRole("note")).toContainText("Enter the reviewer token");
    await noSideways(page);

    // from the keyboard: the token, then the files
    await page.getByLabel("Reviewer token").focus();
    await page.keyboard.type(E2E_REVIEWER_TOKEN);
    await page.keyboard.press("Enter");
    await expect(page.getByText("token set for this tab")).toBeVisible();
    await page.getByLabel(/^Files/).setInputFiles(uploadFiles());
    await page.getByRole("button", { name: "Add articles" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "3 inputs queued." })).toBeVisible();
    await expect(page).toHaveURL(/\/add\?jobs=[0-9a-f-]+,[0-9a-f-]+,[0-9a-f-]+$/);

    // the server's worker reads them: two added (or unchanged, on the second width), one failed with its reason
    const outcomes = page.getByTestId("ingest-outcome");
    await expect(outcomes).toHaveCount(3, { timeout: 60_000 });
    const stored = width === 390 ? "added" : "unchanged";
    await expect(outcomes.filter({ hasText: "saltworks.txt" })).toHaveAttribute("data-status", stored);
    await expect(outcomes.filter({ hasText: "brine-pans.html" })).toHaveAttribute("data-status", stored);
    const bad = outcomes.filter({ hasText: "annual-report.pdf" });
    await expect(bad).toHaveAttribute("data-status", "failed");
    await expect(bad).toContainText("not a text file (it looks like a PDF document)");
    await expect(page.getByTestId("ingest-summary")).toHaveText(width === 390 ? "2 added, 0 unchanged, 1 failed" : "0 added, 2 unchanged, 1 failed");
    await noSideways(page);

    // the outcomes survive a reload (the job ids are in the address)
    await page.reload();
    await expect(page.getByTestId("ingest-outcome")).toHaveCount(3);

    // open the saved page's article
    await outcomes.filter({ hasText: "brine-pans.html" }).getByRole("link", { name: SALTWORKS_PAGE.title }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expect(page.getByRole("heading", { name: SALTWORKS_PAGE.title })).toBeVisible();
    await expect(page.locator("section.passage")).toHaveCount(SALTWORKS_PAGE.paragraphs.length);
    await expect(page.getByText(SALTWORKS_PAGE.site)).toBeVisible();

    // its passages on the overview, under its outlet
    await page.goto(`/?outlet=${encodeURIComponent(SALTWORKS_PAGE.site)}`);
    const passages = page.getByTestId("passage");
    await expect(passages).toHaveCount(SALTWORKS_PAGE.paragraphs.length);
    await expect(page.getByRole("heading", { name: `${SALTWORKS_PAGE.paragraphs.length} passages` })).toBeVisible();
    for (let i = 0; i < SALTWORKS_PAGE.paragraphs.length; i++) await expect(passages.nth(i)).toContainText(SALTWORKS_PAGE.site);
    await expect(passages.filter({ hasText: "carried salt on my back as a boy" })).toHaveCount(1);
  });
}

test("a pasted text with its title, outlet, date and address is added; a wrong token is refused", async ({ page }) => {
  await page.goto("/add");
  await page.getByLabel("Reviewer token").fill("not-the-reviewer-token");
  await page.getByRole("button", { name: "Use token" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Quay tolls rise for salt carters");
  await page.getByLabel("Outlet", { exact: true }).fill("Quay Bulletin (sample)");
  await page.getByLabel("Date", { exact: true }).fill("2024-08-30");
  await page.getByLabel("Address of the original").fill("https://bulletin.example.org/2024/08/quay-tolls");
  await page.getByLabel(/^Text/).fill("The harbour board said on Thursday that tolls at the saltworks quay would rise by a tenth next month.\n\n“Every cart of salt now costs us more to load than it did to boil,” said a carter who works the quay.");
  await page.getByRole("button", { name: "Add articles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not added: wrong or missing reviewer token" })).toBeVisible();

  await enterToken(page);
  await page.getByRole("button", { name: "Add articles" }).click();
  const outcome = page.getByTestId("ingest-outcome");
  await expect(outcome).toHaveAttribute("data-status", "added", { timeout: 60_000 });
  await outcome.getByRole("link", { name: "Quay tolls rise for salt carters" }).click();
  await expect(page.getByText(/Quay Bulletin \(sample\) · 2024-08-30/)).toBeVisible();
  await expect(page.getByRole("link", { name: "original article" })).toHaveAttribute("href", "https://bulletin.example.org/2024/08/quay-tolls");
});

test("the API takes a body past the proxy's 10 MB buffer whole, and still checks the token", async ({ request }) => {
  // 11 MB that decode to a PDF: read and refused quickly, but only if the JSON arrived whole (cut, it would be a 400)
  const base64 = Buffer.concat([PDF_BYTES, Buffer.alloc(8 * 1024 * 1024, 7)]).toString("base64");
  expect(base64.length).toBeGreaterThan(10 * 1024 * 1024);
  const refused = await request.post("/api/ingest", { data: { files: [{ name: "big.pdf", base64 }] }, headers: { "x-reviewer-token": "wrong-token-here" } });
  expect(refused.status()).toBe(401);
  const queued = await request.post("/api/ingest", { data: { files: [{ name: "big.pdf", base64 }] }, headers: { "x-reviewer-token": E2E_REVIEWER_TOKEN } });
  expect(queued.status()).toBe(202);
  const [job] = ((await queued.json()) as { jobs: { id: string }[] }).jobs;
  await expect.poll(async () => {
    const status = await request.get(`/api/ingest/jobs?ids=${job.id}`, { headers: { authorization: `Bearer ${E2E_REVIEWER_TOKEN}` } });
    expect(status.headers()["content-security-policy"]).toContain("default-src 'self'");
    return JSON.stringify((await status.json()).jobs[0].articles);
  }, { timeout: 60_000 }).toContain("not a text file (it looks like a PDF document)");
});
