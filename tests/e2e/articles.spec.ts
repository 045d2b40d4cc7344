// The Articles view: what a collection holds, from the header, a page at a time, filtered in the address,
// each article a link to its page and a row of the CSV named after the collection.
import fs from "node:fs";
import { expect, test } from "@playwright/test";

const articlesIn = async (page: import("@playwright/test").Page) =>
  Number((await page.getByTestId("collection-line").textContent())?.match(/(\d+) articles?/)?.[1]);

for (const width of [1440, 390]) {
  test(`open Articles from the header, switch collection, filter, open an article at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Articles", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
    const inXinjiang = await articlesIn(page);
    await expect(page.getByTestId("article-count")).toHaveText(`${inXinjiang} articles · all framings`);
    await expect(page.getByTestId("article-row")).toHaveCount(Math.min(50, inXinjiang));

    await page.getByTestId("collection-select").selectOption("sarn-dam");
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page).toHaveURL(/\/articles\?collection=sarn-dam$/);
    await expect(page.getByTestId("article-row")).toHaveCount(10);
    const dates = await page.getByTestId("article-row").locator("td.article-list-date").allTextContents();
    expect(dates, "newest first").toEqual([...dates].sort().reverse());

    // only articles with a testimony passage, each counting the ones selected out of all its passages
    await page.goto("/articles?collection=sarn-dam&framing=testimony");
    const rows = page.getByTestId("article-row");
    const selected = await rows.count();
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(10);
    await expect(page.getByTestId("article-count")).toHaveText(`${selected} articles · Testimony`);
    const first = rows.first();
    const title = (await first.getByRole("link").first().textContent())!;
    await first.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/articles\/\d+\?collection=sarn-dam$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByTestId("article-collections")).toHaveText("In collection sarn-dam");
  });
}

test("the collection line's count of articles leads to them", async ({ page }) => {
  await page.goto("/keyness?collection=sarn-dam");
  await page.getByTestId("collection-line").getByRole("link", { name: "10 articles" }).click();
  await expect(page).toHaveURL(/\/articles\?collection=sarn-dam$/);
  await expect(page.getByTestId("article-row")).toHaveCount(10);
});

test("pages of articles, and a CSV of the page named after its collection", async ({ page }) => {
  await page.goto("/articles?pageSize=5");
  const total = await articlesIn(page);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(`page 1 of ${Math.ceil(total / 5)}`);
  const firstPage = await page.getByTestId("article-row").locator("th").allTextContents();
  await page.getByRole("link", { name: "next →" }).click();
  await expect(page).toHaveURL(/\/articles\?pageSize=5&page=2$/);
  const secondPage = await page.getByTestId("article-row").locator("th").allTextContents();
  expect(secondPage).toHaveLength(5);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("narrative-lens_articles_collection-xinjiang.csv");
  const lines = fs.readFileSync((await download.path())!, "utf8").trim().split(/\r?\n/);
  expect(lines).toHaveLength(6);
  expect(lines[0]).toMatch(/^article_id,title,outlet,/);
});

test("the articles with the most testimony first, the order kept when the filters change", async ({ page }) => {
  await page.goto("/articles?framing=testimony");
  await page.getByTestId("article-order").getByRole("link", { name: "most selected passages first" }).click();
  await expect(page).toHaveURL(/framing=testimony&sort=selected$/);
  const selected = (await page.getByTestId("article-row").locator("td[data-label=passages]").allTextContents()).map((t) => Number(t.split(" of ")[0]));
  expect(selected.length).toBeGreaterThan(3);
  expect(selected).toEqual([...selected].sort((a, b) => b - a));
  await expect(page.getByTestId("article-order").locator("strong")).toHaveText("most selected passages first");
  await page.getByRole("checkbox", { name: "Official framing" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=selected/);
  await expect(page).toHaveURL(/framing=official/);
});

test("a page past the end of the list says so and leads back", async ({ page }) => {
  await page.goto("/articles?collection=sarn-dam&pageSize=5&page=9");
  await expect(page.getByTestId("past-the-end")).toHaveText("Page 9 is past the end of the list (2 pages): go to the last page.");
  await page.getByRole("link", { name: "go to the last page" }).click();
  await expect(page).toHaveURL(/collection=sarn-dam&pageSize=5&page=2$/);
  await expect(page.getByTestId("article-row")).toHaveCount(5);
});

test("a bad page size is a 400 on the page and the API, naming the parameter", async ({ page, request }) => {
  const response = await page.goto("/articles?pageSize=9999");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByTestId("bad-parameter")).toContainText('bad parameter "pageSize"');
  expect((await request.get("/api/articles?pageSize=9999")).status()).toBe(400);
});

test("an article address that names no article is a 404", async ({ page }) => {
  for (const path of ["/articles/999999", "/articles/0", "/articles/not-an-id"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
