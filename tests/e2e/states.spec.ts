// The states around a view: a styled 404 inside the layout, a favicon, the view's skeleton while it is computed,
// an empty selection that says what to change, and a reversed date range refused naming both ends.
import { expect, test } from "@playwright/test";

test("an unknown address is a 404 inside the layout, with no console error", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
  await page.getByTestId("not-found").getByRole("link", { name: "overview" }).click();
  await expect(page.getByRole("heading", { name: "Framing overview" })).toBeVisible();
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});

test("every page names its icon, served from the dashboard itself", async ({ page }) => {
  await page.goto("/contested");
  const href = await page.locator("link[rel=icon]").first().getAttribute("href");
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
});

test("a view being computed shows its skeleton and the selection it is computing", async ({ page }) => {
  await page.goto("/contested");
  // the link prefetches the view's loading state once it is in view; let that arrive first
  await page.waitForLoadState("networkidle");
  // hold the view's answer back, as a broad selection's slow computation would
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  // (a prefetch of the view's loading state passes: only the navigation itself waits)
  await page.route((url) => url.pathname === "/" && url.searchParams.has("_rsc"), async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await held;
    await route.continue();
  });
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Overview" }).click();
  const loading = page.getByTestId("loading");
  await expect(loading.getByRole("status")).toContainText("Computing the whole corpus");
  await expect(loading.locator(".skeleton").first()).toBeVisible();
  release();
  await expect(page.getByTestId("chart-outlets")).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test("a search that matches nothing says so and offers to clear it", async ({ page }) => {
  await page.goto("/?framing=critical&q=zzzxqj");
  const empty = page.getByTestId("empty-selection");
  await expect(empty).toContainText("No passage matches this selection");
  await expect(page.getByTestId("chart-outlets")).toHaveCount(0);
  await empty.getByRole("link", { name: /clear the search/ }).click();
  await expect(page).toHaveURL(/\/\?framing=critical$/);
  await expect(page.getByTestId("passage").first()).toBeVisible();

  await page.goto("/concordance?phrase=zzzxqj");
  await expect(page.getByTestId("empty-selection")).toContainText("No occurrence of “zzzxqj” matches this selection");
  await expect(page.getByTestId("concordance")).toHaveCount(0);
});

test("a reversed date range is refused on the page and the API, naming both ends", async ({ page }) => {
  const response = await page.goto("/?from=2021-05&to=2020-01");
  expect(response?.status()).toBe(400);
  await expect(page.getByTestId("bad-parameter")).toContainText('"from" (2021-05) is after "to" (2020-01)');
  await expect(page.getByLabel("From month")).toHaveValue("2021-05");
  const api = await page.request.get("/api/overview?from=2021-05&to=2020-01");
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatch(/"from".*"to"/);
});
