// Off-topic articles (decision 013): the e2e corpus is the demo (Xinjiang) plus a hostile test page and an Arabic
// page, both far from the demo's vocabulary, so both are flagged when they join the default collection.
import { expect, test } from "@playwright/test";

const passageCount = async (heading: import("@playwright/test").Locator) => Number((await heading.textContent())!.match(/^(\d+) passages?$/)![1]);

test("a flagged article's page says which collection it looked off-topic for, with its score and the collection's range", async ({ page, request }) => {
  const answer = await request.get("/api/passages?q=ministry&pageSize=100");
  expect(answer.ok()).toBe(true);
  const { rows } = (await answer.json()) as { rows: { articleId: number; offTopic: boolean }[] };
  const flagged = rows.find((r) => r.offTopic);
  expect(flagged, "a passage of a flagged article among the search's").toBeTruthy();
  await page.goto(`/articles/${flagged!.articleId}`);
  const notice = page.getByTestId("off-topic-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Looks off-topic for 'xinjiang': 0\.\d\d similarity to the collection when it was added; the collection's articles score 0\.\d\d–0\.\d\d/);
  await page.screenshot({ path: "test-results/screens/off-topic-article-1300px.png", fullPage: false });
  // an on-topic article has no notice
  const onTopic = rows.find((r) => !r.offTopic)!;
  await page.goto(`/articles/${onTopic.articleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("off-topic-notice")).toHaveCount(0);
});

test("the overview marks flagged articles' passages, and 'hide off-topic articles' leaves them out, in the URL", async ({ page }) => {
  await page.goto("/?q=ministry");
  const heading = page.getByRole("heading", { name: /^\d+ passages?$/ });
  await expect(heading).toBeVisible();
  const all = await passageCount(heading);
  await expect(page.getByTestId("passage").filter({ has: page.getByTestId("off-topic-tag") }).first()).toBeVisible();
  await page.getByRole("checkbox", { name: "hide off-topic articles" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]offtopic=hide(&|$)/);
  await expect(page.getByRole("checkbox", { name: "hide off-topic articles" })).toBeChecked();
  const hidden = await passageCount(page.getByRole("heading", { name: /^\d+ passages?$/ }));
  expect(hidden).toBeLessThan(all);
  expect(hidden).toBeGreaterThan(0);
  await expect(page.getByTestId("off-topic-tag")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/off-topic-hidden-1300px.png", fullPage: false });
});
