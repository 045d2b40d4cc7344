// Two subjects side by side (scripts/test-e2e.ts loads data/demo into the default collection, 'xinjiang', and
// data/demo-collections/sarn-dam into 'sarn-dam'): the header's picker switches between them, each view counts
// only its own, a passage leads to its article and back, exports name the collection, and keyness compares a
// framing across the two.
import fs from "node:fs";
import { expect, test } from "@playwright/test";

const SARN_OUTLET = "Velmora State Gazette (sample)";
// the chart breaks long outlet names over two lines
const SARN_OUTLET_IN_CHART = "Velmora State Gazette";

test("switching collection in the header shows the other subject's numbers and keeps framings and dates, not outlets", async ({ page }) => {
  await page.goto("/?framing=official&from=2018-01");
  await expect(page.getByTestId("collection-line")).toContainText("Collection: xinjiang");
  const xinjiangOutlets = await page.getByTestId("chart-outlets").textContent();
  const outlet = (await page.getByRole("group", { name: "Outlets to choose from" }).locator("input").first().getAttribute("value"))!;
  await page.goto(`/?framing=official&from=2018-01&outlet=${encodeURIComponent(outlet)}&q=the`);
  await page.getByTestId("collection-select").selectOption("sarn-dam");
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page).toHaveURL(/collection=sarn-dam/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("framing")).toEqual(["official"]);
  expect(url.searchParams.get("from")).toBe("2018-01");
  expect(url.searchParams.has("outlet")).toBe(false);
  expect(url.searchParams.has("q")).toBe(false);
  await expect(page.getByTestId("collection-line")).toHaveText("Collection: sarn-dam · 10 articles");
  await expect(page.getByTestId("collection-select")).toHaveValue("sarn-dam");
  const sarnOutlets = await page.getByTestId("chart-outlets").textContent();
  expect(sarnOutlets).toContain(SARN_OUTLET_IN_CHART);
  expect(sarnOutlets).not.toBe(xinjiangOutlets);
  expect(xinjiangOutlets).not.toContain(SARN_OUTLET_IN_CHART);
  // the filter form offers this collection's outlets only, and keeps the collection when applied
  const offered = await page.getByRole("group", { name: "Outlets to choose from" }).locator("input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(offered).toContain(SARN_OUTLET);
  expect(offered).not.toContain(outlet);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/collection=sarn-dam/);
});

test("the picker works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/keyness?a.framing=testimony&a.outlet=Nobody&b.framing=official");
  await page.getByTestId("collection-select").selectOption("sarn-dam");
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page).toHaveURL(/\/keyness\?a\.framing=testimony&b\.framing=official&collection=sarn-dam$/);
  await expect(page.getByTestId("collection-line")).toContainText("sarn-dam");
  await context.close();
});

test("a passage leads to its article, which lists its collection and leads back to it", async ({ page }) => {
  await page.goto("/?collection=sarn-dam");
  const link = page.getByTestId("passage").first().getByRole("link").first();
  expect(await link.getAttribute("href")).toContain("collection=sarn-dam");
  await link.click();
  await expect(page).toHaveURL(/\/articles\/\d+/);
  await expect(page.getByTestId("article-collections")).toHaveText("In collection sarn-dam");
  await page.getByRole("link", { name: "← sarn-dam overview" }).click();
  await expect(page.getByTestId("collection-line")).toContainText("Collection: sarn-dam");
});

test("exports name the collection, the default one too when the address leaves it out", async ({ page }) => {
  await page.goto("/?collection=sarn-dam");
  const passagesCsv = page.getByRole("link", { name: "CSV" }).last();
  const [download] = await Promise.all([page.waitForEvent("download"), passagesCsv.click()]);
  expect(download.suggestedFilename()).toBe("narrative-lens_passages_collection-sarn-dam.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv).toContain(SARN_OUTLET);
  expect(csv).not.toContain("xinjiang");
  await page.goto("/");
  const [outlets] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).first().click()]);
  expect(outlets.suggestedFilename()).toBe("narrative-lens_overview-outlets_collection-xinjiang.csv");
});

test("keyness compares official framing in one collection with official framing in the other", async ({ page }) => {
  await page.goto("/keyness?a.framing=official&b.framing=official");
  await page.getByLabel("B collection").selectOption("sarn-dam");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/b\.collection=sarn-dam/);
  await expect(page.getByTestId("collection-line")).toContainText("A in xinjiang");
  await expect(page.getByTestId("collection-line")).toContainText("B in sarn-dam");
  await expect(page.getByText(/^A: Official framing in xinjiang/)).toBeVisible();
  const terms = (side: string) => page.getByTestId(`keyness-${side}`).locator("tbody").getByRole("link").allTextContents();
  expect(await terms("B")).toContain("dam");
  expect(await terms("A")).not.toContain("dam");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("narrative-lens_keyness_A-collection-xinjiang_A-framing-official_B-collection-sarn-dam_B-framing-official.csv");
});

test("a collection nobody made: the page says so and the API answers 404", async ({ page, request }) => {
  await page.goto("/?collection=no-such-subject");
  await expect(page.getByTestId("unknown-collection")).toContainText("no collection named 'no-such-subject'");
  const api = await request.get("/api/overview?collection=no-such-subject");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "no collection named 'no-such-subject'" });
  const keyness = await request.get("/api/keyness?a.collection=sarn-dam&b.collection=no-such-subject");
  expect(keyness.status()).toBe(404);
});
