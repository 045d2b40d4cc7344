// The Review page as a reviewer uses it: twenty passages labelled from the keyboard, then a retraining whose
// comparison with the active version the page shows; and the same page on a phone, by touch.
import { expect, type Page, test } from "@playwright/test";
import { E2E_REVIEWER_TOKEN } from "../../playwright.config";

const KEY = { official: "1", critical: "2", testimony: "3" } as const;
const NAMES = { official: "Official framing", critical: "Critical framing", testimony: "Testimony" } as const;
type Framing = keyof typeof KEY;
const VOICE: Record<string, Framing> = {
  witness: "testimony", state_official: "official", state_media: "official", ngo: "critical", un: "critical", foreign_government: "critical",
};

async function useToken(page: Page) {
  await page.getByLabel("Reviewer token").fill(E2E_REVIEWER_TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await expect(page.getByText("token set for this tab")).toBeVisible();
}

async function noSideways(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page, "nothing scrolls sideways").toBeLessThanOrEqual(widths.view);
}

test("a reviewer labels 20 passages with the keyboard, retrains, and sees the comparison", async ({ page }) => {
  // a retraining fits the model a dozen times on two busy cores: minutes, not seconds
  test.setTimeout(12 * 60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Review" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0); // a token is configured
  const shortcuts = page.getByRole("list", { name: "Keyboard shortcuts" });
  for (const text of ["1 Official framing", "2 Critical framing", "3 Testimony", "s skip"]) await expect(shortcuts).toContainText(text);
  await noSideways(page);

  // other specs may have labelled passages already (the whole suite shares one database)
  const humanBefore = ((await (await page.request.get("/api/passages?labels=human&pageSize=100")).json()) as { total: number }).total;
  const current = page.getByTestId("review-current");
  const status = page.locator(".review-desk [role=status]");
  const idOf = async () => Number(await current.getAttribute("data-passage-id"));
  const first = await idOf();
  await expect(current).toContainText(/model \d+%/);
  await expect(current.getByRole("link", { name: /¶\d+$/ })).toHaveAttribute("href", /^\/articles\/\d+#p-\d+$/);

  // typing in the token field is typing, not labelling
  await page.getByLabel("Reviewer token").fill("");
  await page.getByLabel("Reviewer token").press("1");
  await expect(page.getByLabel("Reviewer token")).toHaveValue("1");
  expect(await idOf()).toBe(first);
  await useToken(page);

  // j and k move; s skips
  await page.keyboard.press("j");
  await expect(current).not.toHaveAttribute("data-passage-id", String(first));
  await page.keyboard.press("k");
  await expect(current).toHaveAttribute("data-passage-id", String(first));
  await page.keyboard.press("s");
  await expect(status).toHaveText(`Skipped passage ${first}.`);

  const labelled = new Map<number, Framing>();
  for (let i = 0; i < 20; i++) {
    const id = await idOf();
    const modelSaid = (await current.getAttribute("data-framing")) as Framing;
    // the reviewer goes by whose voice it is, and agrees with the model where no speaker is named
    const framing = VOICE[(await current.getAttribute("data-speaker-role")) ?? ""] ?? modelSaid;
    await page.keyboard.press(KEY[framing]);
    await expect(status).toHaveText(`Labelled passage ${id} as ${NAMES[framing]}.`);
    await expect(current).not.toHaveAttribute("data-passage-id", String(id));
    labelled.set(id, framing);
  }
  await expect(page.getByTestId("review-count")).toContainText("20 labelled, 1 skipped in this tab");

  // stored as reviewers' labels, and gone from the queue
  const human = await (await page.request.get("/api/passages?labels=human&pageSize=100")).json() as { total: number; rows: { id: number; framing: Framing }[] };
  expect(human.total).toBe(humanBefore + 20);
  for (const [id, framing] of labelled) expect(human.rows.find((r) => r.id === id)?.framing).toBe(framing);
  const queue = await (await page.request.get("/api/review?limit=200")).json() as { items: { id: number }[] };
  expect(queue.items.filter((i) => labelled.has(i.id))).toEqual([]);
  expect(queue.items.some((i) => i.id === first), "a skipped passage stays in the queue").toBe(true);

  // retrain: the job runs on the server while the page shows its progress, then the comparison
  const before = Number((await page.locator("main").innerText()).match(/Active model: version (\d+)/)?.[1]);
  await page.getByRole("button", { name: "Retrain", exact: true }).click();
  await expect(page.getByTestId("retrain-progress")).toContainText(/Attempt \d+ running since/);
  await expect(page.getByRole("button", { name: "Retraining…" })).toBeDisabled();
  const comparison = page.getByTestId("retrain-comparison");
  await expect(comparison).toHaveAttribute("data-status", /^(activated|refused)$/, { timeout: 10 * 60_000 });
  const table = comparison.getByRole("table", { name: "Candidate against the active version" });
  await expect(table.getByRole("columnheader")).toHaveText(["reviewed passages", "held-out training folds"]);
  // every label is new to the active version; the training data is judged whole
  await expect(table.getByRole("row", { name: /^passages/ }).getByRole("cell")).toHaveText([String(humanBefore + 20), /^\d{4,}$/]);
  for (const row of ["candidate macro-F1", "active macro-F1"]) {
    await expect(table.getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell")).toHaveText([/^\d+\.\d%$/, /^\d+\.\d%$/]);
  }
  await expect(comparison).toContainText(`Candidate: bayes`);
  // corrections by voice teach the candidate what the active version got wrong: it is better on them
  expect(await comparison.getAttribute("data-status"), await comparison.innerText()).toBe("activated");
  await expect(comparison.getByRole("heading")).toContainText(`Activated as version ${before + 1} (replacing version ${before})`);
  await expect(comparison).toContainText(`not worse than version ${before} on reviewed passages`);
  await expect(page.locator("main")).toContainText(`Active model: version ${before + 1}.`);
  await expect(page.getByRole("button", { name: "Retrain", exact: true })).toBeEnabled();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the queue is labelled by touch, focus is visible, and bad parameters are named", async ({ page }) => {
    await page.goto("/review?queue=disagree");
    await expect(page.getByRole("link", { name: "speaker and framing disagree" })).toHaveAttribute("aria-current", "page");
    await noSideways(page);
    const current = page.getByTestId("review-current");
    await expect(current.getByTestId("review-disagreement")).toContainText("Speaker and framing disagree:");
    await useToken(page);
    const id = await current.getAttribute("data-passage-id");
    const button = page.getByRole("button", { name: "2 Critical framing" });
    // reached from the keyboard, the focused button shows an outline
    for (let i = 0; i < 12 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS("outline-style", "solid");
    await button.tap();
    await expect(page.locator(".review-desk [role=status]")).toHaveText(`Labelled passage ${id} as Critical framing.`);
    await expect(current).not.toHaveAttribute("data-passage-id", id!);
    await noSideways(page);

    await page.goto("/review?queue=loudest");
    await expect(page.locator("main").getByRole("alert")).toContainText('bad parameter "queue"');
    expect((await page.request.get("/api/review?queue=loudest")).status()).toBe(400);
  });
});
