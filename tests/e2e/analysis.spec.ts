import { expect, test } from "@playwright/test";

test("keyness testimony vs official → a key term → its concordance → the article anchor", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Keyness" }).click();
  await expect(page).toHaveURL(/\/keyness$/);
  // the default comparison is testimony (A) against official framing (B); choose it explicitly anyway
  await page.getByLabel("A framing").selectOption("testimony");
  await page.getByLabel("B framing").selectOption("official");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/a\.framing=testimony.*b\.framing=official/);

  const tableA = page.getByTestId("keyness-A");
  await expect(tableA.locator("caption")).toContainText("Testimony");
  const firstTerm = tableA.locator("tbody tr").first().getByRole("link");
  const term = (await firstTerm.textContent())!.trim();
  await expect(tableA.locator("tbody tr").first().locator("td").nth(1)).toHaveText(/^\d+\.\d\d\*?$/);
  await firstTerm.click();

  await expect(page).toHaveURL(/\/concordance\?.*framing=testimony.*term=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Concordance");
  const lines = page.getByTestId("kwic-line");
  await expect(lines.first()).toBeVisible();
  const n = await lines.count();
  for (let i = 0; i < n; i++) {
    await expect(lines.nth(i).locator("td.match")).toHaveText(new RegExp(term.slice(0, 3), "i"));
    await expect(lines.nth(i).locator(".badge")).toHaveText("Testimony");
  }
  // sorting by the words to the left keeps the same lines
  await page.getByRole("link", { name: "left context" }).click();
  await expect(page).toHaveURL(/sort=left/);
  await expect(lines).toHaveCount(n);

  const line = lines.first();
  const context = `${(await line.locator("td.left").textContent())!}${(await line.locator("td.match").textContent())!}`.trim();
  const keyword = (await line.locator("td.match").textContent())!.trim();
  await line.locator("td.meta a").click();
  await expect(page).toHaveURL(/\/articles\/\d+\?mark=[^#]+#p-\d+$/);
  const target = page.locator(`section${new URL(page.url()).hash}`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute("data-target", "");
  await expect(target.locator("p")).toContainText(context.slice(-40));
  await expect(target.locator("mark").first()).toHaveText(new RegExp(`^${keyword}$`, "i"));

  // back to the concordance and forward again (the browser's history, a client-side step): still marked
  await page.goBack();
  await expect(lines.first()).toBeVisible();
  await page.goForward();
  await expect(target).toHaveAttribute("data-target", "");
  await expect(target).toBeInViewport();
});

test("a keyness CSV download has the rows the page shows, with the filters in its name", async ({ page }) => {
  await page.goto("/keyness?a.framing=testimony&b.framing=official");
  const shownA = await page.getByTestId("keyness-A").locator("tbody tr").count();
  const shownB = await page.getByTestId("keyness-B").locator("tbody tr").count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("narrative-lens_keyness_collection-xinjiang_A-framing-testimony_B-framing-official.csv");
  const fs = await import("node:fs");
  const text = fs.readFileSync((await download.path())!, "utf8");
  const rows = text.trim().split("\r\n");
  expect(rows[0].split(",").slice(0, 4)).toEqual(["side", "key", "term", "n"]);
  expect(rows.filter((r) => r.startsWith("A,")).length).toBe(shownA);
  expect(rows.filter((r) => r.startsWith("B,")).length).toBe(shownB);
  const firstTerm = (await page.getByTestId("keyness-A").locator("tbody tr").first().getByRole("link").textContent())!.trim();
  expect(rows[1]).toContain(`,${firstTerm},`);
});

test("the contested-terms ledger shows shares by outlet, each linked to its passages", async ({ page }) => {
  await page.goto("/contested");
  const ledger = page.getByTestId("ledger-outlet");
  await expect(ledger.locator("thead")).toContainText("re-education camps");
  const cell = ledger.locator("tbody a").first();
  await expect(cell).toHaveText(/^\d+% \(\d+\)$/);
  const count = Number((await cell.textContent())!.match(/\((\d+)\)/)![1]);
  const outlet = (await cell.locator("xpath=ancestor::tr/th").textContent())!.trim();
  await cell.click();
  await expect(page).toHaveURL(/\/concordance\?.*contested=facilities\./);
  await expect(page.getByTestId("kwic-line")).toHaveCount(count);
  await expect(page.getByTestId("kwic-line").first().locator("td.meta")).toContainText(outlet);
});

// playwright.config.ts lowers the sampling thresholds so that the demo corpus has "large" searches
test("a search in most passages says its term lists were counted in a sample; a narrow one counts every passage", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Search" }).fill("the");
  await page.getByRole("textbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=the/);
  const note = page.getByTestId("sample-note");
  await expect(note).toContainText("These top terms were counted in a random sample");
  await expect(note).toContainText("The charts and the passage list count every passage");
  // the passage list counts up to PASSAGE_COUNT_UP_TO (50 for these tests), then says how far it counted
  await expect(page.getByRole("heading", { name: "More than 50 passages" })).toBeVisible();

  await page.goto("/?q=camp");
  await expect(page.getByRole("heading", { name: /^\d+ passages?$/ })).toBeVisible();
  await expect(page.getByTestId("sample-note")).toHaveCount(0);

  await page.goto("/keyness?a.q=the&b.framing=official");
  await expect(page.getByTestId("sample-note")).toContainText("counted in a random sample");
  await expect(page.getByTestId("sample-note")).toContainText("The passages and content words above are the sample's");
  // a CSV carries no note: its name says it was sampled
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^narrative-lens_keyness-sample-[\d.]+pct_collection-xinjiang_A-q-the_B-framing-official\.csv$/);
});

test("a search matching more passages than are counted says so, and its pages go on past the count", async ({ page }) => {
  // the e2e server counts a search's passages up to 50 (PASSAGE_COUNT_UP_TO in playwright.config.ts), 25 a page
  await page.goto("/?q=the");
  const list = page.getByRole("region", { name: "Passages" });
  await expect(list.getByRole("heading", { name: "More than 50 passages" })).toBeVisible();
  await expect(list.getByText("Counted up to 50: the charts above count every one.")).toBeVisible();
  await expect(list.getByText("page 1 of more than 2")).toBeVisible();
  await expect(page.getByTestId("passage")).toHaveCount(25);
  const first = await page.getByTestId("passage").first().textContent();
  for (const next of [2, 3]) {
    await list.getByRole("link", { name: "next →" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]page=${next}`));
    await expect(list.getByText(new RegExp(`^page ${next} of more than`))).toBeVisible();
  }
  // page 3 counts to its own end (75): still more, and different passages from page 1's
  await expect(list.getByRole("heading", { name: "More than 75 passages" })).toBeVisible();
  await expect(page.getByTestId("passage")).toHaveCount(25);
  expect(await page.getByTestId("passage").first().textContent()).not.toBe(first);
  // a narrow search is counted exactly
  await page.goto("/?q=camp");
  await expect(list.getByRole("heading", { name: /^\d+ passages?$/ })).toBeVisible();
});

test("the concordance never cuts its keyword, widens its context on request, and counts in words", async ({ page }) => {
  await page.goto("/concordance?phrase=vocational+training+centres");
  const lines = page.getByTestId("kwic-line");
  await expect(lines.first()).toBeVisible();
  const cut = await page.getByTestId("concordance").locator("td.match").evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
  expect(cut, "keywords wider than their column").toEqual([]);
  const contextChars = async () => (await page.getByTestId("concordance").locator("td.left, td.right").allTextContents()).join("").length;
  const narrow = await contextChars();
  await page.getByRole("link", { name: "200", exact: true }).click();
  await expect(page).toHaveURL(/[?&]context=200/);
  await expect(page.getByText("200 characters")).toBeVisible();
  expect(await contextChars()).toBeGreaterThan(narrow);
  await expect(page.getByText(/^\d[\d,]* occurrences? ·/)).toBeVisible();
  expect((await page.goto("/concordance?phrase=camps&context=55"))?.status()).toBe(400);
});

test("the keyness picture draws each side's strongest terms as bars that open their concordance", async ({ page }) => {
  await page.goto("/keyness?a.framing=testimony&b.framing=official");
  const picture = page.getByTestId("keyness-picture");
  const marksA = picture.getByRole("region", { name: "More typical of A" }).getByRole("link");
  const marksB = picture.getByRole("region", { name: "More typical of B" }).getByRole("link");
  await expect(marksA.first()).toBeVisible();
  await expect(marksB.first()).toBeVisible();
  // the picture's terms are the tables' first terms, in order
  const tableA = await page.getByTestId("keyness-A").locator("tbody tr td:first-child a").allTextContents();
  const pictured = (await marksA.locator(".term").allTextContents()).map((t) => t.replace(/\*$/, ""));
  expect(pictured).toEqual(tableA.slice(0, pictured.length));
  // longer bar, larger |z|: the first bar is the widest of its side
  const widths = await marksA.locator(".bar").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(Math.max(...widths)).toBe(widths[0]);
  const term = pictured[0];
  await marksA.first().click();
  await expect(page).toHaveURL(/\/concordance\?framing=testimony&term=/);
  await expect(page.getByTestId("kwic-line").first().locator("td.match")).toHaveText(new RegExp(term.slice(0, 3), "i"));
});

test("the ledger says who uses which name, shades each cell by its share, and lists the forms it counted", async ({ page }) => {
  await page.goto("/contested");
  const byFraming = page.getByTestId("ledger-framing");
  await expect(byFraming.locator("tbody th").first()).toHaveText(/framing|Testimony/);
  // shading follows the share: within a row, a larger share is never lighter
  const cells = await page.getByTestId("ledger-outlet").locator("tbody td[data-share]").evaluateAll((tds) =>
    tds.map((td) => ({ share: Number(td.getAttribute("data-share")), alpha: Number(getComputedStyle(td).backgroundColor.match(/[\d.]+\)$/)?.[0].slice(0, -1) ?? 0) })));
  const shaded = cells.filter((c) => c.share > 0);
  expect(shaded.length).toBeGreaterThan(1);
  for (const a of shaded) for (const b of shaded) if (a.share > b.share) expect(a.alpha).toBeGreaterThan(b.alpha);
  // a framing's cell opens that framing's occurrences of the name
  const cell = byFraming.locator("tbody a").first();
  const count = Number((await cell.textContent())!.match(/\((\d+)\)/)![1]);
  await cell.click();
  await expect(page).toHaveURL(/\/concordance\?framing=\w+&contested=facilities\./);
  await expect(page.getByTestId("kwic-line")).toHaveCount(count);
  await page.goBack();
  await expect(page.getByTestId("ledger-forms")).toContainText(/re-education camps \d+/);
});
