// Text reuse as an analyst follows it: the ranked stories, one story's passages side by side with the shared
// words marked, one of them in its article, where the note says who carried it first.
import { expect, test } from "@playwright/test";

for (const width of [1440, 390] as const) {
  test(`open Reuse, open the widest story, read the shared words, follow one to its article at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Reuse" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Text reuse" })).toBeVisible();
    const story = page.getByTestId("reuse-cluster").first();
    await expect(story).toContainText("first: Tianshan Daily (sample), 2021-01-14");
    await expect(story.getByRole("img", { name: /articles per month/ })).toBeVisible();
    await story.getByRole("link", { name: /outlets, \d+ articles/ }).click();

    // the story as the list counted it: its passages in the collection read
    await expect(page).toHaveURL(/\/reuse\/\d+\?collection=xinjiang$/);
    await expect(page.getByTestId("reuse-scope")).toContainText("Its passages in the collection xinjiang.");
    const members = page.getByTestId("reuse-member");
    await expect(members.first()).toBeVisible();
    expect(await members.count()).toBeGreaterThanOrEqual(4);
    await expect(members.first()).toContainText("Tianshan Daily (sample)");
    for (let i = 0; i < (await members.count()); i++) await expect(members.nth(i).locator("mark.shared").first()).toBeVisible();
    const marked = (await members.nth(1).locator("mark.shared").first().textContent())!.trim();
    expect(marked.split(/\s+/).length, "a shared span is a run of words").toBeGreaterThanOrEqual(6);

    const second = members.nth(1);
    const outlet = (await second.locator(".meta strong").textContent())!.trim();
    await second.getByRole("link", { name: /paragraph \d+/ }).click();
    await expect(page).toHaveURL(/\/articles\/\d+#p-\d+$/);
    const target = page.locator(`section${new URL(page.url()).hash}`);
    await expect(target).toHaveAttribute("data-target", "");
    await expect(target.getByTestId("reuse-note")).toContainText(/Also in \d+ other outlets — first: Tianshan Daily \(sample\), 2021-01-14/);
    expect(outlet).not.toBe("Tianshan Daily (sample)");
    await target.getByTestId("reuse-note").getByRole("link").click();
    await expect(page).toHaveURL(/\/reuse\/\d+$/);
  });
}

test("who repeats whom: the state outlet's wording is repeated by other outlets, with the lag", async ({ page }) => {
  await page.goto("/reuse/outlets");
  await page.getByTestId("reuse-outlets").getByRole("link", { name: "Tianshan Daily (sample)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who repeats Tianshan Daily (sample)");
  const rows = page.getByTestId("repeated-by").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(rows.first().locator("td").nth(3)).toHaveText(/days|same day/);
});

test("the reuse list takes the filters, and an empty selection says what to change", async ({ page }) => {
  await page.goto("/reuse?framing=testimony&q=zzzz-nothing");
  await expect(page.getByTestId("empty-selection")).toContainText("No story of reuse matches this selection");
  const response = await page.goto("/reuse?rank=loudest");
  expect(response?.status()).toBe(400);
  await expect(page.getByTestId("bad-parameter")).toContainText('bad parameter "rank"');
});

test("a story's address: an id that names no story is a 404, a bad collection a 400 that says which", async ({ page }) => {
  for (const path of ["/reuse/0?collection=xinjiang", "/reuse/999999", "/reuse/not-a-story"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByTestId("bad-parameter")).toHaveCount(0);
  }
  const bad = await page.goto("/reuse/1?collection=Not%20A%20Name");
  expect(bad?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "A story of reuse" })).toBeVisible();
  await expect(page.getByTestId("bad-parameter")).toContainText('bad parameter "collection"');
});
