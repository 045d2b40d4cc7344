import { expect, test } from "@playwright/test";
import { ARABIC } from "../support/webPages";

test("an Arabic article reads right-to-left in the passage list and on its own page", async ({ page }) => {
  await page.goto(`/?outlet=${encodeURIComponent(ARABIC.site)}`);
  const passage = page.getByTestId("passage").filter({ hasText: ARABIC.paragraphs[0].slice(0, 20) });
  await expect(passage).toHaveCount(1);
  const text = passage.locator("[dir]").first();
  expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");

  await passage.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARABIC.title);
  await expect(page.locator("article.reader")).toHaveAttribute("lang", "ar");
  const paragraphs = page.locator("section.passage p");
  await expect(paragraphs).toHaveCount(ARABIC.paragraphs.length);
  for (const dir of await paragraphs.evaluateAll((els) => els.map((el) => getComputedStyle(el).direction))) expect(dir).toBe("rtl");
});
