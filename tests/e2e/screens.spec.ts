// Every page at a phone's width and a desktop's: no horizontal scrolling, and no serious or critical
// accessibility violation. A full-page screenshot of each is kept with the run's artifacts, named by page and
// width: test-results/screens/<page>-<width>px.png (git-ignored; CI keeps test-results/).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const WIDTHS = [390, 1440] as const;
const PAGES = ["/", "/?collection=sarn-dam", "/keyness", "/compare", "/concordance?phrase=camps", "/contested", "/evaluation", "/review", "/add", "/articles", "/articles?collection=sarn-dam&framing=testimony", "/articles/first", "/reuse", "/reuse/outlets", "/reuse/cluster"] as const;

/** the first article the overview's passage list links to */
async function articleAddress(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByTestId("passage").first().getByRole("link").first().getAttribute("href");
  return href!.replace(/#.*$/, "");
}

/** the widest story of reuse */
async function clusterAddress(page: Page): Promise<string> {
  await page.goto("/reuse");
  return (await page.getByTestId("reuse-cluster").first().getByRole("link").first().getAttribute("href"))!;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of PAGES) {
      test(`${path} fits the screen and passes the accessibility scan`, async ({ page }, testInfo) => {
        const address = path === "/articles/first" ? await articleAddress(page) : path === "/reuse/cluster" ? await clusterAddress(page) : path;
        const response = await page.goto(address);
        expect(response?.status()).toBe(200);
        await expect(page.locator("main h1").first()).toBeVisible();
        // a filter form is a closed drawer on a phone and always open on a wider screen; measured open
        const drawers = page.locator("details.drawer");
        for (let i = 0; i < (await drawers.count()); i++) {
          const form = drawers.nth(i).getByRole("form");
          if (width < 700) {
            await expect(form).toBeHidden();
            await drawers.nth(i).locator("summary").click();
          }
          await expect(form).toBeVisible();
        }

        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${address} is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);

        const name = path === "/" ? "overview" : path.startsWith("/?") ? `overview-${path.slice(2).replace(/[^a-z0-9]+/gi, "-")}` : path.slice(1).replace(/[^a-z0-9]+/gi, "-");
        await page.screenshot({ path: `${testInfo.project.outputDir}/screens/${name}-${width}px.png`, fullPage: true });

        // the charts draw in the browser: scan them drawn, each named
        const charts = page.locator("[data-testid^=chart-] svg.recharts-surface");
        for (let i = 0; i < (await page.locator("[data-testid^=chart-]").count()); i++) await expect(charts.nth(i)).toHaveAttribute("aria-label", /\w/);
        await expect(page.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#content");
        const { violations } = await new AxeBuilder({ page }).analyze();
        const grave = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(grave.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}
