import { expect, test } from "@playwright/test";

const FRAMINGS = ["official", "critical", "testimony"] as const;

test("the overview shows charts and top terms for all three framings", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Framing overview" })).toBeVisible();
  for (const f of FRAMINGS) {
    await expect(page.getByTestId(`terms-${f}`).getByRole("link").first()).toBeVisible();
    expect(await page.getByTestId(`terms-${f}`).getByRole("link").count()).toBeGreaterThanOrEqual(10);
  }
  // stacked bars: one rectangle per outlet × framing present, in each of the three framing colours
  const bars = page.getByTestId("chart-outlets").locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible();
  const fills = new Set(await bars.evaluateAll((els) => els.map((e) => e.getAttribute("fill"))));
  expect(fills.size).toBe(3);
  await expect(page.getByTestId("chart-months").locator(".recharts-bar-rectangle path").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /^\d+ passages$/ })).toBeVisible();
});

test("filter to testimony, click a term, read its passages, follow one to its place in the article", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: "Testimony" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]framing=testimony/);
  expect(new URL(page.url()).search, "only the fields that say something").toBe("?framing=testimony");
  await expect(page.getByTestId("terms-official")).toHaveCount(0);

  const term = page.getByTestId("terms-testimony").getByRole("link").first();
  const termText = (await term.textContent())!.trim();
  await term.click();
  await expect(page).toHaveURL(/[?&]term=/);
  await expect(page.getByRole("group", { name: "Active filters" })).toContainText(`term: ${termText}`);

  const passages = page.getByTestId("passage");
  await expect(passages.first()).toBeVisible();
  const count = await passages.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(passages.nth(i).locator(".badge")).toHaveText("Testimony");
    await expect(passages.nth(i).locator("mark").first()).toBeVisible();
  }
  const firstText = (await passages.first().locator("div").nth(1).textContent())!.trim();
  expect(firstText.toLowerCase()).toContain(termText.toLowerCase().slice(0, 4));

  await passages.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/\d+\?mark=[^#]+#p-\d+$/);
  const anchor = new URL(page.url()).hash;
  const target = page.locator(`section${anchor}`);
  await expect(target).toBeVisible();
  await expect(target, "marked although Next navigated client-side (no :target)").toHaveAttribute("data-target", "");
  await expect(target.locator("mark").first()).toBeVisible();
  await expect(target).toHaveAttribute("data-framing", "testimony");
  await expect(target.locator("p")).toHaveText(firstText);
  await expect(target).toBeInViewport();
  await expect(page.getByRole("link", { name: "original article" })).toHaveAttribute("href", /^https:\/\/.*example\./);
});

test("clicking an outlet's bar lists that outlet's passages of that framing", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("chart-outlets").locator(".recharts-bar-rectangle path").first().click();
  await expect(page).toHaveURL(/[?&]outlet=.*framing=|framing=.*outlet=/);
  const url = new URL(page.url());
  const outlet = url.searchParams.get("outlet")!;
  const framing = url.searchParams.get("framing")!;
  await expect(page.getByLabel("Active filters")).toContainText(`outlet: ${outlet}`);
  const passages = page.getByTestId("passage");
  await expect(passages.first()).toBeVisible();
  for (let i = 0; i < Math.min(await passages.count(), 10); i++) {
    await expect(passages.nth(i).locator(".meta").first()).toContainText(outlet);
    await expect(passages.nth(i)).toHaveClass(new RegExp(framing));
  }
});

test("a shared URL restores its filters", async ({ page }) => {
  await page.goto("/?framing=critical&from=2019-01&to=2020-12&q=camp");
  await expect(page.getByRole("checkbox", { name: "Critical framing" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Testimony" })).not.toBeChecked();
  await expect(page.getByRole("textbox", { name: "Search" })).toHaveValue("camp");
  await expect(page.getByLabel("From month")).toHaveValue("2019-01");
  const passages = page.getByTestId("passage");
  await expect(passages.first()).toBeVisible();
  for (let i = 0; i < Math.min(await passages.count(), 10); i++) {
    const date = (await passages.nth(i).locator(".meta").first().textContent())!;
    expect(date).toMatch(/20(19|20)-\d\d-\d\d/);
    await expect(passages.nth(i).locator("mark").first()).toHaveText(/camp/i);
  }
});

for (const width of [1440, 390] as const) {
  test(`an article's page opens with its framing mix and speakers, each a link to a passage, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/?q=Abdurahman");
    const href = await page.getByTestId("passage").first().getByRole("link").first().getAttribute("href");
    await page.goto(href!.replace(/#.*$/, ""));

    const summary = page.getByTestId("article-summary");
    await expect(summary).toBeVisible();
    const firstPassage = page.locator("section.passage").first();
    const [summaryBox, passageBox] = [await summary.boundingBox(), await firstPassage.boundingBox()];
    expect(summaryBox!.y, "the summary comes before the passages").toBeLessThan(passageBox!.y);

    // every framing in the one order, named and counted (colour is never the only cue); the counts add up
    const mix = page.getByTestId("article-mix").locator("li");
    expect(await mix.evaluateAll((els) => els.map((e) => e.getAttribute("data-framing")))).toEqual([...FRAMINGS]);
    const counts = (await mix.allInnerTexts()).map((t) => Number(/(\d+) passages?/.exec(t)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(await page.locator("section.passage").count());
    for (const text of await mix.allInnerTexts()) expect(text).toMatch(/^(Official framing|Critical framing|Testimony) \d+ passages? · \d+%$/);

    // a framing's link lands on a passage of that framing
    const withPassages = mix.filter({ has: page.getByRole("link") }).first();
    const framing = await withPassages.getAttribute("data-framing");
    await withPassages.getByRole("link").click();
    await expect(page).toHaveURL(/#p-\d+$/);
    await expect(page.locator(`section${new URL(page.url()).hash}`)).toHaveAttribute("data-framing", framing!);

    // the speakers: name, role and passages; Abdurahman's link lands on a passage that quotes him
    const speaker = page.getByTestId("article-speakers").locator("li").filter({ hasText: "Abdurahman" });
    await expect(speaker).toContainText("witness");
    await expect(speaker).toContainText(/\d+ passages?, first ¶\d+/);
    await speaker.getByRole("link", { name: "Abdurahman" }).click();
    const target = page.locator(`section${new URL(page.url()).hash}`);
    await expect(target.locator(".speaker")).toContainText("Abdurahman");
    await expect(target).toBeInViewport();

    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}

test("the month chart shows shares or counts by choice, counts under one framing, and every month between the first and the last", async ({ page }) => {
  await page.goto("/?framing=testimony");
  const months = page.getByRole("region", { name: "Framings by month" });
  await expect(months.getByRole("heading")).toHaveText("Passages per framing, by month");
  await expect(months.getByTestId("months-as").locator("strong")).toHaveText("counts");
  await months.getByRole("link", { name: "shares" }).click();
  await expect(page).toHaveURL(/months=shares/);
  await expect(months.getByRole("heading")).toHaveText("Framing share, by month");

  await page.goto("/");
  await expect(months.getByTestId("months-as").locator("strong")).toHaveText("shares");
  await months.getByText("By month: the numbers").click();
  const labels = await months.locator("tbody th").allTextContents();
  expect(labels.length).toBeGreaterThan(2);
  for (let i = 1; i < labels.length; i++) {
    const [y, m] = labels[i - 1].split("-").map(Number);
    expect(labels[i], "the month after the one before").toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`);
  }
  // the bars tell framings apart by pattern as well as colour, and the legend names the pattern
  const fills = await page.getByTestId("chart-months").locator(".recharts-bar-rectangle path").evaluateAll((els) => els.map((e) => e.getAttribute("fill")));
  expect(fills.some((f) => f?.startsWith("url(#"))).toBe(true);
  await expect(page.getByTestId("chart-months").locator(".recharts-legend-wrapper")).toContainText("Critical framing (stripes)");
});

test("the outlet picker narrows as you type, takes several outlets as chips, and puts only the chosen ones in the address", async ({ page }) => {
  await page.goto("/");
  const picker = page.getByRole("group", { name: "Outlets", exact: true });
  const list = picker.getByRole("group", { name: "Outlets to choose from" });
  await expect(list.getByRole("checkbox").first()).toBeVisible(); // the page, not its loading skeleton
  const all = await list.getByRole("checkbox").count();
  expect(all).toBeGreaterThan(3);
  await picker.getByRole("searchbox", { name: "Find an outlet" }).fill("long read");
  await expect(list.getByRole("checkbox")).toHaveCount(1);
  await list.getByRole("checkbox", { name: /Long Read Review/ }).check();
  await picker.getByRole("searchbox", { name: "Find an outlet" }).press("Enter"); // Enter in the box does not submit
  await expect(page).toHaveURL(/\/$/);
  await picker.getByRole("searchbox", { name: "Find an outlet" }).fill("wire");
  await list.getByRole("checkbox", { name: /Meridian Wire/ }).check();
  await picker.getByRole("searchbox", { name: "Find an outlet" }).fill("");
  await expect(list.getByRole("checkbox")).toHaveCount(all);
  const chips = picker.getByRole("list", { name: "Chosen outlets" }).getByRole("listitem");
  await expect(chips).toHaveCount(2);
  await picker.getByRole("button", { name: "Remove Meridian Wire (sample)" }).click();
  await expect(chips).toHaveCount(1);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?outlet=Long\+Read\+Review\+%28sample%29$|\?outlet=Long%20Read%20Review%20%28sample%29$/);
  await expect(page.getByRole("list", { name: "Chosen outlets" }).getByRole("listitem")).toHaveText([/Long Read Review/]);
});
