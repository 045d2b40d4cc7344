import { expect, test } from "@playwright/test";

test("hostile article text, title, byline, outlet and URL render as text, never as HTML", async ({ page }) => {
  page.on("dialog", () => { throw new Error("a dialog opened: injected script ran"); });
  await page.goto("/?q=fabricated");
  const link = page.getByTestId("passage").filter({ hasText: "<script>" }).getByRole("link").first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/articles\/\d+\?find=fabricated#p-\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hostile <script>window.__pwned = 1</script> headline");
  await expect(page.getByText('<img src=x onerror="window.__pwned=5">', { exact: false })).toBeVisible();
  await expect(page.locator("article img")).toHaveCount(0);
  await expect(page.locator("article script")).toHaveCount(0);
  // a javascript: address is shown as text, not as a link
  await expect(page.getByRole("link", { name: "original article" })).toHaveCount(0);
  await expect(page.getByText("javascript:window.__pwned=3")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("pages carry a strict Content-Security-Policy and the usual security headers, and obey them", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // the charts are client components: they only draw if Next's scripts were allowed to run
  await expect(page.getByTestId("chart-outlets").locator(".recharts-bar-rectangle path").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("the health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ ok: true, database: "up" });
  // and whether keyness is answered from the in-memory statistics or from SQL
  expect(["ready", "refreshing", "waiting", "loading"]).toContain(body.statsCube.state);
});
