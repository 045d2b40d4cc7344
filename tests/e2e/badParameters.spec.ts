// A bad page parameter is a 400 with a message naming it, inside the normal layout, with the view's form where
// it has one; the same address on the API is a 400 too. Valid addresses stay 200.
import { expect, type Page, test } from "@playwright/test";

const BAD: { url: string; param: string; allowed: RegExp; form?: string; api?: string }[] = [
  { url: "/?framing=critical&from=2020-13", param: "from", allowed: /YYYY-MM/, form: "Filters", api: "/api/overview?from=2020-13" },
  { url: "/keyness?a.framing=bogus&b.framing=official", param: "a.framing", allowed: /official.*critical.*testimony/, form: "Selections", api: "/api/keyness?a.framing=bogus" },
  { url: "/compare?b.to=2021-02-30", param: "b.to", allowed: /real month/, form: "Selections", api: "/api/compare?b.to=2021-02-30" },
  { url: "/concordance?phrase=camps&sort=sideways", param: "sort", allowed: /date.*left.*right/, form: "Concordance search", api: "/api/concordance?phrase=camps&sort=sideways" },
  { url: "/concordance?contested=facilities.no-such-name", param: "contested", allowed: /no name/, form: "Concordance search", api: "/api/concordance?contested=facilities.no-such-name" },
  { url: "/evaluation?table=everything", param: "table", allowed: /scores.*reliability/, api: "/api/evaluation?table=everything" },
  { url: "/contested?group=no-such-group", param: "group", allowed: /facilities/, api: "/api/contested?group=no-such-group" },
  { url: "/review?queue=loudest", param: "queue", allowed: /uncertain.*disagree/, api: "/api/review?queue=loudest" },
  { url: "/add?jobs=not-a-job", param: "jobs", allowed: /UUID/ },
  { url: `/articles/1?find=${"x".repeat(101)}#p-0`, param: "find", allowed: /100 characters/ },
];

async function layoutRenders(page: Page) {
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "narrative-lens" })).toBeVisible();
}

for (const { url, param, allowed, form, api } of BAD) {
  test(`${url} is a 400 naming "${param}"`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(400);
    const alert = page.getByTestId("bad-parameter");
    await expect(alert).toContainText(`bad parameter "${param}"`);
    await expect(alert).toContainText(allowed);
    await layoutRenders(page);
    if (form) await expect(page.getByRole("form", { name: form })).toBeVisible();
    if (api) expect((await page.request.get(api)).status()).toBe(400);
  });
}

test("the form beside a bad parameter keeps the rest of the selection and fixes the address", async ({ page }) => {
  expect((await page.goto("/keyness?a.framing=bogus&b.framing=official"))?.status()).toBe(400);
  await expect(page.getByLabel("B framing")).toHaveValue("official");
  await page.getByLabel("A framing").selectOption("testimony");
  await page.getByRole("button", { name: "Compare" }).click();
  // only the fields that say something reach the address
  await page.waitForURL(/a\.framing=testimony/);
  expect(new URL(page.url()).search).toBe("?a.framing=testimony&b.framing=official");
  expect((await page.request.get(page.url())).status()).toBe(200);
  // without JavaScript the form sends its empty fields too (a.from=&a.to=…): blank is absent, not bad
  expect((await page.request.get("/keyness?a.framing=testimony&a.from=&a.to=&b.framing=official&b.from=")).status()).toBe(200);
  await expect(page.getByTestId("bad-parameter")).toHaveCount(0);
  await expect(page.getByText(/^Typical of A/).first()).toBeVisible();
});

test("valid addresses, an empty search and unknown parameters are 200", async ({ page }) => {
  for (const url of ["/?from=2020-12&to=2021-02-28&utm_source=mail", "/keyness?a.framing=testimony&b.framing=official", "/concordance?phrase=",
    "/concordance?phrase=camps&sort=left", "/contested?group=facilities", "/compare", "/review?queue=disagree", "/add", "/evaluation?from=2020-13"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByTestId("bad-parameter"), url).toHaveCount(0);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the message and the form fit the screen", async ({ page }) => {
    expect((await page.goto("/?from=2020-13&framing=testimony"))?.status()).toBe(400);
    await expect(page.getByTestId("bad-parameter")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Testimony" })).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
